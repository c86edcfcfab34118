// lapack_lstsq.cpp — least squares by the SVD (DGELSD, what np.linalg.lstsq calls): QR or LQ
// preprocessing of very tall/wide problems, bidiagonal reduction, DLALSD's small-problem branch
// (DLASDQ on the bidiagonal with the right-hand sides, singular values below rcond * max
// dropped), and the back-transformations, in LAPACK 3.11's operation order.
//
// DLALSD uses divide and conquer above 25 columns; we keep its small-problem algorithm there
// (same solution up to the last bits).
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"
#include "core/lapack_internal.hpp"

namespace sl::lapack {

using namespace blas;

namespace {

using Vec = std::vector<double>;

// DORML2(side, trans): C = Q C, Q^T C, C Q or C Q^T with Q = H(k)..H(1) in rows of A.
void dorml2(bool left, bool trans, int m, int n, int k, double* a, int lda, const double* tau, double* c, int ldc) {
  Vec work(static_cast<size_t>(std::max(m, n) + 1));
  const bool forward = (left && !trans) || (!left && trans);
  for (int step = 0; step < k; ++step) {
    const int i = forward ? step : k - 1 - step;
    const double aii = a[i + i * lda];
    a[i + i * lda] = 1.0;
    if (left) dlarf_left(m - i, n, a + i + i * lda, lda, tau[i], c + i, ldc, work.data());
    else dlarf_right(m, n - i, a + i + i * lda, lda, tau[i], c + i * ldc, ldc, work.data());
    a[i + i * lda] = aii;
  }
}

// DORMBR('Q', 'L', 'T', m, n, k): C = Q^T C
void dormbr_qlt(int m, int n, int k, double* a, int lda, const double* tauq, double* c, int ldc) {
  if (m >= k) dorm2r_left(true, m, n, k, a, lda, tauq, c, ldc);
  else if (m > 1) dorm2r_left(true, m - 1, n, m - 1, a + 1, lda, tauq, c + 1, ldc);
}

// DORMBR('P', 'L', 'N', m, n, k): C = P C  (DORMLQ('L', 'T'))
void dormbr_pln(int m, int n, int k, double* a, int lda, const double* taup, double* c, int ldc) {
  if (m > k) dorml2(true, true, m, n, k, a, lda, taup, c, ldc);
  else if (m > 1) dorml2(true, true, m - 1, n, m - 1, a + lda, lda, taup, c + 1, ldc);
}

// DLALSD(uplo, n <= SMLSIZ branch): solves the bidiagonal least squares problem in place.
int dlalsd(bool upper, int n, int nrhs, double* d, double* e, double* b, int ldb, double rcond, int& rank) {
  const double eps = kEps;
  const double rcnd = (rcond <= 0.0 || rcond >= 1.0) ? eps : rcond;
  rank = 0;
  if (n == 0) return 0;
  if (n == 1) {
    if (d[0] == 0.0) {
      for (int j = 0; j < nrhs; ++j) b[j * ldb] = 0.0;
    } else {
      rank = 1;
      dlascl_g(d[0], 1.0, 1, nrhs, b, ldb);
      d[0] = std::fabs(d[0]);
    }
    return 0;
  }
  if (!upper) {
    Vec rot(static_cast<size_t>(2 * n));
    for (int i = 0; i < n - 1; ++i) {
      double cs, sn, r;
      dlartg(d[i], e[i], cs, sn, r);
      d[i] = r;
      e[i] = sn * d[i + 1];
      d[i + 1] = cs * d[i + 1];
      if (nrhs == 1) drot(1, b + i, 1, b + i + 1, 1, cs, sn);
      else {
        rot[static_cast<size_t>(2 * i)] = cs;
        rot[static_cast<size_t>(2 * i + 1)] = sn;
      }
    }
    if (nrhs > 1)
      for (int j = 0; j < nrhs; ++j)
        for (int i = 0; i < n - 1; ++i)
          drot(1, b + i + j * ldb, 1, b + i + 1 + j * ldb, 1, rot[static_cast<size_t>(2 * i)], rot[static_cast<size_t>(2 * i + 1)]);
  }
  const double orgnrm = dlanst_m(n, d, e);
  if (orgnrm == 0.0) {
    for (int j = 0; j < nrhs; ++j)
      for (int i = 0; i < n; ++i) b[i + j * ldb] = 0.0;
    return 0;
  }
  dlascl_g(orgnrm, 1.0, n, 1, d, n);
  dlascl_g(orgnrm, 1.0, n - 1, 1, e, n - 1);
  Vec vt(static_cast<size_t>(n) * static_cast<size_t>(n), 0.0);
  for (int i = 0; i < n; ++i) vt[static_cast<size_t>(i + i * n)] = 1.0;
  // DLASDQ('U', 0, n, ncvt=n, nru=0, ncc=nrhs): DBDSQR, then the ascending sort
  int info = dbdsqr_u(n, n, 0, nrhs, d, e, vt.data(), n, nullptr, 1, b, ldb);
  if (info) return info;
  for (int i = 0; i < n; ++i) {
    int isub = i;
    double smin = d[i];
    for (int j = i + 1; j < n; ++j)
      if (d[j] < smin) {
        isub = j;
        smin = d[j];
      }
    if (isub != i) {
      d[isub] = d[i];
      d[i] = smin;
      dswap(n, vt.data() + isub, n, vt.data() + i, n);
      dswap(nrhs, b + isub, ldb, b + i, ldb);
    }
  }
  const double tol = rcnd * std::fabs(d[idamax(n, d, 1)]);
  for (int i = 0; i < n; ++i) {
    if (d[i] <= tol) {
      for (int j = 0; j < nrhs; ++j) b[i + j * ldb] = 0.0;
    } else {
      dlascl_g(d[i], 1.0, 1, nrhs, b + i, ldb);
      ++rank;
    }
  }
  Vec w(static_cast<size_t>(n) * static_cast<size_t>(nrhs));
  dgemm_tn(n, nrhs, n, 1.0, vt.data(), n, b, ldb, 0.0, w.data(), n);
  for (int j = 0; j < nrhs; ++j)
    for (int i = 0; i < n; ++i) b[i + j * ldb] = w[static_cast<size_t>(i + j * n)];
  dlascl_g(1.0, orgnrm, n, 1, d, n);
  std::sort(d, d + n, [](double x, double y) { return x > y; });
  dlascl_g(orgnrm, 1.0, n, nrhs, b, ldb);
  return 0;
}

}  // namespace

int dgelsd(int m, int n, int nrhs, double* a, int lda, double* b, int ldb, double* s, double rcond, int& rank) {
  const int minmn = std::min(m, n);
  rank = 0;
  if (m == 0 || n == 0) return 0;
  const int mnthr = static_cast<int>(minmn * 1.6f);  // ILAENV(6, 'DGELSD'): INT(MIN(M,N)*1.6E0)
  const double eps = kPrec, sfmin = kSafmin, smlnum = sfmin / eps, bignum = 1.0 / smlnum;
  auto lange = [](int rows, int cols, const double* x, int ld) {
    double v = 0.0;
    for (int j = 0; j < cols; ++j)
      for (int i = 0; i < rows; ++i) {
        const double t = std::fabs(x[i + j * ld]);
        if (v < t || std::isnan(t)) v = t;
      }
    return v;
  };
  const double anrm = lange(m, n, a, lda);
  int iascl = 0;
  if (anrm > 0.0 && anrm < smlnum) {
    dlascl_g(anrm, smlnum, m, n, a, lda);
    iascl = 1;
  } else if (anrm > bignum) {
    dlascl_g(anrm, bignum, m, n, a, lda);
    iascl = 2;
  } else if (anrm == 0.0) {
    for (int j = 0; j < nrhs; ++j)
      for (int i = 0; i < std::max(m, n); ++i) b[i + j * ldb] = 0.0;
    for (int i = 0; i < minmn; ++i) s[i] = 0.0;
    return 0;
  }
  const double bnrm = lange(m, nrhs, b, ldb);
  int ibscl = 0;
  if (bnrm > 0.0 && bnrm < smlnum) {
    dlascl_g(bnrm, smlnum, m, nrhs, b, ldb);
    ibscl = 1;
  } else if (bnrm > bignum) {
    dlascl_g(bnrm, bignum, m, nrhs, b, ldb);
    ibscl = 2;
  }
  if (m < n)
    for (int j = 0; j < nrhs; ++j)
      for (int i = m; i < n; ++i) b[i + j * ldb] = 0.0;
  Vec e(static_cast<size_t>(minmn)), tauq(static_cast<size_t>(minmn)), taup(static_cast<size_t>(minmn)), tau(static_cast<size_t>(minmn));
  int info = 0;
  if (m >= n) {
    int mm = m;
    if (m >= mnthr) {
      mm = n;
      dgeqrf(m, n, a, lda, tau.data());
      dorm2r_left(true, m, nrhs, n, a, lda, tau.data(), b, ldb);
      for (int j = 0; j < n - 1; ++j)
        for (int i = j + 1; i < n; ++i) a[i + j * lda] = 0.0;
    }
    dgebd2(mm, n, a, lda, s, e.data(), tauq.data(), taup.data());
    dormbr_qlt(mm, nrhs, n, a, lda, tauq.data(), b, ldb);
    info = dlalsd(true, n, nrhs, s, e.data(), b, ldb, rcond, rank);
    if (info) return info;
    dormbr_pln(n, nrhs, n, a, lda, taup.data(), b, ldb);
  } else if (n >= mnthr) {
    Vec l(static_cast<size_t>(m) * static_cast<size_t>(m), 0.0);
    dgelq2(m, n, a, lda, tau.data());
    for (int j = 0; j < m; ++j)
      for (int i = j; i < m; ++i) l[static_cast<size_t>(i + j * m)] = a[i + j * lda];
    dgebd2(m, m, l.data(), m, s, e.data(), tauq.data(), taup.data());
    dormbr_qlt(m, nrhs, m, l.data(), m, tauq.data(), b, ldb);
    info = dlalsd(true, m, nrhs, s, e.data(), b, ldb, rcond, rank);
    if (info) return info;
    dormbr_pln(m, nrhs, m, l.data(), m, taup.data(), b, ldb);
    for (int j = 0; j < nrhs; ++j)
      for (int i = m; i < n; ++i) b[i + j * ldb] = 0.0;
    dorml2(true, true, n, nrhs, m, a, lda, tau.data(), b, ldb);
  } else {
    dgebd2(m, n, a, lda, s, e.data(), tauq.data(), taup.data());
    dormbr_qlt(m, nrhs, n, a, lda, tauq.data(), b, ldb);
    info = dlalsd(false, m, nrhs, s, e.data(), b, ldb, rcond, rank);
    if (info) return info;
    dormbr_pln(n, nrhs, m, a, lda, taup.data(), b, ldb);
  }
  if (iascl == 1) {
    dlascl_g(anrm, smlnum, n, nrhs, b, ldb);
    dlascl_g(smlnum, anrm, minmn, 1, s, minmn);
  } else if (iascl == 2) {
    dlascl_g(anrm, bignum, n, nrhs, b, ldb);
    dlascl_g(bignum, anrm, minmn, 1, s, minmn);
  }
  if (ibscl == 1) dlascl_g(smlnum, bnrm, n, nrhs, b, ldb);
  else if (ibscl == 2) dlascl_g(bignum, bnrm, n, nrhs, b, ldb);
  return 0;
}

}  // namespace sl::lapack
