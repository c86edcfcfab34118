// random_mt19937.cpp — Mersenne Twister (Matsumoto & Nishimura 1998) with the reference
// seeding routines, written to reproduce NumPy's MT19937 word for word.
#include "core/random_mt19937.hpp"

namespace sl {

namespace {
constexpr int kN = MT19937::kStateLen;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpper = 0x80000000u;
constexpr uint32_t kLower = 0x7fffffffu;

inline uint32_t twist(uint32_t cur, uint32_t next, uint32_t far) {
  uint32_t y = (cur & kUpper) | (next & kLower);
  return far ^ (y >> 1) ^ ((0u - (y & 1u)) & kMatrixA);
}
}  // namespace

void MT19937::seed(uint32_t s) {
  key_[0] = s;
  for (int i = 1; i < kN; ++i) key_[i] = 1812433253u * (key_[i - 1] ^ (key_[i - 1] >> 30)) + i;
  pos_ = kN;
}

void MT19937::seed_by_array(const std::vector<uint32_t>& init_key) {
  seed(19650218u);
  const int len = static_cast<int>(init_key.size());
  int i = 1, j = 0;
  for (int k = kN > len ? kN : len; k; --k) {
    key_[i] = (key_[i] ^ ((key_[i - 1] ^ (key_[i - 1] >> 30)) * 1664525u)) + init_key[j] + j;
    ++i;
    ++j;
    if (i >= kN) { key_[0] = key_[kN - 1]; i = 1; }
    if (j >= len) j = 0;
  }
  for (int k = kN - 1; k; --k) {
    key_[i] = (key_[i] ^ ((key_[i - 1] ^ (key_[i - 1] >> 30)) * 1566083941u)) - i;
    ++i;
    if (i >= kN) { key_[0] = key_[kN - 1]; i = 1; }
  }
  key_[0] = 0x80000000u;  // MSB set: the state is never all zero
  pos_ = kN;
}

void MT19937::set_state(const uint32_t* key, int pos) {
  for (int i = 0; i < kN; ++i) key_[i] = key[i];
  pos_ = pos < 0 || pos > kN ? kN : pos;
}

void MT19937::generate() {
  int i = 0;
  for (; i < kN - kM; ++i) key_[i] = twist(key_[i], key_[i + 1], key_[i + kM]);
  for (; i < kN - 1; ++i) key_[i] = twist(key_[i], key_[i + 1], key_[i + kM - kN]);
  key_[kN - 1] = twist(key_[kN - 1], key_[0], key_[kM - 1]);
  pos_ = 0;
}

uint32_t MT19937::next32() {
  if (pos_ >= kN) generate();
  uint32_t y = key_[pos_++];
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

}  // namespace sl
