// random_distributions.cpp — scalar samplers shared by RandomState and Generator. Every
// function consumes the bit generator exactly as NumPy's distributions.c does (same number
// of draws, same order, same floating-point expression shapes): a different but equally
// valid algorithm would give a different stream, so none is "improved" here.
#include "core/random_distributions.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "core/random_ziggurat.hpp"
#include "core/c_cast.hpp"

namespace sl {
namespace rnd {

// ---------------------------------------------------------------------------------------
// Ziggurat samplers
// ---------------------------------------------------------------------------------------
double standard_normal(BitGenerator& bg) {
  for (;;) {
    uint64_t r = bg.next_uint64();
    const int idx = static_cast<int>(r & 0xff);
    r >>= 8;
    const bool negative = r & 1;
    const uint64_t rabs = (r >> 1) & 0x000fffffffffffffULL;
    double x = static_cast<double>(rabs) * zig::kNormW[idx];
    if (negative) x = -x;
    if (rabs < zig::kNormK[idx]) return x;  // the common case
    if (idx == 0) {
      // Tail beyond r: Marsaglia's exponential method. 1 - U avoids log(0).
      for (;;) {
        const double xx = -zig::kNormInvR * std::log1p(-bg.next_double());
        const double yy = -std::log1p(-bg.next_double());
        if (yy + yy > xx * xx)
          return ((rabs >> 8) & 1) ? -(zig::kNormR + xx) : zig::kNormR + xx;
      }
    }
    if ((zig::kNormF[idx - 1] - zig::kNormF[idx]) * bg.next_double() + zig::kNormF[idx] <
        std::exp(-0.5 * x * x))
      return x;
  }
}

float standard_normal_f(BitGenerator& bg) {
  for (;;) {
    const uint32_t r = bg.next_uint32();
    const int idx = static_cast<int>(r & 0xff);
    const bool negative = (r >> 8) & 1;
    const uint32_t rabs = (r >> 9) & 0x0007fffffu;
    float x = static_cast<float>(rabs) * zig::kNormWf[idx];
    if (negative) x = -x;
    if (rabs < zig::kNormKf[idx]) return x;
    if (idx == 0) {
      for (;;) {
        const float xx = -zig::kNormInvRf * std::log1p(-bg.next_float());
        const float yy = -std::log1p(-bg.next_float());
        if (yy + yy > xx * xx)
          return ((rabs >> 8) & 1) ? -(zig::kNormRf + xx) : zig::kNormRf + xx;
      }
    }
    // NumPy compares the float left side with a double exp() of the promoted x.
    const float lhs = (zig::kNormFf[idx - 1] - zig::kNormFf[idx]) * bg.next_float() + zig::kNormFf[idx];
    if (static_cast<double>(lhs) < std::exp(-0.5 * static_cast<double>(x) * static_cast<double>(x)))
      return x;
  }
}

double standard_exponential(BitGenerator& bg) {
  for (;;) {
    uint64_t ri = bg.next_uint64() >> 3;
    const int idx = static_cast<int>(ri & 0xff);
    ri >>= 8;
    const double x = static_cast<double>(ri) * zig::kExpW[idx];
    if (ri < zig::kExpK[idx]) return x;
    if (idx == 0) return zig::kExpR - std::log1p(-bg.next_double());
    if ((zig::kExpF[idx - 1] - zig::kExpF[idx]) * bg.next_double() + zig::kExpF[idx] <
        std::exp(-x))
      return x;
    // otherwise draw afresh (NumPy recurses; a loop is the same stream)
  }
}

double standard_gamma(BitGenerator& bg, double shape) {
  if (shape == 1.0) return standard_exponential(bg);
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const double U = bg.next_double();
      const double V = standard_exponential(bg);
      if (U <= 1.0 - shape) {
        const double X = std::pow(U, 1. / shape);
        if (X <= V) return X;
      } else {
        const double Y = -std::log((1 - U) / shape);
        const double X = std::pow(1.0 - shape + shape * Y, 1. / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const double b = shape - 1. / 3.;
  const double c = 1. / std::sqrt(9 * b);
  for (;;) {
    double X, V;
    do {
      X = standard_normal(bg);
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const double U = bg.next_double();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (std::log(U) < 0.5 * X * X + b * (1. - V + std::log(V))) return b * V;
  }
}

// log-gamma from Zhang & Jin, "Computation of Special Functions" (as NumPy uses it).
double loggam(double x) {
  static const double a[10] = {8.333333333333333e-02, -2.777777777777778e-03,
                               7.936507936507937e-04, -5.952380952380952e-04,
                               8.417508417508418e-04, -1.917526917526918e-03,
                               6.410256410256410e-03, -2.955065359477124e-02,
                               1.796443723688307e-01, -1.39243221690590e+00};
  if (x == 1.0 || x == 2.0) return 0.0;
  const int64_t n = x < 7.0 ? static_cast<int64_t>(7 - x) : 0;
  double x0 = x + n;
  const double x2 = (1.0 / x0) * (1.0 / x0);
  const double lg2pi = 1.8378770664093453e+00;
  double gl0 = a[9];
  for (int k = 8; k >= 0; --k) {
    gl0 *= x2;
    gl0 += a[k];
  }
  double gl = gl0 / x0 + 0.5 * lg2pi + (x0 - 0.5) * std::log(x0) - x0;
  if (x < 7.0) {
    for (int64_t k = 1; k <= n; ++k) {
      gl -= std::log(x0 - 1.0);
      x0 -= 1.0;
    }
  }
  return gl;
}

// ---------------------------------------------------------------------------------------
// Poisson
// ---------------------------------------------------------------------------------------
namespace {
int64_t poisson_mult(BitGenerator& bg, double lam) {
  const double enlam = std::exp(-lam);
  int64_t X = 0;
  double prod = 1.0;
  for (;;) {
    prod *= bg.next_double();
    if (prod > enlam)
      X += 1;
    else
      return X;
  }
}

// Hoermann (1993), "The transformed rejection method for generating Poisson random
// variables", Insurance: Mathematics and Economics 12, 39-45.
int64_t poisson_ptrs(BitGenerator& bg, double lam) {
  const double slam = std::sqrt(lam);
  const double loglam = std::log(lam);
  const double b = 0.931 + 2.53 * slam;
  const double a = -0.059 + 0.02483 * b;
  const double invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const double vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const double U = bg.next_double() - 0.5;
    const double V = bg.next_double();
    const double us = 0.5 - std::fabs(U);
    const int64_t k = c_cast_int64(std::floor((2 * a / us + b) * U + lam + 0.43));
    if (us >= 0.07 && V <= vr) return k;
    if (k < 0 || (us < 0.013 && V > us)) continue;
    if (std::log(V) + std::log(invalpha) - std::log(a / (us * us) + b) <=
        -lam + k * loglam - loggam(k + 1))
      return k;
  }
}
}  // namespace

int64_t poisson(BitGenerator& bg, double lam) {
  if (lam >= 10) return poisson_ptrs(bg, lam);
  if (lam == 0) return 0;
  return poisson_mult(bg, lam);
}

// ---------------------------------------------------------------------------------------
// Binomial
// ---------------------------------------------------------------------------------------
namespace {
// Kachitvichyanukul & Schmeiser (1988) BTPE. Written with gotos' structure as a loop over
// the "step" labels of the paper; every draw and comparison is in NumPy's order.
int64_t binomial_btpe(BitGenerator& bg, int64_t n, double p, BinomialCache& bc) {
  if (!bc.has || bc.nsave != n || bc.psave != p) {
    bc.nsave = n;
    bc.psave = p;
    bc.has = true;
    bc.r = std::min(p, 1.0 - p);
    bc.q = 1.0 - bc.r;
    bc.fm = n * bc.r + bc.r;
    bc.m = c_cast_int64(std::floor(bc.fm));
    bc.p1 = std::floor(2.195 * std::sqrt(n * bc.r * bc.q) - 4.6 * bc.q) + 0.5;
    bc.xm = bc.m + 0.5;
    bc.xl = bc.xm - bc.p1;
    bc.xr = bc.xm + bc.p1;
    bc.c = 0.134 + 20.5 / (15.3 + bc.m);
    double a = (bc.fm - bc.xl) / (bc.fm - bc.xl * bc.r);
    bc.laml = a * (1.0 + a / 2.0);
    a = (bc.xr - bc.fm) / (bc.xr * bc.q);
    bc.lamr = a * (1.0 + a / 2.0);
    bc.p2 = bc.p1 * (1.0 + 2.0 * bc.c);
    bc.p3 = bc.p2 + bc.c / bc.laml;
    bc.p4 = bc.p3 + bc.c / bc.lamr;
  }
  const double r = bc.r, q = bc.q, p1 = bc.p1, xm = bc.xm, xl = bc.xl, xr = bc.xr, c = bc.c,
               laml = bc.laml, lamr = bc.lamr, p2 = bc.p2, p3 = bc.p3, p4 = bc.p4;
  const int64_t m = bc.m;
  int64_t y;
  for (;;) {  // Step 10
    const double nrq = n * r * q;
    const double u = bg.next_double() * p4;
    double v = bg.next_double();
    if (u <= p1) {
      y = c_cast_int64(std::floor(xm - p1 * v + u));
      break;  // Step 60
    }
    if (u <= p2) {  // Step 20: parallelogram
      const double x = xl + (u - p1) / c;
      v = v * c + 1.0 - std::fabs(m - x + 0.5) / p1;
      if (v > 1.0) continue;
      y = c_cast_int64(std::floor(x));
    } else if (u <= p3) {  // Step 30: left exponential tail
      y = c_cast_int64(std::floor(xl + std::log(v) / laml));
      if (y < 0 || v == 0.0) continue;
      v = v * (u - p2) * laml;
    } else {  // Step 40: right exponential tail
      y = c_cast_int64(std::floor(xr - std::log(v) / lamr));
      if (y > n || v == 0.0) continue;
      v = v * (u - p3) * lamr;
    }
    // Step 50: acceptance test
    const int64_t k = std::llabs(y - m);
    if (!(k > 20 && k < nrq / 2.0 - 1)) {
      const double s = r / q;
      const double a = s * (n + 1);
      double F = 1.0;
      if (m < y) {
        for (int64_t i = m + 1; i <= y; ++i) F *= (a / i - s);
      } else if (m > y) {
        for (int64_t i = y + 1; i <= m; ++i) F /= (a / i - s);
      }
      if (v > F) continue;
      break;
    }
    // Step 52: squeeze using upper and lower bounds on log(f(y))
    const double rho =
        (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
    const double t = -k * k / (2 * nrq);
    const double A = std::log(v);
    if (A < t - rho) break;
    if (A > t + rho) continue;
    const double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
    const double x2 = x1 * x1, f2 = f1 * f1, z2 = z * z, w2 = w * w;
    if (A > (xm * std::log(f1 / x1) + (n - m + 0.5) * std::log(z / w) +
             (y - m) * std::log(w * r / (x1 * q)) +
             (13680. - (462. - (132. - (99. - 140. / f2) / f2) / f2) / f2) / f1 / 166320. +
             (13680. - (462. - (132. - (99. - 140. / z2) / z2) / z2) / z2) / z / 166320. +
             (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x1 / 166320. +
             (13680. - (462. - (132. - (99. - 140. / w2) / w2) / w2) / w2) / w / 166320.))
      continue;
    break;
  }
  if (p > 0.5) y = n - y;  // Step 60
  return y;
}

int64_t binomial_inversion(BitGenerator& bg, int64_t n, double p, BinomialCache& bc) {
  if (!bc.has || bc.nsave != n || bc.psave != p) {
    bc.nsave = n;
    bc.psave = p;
    bc.has = true;
    bc.q = 1.0 - p;
    bc.r = std::exp(n * std::log(bc.q));  // q**n
    bc.c = n * p;
    const double bound = std::min(static_cast<double>(n), bc.c + 10.0 * std::sqrt(bc.c * bc.q + 1));
    bc.m = static_cast<int64_t>(bound);
  }
  const double q = bc.q, qn = bc.r;
  const int64_t bound = bc.m;
  int64_t X = 0;
  double px = qn;
  double U = bg.next_double();
  while (U > px) {
    X++;
    if (X > bound) {
      X = 0;
      px = qn;
      U = bg.next_double();
    } else {
      U -= px;
      px = ((n - X + 1) * p * px) / (X * q);
    }
  }
  return X;
}
}  // namespace

int64_t legacy_binomial(BitGenerator& bg, double p, int64_t n, BinomialCache& bc) {
  if (p <= 0.5) {
    if (p * n <= 30.0) return binomial_inversion(bg, n, p, bc);
    return binomial_btpe(bg, n, p, bc);
  }
  const double q = 1.0 - p;
  if (q * n <= 30.0) return n - binomial_inversion(bg, n, q, bc);
  return n - binomial_btpe(bg, n, q, bc);
}

int64_t binomial(BitGenerator& bg, double p, int64_t n, BinomialCache& bc) {
  if (n == 0 || p == 0.0f) return 0;
  return legacy_binomial(bg, p, n, bc);
}

// ---------------------------------------------------------------------------------------
// Bounded integers
// ---------------------------------------------------------------------------------------
uint64_t gen_mask(uint64_t max) {
  uint64_t mask = max;
  mask |= mask >> 1;
  mask |= mask >> 2;
  mask |= mask >> 4;
  mask |= mask >> 8;
  mask |= mask >> 16;
  mask |= mask >> 32;
  return mask;
}

uint64_t random_interval(BitGenerator& bg, uint64_t max) {
  if (max == 0) return 0;
  const uint64_t mask = gen_mask(max);
  uint64_t value;
  if (max <= 0xffffffffULL) {
    while ((value = (bg.next_uint32() & mask)) > max) {
    }
  } else {
    while ((value = (bg.next_uint64() & mask)) > max) {
    }
  }
  return value;
}

namespace {
// 16-bit halves of one 32-bit draw, low half first
uint16_t buffered_uint16(BitGenerator& bg, Buffer32& b) {
  if (!b.bcnt) {
    b.buf = bg.next_uint32();
    b.bcnt = 1;
  } else {
    b.buf >>= 16;
    b.bcnt -= 1;
  }
  return static_cast<uint16_t>(b.buf);
}
// four bytes of one 32-bit draw, low byte first
uint8_t buffered_uint8(BitGenerator& bg, Buffer32& b) {
  if (!b.bcnt) {
    b.buf = bg.next_uint32();
    b.bcnt = 3;
  } else {
    b.buf >>= 8;
    b.bcnt -= 1;
  }
  return static_cast<uint8_t>(b.buf);
}

uint64_t lemire_uint64(BitGenerator& bg, uint64_t rng) {
  const uint64_t rng_excl = rng + 1;  // rng != 2**64 - 1 here
  unsigned __int128 m = static_cast<unsigned __int128>(bg.next_uint64()) * rng_excl;
  uint64_t leftover = static_cast<uint64_t>(m);
  if (leftover < rng_excl) {
    const uint64_t threshold = (UINT64_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      m = static_cast<unsigned __int128>(bg.next_uint64()) * rng_excl;
      leftover = static_cast<uint64_t>(m);
    }
  }
  return static_cast<uint64_t>(m >> 64);
}

uint32_t lemire_uint32(BitGenerator& bg, uint32_t rng) {
  const uint32_t rng_excl = rng + 1;
  uint64_t m = static_cast<uint64_t>(bg.next_uint32()) * rng_excl;
  uint32_t leftover = static_cast<uint32_t>(m);
  if (leftover < rng_excl) {
    const uint32_t threshold = (UINT32_MAX - rng) % rng_excl;
    while (leftover < threshold) {
      m = static_cast<uint64_t>(bg.next_uint32()) * rng_excl;
      leftover = static_cast<uint32_t>(m);
    }
  }
  return static_cast<uint32_t>(m >> 32);
}

uint16_t lemire_uint16(BitGenerator& bg, uint16_t rng, Buffer32& b) {
  const uint16_t rng_excl = static_cast<uint16_t>(rng + 1);
  uint32_t m = static_cast<uint32_t>(buffered_uint16(bg, b)) * rng_excl;
  uint16_t leftover = static_cast<uint16_t>(m);
  if (leftover < rng_excl) {
    const uint16_t threshold = static_cast<uint16_t>((UINT16_MAX - rng) % rng_excl);
    while (leftover < threshold) {
      m = static_cast<uint32_t>(buffered_uint16(bg, b)) * rng_excl;
      leftover = static_cast<uint16_t>(m);
    }
  }
  return static_cast<uint16_t>(m >> 16);
}

uint8_t lemire_uint8(BitGenerator& bg, uint8_t rng, Buffer32& b) {
  const uint8_t rng_excl = static_cast<uint8_t>(rng + 1);
  uint16_t m = static_cast<uint16_t>(buffered_uint8(bg, b) * rng_excl);
  uint8_t leftover = static_cast<uint8_t>(m);
  if (leftover < rng_excl) {
    const uint8_t threshold = static_cast<uint8_t>((UINT8_MAX - rng) % rng_excl);
    while (leftover < threshold) {
      m = static_cast<uint16_t>(buffered_uint8(bg, b) * rng_excl);
      leftover = static_cast<uint8_t>(m);
    }
  }
  return static_cast<uint8_t>(m >> 8);
}

uint32_t masked_uint32(BitGenerator& bg, uint32_t rng) {
  const uint32_t mask = static_cast<uint32_t>(gen_mask(rng));
  uint32_t val;
  while ((val = (bg.next_uint32() & mask)) > rng) {
  }
  return val;
}
}  // namespace

uint64_t bounded_uint64(BitGenerator& bg, uint64_t off, uint64_t rng, bool masked) {
  if (rng == 0) return off;
  if (rng <= 0xffffffffULL) {  // 32-bit draws suffice
    if (rng == 0xffffffffULL) return off + bg.next_uint32();
    return off + (masked ? masked_uint32(bg, static_cast<uint32_t>(rng))
                         : lemire_uint32(bg, static_cast<uint32_t>(rng)));
  }
  if (rng == UINT64_MAX) return off + bg.next_uint64();
  if (!masked) return off + lemire_uint64(bg, rng);
  const uint64_t mask = gen_mask(rng);
  uint64_t val;
  while ((val = (bg.next_uint64() & mask)) > rng) {
  }
  return off + val;
}

uint32_t bounded_uint32(BitGenerator& bg, uint32_t off, uint32_t rng, bool masked) {
  if (rng == 0) return off;
  if (rng == 0xffffffffu) return off + bg.next_uint32();
  return off + (masked ? masked_uint32(bg, rng) : lemire_uint32(bg, rng));
}

uint16_t bounded_uint16(BitGenerator& bg, uint16_t off, uint16_t rng, bool masked, Buffer32& b) {
  if (rng == 0) return off;
  if (rng == 0xffffu) return static_cast<uint16_t>(off + buffered_uint16(bg, b));
  if (!masked) return static_cast<uint16_t>(off + lemire_uint16(bg, rng, b));
  const uint16_t mask = static_cast<uint16_t>(gen_mask(rng));
  uint16_t val;
  while ((val = static_cast<uint16_t>(buffered_uint16(bg, b) & mask)) > rng) {
  }
  return static_cast<uint16_t>(off + val);
}

uint8_t bounded_uint8(BitGenerator& bg, uint8_t off, uint8_t rng, bool masked, Buffer32& b) {
  if (rng == 0) return off;
  if (rng == 0xffu) return static_cast<uint8_t>(off + buffered_uint8(bg, b));
  if (!masked) return static_cast<uint8_t>(off + lemire_uint8(bg, rng, b));
  const uint8_t mask = static_cast<uint8_t>(gen_mask(rng));
  uint8_t val;
  while ((val = static_cast<uint8_t>(buffered_uint8(bg, b) & mask)) > rng) {
  }
  return static_cast<uint8_t>(off + val);
}

bool bounded_bool(BitGenerator& bg, bool off, bool rng, Buffer32& b) {
  if (!rng) return off;
  if (!b.bcnt) {  // 32 one-bit samples per draw, low bit first
    b.buf = bg.next_uint32();
    b.bcnt = 31;
  } else {
    b.buf >>= 1;
    b.bcnt -= 1;
  }
  return (b.buf & 1u) != 0;
}

}  // namespace rnd
}  // namespace sl
