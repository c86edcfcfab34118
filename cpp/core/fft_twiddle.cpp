// fft_twiddle.cpp — twiddle factors and length heuristics of the FFT engine (see
// fft_internal.hpp). cos/sin(2*pi*k/n) come from minimax polynomials for cos(pi*x)-1 and
// sin(pi*x) on |x| <= 1/4 (evaluated with fused multiply-adds, exactly rounded everywhere),
// one octant computed in blocks of sqrt(n) by angle addition, the rest by symmetry —
// the order of operations is pocketfft's, so the factors are bit-identical to NumPy's.
#include <cmath>

#include "core/fft_internal.hpp"

namespace sl {
namespace fft {
namespace {

// cos(pi*a) - 1 and sin(pi*a) for a in [-0.25, 0.25]
void sincosm1pi(double a, double* res) {
  double s = a * a;
  double r = -1.0369917389758117e-4;
  r = std::fma(r, s, 1.9294935641298806e-3);
  r = std::fma(r, s, -2.5806887942825395e-2);
  r = std::fma(r, s, 2.3533063028328211e-1);
  r = std::fma(r, s, -1.3352627688538006e+0);
  r = std::fma(r, s, 4.0587121264167623e+0);
  r = std::fma(r, s, -4.9348022005446790e+0);
  const double c = r * s;
  r = 4.6151442520157035e-4;
  r = std::fma(r, s, -7.3700183130883555e-3);
  r = std::fma(r, s, 8.2145868949323936e-2);
  r = std::fma(r, s, -5.9926452893214921e-1);
  r = std::fma(r, s, 2.5501640398732688e+0);
  r = std::fma(r, s, -5.1677127800499516e+0);
  s = s * a;
  r = r * s;
  s = std::fma(a, 3.1415926535897931e+0, r);
  res[0] = c;
  res[1] = s;
}

void calc_first_octant(size_t den, double* res) {
  const size_t n = (den + 4) >> 3;
  if (n == 0) return;
  res[0] = 1.;
  res[1] = 0.;
  if (n == 1) return;
  const size_t l1 = static_cast<size_t>(std::sqrt(static_cast<double>(n)));
  for (size_t i = 1; i < l1; ++i) sincosm1pi((2. * static_cast<double>(i)) / static_cast<double>(den), &res[2 * i]);
  size_t start = l1;
  while (start < n) {
    double cs[2];
    sincosm1pi((2. * static_cast<double>(start)) / static_cast<double>(den), cs);
    res[2 * start] = cs[0] + 1.;
    res[2 * start + 1] = cs[1];
    size_t end = l1;
    if (start + end > n) end = n - start;
    for (size_t i = 1; i < end; ++i) {
      const double csx[2] = {res[2 * i], res[2 * i + 1]};
      res[2 * (start + i)] = ((cs[0] * csx[0] - cs[1] * csx[1] + cs[0]) + csx[0]) + 1.;
      res[2 * (start + i) + 1] = (cs[0] * csx[1] + cs[1] * csx[0]) + cs[1] + csx[1];
    }
    start += l1;
  }
  for (size_t i = 1; i < l1; ++i) res[2 * i] += 1.;
}

void calc_first_quadrant(size_t n, double* res) {
  double* p = res + n;
  calc_first_octant(n << 1, p);
  const size_t ndone = (n + 2) >> 2;
  size_t i = 0, idx1 = 0, idx2 = 2 * ndone - 2;
  for (; i + 1 < ndone; i += 2, idx1 += 2, idx2 -= 2) {
    res[idx1] = p[2 * i];
    res[idx1 + 1] = p[2 * i + 1];
    res[idx2] = p[2 * i + 3];
    res[idx2 + 1] = p[2 * i + 2];
  }
  if (i != ndone) {
    res[idx1] = p[2 * i];
    res[idx1 + 1] = p[2 * i + 1];
  }
}

void calc_first_half(size_t n, double* res) {
  const int ndone = static_cast<int>((n + 1) >> 1);
  double* p = res + n - 1;
  calc_first_octant(n << 2, p);
  int i4 = 0, in = static_cast<int>(n), i = 0;
  for (; i4 <= in - i4; ++i, i4 += 4) {  // octant 0
    res[2 * i] = p[2 * i4];
    res[2 * i + 1] = p[2 * i4 + 1];
  }
  for (; i4 - in <= 0; ++i, i4 += 4) {  // octant 1
    const int xm = in - i4;
    res[2 * i] = p[2 * xm + 1];
    res[2 * i + 1] = p[2 * xm];
  }
  for (; i4 <= 3 * in - i4; ++i, i4 += 4) {  // octant 2
    const int xm = i4 - in;
    res[2 * i] = -p[2 * xm + 1];
    res[2 * i + 1] = p[2 * xm];
  }
  for (; i < ndone; ++i, i4 += 4) {  // octant 3
    const int xm = 2 * in - i4;
    res[2 * i] = -p[2 * xm];
    res[2 * i + 1] = p[2 * xm + 1];
  }
}

void fill_first_quadrant(size_t n, double* res) {
  const double hsqt2 = 0.707106781186547524400844362104849;
  const size_t quart = n >> 2;
  if ((n & 7) == 0) res[quart] = res[quart + 1] = hsqt2;
  for (size_t i = 2, j = 2 * quart - 2; i < quart; i += 2, j -= 2) {
    res[j] = res[i + 1];
    res[j + 1] = res[i];
  }
}

void fill_first_half(size_t n, double* res) {
  const size_t half = n >> 1;
  if ((n & 3) == 0) {
    for (size_t i = 0; i < half; i += 2) {
      res[i + half] = -res[i + 1];
      res[i + half + 1] = res[i];
    }
  } else {
    for (size_t i = 2, j = 2 * half - 2; i < half; i += 2, j -= 2) {
      res[j] = -res[i];
      res[j + 1] = res[i + 1];
    }
  }
}

void fill_second_half(size_t n, double* res) {
  if ((n & 1) == 0) {
    for (size_t i = 0; i < n; ++i) res[i + n] = -res[i];
  } else {
    for (size_t i = 2, j = 2 * n - 2; i < n; i += 2, j -= 2) {
      res[j] = res[i];
      res[j + 1] = -res[i + 1];
    }
  }
}

}  // namespace

void sincos_2pibyn_half(size_t n, double* res) {
  if ((n & 3) == 0) {
    calc_first_octant(n, res);
    fill_first_quadrant(n, res);
    fill_first_half(n, res);
  } else if ((n & 1) == 0) {
    calc_first_quadrant(n, res);
    fill_first_half(n, res);
  } else {
    calc_first_half(n, res);
  }
}

void sincos_2pibyn(size_t n, double* res) {
  sincos_2pibyn_half(n, res);
  fill_second_half(n, res);
}

size_t largest_prime_factor(size_t n) {
  size_t res = 1, tmp;
  while (((tmp = (n >> 1)) << 1) == n) {
    res = 2;
    n = tmp;
  }
  size_t limit = static_cast<size_t>(std::sqrt(static_cast<double>(n) + 0.01));
  for (size_t x = 3; x <= limit; x += 2)
    while (((tmp = (n / x)) * x) == n) {
      res = x;
      n = tmp;
      limit = static_cast<size_t>(std::sqrt(static_cast<double>(n) + 0.01));
    }
  if (n > 1) res = n;
  return res;
}

double cost_guess(size_t n) {
  const double lfp = 1.1;  // penalty for non-hardcoded larger factors
  const size_t ni = n;
  double result = 0.;
  size_t tmp;
  while (((tmp = (n >> 1)) << 1) == n) {
    result += 2;
    n = tmp;
  }
  size_t limit = static_cast<size_t>(std::sqrt(static_cast<double>(n) + 0.01));
  for (size_t x = 3; x <= limit; x += 2)
    while ((tmp = (n / x)) * x == n) {
      result += (x <= 5) ? static_cast<double>(x) : lfp * static_cast<double>(x);
      n = tmp;
      limit = static_cast<size_t>(std::sqrt(static_cast<double>(n) + 0.01));
    }
  if (n > 1) result += (n <= 5) ? static_cast<double>(n) : lfp * static_cast<double>(n);
  return result * static_cast<double>(ni);
}

size_t good_size(size_t n) {
  if (n <= 6) return n;
  size_t bestfac = 2 * n;
  for (size_t f2 = 1; f2 < bestfac; f2 *= 2)
    for (size_t f23 = f2; f23 < bestfac; f23 *= 3)
      for (size_t f235 = f23; f235 < bestfac; f235 *= 5)
        for (size_t f2357 = f235; f2357 < bestfac; f2357 *= 7)
          for (size_t f235711 = f2357; f235711 < bestfac; f235711 *= 11)
            if (f235711 >= n) bestfac = f235711;
  return bestfac;
}

}  // namespace fft
}  // namespace sl
