// numpy_temp_elision.cpp — see numpy_temp_elision.hpp.
#include "modules/numpy/numpy_temp_elision.hpp"

#include "core/fp_errors.hpp"
#include "core/ufunc_types.hpp"
#include "lang/complex.hpp"
#include "lang/temp_operands.hpp"
#include "modules/numpy/numpy_errstate.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/ops_log.hpp"

namespace sl {
namespace {

// NumPy elides only from this size up (NPY_MIN_ELIDE_BYTES): below it the saving does not
// pay for its caller check, and since the result's memory order is observable we draw the
// same line.
constexpr int64_t kMinElideBytes = 256 * 1024;

bool is_number_kind(DType t) {
  const char k = dtype_kind(t);
  return k == 'b' || k == 'i' || k == 'u' || k == 'f' || k == 'c';
}

// can_elide_temp's conditions on the temporary itself: an exact ndarray of a number dtype
// that owns its data, is writeable and large enough, referenced by the expression only. Our
// arrays add two references NumPy's cannot have: views hold the owner's ArrayPtr and share
// its Buffer, so both must be unique too (no view, flatiter or interface export sees it).
bool elidable_temporary(const ObjPtr& o) {
  if (!is_ndarray(o) || !is_expression_temporary(o.get())) return false;
  const ArrayPtr& a = array_of(o);
  return a.use_count() == 1 && a->owndata() && a->writeable && a->buffer && a->buffer.use_count() == 1 &&
         is_number_kind(a->dtype) && a->nbytes() >= kMinElideBytes;
}

// can_elide_temp's conditions on the other operand: an exact ndarray or a scalar, 0-d or of
// the temporary's shape (no broadcasting), whose dtype casts safely to the temporary's. A
// Python scalar counts as its default dtype (NumPy 2 converts it with PyArray_EnsureArray;
// no value-based casting).
bool fits_into(const NDArray& tmp, const ObjPtr& other) {
  DType from;
  if (is_ndarray(other)) {
    const NDArray& o = *array_of(other);
    if (o.ndim() != 0 && o.shape != tmp.shape) return false;
    if (dtype_is_flexible(o.dtype)) return false;
    from = o.dtype;
  } else if (is_numpy_scalar(other)) {
    from = static_cast<ScalarObject*>(other.get())->value.dtype;
  } else if (is_bool(other)) {
    from = DType::Bool;
  } else if (is_int(other)) {
    from = DType::Int64;  // a Python int beyond int64 does not convert to int64 either:
    if (is_big_int(other)) return false;  // NumPy's EnsureArray makes it uint64 or object
  } else if (is_float(other)) {
    from = DType::Float64;
  } else if (is_complex(other)) {
    from = DType::Complex128;
  } else {
    return false;  // lists, tuples, other objects: NumPy only elides against arrays and scalars
  }
  return can_cast_rule(from, tmp.dtype, Casting::Safe);
}

bool commutative(UFuncId id) {
  return id == UFuncId::Add || id == UFuncId::Multiply || id == UFuncId::BitwiseAnd ||
         id == UFuncId::BitwiseOr || id == UFuncId::BitwiseXor;
}

// The operators NumPy's number protocol elides (remainder, power and divmod never do;
// true division only into a float or complex left operand).
bool elides(UFuncId id) {
  switch (id) {
    case UFuncId::Add: case UFuncId::Subtract: case UFuncId::Multiply: case UFuncId::TrueDivide:
    case UFuncId::FloorDivide: case UFuncId::LeftShift: case UFuncId::RightShift:
    case UFuncId::BitwiseAnd: case UFuncId::BitwiseOr: case UFuncId::BitwiseXor:
      return true;
    default:
      return false;
  }
}

}  // namespace

const ObjPtr* elision_target(UFuncId id, const ObjPtr& lhs, const ObjPtr& rhs) {
  if (!elides(id)) return nullptr;
  if (id == UFuncId::TrueDivide) {
    if (!is_ndarray(lhs)) return nullptr;
    const DType t = array_of(lhs)->dtype;
    if (!dtype_is_float(t) && !dtype_is_complex(t)) return nullptr;
  }
  if (elidable_temporary(lhs) && fits_into(*array_of(lhs), rhs)) return &lhs;
  if (commutative(id) && elidable_temporary(rhs) && fits_into(*array_of(rhs), lhs)) return &rhs;
  return nullptr;
}

bool can_elide_unary(const ObjPtr& o) { return elidable_temporary(o); }

ObjPtr fast_scalar_power(const ObjPtr& base, const ObjPtr& exponent, bool inplace) {
  if (!is_ndarray(base)) return nullptr;
  UFuncId fast;
  if (exponent->type() == int_type && int_value(exponent) == -1) fast = UFuncId::Reciprocal;
  else if (exponent->type() == int_type && int_value(exponent) == 2) fast = UFuncId::Square;
  else if (exponent->type() == float_type && float_value(exponent) == 0.5) fast = UFuncId::Sqrt;
  else return nullptr;
  const ArrayPtr& a = array_of(base);
  if (!dtype_is_float(a->dtype) && !dtype_is_complex(a->dtype)) return nullptr;
  take_fp_flags();
  const bool in_place = inplace || can_elide_unary(base);
  ArrayPtr r = logged_ufunc(fast, {Operand::of(a)}, in_place ? a : nullptr);
  if (int flags = take_fp_flags()) report_fp_errors(flags, ufunc_name(fast));
  return in_place ? base : wrap_result(r);
}

}  // namespace sl
