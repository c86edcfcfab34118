// lapack_zgeev.cpp — eigenvalues of a general complex matrix as NumPy's eigvals gets them
// from ZGEEV (JOBVL = JOBVR = 'N'): balancing (ZGEBAL 'B'), the Hessenberg reduction
// (ZGEHD2 with ZLARFG/ZLARF: ZGEHRD's unblocked path, below 128 rows), and the complex
// single-shift QR algorithm (ZHSEQR -> ZLAHQR, eigenvalues only), in LAPACK 3.11's operation
// order, so that the eigenvalues come out in LAPACK's order and agree with it to the last
// bits that printing shows. Used by np.roots / poly1d.roots / polyroots with complex
// coefficients and np.linalg.eigvals of complex matrices.
//
// Not here: eigenvectors (ZTREVC), ZHSEQR's multishift ZLAQR0 above 75 rows (ZLAHQR serves
// there too, as in lapack_hessenberg.cpp).
#include <algorithm>
#include <cmath>
#include <complex>
#include <limits>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"

namespace sl::lapack {

using namespace blas;
using cd = std::complex<double>;

namespace {

double cabs1(cd z) { return std::fabs(z.real()) + std::fabs(z.imag()); }

// ZLADIV -> DLADIV (Baudin & Smith's robust complex division, LAPACK 3.7+)
double dladiv2(double a, double b, double c, double d, double r, double t) {
  if (r != 0.0) {
    const double br = b * r;
    if (br != 0.0) return (a + br) * t;
    return a * t + (b * t) * r;
  }
  return (a + d * (b / c)) * t;
}
void dladiv1(double a, double b, double c, double d, double& p, double& q) {
  const double r = d / c, t = 1.0 / (c + d * r);
  p = dladiv2(a, b, c, d, r, t);
  q = dladiv2(b, -a, c, d, r, t);
}
cd cdiv(cd x, cd y) {
  double aa = x.real(), bb = x.imag(), cc = y.real(), dd = y.imag();
  const double ab = std::max(std::fabs(aa), std::fabs(bb)), cdm = std::max(std::fabs(cc), std::fabs(dd));
  const double ov = std::numeric_limits<double>::max(), un = kSafmin, eps = kEps, bs = 2.0;
  const double be = bs / (eps * eps);
  double s = 1.0;
  if (ab >= 0.5 * ov) {
    aa *= 0.5;
    bb *= 0.5;
    s *= 2.0;
  }
  if (cdm >= 0.5 * ov) {
    cc *= 0.5;
    dd *= 0.5;
    s *= 0.5;
  }
  if (ab <= un * bs / eps) {
    aa *= be;
    bb *= be;
    s /= be;
  }
  if (cdm <= un * bs / eps) {
    cc *= be;
    dd *= be;
    s *= be;
  }
  double p, q;
  if (std::fabs(y.imag()) <= std::fabs(y.real())) {
    dladiv1(aa, bb, cc, dd, p, q);
  } else {
    dladiv1(bb, aa, dd, cc, p, q);
    q = -q;
  }
  return {p * s, q * s};
}

// DZNRM2: Blue's sum of squares over the real and imaginary parts in turn
double dznrm2(int n, const cd* x, int incx) {
  std::vector<double> parts(static_cast<size_t>(2 * std::max(n, 0)));
  for (int i = 0; i < n; ++i) {
    parts[2 * static_cast<size_t>(i)] = x[i * incx].real();
    parts[2 * static_cast<size_t>(i) + 1] = x[i * incx].imag();
  }
  return dnrm2(2 * n, parts.data(), 1);
}

// IZAMAX (0-based): the first element of largest |re| + |im|
int izamax(int n, const cd* x, int incx) {
  int best = 0;
  double m = -1.0;
  for (int i = 0; i < n; ++i)
    if (cabs1(x[i * incx]) > m) {
      m = cabs1(x[i * incx]);
      best = i;
    }
  return best;
}

double dlapy3(double x, double y, double z) {
  const double xa = std::fabs(x), ya = std::fabs(y), za = std::fabs(z);
  const double w = std::max({xa, ya, za});
  if (w == 0.0 || w > std::numeric_limits<double>::max()) return xa + ya + za;
  return w * std::sqrt((xa / w) * (xa / w) + (ya / w) * (ya / w) + (za / w) * (za / w));
}

// ZGEBAL('B'): permutations isolating eigenvalues (ilo/ihi 1-based), then power-of-2
// scaling of rows and columns ilo..ihi.
void zgebal(int n, cd* a, int lda, int& ilo, int& ihi) {
  auto A = [&](int i, int j) -> cd& { return a[(i - 1) + (j - 1) * lda]; };
  constexpr double sclfac = 2.0, factor = 0.95;
  std::vector<double> scale(static_cast<size_t>(n) + 1, 1.0);
  int k = 1, l = n;
  ilo = 1;
  ihi = n;
  if (n == 0) return;
  auto exchange = [&](int j, int m) {
    if (j == m) return;
    for (int i = 1; i <= l; ++i) std::swap(A(i, j), A(i, m));
    for (int i = k; i <= n; ++i) std::swap(A(j, i), A(m, i));
  };
  for (bool searching = true; searching;) {  // rows isolating an eigenvalue go down
    bool found = false;
    for (int j = l; j >= 1 && !found; --j) {
      bool isolated = true;
      for (int i = 1; i <= l && isolated; ++i)
        if (i != j && (A(j, i).real() != 0.0 || A(j, i).imag() != 0.0)) isolated = false;
      if (isolated) {
        exchange(j, l);
        found = true;
      }
    }
    if (!found) {
      searching = false;
    } else {
      if (l == 1) {
        ilo = k;
        ihi = l;
        return;
      }
      --l;
    }
  }
  for (bool searching = true; searching;) {  // columns isolating an eigenvalue go left
    bool found = false;
    for (int j = k; j <= l && !found; ++j) {
      bool isolated = true;
      for (int i = k; i <= l && isolated; ++i)
        if (i != j && (A(i, j).real() != 0.0 || A(i, j).imag() != 0.0)) isolated = false;
      if (isolated) {
        exchange(j, k);
        found = true;
      }
    }
    if (!found) searching = false;
    else ++k;
  }
  const double sfmin1 = kSafmin / kPrec, sfmax1 = 1.0 / sfmin1;
  const double sfmin2 = sfmin1 * sclfac, sfmax2 = 1.0 / sfmin2;
  for (bool noconv = true; noconv;) {
    check_interrupt();
    noconv = false;
    for (int i = k; i <= l; ++i) {
      double c = dznrm2(l - k + 1, &A(k, i), 1);
      double r = dznrm2(l - k + 1, &A(i, k), lda);
      const int ica = izamax(l, &A(1, i), 1) + 1;
      double ca = std::abs(A(ica, i));
      const int ira = izamax(n - k + 1, &A(i, k), lda) + 1;
      double ra = std::abs(A(i, ira + k - 1));
      if (c == 0.0 || r == 0.0) continue;
      double g = r / sclfac, f = 1.0;
      const double s = c + r;
      while (!(c >= g || std::max({f, c, ca}) >= sfmax2 || std::min({r, g, ra}) <= sfmin2)) {
        if (std::isnan(c + f + ca + r + g + ra)) {
          ilo = k;
          ihi = l;
          return;
        }
        f *= sclfac;
        c *= sclfac;
        ca *= sclfac;
        r /= sclfac;
        g /= sclfac;
        ra /= sclfac;
      }
      g = c / sclfac;
      while (!(g < r || std::max(r, ra) >= sfmax2 || std::min({f, c, g, ca}) <= sfmin2)) {
        f /= sclfac;
        c /= sclfac;
        g /= sclfac;
        ca /= sclfac;
        r *= sclfac;
        ra *= sclfac;
      }
      if (c + r >= factor * s) continue;
      if (f < 1.0 && scale[i] < 1.0 && f * scale[i] <= sfmin1) continue;
      if (f > 1.0 && scale[i] > 1.0 && scale[i] >= sfmax1 / f) continue;
      g = 1.0 / f;
      scale[i] *= f;
      noconv = true;
      for (int j = k; j <= n; ++j) A(i, j) *= g;
      for (int j = 1; j <= l; ++j) A(j, i) *= f;
    }
  }
  ilo = k;
  ihi = l;
}

// ZLARFG: H = I - tau v v^H with H^H (alpha; x) = (beta; 0), v = (1; x overwritten).
void zlarfg(int n, cd& alpha, cd* x, int incx, cd& tau) {
  if (n <= 0) {
    tau = 0.0;
    return;
  }
  double xnorm = dznrm2(n - 1, x, incx);
  double alphr = alpha.real(), alphi = alpha.imag();
  if (xnorm == 0.0 && alphi == 0.0) {
    tau = 0.0;
    return;
  }
  double beta = -std::copysign(dlapy3(alphr, alphi, xnorm), alphr);
  const double safmin = kSafmin / kEps, rsafmn = 1.0 / safmin;
  int knt = 0;
  if (std::fabs(beta) < safmin) {
    do {
      ++knt;
      for (int i = 0; i < n - 1; ++i) x[i * incx] *= rsafmn;
      beta *= rsafmn;
      alphi *= rsafmn;
      alphr *= rsafmn;
    } while (std::fabs(beta) < safmin && knt < 20);
    xnorm = dznrm2(n - 1, x, incx);
    alpha = cd(alphr, alphi);
    beta = -std::copysign(dlapy3(alphr, alphi, xnorm), alphr);
  }
  tau = cd((beta - alphr) / beta, -alphi / beta);
  alpha = cdiv(cd(1.0), alpha - beta);
  for (int i = 0; i < n - 1; ++i) x[i * incx] *= alpha;
  for (int j = 0; j < knt; ++j) beta *= safmin;
  alpha = beta;
}

// ZLARF: C = H C ('L', C m x n) or C H ('R'), H = I - tau v v^H; trailing zeros of v and the
// zero rows/columns of C they leave are skipped as LAPACK does (ILAZLC/ILAZLR).
void zlarf(bool left, int m, int n, const cd* v, cd tau, cd* c, int ldc) {
  auto C = [&](int i, int j) -> cd& { return c[i + j * ldc]; };
  if (tau == cd(0.0)) return;
  int lastv = left ? m : n;
  while (lastv > 0 && v[lastv - 1] == cd(0.0)) --lastv;
  if (left) {
    int lastc = n;  // ILAZLC: last non-zero column of C(1:lastv, :)
    while (lastc > 0) {
      bool nz = false;
      for (int i = 0; i < lastv && !nz; ++i) nz = C(i, lastc - 1) != cd(0.0);
      if (nz) break;
      --lastc;
    }
    for (int j = 0; j < lastc; ++j) {  // w = C^H v; C -= tau v w^H
      cd w = 0.0;
      for (int i = 0; i < lastv; ++i) w += std::conj(C(i, j)) * v[i];
      const cd t = -tau * std::conj(w);
      for (int i = 0; i < lastv; ++i) C(i, j) += v[i] * t;
    }
  } else {
    int lastc = m;  // ILAZLR: last non-zero row of C(:, 1:lastv)
    while (lastc > 0) {
      bool nz = false;
      for (int j = 0; j < lastv && !nz; ++j) nz = C(lastc - 1, j) != cd(0.0);
      if (nz) break;
      --lastc;
    }
    std::vector<cd> w(static_cast<size_t>(lastc), 0.0);  // w = C v; C -= tau w v^H
    for (int j = 0; j < lastv; ++j)
      for (int i = 0; i < lastc; ++i) w[i] += C(i, j) * v[j];
    for (int j = 0; j < lastv; ++j) {
      const cd t = -tau * std::conj(v[j]);
      for (int i = 0; i < lastc; ++i) C(i, j) += w[i] * t;
    }
  }
}

// ZGEHD2: unitary reduction of rows/columns ilo..ihi (1-based) to upper Hessenberg form.
void zgehd2(int n, int ilo, int ihi, cd* a, int lda) {
  auto A = [&](int i, int j) -> cd& { return a[(i - 1) + (j - 1) * lda]; };
  for (int i = ilo; i <= ihi - 1; ++i) {
    cd alpha = A(i + 1, i), tau;
    zlarfg(ihi - i, alpha, &A(std::min(i + 2, n), i), 1, tau);
    A(i + 1, i) = 1.0;
    zlarf(false, ihi, ihi - i, &A(i + 1, i), tau, &A(1, i + 1), lda);
    zlarf(true, ihi - i, n - i, &A(i + 1, i), std::conj(tau), &A(i + 1, i + 1), lda);
    A(i + 1, i) = alpha;
  }
}

// ZLAHQR with WANTT = WANTZ = false: eigenvalues w[ilo..ihi] of the Hessenberg h; returns
// LAPACK's INFO (> 0: no convergence).
int zlahqr(int n, int ilo, int ihi, cd* h, int ldh, cd* w) {
  auto H = [&](int i, int j) -> cd& { return h[(i - 1) + (j - 1) * ldh]; };
  auto W = [&](int i) -> cd& { return w[i - 1]; };
  constexpr double dat1 = 3.0 / 4.0;
  constexpr int kexsh = 10;
  if (n == 0) return 0;
  if (ilo == ihi) {
    W(ilo) = H(ilo, ilo);
    return 0;
  }
  for (int j = ilo; j <= ihi - 3; ++j) H(j + 2, j) = H(j + 3, j) = 0.0;
  if (ilo <= ihi - 2) H(ihi, ihi - 2) = 0.0;
  const int jlo = ilo, jhi = ihi;
  // make the subdiagonal real
  for (int i = ilo + 1; i <= ihi; ++i) {
    if (H(i, i - 1).imag() != 0.0) {
      cd sc = H(i, i - 1) / cabs1(H(i, i - 1));
      sc = std::conj(sc) / std::abs(sc);
      H(i, i - 1) = std::abs(H(i, i - 1));
      for (int j = i; j <= jhi; ++j) H(i, j) *= sc;
      for (int j = jlo; j <= std::min(jhi, i + 1); ++j) H(j, i) *= std::conj(sc);
    }
  }
  const int nh = ihi - ilo + 1;
  const double safmin = kSafmin, ulp = kPrec;
  const double smlnum = safmin * (static_cast<double>(nh) / ulp);
  const int itmax = 30 * std::max(10, nh);
  int kdefl = 0;
  int i = ihi;
  while (i >= ilo) {
    int l = ilo;
    bool converged = false;
    for (int its = 0; its <= itmax; ++its) {
      check_interrupt();
      int k;
      for (k = i; k >= l + 1; --k) {  // a negligible subdiagonal element
        if (cabs1(H(k, k - 1)) <= smlnum) break;
        double tst = cabs1(H(k - 1, k - 1)) + cabs1(H(k, k));
        if (tst == 0.0) {
          if (k - 2 >= ilo) tst += std::fabs(H(k - 1, k - 2).real());
          if (k + 1 <= ihi) tst += std::fabs(H(k + 1, k).real());
        }
        if (std::fabs(H(k, k - 1).real()) <= ulp * tst) {
          const double ab = std::max(cabs1(H(k, k - 1)), cabs1(H(k - 1, k)));
          const double ba = std::min(cabs1(H(k, k - 1)), cabs1(H(k - 1, k)));
          const double aa = std::max(cabs1(H(k, k)), cabs1(H(k - 1, k - 1) - H(k, k)));
          const double bb = std::min(cabs1(H(k, k)), cabs1(H(k - 1, k - 1) - H(k, k)));
          const double s = aa + ab;
          if (ba * (ab / s) <= std::max(smlnum, ulp * (bb * (aa / s)))) break;
        }
      }
      l = k;
      if (l > ilo) H(l, l - 1) = 0.0;
      if (l >= i) {
        converged = true;
        break;
      }
      ++kdefl;
      const int i1 = l, i2 = i;
      cd t;
      if (kdefl % (2 * kexsh) == 0) {  // exceptional shifts
        const double s = dat1 * std::fabs(H(i, i - 1).real());
        t = s + H(i, i);
      } else if (kdefl % kexsh == 0) {
        const double s = dat1 * std::fabs(H(l + 1, l).real());
        t = s + H(l, l);
      } else {  // Wilkinson's shift
        t = H(i, i);
        const cd u = std::sqrt(H(i - 1, i)) * std::sqrt(H(i, i - 1));
        double s = cabs1(u);
        if (s != 0.0) {
          const cd x = 0.5 * (H(i - 1, i - 1) - t);
          const double sx = cabs1(x);
          s = std::max(s, cabs1(x));
          cd y = s * std::sqrt((x / s) * (x / s) + (u / s) * (u / s));
          if (sx > 0.0) {
            const cd xs = x / sx;
            if (xs.real() * y.real() + xs.imag() * y.imag() < 0.0) y = -y;
          }
          t = t - u * cdiv(u, x + y);
        }
      }
      // two consecutive small subdiagonal elements?
      int m;
      cd v[2];
      for (m = i - 1; m >= l + 1; --m) {
        const cd h11 = H(m, m), h22 = H(m + 1, m + 1);
        cd h11s = h11 - t;
        double h21 = H(m + 1, m).real();
        const double s = cabs1(h11s) + std::fabs(h21);
        h11s = h11s / s;
        h21 = h21 / s;
        v[0] = h11s;
        v[1] = h21;
        const double h10 = H(m, m - 1).real();
        if (std::fabs(h10) * std::fabs(h21) <= ulp * (cabs1(h11s) * (cabs1(h11) + cabs1(h22)))) break;
      }
      if (m == l) {
        const cd h11 = H(l, l);
        cd h11s = h11 - t;
        double h21 = H(l + 1, l).real();
        const double s = cabs1(h11s) + std::fabs(h21);
        h11s = h11s / s;
        h21 = h21 / s;
        v[0] = h11s;
        v[1] = h21;
      }
      // the single-shift QR step
      for (k = m; k <= i - 1; ++k) {
        if (k > m) {
          v[0] = H(k, k - 1);
          v[1] = H(k + 1, k - 1);
        }
        cd t1;
        zlarfg(2, v[0], &v[1], 1, t1);
        if (k > m) {
          H(k, k - 1) = v[0];
          H(k + 1, k - 1) = 0.0;
        }
        const cd v2 = v[1];
        const double t2 = (t1 * v2).real();
        for (int j = k; j <= i2; ++j) {
          const cd sum = std::conj(t1) * H(k, j) + t2 * H(k + 1, j);
          H(k, j) -= sum;
          H(k + 1, j) -= sum * v2;
        }
        for (int j = i1; j <= std::min(k + 2, i); ++j) {
          const cd sum = t1 * H(j, k) + t2 * H(j, k + 1);
          H(j, k) -= sum;
          H(j, k + 1) -= sum * std::conj(v2);
        }
        if (k == m && m > l) {
          cd temp = 1.0 - t1;
          temp = temp / std::abs(temp);
          H(m + 1, m) *= std::conj(temp);
          if (m + 2 <= i) H(m + 2, m + 1) *= temp;
          for (int j = m; j <= i; ++j) {
            if (j != m + 1) {
              for (int q = j + 1; q <= i2; ++q) H(j, q) *= temp;
              for (int q = i1; q <= j - 1; ++q) H(q, j) *= std::conj(temp);
            }
          }
        }
      }
      cd temp = H(i, i - 1);
      if (temp.imag() != 0.0) {
        const double rtemp = std::abs(temp);
        H(i, i - 1) = rtemp;
        temp = temp / rtemp;
        for (int q = i + 1; q <= i2; ++q) H(i, q) *= std::conj(temp);
        for (int q = i1; q <= i - 1; ++q) H(q, i) *= temp;
      }
    }
    if (!converged) return i;
    W(i) = H(i, i);
    kdefl = 0;
    i = l - 1;
  }
  return 0;
}

}  // namespace

int zgeev_values(int n, std::complex<double>* a, int lda, std::complex<double>* w) {
  if (n == 0) return 0;
  // scale A when its largest element is outside [smlnum, bignum] (ZLANGE 'M' + ZLASCL)
  double anrm = 0.0;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      const double v = std::abs(a[i + j * lda]);
      if (v > anrm || std::isnan(v)) anrm = v;
    }
  const double smlnum = std::sqrt(kSafmin) / kPrec, bignum = 1.0 / smlnum;
  double cscale = 0.0;
  if (anrm > 0.0 && anrm < smlnum) cscale = smlnum;
  else if (anrm > bignum) cscale = bignum;
  if (cscale != 0.0)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) a[i + j * lda] *= cscale / anrm;
  int ilo = 1, ihi = n;
  zgebal(n, a, lda, ilo, ihi);
  zgehd2(n, ilo, ihi, a, lda);
  // ZHSEQR: the eigenvalues isolated by the balancing are diagonal entries
  for (int i = 1; i <= ilo - 1; ++i) w[i - 1] = a[(i - 1) + (i - 1) * lda];
  for (int i = ihi + 1; i <= n; ++i) w[i - 1] = a[(i - 1) + (i - 1) * lda];
  const int info = zlahqr(n, ilo, ihi, a, lda, w);
  if (cscale != 0.0)
    for (int i = info; i < n; ++i) w[i] *= anrm / cscale;
  return info;
}

}  // namespace sl::lapack
