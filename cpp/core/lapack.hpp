// lapack.hpp — the LAPACK 3.11 routines behind numpy.linalg, re-derived from the reference
// implementation's algorithms so that the floating-point operations happen in the same order
// (hence NumPy's exact digits and sign conventions): Householder QR (DGEQRF/DORGQR), Cholesky
// (DPOTRF), the symmetric eigensolver (DSYEVD via DSYTRD/DORMTR/DSTEQR/DSTERF), the SVD (DGESDD
// via DGEBRD/DBDSQR/DORMBR, DLASQ1 for values only) and the nonsymmetric eigensolver (DGEEV
// via DGEBAL/DGEHRD/DORGHR/DHSEQR(DLAHQR)/DTREVC3).
//
// Column-major storage, 0-based indices, `ld` = leading dimension, double precision only
// (NumPy computes float32 input in double too). Return values are LAPACK's INFO (0 = ok).
// Blocked code paths LAPACK takes for large matrices (dimensions above its crossover points,
// e.g. 128 for DGEQRF) are computed with the unblocked algorithms: same results up to the last
// bits.
#pragma once
#include <complex>
#include <vector>

namespace sl::lapack {

// DLARFG: generates an elementary reflector H with H * (alpha, x) = (beta, 0).
void dlarfg(int n, double& alpha, double* x, int incx, double& tau);
// DLARF: applies H = I - tau * v * v^T to C (m x n) from the left / right.
void dlarf_left(int m, int n, const double* v, int incv, double tau, double* c, int ldc, double* work);
void dlarf_right(int m, int n, const double* v, int incv, double tau, double* c, int ldc, double* work);

// QR
void dgeqrf(int m, int n, double* a, int lda, double* tau);
void dorgqr(int m, int n, int k, double* a, int lda, const double* tau);
// Q^T C or Q C from a QR factorization (DORM2R, side 'L'); trans: apply Q^T.
void dorm2r_left(bool trans, int m, int n, int k, double* a, int lda, const double* tau, double* c, int ldc);

// Cholesky: upper = false -> A = L L^T (lower triangle), true -> A = U^T U.
int dpotrf(bool upper, int n, double* a, int lda);

// Symmetric eigenproblem on the lower triangle (DSYEVD with UPLO='L'): w ascending; with
// vectors, a is overwritten by the orthonormal eigenvectors.
int dsyevd(bool vectors, int n, double* a, int lda, double* w);

// SVD (DGESDD, JOBZ='S' reduced / 'A' full / 'N' values only). u is m x ucol (ld m), vt is
// vtrow x n (ld vtrow).
int dgesdd(char jobz, int m, int n, double* a, int lda, double* s, double* u, int ldu, double* vt, int ldvt);

// Least squares (DGELSD): b (ldb >= max(m, n), nrhs columns) is overwritten by the solution
// in its first n rows; s receives the singular values; rank the effective rank.
int dgelsd(int m, int n, int nrhs, double* a, int lda, double* b, int ldb, double* s, double rcond, int& rank);

// Nonsymmetric eigenproblem (DGEEV, JOBVL='N'): eigenvalues wr + i*wi; with vectors, vr
// holds the right eigenvectors (complex pairs as LAPACK packs them: columns j, j+1 = re, im).
int dgeev(bool vectors, int n, double* a, int lda, double* wr, double* wi, double* vr, int ldvr);

// Eigenvalues of a general complex matrix (ZGEEV, JOBVL = JOBVR = 'N'; a is overwritten,
// column-major). Returns LAPACK's INFO (> 0: the QR algorithm did not converge).
int zgeev_values(int n, std::complex<double>* a, int lda, std::complex<double>* w);

}  // namespace sl::lapack
