// random_bitgens.hpp — the bit generators of numpy.random besides PCG64 and the legacy
// MT19937 seeding: Philox (4x64, 10 rounds, counter-based, 4-word output buffer), SFC64
// (Chris Doty-Humphrey's small fast chaotic generator), and MT19937 seeded the way
// MT19937(seed) does it (SeedSequence words, key[0] = 0x80000000, pos = 623 — NumPy's loop
// index left over, so the first draw is key[623] before any regeneration). Each follows
// numpy/random/src/<name>/ exactly, including the spare 32-bit half that next_uint32 keeps
// (has_uint32 / uinteger), so Generator(X(seed)) reproduces NumPy's streams.
//
// Not here: jumped()/advance() (core/random_jump), the Python objects (modules/numpy/numpy_random_bitgen.cpp).
#pragma once
#include <cstdint>

#include "core/random_bitgen.hpp"
#include "core/random_mt19937.hpp"
#include "core/random_pcg64.hpp"

namespace sl {

// MT19937(seed): the SeedSequence path (RandomState's legacy seeding is MT19937::seed).
void seed_mt19937(MT19937& mt, const SeedSequence& seq);

class Philox final : public BitGenerator {
 public:
  static constexpr int kBufferSize = 4;
  // key = seq.generate_state(2, uint64), counter = 0, empty buffer
  explicit Philox(const SeedSequence& seq);
  Philox(const uint64_t counter[4], const uint64_t key[2]);

  uint64_t next_uint64() override;
  uint32_t next_uint32() override;
  double next_double() override { return static_cast<double>(next_uint64() >> 11) * (1.0 / 9007199254740992.0); }

  // the state NumPy's `state` property shows and accepts
  uint64_t counter[4] = {0, 0, 0, 0};
  uint64_t key[2] = {0, 0};
  uint64_t buffer[kBufferSize] = {0, 0, 0, 0};
  int buffer_pos = kBufferSize;  // kept in [0, kBufferSize] by the state setter
  bool has_uint32 = false;
  uint32_t uinteger = 0;
};

class SFC64 final : public BitGenerator {
 public:
  // s = seq.generate_state(3, uint64) + the counter 1, then 12 discarded rounds
  explicit SFC64(const SeedSequence& seq);

  uint64_t next_uint64() override;
  uint32_t next_uint32() override;
  double next_double() override { return static_cast<double>(next_uint64() >> 11) * (1.0 / 9007199254740992.0); }

  uint64_t s[4] = {0, 0, 0, 0};
  bool has_uint32 = false;
  uint32_t uinteger = 0;
};

}  // namespace sl
