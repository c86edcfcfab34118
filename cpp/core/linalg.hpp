// linalg.hpp — numpy.linalg's inv, det, solve and norm for stacks of matrices (..., M, M).
//
// inv/det/solve reproduce what NumPy does through LAPACK: the matrix is copied to column-major
// float64, factored by LU with partial pivoting exactly as the reference LAPACK's dgetrf does
// (recursive dgetrf2 below 64 columns, blocked above, pivot = first largest |value|, column
// scaled by the reciprocal of the pivot), and solved as dgetrs does (row swaps, unit-lower
// then upper triangular solves that skip zero right-hand sides). det follows NumPy's
// umath_linalg: sign from the pivots and the diagonal, det = sign * exp(sum(log|u_ii|)) —
// which is why det([[1, 2], [3, 4]]) is -2.0000000000000004. With the reference LAPACK/BLAS
// (what Debian's NumPy links) the results are bit-identical; NumPy builds on OpenBLAS/MKL, or
// a different libm's log/exp (the wasm build uses musl's), can differ in the last bits.
// Inputs of any dtype are computed in float64; the result is float32 when every input is
// float32 (NumPy's _commonType), float64 otherwise.
//
// norm (linalg_norm.cpp) follows numpy/linalg/linalg.py branch by branch, including its summation orders
// (sequential dot for the default norm, NumPy's pairwise add.reduce elsewhere). Matrix norms
// that need singular values (ord=2, -2, 'nuc') raise NotImplementedError.
//
// Errors: numpy.linalg.LinAlgError ("Singular matrix", "Last 2 dimensions of the array must
// be square", "1-dimensional array given. Array must be at least two-dimensional").
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

ArrayPtr inv(const ArrayPtr& a);    // (..., M, M) -> (..., M, M)
ArrayPtr det(const ArrayPtr& a);    // (..., M, M) -> (...); 0-d for one matrix
// slogdet of every matrix of the stack into the batch-shaped sign/logdet arrays (float dtypes,
// C-contiguous; either may be null).
void slogdet_values(const ArrayPtr& a, const ArrayPtr& sign, const ArrayPtr& logdet);
// np.linalg.solve(a, b): b of shape (M,) is one vector (NumPy 2 rule: only a 1-d b is a
// vector; NumPy 1.24 also treated b.ndim == a.ndim - 1 as a stack of vectors), otherwise
// b is a stack of (M, K) matrices broadcast against a's stack.
ArrayPtr solve(const ArrayPtr& a, const ArrayPtr& b);

// The `ord` argument of np.linalg.norm: None, a number (inf allowed) or a string.
struct NormOrder {
  enum Kind { None, Number, String } kind = None;
  double p = 0;
  std::string name;
  static NormOrder none() { return NormOrder{}; }
  static NormOrder number(double v) { NormOrder o; o.kind = Number; o.p = v; return o; }
  static NormOrder string(std::string s) { NormOrder o; o.kind = String; o.name = std::move(s); return o; }
};

// np.linalg.norm(x, ord=None, axis=None, keepdims=False); axis is an int (1 entry) or a
// tuple. A 0-d result stands for NumPy's scalar.
ArrayPtr norm(const ArrayPtr& x, const NormOrder& ord = NormOrder{},
              const std::optional<std::vector<int64_t>>& axis = std::nullopt, bool keepdims = false);

}  // namespace sl
