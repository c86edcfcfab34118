// random_mt19937.hpp — the Mersenne Twister as NumPy's MT19937 bit generator runs it, the
// engine under the legacy RandomState (np.random.seed / rand / randint ...).
//
// Seeding follows RandomState's legacy path, not MT19937(seed)'s SeedSequence path:
//   - an int seed uses Knuth's linear initialiser (init_genrand),
//   - an array seed uses Matsumoto's init_by_array.
// next_double() is the 53-bit (a >> 5, b >> 6) construction; next_uint64() joins two 32-bit
// draws, high word first. The raw state (key, pos) can be read and installed (get_state /
// set_state); jumping is core/random_jump.
#pragma once
#include <cstdint>
#include <vector>

#include "core/random_bitgen.hpp"

namespace sl {

class MT19937 final : public BitGenerator {
 public:
  static constexpr int kStateLen = 624;

  MT19937() { seed(5489u); }
  void seed(uint32_t s);                                 // init_genrand
  void seed_by_array(const std::vector<uint32_t>& key);  // init_by_array (key non-empty)
  // Installs a full state (key[0..623], pos), e.g. from SeedSequence output.
  // pos outside [0, 624] is clamped to 624 (regenerate on the next draw) so that a bad
  // set_state can never index outside key[].
  void set_state(const uint32_t* key, int pos);
  // The state as get_state() reports it: key[0..623] and pos.
  const uint32_t* key() const { return key_; }
  int pos() const { return pos_; }

  uint32_t next32();
  uint64_t next_uint64() override {
    uint64_t hi = next32();
    return (hi << 32) | next32();
  }
  uint32_t next_uint32() override { return next32(); }
  uint64_t next_raw() override { return next32(); }
  double next_double() override {
    int32_t a = static_cast<int32_t>(next32() >> 5), b = static_cast<int32_t>(next32() >> 6);
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }

 private:
  void generate();  // refills key[] and resets pos to 0
  uint32_t key_[kStateLen];
  int pos_ = kStateLen;
};

}  // namespace sl
