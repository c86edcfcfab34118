// numpy_reduce_args.hpp — argument conversion shared by the reduction-like numpy functions
// (numpy_reduce.cpp, numpy_nanfuncs.cpp, numpy_stats.cpp): axis, out=, keepdims, initial=,
// where= with NumPy's conventions, and the "out or scalar" result rule.
#pragma once
#include "core/reduce.hpp"
#include "lang/args.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace reduce_args {

inline AxisList axes_of(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_axes(o);
}
inline std::optional<int64_t> one_axis(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_int64(o);
}
inline ArrayPtr out_of(const ObjPtr& o) {
  if (!o || is_none(o)) return nullptr;
  if (!is_ndarray(o)) raise_type_error("output must be an array");
  return array_of(o);
}
inline bool flag(const BoundArgs& b, int i) { return b.given(i) && is_true(b[i]); }

// Axis of a ufunc-based reduction (sum prod max min all any ptp count_nonzero): NumPy lets a
// plain integer axis 0 or -1 through for a 0-d array (PyArray_ConvertMultiAxis's backwards
// compatibility special case) and reduces over "nothing"; a tuple gets no such pass.
inline AxisList ufunc_axes(const ArrayPtr& a, const ObjPtr& o) {
  if (o && !is_none(o) && a->ndim() == 0 && (is_int(o) || (is_numpy_scalar(o) && dtype_is_integer(static_cast<ScalarObject*>(o.get())->value.dtype)))) {
    const int64_t ax = to_int64(o);
    if (ax == 0 || ax == -1) return std::nullopt;
  }
  return axes_of(o);
}

inline std::optional<Scalar> initial_of(const BoundArgs& b, int i) {
  if (!b.given(i) || is_none(b[i])) return std::nullopt;
  Scalar s;
  bool weak = false;
  if (!to_scalar(b[i], &s, &weak)) raise_type_error("initial must be a scalar");
  return s;
}

// where= of a reduction (NumPy's _wheremask_converter): True (or absent) selects
// everything; anything else becomes a bool array — an array must already be bool (the
// 'safe' cast error comes from the reduction), other values convert by value.
inline ArrayPtr where_of(const BoundArgs& b, int i) {
  if (!b.has(i)) return nullptr;
  const ObjPtr& w = b[i];
  if (is_bool(w) && int_value(w)) return nullptr;
  if (is_ndarray(w)) return array_of(w);
  if (is_none(w)) return to_array(False(), DType::Bool);
  return to_array(w, DType::Bool);
}

// Result: `out` when given, else a scalar for 0-d, else the array.
inline ObjPtr result(const ArrayPtr& r, const ObjPtr& out) {
  if (out && !is_none(out)) return out;
  return wrap_result(r);
}

}  // namespace reduce_args
}  // namespace sl
