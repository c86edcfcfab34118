// vmath_log.cpp — float64 power over contiguous arrays (vmath.hpp), two lanes at a time.
//
// log x (log_parts, vmath_core.hpp): x = 2^m f with f in [0.75, 1.5), and f = c (1 + t) with
// c = j/128 the nearest table point: d = f - c is exact (|d| <= 2^-8, Sterbenz), t = d/c is
// formed as a double-double th + tl (th = d * 128/j, the residual d - th c exact through a
// 26-bit split of th since c has 8 bits). Then log x = m ln2 + log(c) + log1p(t) with
// m ln2 = m Ln2hi (exact: 42-bit Ln2hi) + m Ln2lo, log(c) from a double-double table (mpmath),
// log1p(t) = t - t^2/2 + ... + t^7/7 (the next term is below 2^-66 relative); the leading
// terms are added with error-free sums, the rest goes in the tail.
//
// power(x, y) = exp(y log x): log x as that double-double (absolute error ~2^-70),
// y log x = z + zl through Dekker's exact product, exp of the double-double (exp_parts with
// its low part): for |y| <= 256 the error of z + zl stays below ~2^-62, so results are within
// 0.5 + 2^-10 ulp (exact powers such as 4**0.5 or 3**2 come out exact). Lanes outside
// x in [2^-1022, inf), |y| <= 256, |z| < 708 (zero, negative or subnormal bases, huge
// exponents, overflow, underflow, NaN, inf) take the C library's pow.
//
// Deliberately not here: float32, strided data, log/log2/log10/log1p (the C library: glibc's
// and musl's log1p agree bit for bit with the reference NumPy's, a correctly rounded one
// differed from it in the last digit for ~5% of arguments, e.g. np.log1p(2.0)).
#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/vmath.hpp"
#include "core/vmath_core.hpp"

namespace sl {
namespace vmath {
namespace {
using namespace simd;
using namespace detail;

constexpr double kPowMinX = 0x1p-1022;  // normal bases only
constexpr double kPowMaxY = 256.0;
constexpr double kPowMaxZ = 708.0;

// pow for the fast lanes; z = y log x (rounded) reports which lanes are fast
inline F pow_core(F x, F y, F& z) {
  F lh, ll;
  log_parts(x, lh, ll);
  F p, pe;
  two_prod(y, lh, p, pe);
  const F zl0 = pe + y * ll;
  z = p + zl0;
  const F zl = (p - z) + zl0;
  const ExpParts ep = exp_parts<true>(z, zl);
  return from_bits(bits(ep.hi + ep.x1) + ep.eb);
}

inline bool pow_fast(double x, double y, double z) {
  return x >= kPowMinX && x < INFINITY && std::fabs(y) <= kPowMaxY && std::fabs(z) < kPowMaxZ;
}

}  // namespace

void vpow(const double* x, const double* y, int64_t ystep, double* out, int64_t n) {
  int64_t i = 0;
  for (; i + kLanes <= n; i += kLanes) {
    const F xv = load(x + i);
    const F yv = ystep ? load(y + i) : fsplat(*y);
    F z;
    F res = pow_core(xv, yv, z);
    const I ok = ~lt(xv, fsplat(kPowMinX)) & lt(xv, fsplat(INFINITY)) & ~lt(fsplat(kPowMaxY), fabs_(yv)) &
                 lt(fabs_(z), fsplat(kPowMaxZ));
    if (!all_lanes(ok))
      for (int k = 0; k < kLanes; ++k) {
        const double xk = x[i + k], yk = y[(i + k) * ystep];
        if (!pow_fast(xk, yk, lane(z, k))) res = set_lane(res, k, std::pow(xk, yk));
      }
    store(out + i, res);
  }
  for (; i < n; ++i) {
    const double xk = x[i], yk = y[i * ystep];
    F z;
    const double r = lane(pow_core(fsplat(xk), fsplat(yk), z), 0);
    out[i] = pow_fast(xk, yk, lane(z, 0)) ? r : std::pow(xk, yk);
  }
}

void vpow_loop(char** args, int64_t n, const int64_t* s) {
  const char* a = args[0];
  const char* b = args[1];
  char* o = args[2];
  auto lo = [n](const char* p, int64_t st) { return p + std::min<int64_t>(0, (n - 1) * st); };
  auto hi = [n](const char* p, int64_t st) { return p + std::max<int64_t>(0, (n - 1) * st) + 8; };
  // an input the output does not partially overlap (the very same elements are fine)
  auto apart = [&](const char* in, int64_t st) {
    if (in == o && st == s[2] && st != 0) return true;
    return !(lo(in, st) < hi(o, s[2]) && lo(o, s[2]) < hi(in, st));
  };
  if (n <= 0) return;
  if (!apart(a, s[0]) || !apart(b, s[1])) {
    for (int64_t i = 0; i < n; ++i) {
      double x, y, r;
      std::memcpy(&x, a + i * s[0], 8);
      std::memcpy(&y, b + i * s[1], 8);
      vpow(&x, &y, 0, &r, 1);
      std::memcpy(o + i * s[2], &r, 8);
    }
    return;
  }
  if (s[0] == 8 && s[2] == 8 && (s[1] == 8 || s[1] == 0)) {
    // blocks: V8 tiers a wasm function up only between calls
    constexpr int64_t kRun = 8192;
    const int64_t ys = s[1] / 8;
    for (int64_t i = 0; i < n; i += kRun)
      vpow(reinterpret_cast<const double*>(a) + i, reinterpret_cast<const double*>(b) + i * ys, ys,
           reinterpret_cast<double*>(o) + i, std::min(kRun, n - i));
    return;
  }
  constexpr int64_t kBlock = 256;
  alignas(16) double xb[kBlock], yb[kBlock];
  for (int64_t i = 0; i < n; i += kBlock) {
    const int64_t m = std::min(kBlock, n - i);
    for (int64_t j = 0; j < m; ++j) {
      std::memcpy(&xb[j], a + (i + j) * s[0], 8);
      std::memcpy(&yb[j], b + (i + j) * s[1], 8);
    }
    vpow(xb, yb, 1, xb, m);
    for (int64_t j = 0; j < m; ++j) std::memcpy(o + (i + j) * s[2], &xb[j], 8);
  }
}

}  // namespace vmath
}  // namespace sl
