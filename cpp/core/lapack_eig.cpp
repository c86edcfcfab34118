// lapack_eig.cpp — the second half of DGEEV (JOBVL = 'N', what NumPy's eig/eigvals call):
// the right eigenvectors of the quasi-triangular Schur form (DTREVC3 with its blocked
// back-transformation through DGEMM, solving the small systems with DLALN2/DLADIV), and DGEEV
// itself (scaling, balancing, Hessenberg QR, back-transformation, normalization), in LAPACK
// 3.11's operation order. Complex conjugate pairs come out as LAPACK packs them: wr +- i*wi,
// vector columns j (real part) and j+1 (imaginary part).
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/lapack_blas.hpp"
#include "core/lapack_internal.hpp"

namespace sl::lapack {

using namespace blas;

namespace {

double dladiv2(double a, double b, double c, double d, double r, double t) {
  if (r != 0.0) {
    const double br = b * r;
    if (br != 0.0) return (a + br) * t;
    return a * t + (b * t) * r;
  }
  return (a + d * (b / c)) * t;
}

void dladiv1(double a, double b, double c, double d, double& p, double& q) {
  const double r = d / c;
  const double t = 1.0 / (c + d * r);
  p = dladiv2(a, b, c, d, r, t);
  a = -a;
  q = dladiv2(b, a, c, d, r, t);
}

// DLADIV: (a + ib) / (c + id) = p + iq, robustly (Baudin & Smith).
void dladiv(double a, double b, double c, double d, double& p, double& q) {
  constexpr double bs = 2.0;
  double aa = a, bb = b, cc = c, dd = d;
  const double ab = std::max(std::fabs(a), std::fabs(b)), cd = std::max(std::fabs(c), std::fabs(d));
  double s = 1.0;
  const double ov = std::numeric_limits<double>::max(), un = kSafmin, eps = kEps;
  const double be = bs / (eps * eps);
  if (ab >= 0.5 * ov) {
    aa = 0.5 * aa;
    bb = 0.5 * bb;
    s = 2.0 * s;
  }
  if (cd >= 0.5 * ov) {
    cc = 0.5 * cc;
    dd = 0.5 * dd;
    s = 0.5 * s;
  }
  if (ab <= un * bs / eps) {
    aa = aa * be;
    bb = bb * be;
    s = s / be;
  }
  if (cd <= un * bs / eps) {
    cc = cc * be;
    dd = dd * be;
    s = s * be;
  }
  if (std::fabs(d) <= std::fabs(c)) {
    dladiv1(aa, bb, cc, dd, p, q);
  } else {
    dladiv1(bb, aa, dd, cc, p, q);
    q = -q;
  }
  p = p * s;
  q = q * s;
}

// DLALN2 with LTRANS = .FALSE., CA = D1 = D2 = 1: solves (A - (wr + i*wi)) X = scale * B for
// an na x na block A (na = 1, 2) and nw = 1 (real) or 2 (complex) right-hand side columns.
// b and x are 2 x nw column-major (ld 2 for x, ldb for b).
void dlaln2(int na, int nw, double smin, const double* a, int lda, const double* b, int ldb, double wr, double wi,
            double* x, double& scale, double& xnorm) {
  static const bool zswap[4] = {false, false, true, true};
  static const bool rswap[4] = {false, true, false, true};
  static const int ipivot[4][4] = {{1, 2, 3, 4}, {2, 1, 4, 3}, {3, 4, 1, 2}, {4, 3, 2, 1}};  // IPIVOT(:, ICMAX)
  auto A = [&](int i, int j) { return a[(i - 1) + (j - 1) * lda]; };
  auto B = [&](int i, int j) { return b[(i - 1) + (j - 1) * ldb]; };
  auto X = [&](int i, int j) -> double& { return x[(i - 1) + (j - 1) * 2]; };
  const double smlnum = 2.0 * kSafmin, bignum = 1.0 / smlnum;
  const double smini = std::max(smin, smlnum);
  const double ca = 1.0, d1 = 1.0, d2 = 1.0;
  scale = 1.0;
  if (na == 1) {
    if (nw == 1) {
      double csr = ca * A(1, 1) - wr * d1;
      double cnorm = std::fabs(csr);
      if (cnorm < smini) {
        csr = smini;
        cnorm = smini;
      }
      const double bnorm = std::fabs(B(1, 1));
      if (cnorm < 1.0 && bnorm > 1.0 && bnorm > bignum * cnorm) scale = 1.0 / bnorm;
      X(1, 1) = (B(1, 1) * scale) / csr;
      xnorm = std::fabs(X(1, 1));
    } else {
      double csr = ca * A(1, 1) - wr * d1;
      double csi = -wi * d1;
      double cnorm = std::fabs(csr) + std::fabs(csi);
      if (cnorm < smini) {
        csr = smini;
        csi = 0.0;
        cnorm = smini;
      }
      const double bnorm = std::fabs(B(1, 1)) + std::fabs(B(1, 2));
      if (cnorm < 1.0 && bnorm > 1.0 && bnorm > bignum * cnorm) scale = 1.0 / bnorm;
      dladiv(scale * B(1, 1), scale * B(1, 2), csr, csi, X(1, 1), X(1, 2));
      xnorm = std::fabs(X(1, 1)) + std::fabs(X(1, 2));
    }
    return;
  }
  // 2x2: the real part of C = ca A - w D, stored column-major as CRV(1..4)
  double crv[4];
  crv[0] = ca * A(1, 1) - wr * d1;
  crv[3] = ca * A(2, 2) - wr * d2;
  crv[1] = ca * A(2, 1);
  crv[2] = ca * A(1, 2);
  if (nw == 1) {
    double cmax = 0.0;
    int icmax = 0;
    for (int j = 1; j <= 4; ++j)
      if (std::fabs(crv[j - 1]) > cmax) {
        cmax = std::fabs(crv[j - 1]);
        icmax = j;
      }
    if (cmax < smini) {  // use smini * identity
      const double bnorm = std::max(std::fabs(B(1, 1)), std::fabs(B(2, 1)));
      if (smini < 1.0 && bnorm > 1.0 && bnorm > bignum * smini) scale = 1.0 / bnorm;
      const double temp = scale / smini;
      X(1, 1) = temp * B(1, 1);
      X(2, 1) = temp * B(2, 1);
      xnorm = temp * bnorm;
      return;
    }
    // Gaussian elimination with complete pivoting.
    const int* piv = ipivot[icmax - 1];
    const double ur11 = crv[icmax - 1], cr21 = crv[piv[1] - 1], ur12 = crv[piv[2] - 1], cr22 = crv[piv[3] - 1];
    const double ur11r = 1.0 / ur11;
    const double lr21 = ur11r * cr21;
    double ur22 = cr22 - ur12 * lr21;
    if (std::fabs(ur22) < smini) ur22 = smini;
    double br1, br2;
    if (rswap[icmax - 1]) {
      br1 = B(2, 1);
      br2 = B(1, 1);
    } else {
      br1 = B(1, 1);
      br2 = B(2, 1);
    }
    br2 = br2 - lr21 * br1;
    const double bbnd = std::max(std::fabs(br1 * (ur22 * ur11r)), std::fabs(br2));
    if (bbnd > 1.0 && std::fabs(ur22) < 1.0 && bbnd >= bignum * std::fabs(ur22)) scale = 1.0 / bbnd;
    const double xr2 = (br2 * scale) / ur22;
    const double xr1 = (scale * br1) * ur11r - xr2 * (ur11r * ur12);
    if (zswap[icmax - 1]) {
      X(1, 1) = xr2;
      X(2, 1) = xr1;
    } else {
      X(1, 1) = xr1;
      X(2, 1) = xr2;
    }
    xnorm = std::max(std::fabs(xr1), std::fabs(xr2));
    if (xnorm > 1.0 && cmax > 1.0 && xnorm > bignum / cmax) {
      const double temp = cmax / bignum;
      X(1, 1) = temp * X(1, 1);
      X(2, 1) = temp * X(2, 1);
      xnorm = temp * xnorm;
      scale = temp * scale;
    }
    return;
  }
  // Complex 2x2 system (w is complex)
  double civ[4] = {-wi * d1, 0.0, 0.0, -wi * d2};
  double cmax = 0.0;
  int icmax = 0;
  for (int j = 1; j <= 4; ++j)
    if (std::fabs(crv[j - 1]) + std::fabs(civ[j - 1]) > cmax) {
      cmax = std::fabs(crv[j - 1]) + std::fabs(civ[j - 1]);
      icmax = j;
    }
  if (cmax < smini) {
    const double bnorm = std::max(std::fabs(B(1, 1)) + std::fabs(B(1, 2)), std::fabs(B(2, 1)) + std::fabs(B(2, 2)));
    if (smini < 1.0 && bnorm > 1.0 && bnorm > bignum * smini) scale = 1.0 / bnorm;
    const double temp = scale / smini;
    X(1, 1) = temp * B(1, 1);
    X(2, 1) = temp * B(2, 1);
    X(1, 2) = temp * B(1, 2);
    X(2, 2) = temp * B(2, 2);
    xnorm = temp * bnorm;
    return;
  }
  const int* piv = ipivot[icmax - 1];
  const double ur11 = crv[icmax - 1], ui11 = civ[icmax - 1];
  const double cr21 = crv[piv[1] - 1], ci21 = civ[piv[1] - 1];
  const double ur12 = crv[piv[2] - 1], ui12 = civ[piv[2] - 1];
  const double cr22 = crv[piv[3] - 1], ci22 = civ[piv[3] - 1];
  double ur11r, ui11r, lr21, li21, ur12s, ui12s, ur22, ui22;
  if (icmax == 1 || icmax == 4) {  // off-diagonals of pivoted C are real
    if (std::fabs(ur11) > std::fabs(ui11)) {
      const double temp = ui11 / ur11;
      ur11r = 1.0 / (ur11 * (1.0 + temp * temp));
      ui11r = -temp * ur11r;
    } else {
      const double temp = ur11 / ui11;
      ui11r = -1.0 / (ui11 * (1.0 + temp * temp));
      ur11r = -temp * ui11r;
    }
    lr21 = cr21 * ur11r;
    li21 = cr21 * ui11r;
    ur12s = ur12 * ur11r;
    ui12s = ur12 * ui11r;
    ur22 = cr22 - ur12 * lr21;
    ui22 = ci22 - ur12 * li21;
  } else {  // diagonals of pivoted C are real
    ur11r = 1.0 / ur11;
    ui11r = 0.0;
    lr21 = cr21 * ur11r;
    li21 = ci21 * ur11r;
    ur12s = ur12 * ur11r;
    ui12s = ui12 * ur11r;
    ur22 = cr22 - ur12 * lr21 + ui12 * li21;
    ui22 = -ur12 * li21 - ui12 * lr21;
  }
  const double u22abs = std::fabs(ur22) + std::fabs(ui22);
  if (u22abs < smini) {
    ur22 = smini;
    ui22 = 0.0;
  }
  double br1, br2, bi1, bi2;
  if (rswap[icmax - 1]) {
    br2 = B(1, 1);
    br1 = B(2, 1);
    bi2 = B(1, 2);
    bi1 = B(2, 2);
  } else {
    br1 = B(1, 1);
    br2 = B(2, 1);
    bi1 = B(1, 2);
    bi2 = B(2, 2);
  }
  br2 = br2 - lr21 * br1 + li21 * bi1;
  bi2 = bi2 - li21 * br1 - lr21 * bi1;
  const double bbnd = std::max((std::fabs(br1) + std::fabs(bi1)) * (u22abs * (std::fabs(ur11r) + std::fabs(ui11r))),
                               std::fabs(br2) + std::fabs(bi2));
  if (bbnd > 1.0 && u22abs < 1.0 && bbnd >= bignum * u22abs) {
    scale = 1.0 / bbnd;
    br1 = scale * br1;
    bi1 = scale * bi1;
    br2 = scale * br2;
    bi2 = scale * bi2;
  }
  double xr2, xi2;
  dladiv(br2, bi2, ur22, ui22, xr2, xi2);
  const double xr1 = ur11r * br1 - ui11r * bi1 - ur12s * xr2 + ui12s * xi2;
  const double xi1 = ui11r * br1 + ur11r * bi1 - ui12s * xr2 - ur12s * xi2;
  if (zswap[icmax - 1]) {
    X(1, 1) = xr2;
    X(2, 1) = xr1;
    X(1, 2) = xi2;
    X(2, 2) = xi1;
  } else {
    X(1, 1) = xr1;
    X(2, 1) = xr2;
    X(1, 2) = xi1;
    X(2, 2) = xi2;
  }
  xnorm = std::max(std::fabs(xr1) + std::fabs(xi1), std::fabs(xr2) + std::fabs(xi2));
  if (xnorm > 1.0 && cmax > 1.0 && xnorm > bignum / cmax) {
    const double temp = cmax / bignum;
    X(1, 1) = temp * X(1, 1);
    X(2, 1) = temp * X(2, 1);
    X(1, 2) = temp * X(1, 2);
    X(2, 2) = temp * X(2, 2);
    xnorm = temp * xnorm;
    scale = temp * scale;
  }
}

// DTREVC3('R', 'B'): the right eigenvectors of the quasi-triangular t, back-transformed by the
// Schur vectors already in vr (overwritten). nb: the block size LAPACK derives from the
// workspace NumPy passes (> 1: the DGEMM back-transformation of nb-column blocks).
void dtrevc3_rb(int n, const double* t, int ldt, double* vr, int ldvr, int nb) {
  auto T = [&](int i, int j) { return t[(i - 1) + (j - 1) * ldt]; };
  auto VR = [&](int i, int j) -> double& { return vr[(i - 1) + (j - 1) * ldvr]; };
  if (n == 0) return;
  std::vector<double> work(static_cast<size_t>(n) * static_cast<size_t>(1 + 2 * std::max(nb, 1)), 0.0);
  std::vector<int> iscomplex(static_cast<size_t>(std::max(nb, 2)) + 1, 0);
  auto W = [&](int idx) -> double& { return work[static_cast<size_t>(idx - 1)]; };  // WORK(idx), 1-based
  const double unfl = kSafmin, ulp = kPrec;
  const double smlnum = unfl * (n / ulp), bignum = (1.0 - ulp) / smlnum;
  // 1-norms of the strictly upper triangular columns, for the overflow guards
  W(1) = 0.0;
  for (int j = 2; j <= n; ++j) {
    W(j) = 0.0;
    for (int i = 1; i <= j - 1; ++i) W(j) = W(j) + std::fabs(T(i, j));
  }
  double x[4];
  auto X = [&](int i, int j) -> double& { return x[(i - 1) + (j - 1) * 2]; };
  int iv = nb > 2 ? nb : 2;
  int ip = 0;
  for (int ki = n; ki >= 1; --ki) {
    check_interrupt();
    if (ip == -1) {  // first of a conjugate pair: done with the second
      ip = 1;
      continue;
    } else if (ki == 1) {
      ip = 0;
    } else if (T(ki, ki - 1) == 0.0) {
      ip = 0;
    } else {
      ip = -1;
    }
    const double wr = T(ki, ki);
    double wi = 0.0;
    if (ip != 0) wi = std::sqrt(std::fabs(T(ki, ki - 1))) * std::sqrt(std::fabs(T(ki - 1, ki)));
    const double smin = std::max(ulp * (std::fabs(wr) + std::fabs(wi)), smlnum);
    double scale, xnorm;
    if (ip == 0) {  // real right eigenvector
      W(ki + iv * n) = 1.0;
      for (int k = 1; k <= ki - 1; ++k) W(k + iv * n) = -T(k, ki);
      int jnxt = ki - 1;
      for (int j = ki - 1; j >= 1; --j) {
        if (j > jnxt) continue;
        int j1 = j;
        const int j2 = j;
        jnxt = j - 1;
        if (j > 1 && T(j, j - 1) != 0.0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        if (j1 == j2) {
          dlaln2(1, 1, smin, &t[(j - 1) + (j - 1) * ldt], ldt, &W(j + iv * n), n, wr, 0.0, x, scale, xnorm);
          if (xnorm > 1.0 && W(j) > bignum / xnorm) {
            X(1, 1) = X(1, 1) / xnorm;
            scale = scale / xnorm;
          }
          if (scale != 1.0) dscal(ki, scale, &W(1 + iv * n), 1);
          W(j + iv * n) = X(1, 1);
          daxpy(j - 1, -X(1, 1), &t[(j - 1) * ldt], 1, &W(1 + iv * n), 1);
        } else {
          dlaln2(2, 1, smin, &t[(j - 2) + (j - 2) * ldt], ldt, &W(j - 1 + iv * n), n, wr, 0.0, x, scale, xnorm);
          if (xnorm > 1.0) {
            const double beta = std::max(W(j - 1), W(j));
            if (beta > bignum / xnorm) {
              X(1, 1) = X(1, 1) / xnorm;
              X(2, 1) = X(2, 1) / xnorm;
              scale = scale / xnorm;
            }
          }
          if (scale != 1.0) dscal(ki, scale, &W(1 + iv * n), 1);
          W(j - 1 + iv * n) = X(1, 1);
          W(j + iv * n) = X(2, 1);
          daxpy(j - 2, -X(1, 1), &t[(j - 2) * ldt], 1, &W(1 + iv * n), 1);
          daxpy(j - 2, -X(2, 1), &t[(j - 1) * ldt], 1, &W(1 + iv * n), 1);
        }
      }
      if (nb == 1) {  // version 1: back-transform each vector with GEMV
        if (ki > 1) dgemv_n(n, ki - 1, 1.0, vr, ldvr, &W(1 + iv * n), 1, W(ki + iv * n), &VR(1, ki), 1);
        const int ii = idamax(n, &VR(1, ki), 1) + 1;
        const double remax = 1.0 / std::fabs(VR(ii, ki));
        dscal(n, remax, &VR(1, ki), 1);
      } else {
        for (int k = ki + 1; k <= n; ++k) W(k + iv * n) = 0.0;
        iscomplex[static_cast<size_t>(iv)] = ip;
      }
    } else {  // complex right eigenvector (columns iv-1: real part, iv: imaginary part)
      if (std::fabs(T(ki - 1, ki)) >= std::fabs(T(ki, ki - 1))) {
        W(ki - 1 + (iv - 1) * n) = 1.0;
        W(ki + iv * n) = wi / T(ki - 1, ki);
      } else {
        W(ki - 1 + (iv - 1) * n) = -wi / T(ki, ki - 1);
        W(ki + iv * n) = 1.0;
      }
      W(ki + (iv - 1) * n) = 0.0;
      W(ki - 1 + iv * n) = 0.0;
      for (int k = 1; k <= ki - 2; ++k) {
        W(k + (iv - 1) * n) = -W(ki - 1 + (iv - 1) * n) * T(k, ki - 1);
        W(k + iv * n) = -W(ki + iv * n) * T(k, ki);
      }
      int jnxt = ki - 2;
      for (int j = ki - 2; j >= 1; --j) {
        if (j > jnxt) continue;
        int j1 = j;
        const int j2 = j;
        jnxt = j - 1;
        if (j > 1 && T(j, j - 1) != 0.0) {
          j1 = j - 1;
          jnxt = j - 2;
        }
        if (j1 == j2) {
          dlaln2(1, 2, smin, &t[(j - 1) + (j - 1) * ldt], ldt, &W(j + (iv - 1) * n), n, wr, wi, x, scale, xnorm);
          if (xnorm > 1.0 && W(j) > bignum / xnorm) {
            X(1, 1) = X(1, 1) / xnorm;
            X(1, 2) = X(1, 2) / xnorm;
            scale = scale / xnorm;
          }
          if (scale != 1.0) {
            dscal(ki, scale, &W(1 + (iv - 1) * n), 1);
            dscal(ki, scale, &W(1 + iv * n), 1);
          }
          W(j + (iv - 1) * n) = X(1, 1);
          W(j + iv * n) = X(1, 2);
          daxpy(j - 1, -X(1, 1), &t[(j - 1) * ldt], 1, &W(1 + (iv - 1) * n), 1);
          daxpy(j - 1, -X(1, 2), &t[(j - 1) * ldt], 1, &W(1 + iv * n), 1);
        } else {
          dlaln2(2, 2, smin, &t[(j - 2) + (j - 2) * ldt], ldt, &W(j - 1 + (iv - 1) * n), n, wr, wi, x, scale,
                 xnorm);
          if (xnorm > 1.0) {
            const double beta = std::max(W(j - 1), W(j));
            if (beta > bignum / xnorm) {
              const double rec = 1.0 / xnorm;
              X(1, 1) = X(1, 1) * rec;
              X(1, 2) = X(1, 2) * rec;
              X(2, 1) = X(2, 1) * rec;
              X(2, 2) = X(2, 2) * rec;
              scale = scale * rec;
            }
          }
          if (scale != 1.0) {
            dscal(ki, scale, &W(1 + (iv - 1) * n), 1);
            dscal(ki, scale, &W(1 + iv * n), 1);
          }
          W(j - 1 + (iv - 1) * n) = X(1, 1);
          W(j + (iv - 1) * n) = X(2, 1);
          W(j - 1 + iv * n) = X(1, 2);
          W(j + iv * n) = X(2, 2);
          daxpy(j - 2, -X(1, 1), &t[(j - 2) * ldt], 1, &W(1 + (iv - 1) * n), 1);
          daxpy(j - 2, -X(2, 1), &t[(j - 1) * ldt], 1, &W(1 + (iv - 1) * n), 1);
          daxpy(j - 2, -X(1, 2), &t[(j - 2) * ldt], 1, &W(1 + iv * n), 1);
          daxpy(j - 2, -X(2, 2), &t[(j - 1) * ldt], 1, &W(1 + iv * n), 1);
        }
      }
      if (nb == 1) {
        if (ki > 2) {
          dgemv_n(n, ki - 2, 1.0, vr, ldvr, &W(1 + (iv - 1) * n), 1, W(ki - 1 + (iv - 1) * n), &VR(1, ki - 1), 1);
          dgemv_n(n, ki - 2, 1.0, vr, ldvr, &W(1 + iv * n), 1, W(ki + iv * n), &VR(1, ki), 1);
        } else {
          dscal(n, W(ki - 1 + (iv - 1) * n), &VR(1, ki - 1), 1);
          dscal(n, W(ki + iv * n), &VR(1, ki), 1);
        }
        double emax = 0.0;
        for (int k = 1; k <= n; ++k) emax = std::max(emax, std::fabs(VR(k, ki - 1)) + std::fabs(VR(k, ki)));
        const double remax = 1.0 / emax;
        dscal(n, remax, &VR(1, ki - 1), 1);
        dscal(n, remax, &VR(1, ki), 1);
      } else {
        for (int k = ki + 1; k <= n; ++k) {
          W(k + (iv - 1) * n) = 0.0;
          W(k + iv * n) = 0.0;
        }
        iscomplex[static_cast<size_t>(iv - 1)] = -ip;
        iscomplex[static_cast<size_t>(iv)] = ip;
        iv = iv - 1;
      }
    }
    if (nb > 1) {  // blocked back-transform: columns iv..nb of work hold vectors
      const int ki2 = ip == 0 ? ki : ki - 1;
      if (iv <= 2 || ki2 == 1) {
        dgemm_nn(n, nb - iv + 1, ki2 + nb - iv, 1.0, vr, ldvr, &W(1 + iv * n), n, 0.0, &W(1 + (nb + iv) * n), n);
        double remax = 1.0;
        for (int k = iv; k <= nb; ++k) {
          const int kind = iscomplex[static_cast<size_t>(k)];
          if (kind == 0) {
            const int ii = idamax(n, &W(1 + (nb + k) * n), 1) + 1;
            remax = 1.0 / std::fabs(W(ii + (nb + k) * n));
          } else if (kind == 1) {
            double emax = 0.0;
            for (int ii = 1; ii <= n; ++ii)
              emax = std::max(emax, std::fabs(W(ii + (nb + k) * n)) + std::fabs(W(ii + (nb + k + 1) * n)));
            remax = 1.0 / emax;
          }  // kind == -1: the second of a pair reuses the first's remax
          dscal(n, remax, &W(1 + (nb + k) * n), 1);
        }
        for (int c = 0; c < nb - iv + 1; ++c)
          for (int r = 1; r <= n; ++r) VR(r, ki2 + c) = W(r + (nb + iv + c) * n);
        iv = nb;
      } else {
        iv = iv - 1;
      }
    }
  }
}

double dlange_max(int n, const double* a, int lda) {
  double value = 0.0;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      const double temp = std::fabs(a[i + j * lda]);
      if (value < temp || std::isnan(temp)) value = temp;
    }
  return value;
}

}  // namespace

int dgeev(bool vectors, int n, double* a, int lda, double* wr, double* wi, double* vr, int ldvr) {
  if (n == 0) return 0;
  auto VR = [&](int i, int j) -> double& { return vr[(i - 1) + (j - 1) * ldvr]; };
  const double eps = kPrec;
  double smlnum = kSafmin;
  double bignum = 1.0 / smlnum;
  smlnum = std::sqrt(smlnum) / eps;
  bignum = 1.0 / smlnum;
  // Scale A if its largest element is outside [smlnum, bignum].
  const double anrm = dlange_max(n, a, lda);
  bool scalea = false;
  double cscale = 1.0;
  if (anrm > 0.0 && anrm < smlnum) {
    scalea = true;
    cscale = smlnum;
  } else if (anrm > bignum) {
    scalea = true;
    cscale = bignum;
  }
  if (scalea) dlascl_g(anrm, cscale, n, n, a, lda);
  std::vector<double> scale(static_cast<size_t>(n)), tau(static_cast<size_t>(std::max(n - 1, 1)));
  int ilo = 1, ihi = n;
  dgebal(n, a, lda, ilo, ihi, scale.data());
  dgehrd(n, ilo, ihi, a, lda, tau.data());
  int info;
  if (vectors) {
    for (int j = 0; j < n; ++j)  // DLACPY('L'): the Householder vectors
      for (int i = j; i < n; ++i) vr[i + j * ldvr] = a[i + j * lda];
    dorghr(n, ilo, ihi, vr, ldvr, tau.data());
    info = dhseqr(true, true, n, ilo, ihi, a, lda, wr, wi, vr, ldvr);
  } else {
    info = dhseqr(false, false, n, ilo, ihi, a, lda, wr, wi, nullptr, 1);
  }
  if (info == 0 && vectors) {
    // DTREVC3's block size from the workspace NumPy queries: LWORK - N = max(...) - N, which
    // for DGEEV's optimal workspace gives NB = ILAENV('DTREVC') = 64 (capped at NBMAX = 128).
    const int hswork = n;  // DHSEQR's query below its DLAQR0 crossover
    const long long maxwrk = std::max<long long>(
        {2LL * n + 32LL * n, 2LL * n + (n - 1) * 32LL, n + 1LL, static_cast<long long>(n) + hswork,
         n + (n + 2LL * n * 64), 4LL * n});
    const long long lwork = maxwrk - n;
    int nb = 1;
    if (lwork >= n + 2LL * n * 8) nb = static_cast<int>(std::min<long long>((lwork - n) / (2LL * n), 128));
    dtrevc3_rb(n, a, lda, vr, ldvr, nb);
    dgebak_r(n, ilo, ihi, scale.data(), n, vr, ldvr);
    // Normalize to unit 2-norm; complex pairs: make the largest component real.
    std::vector<double> work(static_cast<size_t>(n));
    for (int i = 1; i <= n; ++i) {
      if (wi[i - 1] == 0.0) {
        const double scl = 1.0 / dnrm2(n, &VR(1, i), 1);
        dscal(n, scl, &VR(1, i), 1);
      } else if (wi[i - 1] > 0.0) {
        const double scl = 1.0 / dlapy2(dnrm2(n, &VR(1, i), 1), dnrm2(n, &VR(1, i + 1), 1));
        dscal(n, scl, &VR(1, i), 1);
        dscal(n, scl, &VR(1, i + 1), 1);
        for (int k = 1; k <= n; ++k) work[static_cast<size_t>(k - 1)] = VR(k, i) * VR(k, i) + VR(k, i + 1) * VR(k, i + 1);
        const int k = idamax(n, work.data(), 1) + 1;
        double cs, sn, r;
        dlartg(VR(k, i), VR(k, i + 1), cs, sn, r);
        drot(n, &VR(1, i), 1, &VR(1, i + 1), 1, cs, sn);
        VR(k, i + 1) = 0.0;
      }
    }
  }
  if (scalea) {  // undo the scaling of the eigenvalues
    dlascl_g(cscale, anrm, n - info, 1, wr + info, std::max(n - info, 1));
    dlascl_g(cscale, anrm, n - info, 1, wi + info, std::max(n - info, 1));
    if (info > 0) {
      dlascl_g(cscale, anrm, ilo - 1, 1, wr, n);
      dlascl_g(cscale, anrm, ilo - 1, 1, wi, n);
    }
  }
  return info;
}

}  // namespace sl::lapack
