// lapack_qr.cpp — Householder reflectors and the QR / Cholesky routines (DLARFG, DLARF,
// DGEQR2, DORG2R, DORM2R, DPOTRF2/DPOTRF) in LAPACK 3.11's operation order.
#include <cmath>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"
#include "core/extent.hpp"

namespace sl::lapack {

using namespace blas;

void dlarfg(int n, double& alpha, double* x, int incx, double& tau) {
  if (n <= 1) {
    tau = 0.0;
    return;
  }
  double xnorm = dnrm2(n - 1, x, incx);
  if (xnorm == 0.0) {
    tau = 0.0;
    return;
  }
  double beta = -std::copysign(dlapy2(alpha, xnorm), alpha);
  const double safmin = kSafmin / kEps;
  int knt = 0;
  if (std::fabs(beta) < safmin) {
    const double rsafmn = 1.0 / safmin;
    do {
      ++knt;
      dscal(n - 1, rsafmn, x, incx);
      beta = beta * rsafmn;
      alpha = alpha * rsafmn;
    } while (std::fabs(beta) < safmin && knt < 20);
    xnorm = dnrm2(n - 1, x, incx);
    beta = -std::copysign(dlapy2(alpha, xnorm), alpha);
  }
  tau = (beta - alpha) / beta;
  dscal(n - 1, 1.0 / (alpha - beta), x, incx);
  for (int j = 0; j < knt; ++j) beta = beta * safmin;
  alpha = beta;
}

namespace {

// ILADLC: last non-zero column of C (m x n), 0 when all are zero (1-based count).
int iladlc(int m, int n, const double* c, int ldc) {
  if (n == 0) return 0;
  if (c[(n - 1) * ldc] != 0.0 || c[m - 1 + (n - 1) * ldc] != 0.0) return n;
  for (int j = n; j >= 1; --j)
    for (int i = 0; i < m; ++i)
      if (c[i + (j - 1) * ldc] != 0.0) return j;
  return 0;
}

// ILADLR: last non-zero row of C (m x n), 0 when all are zero.
int iladlr(int m, int n, const double* c, int ldc) {
  if (m == 0) return 0;
  if (c[m - 1] != 0.0 || c[m - 1 + (n - 1) * ldc] != 0.0) return m;
  int r = 0;
  for (int j = 0; j < n; ++j) {
    int i = m;
    while (i >= 1 && c[std::max(i, 1) - 1 + j * ldc] == 0.0) --i;
    r = std::max(r, i);
  }
  return r;
}

int last_nonzero(int len, const double* v, int incv) {
  int lastv = len;
  int i = incv > 0 ? (lastv - 1) * incv : 0;
  while (lastv > 0 && v[i] == 0.0) {
    --lastv;
    i -= incv;
  }
  return lastv;
}

}  // namespace

void dlarf_left(int m, int n, const double* v, int incv, double tau, double* c, int ldc, double* work) {
  if (tau == 0.0) return;
  const int lastv = last_nonzero(m, v, incv);
  const int lastc = iladlc(lastv, n, c, ldc);
  if (lastv <= 0) return;
  dgemv_t(lastv, lastc, 1.0, c, ldc, v, incv, 0.0, work, 1);
  dger(lastv, lastc, -tau, v, incv, work, 1, c, ldc);
}

void dlarf_right(int m, int n, const double* v, int incv, double tau, double* c, int ldc, double* work) {
  if (tau == 0.0) return;
  const int lastv = last_nonzero(n, v, incv);
  const int lastc = iladlr(m, lastv, c, ldc);
  if (lastv <= 0) return;
  dgemv_n(lastc, lastv, 1.0, c, ldc, v, incv, 0.0, work, 1);
  dger(lastc, lastv, -tau, work, 1, v, incv, c, ldc);
}

void dgeqrf(int m, int n, double* a, int lda, double* tau) {
  // DGEQR2 (LAPACK's blocked DGEQRF only departs from it above 128 columns)
  const int k = std::min(m, n);
  std::vector<double> work(alloc_count(std::max(n, 1), sizeof(double)));
  for (int i = 0; i < k; ++i) {
    check_interrupt();
    dlarfg(m - i, a[i + i * lda], a + std::min(i + 1, m - 1) + i * lda, 1, tau[i]);
    if (i < n - 1) {
      const double aii = a[i + i * lda];
      a[i + i * lda] = 1.0;
      dlarf_left(m - i, n - i - 1, a + i + i * lda, 1, tau[i], a + i + (i + 1) * lda, lda, work.data());
      a[i + i * lda] = aii;
    }
  }
}

void dorgqr(int m, int n, int k, double* a, int lda, const double* tau) {
  // DORG2R
  if (n <= 0) return;
  std::vector<double> work(alloc_count(std::max(n, 1), sizeof(double)));
  for (int j = k; j < n; ++j) {
    for (int l = 0; l < m; ++l) a[l + j * lda] = 0.0;
    a[j + j * lda] = 1.0;
  }
  for (int i = k - 1; i >= 0; --i) {
    check_interrupt();
    if (i < n - 1) {
      a[i + i * lda] = 1.0;
      dlarf_left(m - i, n - i - 1, a + i + i * lda, 1, tau[i], a + i + (i + 1) * lda, lda, work.data());
    }
    if (i < m - 1) dscal(m - i - 1, -tau[i], a + i + 1 + i * lda, 1);
    a[i + i * lda] = 1.0 - tau[i];
    for (int l = 0; l < i; ++l) a[l + i * lda] = 0.0;
  }
}

void dorm2r_left(bool trans, int m, int n, int k, double* a, int lda, const double* tau, double* c, int ldc) {
  std::vector<double> work(alloc_count(std::max(n, 1), sizeof(double)));
  // left & notrans: H(k)..H(1); left & trans: H(1)..H(k)
  const int i1 = trans ? 0 : k - 1, i2 = trans ? k : -1, i3 = trans ? 1 : -1;
  for (int i = i1; i != i2; i += i3) {
    const double aii = a[i + i * lda];
    a[i + i * lda] = 1.0;
    dlarf_left(m - i, n, a + i + i * lda, 1, tau[i], c + i, ldc, work.data());
    a[i + i * lda] = aii;
  }
}

namespace {

int dpotrf2(bool upper, int n, double* a, int lda) {
  if (n == 0) return 0;
  if (n == 1) {
    if (a[0] <= 0.0 || std::isnan(a[0])) return 1;
    a[0] = std::sqrt(a[0]);
    return 0;
  }
  const int n1 = n / 2, n2 = n - n1;
  int info = dpotrf2(upper, n1, a, lda);
  if (info) return info;
  double* a11 = a;
  double* a22 = a + n1 + n1 * lda;
  if (!upper) {
    double* a21 = a + n1;
    dtrsm_rltn(n2, n1, 1.0, a11, lda, a21, lda);
    dsyrk_ln(n2, n1, -1.0, a21, lda, 1.0, a22, lda);
  } else {
    double* a12 = a + n1 * lda;
    dtrsm_lutn(n1, n2, 1.0, a11, lda, a12, lda);
    dsyrk_ut(n2, n1, -1.0, a12, lda, 1.0, a22, lda);
  }
  info = dpotrf2(upper, n2, a22, lda);
  return info ? info + n1 : 0;
}

}  // namespace

int dpotrf(bool upper, int n, double* a, int lda) {
  constexpr int nb = 64;  // ILAENV(1, 'DPOTRF')
  if (n <= nb) return dpotrf2(upper, n, a, lda);
  for (int j = 0; j < n; j += nb) {
    check_interrupt();
    const int jb = std::min(nb, n - j);
    if (!upper) {
      dsyrk_ln(jb, j, -1.0, a + j, lda, 1.0, a + j + j * lda, lda);
      int info = dpotrf2(false, jb, a + j + j * lda, lda);
      if (info) return info + j;
      if (j + jb < n) {
        dgemm_nt(n - j - jb, jb, j, -1.0, a + j + jb, lda, a + j, lda, 1.0, a + j + jb + j * lda, lda);
        dtrsm_rltn(n - j - jb, jb, 1.0, a + j + j * lda, lda, a + j + jb + j * lda, lda);
      }
    } else {
      dsyrk_ut(jb, j, -1.0, a + j * lda, lda, 1.0, a + j + j * lda, lda);
      int info = dpotrf2(true, jb, a + j + j * lda, lda);
      if (info) return info + j;
      if (j + jb < n) {
        dgemm_tn(jb, n - j - jb, j, -1.0, a + j * lda, lda, a + (j + jb) * lda, lda, 1.0, a + j + (j + jb) * lda, lda);
        dtrsm_lutn(jb, n - j - jb, 1.0, a + j + j * lda, lda, a + j + (j + jb) * lda, lda);
      }
    }
  }
  return 0;
}

}  // namespace sl::lapack
