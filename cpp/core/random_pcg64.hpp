// random_pcg64.hpp — NumPy's SeedSequence (entropy pool hashing) and the PCG64 bit
// generator (128-bit LCG with the XSL-RR output), the engine of np.random.default_rng.
//
// default_rng(seed) = Generator(PCG64(SeedSequence(seed))): the pool is mixed from the seed
// words, generate_state(4, uint64) gives {state_hi, state_lo, inc_hi, inc_lo}, and
// pcg64_set_seed installs them. next_uint32 hands out the low then the high half of one
// 64-bit draw (NumPy keeps the spare half in the generator state); next_double uses the top
// 53 bits of a 64-bit draw.
//
// Not here: spawn() (SeedSequence words, modules/numpy), advance() (core/random_jump).
#pragma once
#include <cstdint>
#include <vector>

#include "core/random_bitgen.hpp"

namespace sl {

class SeedSequence {
 public:
  static constexpr int kPoolSize = 4;  // NumPy's DEFAULT_POOL_SIZE
  // `entropy` is the seed as little-endian 32-bit words: an int n becomes its base-2**32
  // digits (n = 0 gives {0}), a sequence of ints the concatenation of theirs. pool_size >= 1
  // (the caller enforces NumPy's minimum of 4 and an upper bound: mixing is quadratic).
  explicit SeedSequence(const std::vector<uint32_t>& entropy, int pool_size = kPoolSize);
  // Fresh entropy from the OS (std::random_device), like SeedSequence() without a seed.
  static SeedSequence from_os_entropy();

  std::vector<uint32_t> generate_state32(int n_words) const;
  std::vector<uint64_t> generate_state64(int n_words) const;
  const std::vector<uint32_t>& pool() const { return pool_; }

  // The words of one non-negative Python int (the interpreter's ints are 64-bit).
  static std::vector<uint32_t> int_words(uint64_t n);

 private:
  std::vector<uint32_t> pool_;
};

class PCG64 final : public BitGenerator {
 public:
  // dxsm: PCG64DXSM — the same seeding, then the cheap-multiplier step and the DXSM
  // output function of the pre-step state (pcg_cm_random_r)
  explicit PCG64(const SeedSequence& seq, bool dxsm = false);
  // pcg64_set_seed: state and increment as 128-bit values split in (high, low) halves.
  void set_seed(uint64_t state_hi, uint64_t state_lo, uint64_t inc_hi, uint64_t inc_lo);

  uint64_t next_uint64() override;
  uint32_t next_uint32() override;
  double next_double() override {
    return static_cast<double>(next_uint64() >> 11) * (1.0 / 9007199254740992.0);
  }

  // bit_generator.state: {'state': {'state': int, 'inc': int}, 'has_uint32', 'uinteger'}
  struct State {
    unsigned __int128 state, inc;
    bool has_uint32;
    uint32_t uinteger;
  };
  State state() const { return {state_, inc_, has_uint32_, uinteger_}; }
  bool dxsm() const { return dxsm_; }
  void set_state(const State& st) {
    state_ = st.state;
    inc_ = st.inc;
    has_uint32_ = st.has_uint32;
    uinteger_ = st.uinteger;
  }

 private:
  unsigned __int128 state_ = 0, inc_ = 0;
  bool dxsm_ = false;
  bool has_uint32_ = false;
  uint32_t uinteger_ = 0;
};

}  // namespace sl
