// lapack_eigh.cpp — the symmetric eigensolver NumPy's eigh/eigvalsh call (DSYEVD, UPLO='L'):
// tridiagonal reduction (DSYTD2), implicit QL/QR with Wilkinson shifts on the tridiagonal
// matrix (DSTEQR with vectors, the root-free DSTERF without), and the back-transformation
// (DORMTR -> DORM2R), plus the small helpers they share (DLAE2, DLAEV2, DLARTG (LAPACK 3.10+),
// DLASR, DLANST, DLASCL). Each routine keeps LAPACK 3.11's operation order.
//
// LAPACK switches to divide and conquer (DSTEDC) above 25 and to blocked reductions above 32
// rows; we keep the QL/QR algorithms there (same eigenvalues/vectors up to the last bits).
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"
#include "core/lapack_internal.hpp"
#include "core/extent.hpp"

namespace sl::lapack {

using namespace blas;

void dlartg(double f, double g, double& c, double& s, double& r) {
  constexpr double safmin = 0x1p-1022, safmax = 0x1p1022;
  const double rtmin = std::sqrt(safmin), rtmax = std::sqrt(safmax / 2);
  const double f1 = std::fabs(f), g1 = std::fabs(g);
  if (g == 0.0) {
    c = 1.0;
    s = 0.0;
    r = f;
  } else if (f == 0.0) {
    c = 0.0;
    s = std::copysign(1.0, g);
    r = g1;
  } else if (f1 > rtmin && f1 < rtmax && g1 > rtmin && g1 < rtmax) {
    const double d = std::sqrt(f * f + g * g);
    c = f1 / d;
    r = std::copysign(d, f);
    s = g / r;
  } else {
    const double u = std::min(safmax, std::max({safmin, f1, g1}));
    const double fs = f / u, gs = g / u;
    const double d = std::sqrt(fs * fs + gs * gs);
    c = std::fabs(fs) / d;
    r = std::copysign(d, f);
    s = gs / r;
    r = r * u;
  }
}

void dlae2(double a, double b, double c, double& rt1, double& rt2) {
  const double sm = a + c, df = a - c, adf = std::fabs(df), tb = b + b, ab = std::fabs(tb);
  double acmx, acmn;
  if (std::fabs(a) > std::fabs(c)) {
    acmx = a;
    acmn = c;
  } else {
    acmx = c;
    acmn = a;
  }
  double rt;
  if (adf > ab) rt = adf * std::sqrt(1.0 + (ab / adf) * (ab / adf));
  else if (adf < ab) rt = ab * std::sqrt(1.0 + (adf / ab) * (adf / ab));
  else rt = ab * std::sqrt(2.0);
  if (sm < 0.0) {
    rt1 = 0.5 * (sm - rt);
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0.0) {
    rt1 = 0.5 * (sm + rt);
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
  }
}

void dlaev2(double a, double b, double c, double& rt1, double& rt2, double& cs1, double& sn1) {
  const double sm = a + c, df = a - c, adf = std::fabs(df), tb = b + b, ab = std::fabs(tb);
  double acmx, acmn;
  if (std::fabs(a) > std::fabs(c)) {
    acmx = a;
    acmn = c;
  } else {
    acmx = c;
    acmn = a;
  }
  double rt;
  if (adf > ab) rt = adf * std::sqrt(1.0 + (ab / adf) * (ab / adf));
  else if (adf < ab) rt = ab * std::sqrt(1.0 + (adf / ab) * (adf / ab));
  else rt = ab * std::sqrt(2.0);
  int sgn1, sgn2;
  if (sm < 0.0) {
    rt1 = 0.5 * (sm - rt);
    sgn1 = -1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else if (sm > 0.0) {
    rt1 = 0.5 * (sm + rt);
    sgn1 = 1;
    rt2 = (acmx / rt1) * acmn - (b / rt1) * b;
  } else {
    rt1 = 0.5 * rt;
    rt2 = -0.5 * rt;
    sgn1 = 1;
  }
  double cs;
  if (df >= 0.0) {
    cs = df + rt;
    sgn2 = 1;
  } else {
    cs = df - rt;
    sgn2 = -1;
  }
  if (std::fabs(cs) > ab) {
    const double ct = -tb / cs;
    sn1 = 1.0 / std::sqrt(1.0 + ct * ct);
    cs1 = ct * sn1;
  } else if (ab == 0.0) {
    cs1 = 1.0;
    sn1 = 0.0;
  } else {
    const double tn = -cs / tb;
    cs1 = 1.0 / std::sqrt(1.0 + tn * tn);
    sn1 = tn * cs1;
  }
  if (sgn1 == sgn2) {
    const double tn = cs1;
    cs1 = -sn1;
    sn1 = tn;
  }
}

void dlasr_rv(bool forward, int m, int n, const double* c, const double* s, double* a, int lda) {
  auto step = [&](int j) {
    const double ct = c[j], st = s[j];
    if (ct == 1.0 && st == 0.0) return;
    for (int i = 0; i < m; ++i) {
      const double temp = a[i + (j + 1) * lda];
      a[i + (j + 1) * lda] = ct * temp - st * a[i + j * lda];
      a[i + j * lda] = st * temp + ct * a[i + j * lda];
    }
  };
  if (forward)
    for (int j = 0; j < n - 1; ++j) step(j);
  else
    for (int j = n - 2; j >= 0; --j) step(j);
}

void dlasr_lv(bool forward, int m, int n, const double* c, const double* s, double* a, int lda) {
  auto step = [&](int j) {
    const double ct = c[j], st = s[j];
    if (ct == 1.0 && st == 0.0) return;
    for (int i = 0; i < n; ++i) {
      const double temp = a[j + 1 + i * lda];
      a[j + 1 + i * lda] = ct * temp - st * a[j + i * lda];
      a[j + i * lda] = st * temp + ct * a[j + i * lda];
    }
  };
  if (forward)
    for (int j = 0; j < m - 1; ++j) step(j);
  else
    for (int j = m - 2; j >= 0; --j) step(j);
}

double dlanst_m(int n, const double* d, const double* e) {
  if (n <= 0) return 0.0;
  double anorm = std::fabs(d[n - 1]);
  for (int i = 0; i < n - 1; ++i) {
    double sum = std::fabs(d[i]);
    if (anorm < sum || std::isnan(sum)) anorm = sum;
    sum = std::fabs(e[i]);
    if (anorm < sum || std::isnan(sum)) anorm = sum;
  }
  return anorm;
}

void dlascl_g(double cfrom, double cto, int m, int n, double* a, int lda) {
  const double smlnum = kSafmin, bignum = 1.0 / smlnum;
  double cfromc = cfrom, ctoc = cto;
  bool done = false;
  while (!done) {
    const double cfrom1 = cfromc * smlnum;
    double mul;
    if (cfrom1 == cfromc) {
      mul = ctoc / cfromc;
      done = true;
    } else {
      const double cto1 = ctoc / bignum;
      if (cto1 == ctoc) {
        mul = ctoc;
        done = true;
        cfromc = 1.0;
      } else if (std::fabs(cfrom1) > std::fabs(ctoc) && ctoc != 0.0) {
        mul = smlnum;
        cfromc = cfrom1;
      } else if (std::fabs(cto1) > std::fabs(cfromc)) {
        mul = bignum;
        ctoc = cto1;
      } else {
        mul = ctoc / cfromc;
        done = true;
        if (mul == 1.0) return;
      }
    }
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < m; ++i) a[i + j * lda] = a[i + j * lda] * mul;
  }
}

namespace {

// DSYTD2('L'): a = Q T Q^T with the reflectors stored below the subdiagonal.
void dsytd2_l(int n, double* a, int lda, double* d, double* e, double* tau) {
  for (int i = 0; i < n - 1; ++i) {
    check_interrupt();
    double taui;
    dlarfg(n - i - 1, a[i + 1 + i * lda], a + std::min(i + 2, n - 1) + i * lda, 1, taui);
    e[i] = a[i + 1 + i * lda];
    if (taui != 0.0) {
      a[i + 1 + i * lda] = 1.0;
      const int k = n - i - 1;
      double* v = a + i + 1 + i * lda;
      dsymv_l(k, taui, a + i + 1 + (i + 1) * lda, lda, v, 0.0, tau + i);
      const double alpha = -0.5 * taui * ddot(k, tau + i, 1, v, 1);
      daxpy(k, alpha, v, 1, tau + i, 1);
      dsyr2_l(k, -1.0, v, tau + i, a + i + 1 + (i + 1) * lda, lda);
      a[i + 1 + i * lda] = e[i];
    }
    d[i] = a[i + i * lda];
    tau[i] = taui;
  }
  d[n - 1] = a[n - 1 + (n - 1) * lda];
}

}  // namespace

int dsteqr(bool vectors, int n, double* d, double* e, double* z, int ldz) {
  if (n == 0) return 0;
  if (n == 1) {
    if (vectors) z[0] = 1.0;
    return 0;
  }
  const double eps = kEps, eps2 = eps * eps, safmin = kSafmin, safmax = 1.0 / safmin;
  const double ssfmax = std::sqrt(safmax) / 3.0, ssfmin = std::sqrt(safmin) / eps2;
  std::vector<double> work(alloc_count(vectors ? 2 * (n - 1) : 1, sizeof(double)));
  if (vectors)
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) z[i + j * ldz] = i == j ? 1.0 : 0.0;
  const int nmaxit = n * 30;
  int jtot = 0;
  // 1-based indices below, as in the Fortran: D(i) = d[i-1]
  auto D = [&](int i) -> double& { return d[i - 1]; };
  auto E = [&](int i) -> double& { return e[i - 1]; };
  auto W1 = [&](int i) -> double& { return work[static_cast<size_t>(i - 1)]; };
  auto W2 = [&](int i) -> double& { return work[static_cast<size_t>(n - 1 + i - 1)]; };
  int l1 = 1;
  const int nm1 = n - 1;
  for (;;) {
    check_interrupt();
    if (l1 > n) break;
    if (l1 > 1) E(l1 - 1) = 0.0;
    int m = n;
    for (int mm = l1; mm <= nm1; ++mm) {
      const double tst = std::fabs(E(mm));
      if (tst == 0.0) {
        m = mm;
        break;
      }
      if (tst <= (std::sqrt(std::fabs(D(mm))) * std::sqrt(std::fabs(D(mm + 1)))) * eps) {
        E(mm) = 0.0;
        m = mm;
        break;
      }
    }
    int l = l1;
    const int lsv = l;
    int lend = m;
    const int lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    const double anorm = dlanst_m(lend - l + 1, &D(l), &E(l));
    int iscale = 0;
    if (anorm == 0.0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      dlascl_g(anorm, ssfmax, lend - l + 1, 1, &D(l), n);
      dlascl_g(anorm, ssfmax, lend - l, 1, &E(l), n);
    } else if (anorm < ssfmin) {
      iscale = 2;
      dlascl_g(anorm, ssfmin, lend - l + 1, 1, &D(l), n);
      dlascl_g(anorm, ssfmin, lend - l, 1, &E(l), n);
    }
    if (std::fabs(D(lend)) < std::fabs(D(l))) {
      lend = lsv;
      l = lendsv;
    }
    if (lend > l) {
      // QL iteration
      for (;;) {
        int mm = lend;
        if (l != lend)
          for (int k = l; k <= lend - 1; ++k) {
            const double tst = std::fabs(E(k)) * std::fabs(E(k));
            if (tst <= (eps2 * std::fabs(D(k))) * std::fabs(D(k + 1)) + safmin) {
              mm = k;
              break;
            }
          }
        m = mm;
        if (m < lend) E(m) = 0.0;
        double p = D(l);
        if (m == l) {
          D(l) = p;
          ++l;
          if (l <= lend) continue;
          break;
        }
        if (m == l + 1) {
          double rt1, rt2;
          if (vectors) {
            double c, s;
            dlaev2(D(l), E(l), D(l + 1), rt1, rt2, c, s);
            W1(l) = c;
            W2(l) = s;
            dlasr_rv(false, n, 2, &W1(l), &W2(l), z + (l - 1) * ldz, ldz);
          } else {
            dlae2(D(l), E(l), D(l + 1), rt1, rt2);
          }
          D(l) = rt1;
          D(l + 1) = rt2;
          E(l) = 0.0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        ++jtot;
        double g = (D(l + 1) - p) / (2.0 * E(l));
        double r = dlapy2(g, 1.0);
        g = D(m) - p + (E(l) / (g + std::copysign(r, g)));
        double s = 1.0, c = 1.0;
        p = 0.0;
        for (int i = m - 1; i >= l; --i) {
          const double f = s * E(i), b = c * E(i);
          dlartg(g, f, c, s, r);
          if (i != m - 1) E(i + 1) = r;
          g = D(i + 1) - p;
          r = (D(i) - g) * s + 2.0 * c * b;
          p = s * r;
          D(i + 1) = g + p;
          g = c * r - b;
          if (vectors) {
            W1(i) = c;
            W2(i) = -s;
          }
        }
        if (vectors) dlasr_rv(false, n, m - l + 1, &W1(l), &W2(l), z + (l - 1) * ldz, ldz);
        D(l) = D(l) - p;
        E(l) = g;
      }
    } else {
      // QR iteration
      for (;;) {
        int mm = lend;
        if (l != lend)
          for (int k = l; k >= lend + 1; --k) {
            const double tst = std::fabs(E(k - 1)) * std::fabs(E(k - 1));
            if (tst <= (eps2 * std::fabs(D(k))) * std::fabs(D(k - 1)) + safmin) {
              mm = k;
              break;
            }
          }
        m = mm;
        if (m > lend) E(m - 1) = 0.0;
        double p = D(l);
        if (m == l) {
          D(l) = p;
          --l;
          if (l >= lend) continue;
          break;
        }
        if (m == l - 1) {
          double rt1, rt2;
          if (vectors) {
            double c, s;
            dlaev2(D(l - 1), E(l - 1), D(l), rt1, rt2, c, s);
            W1(m) = c;
            W2(m) = s;
            dlasr_rv(true, n, 2, &W1(m), &W2(m), z + (l - 2) * ldz, ldz);
          } else {
            dlae2(D(l - 1), E(l - 1), D(l), rt1, rt2);
          }
          D(l - 1) = rt1;
          D(l) = rt2;
          E(l - 1) = 0.0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        ++jtot;
        double g = (D(l - 1) - p) / (2.0 * E(l - 1));
        double r = dlapy2(g, 1.0);
        g = D(m) - p + (E(l - 1) / (g + std::copysign(r, g)));
        double s = 1.0, c = 1.0;
        p = 0.0;
        for (int i = m; i <= l - 1; ++i) {
          const double f = s * E(i), b = c * E(i);
          dlartg(g, f, c, s, r);
          if (i != m) E(i - 1) = r;
          g = D(i) - p;
          r = (D(i + 1) - g) * s + 2.0 * c * b;
          p = s * r;
          D(i) = g + p;
          g = c * r - b;
          if (vectors) {
            W1(i) = c;
            W2(i) = s;
          }
        }
        if (vectors) dlasr_rv(true, n, l - m + 1, &W1(m), &W2(m), z + (m - 1) * ldz, ldz);
        D(l) = D(l) - p;
        E(l - 1) = g;
      }
    }
    if (iscale == 1) {
      dlascl_g(ssfmax, anorm, lendsv - lsv + 1, 1, &D(lsv), n);
      dlascl_g(ssfmax, anorm, lendsv - lsv, 1, &E(lsv), n);
    } else if (iscale == 2) {
      dlascl_g(ssfmin, anorm, lendsv - lsv + 1, 1, &D(lsv), n);
      dlascl_g(ssfmin, anorm, lendsv - lsv, 1, &E(lsv), n);
    }
    if (jtot >= nmaxit) {
      int info = 0;
      for (int i = 1; i <= n - 1; ++i)
        if (E(i) != 0.0) ++info;
      return info;
    }
  }
  if (!vectors) {
    std::sort(d, d + n);
    return 0;
  }
  for (int ii = 2; ii <= n; ++ii) {  // selection sort, swapping eigenvector columns
    const int i = ii - 1;
    int k = i;
    double p = D(i);
    for (int j = ii; j <= n; ++j)
      if (D(j) < p) {
        k = j;
        p = D(j);
      }
    if (k != i) {
      D(k) = D(i);
      D(i) = p;
      dswap(n, z + (i - 1) * ldz, 1, z + (k - 1) * ldz, 1);
    }
  }
  return 0;
}

int dsterf(int n, double* d, double* e) {
  if (n <= 1) return 0;
  const double eps = kEps, eps2 = eps * eps, safmin = kSafmin, safmax = 1.0 / safmin;
  const double ssfmax = std::sqrt(safmax) / 3.0, ssfmin = std::sqrt(safmin) / eps2;
  const int nmaxit = n * 30;
  double sigma = 0.0;
  int jtot = 0;
  auto D = [&](int i) -> double& { return d[i - 1]; };
  auto E = [&](int i) -> double& { return e[i - 1]; };
  int l1 = 1;
  for (;;) {
    check_interrupt();
    if (l1 > n) break;
    if (l1 > 1) E(l1 - 1) = 0.0;
    int m = n;
    for (int mm = l1; mm <= n - 1; ++mm)
      if (std::fabs(E(mm)) <= (std::sqrt(std::fabs(D(mm))) * std::sqrt(std::fabs(D(mm + 1)))) * eps) {
        E(mm) = 0.0;
        m = mm;
        break;
      }
    int l = l1;
    const int lsv = l;
    int lend = m;
    const int lendsv = lend;
    l1 = m + 1;
    if (lend == l) continue;
    const double anorm = dlanst_m(lend - l + 1, &D(l), &E(l));
    int iscale = 0;
    if (anorm == 0.0) continue;
    if (anorm > ssfmax) {
      iscale = 1;
      dlascl_g(anorm, ssfmax, lend - l + 1, 1, &D(l), n);
      dlascl_g(anorm, ssfmax, lend - l, 1, &E(l), n);
    } else if (anorm < ssfmin) {
      iscale = 2;
      dlascl_g(anorm, ssfmin, lend - l + 1, 1, &D(l), n);
      dlascl_g(anorm, ssfmin, lend - l, 1, &E(l), n);
    }
    for (int i = l; i <= lend - 1; ++i) E(i) = E(i) * E(i);
    if (std::fabs(D(lend)) < std::fabs(D(l))) {
      lend = lsv;
      l = lendsv;
    }
    if (lend >= l) {
      for (;;) {
        int mm = lend;
        if (l != lend)
          for (int k = l; k <= lend - 1; ++k)
            if (std::fabs(E(k)) <= eps2 * std::fabs(D(k) * D(k + 1))) {
              mm = k;
              break;
            }
        m = mm;
        if (m < lend) E(m) = 0.0;
        double p = D(l);
        if (m == l) {
          D(l) = p;
          ++l;
          if (l <= lend) continue;
          break;
        }
        if (m == l + 1) {
          const double rte = std::sqrt(E(l));
          double rt1, rt2;
          dlae2(D(l), rte, D(l + 1), rt1, rt2);
          D(l) = rt1;
          D(l + 1) = rt2;
          E(l) = 0.0;
          l += 2;
          if (l <= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        ++jtot;
        const double rte = std::sqrt(E(l));
        sigma = (D(l + 1) - p) / (2.0 * rte);
        double r = dlapy2(sigma, 1.0);
        sigma = p - (rte / (sigma + std::copysign(r, sigma)));
        double c = 1.0, s = 0.0, gamma = D(m) - sigma;
        p = gamma * gamma;
        for (int i = m - 1; i >= l; --i) {
          const double bb = E(i);
          r = p + bb;
          if (i != m - 1) E(i + 1) = s * r;
          const double oldc = c;
          c = p / r;
          s = bb / r;
          const double oldgam = gamma, alpha = D(i);
          gamma = c * (alpha - sigma) - s * oldgam;
          D(i + 1) = oldgam + (alpha - gamma);
          p = c != 0.0 ? (gamma * gamma) / c : oldc * bb;
        }
        E(l) = s * p;
        D(l) = sigma + gamma;
      }
    } else {
      for (;;) {
        int mm = lend;
        for (int k = l; k >= lend + 1; --k)
          if (std::fabs(E(k - 1)) <= eps2 * std::fabs(D(k) * D(k - 1))) {
            mm = k;
            break;
          }
        m = mm;
        if (m > lend) E(m - 1) = 0.0;
        double p = D(l);
        if (m == l) {
          D(l) = p;
          --l;
          if (l >= lend) continue;
          break;
        }
        if (m == l - 1) {
          const double rte = std::sqrt(E(l - 1));
          double rt1, rt2;
          dlae2(D(l), rte, D(l - 1), rt1, rt2);
          D(l) = rt1;
          D(l - 1) = rt2;
          E(l - 1) = 0.0;
          l -= 2;
          if (l >= lend) continue;
          break;
        }
        if (jtot == nmaxit) break;
        ++jtot;
        const double rte = std::sqrt(E(l - 1));
        sigma = (D(l - 1) - p) / (2.0 * rte);
        double r = dlapy2(sigma, 1.0);
        sigma = p - (rte / (sigma + std::copysign(r, sigma)));
        double c = 1.0, s = 0.0, gamma = D(m) - sigma;
        p = gamma * gamma;
        for (int i = m; i <= l - 1; ++i) {
          const double bb = E(i);
          r = p + bb;
          if (i != m) E(i - 1) = s * r;
          const double oldc = c;
          c = p / r;
          s = bb / r;
          const double oldgam = gamma, alpha = D(i + 1);
          gamma = c * (alpha - sigma) - s * oldgam;
          D(i) = oldgam + (alpha - gamma);
          p = c != 0.0 ? (gamma * gamma) / c : oldc * bb;
        }
        E(l - 1) = s * p;
        D(l) = sigma + gamma;
      }
    }
    if (iscale == 1) dlascl_g(ssfmax, anorm, lendsv - lsv + 1, 1, &D(lsv), n);
    if (iscale == 2) dlascl_g(ssfmin, anorm, lendsv - lsv + 1, 1, &D(lsv), n);
    if (jtot >= nmaxit) {
      int info = 0;
      for (int i = 1; i <= n - 1; ++i)
        if (E(i) != 0.0) ++info;
      return info;
    }
  }
  std::sort(d, d + n);
  return 0;
}

int dsyevd(bool vectors, int n, double* a, int lda, double* w) {
  if (n == 0) return 0;
  if (n == 1) {
    w[0] = a[0];
    if (vectors) a[0] = 1.0;
    return 0;
  }
  const double smlnum = kSafmin / kPrec, bignum = 1.0 / smlnum;
  const double rmin = std::sqrt(smlnum), rmax = std::sqrt(bignum);
  double anrm = 0.0;  // DLANSY('M', 'L')
  for (int j = 0; j < n; ++j)
    for (int i = j; i < n; ++i) {
      const double v = std::fabs(a[i + j * lda]);
      if (anrm < v || std::isnan(v)) anrm = v;
    }
  bool scaled = false;
  double sigma = 1.0;
  if (anrm > 0.0 && anrm < rmin) {
    scaled = true;
    sigma = rmin / anrm;
  } else if (anrm > rmax) {
    scaled = true;
    sigma = rmax / anrm;
  }
  if (scaled)  // DLASCL('L', ...): the lower triangle only
    for (int j = 0; j < n; ++j) dlascl_g(1.0, sigma, n - j, 1, a + j + j * lda, lda);
  std::vector<double> e(alloc_count(n, sizeof(double))), tau(static_cast<size_t>(n));
  dsytd2_l(n, a, lda, w, e.data(), tau.data());
  int info;
  if (!vectors) {
    info = dsterf(n, w, e.data());
  } else {
    std::vector<double> z(alloc_count(alloc_mul(n, n), sizeof(double)));
    info = dsteqr(true, n, w, e.data(), z.data(), n);
    // DORMTR('L', 'L', 'N'): Q = H(1)..H(n-1) applied to rows 2..n of z
    dorm2r_left(false, n - 1, n, n - 1, a + 1, lda, tau.data(), z.data() + 1, n);
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) a[i + j * lda] = z[static_cast<size_t>(i) + static_cast<size_t>(j) * static_cast<size_t>(n)];
  }
  if (scaled) dscal(n, 1.0 / sigma, w, 1);
  return info;
}

}  // namespace sl::lapack
