// vmath_log1p.cpp — float64 log1p over contiguous arrays (vmath.hpp), two lanes at a time,
// giving exactly the bits of the wasm build's C library (musl) log1p, which is what the
// engine computed before and what its goldens pin. A more accurate log1p is not wanted: a
// correctly rounded one differed from the reference NumPy's printed digits for ~5% of
// arguments (vmath_log.cpp), and musl's agrees with them.
//
// The algorithm is the classic fdlibm one, as musl writes it, with every IEEE operation in
// musl's order (no reassociation, no fused multiply-add in either build), the branches
// turned into lane selects:
//   1 + x = 2^k (1 + f), sqrt(2)/2 < 1 + f < sqrt(2): for 1 + x already in that range
//   (about -0.29 < x < 0.41) k = 0 and f = x exactly; otherwise u = RN(1 + x) gives k and f
//   (u's exponent field, rebiased so that the mantissa lands in the range) and
//   c = ((1 + x) - u) / u corrects for u's rounding (0 once k >= 54, where it is below
//   any ulp). Then with s = f / (2 + f), z = s^2, w = z^2:
//     R = z (Lg1 + w (Lg3 + w (Lg5 + w Lg7))) + w (Lg2 + w (Lg4 + w Lg6))
//     log1p(x) = s (f^2/2 + R) + (k ln2_lo + c) - f^2/2 + f + k ln2_hi.
// k comes as a double from u's exponent bits through the 2^52 shift trick (exact), never
// from a lane-wise integer conversion. Lanes outside -1 < x < inf with |x| >= 2^-53 (NaN,
// +-inf, x <= -1, the tiny arguments musl returns unchanged) take the C library's log1p.
//
// Only the wasm build uses it (vmath::kVlog1pIsLibm): natively the C library is glibc,
// whose log1p orders its operations differently, and the native loop keeps calling it so
// that neither build's results change.
#include <cmath>

#include "core/vmath.hpp"
#include "core/vmath_core.hpp"

namespace sl {
namespace vmath {
namespace {
using namespace simd;
using namespace detail;

// fdlibm's constants (their bit patterns in the comments)
constexpr double kLn2Hi = 6.93147180369123816490e-01;  // 3fe62e42 fee00000
constexpr double kLn2Lo = 1.90821492927058770002e-10;  // 3dea39ef 35793c76
constexpr double kLg1 = 6.666666666666735130e-01;      // 3FE55555 55555593
constexpr double kLg2 = 3.999999999940941908e-01;      // 3FD99999 9997FA04
constexpr double kLg3 = 2.857142874366239149e-01;      // 3FD24924 94229359
constexpr double kLg4 = 2.222219843214978396e-01;      // 3FCC71C5 1D8E78AF
constexpr double kLg5 = 1.818357216161805012e-01;      // 3FC74664 96CB03DE
constexpr double kLg6 = 1.531383769920937332e-01;      // 3FC39A09 D078C69F
constexpr double kLg7 = 1.479819860511658591e-01;      // 3FC2F112 DF3E5244

// The range tests on x's high word, as comparisons of doubles (the same order for the
// positive and negative values involved): k = 0 for -kK0Neg < x < kK0Pos.
constexpr int64_t kK0PosBits = int64_t(0x3fda827a) << 32;  // high word < 0x3fda827a
constexpr int64_t kK0NegBits = int64_t(0x3fd2bec5) << 32;  // |x|'s high word <= 0x3fd2bec4
constexpr double kTiny = 0x1p-53;                          // |x| below: log1p(x) = x
// u's high word + 0x3ff00000 - 0x3fe6a09e, and the rebiasing of its mantissa
constexpr int64_t kRebias = int64_t(0x3ff00000 - 0x3fe6a09e) << 32;
constexpr int64_t kMantissa = 0x000fffffffffffff;
constexpr int64_t kSqrtHalfHi = int64_t(0x3fe6a09e) << 32;
constexpr int64_t kShiftBits = 0x4338000000000000;  // bits of kShift

inline F log1p_core(F x) {
  const F one = fsplat(1.0);
  const I k0 = lt(x, from_bits(isplat(kK0PosBits))) & lt(fsplat(0.0) - from_bits(isplat(kK0NegBits)), x);
  // k != 0: u = 1 + x = 2^k (1 + f) (approximately)
  const F u = one + x;
  const I ub = bits(u) + isplat(kRebias);
  const I e = srl(ub, 52);  // k + 0x3ff
  const F dk1 = from_bits(e + isplat(kShiftBits)) - fsplat(kShift + 1023.0);
  const F ca = one - (u - x);  // k >= 2
  const F cb = x - (u - one);  // k < 2
  const F c1 = select(lt(dk1, fsplat(2.0)), cb, ca) / u;
  const F c2 = select(lt(dk1, fsplat(54.0)), c1, fsplat(0.0));
  const F f1 = from_bits((ub & isplat(kMantissa)) + isplat(kSqrtHalfHi)) - one;
  // k == 0: f = x, c = 0
  const F f = select(k0, x, f1);
  const F c = select(k0, fsplat(0.0), c2);
  const F dk = select(k0, fsplat(0.0), dk1);
  const F hfsq = fsplat(0.5) * f * f;
  const F s = f / (fsplat(2.0) + f);
  const F z = s * s;
  const F w = z * z;
  const F t1 = w * (fsplat(kLg2) + w * (fsplat(kLg4) + w * fsplat(kLg6)));
  const F t2 = z * (fsplat(kLg1) + w * (fsplat(kLg3) + w * (fsplat(kLg5) + w * fsplat(kLg7))));
  const F r = t2 + t1;
  return s * (hfsq + r) + (dk * fsplat(kLn2Lo) + c) - hfsq + f + dk * fsplat(kLn2Hi);
}

inline bool log1p_fast(double v) { return v > -1.0 && v < INFINITY && !(std::fabs(v) < kTiny); }

}  // namespace

void vlog1p(const double* x, double* y, int64_t n) {
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    const F v = load(x + i);
    F res = log1p_core(v);
    const I fast = lt(fsplat(-1.0), v) & lt(v, fsplat(INFINITY)) & ~lt(fabs_(v), fsplat(kTiny));
    if (!all_lanes(fast))
      for (int k = 0; k < kLanes; ++k)
        if (!log1p_fast(x[i + k])) res = set_lane(res, k, std::log1p(x[i + k]));
    store(y + i, res);
  }
  for (; i < n; ++i) {
    const double v = x[i];
    y[i] = log1p_fast(v) ? lane(log1p_core(fsplat(v)), 0) : std::log1p(v);
  }
}

}  // namespace vmath
}  // namespace sl
