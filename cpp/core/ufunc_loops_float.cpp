// ufunc_loops_float.cpp — loops that work on the representation of floats rather than on
// their value as a real number: fabs, copysign, nextafter, spacing, signbit, heaviside,
// ldexp (float x int64 exponent), and the two-output frexp (mantissa, int32 exponent) and
// modf (fractional, integral part). Semantics of NumPy's npy_math: spacing(±0) is the
// smallest positive subnormal and spacing(±inf) NaN; heaviside(NaN) is NaN, (0, h0) is h0;
// an ldexp exponent outside int's range saturates to INT_MAX / INT_MIN (inf or 0).
#include <climits>
#include <limits>

#include "core/ufunc_loops.hpp"

namespace sl {
namespace {
using namespace loops;

struct OpFabs : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static T call(T a) { return std::fabs(a); }
};
struct OpSpacing : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static T call(T a) {
    if (std::isinf(a)) return std::numeric_limits<T>::quiet_NaN();
    if (a == 0) return std::numeric_limits<T>::denorm_min();
    return std::nextafter(a, std::copysign(std::numeric_limits<T>::infinity(), a)) - a;
  }
};
struct OpSignbit : BoolOut {
  template <class T> static constexpr bool ok = is_float<T>;
  template <class T>
  static bool call(T a) { return std::signbit(a); }
};
struct OpCopysign : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return std::copysign(a, b); }
};
struct OpNextafter : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return std::nextafter(a, b); }
};
struct OpHeaviside : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T x, T h0) {
    if (std::isnan(x)) return std::numeric_limits<T>::quiet_NaN();
    if (x == 0) return h0;
    return x < 0 ? T(0) : T(1);
  }
};

// ldexp's 'dl->d' loop: the exponent is read as int64 and saturated into int.
template <class T>
void ldexp_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) {
    const int64_t e = ld<int64_t>(b);
    const int ei = e > INT_MAX ? INT_MAX : (e < INT_MIN ? INT_MIN : static_cast<int>(e));
    st<T>(o, std::ldexp(ld<T>(a), ei));
  }
}
template <class T>
void frexp_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *m = args[1], *e = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], m += s[1], e += s[2]) {
    int ex = 0;
    const T x = ld<T>(a);
    const T mant = std::frexp(x, &ex);
    st<T>(m, mant);
    st<int32_t>(e, std::isfinite(x) ? ex : 0);
  }
}
template <class T>
void modf_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *f = args[1], *ip = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], f += s[1], ip += s[2]) {
    T whole;
    const T frac = std::modf(ld<T>(a), &whole);
    st<T>(f, frac);
    st<T>(ip, whole);
  }
}

LoopFn float_loop_for(DType t, LoopFn f32, LoopFn f64) {
  return t == DType::Float32 ? f32 : (t == DType::Float64 ? f64 : nullptr);
}

}  // namespace

LoopFn find_loop_float(UFuncId id, DType t) {
  switch (id) {
    case UFuncId::Fabs: return unary_for<OpFabs>(t);
    case UFuncId::Spacing: return unary_for<OpSpacing>(t);
    case UFuncId::Signbit: return unary_for<OpSignbit>(t);
    case UFuncId::Copysign: return binary_for<OpCopysign>(t);
    case UFuncId::Nextafter: return binary_for<OpNextafter>(t);
    case UFuncId::Heaviside: return binary_for<OpHeaviside>(t);
    case UFuncId::Ldexp: return float_loop_for(t, &ldexp_loop<float>, &ldexp_loop<double>);
    case UFuncId::Frexp: return float_loop_for(t, &frexp_loop<float>, &frexp_loop<double>);
    case UFuncId::Modf: return float_loop_for(t, &modf_loop<float>, &modf_loop<double>);
    default: return nullptr;
  }
}

}  // namespace sl
