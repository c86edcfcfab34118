// vmath_exp.cpp — float64 exp and tanh over contiguous arrays (vmath.hpp), two lanes at a time.
//
// exp(x) = 2^e * 2^(j/512) * exp(r): k = round(x * 512/ln2) = 512 e + j, and
// r = x - k ln2/512 (|r| <= ln2/1024) by Cody-Waite: ln2/512 = L2hi + L2lo with L2hi 33 bits
// long, so k * L2hi is exact for |k| < 2^20 and x - k * L2hi is exact (Sterbenz); the
// rounding of the low product's subtraction is kept as rlo. 2^(j/512) comes from a table in
// double-double (T[j].hi + T[j].lo, 106 bits); exp(r) - 1 = r + r^2/2 + ... + r^5/120 (the
// next term is below 2^-72 relative). The result is assembled as
//   hi + (hi * r + (hi * (q + rlo) + lo)),   q = the r^2 .. r^5 terms,
// so every rounding but the last is at most ~2^-64 relative: results are within
// 0.5 + 2^-11 ulp of the exact value (correctly rounded apart from rare near-halfway
// cases), as close as glibc's/musl's exp and bit-identical to them almost everywhere.
// 2^e is applied by adding e to the exponent field, valid while the result is normal:
// |x| < 708. Other lanes (NaN, +-inf, overflow, results in the subnormal range) take the C
// library's exp, so special values and the overflow that NumPy reports are unchanged.
//
// tanh is here too (it is built on exp's parts, see tanh_large).
//
// Deliberately not here: float32 (keeps expf), strided data (the ufunc loop gathers it).
#include <cmath>

#include "core/vmath.hpp"
#include "core/vmath_core.hpp"

namespace sl {
namespace vmath {
namespace {
using namespace simd;
using namespace detail;

constexpr double kFastLimit = 708.0;  // |x| below it: a normal, finite result

inline F exp_core(F x) {
  const ExpParts p = exp_parts<false>(x, fsplat(0.0));
  const F m = p.hi + p.x1;
  return from_bits(bits(m) + p.eb);
}

// tanh. |x| < 0.125: x + x^3 P(x^2), Taylor to x^17 (the next term is below 2^-58
// relative), the x^3 term at most 2^-7 of the result so its roundings hardly count. Larger
// |x| (a = |x|): tanh a = 1 - 2/(E + 1) with E = exp(2a) kept as a double-double
// (exp_parts), 2/(E + 1) a double-double through Dekker's exact product for the division's
// residual, and 1 - Q by an error-free sum: the cancellation magnifies Q's ~2^-62 error at
// most 8 times. Within 0.5 + 2^-8 ulp; |x| >= 22 (+-1), NaN: the C library.
constexpr double kTanhSmall = 0.125;
constexpr double kTanhLimit = 22.0;
constexpr double kT5 = 0x1.1111111111111p-3, kT7 = -0x1.ba1ba1ba1ba1cp-5, kT9 = 0x1.664f4882c10fap-6,
                 kT11 = -0x1.226e355e6c23dp-7, kT13 = 0x1.d6d3d0e157de0p-9, kT15 = -0x1.7da36452b75e3p-10,
                 kT17 = 0x1.3558248036744p-11;

inline F tanh_small(F x) {
  const F u = x * x;
  const F p = fsplat(kT5) + u * (fsplat(kT7) + u * (fsplat(kT9) + u * (fsplat(kT11) + u * (fsplat(kT13) +
              u * (fsplat(kT15) + u * fsplat(kT17))))));
  return x + x * (u * (fsplat(-1.0 / 3) + u * p));
}

inline F tanh_large(F x) {
  const I sign = bits(x) & isplat(INT64_MIN);
  const F a = from_bits(bits(x) ^ sign);
  const ExpParts p = exp_parts<false>(a + a, fsplat(0.0));
  const F scale = from_bits(p.eb + bits(fsplat(1.0)));  // 2^e
  const F m = p.hi + p.x1;  // normalised: |x1| < |hi| (fast two-sum)
  const F eh = m * scale, el = ((p.hi - m) + p.x1) * scale;  // E = eh + el
  // D = 1 + E = dh + dl; eh >= e^0.25 > 1, so the fast two-sum is exact
  const F one = fsplat(1.0);
  const F dh = one + eh;
  const F dl = (one - (dh - eh)) + el;
  // Q = 2 / D = q + corr: 2 - q dh exactly (Dekker), then one correction step
  const F q = fsplat(2.0) / dh;
  F prod, perr;
  two_prod(q, dh, prod, perr);
  const F res2 = (fsplat(2.0) - prod) - perr;  // 2 - q dh (exact: prod is within an ulp of 2)
  const F corr = (res2 - q * dl) * (q * fsplat(0.5));
  // 1 - Q = s + (e - corr); q <= 2/2.28 < 1, so the fast two-sum is exact
  const F s = one - q;
  const F e = (fsplat(0.0) - q) - (s - one);
  const F r = s + (e - corr);
  return from_bits(bits(r) ^ sign);
}

}  // namespace

void vexp(const double* x, double* y, int64_t n) {
  const F lim = fsplat(kFastLimit);
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    const F v = load(x + i);
    const I fast = lt(fabs_(v), lim);
    F res = exp_core(v);
    if (!all_lanes(fast))
      for (int k = 0; k < kLanes; ++k)
        if (!(std::fabs(x[i + k]) < kFastLimit)) res = set_lane(res, k, std::exp(x[i + k]));
    store(y + i, res);
  }
  for (; i < n; ++i) {  // the last odd element (wasm): the same lane arithmetic
    const double v = x[i];
    y[i] = std::fabs(v) < kFastLimit ? lane(exp_core(fsplat(v)), 0) : std::exp(v);
  }
}

void vtanh(const double* x, double* y, int64_t n) {
  const F small = fsplat(kTanhSmall), lim = fsplat(kTanhLimit);
  int64_t i = 0;
  auto one = [](double v) {
    const double a = std::fabs(v);
    if (!(a < kTanhLimit)) return std::tanh(v);
    if (v == 0.0) return v;
    return a < kTanhSmall ? lane(tanh_small(fsplat(v)), 0) : lane(tanh_large(fsplat(v)), 0);
  };
  for (; i + kLanes <= n; i += kLanes) {
    const F v = load(x + i);
    const F a = fabs_(v);
    const I is_small = lt(a, small);
    F res;
    if (!any_lane(is_small)) res = tanh_large(v);
    else if (all_lanes(is_small)) res = select(eq(v, fsplat(0.0)), v, tanh_small(v));  // keeps -0
    else res = select(is_small, select(eq(v, fsplat(0.0)), v, tanh_small(v)), tanh_large(v));
    if (!all_lanes(lt(a, lim)))
      for (int k = 0; k < kLanes; ++k)
        if (!(std::fabs(x[i + k]) < kTanhLimit)) res = set_lane(res, k, std::tanh(x[i + k]));
    store(y + i, res);
  }
  for (; i < n; ++i) y[i] = one(x[i]);
}

}  // namespace vmath
}  // namespace sl
