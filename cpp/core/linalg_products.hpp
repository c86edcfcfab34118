// linalg_products.hpp — np.dot and np.matmul (the `@` operator) with NumPy's shape rules,
// error messages and result dtypes (promote_types of the inputs; bool is "or of ands";
// integers wrap). Results are fresh C-ordered arrays; a 0-d array stands for NumPy's scalar
// result (1-d · 1-d).
//
// Summation order: every output element is accumulated in the natural k order, in the
// result type (float32 in float32). NumPy hands float sums to BLAS; with the reference
// BLAS this machine's NumPy uses (netlib: ddot/dgemm/dgemv/dsyrk all add sequentially) the
// results are bit-identical. An optimised BLAS (OpenBLAS, MKL) reorders the sums and can
// differ from us in the last bits. float64/float32 products run through the cache-blocked
// kernel of matmul_kernel.hpp, which keeps these sums exactly.
#pragma once
#include "core/ndarray.hpp"

namespace sl {

// np.dot(a, b): 0-d operand -> a * b; 1-d·1-d -> 0-d inner product; N-d·1-d sums over the
// last axis of a; N-d·M-d (M >= 2) sums a's last axis with b's second-to-last.
// ValueError "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)".
ArrayPtr dot(const ArrayPtr& a, const ArrayPtr& b);

// np.matmul(a, b): the gufunc (n?,k),(k,m?)->(n?,m?) with broadcast batch dimensions.
ArrayPtr matmul(const ArrayPtr& a, const ArrayPtr& b);

}  // namespace sl
