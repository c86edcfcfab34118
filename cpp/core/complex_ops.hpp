// complex_ops.hpp — the complex-number views and helpers NumPy builds on memory layout:
// `a.real` / `a.imag` of a complex array are views of its float components (same shape,
// same strides — twice the component size —, the imaginary one offset by one component),
// conjugate, angle. Arithmetic on complex values is in the ufunc loops
// (ufunc_loops_complex.cpp).
#pragma once
#include "core/ndarray.hpp"

namespace sl {

// The component float type of a complex dtype (either byte order): complex64 -> float32.
DType complex_component(DType t);
// a.real: a view of the real components (complex), or `a` itself (real arrays).
ArrayPtr real_part(const ArrayPtr& a);
// a.imag: a view of the imaginary components (complex), or a new read-only zero array of
// a's dtype (real arrays, as NumPy).
ArrayPtr imag_part(const ArrayPtr& a);
// np.conjugate: a new array (complex: imaginary parts negated; real: a copy).
ArrayPtr conjugate(const ArrayPtr& a);
// np.angle(z, deg): atan2(imag, real) in float64 (float32 for complex64), degrees on request.
ArrayPtr angle(const ArrayPtr& a, bool deg);

}  // namespace sl
