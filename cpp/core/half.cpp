#include "core/half.hpp"

#include <cmath>

namespace sl {

double half_to_double(half h) {
  const uint16_t b = h.bits;
  const bool neg = b & 0x8000u;
  const int exp = (b >> 10) & 0x1f;
  const int sig = b & 0x3ff;
  double v;
  if (exp == 0x1f) {
    if (sig == 0) return neg ? -INFINITY : INFINITY;
    // NaN: keep the payload in the top significand bits, as npy_halfbits_to_doublebits
    uint64_t bits = (uint64_t(neg) << 63) | (uint64_t(0x7ff) << 52) | (uint64_t(sig) << 42);
    std::memcpy(&v, &bits, 8);
    return v;
  }
  if (exp == 0) v = std::ldexp(static_cast<double>(sig), -24);          // subnormal
  else v = std::ldexp(static_cast<double>(sig | 0x400), exp - 25);     // normal
  return neg ? -v : v;
}

half double_to_half(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  const uint16_t sign = static_cast<uint16_t>((bits >> 48) & 0x8000u);
  const int dexp = static_cast<int>((bits >> 52) & 0x7ff);
  const uint64_t dsig = bits & ((uint64_t(1) << 52) - 1);
  if (dexp == 0x7ff) {
    if (dsig == 0) return half::from_bits(sign | 0x7c00u);
    uint16_t payload = static_cast<uint16_t>(dsig >> 42);
    if (payload == 0) payload = 1;  // stays a NaN
    return half::from_bits(sign | 0x7c00u | payload);
  }
  // |d| as an integer significand m (53 bits with the implicit one) times 2**e.
  if (dexp == 0 && dsig == 0) return half::from_bits(sign);
  const int e = (dexp == 0 ? 1 : dexp) - 1075;  // value = m * 2**e
  const uint64_t m = dexp == 0 ? dsig : (dsig | (uint64_t(1) << 52));
  // Half values are k * 2**-24 for k < 2**11 (subnormal range and the smallest binade) and
  // in general q * 2**(E-10) with q in [2**10, 2**11). Find the target quantum exponent.
  const int top = 63 - __builtin_clzll(m) + e;  // floor(log2 |d|)
  if (top > 15) return half::from_bits(sign | 0x7c00u);  // overflow (65520 and up round here too)
  int quantum = top - 10;                       // exponent of the last kept bit
  if (quantum < -24) quantum = -24;             // subnormals share the 2**-24 quantum
  const int shift = quantum - e;                // bits of m to drop (> 0 here: m has 53 bits)
  uint64_t q;
  if (shift >= 64) {
    q = 0;
    // everything is below half a quantum unless shift == 64 exactly with m >= 2**63 (impossible)
  } else if (shift <= 0) {
    q = m << (-shift);
  } else {
    q = m >> shift;
    const uint64_t rest = m & ((uint64_t(1) << shift) - 1);
    const uint64_t halfway = uint64_t(1) << (shift - 1);
    if (rest > halfway || (rest == halfway && (q & 1))) ++q;
  }
  // q * 2**quantum; normalise into exponent/significand fields.
  if (quantum == -24) {
    // subnormal or smallest normal (q may reach 2**10, which is exactly the first normal)
    return half::from_bits(static_cast<uint16_t>(sign | q));
  }
  if (q == (uint64_t(1) << 11)) {  // rounding carried into the next binade
    q >>= 1;
    ++quantum;
  }
  const int hexp = quantum + 10 + 15;  // biased exponent of the leading bit
  if (hexp >= 0x1f) return half::from_bits(sign | 0x7c00u);
  return half::from_bits(static_cast<uint16_t>(sign | (hexp << 10) | (q & 0x3ffu)));
}

}  // namespace sl
