// lapack_hessenberg.cpp — the first half of the nonsymmetric eigensolver NumPy's eig calls
// (DGEEV): balancing (DGEBAL, permutation + scaling, and DGEBAK undoing it on the vectors),
// the Hessenberg reduction (DGEHD2) with its orthogonal factor (DORGHR), and the double-shift
// QR algorithm on the Hessenberg matrix (DHSEQR -> DLAHQR, with DLANV2 for the 2x2 blocks),
// in LAPACK 3.11's operation order.
//
// DHSEQR hands matrices above 75 rows to the multishift DLAQR0 (aggressive early deflation);
// we keep DLAHQR there (the same Schur form up to the last bits; a close pair of eigenvalues
// may come out in the other order). DGEHRD's blocked code (above 128 rows) likewise.
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"
#include "core/lapack_internal.hpp"

namespace sl::lapack {

using namespace blas;

// DGEBAL('B'): permutes rows/columns to isolate eigenvalues (ilo/ihi, 1-based as LAPACK's),
// then scales rows and columns ilo..ihi by powers of 2 to even out their norms.
void dgebal(int n, double* a, int lda, int& ilo, int& ihi, double* scale) {
  auto A = [&](int i, int j) -> double& { return a[(i - 1) + (j - 1) * lda]; };
  auto S = [&](int i) -> double& { return scale[i - 1]; };
  constexpr double sclfac = 2.0, factor = 0.95;
  int k = 1, l = n;
  if (n == 0) {
    ilo = 1;
    ihi = 0;
    return;
  }
  // Row and column exchange (label 20), then continue the search that found it.
  auto exchange = [&](int j, int m) {
    S(m) = j;
    if (j == m) return;
    dswap(l, &A(1, j), 1, &A(1, m), 1);
    dswap(n - k + 1, &A(j, k), lda, &A(m, k), lda);
  };
  // Search for rows isolating an eigenvalue and push them down.
  bool rows_done = false;
  while (!rows_done) {
    bool found = false;
    for (int j = l; j >= 1 && !found; --j) {
      bool isolated = true;
      for (int i = 1; i <= l; ++i) {
        if (i == j) continue;
        if (A(j, i) != 0.0) {
          isolated = false;
          break;
        }
      }
      if (isolated) {
        exchange(j, l);
        found = true;
      }
    }
    if (!found) {
      rows_done = true;
    } else {
      if (l == 1) {
        ilo = k;
        ihi = l;
        return;
      }
      l = l - 1;
    }
  }
  // Search for columns isolating an eigenvalue and push them left.
  bool cols_done = false;
  while (!cols_done) {
    bool found = false;
    for (int j = k; j <= l && !found; ++j) {
      bool isolated = true;
      for (int i = k; i <= l; ++i) {
        if (i == j) continue;
        if (A(i, j) != 0.0) {
          isolated = false;
          break;
        }
      }
      if (isolated) {
        exchange(j, k);
        found = true;
      }
    }
    if (!found)
      cols_done = true;
    else
      k = k + 1;
  }
  for (int i = k; i <= l; ++i) S(i) = 1.0;
  // Balance the submatrix in rows k to l: iterate until no scaling improves the norms.
  const double sfmin1 = kSafmin / kPrec, sfmax1 = 1.0 / sfmin1;
  const double sfmin2 = sfmin1 * sclfac, sfmax2 = 1.0 / sfmin2;
  bool noconv = true;
  while (noconv) {
    check_interrupt();
    noconv = false;
    for (int i = k; i <= l; ++i) {
      double c = dnrm2(l - k + 1, &A(k, i), 1);
      double r = dnrm2(l - k + 1, &A(i, k), lda);
      const int ica = idamax(l, &A(1, i), 1) + 1;
      double ca = std::fabs(A(ica, i));
      const int ira = idamax(n - k + 1, &A(i, k), lda) + 1;
      double ra = std::fabs(A(i, ira + k - 1));
      if (c == 0.0 || r == 0.0) continue;
      double g = r / sclfac, f = 1.0;
      const double s = c + r;
      while (!(c >= g || std::max(std::max(f, c), ca) >= sfmax2 || std::min(std::min(r, g), ra) <= sfmin2)) {
        if (std::isnan(c + f + ca + r + g + ra)) return;  // LAPACK's INFO = -3 exit (never for finite input)
        f = f * sclfac;
        c = c * sclfac;
        ca = ca * sclfac;
        r = r / sclfac;
        g = g / sclfac;
        ra = ra / sclfac;
      }
      g = c / sclfac;
      while (!(g < r || std::max(r, ra) >= sfmax2 || std::min(std::min(f, c), std::min(g, ca)) <= sfmin2)) {
        f = f / sclfac;
        c = c / sclfac;
        g = g / sclfac;
        ca = ca / sclfac;
        r = r * sclfac;
        ra = ra * sclfac;
      }
      // Now balance.
      if ((c + r) >= factor * s) continue;
      if (f < 1.0 && S(i) < 1.0 && f * S(i) <= sfmin1) continue;
      if (f > 1.0 && S(i) > 1.0 && S(i) >= sfmax1 / f) continue;
      g = 1.0 / f;
      S(i) = S(i) * f;
      noconv = true;
      dscal(n - k + 1, g, &A(i, k), lda);
      dscal(l, f, &A(1, i), 1);
    }
  }
  ilo = k;
  ihi = l;
}

// DGEBAK('B', 'R'): undoes the balancing on the m right eigenvectors in v.
void dgebak_r(int n, int ilo, int ihi, const double* scale, int m, double* v, int ldv) {
  auto V = [&](int i, int j) -> double* { return &v[(i - 1) + (j - 1) * ldv]; };
  if (n == 0 || m == 0) return;
  if (ilo != ihi)
    for (int i = ilo; i <= ihi; ++i) dscal(m, scale[i - 1], V(i, 1), ldv);
  for (int ii = 1; ii <= n; ++ii) {
    int i = ii;
    if (i >= ilo && i <= ihi) continue;
    if (i < ilo) i = ilo - ii;
    const int k = static_cast<int>(scale[i - 1]);
    if (k == i) continue;
    dswap(m, V(i, 1), ldv, V(k, 1), ldv);
  }
}

// DGEHRD -> DGEHD2: Householder reduction of rows/columns ilo..ihi to upper Hessenberg form.
void dgehrd(int n, int ilo, int ihi, double* a, int lda, double* tau) {
  auto A = [&](int i, int j) -> double& { return a[(i - 1) + (j - 1) * lda]; };
  for (int i = 1; i <= ilo - 1; ++i) tau[i - 1] = 0.0;
  for (int i = std::max(1, ihi); i <= n - 1; ++i) tau[i - 1] = 0.0;
  if (ihi - ilo + 1 <= 1) return;
  std::vector<double> work(static_cast<size_t>(n));
  for (int i = ilo; i <= ihi - 1; ++i) {
    check_interrupt();
    dlarfg(ihi - i, A(i + 1, i), &A(std::min(i + 2, n), i), 1, tau[i - 1]);
    const double aii = A(i + 1, i);
    A(i + 1, i) = 1.0;
    dlarf_right(ihi, ihi - i, &A(i + 1, i), 1, tau[i - 1], &A(1, i + 1), lda, work.data());
    dlarf_left(ihi - i, n - i, &A(i + 1, i), 1, tau[i - 1], &A(i + 1, i + 1), lda, work.data());
    A(i + 1, i) = aii;
  }
}

// DORGHR: the orthogonal Q of DGEHRD, overwriting the reflectors in a.
void dorghr(int n, int ilo, int ihi, double* a, int lda, const double* tau) {
  auto A = [&](int i, int j) -> double& { return a[(i - 1) + (j - 1) * lda]; };
  const int nh = ihi - ilo;
  if (n == 0) return;
  for (int j = ihi; j >= ilo + 1; --j) {
    for (int i = 1; i <= j - 1; ++i) A(i, j) = 0.0;
    for (int i = j + 1; i <= ihi; ++i) A(i, j) = A(i, j - 1);
    for (int i = ihi + 1; i <= n; ++i) A(i, j) = 0.0;
  }
  for (int j = 1; j <= ilo; ++j) {
    for (int i = 1; i <= n; ++i) A(i, j) = 0.0;
    A(j, j) = 1.0;
  }
  for (int j = ihi + 1; j <= n; ++j) {
    for (int i = 1; i <= n; ++i) A(i, j) = 0.0;
    A(j, j) = 1.0;
  }
  if (nh > 0) dorgqr(nh, nh, nh, &A(ilo + 1, ilo + 1), lda, tau + (ilo - 1));
}

// DLANV2: the Schur factorization of a real 2x2 nonsymmetric matrix in standardized form.
void dlanv2(double& a, double& b, double& c, double& d, double& rt1r, double& rt1i, double& rt2r, double& rt2i,
            double& cs, double& sn) {
  constexpr double multpl = 4.0;
  const double eps = kPrec;
  const double safmn2 = std::pow(2.0, static_cast<int>(std::log(kSafmin / eps) / std::log(2.0) / 2.0));
  const double safmx2 = 1.0 / safmn2;
  auto sign1 = [](double x) { return std::copysign(1.0, x); };
  if (c == 0.0) {
    cs = 1.0;
    sn = 0.0;
  } else if (b == 0.0) {  // swap rows and columns
    cs = 0.0;
    sn = 1.0;
    const double temp = d;
    d = a;
    a = temp;
    b = -c;
    c = 0.0;
  } else if ((a - d) == 0.0 && sign1(b) != sign1(c)) {
    cs = 1.0;
    sn = 0.0;
  } else {
    double temp = a - d;
    double p = 0.5 * temp;
    const double bcmax = std::max(std::fabs(b), std::fabs(c));
    const double bcmis = std::min(std::fabs(b), std::fabs(c)) * sign1(b) * sign1(c);
    double scale = std::max(std::fabs(p), bcmax);
    double z = (p / scale) * p + (bcmax / scale) * bcmis;
    if (z >= multpl * eps) {  // real eigenvalues
      z = p + std::copysign(std::sqrt(scale) * std::sqrt(z), p);
      a = d + z;
      d = d - (bcmax / z) * bcmis;
      const double tau = dlapy2(c, z);
      cs = z / tau;
      sn = c / tau;
      b = b - c;
      c = 0.0;
    } else {  // complex or (almost) equal real eigenvalues: make the diagonal equal
      int count = 0;
      double sigma = b + c;
      for (;;) {
        count = count + 1;
        scale = std::max(std::fabs(temp), std::fabs(sigma));
        if (scale >= safmx2) {
          sigma = sigma * safmn2;
          temp = temp * safmn2;
          if (count <= 20) continue;
        }
        if (scale <= safmn2) {
          sigma = sigma * safmx2;
          temp = temp * safmx2;
          if (count <= 20) continue;
        }
        break;
      }
      p = 0.5 * temp;
      double tau = dlapy2(sigma, temp);
      cs = std::sqrt(0.5 * (1.0 + std::fabs(sigma) / tau));
      sn = -(p / (tau * cs)) * sign1(sigma);
      const double aa = a * cs + b * sn, bb = -a * sn + b * cs;
      const double cc = c * cs + d * sn, dd = -c * sn + d * cs;
      a = aa * cs + cc * sn;
      b = bb * cs + dd * sn;
      c = -aa * sn + cc * cs;
      d = -bb * sn + dd * cs;
      temp = 0.5 * (a + d);
      a = temp;
      d = temp;
      if (c != 0.0) {
        if (b != 0.0) {
          if (sign1(b) == sign1(c)) {  // real eigenvalues: reduce to upper triangular form
            const double sab = std::sqrt(std::fabs(b)), sac = std::sqrt(std::fabs(c));
            p = std::copysign(sab * sac, c);
            tau = 1.0 / std::sqrt(std::fabs(b + c));
            a = temp + p;
            d = temp - p;
            b = b - c;
            c = 0.0;
            const double cs1 = sab * tau, sn1 = sac * tau;
            temp = cs * cs1 - sn * sn1;
            sn = cs * sn1 + sn * cs1;
            cs = temp;
          }
        } else {
          b = -c;
          c = 0.0;
          temp = cs;
          cs = -sn;
          sn = temp;
        }
      }
    }
  }
  rt1r = a;
  rt2r = d;
  if (c == 0.0) {
    rt1i = 0.0;
    rt2i = 0.0;
  } else {
    rt1i = std::sqrt(std::fabs(b)) * std::sqrt(std::fabs(c));
    rt2i = -rt1i;
  }
}

// DLAHQR on rows/columns ilo..ihi (1-based) of the Hessenberg h; wantt: compute the full
// Schur form T, wantz: accumulate the transformations into rows iloz..ihiz of z. Returns 0 or
// the index of the eigenvalue that failed to converge.
int dlahqr(bool wantt, bool wantz, int n, int ilo, int ihi, double* h, int ldh, double* wr, double* wi, int iloz,
           int ihiz, double* z, int ldz) {
  auto H = [&](int i, int j) -> double& { return h[(i - 1) + (j - 1) * ldh]; };
  auto Z = [&](int i, int j) -> double& { return z[(i - 1) + (j - 1) * ldz]; };
  constexpr double dat1 = 3.0 / 4.0, dat2 = -0.4375;
  constexpr int kexsh = 10;
  if (n == 0) return 0;
  if (ilo == ihi) {
    wr[ilo - 1] = H(ilo, ilo);
    wi[ilo - 1] = 0.0;
    return 0;
  }
  for (int j = ilo; j <= ihi - 3; ++j) {  // clear out the trash
    H(j + 2, j) = 0.0;
    H(j + 3, j) = 0.0;
  }
  if (ilo <= ihi - 2) H(ihi, ihi - 2) = 0.0;
  const int nh = ihi - ilo + 1, nz = ihiz - iloz + 1;
  const double safmin = kSafmin, ulp = kPrec;
  const double smlnum = safmin * (static_cast<double>(nh) / ulp);
  int i1 = 1, i2 = n;
  const int itmax = 30 * std::max(10, nh);
  int kdefl = 0;
  double v[3];
  int i = ihi;
  while (i >= ilo) {
    int l = ilo;
    bool converged = false;
    for (int its = 0; its <= itmax; ++its) {
      check_interrupt();
      // Look for a single small subdiagonal element.
      int k;
      for (k = i; k >= l + 1; --k) {
        if (std::fabs(H(k, k - 1)) <= smlnum) break;
        double tst = std::fabs(H(k - 1, k - 1)) + std::fabs(H(k, k));
        if (tst == 0.0) {
          if (k - 2 >= ilo) tst = tst + std::fabs(H(k - 1, k - 2));
          if (k + 1 <= ihi) tst = tst + std::fabs(H(k + 1, k));
        }
        // Ahues & Tisseur's conservative small subdiagonal deflation criterion
        if (std::fabs(H(k, k - 1)) <= ulp * tst) {
          const double ab = std::max(std::fabs(H(k, k - 1)), std::fabs(H(k - 1, k)));
          const double ba = std::min(std::fabs(H(k, k - 1)), std::fabs(H(k - 1, k)));
          const double aa = std::max(std::fabs(H(k, k)), std::fabs(H(k - 1, k - 1) - H(k, k)));
          const double bb = std::min(std::fabs(H(k, k)), std::fabs(H(k - 1, k - 1) - H(k, k)));
          const double s = aa + ab;
          if (ba * (ab / s) <= std::max(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) H(l, l - 1) = 0.0;  // H(L,L-1) is negligible
      if (l >= i - 1) {
        converged = true;
        break;
      }
      kdefl = kdefl + 1;
      if (!wantt) {
        i1 = l;
        i2 = i;
      }
      double h11, h12, h21, h22, s;
      if (kdefl % (2 * kexsh) == 0) {  // exceptional shift
        s = std::fabs(H(i, i - 1)) + std::fabs(H(i - 1, i - 2));
        h11 = dat1 * s + H(i, i);
        h12 = dat2 * s;
        h21 = s;
        h22 = h11;
      } else if (kdefl % kexsh == 0) {  // exceptional shift
        s = std::fabs(H(l + 1, l)) + std::fabs(H(l + 2, l + 1));
        h11 = dat1 * s + H(l, l);
        h12 = dat2 * s;
        h21 = s;
        h22 = h11;
      } else {  // Francis' double shift
        h11 = H(i - 1, i - 1);
        h21 = H(i, i - 1);
        h12 = H(i - 1, i);
        h22 = H(i, i);
      }
      s = std::fabs(h11) + std::fabs(h12) + std::fabs(h21) + std::fabs(h22);
      double rt1r, rt1i, rt2r, rt2i;
      if (s == 0.0) {
        rt1r = rt1i = rt2r = rt2i = 0.0;
      } else {
        h11 = h11 / s;
        h21 = h21 / s;
        h12 = h12 / s;
        h22 = h22 / s;
        const double tr = (h11 + h22) / 2.0;
        const double det = (h11 - tr) * (h22 - tr) - h12 * h21;
        const double rtdisc = std::sqrt(std::fabs(det));
        if (det >= 0.0) {  // complex conjugate shifts
          rt1r = tr * s;
          rt2r = rt1r;
          rt1i = rtdisc * s;
          rt2i = -rt1i;
        } else {  // real shifts (use only one of them)
          rt1r = tr + rtdisc;
          rt2r = tr - rtdisc;
          if (std::fabs(rt1r - h22) <= std::fabs(rt2r - h22)) {
            rt1r = rt1r * s;
            rt2r = rt1r;
          } else {
            rt2r = rt2r * s;
            rt1r = rt2r;
          }
          rt1i = rt2i = 0.0;
        }
      }
      // Look for two consecutive small subdiagonal elements.
      int m;
      for (m = i - 2; m >= l; --m) {
        double h21s = H(m + 1, m);
        s = std::fabs(H(m, m) - rt2r) + std::fabs(rt2i) + std::fabs(h21s);
        h21s = H(m + 1, m) / s;
        v[0] = h21s * H(m, m + 1) + (H(m, m) - rt1r) * ((H(m, m) - rt2r) / s) - rt1i * (rt2i / s);
        v[1] = h21s * (H(m, m) + H(m + 1, m + 1) - rt1r - rt2r);
        v[2] = h21s * H(m + 2, m + 1);
        s = std::fabs(v[0]) + std::fabs(v[1]) + std::fabs(v[2]);
        v[0] = v[0] / s;
        v[1] = v[1] / s;
        v[2] = v[2] / s;
        if (m == l) break;
        const double h00 = std::fabs(H(m, m - 1)) * (std::fabs(v[1]) + std::fabs(v[2]));
        const double h01 =
            ulp * std::fabs(v[0]) * (std::fabs(H(m - 1, m - 1)) + std::fabs(H(m, m)) + std::fabs(H(m + 1, m + 1)));
        if (h00 <= h01) break;
      }
      // Double-shift QR step
      for (int kk = m; kk <= i - 1; ++kk) {
        const int nr = std::min(3, i - kk + 1);
        if (kk > m) dcopy(nr, &H(kk, kk - 1), 1, v, 1);
        double t1;
        dlarfg(nr, v[0], v + 1, 1, t1);
        if (kk > m) {
          H(kk, kk - 1) = v[0];
          H(kk + 1, kk - 1) = 0.0;
          if (kk < i - 1) H(kk + 2, kk - 1) = 0.0;
        } else if (m > l) {
          H(kk, kk - 1) = H(kk, kk - 1) * (1.0 - t1);
        }
        const double v2 = v[1], t2 = t1 * v2;
        if (nr == 3) {
          const double v3 = v[2], t3 = t1 * v3;
          for (int j = kk; j <= i2; ++j) {
            const double sum = H(kk, j) + v2 * H(kk + 1, j) + v3 * H(kk + 2, j);
            H(kk, j) = H(kk, j) - sum * t1;
            H(kk + 1, j) = H(kk + 1, j) - sum * t2;
            H(kk + 2, j) = H(kk + 2, j) - sum * t3;
          }
          for (int j = i1; j <= std::min(kk + 3, i); ++j) {
            const double sum = H(j, kk) + v2 * H(j, kk + 1) + v3 * H(j, kk + 2);
            H(j, kk) = H(j, kk) - sum * t1;
            H(j, kk + 1) = H(j, kk + 1) - sum * t2;
            H(j, kk + 2) = H(j, kk + 2) - sum * t3;
          }
          if (wantz)
            for (int j = iloz; j <= ihiz; ++j) {
              const double sum = Z(j, kk) + v2 * Z(j, kk + 1) + v3 * Z(j, kk + 2);
              Z(j, kk) = Z(j, kk) - sum * t1;
              Z(j, kk + 1) = Z(j, kk + 1) - sum * t2;
              Z(j, kk + 2) = Z(j, kk + 2) - sum * t3;
            }
        } else if (nr == 2) {
          for (int j = kk; j <= i2; ++j) {
            const double sum = H(kk, j) + v2 * H(kk + 1, j);
            H(kk, j) = H(kk, j) - sum * t1;
            H(kk + 1, j) = H(kk + 1, j) - sum * t2;
          }
          for (int j = i1; j <= i; ++j) {
            const double sum = H(j, kk) + v2 * H(j, kk + 1);
            H(j, kk) = H(j, kk) - sum * t1;
            H(j, kk + 1) = H(j, kk + 1) - sum * t2;
          }
          if (wantz)
            for (int j = iloz; j <= ihiz; ++j) {
              const double sum = Z(j, kk) + v2 * Z(j, kk + 1);
              Z(j, kk) = Z(j, kk) - sum * t1;
              Z(j, kk + 1) = Z(j, kk + 1) - sum * t2;
            }
        }
      }
    }
    if (!converged) return i;  // failure to converge in the remaining iterations
    if (l == i) {  // one eigenvalue has converged
      wr[i - 1] = H(i, i);
      wi[i - 1] = 0.0;
    } else if (l == i - 1) {  // a pair: standardize the 2x2 block
      double cs, sn;
      dlanv2(H(i - 1, i - 1), H(i - 1, i), H(i, i - 1), H(i, i), wr[i - 2], wi[i - 2], wr[i - 1], wi[i - 1], cs, sn);
      if (wantt) {
        if (i2 > i) drot(i2 - i, &H(i - 1, i + 1), ldh, &H(i, i + 1), ldh, cs, sn);
        drot(i - i1 - 1, &H(i1, i - 1), 1, &H(i1, i), 1, cs, sn);
      }
      if (wantz) drot(nz, &Z(iloz, i - 1), 1, &Z(iloz, i), 1, cs, sn);
    }
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}

// DHSEQR('S' or 'E', 'V' or 'N') for n <= 75 (DLAHQR); see the header note above.
int dhseqr(bool wantt, bool wantz, int n, int ilo, int ihi, double* h, int ldh, double* wr, double* wi, double* z,
           int ldz) {
  auto H = [&](int i, int j) -> double& { return h[(i - 1) + (j - 1) * ldh]; };
  if (n == 0) return 0;
  for (int i = 1; i <= ilo - 1; ++i) {  // eigenvalues isolated by DGEBAL
    wr[i - 1] = H(i, i);
    wi[i - 1] = 0.0;
  }
  for (int i = ihi + 1; i <= n; ++i) {
    wr[i - 1] = H(i, i);
    wi[i - 1] = 0.0;
  }
  if (ilo == ihi) {
    wr[ilo - 1] = H(ilo, ilo);
    wi[ilo - 1] = 0.0;
    return 0;
  }
  const int info = dlahqr(wantt, wantz, n, ilo, ihi, h, ldh, wr, wi, ilo, ihi, z, ldz);
  if ((wantt || info != 0) && n > 2)  // clear out the trash below the subdiagonal
    for (int j = 1; j <= n - 2; ++j)
      for (int i = j + 2; i <= n; ++i) H(i, j) = 0.0;
  return info;
}

}  // namespace sl::lapack
