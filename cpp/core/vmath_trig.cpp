// vmath_trig.cpp — float64 sin and cos over contiguous arrays (vmath.hpp), two lanes at a
// time.
//
// Reduction: k = round(x * 2/pi), r = x - k pi/2 as a double-double (rh + rl), Cody-Waite
// with pi/2 = P1 + P2 + P3 (33 + 33 + 53 bits): k * P1 and k * P2 are exact for |k| < 2^20,
// x - k * P1 is exact (Sterbenz), the rest is carried by error-free sums; the error left is
// below 2^-97 absolute. Arguments whose |r| < 2^-30 (x within a hair of a multiple of pi/2,
// k != 0) or |x| >= 1.5e6 go to the C library, like NaN and +-inf.
//
// Evaluation: sin(x) is +-sin(r) or +-cos(r) by the quadrant k mod 4 (cos(x): k + 1). With
// a = |r| = c + d, c = j/64 the nearest table point (d = a - c exactly, |d| <= 1/128):
//   f(c + d) = A cos d + B sin d,   (A, B) = (sin c, cos c) for sin, (cos c, -sin c) for cos,
// A and B from a double-double table (mpmath; a row holds both quadrant parities' pairs, so
// a lane reads its A and B from 32 adjacent bytes). B * d is formed exactly (Dekker's
// product, whose error term is the exact one whatever 26-bit split of B it starts from),
// A + B*d by an error-free sum, and every other
// term (A (cos d - 1), B (sin d - d), the table tails, B * rl) is below 2^-14 of the result,
// so results are within 0.5 + 2^-13 ulp: correctly rounded except in rare near-halfway cases
// (glibc's sin/cos are correctly rounded, so NumPy agrees almost everywhere).
//
// Deliberately not here: float32, strided data, huge arguments (Payne-Hanek: the C library).
#include <cmath>

#include "core/vmath.hpp"
#include "core/vmath_core.hpp"

namespace sl {
namespace vmath {
namespace {
using namespace simd;
using namespace detail;

constexpr double kInvPio2 = 0x1.45f306dc9c883p-1;
constexpr double kP1 = 0x1.921fb54400000p+0;   // pi/2 = P1 + P2 + P3
constexpr double kP2 = 0x1.0b4611a600000p-34;
constexpr double kP3 = 0x1.3198a2e037073p-69;
constexpr double kFastLimit = 1.5e6;  // |k| < 2^20
constexpr double kMinR = 0x1p-30;     // a smaller reduced argument (k != 0): the C library
constexpr int64_t kSignBit = INT64_MIN;

struct Reduced {
  F rh, rl;  // r = rh + rl
  I k;       // round(x * 2/pi), as an integer
};

inline Reduced reduce(F x) {
  const F kd0 = x * fsplat(kInvPio2) + fsplat(kShift);
  const I k = bits(kd0) - bits(fsplat(kShift));
  const F kd = kd0 - fsplat(kShift);
  const F r1 = x - kd * fsplat(kP1);  // exact
  const F t = kd * fsplat(kP2);       // exact
  const F r2 = r1 - t;                // two-sum: r1 - t = r2 + e2 exactly
  const F bb = r2 - r1;
  const F e2 = (r1 - (r2 - bb)) - (t + bb);
  // lo = e2 - k P3 as a negated difference: the same value, but -0 when both are 0, so
  // that rh = r2 + lo keeps the sign of x = -0
  const F lo = from_bits(bits(kd * fsplat(kP3) - e2) ^ isplat(kSignBit));
  const F rh = r2 + lo;
  const F rl = (r2 - rh) + lo;
  return {rh, rl, k};
}

// sin(x) (cos_shift 0) or cos(x) (cos_shift 1) for reduced arguments; quadrant q = k + shift
inline F sincos_core(const Reduced& red, int cos_shift) {
  const I q = red.k + isplat(cos_shift);
  const I rsign = bits(red.rh) & isplat(kSignBit);
  const F a = from_bits(bits(red.rh) ^ rsign);  // |rh|
  const F al = from_bits(bits(red.rl) ^ rsign);  // rl with the same flip
  const F jd0 = a * fsplat(64.0) + fsplat(kShift);
  const I j = bits(jd0) - bits(fsplat(kShift));
  const F d = a - (jd0 - fsplat(kShift)) * fsplat(1.0 / 64);  // exact
  // odd quadrants evaluate cos(r) (A = cos c, B = -sin c), even ones sin(r): one table
  // row holds both pairs, so each lane reads A and B from one place
  const I odd = isplat(0) - (q & isplat(1));  // all ones where q is odd
  const I off = shl(j & isplat(63), 3) + (odd & isplat(4));
  F ahi, alo, bhi, blo;
  gather4(&kSinCosTable[0][0], off, ahi, alo, bhi, blo);
  // B * d = p + pe exactly (Dekker)
  F p, pe;
  two_prod(bhi, d, p, pe);
  const F d2 = d * d;
  const F sd3 = d * d2 * (fsplat(-1.0 / 6) + d2 * (fsplat(1.0 / 120) + d2 * fsplat(-1.0 / 5040)));
  const F cd1 = d2 * (fsplat(-0.5) + d2 * (fsplat(1.0 / 24) + d2 * fsplat(-1.0 / 720)));
  const F small = pe + (alo + (ahi * cd1 + (bhi * (sd3 + al) + blo * d)));
  // ahi + p = s1 + e1 exactly
  const F s1 = ahi + p;
  const F b1 = s1 - ahi;
  const F e1 = (ahi - (s1 - b1)) + (p - b1);
  const F f = s1 + (e1 + small);
  // sign: negative in quadrants 2 and 3; sin(r) is odd in r (even quadrants)
  const I neg = (shl(q, 62) & isplat(kSignBit)) ^ (~odd & rsign);
  return from_bits(bits(f) ^ neg);
}

template <int kCosShift, double (*kLibm)(double)>
void sincos_array(const double* x, double* y, int64_t n) {
  int64_t i = 0;
  auto slow = [](double v) { return !(std::fabs(v) < kFastLimit); };
  auto tiny = [](const Reduced& red, int lane_k) {
    return lane(red.k, lane_k) != 0 && std::fabs(lane(red.rh, lane_k)) < kMinR;
  };
  for (; i + kLanes <= n; i += kLanes) {
    const F v = load(x + i);
    const Reduced red = reduce(v);
    F res = sincos_core(red, kCosShift);
    const I fast = lt(fabs_(v), fsplat(kFastLimit)) & ~lt(fabs_(red.rh), fsplat(kMinR));
    if (!all_lanes(fast))
      for (int k = 0; k < kLanes; ++k)
        if (slow(x[i + k]) || tiny(red, k)) res = set_lane(res, k, kLibm(x[i + k]));
    store(y + i, res);
  }
  for (; i < n; ++i) {
    const double v = x[i];
    const Reduced red = reduce(fsplat(v));
    y[i] = slow(v) || tiny(red, 0) ? kLibm(v) : lane(sincos_core(red, kCosShift), 0);
  }
}

double libm_sin(double v) { return std::sin(v); }
double libm_cos(double v) { return std::cos(v); }

}  // namespace

void vsin(const double* x, double* y, int64_t n) { sincos_array<0, libm_sin>(x, y, n); }
void vcos(const double* x, double* y, int64_t n) { sincos_array<1, libm_cos>(x, y, n); }

}  // namespace vmath
}  // namespace sl
