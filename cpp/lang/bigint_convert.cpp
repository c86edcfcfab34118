// bigint_convert.cpp — BigInt conversions: digits in any base 2..36, correctly rounded
// double conversion and true division (CPython's long_true_divide algorithm: keep
// DBL_MANT_DIG + 2 or 3 bits, round half to even by hand, then scale exactly), CPython's
// int hash, and bytes (int.to_bytes / int.from_bytes).
#include <algorithm>
#include <cfloat>
#include <cmath>

#include "lang/bigint.hpp"

namespace sl {

namespace {
// Largest power of `base` that fits a uint32, and its exponent.
void chunk_of(int base, uint32_t* power, int* digits) {
  uint64_t p = static_cast<uint64_t>(base);
  int k = 1;
  while (p * static_cast<uint64_t>(base) <= 0xFFFFFFFFull) {
    p *= static_cast<uint64_t>(base);
    ++k;
  }
  *power = static_cast<uint32_t>(p);
  *digits = k;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}
}  // namespace

// ---------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------
std::string BigInt::to_string(int base) const {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (is_zero()) return "0";
  std::string out;
  if ((base & (base - 1)) == 0) {
    // power of two: read bits directly
    int bits = 0;
    while ((1 << bits) < base) ++bits;
    const uint64_t total = bit_length();
    for (uint64_t pos = 0; pos < total; pos += static_cast<uint64_t>(bits)) {
      uint32_t d = 0;
      for (int k = 0; k < bits; ++k) {
        uint64_t i = pos + static_cast<uint64_t>(k);
        if (i < total && (mag_[i / 32] >> (i % 32) & 1u)) d |= 1u << k;
      }
      out.push_back(kDigits[d]);
    }
  } else {
    uint32_t power;
    int per;
    chunk_of(base, &power, &per);
    BigInt t = abs();
    while (!t.is_zero()) {
      uint32_t chunk = t.div_small(power);
      for (int k = 0; k < per; ++k) {
        out.push_back(kDigits[chunk % static_cast<uint32_t>(base)]);
        chunk /= static_cast<uint32_t>(base);
        if (t.is_zero() && chunk == 0) break;
      }
    }
    while (out.size() > 1 && out.back() == '0') out.pop_back();
  }
  if (neg_) out.push_back('-');
  std::reverse(out.begin(), out.end());
  return out;
}

size_t BigInt::decimal_digits() const {
  std::string s = abs().to_string(10);
  return s.size();
}

bool BigInt::parse_digits(const char* p, size_t n, int base, BigInt* out) {
  if (n == 0) return false;
  uint32_t power;
  int per;
  chunk_of(base, &power, &per);
  BigInt r;
  size_t i = 0;
  while (i < n) {
    uint32_t chunk = 0, mult = 1;
    for (int k = 0; k < per && i < n; ++k, ++i) {
      int d = digit_value(p[i]);
      if (d >= base) return false;
      chunk = chunk * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
      mult *= static_cast<uint32_t>(base);
    }
    // r = r * mult + chunk
    uint64_t carry = chunk;
    for (auto& l : r.mag_) {
      uint64_t t = static_cast<uint64_t>(l) * mult + carry;
      l = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
  }
  r.trim();
  *out = std::move(r);
  return true;
}

// ---------------------------------------------------------------------------------------
// Floating point
// ---------------------------------------------------------------------------------------
bool BigInt::to_double(double* out) const {
  const uint64_t n = bit_length();
  double d;
  if (n <= 64) {
    uint64_t a = 0;
    if (mag_.size() > 0) a = mag_[0];
    if (mag_.size() > 1) a |= static_cast<uint64_t>(mag_[1]) << 32;
    d = static_cast<double>(a);  // the conversion rounds half to even
  } else {
    if (n > 1025) return false;
    // top 64 bits with a sticky bit for everything below: rounding that 64-bit value to
    // 53 bits rounds the whole number correctly (11 guard bits, sticky in the last)
    BigInt top = abs().shr_floor(n - 64);
    uint64_t a = 0;
    top.to_uint64(&a);
    bool sticky = false;
    const uint64_t low_bits = n - 64;
    for (uint64_t i = 0; i < low_bits / 32 && !sticky; ++i) sticky = mag_[i] != 0;
    if (!sticky && low_bits % 32) sticky = (mag_[low_bits / 32] & ((1u << (low_bits % 32)) - 1u)) != 0;
    if (sticky) a |= 1u;
    d = std::ldexp(static_cast<double>(a), static_cast<int>(n - 64));
    if (std::isinf(d)) return false;
  }
  *out = neg_ ? -d : d;
  return true;
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double* out) {
  const bool negate = a.neg_ != b.neg_;
  if (a.is_zero()) {
    *out = negate ? -0.0 : 0.0;
    return true;
  }
  const uint64_t a_bits = a.bit_length(), b_bits = b.bit_length();
  if (a_bits <= DBL_MANT_DIG && b_bits <= DBL_MANT_DIG) {
    double x, y;
    a.to_double(&x);
    b.to_double(&y);
    *out = x / y;  // both exact: IEEE division is correctly rounded
    return true;
  }
  const int64_t diff = static_cast<int64_t>(a_bits) - static_cast<int64_t>(b_bits);
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = negate ? -0.0 : 0.0;
    return true;
  }
  const int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  BigInt x;
  if (shift <= 0) {
    x = a.abs().shl(static_cast<uint64_t>(-shift));
  } else {
    BigInt aa = a.abs();
    x = aa.shr_floor(static_cast<uint64_t>(shift));
    inexact = x.shl(static_cast<uint64_t>(shift)) != aa;
  }
  BigInt q, r;
  divmod_trunc(x, b.abs(), &q, &r);
  if (!r.is_zero()) inexact = true;
  const int64_t x_bits = static_cast<int64_t>(q.bit_length());
  const int64_t extra_bits = std::max<int64_t>(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  // round half to even on the low `extra_bits` bits, the inexact flag acting as sticky
  const uint32_t mask = 1u << (extra_bits - 1);
  uint32_t low = (q.mag_.empty() ? 0u : q.mag_[0]) | (inexact ? 1u : 0u);
  if ((low & mask) && (low & (3u * mask - 1u))) q = q + BigInt(static_cast<int64_t>(mask));
  if (!q.mag_.empty()) q.mag_[0] &= ~(2u * mask - 1u);
  double dx;
  q.to_double(&dx);  // exact: at most DBL_MANT_DIG significant bits remain
  if (shift + x_bits >= DBL_MAX_EXP &&
      (shift + x_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(x_bits))))
    return false;
  double result = std::ldexp(dx, static_cast<int>(shift));
  *out = negate ? -result : result;
  return true;
}

// ---------------------------------------------------------------------------------------
// Hash and bytes
// ---------------------------------------------------------------------------------------
int64_t BigInt::hash() const {
  constexpr uint64_t kMod = (1ULL << 61) - 1;
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    // x = x * 2**32 + limb (mod 2**61 - 1): multiplying by 2**32 rotates 61-bit values
    x = ((x << 32) & kMod) | (x >> (61 - 32));
    x += mag_[i];
    if (x >= kMod) x -= kMod;
  }
  int64_t h = static_cast<int64_t>(x);
  if (neg_) h = -h;
  return h == -1 ? -2 : h;
}

bool BigInt::to_bytes(size_t n, bool little_endian, bool is_signed, std::string* out) const {
  if (neg_ && !is_signed) return false;
  const uint64_t cap = static_cast<uint64_t>(n) * 8;
  if (is_signed) {
    uint64_t need = neg_ ? (abs() - BigInt(1)).bit_length() : bit_length();
    if (need + 1 > cap && !(is_zero())) return false;
  } else if (bit_length() > cap) {
    return false;
  }
  // two's complement of the value modulo 2**(8n)
  std::string bytes(n, '\0');
  if (!neg_) {
    for (size_t i = 0; i < n && i / 4 < mag_.size(); ++i)
      bytes[i] = static_cast<char>(mag_[i / 4] >> (8 * (i % 4)));
  } else {
    BigInt m1 = abs() - BigInt(1);
    for (size_t i = 0; i < n; ++i) {
      uint32_t limb = i / 4 < m1.mag_.size() ? m1.mag_[i / 4] : 0u;
      bytes[i] = static_cast<char>(~(limb >> (8 * (i % 4))));
    }
  }
  if (!little_endian) std::reverse(bytes.begin(), bytes.end());
  *out = std::move(bytes);
  return true;
}

BigInt BigInt::from_bytes(const unsigned char* p, size_t n, bool little_endian, bool is_signed) {
  BigInt r;
  r.mag_.assign((n + 3) / 4, 0u);
  for (size_t i = 0; i < n; ++i) {
    unsigned char byte = little_endian ? p[i] : p[n - 1 - i];
    r.mag_[i / 4] |= static_cast<uint32_t>(byte) << (8 * (i % 4));
  }
  r.trim();
  const unsigned char top = n ? (little_endian ? p[n - 1] : p[0]) : 0;
  if (is_signed && (top & 0x80u)) r = r - BigInt(1).shl(static_cast<uint64_t>(n) * 8);
  return r;
}

}  // namespace sl
