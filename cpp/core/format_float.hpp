// format_float.hpp — exact float-to-text conversions shared by the printing code and the
// interpreter. Digits come from a Dragon4 digit generator on exact big integers (Steele &
// White / Burger & Dybvig, with the termination, cutoff and rounding rules NumPy's
// dragon4.c uses), so every result is exact and identical to NumPy's:
//   - "unique" mode gives the shortest digits that round-trip in the value's own type
//     (float64 or float32), IEEE round-half-even boundaries included, optionally cut off
//     after `precision` digits and extended to at least `min_digits` digits;
//   - "exact" mode gives the correctly rounded (half-even) digits of the exact binary value.
// On top of it sit np.format_float_positional / np.format_float_scientific (trim modes,
// padding, sign) and CPython's repr(float).
//
// Deliberately absent: long double, locale handling, and any array-level logic (common
// widths, scientific-notation choice): that lives in format_array.
#pragma once
#include <cstdint>
#include <string>

namespace sl {

// The binary format whose round-trip criterion "unique" mode uses; the value passed
// alongside must be exactly representable in it.
enum class FloatWidth : uint8_t { F64, F32, F16 };
inline FloatWidth float_width(bool is_float32) { return is_float32 ? FloatWidth::F32 : FloatWidth::F64; }

// Shortest decimal digits that round-trip: digits (no dot, no leading zeros) and the
// decimal exponent such that value = 0.d1d2d3... * 10^exp10. `is_float32` selects the
// float32 round-trip criterion. Requires a finite, non-zero |value|.
struct ShortestDigits {
  std::string digits;
  int exp10 = 0;
};
ShortestDigits shortest_digits(double value, FloatWidth width);
inline ShortestDigits shortest_digits(double value, bool is_float32) {
  return shortest_digits(value, float_width(is_float32));
}

// CPython's repr(float): '0.1', '1.0', '1e+16', '1.5e-05', 'inf', '-inf', 'nan'.
// This is also NumPy's str()/repr() of a float64 scalar (without the np.float64(...)).
std::string python_float_repr(double value);
// The same rules applied to float32's shortest digits (str(np.float32(0.1)) == '0.1').
std::string python_float32_repr(float value);
// NumPy's str() of a float scalar of the given width (float16: str(np.float16(0.1)) == '0.1').
std::string numpy_float_text(double value, FloatWidth width);

// Options of np.format_float_positional / np.format_float_scientific. -1 means "not
// given" (None) for every int field.
struct Dragon4Options {
  bool unique = true;     // shortest round-trip digits; false: exact digits, needs precision
  int precision = -1;     // max digits after the point (positional, fractional) / total
                          // significant digits (positional non-fractional) / fraction
                          // digits (scientific)
  int min_digits = -1;    // at least this many digits (unique mode only), same units
  bool sign = false;      // print '+' for positive values
  char trim = 'k';        // 'k' keep, '.' trim zeros keep dot, '0' keep one zero, '-' no dot
  int pad_left = -1;      // pad with spaces to this many characters left of the point
  int pad_right = -1;     // positional: pad with spaces to this many characters right of it
  int exp_digits = -1;    // scientific: at least this many exponent digits (default 2)
  bool fractional = true; // positional: precision/min_digits count fraction digits
};

// Formats a finite or non-finite value. `width` selects the digit generation
// (the value must then be exactly representable as float32). Non-finite values print as
// 'nan', 'inf', '-inf' ('+inf' with sign), without padding, as NumPy's dragon4 does.
std::string format_float_positional(double value, FloatWidth width, const Dragon4Options& opt);
std::string format_float_scientific(double value, FloatWidth width, const Dragon4Options& opt);
inline std::string format_float_positional(double value, bool is_float32, const Dragon4Options& opt) {
  return format_float_positional(value, float_width(is_float32), opt);
}
inline std::string format_float_scientific(double value, bool is_float32, const Dragon4Options& opt) {
  return format_float_scientific(value, float_width(is_float32), opt);
}

}  // namespace sl
