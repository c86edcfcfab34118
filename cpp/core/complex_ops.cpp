#include "core/complex_ops.hpp"

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/ufunc.hpp"

namespace sl {

DType complex_component(DType t) {
  const DType n = dtype_native(t);
  const DType c = n == DType::Complex64 ? DType::Float32 : DType::Float64;
  return dtype_is_swapped(t) ? dtype_swapped(c) : c;
}

ArrayPtr real_part(const ArrayPtr& a) {
  if (!dtype_is_complex(a->dtype)) return a;
  return make_view(a, a->offset, a->shape, a->strides, complex_component(a->dtype));
}

ArrayPtr imag_part(const ArrayPtr& a) {
  if (!dtype_is_complex(a->dtype)) {
    if (dtype_is_flexible(a->dtype)) raise_unsupported_dtype(a->dtype);
    ArrayPtr z = new_array(a->shape, a->dtype);
    z->writeable = false;
    return z;
  }
  const DType c = complex_component(a->dtype);
  return make_view(a, a->offset + dtype_itemsize(c), a->shape, a->strides, c);
}

ArrayPtr conjugate(const ArrayPtr& a) {
  ArrayPtr r = copy_array(a, 'K');
  if (dtype_is_complex(r->dtype)) {
    ArrayPtr im = imag_part(r);
    apply_ufunc(UFuncId::Negative, {im}, im);
  }
  return r;
}

ArrayPtr angle(const ArrayPtr& a, bool deg) {
  // np.angle: arctan2(z.imag, z.real) for complex, arctan2(0, z) otherwise; `a *= 180/pi`
  ArrayPtr r = dtype_is_complex(a->dtype) ? apply_ufunc(UFuncId::Arctan2, {imag_part(a), real_part(a)})
                                          : apply_ufunc(UFuncId::Arctan2, {Operand::py_int(0), a});
  if (deg) apply_ufunc(UFuncId::Multiply, {r, Operand::py_float(180.0 / 3.141592653589793)}, r);
  return r;
}

}  // namespace sl
