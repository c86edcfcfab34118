#include "core/format_scalar.hpp"

#include "core/format_float.hpp"
#include "core/format_options.hpp"

namespace sl {

std::string scalar_str(const Scalar& s) {
  switch (dtype_kind(s.dtype)) {
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
  return std::string("np.") + dtype_name(s.dtype) + "(" + scalar_str(s) + ")";
}

}  // namespace sl
