// tensor_products.hpp — the products built on np.dot and the multiply ufunc, each following
// NumPy's implementation so that layouts and summation orders (hence the last bits) match:
// np.tensordot (transpose + reshape to 2-d, dot, reshape back), np.inner (dot with b's last
// axis moved to second-to-last, as PyArray_InnerProduct does), np.vdot (flattened 1-d dot),
// np.kron (broadcast multiply of interleaved axes), np.cross (the multiply/subtract sequence
// of numpy.cross, including the 2-d vector cases).
//
// Not here: dot/matmul (linalg_products), einsum (einsum.hpp), the multiply ufunc itself.
#pragma once
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.tensordot(a, b, axes=(axes_a, axes_b)); axes may be negative. ValueError
// "shape-mismatch for sum"; an axis beyond a's dimensions is IndexError "tuple index out of
// range" (NumPy's Python error).
ArrayPtr tensordot(const ArrayPtr& a, const ArrayPtr& b, std::vector<int64_t> axes_a, std::vector<int64_t> axes_b);
// np.tensordot(a, b, axes=n): the last n axes of a with the first n of b.
ArrayPtr tensordot(const ArrayPtr& a, const ArrayPtr& b, int64_t n);
ArrayPtr inner(const ArrayPtr& a, const ArrayPtr& b);
// np.vdot: ValueError "cannot reshape array of size 4 into shape (3,)" when the sizes differ
// (NumPy reshapes b to a's length).
ArrayPtr vdot(const ArrayPtr& a, const ArrayPtr& b);
ArrayPtr kron(const ArrayPtr& a, const ArrayPtr& b);
// np.cross(a, b, axisa, axisb, axisc); `deprecated_2d` is set when NumPy 2 would warn about
// 2-element vectors.
ArrayPtr cross(const ArrayPtr& a, const ArrayPtr& b, int64_t axisa, int64_t axisb, int64_t axisc, bool* deprecated_2d);

}  // namespace sl
