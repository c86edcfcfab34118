// lapack_dqds.cpp — singular values without vectors (DLASQ1..DLASQ6: the dqds algorithm DBDSQR
// uses when no vectors are wanted), in LAPACK 3.11's operation order. Z is LAPACK's 1-based
// work array of 4*n doubles: `Z(i)` below is z[i - 1].
#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "core/interrupt.hpp"
#include "core/lapack_blas.hpp"
#include "core/lapack_internal.hpp"
#include "core/extent.hpp"

namespace sl::lapack {

using namespace blas;

namespace {

struct Dqds {
  std::vector<double>& zv;
  double& Z(int i) { return zv[static_cast<size_t>(i - 1)]; }
  // state shared by DLASQ2/3/4/5/6 (passed by reference in the Fortran)
  int i0 = 0, n0 = 0, pp = 0, nfail = 0, iter = 0, ndiv = 0, ttype = 0;
  double dmin = 0, sigma = 0, desig = 0, qmax = 0, dmin1 = 0, dmin2 = 0, dn = 0, dn1 = 0, dn2 = 0, g = 0, tau = 0;

  void dlasq4(int n0in) {
    constexpr double cnst1 = 0.5630, cnst2 = 1.010, cnst3 = 1.050, third = 0.3330;
    if (dmin <= 0.0) {
      tau = -dmin;
      ttype = -1;
      return;
    }
    const int nn = 4 * n0 + pp;
    double s = 0, a2, b1, b2, gam, gap1, gap2;
    if (n0in == n0) {
      if (dmin == dn || dmin == dn1) {
        b1 = std::sqrt(Z(nn - 3)) * std::sqrt(Z(nn - 5));
        b2 = std::sqrt(Z(nn - 7)) * std::sqrt(Z(nn - 9));
        a2 = Z(nn - 7) + Z(nn - 5);
        if (dmin == dn && dmin1 == dn1) {
          gap2 = dmin2 - a2 - dmin2 * 0.25;
          if (gap2 > 0.0 && gap2 > b2) gap1 = a2 - dn - (b2 / gap2) * b2;
          else gap1 = a2 - dn - (b1 + b2);
          if (gap1 > 0.0 && gap1 > b1) {
            s = std::max(dn - (b1 / gap1) * b1, 0.5 * dmin);
            ttype = -2;
          } else {
            s = 0.0;
            if (dn > b1) s = dn - b1;
            if (a2 > (b1 + b2)) s = std::min(s, a2 - (b1 + b2));
            s = std::max(s, third * dmin);
            ttype = -3;
          }
        } else {
          ttype = -4;
          s = 0.25 * dmin;
          int np;
          if (dmin == dn) {
            gam = dn;
            a2 = 0.0;
            if (Z(nn - 5) > Z(nn - 7)) return;
            b2 = Z(nn - 5) / Z(nn - 7);
            np = nn - 9;
          } else {
            np = nn - 2 * pp;
            gam = dn1;
            if (Z(np - 4) > Z(np - 2)) return;
            a2 = Z(np - 4) / Z(np - 2);
            if (Z(nn - 9) > Z(nn - 11)) return;
            b2 = Z(nn - 9) / Z(nn - 11);
            np = nn - 13;
          }
          a2 = a2 + b2;
          for (int i4 = np; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
            if (b2 == 0.0) break;
            b1 = b2;
            if (Z(i4) > Z(i4 - 2)) return;
            b2 = b2 * (Z(i4) / Z(i4 - 2));
            a2 = a2 + b2;
            if (100.0 * std::max(b2, b1) < a2 || cnst1 < a2) break;
          }
          a2 = cnst3 * a2;
          if (a2 < cnst1) s = gam * (1.0 - std::sqrt(a2)) / (1.0 + a2);
        }
      } else if (dmin == dn2) {
        ttype = -5;
        s = 0.25 * dmin;
        const int np = nn - 2 * pp;
        b1 = Z(np - 2);
        b2 = Z(np - 6);
        gam = dn2;
        if (Z(np - 8) > b2 || Z(np - 4) > b1) return;
        a2 = (Z(np - 8) / b2) * (1.0 + Z(np - 4) / b1);
        if (n0 - i0 > 2) {
          b2 = Z(nn - 13) / Z(nn - 15);
          a2 = a2 + b2;
          for (int i4 = nn - 17; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
            if (b2 == 0.0) break;
            b1 = b2;
            if (Z(i4) > Z(i4 - 2)) return;
            b2 = b2 * (Z(i4) / Z(i4 - 2));
            a2 = a2 + b2;
            if (100.0 * std::max(b2, b1) < a2 || cnst1 < a2) break;
          }
          a2 = cnst3 * a2;
        }
        if (a2 < cnst1) s = gam * (1.0 - std::sqrt(a2)) / (1.0 + a2);
      } else {
        if (ttype == -6) g = g + third * (1.0 - g);
        else if (ttype == -18) g = 0.25 * third;
        else g = 0.25;
        s = g * dmin;
        ttype = -6;
      }
    } else if (n0in == n0 + 1) {
      if (dmin1 == dn1 && dmin2 == dn2) {
        ttype = -7;
        s = third * dmin1;
        if (Z(nn - 5) > Z(nn - 7)) return;
        b1 = Z(nn - 5) / Z(nn - 7);
        b2 = b1;
        if (b2 != 0.0)
          for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
            a2 = b1;
            if (Z(i4) > Z(i4 - 2)) return;
            b1 = b1 * (Z(i4) / Z(i4 - 2));
            b2 = b2 + b1;
            if (100.0 * std::max(b1, a2) < b2) break;
          }
        b2 = std::sqrt(cnst3 * b2);
        a2 = dmin1 / (1.0 + b2 * b2);
        gap2 = 0.5 * dmin2 - a2;
        if (gap2 > 0.0 && gap2 > b2 * a2) {
          s = std::max(s, a2 * (1.0 - cnst2 * a2 * (b2 / gap2) * b2));
        } else {
          s = std::max(s, a2 * (1.0 - cnst2 * b2));
          ttype = -8;
        }
      } else {
        s = 0.25 * dmin1;
        if (dmin1 == dn1) s = 0.5 * dmin1;
        ttype = -9;
      }
    } else if (n0in == n0 + 2) {
      if (dmin2 == dn2 && 2.0 * Z(nn - 5) < Z(nn - 7)) {
        ttype = -10;
        s = third * dmin2;
        if (Z(nn - 5) > Z(nn - 7)) return;
        b1 = Z(nn - 5) / Z(nn - 7);
        b2 = b1;
        if (b2 != 0.0)
          for (int i4 = 4 * n0 - 9 + pp; i4 >= 4 * i0 - 1 + pp; i4 -= 4) {
            if (Z(i4) > Z(i4 - 2)) return;
            b1 = b1 * (Z(i4) / Z(i4 - 2));
            b2 = b2 + b1;
            if (100.0 * b1 < b2) break;
          }
        b2 = std::sqrt(cnst3 * b2);
        a2 = dmin2 / (1.0 + b2 * b2);
        gap2 = Z(nn - 7) + Z(nn - 9) - std::sqrt(Z(nn - 11)) * std::sqrt(Z(nn - 9)) - a2;
        if (gap2 > 0.0 && gap2 > b2 * a2) s = std::max(s, a2 * (1.0 - cnst2 * a2 * (b2 / gap2) * b2));
        else s = std::max(s, a2 * (1.0 - cnst2 * b2));
      } else {
        s = 0.25 * dmin2;
        ttype = -11;
      }
    } else if (n0in > n0 + 2) {
      s = 0.0;
      ttype = -12;
    }
    tau = s;
  }

  // DLASQ5 (IEEE arithmetic)
  void dlasq5(double eps) {
    if ((n0 - i0 - 1) <= 0) return;
    const double dthresh = eps * (sigma + tau);
    if (tau < dthresh * 0.5) tau = 0.0;
    int j4 = 4 * i0 + pp - 3;
    double emin = Z(j4 + 4), d = Z(j4) - tau;
    dmin = d;
    dmin1 = -Z(j4);
    const bool tz = tau == 0.0;
    for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
      if (pp == 0) {
        Z(j4 - 2) = d + Z(j4 - 1);
        const double temp = Z(j4 + 1) / Z(j4 - 2);
        d = d * temp - tau;
        if (tz && d < dthresh) d = 0.0;
        dmin = std::min(dmin, d);
        Z(j4) = Z(j4 - 1) * temp;
        emin = std::min(Z(j4), emin);
      } else {
        Z(j4 - 3) = d + Z(j4);
        const double temp = Z(j4 + 2) / Z(j4 - 3);
        d = d * temp - tau;
        if (tz && d < dthresh) d = 0.0;
        dmin = std::min(dmin, d);
        Z(j4 - 1) = Z(j4) * temp;
        emin = std::min(Z(j4 - 1), emin);
      }
    }
    const double dnm2 = d;
    dmin2 = dmin;
    j4 = 4 * (n0 - 2) - pp;
    int j4p2 = j4 + 2 * pp - 1;
    Z(j4 - 2) = dnm2 + Z(j4p2);
    Z(j4) = Z(j4p2 + 2) * (Z(j4p2) / Z(j4 - 2));
    const double dnm1 = Z(j4p2 + 2) * (dnm2 / Z(j4 - 2)) - tau;
    dmin = std::min(dmin, dnm1);
    dmin1 = dmin;
    j4 += 4;
    j4p2 = j4 + 2 * pp - 1;
    Z(j4 - 2) = dnm1 + Z(j4p2);
    Z(j4) = Z(j4p2 + 2) * (Z(j4p2) / Z(j4 - 2));
    dn = Z(j4p2 + 2) * (dnm1 / Z(j4 - 2)) - tau;
    dmin = std::min(dmin, dn);
    dn1 = dnm1;
    dn2 = dnm2;
    Z(j4 + 2) = dn;
    Z(4 * n0 - pp) = emin;
  }

  void dlasq6() {
    if ((n0 - i0 - 1) <= 0) return;
    const double safmin = kSafmin;
    int j4 = 4 * i0 + pp - 3;
    double emin = Z(j4 + 4), d = Z(j4);
    dmin = d;
    for (j4 = 4 * i0; j4 <= 4 * (n0 - 3); j4 += 4) {
      const int a = pp == 0 ? j4 - 2 : j4 - 3;   // new q
      const int b = pp == 0 ? j4 - 1 : j4;       // old e
      const int c = pp == 0 ? j4 + 1 : j4 + 2;   // next old q
      const int o = pp == 0 ? j4 : j4 - 1;       // new e
      Z(a) = d + Z(b);
      if (Z(a) == 0.0) {
        Z(o) = 0.0;
        d = Z(c);
        dmin = d;
        emin = 0.0;
      } else if (safmin * Z(c) < Z(a) && safmin * Z(a) < Z(c)) {
        const double temp = Z(c) / Z(a);
        Z(o) = Z(b) * temp;
        d = d * temp;
      } else {
        Z(o) = Z(c) * (Z(b) / Z(a));
        d = Z(c) * (d / Z(a));
      }
      dmin = std::min(dmin, d);
      emin = std::min(emin, Z(o));
    }
    const double dnm2 = d;
    dmin2 = dmin;
    auto last = [&](int j, double dprev, double& dout) {
      const int jp2 = j + 2 * pp - 1;
      Z(j - 2) = dprev + Z(jp2);
      if (Z(j - 2) == 0.0) {
        Z(j) = 0.0;
        dout = Z(jp2 + 2);
        dmin = dout;
        emin = 0.0;
      } else if (safmin * Z(jp2 + 2) < Z(j - 2) && safmin * Z(j - 2) < Z(jp2 + 2)) {
        const double temp = Z(jp2 + 2) / Z(j - 2);
        Z(j) = Z(jp2) * temp;
        dout = dprev * temp;
      } else {
        Z(j) = Z(jp2 + 2) * (Z(jp2) / Z(j - 2));
        dout = Z(jp2 + 2) * (dprev / Z(j - 2));
      }
    };
    j4 = 4 * (n0 - 2) - pp;
    double dnm1;
    last(j4, dnm2, dnm1);
    dmin = std::min(dmin, dnm1);
    dmin1 = dmin;
    j4 += 4;
    last(j4, dnm1, dn);
    dmin = std::min(dmin, dn);
    dn1 = dnm1;
    dn2 = dnm2;
    Z(j4 + 2) = dn;
    Z(4 * n0 - pp) = emin;
  }

  void dlasq3() {
    constexpr double cbias = 1.50;
    const int n0in = n0;
    const double eps = kPrec, tol = eps * 100.0, tol2 = tol * tol;
    for (;;) {
      if (n0 < i0) return;
      int nn = 4 * n0 + pp;
      bool deflate1 = n0 == i0, deflate2 = false;
      if (!deflate1) {
        if (n0 == i0 + 1) deflate2 = true;
        else if (!(Z(nn - 5) > tol2 * (sigma + Z(nn - 3)) && Z(nn - 2 * pp - 4) > tol2 * Z(nn - 7))) deflate1 = true;
        else if (!(Z(nn - 9) > tol2 * sigma && Z(nn - 2 * pp - 8) > tol2 * Z(nn - 11))) deflate2 = true;
      }
      if (deflate1) {
        Z(4 * n0 - 3) = Z(4 * n0 + pp - 3) + sigma;
        --n0;
        continue;
      }
      if (deflate2) {
        if (Z(nn - 3) > Z(nn - 7)) std::swap(Z(nn - 3), Z(nn - 7));
        double t = 0.5 * ((Z(nn - 7) - Z(nn - 3)) + Z(nn - 5));
        if (Z(nn - 5) > Z(nn - 3) * tol2 && t != 0.0) {
          double s = Z(nn - 3) * (Z(nn - 5) / t);
          if (s <= t) s = Z(nn - 3) * (Z(nn - 5) / (t * (1.0 + std::sqrt(1.0 + s / t))));
          else s = Z(nn - 3) * (Z(nn - 5) / (t + std::sqrt(t) * std::sqrt(t + s)));
          t = Z(nn - 7) + (s + Z(nn - 5));
          Z(nn - 3) = Z(nn - 3) * (Z(nn - 7) / t);
          Z(nn - 7) = t;
        }
        Z(4 * n0 - 7) = Z(nn - 7) + sigma;
        Z(4 * n0 - 3) = Z(nn - 3) + sigma;
        n0 -= 2;
        continue;
      }
      break;
    }
    if (pp == 2) pp = 0;
    if (dmin <= 0.0 || n0 < n0in) {
      if (cbias * Z(4 * i0 + pp - 3) < Z(4 * n0 + pp - 3)) {
        const int ipn4 = 4 * (i0 + n0);
        for (int j4 = 4 * i0; j4 <= 2 * (i0 + n0 - 1); j4 += 4) {
          std::swap(Z(j4 - 3), Z(ipn4 - j4 - 3));
          std::swap(Z(j4 - 2), Z(ipn4 - j4 - 2));
          std::swap(Z(j4 - 1), Z(ipn4 - j4 - 5));
          std::swap(Z(j4), Z(ipn4 - j4 - 4));
        }
        if (n0 - i0 <= 4) {
          Z(4 * n0 + pp - 1) = Z(4 * i0 + pp - 1);
          Z(4 * n0 - pp) = Z(4 * i0 - pp);
        }
        dmin2 = std::min(dmin2, Z(4 * n0 + pp - 1));
        Z(4 * n0 + pp - 1) = std::min({Z(4 * n0 + pp - 1), Z(4 * i0 + pp - 1), Z(4 * i0 + pp + 3)});
        Z(4 * n0 - pp) = std::min({Z(4 * n0 - pp), Z(4 * i0 - pp), Z(4 * i0 - pp + 4)});
        qmax = std::max({qmax, Z(4 * i0 + pp - 3), Z(4 * i0 + pp + 1)});
        dmin = -0.0;
      }
    }
    dlasq4(n0in);
    bool do6 = false;
    for (;;) {
      dlasq5(eps);
      ndiv += n0 - i0 + 2;
      ++iter;
      if (dmin >= 0.0 && dmin1 >= 0.0) break;
      if (dmin < 0.0 && dmin1 > 0.0 && Z(4 * (n0 - 1) - pp) < tol * (sigma + dn1) && std::fabs(dn) < tol * sigma) {
        Z(4 * (n0 - 1) - pp + 2) = 0.0;
        dmin = 0.0;
        break;
      }
      if (dmin < 0.0) {
        ++nfail;
        if (ttype < -22) {
          tau = 0.0;
        } else if (dmin1 > 0.0) {
          tau = (tau + dmin) * (1.0 - 2.0 * eps);
          ttype -= 11;
        } else {
          tau = 0.25 * tau;
          ttype -= 12;
        }
        continue;
      }
      if (std::isnan(dmin)) {
        if (tau == 0.0) {
          do6 = true;
          break;
        }
        tau = 0.0;
        continue;
      }
      do6 = true;
      break;
    }
    if (do6) {
      dlasq6();
      ndiv += n0 - i0 + 2;
      ++iter;
      tau = 0.0;
    }
    double t;
    if (tau < sigma) {
      desig = desig + tau;
      t = sigma + desig;
      desig = desig - (t - sigma);
    } else {
      t = sigma + tau;
      desig = sigma - (t - tau) + desig;
    }
    sigma = t;
  }
};

// DLASQ2: z has 4*n entries (the caller's layout: q's and e's squared, interleaved).
int dlasq2(int n, std::vector<double>& z) {
  Dqds q{z};
  auto Z = [&](int i) -> double& { return q.Z(i); };
  const double eps = kPrec, safmin = kSafmin, tol = eps * 100.0, tol2 = tol * tol;
  if (n == 0) return 0;
  if (n == 1) return Z(1) < 0.0 ? -201 : 0;
  if (n == 2) {
    if (Z(1) < 0.0) return -201;
    if (Z(2) < 0.0) return -202;
    if (Z(3) < 0.0) return -203;
    if (Z(3) > Z(1)) std::swap(Z(1), Z(3));
    Z(5) = Z(1) + Z(2) + Z(3);
    if (Z(2) > Z(3) * tol2) {
      double t = 0.5 * ((Z(1) - Z(3)) + Z(2));
      double s = Z(3) * (Z(2) / t);
      if (s <= t) s = Z(3) * (Z(2) / (t * (1.0 + std::sqrt(1.0 + s / t))));
      else s = Z(3) * (Z(2) / (t + std::sqrt(t) * std::sqrt(t + s)));
      t = Z(1) + (s + Z(2));
      Z(3) = Z(3) * (Z(1) / t);
      Z(1) = t;
    }
    Z(2) = Z(3);
    Z(6) = Z(2) + Z(1);
    return 0;
  }
  Z(2 * n) = 0.0;
  double emin = Z(2), qmax = 0.0, zmax = 0.0, d = 0.0, e = 0.0;
  for (int k = 1; k <= 2 * (n - 1); k += 2) {
    if (Z(k) < 0.0) return -(200 + k);
    if (Z(k + 1) < 0.0) return -(200 + k + 1);
    d = d + Z(k);
    e = e + Z(k + 1);
    qmax = std::max(qmax, Z(k));
    emin = std::min(emin, Z(k + 1));
    zmax = std::max({qmax, zmax, Z(k + 1)});
  }
  if (Z(2 * n - 1) < 0.0) return -(200 + 2 * n - 1);
  d = d + Z(2 * n - 1);
  qmax = std::max(qmax, Z(2 * n - 1));
  if (e == 0.0) {
    for (int k = 2; k <= n; ++k) Z(k) = Z(2 * k - 1);
    std::sort(z.begin(), z.begin() + n, std::greater<double>());
    Z(2 * n - 1) = d;
    return 0;
  }
  const double trace = d + e;
  if (trace == 0.0) {
    Z(2 * n - 1) = 0.0;
    return 0;
  }
  for (int k = 2 * n; k >= 2; k -= 2) {
    Z(2 * k) = 0.0;
    Z(2 * k - 1) = Z(k);
    Z(2 * k - 2) = 0.0;
    Z(2 * k - 3) = Z(k - 1);
  }
  int i0 = 1, n0 = n;
  if (1.50 * Z(4 * i0 - 3) < Z(4 * n0 - 3)) {
    const int ipn4 = 4 * (i0 + n0);
    for (int i4 = 4 * i0; i4 <= 2 * (i0 + n0 - 1); i4 += 4) {
      std::swap(Z(i4 - 3), Z(ipn4 - i4 - 3));
      std::swap(Z(i4 - 1), Z(ipn4 - i4 - 5));
    }
  }
  int pp = 0;
  for (int k = 1; k <= 2; ++k) {
    d = Z(4 * n0 + pp - 3);
    for (int i4 = 4 * (n0 - 1) + pp; i4 >= 4 * i0 + pp; i4 -= 4) {
      if (Z(i4 - 1) <= tol2 * d) {
        Z(i4 - 1) = -0.0;
        d = Z(i4 - 3);
      } else {
        d = Z(i4 - 3) * (d / (d + Z(i4 - 1)));
      }
    }
    emin = Z(4 * i0 + pp + 1);
    d = Z(4 * i0 + pp - 3);
    for (int i4 = 4 * i0 + pp; i4 <= 4 * (n0 - 1) + pp; i4 += 4) {
      Z(i4 - 2 * pp - 2) = d + Z(i4 - 1);
      if (Z(i4 - 1) <= tol2 * d) {
        Z(i4 - 1) = -0.0;
        Z(i4 - 2 * pp - 2) = d;
        Z(i4 - 2 * pp) = 0.0;
        d = Z(i4 + 1);
      } else if (safmin * Z(i4 + 1) < Z(i4 - 2 * pp - 2) && safmin * Z(i4 - 2 * pp - 2) < Z(i4 + 1)) {
        const double temp = Z(i4 + 1) / Z(i4 - 2 * pp - 2);
        Z(i4 - 2 * pp) = Z(i4 - 1) * temp;
        d = d * temp;
      } else {
        Z(i4 - 2 * pp) = Z(i4 + 1) * (Z(i4 - 1) / Z(i4 - 2 * pp - 2));
        d = Z(i4 + 1) * (d / Z(i4 - 2 * pp - 2));
      }
      emin = std::min(emin, Z(i4 - 2 * pp));
    }
    Z(4 * n0 - pp - 2) = d;
    qmax = Z(4 * i0 - pp - 2);
    for (int i4 = 4 * i0 - pp + 2; i4 <= 4 * n0 - pp - 2; i4 += 4) qmax = std::max(qmax, Z(i4));
    pp = 1 - pp;
  }
  q.ttype = 0;
  q.iter = 2;
  q.nfail = 0;
  q.ndiv = 2 * (n0 - i0);
  q.i0 = i0;
  q.n0 = n0;
  q.qmax = qmax;
  for (int iwhila = 1; iwhila <= n + 1; ++iwhila) {
    check_interrupt();
    if (q.n0 < 1) {
      for (int k = 2; k <= n; ++k) Z(k) = Z(4 * k - 3);
      std::sort(z.begin(), z.begin() + n, std::greater<double>());
      return 0;
    }
    q.desig = 0.0;
    q.sigma = q.n0 == n ? 0.0 : -Z(4 * q.n0 - 1);
    if (q.sigma < 0.0) return 1;
    double emax = 0.0;
    emin = q.n0 > q.i0 ? std::fabs(Z(4 * q.n0 - 5)) : 0.0;
    double qmin = Z(4 * q.n0 - 3);
    q.qmax = qmin;
    int i4 = 4;
    for (int k4 = 4 * q.n0; k4 >= 8; k4 -= 4) {
      if (Z(k4 - 5) <= 0.0) {
        i4 = k4;
        break;
      }
      if (qmin >= 4.0 * emax) {
        qmin = std::min(qmin, Z(k4 - 3));
        emax = std::max(emax, Z(k4 - 5));
      }
      q.qmax = std::max(q.qmax, Z(k4 - 7) + Z(k4 - 5));
      emin = std::min(emin, Z(k4 - 5));
    }
    q.i0 = i4 / 4;
    q.pp = 0;
    if (q.n0 - q.i0 > 1) {
      double dee = Z(4 * q.i0 - 3), deemin = dee;
      int kmin = q.i0;
      for (int k4 = 4 * q.i0 + 1; k4 <= 4 * q.n0 - 3; k4 += 4) {
        dee = Z(k4) * (dee / (dee + Z(k4 - 2)));
        if (dee <= deemin) {
          deemin = dee;
          kmin = (k4 + 3) / 4;
        }
      }
      if ((kmin - q.i0) * 2 < q.n0 - kmin && deemin <= 0.5 * Z(4 * q.n0 - 3)) {
        const int ipn4 = 4 * (q.i0 + q.n0);
        q.pp = 2;
        for (int k4 = 4 * q.i0; k4 <= 2 * (q.i0 + q.n0 - 1); k4 += 4) {
          std::swap(Z(k4 - 3), Z(ipn4 - k4 - 3));
          std::swap(Z(k4 - 2), Z(ipn4 - k4 - 2));
          std::swap(Z(k4 - 1), Z(ipn4 - k4 - 5));
          std::swap(Z(k4), Z(ipn4 - k4 - 4));
        }
      }
    }
    q.dmin = -std::max(0.0, qmin - 2.0 * std::sqrt(qmin) * std::sqrt(emax));
    const int nbig = 100 * (q.n0 - q.i0 + 1);
    bool done = false;
    for (int iwhilb = 1; iwhilb <= nbig; ++iwhilb) {
      if (q.i0 > q.n0) {
        done = true;
        break;
      }
      q.dlasq3();
      q.pp = 1 - q.pp;
      if (q.pp == 0 && q.n0 - q.i0 >= 3) {
        if (Z(4 * q.n0) <= tol2 * q.qmax || Z(4 * q.n0 - 1) <= tol2 * q.sigma) {
          int splt = q.i0 - 1;
          q.qmax = Z(4 * q.i0 - 3);
          emin = Z(4 * q.i0 - 1);
          double oldemn = Z(4 * q.i0);
          for (int k4 = 4 * q.i0; k4 <= 4 * (q.n0 - 3); k4 += 4) {
            if (Z(k4) <= tol2 * Z(k4 - 3) || Z(k4 - 1) <= tol2 * q.sigma) {
              Z(k4 - 1) = -q.sigma;
              splt = k4 / 4;
              q.qmax = 0.0;
              emin = Z(k4 + 3);
              oldemn = Z(k4 + 4);
            } else {
              q.qmax = std::max(q.qmax, Z(k4 + 1));
              emin = std::min(emin, Z(k4 - 1));
              oldemn = std::min(oldemn, Z(k4));
            }
          }
          Z(4 * q.n0 - 1) = emin;
          Z(4 * q.n0) = oldemn;
          q.i0 = splt + 1;
        }
      }
    }
    if (!done) return 2;  // (NumPy then reports non-convergence)
  }
  return 3;
}

}  // namespace

int dlasq1(int n, double* d, double* e) {
  if (n == 0) return 0;
  if (n == 1) {
    d[0] = std::fabs(d[0]);
    return 0;
  }
  if (n == 2) {
    double sigmn, sigmx;
    dlas2_values(d[0], e[0], d[1], sigmn, sigmx);
    d[0] = sigmx;
    d[1] = sigmn;
    return 0;
  }
  double sigmx = 0.0;
  for (int i = 0; i < n - 1; ++i) {
    d[i] = std::fabs(d[i]);
    sigmx = std::max(sigmx, std::fabs(e[i]));
  }
  d[n - 1] = std::fabs(d[n - 1]);
  if (sigmx == 0.0) {
    std::sort(d, d + n, std::greater<double>());
    return 0;
  }
  for (int i = 0; i < n; ++i) sigmx = std::max(sigmx, d[i]);
  const double eps = kPrec, safmin = kSafmin, scale = std::sqrt(eps / safmin);
  std::vector<double> work(alloc_count(4 * n, sizeof(double)));
  for (int i = 0; i < n; ++i) work[static_cast<size_t>(2 * i)] = d[i];
  for (int i = 0; i < n - 1; ++i) work[static_cast<size_t>(2 * i + 1)] = e[i];
  dlascl_g(sigmx, scale, 2 * n - 1, 1, work.data(), 2 * n - 1);
  for (int i = 0; i < 2 * n - 1; ++i) work[static_cast<size_t>(i)] = work[static_cast<size_t>(i)] * work[static_cast<size_t>(i)];
  work[static_cast<size_t>(2 * n - 1)] = 0.0;
  const int info = dlasq2(n, work);
  if (info == 0) {
    for (int i = 0; i < n; ++i) d[i] = std::sqrt(work[static_cast<size_t>(i)]);
    dlascl_g(scale, sigmx, n, 1, d, n);
  } else if (info == 2) {
    for (int i = 0; i < n; ++i) {
      d[i] = std::sqrt(work[static_cast<size_t>(2 * i)]);
      e[i] = std::sqrt(work[static_cast<size_t>(2 * i + 1)]);
    }
    dlascl_g(scale, sigmx, n, 1, d, n);
    dlascl_g(scale, sigmx, n, 1, e, n);
  }
  return info;
}

}  // namespace sl::lapack
