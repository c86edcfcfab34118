// bigint.cpp — BigInt arithmetic: magnitude add/sub/mul (schoolbook, Karatsuba for large
// operands), Knuth's division, Python's floor semantics, powers, shifts and two's
// complement bitwise operators, gcd and modular inverse. Conversions (text, double, bytes,
// hash) are in bigint_convert.cpp.
#include "lang/bigint.hpp"

#include <algorithm>
#include <cmath>

namespace sl {

namespace {
using Limbs = std::vector<uint32_t>;
constexpr uint64_t kBase = 1ULL << 32;

void trim_limbs(Limbs* v) {
  while (!v->empty() && v->back() == 0) v->pop_back();
}

// r = a * b (schoolbook); r must not alias a or b.
void mul_school(const uint32_t* a, size_t na, const uint32_t* b, size_t nb, uint32_t* r) {
  std::fill(r, r + na + nb, 0u);
  for (size_t i = 0; i < na; ++i) {
    uint64_t carry = 0;
    const uint64_t ai = a[i];
    if (ai == 0) continue;
    for (size_t j = 0; j < nb; ++j) {
      uint64_t t = ai * b[j] + r[i + j] + carry;
      r[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r[i + nb] = static_cast<uint32_t>(carry);
  }
}

// r += a (r long enough; the carry must not run off r)
void add_into(uint32_t* r, size_t nr, const uint32_t* a, size_t na) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < na; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) + a[i] + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  for (; carry && i < nr; ++i) {
    uint64_t t = static_cast<uint64_t>(r[i]) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
}

constexpr size_t kKaratsubaCutoff = 48;

// Karatsuba on equal-ish halves; falls back to schoolbook for small or lopsided operands.
Limbs mul_mag(const uint32_t* a, size_t na, const uint32_t* b, size_t nb) {
  Limbs r(na + nb);
  if (na == 0 || nb == 0) return Limbs();
  if (na < kKaratsubaCutoff || nb < kKaratsubaCutoff) {
    if (na < nb) std::swap(a, b), std::swap(na, nb);
    mul_school(a, na, b, nb, r.data());
    return r;
  }
  if (na < nb) std::swap(a, b), std::swap(na, nb);
  const size_t half = (na + 1) / 2;
  if (nb <= half) {
    // lopsided: split only a, multiply each half by b
    Limbs lo = mul_mag(a, half, b, nb);
    Limbs hi = mul_mag(a + half, na - half, b, nb);
    std::fill(r.begin(), r.end(), 0u);
    add_into(r.data(), r.size(), lo.data(), lo.size());
    add_into(r.data() + half, r.size() - half, hi.data(), hi.size());
    return r;
  }
  // a = a1*B^h + a0, b = b1*B^h + b0
  const uint32_t *a0 = a, *a1 = a + half, *b0 = b, *b1 = b + half;
  size_t na0 = half, na1 = na - half, nb0 = half, nb1 = nb - half;
  auto sum = [](const uint32_t* x, size_t nx, const uint32_t* y, size_t ny) {
    Limbs s(std::max(nx, ny) + 1, 0u);
    std::copy(x, x + nx, s.begin());
    add_into(s.data(), s.size(), y, ny);
    trim_limbs(&s);
    return s;
  };
  Limbs z0 = mul_mag(a0, na0, b0, nb0);
  Limbs z2 = mul_mag(a1, na1, b1, nb1);
  Limbs sa = sum(a0, na0, a1, na1), sb = sum(b0, nb0, b1, nb1);
  Limbs z1 = mul_mag(sa.data(), sa.size(), sb.data(), sb.size());
  // z1 -= z0 + z2 (never negative)
  auto sub_from = [](Limbs& x, const Limbs& y) {
    int64_t borrow = 0;
    size_t i = 0;
    for (; i < y.size(); ++i) {
      int64_t t = static_cast<int64_t>(x[i]) - y[i] - borrow;
      borrow = t < 0;
      x[i] = static_cast<uint32_t>(t);
    }
    for (; borrow && i < x.size(); ++i) {
      int64_t t = static_cast<int64_t>(x[i]) - borrow;
      borrow = t < 0;
      x[i] = static_cast<uint32_t>(t);
    }
  };
  trim_limbs(&z0);
  trim_limbs(&z2);
  sub_from(z1, z0);
  sub_from(z1, z2);
  trim_limbs(&z1);
  std::fill(r.begin(), r.end(), 0u);
  add_into(r.data(), r.size(), z0.data(), z0.size());
  add_into(r.data() + half, r.size() - half, z1.data(), z1.size());
  add_into(r.data() + 2 * half, r.size() - 2 * half, z2.data(), z2.size());
  return r;
}
}  // namespace

// ---------------------------------------------------------------------------------------
// Construction and small conversions
// ---------------------------------------------------------------------------------------
BigInt::BigInt(int64_t v) {
  uint64_t a = v < 0 ? static_cast<uint64_t>(0) - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  neg_ = v < 0;
  if (a) mag_.push_back(static_cast<uint32_t>(a));
  if (a >> 32) mag_.push_back(static_cast<uint32_t>(a >> 32));
}

BigInt BigInt::from_u64(uint64_t v) {
  BigInt r;
  if (v) r.mag_.push_back(static_cast<uint32_t>(v));
  if (v >> 32) r.mag_.push_back(static_cast<uint32_t>(v >> 32));
  return r;
}

BigInt BigInt::from_double(double d) {
  BigInt r;
  if (!std::isfinite(d)) return r;
  double t = std::trunc(std::fabs(d));
  if (t < 1.0) return r;
  int e;
  double m = std::frexp(t, &e);  // t = m * 2^e, 0.5 <= m < 1
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));  // exact: 53 bits
  if (e >= 53) r = from_u64(mant).shl(static_cast<uint64_t>(e - 53));
  else r = from_u64(mant >> (53 - e));
  r.neg_ = d < 0 && !r.is_zero();
  return r;
}

void BigInt::trim() {
  trim_limbs(&mag_);
  if (mag_.empty()) neg_ = false;
}

bool BigInt::fits_int64() const {
  int64_t v;
  return to_int64(&v);
}

bool BigInt::to_int64(int64_t* out) const {
  if (mag_.size() > 2) return false;
  uint64_t a = 0;
  if (mag_.size() > 0) a = mag_[0];
  if (mag_.size() > 1) a |= static_cast<uint64_t>(mag_[1]) << 32;
  if (neg_) {
    if (a > static_cast<uint64_t>(INT64_MAX) + 1) return false;
    *out = static_cast<int64_t>(static_cast<uint64_t>(0) - a);
  } else {
    if (a > static_cast<uint64_t>(INT64_MAX)) return false;
    *out = static_cast<int64_t>(a);
  }
  return true;
}

bool BigInt::to_uint64(uint64_t* out) const {
  if (neg_ || mag_.size() > 2) return false;
  uint64_t a = 0;
  if (mag_.size() > 0) a = mag_[0];
  if (mag_.size() > 1) a |= static_cast<uint64_t>(mag_[1]) << 32;
  *out = a;
  return true;
}

int64_t BigInt::to_int64_wrapped() const {
  uint64_t a = 0;
  if (mag_.size() > 0) a = mag_[0];
  if (mag_.size() > 1) a |= static_cast<uint64_t>(mag_[1]) << 32;
  if (neg_) a = static_cast<uint64_t>(0) - a;
  return static_cast<int64_t>(a);
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + (32 - static_cast<uint64_t>(__builtin_clz(mag_.back())));
}

uint64_t BigInt::bit_count() const {
  uint64_t n = 0;
  for (uint32_t l : mag_) n += static_cast<uint64_t>(__builtin_popcount(l));
  return n;
}

// ---------------------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------------------
int BigInt::cmp_mag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int BigInt::cmp_abs(const BigInt& a, const BigInt& b) { return cmp_mag(a.mag_, b.mag_); }

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

int BigInt::cmp_double(double d) const {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double fl = std::floor(d);
  int c = cmp(*this, from_double(fl));
  if (c != 0) return c;
  return fl < d ? -1 : 0;
}

// ---------------------------------------------------------------------------------------
// Addition, subtraction, multiplication
// ---------------------------------------------------------------------------------------
void BigInt::add_mag(const Limbs& a, const Limbs& b, Limbs* r) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs out(x.size() + 1);
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < y.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) + y[i] + carry;
    out[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  for (; i < x.size(); ++i) {
    uint64_t t = static_cast<uint64_t>(x[i]) + carry;
    out[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  out[i] = static_cast<uint32_t>(carry);
  trim_limbs(&out);
  *r = std::move(out);
}

void BigInt::sub_mag(const Limbs& a, const Limbs& b, Limbs* r) {
  Limbs out(a.size());
  int64_t borrow = 0;
  size_t i = 0;
  for (; i < b.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - b[i] - borrow;
    borrow = t < 0;
    out[i] = static_cast<uint32_t>(t);
  }
  for (; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - borrow;
    borrow = t < 0;
    out[i] = static_cast<uint32_t>(t);
  }
  trim_limbs(&out);
  *r = std::move(out);
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.is_zero()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    BigInt::add_mag(a.mag_, b.mag_, &r.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmp_mag(a.mag_, b.mag_) >= 0) {
    BigInt::sub_mag(a.mag_, b.mag_, &r.mag_);
    r.neg_ = a.neg_;
  } else {
    BigInt::sub_mag(b.mag_, a.mag_, &r.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag_ = mul_mag(a.mag_.data(), a.mag_.size(), b.mag_.data(), b.mag_.size());
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

// ---------------------------------------------------------------------------------------
// Division (Knuth, The Art of Computer Programming vol. 2, 4.3.1, algorithm D)
// ---------------------------------------------------------------------------------------
uint32_t BigInt::div_small(uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | mag_[i];
    mag_[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trim();
  return static_cast<uint32_t>(rem);
}

void BigInt::divmod_mag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r) {
  if (cmp_mag(a, b) < 0) {
    if (q) q->clear();
    if (r) *r = a;
    return;
  }
  const size_t n = b.size();
  if (n == 1) {
    BigInt t;
    t.mag_ = a;
    uint32_t rem = t.div_small(b[0]);
    if (q) *q = std::move(t.mag_);
    if (r) {
      r->clear();
      if (rem) r->push_back(rem);
    }
    return;
  }
  const size_t m = a.size() - n;
  const int s = __builtin_clz(b.back());
  Limbs vn(n), un(a.size() + 1);
  for (size_t i = n - 1; i > 0; --i)
    vn[i] = s ? (b[i] << s) | (b[i - 1] >> (32 - s)) : b[i];
  vn[0] = b[0] << s;
  un[a.size()] = s ? a.back() >> (32 - s) : 0;
  for (size_t i = a.size() - 1; i > 0; --i)
    un[i] = s ? (a[i] << s) | (a[i - 1] >> (32 - s)) : a[i];
  un[0] = a[0] << s;
  Limbs qv(m + 1);
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num % vn[n - 1];
    while (qhat >= kBase || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= kBase) break;
    }
    int64_t k = 0, t;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    qv[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {
      --qv[j];
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t u = static_cast<uint64_t>(un[i + j]) + vn[i] + c;
        un[i + j] = static_cast<uint32_t>(u);
        c = u >> 32;
      }
      un[j + n] = static_cast<uint32_t>(static_cast<uint64_t>(un[j + n]) + c);
    }
  }
  if (q) {
    trim_limbs(&qv);
    *q = std::move(qv);
  }
  if (r) {
    Limbs rv(n);
    for (size_t i = 0; i < n; ++i) rv[i] = s ? (un[i] >> s) | (un[i + 1] << (32 - s)) : un[i];
    trim_limbs(&rv);
    *r = std::move(rv);
  }
}

void BigInt::divmod_trunc(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  divmod_mag(a.mag_, b.mag_, q ? &qq.mag_ : nullptr, r ? &rr.mag_ : nullptr);
  if (q) {
    qq.neg_ = a.neg_ != b.neg_;
    qq.trim();
    *q = std::move(qq);
  }
  if (r) {
    rr.neg_ = a.neg_;
    rr.trim();
    *r = std::move(rr);
  }
}

void BigInt::divmod_floor(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  divmod_trunc(a, b, &qq, &rr);
  if (!rr.is_zero() && rr.neg_ != b.neg_) {
    qq = qq - BigInt(1);
    rr = rr + b;
  }
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

// ---------------------------------------------------------------------------------------
// Powers, gcd
// ---------------------------------------------------------------------------------------
BigInt BigInt::pow(uint64_t e) const {
  BigInt result(1), base = *this;
  while (e) {
    if (e & 1) result = result * base;
    e >>= 1;
    if (e) base = base * base;
  }
  return result;
}

BigInt BigInt::powmod(const BigInt& b, const BigInt& e, const BigInt& m) {
  BigInt mm = m.abs();
  BigInt base, result(1), tmp;
  divmod_floor(b, mm, nullptr, &base);
  divmod_floor(result, mm, nullptr, &result);  // 1 % 1 == 0
  const uint64_t bits = e.bit_length();
  for (uint64_t i = 0; i < bits; ++i) {
    if (e.mag_[i / 32] >> (i % 32) & 1u) divmod_floor(result * base, mm, nullptr, &result);
    if (i + 1 < bits) divmod_floor(base * base, mm, nullptr, &base);
  }
  if (m.neg_ && !result.is_zero()) result = result - mm;
  return result;
}

bool BigInt::modinv(const BigInt& a, const BigInt& m, BigInt* out) {
  // extended Euclid on (a mod m, m)
  BigInt r0, r1 = m, s0(1), s1(0), q, r, s;
  divmod_floor(a, m, nullptr, &r0);
  while (!r1.is_zero()) {
    divmod_floor(r0, r1, &q, &r);
    s = s0 - q * s1;
    r0 = std::move(r1);
    r1 = std::move(r);
    s0 = std::move(s1);
    s1 = std::move(s);
  }
  if (r0 != BigInt(1)) return false;
  divmod_floor(s0, m, nullptr, out);
  return true;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a.neg_ = false;
  b.neg_ = false;
  while (!b.is_zero()) {
    BigInt r;
    divmod_trunc(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

// ---------------------------------------------------------------------------------------
// Shifts and bitwise operators
// ---------------------------------------------------------------------------------------
BigInt BigInt::shl(uint64_t n) const {
  if (is_zero()) return *this;
  const size_t limbs = static_cast<size_t>(n / 32);
  const int bits = static_cast<int>(n % 32);
  BigInt r;
  r.neg_ = neg_;
  r.mag_.assign(limbs, 0u);
  r.mag_.reserve(limbs + mag_.size() + 1);
  uint32_t carry = 0;
  for (uint32_t l : mag_) {
    r.mag_.push_back(bits ? (l << bits) | carry : l);
    carry = bits ? l >> (32 - bits) : 0;
  }
  if (carry) r.mag_.push_back(carry);
  return r;
}

BigInt BigInt::shr_floor(uint64_t n) const {
  if (is_zero()) return *this;
  if (neg_) return -((-(*this) - BigInt(1)).shr_floor(n)) - BigInt(1);
  const uint64_t limbs = n / 32;
  if (limbs >= mag_.size()) return BigInt();
  const int bits = static_cast<int>(n % 32);
  BigInt r;
  r.mag_.resize(mag_.size() - static_cast<size_t>(limbs));
  for (size_t i = 0; i < r.mag_.size(); ++i) {
    size_t k = i + static_cast<size_t>(limbs);
    uint32_t lo = mag_[k] >> bits;
    uint32_t hi = (bits && k + 1 < mag_.size()) ? mag_[k + 1] << (32 - bits) : 0;
    r.mag_[i] = lo | hi;
  }
  r.trim();
  return r;
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, BitOp op) {
  const size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  // two's complement limbs, sign-extended to n
  auto twos = [n](const BigInt& v) {
    Limbs t(n, 0u);
    if (!v.neg_) {
      std::copy(v.mag_.begin(), v.mag_.end(), t.begin());
      return t;
    }
    BigInt m1 = v.abs() - BigInt(1);
    std::copy(m1.mag_.begin(), m1.mag_.end(), t.begin());
    for (auto& l : t) l = ~l;
    return t;
  };
  Limbs x = twos(a), y = twos(b);
  for (size_t i = 0; i < n; ++i) {
    switch (op) {
      case BitOp::And: x[i] &= y[i]; break;
      case BitOp::Or: x[i] |= y[i]; break;
      case BitOp::Xor: x[i] ^= y[i]; break;
    }
  }
  BigInt r;
  if (x.back() >> 31) {
    for (auto& l : x) l = ~l;
    r.mag_ = std::move(x);
    r.trim();
    r = r + BigInt(1);
    r.neg_ = true;
    return r;
  }
  r.mag_ = std::move(x);
  r.trim();
  return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, BigInt::BitOp::And); }
BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, BigInt::BitOp::Or); }
BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, BigInt::BitOp::Xor); }

}  // namespace sl
