// ufunc_loops_math.cpp — the transcendental float loops (sqrt, exp, log, trig, hyperbolic
// and their inverses, arctan2, hypot, cbrt, exp2, logaddexp(2), float_power, angle units).
// Each calls the C library function of the loop's own precision (sinf for float32, sin
// for float64), which is what NumPy does when it does not dispatch to its own
// SIMD code: results are bit-identical to NumPy running on baseline x86-64 with glibc.
// NumPy builds with AVX2/AVX512 dispatch (and SVML) compute exp/log/sin/... differently by
// about 1 ulp; wasm uses musl's libm, which can also differ by 1 ulp from glibc.
// The float64 loops of exp, sin, cos and tanh, and float_power's (power's loop), are
// our own vectorised kernels instead (vmath.hpp: within 1 ulp of NumPy and of the correctly
// rounded result, mostly equal to it, the same bits natively and in wasm; special values
// still from the C library). log1p's in the wasm build is a vectorised copy of musl's
// algorithm (the same bits as the C library's there).
#include <algorithm>

#include "core/ufunc_loops.hpp"
#include "core/vmath.hpp"

namespace sl {
namespace {
using namespace loops;

#define SL_FLOAT_UNARY(NAME, FN)                              \
  struct NAME : SameOut {                                     \
    template <class T> static constexpr bool ok = is_float<T>; \
    template <class T>                                        \
    static T call(T a) { return std::FN(a); }                 \
  };
SL_FLOAT_UNARY(OpSqrt, sqrt)
SL_FLOAT_UNARY(OpExp, exp)
SL_FLOAT_UNARY(OpExpm1, expm1)
SL_FLOAT_UNARY(OpLog, log)
SL_FLOAT_UNARY(OpLog1p, log1p)
SL_FLOAT_UNARY(OpLog2, log2)
SL_FLOAT_UNARY(OpLog10, log10)
SL_FLOAT_UNARY(OpSin, sin)
SL_FLOAT_UNARY(OpCos, cos)
SL_FLOAT_UNARY(OpTan, tan)
SL_FLOAT_UNARY(OpArcsin, asin)
SL_FLOAT_UNARY(OpArccos, acos)
SL_FLOAT_UNARY(OpArctan, atan)
SL_FLOAT_UNARY(OpSinh, sinh)
SL_FLOAT_UNARY(OpCosh, cosh)
SL_FLOAT_UNARY(OpTanh, tanh)
SL_FLOAT_UNARY(OpExp2, exp2)
SL_FLOAT_UNARY(OpArcsinh, asinh)
SL_FLOAT_UNARY(OpArccosh, acosh)
SL_FLOAT_UNARY(OpArctanh, atanh)
#undef SL_FLOAT_UNARY

// cbrt rounded correctly: glibc's cbrt is off by one ulp even on perfect cubes (cbrt(27)
// = 3.0000000000000004) where NumPy's SIMD cbrt and musl are exact. The libm result is
// refined by picking, among it and its two neighbours, the one whose cube (computed with
// fma error terms) is closest to x. float32 goes through the float64 result.
inline double cube_residual(double c, double x) {
  const double c2 = c * c, e2 = std::fma(c, c, -c2);
  const double c3 = c2 * c, e3 = std::fma(c2, c, -c3);
  return std::fabs((c3 - x) + (e3 + e2 * c));
}
inline double cbrt_rounded(double x) {
  double r = std::cbrt(x);
  const double ax = std::fabs(x);
  if (!(ax > 1e-280 && ax < 1e300)) return r;  // 0, subnormal range, huge, inf, nan
  double best = cube_residual(r, x);
  for (double c : {std::nextafter(r, -INFINITY), std::nextafter(r, INFINITY)}) {
    const double e = cube_residual(c, x);
    if (e < best) {
      best = e;
      r = c;
    }
  }
  return r;
}
struct OpCbrt : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static T call(T a) { return static_cast<T>(cbrt_rounded(static_cast<double>(a))); }
};

// deg2rad/radians and rad2deg/degrees: one multiplication by the constant of the loop's
// precision (npy_deg2rad: x * (NPY_PI / 180.0)).
template <class T>
constexpr T kPi = T(3.141592653589793238462643383279502884);
struct OpDeg2rad : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static T call(T a) { return a * (kPi<T> / T(180.0)); }
};
struct OpRad2deg : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static T call(T a) { return a * (T(180.0) / kPi<T>); }
};

// npy_logaddexp / npy_logaddexp2: equal arguments (same-signed infinities) short-cut, then
// the larger one plus log1p of the exponent of the difference; NaN passes through.
struct OpLogaddexp : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T x, T y) {
    if (x == y) return x + T(0.693147180559945309417232121458176568);
    const T d = x - y;
    if (d > 0) return x + std::log1p(std::exp(-d));
    if (d <= 0) return y + std::log1p(std::exp(d));
    return d;
  }
};
struct OpLogaddexp2 : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T x, T y) {
    constexpr T kLog2e = T(1.442695040888963407359924681001892137);
    if (x == y) return x + T(1);
    const T d = x - y;
    if (d > 0) return x + kLog2e * std::log1p(std::exp2(-d));
    if (d <= 0) return y + kLog2e * std::log1p(std::exp2(d));
    return d;
  }
};
struct OpArctan2 : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return std::atan2(a, b); }
};
struct OpHypot : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return std::hypot(a, b); }
};

// A float64 unary loop through a vmath array kernel: contiguous runs go straight to it,
// strided ones through a stack buffer (the same kernel, hence the same bits in any layout).
// The element-wise iterator hands contiguous loops aligned data (it buffers the rest). An
// output that partially overlaps the input (never made by the iterator, which copies such
// inputs first) would still be computed element after element, as a plain loop would.
template <void (*Kernel)(const double*, double*, int64_t)>
void vmath_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *o = args[1];
  auto lo = [n](const char* p, int64_t st) { return p + std::min<int64_t>(0, (n - 1) * st); };
  auto hi = [n](const char* p, int64_t st) { return p + std::max<int64_t>(0, (n - 1) * st) + 8; };
  const bool in_place = a == o && s[0] == s[1];
  if (n > 1 && !in_place && lo(a, s[0]) < hi(o, s[1]) && lo(o, s[1]) < hi(a, s[0])) {
    for (int64_t i = 0; i < n; ++i) {
      const double v = ld<double>(a + i * s[0]);
      double r;
      Kernel(&v, &r, 1);
      st<double>(o + i * s[1], r);
    }
    return;
  }
  if (s[0] == 8 && s[1] == 8) {
    // in blocks: V8 tiers a wasm function up only between calls, so one call over a large
    // array would run in the baseline code throughout
    constexpr int64_t kRun = 8192;
    for (int64_t i = 0; i < n; i += kRun)
      Kernel(reinterpret_cast<const double*>(a) + i, reinterpret_cast<double*>(o) + i, std::min(kRun, n - i));
    return;
  }
  constexpr int64_t kBlock = 256;
  alignas(16) double buf[kBlock];
  for (int64_t i = 0; i < n; i += kBlock) {
    const int64_t m = std::min(kBlock, n - i);
    for (int64_t j = 0; j < m; ++j) buf[j] = ld<double>(a + (i + j) * s[0]);
    Kernel(buf, buf, m);
    for (int64_t j = 0; j < m; ++j) st<double>(o + (i + j) * s[1], buf[j]);
  }
}
template <class Op, void (*Kernel)(const double*, double*, int64_t)>
LoopFn vmath_for(DType t) {
  return t == DType::Float64 ? &vmath_loop<Kernel> : unary_for<Op>(t);
}

}  // namespace

LoopFn find_loop_math(UFuncId id, DType t) {
  switch (id) {
    case UFuncId::Sqrt: return unary_for<OpSqrt>(t);
    case UFuncId::Exp: return vmath_for<OpExp, vmath::vexp>(t);
    case UFuncId::Expm1: return unary_for<OpExpm1>(t);
    case UFuncId::Log: return unary_for<OpLog>(t);
    case UFuncId::Log1p:  // the C library's bits: see vmath_log1p.cpp
      return vmath::kVlog1pIsLibm ? vmath_for<OpLog1p, vmath::vlog1p>(t) : unary_for<OpLog1p>(t);
    case UFuncId::Log2: return unary_for<OpLog2>(t);
    case UFuncId::Log10: return unary_for<OpLog10>(t);
    case UFuncId::Sin: return vmath_for<OpSin, vmath::vsin>(t);
    case UFuncId::Cos: return vmath_for<OpCos, vmath::vcos>(t);
    case UFuncId::Tan: return unary_for<OpTan>(t);
    case UFuncId::Arcsin: return unary_for<OpArcsin>(t);
    case UFuncId::Arccos: return unary_for<OpArccos>(t);
    case UFuncId::Arctan: return unary_for<OpArctan>(t);
    case UFuncId::Sinh: return unary_for<OpSinh>(t);
    case UFuncId::Cosh: return unary_for<OpCosh>(t);
    case UFuncId::Tanh: return vmath_for<OpTanh, vmath::vtanh>(t);
    case UFuncId::Arctan2: return binary_for<OpArctan2>(t);
    case UFuncId::Hypot: return binary_for<OpHypot>(t);
    case UFuncId::Cbrt: return unary_for<OpCbrt>(t);
    case UFuncId::Exp2: return unary_for<OpExp2>(t);
    case UFuncId::Arcsinh: return unary_for<OpArcsinh>(t);
    case UFuncId::Arccosh: return unary_for<OpArccosh>(t);
    case UFuncId::Arctanh: return unary_for<OpArctanh>(t);
    case UFuncId::Deg2rad: case UFuncId::Radians: return unary_for<OpDeg2rad>(t);
    case UFuncId::Rad2deg: case UFuncId::Degrees: return unary_for<OpRad2deg>(t);
    case UFuncId::Logaddexp: return binary_for<OpLogaddexp>(t);
    case UFuncId::Logaddexp2: return binary_for<OpLogaddexp2>(t);
    case UFuncId::FloatPower: return t == DType::Float64 ? &vmath::vpow_loop : nullptr;  // power's loop
    default: return nullptr;
  }
}

}  // namespace sl
