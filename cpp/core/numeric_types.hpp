// numeric_types.hpp — the C types of every builtin numeric dtype, including the two the
// typed kernels do not visit (float16 as sl::half, complex as std::complex), and
// visit_numeric, the dispatcher for code that handles all fourteen (casts, scalar load and
// store, copies). Kernels that compute keep using visit_dtype: for them float16 computes
// in float32 and complex has dedicated loops.
#pragma once
#include <complex>
#include <type_traits>

#include "core/dtype.hpp"
#include "core/half.hpp"

namespace sl {

using complex64 = std::complex<float>;
using complex128 = std::complex<double>;

template <class T>
struct is_complex_type : std::false_type {};
template <class F>
struct is_complex_type<std::complex<F>> : std::true_type {};
template <class T>
constexpr bool is_complex_v = is_complex_type<T>::value;
template <class T>
constexpr bool is_half_v = std::is_same_v<T, half>;

// Calls f(ctype{}) for any native numeric dtype; raises for flexible and swapped types.
template <class F>
decltype(auto) visit_numeric(DType t, F&& f) {
  switch (t) {
#define SL_DT_VISIT_N(id, name, ctype, kind, code, size) \
  case DType::id: return f(ctype{});
    SL_DTYPES(SL_DT_VISIT_N)
#undef SL_DT_VISIT_N
    case DType::Float16: return f(half{});
    case DType::Complex64: return f(complex64{});
    case DType::Complex128: return f(complex128{});
    default: break;
  }
  raise_unsupported_dtype(t);
}

}  // namespace sl
