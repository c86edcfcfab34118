// random_pcg64.cpp — SeedSequence's hash mixing (O'Neill's seed_seq design as NumPy runs
// it) and PCG64 XSL-RR 128/64, written to reproduce NumPy's default_rng streams exactly.
#include "core/random_pcg64.hpp"

#include "core/run_effects.hpp"

#include <chrono>
#include <random>

namespace sl {

namespace {
constexpr uint32_t kInitA = 0x43b0d7e5u, kMultA = 0x931e8875u;
constexpr uint32_t kInitB = 0x8b51f9ddu, kMultB = 0x58f38dedu;
constexpr uint32_t kMixMultL = 0xca01f9ddu, kMixMultR = 0x4973f715u;
constexpr int kXShift = 16;

// hashmix updates the running multiplier in place, so the order of calls matters.
inline uint32_t hashmix(uint32_t value, uint32_t& hash_const) {
  value ^= hash_const;
  hash_const *= kMultA;
  value *= hash_const;
  value ^= value >> kXShift;
  return value;
}
inline uint32_t mix(uint32_t x, uint32_t y) {
  uint32_t r = kMixMultL * x - kMixMultR * y;
  r ^= r >> kXShift;
  return r;
}

constexpr unsigned __int128 kPcgMult =
    (static_cast<unsigned __int128>(2549297995355413924ULL) << 64) | 4865540595714422341ULL;
}  // namespace

std::vector<uint32_t> SeedSequence::int_words(uint64_t n) {
  std::vector<uint32_t> w;
  if (n == 0) w.push_back(0);
  for (; n > 0; n >>= 32) w.push_back(static_cast<uint32_t>(n & 0xffffffffu));
  return w;
}

SeedSequence::SeedSequence(const std::vector<uint32_t>& entropy, int pool_size)
    : pool_(static_cast<size_t>(pool_size < 1 ? 1 : pool_size)) {
  uint32_t hash_const = kInitA;
  const size_t n = entropy.size(), np = pool_.size();
  for (size_t i = 0; i < np; ++i) pool_[i] = hashmix(i < n ? entropy[i] : 0u, hash_const);
  for (size_t src = 0; src < np; ++src)
    for (size_t dst = 0; dst < np; ++dst)
      if (src != dst) pool_[dst] = mix(pool_[dst], hashmix(pool_[src], hash_const));
  for (size_t src = np; src < n; ++src)
    for (size_t dst = 0; dst < np; ++dst) pool_[dst] = mix(pool_[dst], hashmix(entropy[src], hash_const));
}

SeedSequence SeedSequence::from_os_entropy() {
  note_run_effect(RunEffect::UnseededRandom);  // a replay will draw other numbers
  std::vector<uint32_t> words(kPoolSize);
  try {
    std::random_device rd;
    for (uint32_t& w : words) w = rd();
  } catch (...) {
    // No entropy device: fall back on the clock (streams are unreproducible either way).
    uint64_t t = static_cast<uint64_t>(
        std::chrono::high_resolution_clock::now().time_since_epoch().count());
    words = {static_cast<uint32_t>(t), static_cast<uint32_t>(t >> 32), 0x9e3779b9u, 0x7f4a7c15u};
  }
  return SeedSequence(words);
}

std::vector<uint32_t> SeedSequence::generate_state32(int n_words) const {
  std::vector<uint32_t> out(n_words);
  uint32_t hash_const = kInitB;
  for (int i = 0; i < n_words; ++i) {
    uint32_t v = pool_[static_cast<size_t>(i) % pool_.size()];
    v ^= hash_const;
    hash_const *= kMultB;
    v *= hash_const;
    v ^= v >> kXShift;
    out[i] = v;
  }
  return out;
}

std::vector<uint64_t> SeedSequence::generate_state64(int n_words) const {
  std::vector<uint32_t> w = generate_state32(2 * n_words);
  std::vector<uint64_t> out(n_words);
  for (int i = 0; i < n_words; ++i)  // little-endian pairs, as NumPy's '<u4' -> '<u8' view
    out[i] = static_cast<uint64_t>(w[2 * i]) | (static_cast<uint64_t>(w[2 * i + 1]) << 32);
  return out;
}

PCG64::PCG64(const SeedSequence& seq, bool dxsm) {
  std::vector<uint64_t> v = seq.generate_state64(4);
  set_seed(v[0], v[1], v[2], v[3]);
  dxsm_ = dxsm;
}

void PCG64::set_seed(uint64_t state_hi, uint64_t state_lo, uint64_t inc_hi, uint64_t inc_lo) {
  unsigned __int128 initstate = (static_cast<unsigned __int128>(state_hi) << 64) | state_lo;
  unsigned __int128 initseq = (static_cast<unsigned __int128>(inc_hi) << 64) | inc_lo;
  state_ = 0;
  inc_ = (initseq << 1) | 1u;
  state_ = state_ * kPcgMult + inc_;
  state_ += initstate;
  state_ = state_ * kPcgMult + inc_;
  has_uint32_ = false;
  uinteger_ = 0;
}

uint64_t PCG64::next_uint64() {
  if (dxsm_) {
    constexpr uint64_t kCheapMult = 0xda942042e4dd58b5ULL;
    uint64_t hi = static_cast<uint64_t>(state_ >> 64);
    const uint64_t lo = static_cast<uint64_t>(state_) | 1u;
    hi ^= hi >> 32;
    hi *= kCheapMult;
    hi ^= hi >> 48;
    hi *= lo;
    state_ = state_ * kCheapMult + inc_;
    return hi;
  }
  state_ = state_ * kPcgMult + inc_;
  uint64_t hi = static_cast<uint64_t>(state_ >> 64), lo = static_cast<uint64_t>(state_);
  unsigned rot = static_cast<unsigned>(hi >> 58);
  uint64_t x = hi ^ lo;
  return (x >> rot) | (x << ((-rot) & 63u));
}

uint32_t PCG64::next_uint32() {
  if (has_uint32_) {
    has_uint32_ = false;
    return uinteger_;
  }
  uint64_t next = next_uint64();
  has_uint32_ = true;
  uinteger_ = static_cast<uint32_t>(next >> 32);
  return static_cast<uint32_t>(next & 0xffffffffu);
}

}  // namespace sl
