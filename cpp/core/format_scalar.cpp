#include "core/format_scalar.hpp"

#include <cmath>

#include "core/format_float.hpp"
#include "core/format_options.hpp"

namespace sl {

namespace {
// NumPy's c*type_str: each part positional between 1e-4 and 1e16 (or zero), scientific
// otherwise, trailing zeros and dot trimmed; '+0' real part omitted: '(1+2j)', '1j'.
std::string complex_part(double v, FloatWidth w, bool sign) {
  Dragon4Options o;
  o.trim = '-';
  o.sign = sign;
  const double a = std::fabs(v);
  if (a == 0 || (1e-4 <= a && a < 1e16)) return format_float_positional(v, w, o);
  return format_float_scientific(v, w, o);
}

std::string complex_str(const Scalar& s) {
  const FloatWidth w = dtype_native(s.dtype) == DType::Complex64 ? FloatWidth::F32 : FloatWidth::F64;
  const double re = s.v.f, im = s.im;
  if (re == 0.0 && !std::signbit(re)) return complex_part(im, w, false) + "j";
  std::string rs = std::isfinite(re) ? complex_part(re, w, false) : std::isnan(re) ? "nan" : re > 0 ? "inf" : "-inf";
  std::string is = std::isfinite(im) ? complex_part(im, w, true) : std::isnan(im) ? "+nan" : im > 0 ? "+inf" : "-inf";
  return "(" + rs + is + "j)";
}
}  // namespace

std::string scalar_str(const Scalar& s) {
  switch (dtype_kind(s.dtype)) {
    case 'c': return complex_str(s);
    case 'b': return s.v.b ? "True" : "False";
    case 'i': return std::to_string(s.v.i);
    case 'u': return std::to_string(s.v.u);
    default: {
      const DType t = dtype_native(s.dtype);
      if (t == DType::Float32) return python_float32_repr(static_cast<float>(s.v.f));
      if (t == DType::Float16) return numpy_float_text(s.v.f, FloatWidth::F16);
      return python_float_repr(s.v.f);
    }
  }
}

std::string scalar_repr(const Scalar& s) {
  // legacy='1.21'/'1.25' printing: the bare values NumPy 1.x printed (NEP 51 is 2.0)
  if (print_options().legacy <= 125) return scalar_str(s);
  if (s.dtype == DType::Bool) return s.v.b ? "np.True_" : "np.False_";
  if (dtype_is_complex(s.dtype)) {  // NumPy 2: np.complex128(1+2j), without str()'s parentheses
    std::string t = scalar_str(s);
    if (t.size() > 1 && t.front() == '(') t = t.substr(1, t.size() - 2);
    return std::string("np.") + dtype_name(s.dtype) + "(" + t + ")";
  }
  return std::string("np.") + dtype_name(s.dtype) + "(" + scalar_str(s) + ")";
}

}  // namespace sl
