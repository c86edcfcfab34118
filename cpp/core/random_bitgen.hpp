// random_bitgen.hpp — the interface every bit generator (MT19937, PCG64) offers to the
// distribution code, mirroring NumPy's bitgen_t: raw 64- and 32-bit words and a double in
// [0, 1). Each generator defines these three exactly as NumPy's C source does, because the
// distributions only ever see the generator through them; that is what makes one
// distribution implementation reproduce both RandomState's and Generator's streams.
//
// Not here: seeding (each generator has its own), state pickling (get_state/set_state).
#pragma once
#include <cstdint>

namespace sl {

class BitGenerator {
 public:
  virtual ~BitGenerator() = default;
  virtual uint64_t next_uint64() = 0;
  virtual uint32_t next_uint32() = 0;
  virtual double next_double() = 0;
  // random_raw(): the generator's native word (MT19937: one 32-bit draw; the others: 64).
  virtual uint64_t next_raw() { return next_uint64(); }
  // NumPy's next_float: the top 24 bits of a 32-bit draw.
  float next_float() { return static_cast<float>(next_uint32() >> 8) * (1.0f / 16777216.0f); }
};

}  // namespace sl
