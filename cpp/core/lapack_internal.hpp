// lapack_internal.hpp — LAPACK helper routines shared by the lapack_*.cpp files (not part of
// the numpy-facing API; see lapack.hpp for what they are for).
#pragma once

namespace sl::lapack {

void dlartg(double f, double g, double& c, double& s, double& r);  // LAPACK 3.10+ algorithm
void dlae2(double a, double b, double c, double& rt1, double& rt2);
void dlaev2(double a, double b, double c, double& rt1, double& rt2, double& cs1, double& sn1);
// DLASR('R', 'V', forward ? 'F' : 'B') / ('L', 'V', ...): plane rotations of columns / rows.
void dlasr_rv(bool forward, int m, int n, const double* c, const double* s, double* a, int lda);
void dlasr_lv(bool forward, int m, int n, const double* c, const double* s, double* a, int lda);
double dlanst_m(int n, const double* d, const double* e);
void dlascl_g(double cfrom, double cto, int m, int n, double* a, int lda);
int dsteqr(bool vectors, int n, double* d, double* e, double* z, int ldz);
int dsterf(int n, double* d, double* e);
// DLAS2: the singular values of [[f, g], [0, h]]
void dlas2_values(double f, double g, double h, double& ssmin, double& ssmax);
// DLASQ1: singular values of the bidiagonal (d, e), decreasing (dqds).
int dlasq1(int n, double* d, double* e);
// DBDSQR('U') with ncvt columns of VT, nru rows of U and ncc columns of C updated.
int dbdsqr_u(int n, int ncvt, int nru, int ncc, double* d, double* e, double* vt, int ldvt, double* u, int ldu, double* c,
             int ldc);
// Bidiagonal reduction and the orthogonal factors around it (lapack_svd.cpp).
void dgebd2(int m, int n, double* a, int lda, double* d, double* e, double* tauq, double* taup);
void dgelq2(int m, int n, double* a, int lda, double* tau);
// The nonsymmetric eigensolver's first half (lapack_hessenberg.cpp); ilo/ihi are 1-based.
void dgebal(int n, double* a, int lda, int& ilo, int& ihi, double* scale);
void dgebak_r(int n, int ilo, int ihi, const double* scale, int m, double* v, int ldv);
void dgehrd(int n, int ilo, int ihi, double* a, int lda, double* tau);
void dorghr(int n, int ilo, int ihi, double* a, int lda, const double* tau);
void dlanv2(double& a, double& b, double& c, double& d, double& rt1r, double& rt1i, double& rt2r, double& rt2i,
            double& cs, double& sn);
int dhseqr(bool wantt, bool wantz, int n, int ilo, int ihi, double* h, int ldh, double* wr, double* wi, double* z,
           int ldz);

}  // namespace sl::lapack
