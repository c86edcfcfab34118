// vmath_core.hpp — the shared pieces of the vmath kernels (internal: only vmath_*.cpp
// include it): the constant tables (defined in vmath_tables.cpp), exp and log as unrounded
// double-double parts for the functions built on them (tanh, pow), and the error-free
// transformations they use. Everything is written against simd_f64x2.hpp, so it computes the
// same bits with two wasm lanes or one native lane.
//
// Deliberately not here: the special-value lanes (each kernel sends them to the C library).
#pragma once
#include <cstdint>

#include "core/simd_f64x2.hpp"

namespace sl {
namespace vmath {
namespace detail {
using namespace simd;

// 2^(j/512), j = 0..511: {hi, lo}
alignas(16) extern const double kExp2Table[512][2];
// j = 0..63: {sin(j/64), cos(j/64)} then {cos(j/64), -sin(j/64)}, each {hi, lo}
alignas(16) extern const double kSinCosTable[64][8];
// row j - 96, j = 96..192: {log(j/128) hi, lo, RN(128/j), 0}; rows 97..127 zero
alignas(16) extern const double kLogTable[128][4];

constexpr double kShift = 0x1.8p52;     // v + kShift rounds v to an integer (|v| < 2^51)
constexpr double kSplit = 134217729.0;  // 2^27 + 1 (Veltkamp)

// v = h + l with h holding the top 26 bits (Veltkamp), so that products of halves are exact
inline void split(F v, F& h, F& l) {
  const F c = v * fsplat(kSplit);
  h = c - (c - v);
  l = v - h;
}

// a * b = p + pe exactly (Dekker), for |a|, |b| well below 2^996
inline void two_prod(F a, F b, F& p, F& pe) {
  F ah, al, bh, bl;
  split(a, ah, al);
  split(b, bh, bl);
  p = a * b;
  pe = (((ah * bh - p) + ah * bl) + al * bh) + al * bl;
}

// ---- exp (vmath_exp.cpp says how) ----
constexpr double kInvL2N = 0x1.71547652b82fep+9;   // 512 / ln2
constexpr double kL2hi = 0x1.62e42ff000000p-10;    // ln2/512, 33 significant bits
constexpr double kL2lo = -0x1.718432a1b0e26p-44;   // ln2/512 - kL2hi
constexpr double kC3 = 1.0 / 6, kC4 = 1.0 / 24, kC5 = 1.0 / 120;

// exp(x + xlo) = 2^e (hi + x1), unrounded: the table value and the small rest
// (|x1| < 2^-9 hi, accurate to ~2^-64 relative) for |x| < 708 and |xlo| <= ulp(x); garbage
// (never a trap) for other lanes. kLow: xlo is not zero (pow's double-double argument).
// e comes as e << 52 (eb), ready to add to an exponent field: k << 43 with the low 52 bits
// cleared is (k >> 9) << 52 without a 64-bit arithmetic shift, which x86 SIMD lacks (V8
// would emulate it lane by lane).
struct ExpParts {
  F hi, x1;
  I eb;
};
constexpr int64_t kExpField = static_cast<int64_t>(0xFFF0000000000000ull);
template <bool kLow>
inline ExpParts exp_parts(F x, F xlo) {
  const F kd0 = x * fsplat(kInvL2N) + fsplat(kShift);
  const I ki = bits(kd0) - bits(fsplat(kShift));  // k, exactly
  const F kd = kd0 - fsplat(kShift);
  const F rhi = x - kd * fsplat(kL2hi);  // exact
  const F t = kd * fsplat(kL2lo);
  const F r = rhi - t;
  F rlo = (rhi - r) - t;
  if constexpr (kLow) rlo = (rlo + xlo) + r * (rlo + xlo);  // exp(r + rlo) - exp(r) to first order, times (1 + r)
  const F r2 = r * r;
  const F q = r2 * (fsplat(0.5) + r * fsplat(kC3) + r2 * (fsplat(kC4) + r * fsplat(kC5)));
  const I j2 = shl(ki & isplat(511), 1);
  F hi, lo;
  gather2(&kExp2Table[0][0], j2, hi, lo);
  return {hi, hi * r + (hi * (q + rlo) + lo), shl(ki, 43) & isplat(kExpField)};
}

// ---- log (vmath_log.cpp says how) ----
constexpr double kLn2hi = 0x1.62e42fefa3800p-1;  // 42 significant bits
constexpr double kLn2lo = 0x1.ef35793c76730p-45;
constexpr int64_t kBits075 = 0x3FE8000000000000;  // bits of 0.75

// log(s) = hi + lo (normalised: |lo| <= ulp(hi)/2) for normal positive finite s; absolute
// error ~2^-70 + 2^-60 |hi| ulp-wise. Garbage for other lanes.
inline void log_parts(F s, F& hi, F& lo) {
  // s = 2^m f, f in [0.75, 1.5): m << 52 is the top 12 bits of bits(s) - bits(0.75) (no
  // 64-bit arithmetic shift, see ExpParts), m itself the biased top bits minus the bias
  const I sb = bits(s);
  const I t = sb - isplat(kBits075);
  const F f = from_bits(sb - (t & isplat(kExpField)));
  const F jd0 = f * fsplat(128.0) + fsplat(kShift);
  const I j = bits(jd0) - bits(fsplat(kShift));
  const F c = (jd0 - fsplat(kShift)) * fsplat(1.0 / 128);
  const F d = f - c;  // exact
  const I row = shl((j - isplat(96)) & isplat(127), 2);
  const double* tb = &kLogTable[0][0];
  F lchi, lclo;
  gather2(tb, row, lchi, lclo);
  const F inv = gather(tb + 2, row);
  // t = d / c = th + tl
  const F th = d * inv;
  F thh, thl;
  split(th, thh, thl);
  const F tl = ((d - thh * c) - thl * c) * inv;
  // log1p(th) - th
  const F t2 = th * th;
  const F p = t2 * (fsplat(-0.5) + th * (fsplat(1.0 / 3) + th * (fsplat(-0.25) + th * (fsplat(0.2) +
              th * (fsplat(-1.0 / 6) + th * fsplat(1.0 / 7))))));
  // m (|m| < 1100) as a double: m + 2048 from the top 12 bits, through the shift trick
  const F md = from_bits(srl(t + isplat(int64_t(2048) << 52), 52) + bits(fsplat(kShift))) -
               fsplat(kShift + 2048.0);
  const F a = md * fsplat(kLn2hi);  // exact
  const F s0 = a + lchi;            // |a| >= |lchi| or a == 0: fast two-sum
  const F e0 = (a - s0) + lchi;
  const F s1 = s0 + th;             // two-sum
  const F b1 = s1 - s0;
  const F e1 = (s0 - (s1 - b1)) + (th - b1);
  const F one = fsplat(1.0);
  const F l1 = e1 + (e0 + (md * fsplat(kLn2lo) + (lclo + (tl * (one - th) + p))));
  hi = s1 + l1;
  lo = (s1 - hi) + l1;
}

}  // namespace detail
}  // namespace vmath
}  // namespace sl
