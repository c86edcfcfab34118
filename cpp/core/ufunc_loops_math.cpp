// ufunc_loops_math.cpp — the transcendental float loops (sqrt, exp, log, trig, hyperbolic,
// arctan2, hypot). Each calls the C library function of the loop's own precision (sinf for
// float32, sin for float64), which is what NumPy does when it does not dispatch to its own
// SIMD code: results are bit-identical to NumPy running on baseline x86-64 with glibc.
// NumPy builds with AVX2/AVX512 dispatch (and SVML) compute exp/log/sin/... differently by
// about 1 ulp; wasm uses musl's libm, which can also differ by 1 ulp from glibc.
#include "core/ufunc_loops.hpp"

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
#undef SL_FLOAT_UNARY

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

}  // namespace

LoopFn find_loop_math(UFuncId id, DType t) {
  switch (id) {
    case UFuncId::Sqrt: return unary_for<OpSqrt>(t);
    case UFuncId::Exp: return unary_for<OpExp>(t);
    case UFuncId::Expm1: return unary_for<OpExpm1>(t);
    case UFuncId::Log: return unary_for<OpLog>(t);
    case UFuncId::Log1p: return unary_for<OpLog1p>(t);
    case UFuncId::Log2: return unary_for<OpLog2>(t);
    case UFuncId::Log10: return unary_for<OpLog10>(t);
    case UFuncId::Sin: return unary_for<OpSin>(t);
    case UFuncId::Cos: return unary_for<OpCos>(t);
    case UFuncId::Tan: return unary_for<OpTan>(t);
    case UFuncId::Arcsin: return unary_for<OpArcsin>(t);
    case UFuncId::Arccos: return unary_for<OpArccos>(t);
    case UFuncId::Arctan: return unary_for<OpArctan>(t);
    case UFuncId::Sinh: return unary_for<OpSinh>(t);
    case UFuncId::Cosh: return unary_for<OpCosh>(t);
    case UFuncId::Tanh: return unary_for<OpTanh>(t);
    case UFuncId::Arctan2: return binary_for<OpArctan2>(t);
    case UFuncId::Hypot: return binary_for<OpHypot>(t);
    default: return nullptr;
  }
}

}  // namespace sl
