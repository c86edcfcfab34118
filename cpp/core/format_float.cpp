#include "core/format_float.hpp"

#include "core/half.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <vector>

namespace sl {

namespace {

// ---------------------------------------------------------------------------------------
// Unsigned big integers, just the operations digit generation needs. Little-endian 32-bit
// limbs, no high zero limbs (zero is the empty vector).
class BigNum {
 public:
  BigNum() { w_.reserve(48); }
  explicit BigNum(uint64_t v) : BigNum() { set(v); }

  void set(uint64_t v) {
    w_.clear();
    while (v) {
      w_.push_back(static_cast<uint32_t>(v));
      v >>= 32;
    }
  }
  bool is_zero() const { return w_.empty(); }
  bool is_even() const { return w_.empty() || (w_[0] & 1u) == 0; }

  void shift_left(int bits) {
    if (w_.empty() || bits == 0) return;
    const int limbs = bits / 32, rem = bits % 32;
    if (rem) {
      uint32_t carry = 0;
      for (auto& x : w_) {
        uint32_t nx = (x << rem) | carry;
        carry = x >> (32 - rem);
        x = nx;
      }
      if (carry) w_.push_back(carry);
    }
    w_.insert(w_.begin(), static_cast<size_t>(limbs), 0u);
  }
  static BigNum pow2(int n) {
    BigNum b(1);
    b.shift_left(n);
    return b;
  }
  void mul_small(uint32_t m) {
    uint64_t carry = 0;
    for (auto& x : w_) {
      uint64_t p = static_cast<uint64_t>(x) * m + carry;
      x = static_cast<uint32_t>(p);
      carry = p >> 32;
    }
    if (carry) w_.push_back(static_cast<uint32_t>(carry));
  }
  void mul_pow10(int n) {
    for (; n >= 9; n -= 9) mul_small(1000000000u);
    static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                      100000000};
    if (n > 0) mul_small(small[n]);
  }
  static int compare(const BigNum& a, const BigNum& b) {
    if (a.w_.size() != b.w_.size()) return a.w_.size() < b.w_.size() ? -1 : 1;
    for (size_t i = a.w_.size(); i-- > 0;)
      if (a.w_[i] != b.w_[i]) return a.w_[i] < b.w_[i] ? -1 : 1;
    return 0;
  }
  static BigNum add(const BigNum& a, const BigNum& b) {
    const BigNum& lo = a.w_.size() < b.w_.size() ? a : b;
    const BigNum& hi = a.w_.size() < b.w_.size() ? b : a;
    BigNum r;
    r.w_.resize(hi.w_.size());
    uint64_t carry = 0;
    for (size_t i = 0; i < hi.w_.size(); ++i) {
      uint64_t s = static_cast<uint64_t>(hi.w_[i]) + (i < lo.w_.size() ? lo.w_[i] : 0) + carry;
      r.w_[i] = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
    if (carry) r.w_.push_back(static_cast<uint32_t>(carry));
    return r;
  }
  // this -= b; requires this >= b
  void subtract(const BigNum& b) {
    int64_t borrow = 0;
    for (size_t i = 0; i < w_.size(); ++i) {
      int64_t d = static_cast<int64_t>(w_[i]) - (i < b.w_.size() ? b.w_[i] : 0) - borrow;
      borrow = d < 0;
      w_[i] = static_cast<uint32_t>(d + (borrow << 32));
    }
    while (!w_.empty() && w_.back() == 0) w_.pop_back();
  }
  // Replaces this by this mod d and returns this / d, which the caller guarantees is < 10.
  uint32_t divmod_digit(const BigNum& d) {
    uint32_t q = 0;
    while (compare(*this, d) >= 0) {
      subtract(d);
      ++q;
    }
    return q;
  }

 private:
  std::vector<uint32_t> w_;
};

// A finite binary float as mantissa * 2^exponent, with what digit generation needs to know
// about its neighbours.
struct Decomposed {
  uint64_t mantissa = 0;
  int exponent = 0;
  int mantissa_bit = 0;         // index of the highest set bit of mantissa
  bool unequal_margins = false; // the gap below is half the gap above (power of two)
  bool negative = false;
};

int highest_bit(uint64_t v) {
  int b = -1;
  while (v) {
    v >>= 1;
    ++b;
  }
  return b;
}

Decomposed decompose(double value, FloatWidth width) {
  Decomposed d;
  if (width == FloatWidth::F16) {
    const uint16_t bits = double_to_half(value).bits;  // exact: value is a half
    d.negative = bits >> 15;
    uint32_t frac = bits & 0x3FFu, ex = (bits >> 10) & 0x1Fu;
    if (ex != 0) {
      d.mantissa = (1u << 10) | frac;
      d.exponent = static_cast<int>(ex) - 15 - 10;
      d.mantissa_bit = 10;
      d.unequal_margins = ex != 1 && frac == 0;
    } else {
      d.mantissa = frac;
      d.exponent = 1 - 15 - 10;
      d.mantissa_bit = highest_bit(frac);
    }
  } else if (width == FloatWidth::F32) {
    float f = static_cast<float>(value);
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    d.negative = bits >> 31;
    uint32_t frac = bits & 0x7FFFFFu, ex = (bits >> 23) & 0xFFu;
    if (ex != 0) {
      d.mantissa = (1u << 23) | frac;
      d.exponent = static_cast<int>(ex) - 127 - 23;
      d.mantissa_bit = 23;
      d.unequal_margins = ex != 1 && frac == 0;
    } else {
      d.mantissa = frac;
      d.exponent = 1 - 127 - 23;
      d.mantissa_bit = highest_bit(frac);
    }
  } else {
    uint64_t bits;
    std::memcpy(&bits, &value, 8);
    d.negative = bits >> 63;
    uint64_t frac = bits & 0xFFFFFFFFFFFFFull, ex = (bits >> 52) & 0x7FFu;
    if (ex != 0) {
      d.mantissa = (1ull << 52) | frac;
      d.exponent = static_cast<int>(ex) - 1023 - 52;
      d.mantissa_bit = 52;
      d.unequal_margins = ex != 1 && frac == 0;
    } else {
      d.mantissa = frac;
      d.exponent = 1 - 1023 - 52;
      d.mantissa_bit = highest_bit(frac);
    }
  }
  return d;
}

struct DigitsOut {
  std::string digits;  // at least one digit
  int exp10 = 0;       // decimal exponent of the first digit
};

// Digit generation. cutoff_max / cutoff_min < 0 mean "none". With `fractional` they count
// digits after the decimal point, otherwise significant digits. In unique mode generation
// stops at the first digit where the value is identified (but not before cutoff_min), or
// at cutoff_max; the last digit is then rounded to nearest (ties to even) unless only one
// direction stays inside the rounding interval.
DigitsOut dragon4(const Decomposed& v, bool unique, bool fractional, int cutoff_max,
                  int cutoff_min) {
  DigitsOut out;
  if (v.mantissa == 0) {
    out.digits = "0";
    return out;
  }
  const bool is_even = (v.mantissa & 1u) == 0;
  // value = scaled / scale; margin_low/high = half the distance to the neighbour below/above.
  BigNum scaled(v.mantissa), scale, margin_low, margin_high;
  const bool unequal = v.unequal_margins;
  const int e = v.exponent;
  if (unequal) {
    if (e > 0) {
      scaled.shift_left(e + 2);
      scale.set(4);
      margin_low = BigNum::pow2(e);
    } else {
      scaled.shift_left(2);
      scale = BigNum::pow2(-e + 2);
      margin_low.set(1);
    }
  } else {
    if (e > 0) {
      scaled.shift_left(e + 1);
      scale.set(2);
      margin_low = BigNum::pow2(e);
    } else {
      scaled.shift_left(1);
      scale = BigNum::pow2(-e + 1);
      margin_low.set(1);
    }
  }
  auto sync_high = [&] {
    if (unequal) {
      margin_high = margin_low;
      margin_high.shift_left(1);
    }
  };
  sync_high();
  const BigNum& mhigh = unequal ? margin_high : margin_low;

  // Estimate of floor(log10(value)) + 1, exact or one too low.
  int k = static_cast<int>(std::ceil((v.mantissa_bit + e) * 0.30102999566398119521373889472449 - 0.69));
  // With a fractional cutoff, digits above 10^-cutoff_max that are all zero are not
  // generated: start at the cutoff (rounding then decides between 0 and 1 there).
  if (cutoff_max >= 0 && fractional && k <= -cutoff_max) k = -cutoff_max + 1;
  if (k > 0) {
    scale.mul_pow10(k);
  } else if (k < 0) {
    scaled.mul_pow10(-k);
    margin_low.mul_pow10(-k);
    sync_high();
  }
  if (BigNum::compare(scaled, scale) >= 0) {
    ++k;  // the estimate was one too low
  } else {
    scaled.mul_small(10);
    margin_low.mul_small(10);
    sync_high();
  }

  int cutoff_max_exp = k - 16384;  // NumPy's output buffer bound
  if (cutoff_max >= 0) {
    int want = fractional ? -cutoff_max : k - cutoff_max;
    if (want > cutoff_max_exp) cutoff_max_exp = want;
  }
  int cutoff_min_exp = k;
  if (cutoff_min >= 0) {
    int want = fractional ? -cutoff_min : k - cutoff_min;
    if (want < cutoff_min_exp) cutoff_min_exp = want;
  }
  out.exp10 = k - 1;

  bool low = false, high = false;
  uint32_t digit = 0;
  if (unique) {
    for (;;) {
      --k;
      digit = scaled.divmod_digit(scale);
      int c = BigNum::compare(scaled, margin_low);
      low = is_even ? c <= 0 : c < 0;
      c = BigNum::compare(BigNum::add(scaled, mhigh), scale);
      high = is_even ? c >= 0 : c > 0;
      if (((low || high) && k <= cutoff_min_exp) || k == cutoff_max_exp) break;
      out.digits += static_cast<char>('0' + digit);
      scaled.mul_small(10);
      margin_low.mul_small(10);
      sync_high();
    }
  } else {
    for (;;) {
      --k;
      digit = scaled.divmod_digit(scale);
      if (scaled.is_zero() || k == cutoff_max_exp) break;
      out.digits += static_cast<char>('0' + digit);
      scaled.mul_small(10);
    }
  }

  bool round_down = low;
  if (low == high) {  // both directions allowed: round to nearest, ties to even digit
    scaled.mul_small(2);
    int c = BigNum::compare(scaled, scale);
    round_down = c < 0;
    if (c == 0) round_down = (digit & 1u) == 0;
  }
  if (round_down) {
    out.digits += static_cast<char>('0' + digit);
  } else if (digit < 9) {
    out.digits += static_cast<char>('0' + digit + 1);
  } else {
    for (;;) {  // propagate the carry over trailing nines
      if (out.digits.empty()) {
        out.digits = "1";
        out.exp10 += 1;
        break;
      }
      if (out.digits.back() == '9') {
        out.digits.pop_back();
        continue;
      }
      out.digits.back() += 1;
      break;
    }
  }
  return out;
}

std::string non_finite(double value, bool sign) {
  if (std::isnan(value)) return "nan";
  if (value < 0) return "-inf";
  return sign ? "+inf" : "inf";
}

std::string sign_prefix(const Decomposed& d, bool sign) {
  if (d.negative) return "-";
  return sign ? "+" : "";
}

}  // namespace

std::string format_float_positional(double value, FloatWidth width, const Dragon4Options& opt) {
  if (!std::isfinite(value)) return non_finite(value, opt.sign);
  const Decomposed dec = decompose(value, width);
  const std::string sgn = sign_prefix(dec, opt.sign);
  const int has_sign = static_cast<int>(sgn.size());
  DigitsOut dg = dragon4(dec, opt.unique, opt.fractional, opt.precision,
                         opt.unique ? opt.min_digits : -1);
  const int n = static_cast<int>(dg.digits.size());
  std::string s;
  int whole = 0, frac = 0;
  if (dg.exp10 >= 0) {
    whole = dg.exp10 + 1;
    if (n <= whole) {
      s = dg.digits + std::string(static_cast<size_t>(whole - n), '0');
    } else {
      s = dg.digits.substr(0, whole) + "." + dg.digits.substr(whole);
      frac = n - whole;
    }
  } else {
    const int zeros = -(dg.exp10 + 1);
    s = "0." + std::string(static_cast<size_t>(zeros), '0') + dg.digits;
    frac = zeros + n;
    whole = 1;
  }
  if (opt.trim != '-' && frac == 0) s += '.';

  const int add_digits = opt.unique ? opt.min_digits : opt.precision;
  int desired_frac = add_digits < 0 ? 0 : add_digits;
  if (!opt.fractional) desired_frac = add_digits - whole;
  if (opt.trim == '0') {
    if (frac == 0) {
      s += '0';
      ++frac;
    }
  } else if (opt.trim == 'k' && desired_frac > frac) {
    s.append(static_cast<size_t>(desired_frac - frac), '0');
    frac = desired_frac;
  }
  if (opt.trim != 'k' && frac > 0) {
    while (s.back() == '0') {
      s.pop_back();
      --frac;
    }
    if (s.back() == '.') {
      if (opt.trim == '0') {
        s += '0';
        ++frac;
      } else if (opt.trim == '-') {
        s.pop_back();
      }
    }
  }
  if (opt.pad_right >= frac) {
    if (opt.trim == '-' && frac == 0) s += ' ';
    s.append(static_cast<size_t>(opt.pad_right - frac), ' ');
  }
  s = sgn + s;
  if (opt.pad_left > whole + has_sign)
    s.insert(0, static_cast<size_t>(opt.pad_left - whole - has_sign), ' ');
  return s;
}

std::string format_float_scientific(double value, FloatWidth width, const Dragon4Options& opt) {
  if (!std::isfinite(value)) return non_finite(value, opt.sign);
  const Decomposed dec = decompose(value, width);
  const std::string sgn = sign_prefix(dec, opt.sign);
  std::string s;
  const int leftchars = 1 + static_cast<int>(sgn.size());
  if (opt.pad_left > leftchars) s.append(static_cast<size_t>(opt.pad_left - leftchars), ' ');
  s += sgn;
  const int min_digits = opt.unique ? opt.min_digits : -1;
  DigitsOut dg = dragon4(dec, opt.unique, /*fractional=*/false,
                         opt.precision < 0 ? -1 : opt.precision + 1,
                         min_digits < 0 ? -1 : min_digits + 1);
  s += dg.digits[0];
  int frac = static_cast<int>(dg.digits.size()) - 1;
  if (frac > 0) {
    s += '.';
    s += dg.digits.substr(1);
  }
  if (opt.trim != '-' && frac == 0) s += '.';
  int add_digits = opt.unique ? opt.min_digits : opt.precision;
  if (add_digits < 0) add_digits = 0;
  if (opt.trim == '0') {
    if (frac == 0) {
      s += '0';
      ++frac;
    }
  } else if (opt.trim == 'k' && add_digits > frac) {
    s.append(static_cast<size_t>(add_digits - frac), '0');
    frac = add_digits;
  }
  if (opt.trim != 'k' && frac > 0) {
    while (s.back() == '0') {
      s.pop_back();
      --frac;
    }
    if (opt.trim == '0' && s.back() == '.') {
      s += '0';
      ++frac;
    }
  }
  int e = dg.exp10;
  int exp_digits = opt.exp_digits < 0 ? 2 : (opt.exp_digits > 5 ? 5 : opt.exp_digits);
  s += 'e';
  s += e < 0 ? '-' : '+';
  std::string ed = std::to_string(e < 0 ? -e : e);
  if (static_cast<int>(ed.size()) < exp_digits)
    ed.insert(0, static_cast<size_t>(exp_digits - static_cast<int>(ed.size())), '0');
  return s + ed;
}

ShortestDigits shortest_digits(double value, FloatWidth width) {
  DigitsOut dg = dragon4(decompose(value, width), true, false, -1, -1);
  ShortestDigits out;
  out.digits = dg.digits;
  out.exp10 = dg.exp10 + 1;
  return out;
}

namespace {
// NumPy's scalar str/repr (scalartypes.c: *_either): positional with one kept zero between
// 1e-4 and 1e16 (and for zero), scientific without a bare dot otherwise. For float64 this
// is exactly CPython's repr(float).
std::string scalar_float_text(double value, FloatWidth width) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
  const double a = std::fabs(value);
  Dragon4Options o;
  if (a == 0 || (1e-4 <= a && a < 1e16)) {
    o.trim = '0';
    return format_float_positional(value, width, o);
  }
  o.trim = '-';
  return format_float_scientific(value, width, o);
}
}  // namespace

std::string python_float_repr(double value) { return scalar_float_text(value, FloatWidth::F64); }

std::string python_float32_repr(float value) { return scalar_float_text(value, FloatWidth::F32); }

std::string numpy_float_text(double value, FloatWidth width) { return scalar_float_text(value, width); }

}  // namespace sl
