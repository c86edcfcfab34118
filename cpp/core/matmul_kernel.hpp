// matmul_kernel.hpp — the cache-blocked float64/float32 product kernel behind np.dot, np.matmul
// and `@` (linalg_products.cpp): C[i, j] = sum_l A[i, l] * Bt[j, l].
//
// Invariant (what makes it NumPy's bytes): every output element is accumulated in the
// natural l order, starting from +0, one rounding per multiply and per add (no FMA, no
// reassociation) — exactly the sums of the reference BLAS NumPy calls (netlib dgemm/sgemm,
// ddot/sdot, dgemv, dsyrk all add sequentially) and of the naive loop this kernel replaces.
// Speed comes only from the order of the *independent* outputs: B is packed into panels of
// NR columns and A into panels of MR rows (cache blocks of KC x NC and MC x KC), and an MR x NR
// register tile is updated for each l with 16-byte vectors across the NR columns (GCC/Clang
// vector extensions: SSE2 natively, simd128 under -msimd128). Between KC blocks the partial
// sums live in C, which holds them exactly in T.
//
// Does not: handle other dtypes (integers, bool, complex and float16 keep the plain loop),
// convert or check shapes (the callers do), or use more than one thread.
#pragma once
#include <cstdint>

namespace sl {

// C[i * rsc + j * csc] = sum_l A[i * ars + l * acs] * Bt[j * brs + l * bcs]   for i < n, j < m,
// l < k (strides in elements, any sign). The operands are read where they are (the packing
// copies cache blocks), so callers need no converted or transposed copies: B itself is Bt
// with brs = 1, bcs = its row stride. C may be any strided n x m destination (it is fully
// overwritten). Checks the interrupt flag between cache blocks.
void blocked_product(const double* A, int64_t ars, int64_t acs, const double* Bt, int64_t brs, int64_t bcs,
                     double* C, int64_t rsc, int64_t csc, int64_t n, int64_t m, int64_t k);
void blocked_product(const float* A, int64_t ars, int64_t acs, const float* Bt, int64_t brs, int64_t bcs,
                     float* C, int64_t rsc, int64_t csc, int64_t n, int64_t m, int64_t k);

// Whether the blocked kernel pays off for an n x m x k product (tiny products and inner
// products keep the plain loop; both give the same bits).
bool blocked_product_worthwhile(int64_t n, int64_t m, int64_t k);

}  // namespace sl
