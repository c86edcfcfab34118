// linalg_decomp.hpp — numpy.linalg's decompositions on stacks of matrices (..., M, N):
// cholesky, qr (modes 'reduced', 'complete', 'r', 'raw'), eigh/eigvalsh, svd (full or reduced,
// or values only), eig/eigvals, slogdet, matrix_power, matrix_rank, pinv, cond, lstsq. Each
// follows numpy/linalg/_linalg.py: the computation is float64 through lapack.hpp, results
// are C-ordered and cast to float32 when every input is float32, errors are NumPy's
// LinAlgError messages.
//
// Complex results: eig/eigvals of a real matrix with complex eigenvalues return complex128
// (complex64 for float32 input); real eigenvalues give NumPy's float64 results, as NumPy.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

ArrayPtr cholesky(const ArrayPtr& a, bool upper = false);
// mode 'reduced' | 'complete' -> {Q, R}; 'r' -> {R}; 'raw' -> {h, tau}.
std::vector<ArrayPtr> qr(const ArrayPtr& a, const std::string& mode = "reduced");
// UPLO 'L' or 'U' (ValueError "UPLO argument must be 'L' or 'U'"). eigh -> {w, v}.
std::vector<ArrayPtr> eigh(const ArrayPtr& a, const std::string& uplo = "L");
ArrayPtr eigvalsh(const ArrayPtr& a, const std::string& uplo = "L");
// DGEEV's packed results per matrix of the stack (float64): eigenvalues wr + i*wi (..., N);
// with vectors, vr (..., N, N) column-major per matrix, a complex pair j, j+1 stored as the
// real and imaginary parts in columns j and j+1. Raises NumPy's LinAlgErrors (non-finite
// input, no convergence). linalg_eig.cpp.
struct EigParts {
  ArrayPtr wr, wi, vr;
};
EigParts eig_parts(const ArrayPtr& a, bool vectors);
// eig: {eigenvalues, eigenvectors}; eigvals: the eigenvalues (real ones only, see above).
std::vector<ArrayPtr> eig(const ArrayPtr& a);
ArrayPtr eigvals(const ArrayPtr& a);
// eigvals of complex64/complex128 stacks (ZGEEV): complex results of the input's precision
// (linalg_eig_complex.cpp; eig of complex matrices is not available yet).
ArrayPtr eigvals_complex(const ArrayPtr& a);
// svd: {U, S, Vh} (full or reduced), or {S} without vectors; hermitian uses eigh/eigvalsh.
// LinAlgError "SVD did not converge" (also for NaN/inf input, as NumPy).
std::vector<ArrayPtr> svd(const ArrayPtr& a, bool full_matrices = true, bool compute_uv = true, bool hermitian = false);
// np.linalg.matrix_rank for ndim >= 2: int64 counts (0-d for one matrix). `tol`/`rtol`
// (null = default) broadcast against the stack.
ArrayPtr matrix_rank(const ArrayPtr& a, const ArrayPtr& tol, const ArrayPtr& rtol, bool hermitian = false);
// np.linalg.pinv(a, rcond): `rcond` broadcasts against the stack (NumPy 2 default 1e-15).
ArrayPtr pinv(const ArrayPtr& a, const ArrayPtr& rcond, bool hermitian = false);
// np.linalg.cond(x, p) for p None/2/-2 (singular values) and 1/-1/inf/-inf/'fro' (norm of
// x times norm of its inverse); a singular matrix gives inf. `p` is a NormOrder spelling:
// kind 0 None, 1 number, 2 string.
ArrayPtr cond(const ArrayPtr& x, int p_kind, double p, const std::string& p_name);
// np.linalg.lstsq(a, b, rcond) for 2-d a and 1-d/2-d b: {x, residuals, rank (0-d int32), s}.
// rcond nullopt: NumPy 2's default eps * max(M, N).
std::vector<ArrayPtr> lstsq(const ArrayPtr& a, const ArrayPtr& b, std::optional<double> rcond);
// {sign, logabsdet}; 0-d arrays for one matrix.
std::vector<ArrayPtr> slogdet(const ArrayPtr& a);
// np.linalg.matrix_power; n == 1 returns `a` itself, as NumPy.
ArrayPtr matrix_power(const ArrayPtr& a, int64_t n);

}  // namespace sl
