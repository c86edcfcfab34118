// bigint.hpp — arbitrary-precision integers: the big half of Python's int.
//
// A BigInt is sign + magnitude, the magnitude little-endian in 32-bit limbs without
// leading zero limbs (zero is an empty magnitude and never negative). The arithmetic has
// Python's semantics where C++ has none: floor division/modulo, shifts and bitwise
// operators on the infinite two's complement, correctly rounded conversion to double and
// true division, CPython's hash (modulus 2**61 - 1).
//
// Deliberately not here: Python objects (int objects live in object.hpp / types_int.cpp;
// a value that fits int64 is always stored small there, BigInt is only the slow path),
// error messages (callers raise), and sub-quadratic algorithms beyond Karatsuba
// multiplication: tutorial numbers (factorials, 2**512) are a few hundred limbs.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace sl {

class BigInt {
 public:
  BigInt() = default;  // 0
  BigInt(int64_t v);   // NOLINT: implicit, like an int literal
  static BigInt from_u64(uint64_t v);
  // The integer part of a finite double (truncated toward zero).
  static BigInt from_double(double d);
  // Magnitude from big-endian / little-endian bytes, as unsigned or two's complement.
  static BigInt from_bytes(const unsigned char* p, size_t n, bool little_endian, bool is_signed);

  bool is_zero() const { return mag_.empty(); }
  bool is_neg() const { return neg_; }
  int sign() const { return neg_ ? -1 : (mag_.empty() ? 0 : 1); }
  bool is_odd() const { return !mag_.empty() && (mag_[0] & 1u); }
  size_t limb_count() const { return mag_.size(); }

  bool fits_int64() const;
  bool to_int64(int64_t* out) const;    // false when it does not fit
  bool to_uint64(uint64_t* out) const;  // false when negative or too big
  int64_t to_int64_wrapped() const;     // low 64 bits, two's complement (C cast semantics)
  // Correctly rounded (half to even); false on overflow (|v| >= 2**1024 after rounding).
  bool to_double(double* out) const;
  uint64_t bit_length() const;  // of |v|; 0 for 0
  uint64_t bit_count() const;   // popcount of |v|

  // -1, 0, 1
  static int cmp(const BigInt& a, const BigInt& b);
  static int cmp_abs(const BigInt& a, const BigInt& b);
  // a <=> d exactly: -1, 0, 1, or 2 when d is NaN.
  int cmp_double(double d) const;

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  bool operator==(const BigInt& o) const { return neg_ == o.neg_ && mag_ == o.mag_; }
  bool operator!=(const BigInt& o) const { return !(*this == o); }

  // Python's divmod (floor): a == q*b + r, r has b's sign. b must not be 0.
  static void divmod_floor(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  // C's (truncating) division. b must not be 0. q or r may be null.
  static void divmod_trunc(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  // a / b correctly rounded; false on overflow. b must not be 0.
  static bool true_divide(const BigInt& a, const BigInt& b, double* out);

  BigInt pow(uint64_t e) const;
  // (b ** e) % m for e >= 0, m != 0; result has m's sign (Python's pow(b, e, m)).
  static BigInt powmod(const BigInt& b, const BigInt& e, const BigInt& m);
  // Inverse of a modulo m (m > 0); false when gcd(a, m) != 1.
  static bool modinv(const BigInt& a, const BigInt& m, BigInt* out);
  static BigInt gcd(BigInt a, BigInt b);  // >= 0

  BigInt shl(uint64_t n) const;        // v * 2**n
  BigInt shr_floor(uint64_t n) const;  // floor(v / 2**n) (Python's >>)
  // Python's & | ^ ~ on the infinite two's complement representation.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt invert() const { return -(*this) - BigInt(1); }

  // Digits in base 2..36 (lowercase), '-' for negatives, no prefix.
  std::string to_string(int base = 10) const;
  // Number of decimal digits of |v| (exact).
  size_t decimal_digits() const;
  // Parses digit characters (0-9, a-z, A-Z; no sign, no underscores, at least one) in
  // `base` 2..36; false on a character that is not a digit of the base.
  static bool parse_digits(const char* p, size_t n, int base, BigInt* out);

  // CPython's hash of an int: v mod (2**61 - 1) with the sign, -1 mapped to -2.
  int64_t hash() const;
  // |v| as `n` bytes (two's complement when is_signed); false when it does not fit.
  bool to_bytes(size_t n, bool little_endian, bool is_signed, std::string* out) const;

  // Divides |v| by d in place, returns the remainder (d != 0).
  uint32_t div_small(uint32_t d);
  const std::vector<uint32_t>& limbs() const { return mag_; }

 private:
  void trim();
  static void add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>* r);
  static void sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>* r);  // |a| >= |b|
  static int cmp_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);
  static void divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>* q,
                         std::vector<uint32_t>* r);
  enum class BitOp { And, Or, Xor };
  static BigInt bitwise(const BigInt& a, const BigInt& b, BitOp op);

  std::vector<uint32_t> mag_;
  bool neg_ = false;
};

}  // namespace sl
