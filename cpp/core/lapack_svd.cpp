// lapack_svd.cpp — the SVD NumPy's svd calls (DGESDD, JOBZ 'A'/'S'/'N'): QR/LQ
// preprocessing for very tall/wide matrices, bidiagonal reduction (DGEBD2), the bidiagonal
// SVD (DBDSDC -> DLASDQ -> DBDSQR, with their three sorts of the singular values), and the
// back-transformations (DORMBR -> DORM2R / DORML2), in LAPACK 3.11's operation order.
//
// DBDSDC switches to divide and conquer above 25 columns (DLASD0); we keep the QR iteration
// there (same values and vectors up to the last bits).
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

}  // namespace

// DGEBD2: A (m x n) -> Q B P^T; upper bidiagonal when m >= n, lower otherwise.
void dgebd2(int m, int n, double* a, int lda, double* d, double* e, double* tauq, double* taup) {
  Vec work(static_cast<size_t>(std::max(m, n) + 1));
  auto A = [&](int i, int j) -> double& { return a[(i - 1) + (j - 1) * lda]; };
  if (m >= n) {
    for (int i = 1; i <= n; ++i) {
      check_interrupt();
      dlarfg(m - i + 1, A(i, i), &A(std::min(i + 1, m), i), 1, tauq[i - 1]);
      d[i - 1] = A(i, i);
      A(i, i) = 1.0;
      if (i < n) dlarf_left(m - i + 1, n - i, &A(i, i), 1, tauq[i - 1], &A(i, i + 1), lda, work.data());
      A(i, i) = d[i - 1];
      if (i < n) {
        dlarfg(n - i, A(i, i + 1), &A(i, std::min(i + 2, n)), lda, taup[i - 1]);
        e[i - 1] = A(i, i + 1);
        A(i, i + 1) = 1.0;
        dlarf_right(m - i, n - i, &A(i, i + 1), lda, taup[i - 1], &A(i + 1, i + 1), lda, work.data());
        A(i, i + 1) = e[i - 1];
      } else {
        taup[i - 1] = 0.0;
      }
    }
  } else {
    for (int i = 1; i <= m; ++i) {
      check_interrupt();
      dlarfg(n - i + 1, A(i, i), &A(i, std::min(i + 1, n)), lda, taup[i - 1]);
      d[i - 1] = A(i, i);
      if (i < m) {
        A(i, i) = 1.0;
        dlarf_right(m - i, n - i + 1, &A(i, i), lda, taup[i - 1], &A(i + 1, i), lda, work.data());
      }
      A(i, i) = d[i - 1];
      if (i < m) {
        dlarfg(m - i, A(i + 1, i), &A(std::min(i + 2, m), i), 1, tauq[i - 1]);
        e[i - 1] = A(i + 1, i);
        A(i + 1, i) = 1.0;
        dlarf_left(m - i, n - i, &A(i + 1, i), 1, tauq[i - 1], &A(i + 1, i + 1), lda, work.data());
        A(i + 1, i) = e[i - 1];
      } else {
        tauq[i - 1] = 0.0;
      }
    }
  }
}

// DGELQ2
void dgelq2(int m, int n, double* a, int lda, double* tau) {
  Vec work(static_cast<size_t>(m + 1));
  const int k = std::min(m, n);
  for (int i = 0; i < k; ++i) {
    dlarfg(n - i, a[i + i * lda], a + i + std::min(i + 1, n - 1) * lda, lda, tau[i]);
    if (i < m - 1) {
      const double aii = a[i + i * lda];
      a[i + i * lda] = 1.0;
      dlarf_right(m - i - 1, n - i, a + i + i * lda, lda, tau[i], a + i + 1 + i * lda, lda, work.data());
      a[i + i * lda] = aii;
    }
  }
}

// DORGL2(m, n, k)
void dorgl2(int m, int n, int k, double* a, int lda, const double* tau) {
  Vec work(static_cast<size_t>(m + 1));
  if (k < m)
    for (int j = 0; j < n; ++j) {
      for (int l = k; l < m; ++l) a[l + j * lda] = 0.0;
      if (j >= k && j < m) a[j + j * lda] = 1.0;
    }
  for (int i = k - 1; i >= 0; --i) {
    if (i < n - 1) {
      if (i < m - 1) {
        a[i + i * lda] = 1.0;
        dlarf_right(m - i - 1, n - i, a + i + i * lda, lda, tau[i], a + i + 1 + i * lda, lda, work.data());
      }
      dscal(n - i - 1, -tau[i], a + i + (i + 1) * lda, lda);
    }
    a[i + i * lda] = 1.0 - tau[i];
    for (int l = 0; l < i; ++l) a[i + l * lda] = 0.0;
  }
}

// DORML2('R', 'N', m, n, k): C = C * Q with Q = H(k)..H(1) stored in rows of A
void dorml2_rn(int m, int n, int k, double* a, int lda, const double* tau, double* c, int ldc) {
  Vec work(static_cast<size_t>(m + 1));
  for (int i = k - 1; i >= 0; --i) {
    const double aii = a[i + i * lda];
    a[i + i * lda] = 1.0;
    dlarf_right(m, n - i, a + i + i * lda, lda, tau[i], c + i * ldc, ldc, work.data());
    a[i + i * lda] = aii;
  }
}

// DORMBR('Q', 'L', 'N', m, n, k): C = Q C (Q from DGEBRD of an nq x k matrix, nq = m)
void dormbr_ql(int m, int n, int k, double* a, int lda, const double* tauq, double* c, int ldc) {
  const int nq = m;
  if (nq >= k) dorm2r_left(false, m, n, k, a, lda, tauq, c, ldc);
  else if (nq > 1) dorm2r_left(false, m - 1, n, nq - 1, a + 1, lda, tauq, c + 1, ldc);
}

// DORMBR('P', 'R', 'T', m, n, k): C = C P^T (P from DGEBRD, nq = n)
void dormbr_prt(int m, int n, int k, double* a, int lda, const double* taup, double* c, int ldc) {
  const int nq = n;
  if (nq > k) dorml2_rn(m, n, k, a, lda, taup, c, ldc);
  else if (nq > 1) dorml2_rn(m, n - 1, nq - 1, a + lda, lda, taup, c + ldc, ldc);
}

void dlas2_values(double f, double g, double h, double& ssmin, double& ssmax) {
  const double fa = std::fabs(f), ga = std::fabs(g), ha = std::fabs(h);
  const double fhmn = std::min(fa, ha), fhmx = std::max(fa, ha);
  if (fhmn == 0.0) {
    ssmin = 0.0;
    if (fhmx == 0.0) ssmax = ga;
    else {
      const double mx = std::max(fhmx, ga), mn = std::min(fhmx, ga);
      ssmax = mx * std::sqrt(1.0 + (mn / mx) * (mn / mx));
    }
  } else if (ga < fhmx) {
    const double as = 1.0 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx, au = (ga / fhmx) * (ga / fhmx);
    const double c = 2.0 / (std::sqrt(as * as + au) + std::sqrt(at * at + au));
    ssmin = fhmn * c;
    ssmax = fhmx / c;
  } else {
    const double au = fhmx / ga;
    if (au == 0.0) {
      ssmin = (fhmn * fhmx) / ga;
      ssmax = ga;
    } else {
      const double as = 1.0 + fhmn / fhmx, at = (fhmx - fhmn) / fhmx;
      const double c = 1.0 / (std::sqrt(1.0 + (as * au) * (as * au)) + std::sqrt(1.0 + (at * au) * (at * au)));
      ssmin = (fhmn * c) * au;
      ssmin = ssmin + ssmin;
      ssmax = ga / (c + c);
    }
  }
}

namespace {

void dlas2(double f, double g, double h, double& ssmin, double& ssmax) { dlas2_values(f, g, h, ssmin, ssmax); }

double fsign(double a, double b) { return std::copysign(std::fabs(a), b); }

void dlasv2(double f, double g, double h, double& ssmin, double& ssmax, double& snr, double& csr, double& snl,
            double& csl) {
  double ft = f, fa = std::fabs(ft), ht = h, ha = std::fabs(h);
  int pmax = 1;
  const bool swap = ha > fa;
  if (swap) {
    pmax = 3;
    std::swap(ft, ht);
    std::swap(fa, ha);
  }
  const double gt = g, ga = std::fabs(gt);
  double clt, crt, slt, srt;
  if (ga == 0.0) {
    ssmin = ha;
    ssmax = fa;
    clt = 1.0;
    crt = 1.0;
    slt = 0.0;
    srt = 0.0;
  } else {
    bool gasmal = true;
    if (ga > fa) {
      pmax = 2;
      if ((fa / ga) < kEps) {
        gasmal = false;
        ssmax = ga;
        ssmin = ha > 1.0 ? fa / (ga / ha) : (fa / ga) * ha;
        clt = 1.0;
        slt = ht / gt;
        srt = 1.0;
        crt = ft / gt;
      }
    }
    if (gasmal) {
      const double dd = fa - ha;
      double l = dd == fa ? 1.0 : dd / fa;
      const double m = gt / ft;
      double t = 2.0 - l;
      const double mm = m * m, tt = t * t;
      const double s = std::sqrt(tt + mm);
      const double r = l == 0.0 ? std::fabs(m) : std::sqrt(l * l + mm);
      const double a = 0.5 * (s + r);
      ssmin = ha / a;
      ssmax = fa * a;
      if (mm == 0.0) {
        if (l == 0.0) t = fsign(2.0, ft) * fsign(1.0, gt);
        else t = gt / fsign(dd, ft) + m / t;
      } else {
        t = (m / (s + t) + m / (r + l)) * (1.0 + a);
      }
      l = std::sqrt(t * t + 4.0);
      crt = 2.0 / l;
      srt = t / l;
      clt = (crt + srt * m) / a;
      slt = (ht / ft) * srt / a;
    }
  }
  if (swap) {
    csl = srt;
    snl = crt;
    csr = slt;
    snr = clt;
  } else {
    csl = clt;
    snl = slt;
    csr = crt;
    snr = srt;
  }
  double tsign = 1.0;
  if (pmax == 1) tsign = fsign(1.0, csr) * fsign(1.0, csl) * fsign(1.0, f);
  if (pmax == 2) tsign = fsign(1.0, snr) * fsign(1.0, csl) * fsign(1.0, g);
  if (pmax == 3) tsign = fsign(1.0, snr) * fsign(1.0, snl) * fsign(1.0, h);
  ssmax = fsign(ssmax, tsign);
  ssmin = fsign(ssmin, tsign * fsign(1.0, f) * fsign(1.0, h));
}

// DBDSQR('U', n, ncvt, nru, 0): vt (n x ncvt, ld ldvt), u (nru x n, ld ldu). Without vectors
// it runs DLASQ1 (dqds), as LAPACK does.
}  // namespace

int dbdsqr_u(int n, int ncvt, int nru, int ncc, double* d, double* e, double* vt, int ldvt, double* u, int ldu, double* c,
             int ldc) {
  if (n == 0) return 0;
  auto D = [&](int i) -> double& { return d[i - 1]; };
  auto E = [&](int i) -> double& { return e[i - 1]; };
  auto VT = [&](int i, int j) -> double& { return vt[(i - 1) + (j - 1) * ldvt]; };
  auto U = [&](int i, int j) -> double& { return u[(i - 1) + (j - 1) * ldu]; };
  auto C = [&](int i, int j) -> double& { return c[(i - 1) + (j - 1) * ldc]; };
  int info = 0;
  if (n > 1 && ncvt == 0 && nru == 0 && ncc == 0) {  // no vectors: LAPACK's dqds
    info = dlasq1(n, d, e);
    if (info != 2) return info;
    info = 0;
  }
  if (n > 1) {
    const int nm1 = n - 1, nm12 = nm1 + nm1, nm13 = nm12 + nm1;
    Vec work(static_cast<size_t>(4 * n));
    auto W = [&](int i) -> double& { return work[static_cast<size_t>(i - 1)]; };
    int idir = 0;
    const double eps = kEps, unfl = kSafmin;
    const double tolmul = std::max(10.0, std::min(100.0, std::pow(eps, -0.125)));
    const double tol = tolmul * eps;
    double smax = 0.0;
    for (int i = 1; i <= n; ++i) smax = std::max(smax, std::fabs(D(i)));
    for (int i = 1; i <= n - 1; ++i) smax = std::max(smax, std::fabs(E(i)));
    double sminl = 0.0, thresh;
    {
      double sminoa = std::fabs(D(1));
      if (sminoa != 0.0) {
        double mu = sminoa;
        for (int i = 2; i <= n; ++i) {
          mu = std::fabs(D(i)) * (mu / (mu + std::fabs(E(i - 1))));
          sminoa = std::min(sminoa, mu);
          if (sminoa == 0.0) break;
        }
      }
      sminoa = sminoa / std::sqrt(static_cast<double>(n));
      thresh = std::max(tol * sminoa, 6.0 * (n * (n * unfl)));
    }
    const int maxitdivn = 6 * n;
    int iterdivn = 0, iter = -1, oldll = -1, oldm = -1, m = n;
    for (;;) {
      check_interrupt();
      if (m <= 1) break;
      if (iter >= n) {
        iter -= n;
        ++iterdivn;
        if (iterdivn >= maxitdivn) {
          info = 0;
          for (int i = 1; i <= n - 1; ++i)
            if (E(i) != 0.0) ++info;
          return info;
        }
      }
      smax = std::fabs(D(m));
      double smin = smax;
      int ll = 0;
      bool split = false;
      for (int lll = 1; lll <= m - 1; ++lll) {
        ll = m - lll;
        const double abss = std::fabs(D(ll)), abse = std::fabs(E(ll));
        if (abse <= thresh) {
          split = true;
          break;
        }
        smin = std::min(smin, abss);
        smax = std::max({smax, abss, abse});
      }
      if (split) {
        E(ll) = 0.0;
        if (ll == m - 1) {
          --m;
          continue;
        }
      } else {
        ll = 0;
      }
      ++ll;
      if (ll == m - 1) {
        double sigmn, sigmx, sinr, cosr, sinl, cosl;
        dlasv2(D(m - 1), E(m - 1), D(m), sigmn, sigmx, sinr, cosr, sinl, cosl);
        D(m - 1) = sigmx;
        E(m - 1) = 0.0;
        D(m) = sigmn;
        if (ncvt > 0) drot(ncvt, &VT(m - 1, 1), ldvt, &VT(m, 1), ldvt, cosr, sinr);
        if (nru > 0) drot(nru, &U(1, m - 1), 1, &U(1, m), 1, cosl, sinl);
        if (ncc > 0) drot(ncc, &C(m - 1, 1), ldc, &C(m, 1), ldc, cosl, sinl);
        m -= 2;
        continue;
      }
      if (ll > oldm || m < oldll) idir = std::fabs(D(ll)) >= std::fabs(D(m)) ? 1 : 2;
      bool restart = false;
      if (idir == 1) {
        if (std::fabs(E(m - 1)) <= std::fabs(tol) * std::fabs(D(m))) {
          E(m - 1) = 0.0;
          continue;
        }
        double mu = std::fabs(D(ll));
        sminl = mu;
        for (int lll = ll; lll <= m - 1; ++lll) {
          if (std::fabs(E(lll)) <= tol * mu) {
            E(lll) = 0.0;
            restart = true;
            break;
          }
          mu = std::fabs(D(lll + 1)) * (mu / (mu + std::fabs(E(lll))));
          sminl = std::min(sminl, mu);
        }
      } else {
        if (std::fabs(E(ll)) <= std::fabs(tol) * std::fabs(D(ll))) {
          E(ll) = 0.0;
          continue;
        }
        double mu = std::fabs(D(m));
        sminl = mu;
        for (int lll = m - 1; lll >= ll; --lll) {
          if (std::fabs(E(lll)) <= tol * mu) {
            E(lll) = 0.0;
            restart = true;
            break;
          }
          mu = std::fabs(D(lll)) * (mu / (mu + std::fabs(E(lll))));
          sminl = std::min(sminl, mu);
        }
      }
      if (restart) continue;
      oldll = ll;
      oldm = m;
      double shift, r;
      if (n * tol * (sminl / smax) <= std::max(eps, 0.01 * tol)) {
        shift = 0.0;
      } else {
        double sll;
        if (idir == 1) {
          sll = std::fabs(D(ll));
          dlas2(D(m - 1), E(m - 1), D(m), shift, r);
        } else {
          sll = std::fabs(D(m));
          dlas2(D(ll), E(ll), D(ll + 1), shift, r);
        }
        if (sll > 0.0 && (shift / sll) * (shift / sll) < eps) shift = 0.0;
      }
      iter = iter + m - ll;
      if (shift == 0.0) {
        if (idir == 1) {
          double cs = 1.0, oldcs = 1.0, sn = 0.0, oldsn = 0.0;
          for (int i = ll; i <= m - 1; ++i) {
            dlartg(D(i) * cs, E(i), cs, sn, r);
            if (i > ll) E(i - 1) = oldsn * r;
            dlartg(oldcs * r, D(i + 1) * sn, oldcs, oldsn, D(i));
            W(i - ll + 1) = cs;
            W(i - ll + 1 + nm1) = sn;
            W(i - ll + 1 + nm12) = oldcs;
            W(i - ll + 1 + nm13) = oldsn;
          }
          const double h = D(m) * cs;
          D(m) = h * oldcs;
          E(m - 1) = h * oldsn;
          if (ncvt > 0) dlasr_lv(true, m - ll + 1, ncvt, &W(1), &W(n), &VT(ll, 1), ldvt);
          if (nru > 0) dlasr_rv(true, nru, m - ll + 1, &W(nm12 + 1), &W(nm13 + 1), &U(1, ll), ldu);
          if (ncc > 0) dlasr_lv(true, m - ll + 1, ncc, &W(nm12 + 1), &W(nm13 + 1), &C(ll, 1), ldc);
          if (std::fabs(E(m - 1)) <= thresh) E(m - 1) = 0.0;
        } else {
          double cs = 1.0, oldcs = 1.0, sn = 0.0, oldsn = 0.0;
          for (int i = m; i >= ll + 1; --i) {
            dlartg(D(i) * cs, E(i - 1), cs, sn, r);
            if (i < m) E(i) = oldsn * r;
            dlartg(oldcs * r, D(i - 1) * sn, oldcs, oldsn, D(i));
            W(i - ll) = cs;
            W(i - ll + nm1) = -sn;
            W(i - ll + nm12) = oldcs;
            W(i - ll + nm13) = -oldsn;
          }
          const double h = D(ll) * cs;
          D(ll) = h * oldcs;
          E(ll) = h * oldsn;
          if (ncvt > 0) dlasr_lv(false, m - ll + 1, ncvt, &W(nm12 + 1), &W(nm13 + 1), &VT(ll, 1), ldvt);
          if (nru > 0) dlasr_rv(false, nru, m - ll + 1, &W(1), &W(n), &U(1, ll), ldu);
          if (ncc > 0) dlasr_lv(false, m - ll + 1, ncc, &W(1), &W(n), &C(ll, 1), ldc);
          if (std::fabs(E(ll)) <= thresh) E(ll) = 0.0;
        }
      } else if (idir == 1) {
        double f = (std::fabs(D(ll)) - shift) * (fsign(1.0, D(ll)) + shift / D(ll));
        double g = E(ll), cosr, sinr, cosl, sinl;
        for (int i = ll; i <= m - 1; ++i) {
          dlartg(f, g, cosr, sinr, r);
          if (i > ll) E(i - 1) = r;
          f = cosr * D(i) + sinr * E(i);
          E(i) = cosr * E(i) - sinr * D(i);
          g = sinr * D(i + 1);
          D(i + 1) = cosr * D(i + 1);
          dlartg(f, g, cosl, sinl, r);
          D(i) = r;
          f = cosl * E(i) + sinl * D(i + 1);
          D(i + 1) = cosl * D(i + 1) - sinl * E(i);
          if (i < m - 1) {
            g = sinl * E(i + 1);
            E(i + 1) = cosl * E(i + 1);
          }
          W(i - ll + 1) = cosr;
          W(i - ll + 1 + nm1) = sinr;
          W(i - ll + 1 + nm12) = cosl;
          W(i - ll + 1 + nm13) = sinl;
        }
        E(m - 1) = f;
        if (ncvt > 0) dlasr_lv(true, m - ll + 1, ncvt, &W(1), &W(n), &VT(ll, 1), ldvt);
        if (nru > 0) dlasr_rv(true, nru, m - ll + 1, &W(nm12 + 1), &W(nm13 + 1), &U(1, ll), ldu);
        if (ncc > 0) dlasr_lv(true, m - ll + 1, ncc, &W(nm12 + 1), &W(nm13 + 1), &C(ll, 1), ldc);
        if (std::fabs(E(m - 1)) <= thresh) E(m - 1) = 0.0;
      } else {
        double f = (std::fabs(D(m)) - shift) * (fsign(1.0, D(m)) + shift / D(m));
        double g = E(m - 1), cosr, sinr, cosl, sinl;
        for (int i = m; i >= ll + 1; --i) {
          dlartg(f, g, cosr, sinr, r);
          if (i < m) E(i) = r;
          f = cosr * D(i) + sinr * E(i - 1);
          E(i - 1) = cosr * E(i - 1) - sinr * D(i);
          g = sinr * D(i - 1);
          D(i - 1) = cosr * D(i - 1);
          dlartg(f, g, cosl, sinl, r);
          D(i) = r;
          f = cosl * E(i - 1) + sinl * D(i - 1);
          D(i - 1) = cosl * D(i - 1) - sinl * E(i - 1);
          if (i > ll + 1) {
            g = sinl * E(i - 2);
            E(i - 2) = cosl * E(i - 2);
          }
          W(i - ll) = cosr;
          W(i - ll + nm1) = -sinr;
          W(i - ll + nm12) = cosl;
          W(i - ll + nm13) = -sinl;
        }
        E(ll) = f;
        if (std::fabs(E(ll)) <= thresh) E(ll) = 0.0;
        if (ncvt > 0) dlasr_lv(false, m - ll + 1, ncvt, &W(nm12 + 1), &W(nm13 + 1), &VT(ll, 1), ldvt);
        if (nru > 0) dlasr_rv(false, nru, m - ll + 1, &W(1), &W(n), &U(1, ll), ldu);
        if (ncc > 0) dlasr_lv(false, m - ll + 1, ncc, &W(1), &W(n), &C(ll, 1), ldc);
      }
    }
  }
  // make singular values positive, then sort into decreasing order
  for (int i = 1; i <= n; ++i)
    if (D(i) < 0.0) {
      D(i) = -D(i);
      if (ncvt > 0) dscal(ncvt, -1.0, &VT(i, 1), ldvt);
    }
  for (int i = 1; i <= n - 1; ++i) {
    int isub = 1;
    double smin = D(1);
    for (int j = 2; j <= n + 1 - i; ++j)
      if (D(j) <= smin) {
        isub = j;
        smin = D(j);
      }
    if (isub != n + 1 - i) {
      D(isub) = D(n + 1 - i);
      D(n + 1 - i) = smin;
      if (ncvt > 0) dswap(ncvt, &VT(isub, 1), ldvt, &VT(n + 1 - i, 1), ldvt);
      if (nru > 0) dswap(nru, &U(1, isub), 1, &U(1, n + 1 - i), 1);
      if (ncc > 0) dswap(ncc, &C(isub, 1), ldc, &C(n + 1 - i, 1), ldc);
    }
  }
  return info;
}

namespace {

// DBDSDC(uplo, 'I' or 'N', n): the n <= SMLSIZ branch (DLASDQ), for every n.
int dbdsdc(bool upper, bool vectors, int n, double* d, double* e, double* u, int ldu, double* vt, int ldvt) {
  if (n == 0) return 0;
  if (n == 1) {
    if (vectors) {
      u[0] = std::copysign(1.0, d[0]);
      vt[0] = 1.0;
    }
    d[0] = std::fabs(d[0]);
    return 0;
  }
  Vec rot(static_cast<size_t>(2 * n));
  if (!upper)
    for (int i = 0; i < n - 1; ++i) {
      double cs, sn, r;
      dlartg(d[i], e[i], cs, sn, r);
      d[i] = r;
      e[i] = sn * d[i + 1];
      d[i + 1] = cs * d[i + 1];
      rot[static_cast<size_t>(i)] = cs;
      rot[static_cast<size_t>(n - 1 + i)] = -sn;
    }
  if (vectors) {
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) {
        u[i + j * ldu] = i == j ? 1.0 : 0.0;
        vt[i + j * ldvt] = i == j ? 1.0 : 0.0;
      }
  }
  // DLASDQ('U', 0, n, ncvt, nru, 0): DBDSQR, then an ascending selection sort
  const int info = dbdsqr_u(n, vectors ? n : 0, vectors ? n : 0, 0, d, e, vt, ldvt, u, ldu, nullptr, 1);
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
      if (vectors) {
        dswap(n, vt + isub, ldvt, vt + i, ldvt);
        dswap(n, u + isub * ldu, 1, u + i * ldu, 1);
      }
    }
  }
  // DBDSDC's own descending selection sort
  for (int ii = 1; ii < n; ++ii) {
    const int i = ii - 1;
    int kk = i;
    double p = d[i];
    for (int j = ii; j < n; ++j)
      if (d[j] > p) {
        kk = j;
        p = d[j];
      }
    if (kk != i) {
      d[kk] = d[i];
      d[i] = p;
      if (vectors) {
        dswap(n, u + i * ldu, 1, u + kk * ldu, 1);
        dswap(n, vt + i, ldvt, vt + kk, ldvt);
      }
    }
  }
  if (!upper && vectors) dlasr_lv(false, n, n, rot.data(), rot.data() + (n - 1), u, ldu);
  return 0;
}

void dlacpy(char uplo, int m, int n, const double* a, int lda, double* b, int ldb) {
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      if (uplo == 'U' && i > j) break;
      if (uplo == 'L' && i < j) continue;
      b[i + j * ldb] = a[i + j * lda];
    }
}

void dlaset(char uplo, int m, int n, double alpha, double beta, double* a, int lda) {
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      if (uplo == 'U' && i >= j) continue;
      if (uplo == 'L' && i <= j) continue;
      a[i + j * lda] = alpha;
    }
  for (int i = 0; i < std::min(m, n); ++i) a[i + i * lda] = beta;
}

}  // namespace

int dgesdd(char jobz, int m, int n, double* a, int lda, double* s, double* u, int ldu, double* vt, int ldvt) {
  if (m == 0 || n == 0) return 0;
  const bool wntqn = jobz == 'N', wntqa = jobz == 'A';
  const int minmn = std::min(m, n);
  const int mnthr = static_cast<int>(minmn * 11.0 / 6.0);
  const double eps = kPrec, smlnum = std::sqrt(kSafmin) / eps, bignum = 1.0 / smlnum;
  double anrm = 0.0;  // DLANGE('M')
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      const double v = std::fabs(a[i + j * lda]);
      if (anrm < v || std::isnan(v)) anrm = v;
    }
  if (std::isnan(anrm)) return -4;
  bool iscl = false;
  if (anrm > 0.0 && anrm < smlnum) {
    iscl = true;
    dlascl_g(anrm, smlnum, m, n, a, lda);
  } else if (anrm > bignum) {
    iscl = true;
    dlascl_g(anrm, bignum, m, n, a, lda);
  }
  int info = 0;
  Vec e(static_cast<size_t>(minmn)), tauq(static_cast<size_t>(minmn)), taup(static_cast<size_t>(minmn)),
      tau(static_cast<size_t>(minmn));
  if (m >= n) {
    if (m >= mnthr) {
      if (wntqn) {
        dgeqrf(m, n, a, lda, tau.data());
        dlaset('L', n - 1, n - 1, 0.0, 0.0, a + 1, lda);
        dgebd2(n, n, a, lda, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, false, n, s, e.data(), nullptr, 1, nullptr, 1);
      } else if (!wntqa) {  // 'S'
        Vec r(static_cast<size_t>(n) * static_cast<size_t>(n));
        dgeqrf(m, n, a, lda, tau.data());
        dlacpy('U', n, n, a, lda, r.data(), n);
        dlaset('L', n - 1, n - 1, 0.0, 0.0, r.data() + 1, n);
        dorgqr(m, n, n, a, lda, tau.data());
        dgebd2(n, n, r.data(), n, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, true, n, s, e.data(), u, ldu, vt, ldvt);
        dormbr_ql(n, n, n, r.data(), n, tauq.data(), u, ldu);
        dormbr_prt(n, n, n, r.data(), n, taup.data(), vt, ldvt);
        dlacpy('F', n, n, u, ldu, r.data(), n);
        dgemm_nn(m, n, n, 1.0, a, lda, r.data(), n, 0.0, u, ldu);
      } else {  // 'A'
        Vec wu(static_cast<size_t>(n) * static_cast<size_t>(n));
        dgeqrf(m, n, a, lda, tau.data());
        dlacpy('L', m, n, a, lda, u, ldu);
        dorgqr(m, m, n, u, ldu, tau.data());
        dlaset('L', n - 1, n - 1, 0.0, 0.0, a + 1, lda);
        dgebd2(n, n, a, lda, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, true, n, s, e.data(), wu.data(), n, vt, ldvt);
        dormbr_ql(n, n, n, a, lda, tauq.data(), wu.data(), n);
        dormbr_prt(n, n, n, a, lda, taup.data(), vt, ldvt);
        dgemm_nn(m, n, n, 1.0, u, ldu, wu.data(), n, 0.0, a, lda);
        dlacpy('F', m, n, a, lda, u, ldu);
      }
    } else {
      dgebd2(m, n, a, lda, s, e.data(), tauq.data(), taup.data());
      if (wntqn) {
        info = dbdsdc(true, false, n, s, e.data(), nullptr, 1, nullptr, 1);
      } else if (!wntqa) {
        dlaset('F', m, n, 0.0, 0.0, u, ldu);
        info = dbdsdc(true, true, n, s, e.data(), u, ldu, vt, ldvt);
        dormbr_ql(m, n, n, a, lda, tauq.data(), u, ldu);
        dormbr_prt(n, n, n, a, lda, taup.data(), vt, ldvt);
      } else {
        dlaset('F', m, m, 0.0, 0.0, u, ldu);
        info = dbdsdc(true, true, n, s, e.data(), u, ldu, vt, ldvt);
        if (m > n) dlaset('F', m - n, m - n, 0.0, 1.0, u + n + n * ldu, ldu);
        dormbr_ql(m, m, n, a, lda, tauq.data(), u, ldu);
        dormbr_prt(n, n, m, a, lda, taup.data(), vt, ldvt);
      }
    }
  } else {
    if (n >= mnthr) {
      if (wntqn) {
        dgelq2(m, n, a, lda, tau.data());
        dlaset('U', m - 1, m - 1, 0.0, 0.0, a + lda, lda);
        dgebd2(m, m, a, lda, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, false, m, s, e.data(), nullptr, 1, nullptr, 1);
      } else if (!wntqa) {
        Vec l(static_cast<size_t>(m) * static_cast<size_t>(m));
        dgelq2(m, n, a, lda, tau.data());
        dlacpy('L', m, m, a, lda, l.data(), m);
        dlaset('U', m - 1, m - 1, 0.0, 0.0, l.data() + m, m);
        dorgl2(m, n, m, a, lda, tau.data());
        dgebd2(m, m, l.data(), m, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, true, m, s, e.data(), u, ldu, vt, ldvt);
        dormbr_ql(m, m, m, l.data(), m, tauq.data(), u, ldu);
        dormbr_prt(m, m, m, l.data(), m, taup.data(), vt, ldvt);
        dlacpy('F', m, m, vt, ldvt, l.data(), m);
        dgemm_nn(m, n, m, 1.0, l.data(), m, a, lda, 0.0, vt, ldvt);
      } else {
        Vec wvt(static_cast<size_t>(m) * static_cast<size_t>(m));
        dgelq2(m, n, a, lda, tau.data());
        dlacpy('U', m, n, a, lda, vt, ldvt);
        dorgl2(n, n, m, vt, ldvt, tau.data());
        dlaset('U', m - 1, m - 1, 0.0, 0.0, a + lda, lda);
        dgebd2(m, m, a, lda, s, e.data(), tauq.data(), taup.data());
        info = dbdsdc(true, true, m, s, e.data(), u, ldu, wvt.data(), m);
        dormbr_ql(m, m, m, a, lda, tauq.data(), u, ldu);
        dormbr_prt(m, m, m, a, lda, taup.data(), wvt.data(), m);
        dgemm_nn(m, n, m, 1.0, wvt.data(), m, vt, ldvt, 0.0, a, lda);
        dlacpy('F', m, n, a, lda, vt, ldvt);
      }
    } else {
      dgebd2(m, n, a, lda, s, e.data(), tauq.data(), taup.data());
      if (wntqn) {
        info = dbdsdc(false, false, m, s, e.data(), nullptr, 1, nullptr, 1);
      } else if (!wntqa) {
        dlaset('F', m, n, 0.0, 0.0, vt, ldvt);
        info = dbdsdc(false, true, m, s, e.data(), u, ldu, vt, ldvt);
        dormbr_ql(m, m, n, a, lda, tauq.data(), u, ldu);
        dormbr_prt(m, n, m, a, lda, taup.data(), vt, ldvt);
      } else {
        dlaset('F', n, n, 0.0, 0.0, vt, ldvt);
        info = dbdsdc(false, true, m, s, e.data(), u, ldu, vt, ldvt);
        if (n > m) dlaset('F', n - m, n - m, 0.0, 1.0, vt + m + m * ldvt, ldvt);
        dormbr_ql(m, m, n, a, lda, tauq.data(), u, ldu);
        dormbr_prt(n, n, m, a, lda, taup.data(), vt, ldvt);
      }
    }
  }
  if (iscl) {
    if (anrm > bignum) dlascl_g(bignum, anrm, minmn, 1, s, minmn);
    if (anrm < smlnum) dlascl_g(smlnum, anrm, minmn, 1, s, minmn);
  }
  return info;
}

}  // namespace sl::lapack
