#include "core/nan_reduce.hpp"

#include <cmath>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

bool inexact(DType t) { return dtype_is_float(t); }

// A 0-d array of dtype t holding v.
ArrayPtr scalar_array(double v, DType t) {
  ArrayPtr r = new_array({}, t);
  Scalar::from_double(v).cast(t).store(r->data());
  return r;
}

// copyto(dst, value, where=mask)
void fill_where(const ArrayPtr& dst, double value, const ArrayPtr& mask) {
  apply_ufunc(UFuncId::Positive, {Operand(scalar_array(value, dst->dtype))}, dst, mask);
}

// _replace_nan(a, val): for floats a copy (np.array(a, copy=True): the layout is kept) with
// NaNs replaced, and the NaN mask; other dtypes come back as they are with no mask.
ArrayPtr replace_nan(const ArrayPtr& a, double val, ArrayPtr* mask) {
  if (!inexact(a->dtype)) {
    if (mask) *mask = nullptr;
    return a;
  }
  ArrayPtr m = apply_ufunc(UFuncId::IsNan, {Operand(a)});
  ArrayPtr c = copy_array(a, 'K');
  fill_where(c, val, m);
  if (mask) *mask = m;
  return c;
}

// _divide_by_count(a, b): a / b into a, unsafe casting (NaN or inf where b is 0).
void divide_by_count(const ArrayPtr& a, const ArrayPtr& b) {
  apply_ufunc(UFuncId::TrueDivide, {Operand(a), Operand(b)}, a, nullptr, std::nullopt, Casting::Unsafe);
}

ArrayPtr not_mask_count(const ArrayPtr& mask, const AxisList& axis, bool keepdims, const ArrayPtr& where) {
  ArrayPtr keep = apply_ufunc(UFuncId::LogicalNot, {Operand(mask)});
  return sum(keep, axis, DType::Int64, nullptr, keepdims, std::nullopt, where);
}

void check_inexact_args(std::optional<DType> dtype, const ArrayPtr& out) {
  if (dtype && !inexact(*dtype)) raise_type_error("If a is inexact, then dtype must be inexact");
  if (out && !inexact(out->dtype)) raise_type_error("If a is inexact, then out must be inexact");
}

ArrayPtr nanarg(const ArrayPtr& a, std::optional<int64_t> axis, ArrayPtr out, bool keepdims, bool max) {
  ArrayPtr mask;
  ArrayPtr x = replace_nan(a, max ? -INFINITY : INFINITY, &mask);
  if (mask && mask->size()) {
    AxisList ax;
    if (axis) ax = std::vector<int64_t>{*axis};
    ArrayPtr allnan = all(mask, ax);
    if (any(allnan)->item0().as_int64()) raise_value_error("All-NaN slice encountered");
  }
  return max ? argmax(x, axis, out, keepdims) : argmin(x, axis, out, keepdims);
}

}  // namespace

ArrayPtr nansum(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims,
                std::optional<Scalar> initial, ArrayPtr where) {
  return sum(replace_nan(a, 0, nullptr), axis, dtype, out, keepdims, initial, where);
}
ArrayPtr nanprod(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims,
                 std::optional<Scalar> initial, ArrayPtr where) {
  return prod(replace_nan(a, 1, nullptr), axis, dtype, out, keepdims, initial, where);
}
ArrayPtr nanmax(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, std::optional<Scalar> initial,
                ArrayPtr where) {
  return reduce_ufunc(UFuncId::Fmax, a, axis, std::nullopt, out, keepdims, initial, where);
}
ArrayPtr nanmin(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, std::optional<Scalar> initial,
                ArrayPtr where) {
  return reduce_ufunc(UFuncId::Fmin, a, axis, std::nullopt, out, keepdims, initial, where);
}
ArrayPtr nanargmax(const ArrayPtr& a, std::optional<int64_t> axis, ArrayPtr out, bool keepdims) {
  return nanarg(a, axis, out, keepdims, true);
}
ArrayPtr nanargmin(const ArrayPtr& a, std::optional<int64_t> axis, ArrayPtr out, bool keepdims) {
  return nanarg(a, axis, out, keepdims, false);
}
ArrayPtr nancumsum(const ArrayPtr& a, std::optional<int64_t> axis, std::optional<DType> dtype, ArrayPtr out) {
  return cumsum(replace_nan(a, 0, nullptr), axis, dtype, out);
}
ArrayPtr nancumprod(const ArrayPtr& a, std::optional<int64_t> axis, std::optional<DType> dtype, ArrayPtr out) {
  return cumprod(replace_nan(a, 1, nullptr), axis, dtype, out);
}

ArrayPtr nanmean(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims,
                 ArrayPtr where) {
  ArrayPtr mask;
  ArrayPtr arr = replace_nan(a, 0, &mask);
  if (!mask) return mean(arr, axis, dtype, out, keepdims, where);
  check_inexact_args(dtype, out);
  ArrayPtr cnt = not_mask_count(mask, axis, keepdims, where);
  ArrayPtr tot = sum(arr, axis, dtype, out, keepdims, std::nullopt, where);
  divide_by_count(tot, cnt);
  return tot;
}

ArrayPtr nanvar(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, double ddof,
                bool keepdims, ArrayPtr where) {
  ArrayPtr mask;
  ArrayPtr arr = replace_nan(a, 0, &mask);
  if (!mask) return var(arr, axis, dtype, out, ddof, keepdims, where);
  check_inexact_args(dtype, out);
  ArrayPtr cnt = not_mask_count(mask, axis, true, where);
  ArrayPtr avg = sum(arr, axis, dtype, nullptr, true, std::nullopt, where);
  divide_by_count(avg, cnt);
  // squared deviations, in place in the NaN-free copy; masked slots back to 0
  apply_ufunc(UFuncId::Subtract, {Operand(arr), Operand(avg)}, arr, where, std::nullopt, Casting::Unsafe);
  fill_where(arr, 0, mask);
  apply_ufunc(UFuncId::Multiply, {Operand(arr), Operand(arr)}, arr, where);
  ArrayPtr v = sum(arr, axis, dtype, out, keepdims, std::nullopt, where);
  if (v->ndim() < cnt->ndim()) {  // keepdims=False: drop the kept axes of the count
    const std::vector<bool> red = reduction_axes(axis, cnt->ndim());
    Shape s;
    for (int k = 0; k < cnt->ndim(); ++k)
      if (!red[k]) s.push_back(cnt->shape[k]);
    cnt = reshape(cnt, s);
  }
  // dof = cnt - ddof (float64 when ddof is fractional; int otherwise, same values)
  ArrayPtr dof = apply_ufunc(UFuncId::Subtract, {Operand(cnt), Operand::py_float(ddof)});
  divide_by_count(v, dof);
  ArrayPtr bad = apply_ufunc(UFuncId::LessEqual, {Operand(dof), Operand::py_int(0)});
  if (any(bad)->item0().as_int64()) fill_where(v, NAN, bad);
  return v;
}

ArrayPtr nanstd(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, double ddof,
                bool keepdims, ArrayPtr where) {
  ArrayPtr v = nanvar(a, axis, dtype, out, ddof, keepdims, where);
  return apply_ufunc(UFuncId::Sqrt, {Operand(v)}, v);
}

}  // namespace sl
