// random_bitgens.cpp — see random_bitgens.hpp.
#include "core/random_bitgens.hpp"

#include <vector>

namespace sl {

void seed_mt19937(MT19937& mt, const SeedSequence& seq) {
  std::vector<uint32_t> val = seq.generate_state32(MT19937::kStateLen);
  val[0] = 0x80000000u;  // MSB set: the state is never all zero
  mt.set_state(val.data(), MT19937::kStateLen - 1);
}

namespace {

// the high and low words of the 128-bit product a * b
inline uint64_t mulhilo(uint64_t a, uint64_t b, uint64_t* hi) {
  const unsigned __int128 p = static_cast<unsigned __int128>(a) * b;
  *hi = static_cast<uint64_t>(p >> 64);
  return static_cast<uint64_t>(p);
}

// Random123's philox4x64 with 10 rounds; the key is bumped before every round but the first
void philox4x64_10(const uint64_t in[4], const uint64_t key_in[2], uint64_t out[4]) {
  uint64_t c[4] = {in[0], in[1], in[2], in[3]};
  uint64_t k[2] = {key_in[0], key_in[1]};
  for (int r = 0; r < 10; ++r) {
    if (r > 0) {
      k[0] += 0x9E3779B97F4A7C15ULL;
      k[1] += 0xBB67AE8584CAA73BULL;
    }
    uint64_t hi0, hi1;
    const uint64_t lo0 = mulhilo(0xD2E7470EE14C6C93ULL, c[0], &hi0);
    const uint64_t lo1 = mulhilo(0xCA5A826395121157ULL, c[2], &hi1);
    const uint64_t n[4] = {hi1 ^ c[1] ^ k[0], lo1, hi0 ^ c[3] ^ k[1], lo0};
    for (int i = 0; i < 4; ++i) c[i] = n[i];
  }
  for (int i = 0; i < 4; ++i) out[i] = c[i];
}

inline uint64_t rotl(uint64_t v, unsigned r) { return (v << r) | (v >> ((-r) & 63)); }

inline uint64_t sfc64_step(uint64_t* s) {
  const uint64_t tmp = s[0] + s[1] + s[3]++;
  s[0] = s[1] ^ (s[1] >> 11);
  s[1] = s[2] + (s[2] << 3);
  s[2] = rotl(s[2], 24) + tmp;
  return tmp;
}

// The spare-half protocol shared by Philox and SFC64 (and PCG64): low word now, high later.
template <class G>
uint32_t next32_buffered(G& g) {
  if (g.has_uint32) {
    g.has_uint32 = false;
    return g.uinteger;
  }
  const uint64_t next = g.next_uint64();
  g.has_uint32 = true;
  g.uinteger = static_cast<uint32_t>(next >> 32);
  return static_cast<uint32_t>(next & 0xffffffffu);
}

}  // namespace

Philox::Philox(const SeedSequence& seq) {
  std::vector<uint64_t> k = seq.generate_state64(2);
  key[0] = k[0];
  key[1] = k[1];
}

Philox::Philox(const uint64_t c[4], const uint64_t k[2]) {
  for (int i = 0; i < 4; ++i) counter[i] = c[i];
  key[0] = k[0];
  key[1] = k[1];
}

uint64_t Philox::next_uint64() {
  if (buffer_pos < kBufferSize) return buffer[buffer_pos++];
  // counter + 1 with carry across the four words
  if (++counter[0] == 0 && ++counter[1] == 0 && ++counter[2] == 0) ++counter[3];
  philox4x64_10(counter, key, buffer);
  buffer_pos = 1;
  return buffer[0];
}

uint32_t Philox::next_uint32() { return next32_buffered(*this); }

SFC64::SFC64(const SeedSequence& seq) {
  std::vector<uint64_t> v = seq.generate_state64(3);
  s[0] = v[0];
  s[1] = v[1];
  s[2] = v[2];
  s[3] = 1;
  for (int i = 0; i < 12; ++i) sfc64_step(s);
}

uint64_t SFC64::next_uint64() { return sfc64_step(s); }
uint32_t SFC64::next_uint32() { return next32_buffered(*this); }

}  // namespace sl
