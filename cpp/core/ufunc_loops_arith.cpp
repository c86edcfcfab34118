// ufunc_loops_arith.cpp — arithmetic loops: + - * / // % **, the sign/abs family, rounding
// (floor/ceil/trunc/rint) and maximum/minimum/fmax/fmin, with NumPy's exact semantics:
// wrapping integer arithmetic, integer // and % by zero give 0, Python-style signs for
// floor division and remainder (npy_divmod for floats), integer power by squaring, sign of
// NaN is NaN, maximum/minimum propagate NaN and fmax/fmin ignore it. Bool add/multiply/
// maximum/minimum are logical or/and. Also fmod, divmod (two outputs), gcd/lcm, conjugate.
#include <limits>

#include "core/errors.hpp"
#include "core/ufunc_loops.hpp"
#include "core/vmath.hpp"

namespace sl {
namespace {
using namespace loops;

template <class T>
constexpr bool num = !is_bool<T>;

struct OpAdd : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = true;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_bool<T>) return a || b;
    else if constexpr (is_int<T>) return wrap_add(a, b);
    else return a + b;
  }
};
struct OpSubtract : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_int<T>) return wrap_sub(a, b);
    else return a - b;
  }
};
struct OpMultiply : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_bool<T>) return a && b;
    else if constexpr (is_int<T>) return wrap_mul(a, b);
    else return a * b;
  }
};
struct OpTrueDivide : SameOut {
  template <class T> static constexpr bool ok = is_float<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return a / b; }
};

// npy_divmod (numpy/_core/src/npymath/npy_math_internal.h.src), for floats.
template <class T>
inline T float_divmod(T a, T b, T* modulus) {
  T mod = std::fmod(a, b);
  if (!b) {
    *modulus = mod;
    return a / b;
  }
  T div = (a - mod) / b;
  if (mod) {
    if (std::isless(b, T(0)) != std::isless(mod, T(0))) {
      mod += b;
      div -= T(1);
    }
  } else {
    mod = std::copysign(T(0), b);
  }
  T floordiv;
  if (div) {
    floordiv = std::floor(div);
    if (std::isgreater(div - floordiv, T(0.5))) floordiv += T(1);
  } else {
    floordiv = std::copysign(T(0), a / b);
  }
  *modulus = mod;
  return floordiv;
}

struct OpFloorDivide : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_float<T>) {
      if (!b) return a / b;
      T mod;
      return float_divmod(a, b, &mod);
    } else {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<T>) {
        if (a == std::numeric_limits<T>::min() && b == T(-1)) return a;  // overflow: MIN
        T r = static_cast<T>(a / b);
        if (((a > 0) != (b > 0)) && static_cast<T>(r * b) != a) --r;
        return r;
      } else {
        return static_cast<T>(a / b);
      }
    }
  }
};
struct OpRemainder : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_float<T>) {
      if (!b) return std::fmod(a, b);
      T mod;
      float_divmod(a, b, &mod);
      return mod;
    } else {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<T>) {
        if (b == T(-1)) return 0;  // also covers MIN % -1
        const T rem = static_cast<T>(a % b);
        if ((a > 0) == (b > 0) || rem == 0) return rem;
        return static_cast<T>(rem + b);
      } else {
        return static_cast<T>(a % b);
      }
    }
  }
};

// Integer power: NumPy's fast paths (exponent 0/1/2, base 1) then squaring.
template <class T>
inline T int_power(T base, T exp) {
  if (exp == 0 || base == 1) return 1;
  if (exp == 1) return base;
  if (exp == 2) return wrap_mul(base, base);
  T out = (exp & 1) ? base : T(1);
  exp = static_cast<T>(exp >> 1);
  while (exp > 0) {
    base = wrap_mul(base, base);
    if (exp & 1) out = wrap_mul(out, base);
    exp = static_cast<T>(exp >> 1);
  }
  return out;
}

// Power has its own loop: like NumPy it raises on the first negative integer exponent,
// after writing the earlier elements (a partially written out= array, as in NumPy).
template <class T>
void power_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) {
    const T x = *reinterpret_cast<const T*>(a);
    const T y = *reinterpret_cast<const T*>(b);
    if constexpr (is_float<T>) {
      *reinterpret_cast<T*>(o) = std::pow(x, y);
    } else {
      if constexpr (std::is_signed_v<T>) {
        if (y < 0) raise_value_error("Integers to negative integer powers are not allowed.");
      }
      *reinterpret_cast<T*>(o) = int_power(x, y);
    }
  }
}

struct OpNegative : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) {
    if constexpr (is_int<T>) return wrap_neg(a);
    else return -a;
  }
};
struct OpPositive : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) { return a; }
};
struct OpAbsolute : SameOut {
  template <class T> static constexpr bool ok = true;
  template <class T>
  static T call(T a) {
    if constexpr (is_bool<T> || std::is_unsigned_v<T>) return a;
    else if constexpr (is_int<T>) return a < 0 ? wrap_neg(a) : a;
    else return std::fabs(a);
  }
};
struct OpSign : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) {
    if constexpr (is_float<T>) return a > 0 ? T(1) : (a < 0 ? T(-1) : (a == 0 ? T(0) : a));
    else if constexpr (std::is_unsigned_v<T>) return a > 0 ? T(1) : T(0);
    else return a > 0 ? T(1) : (a < 0 ? T(-1) : T(0));
  }
};
struct OpSquare : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) {
    if constexpr (is_int<T>) return wrap_mul(a, a);
    else return a * a;
  }
};
struct OpReciprocal : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) {
    // NumPy: (T)(1.0 / in) for integers (so 1/0 goes through inf -> the C cast)
    if constexpr (is_int<T>) return convert<T>(1.0 / static_cast<double>(a));
    else return T(1) / a;
  }
};
// floor/ceil/trunc keep integers and bools unchanged (NumPy >= 2.1); rint is float-only.
#define SL_ROUNDING_OP(NAME, FN, ALLOW_INT)                       \
  struct NAME : SameOut {                                         \
    template <class T> static constexpr bool ok = ALLOW_INT || is_float<T>; \
    template <class T>                                            \
    static T call(T a) {                                          \
      if constexpr (is_float<T>) return std::FN(a);               \
      else return a;                                              \
    }                                                             \
  };
SL_ROUNDING_OP(OpFloor, floor, true)
SL_ROUNDING_OP(OpCeil, ceil, true)
SL_ROUNDING_OP(OpTrunc, trunc, true)
SL_ROUNDING_OP(OpRint, rint, false)
#undef SL_ROUNDING_OP

// Float maximum/minimum/fmax/fmin behave like NumPy's SIMD loops (x86 maxpd/minpd):
// when the operands compare equal (0.0 vs -0.0) the second one is returned; maximum and
// minimum propagate a NaN from either side, fmax/fmin return the other operand.
struct OpMaximum : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_bool<T>) return a || b;
    else if constexpr (is_int<T>) return a > b ? a : b;
    else return a > b ? a : (std::isnan(a) ? a : b);
  }
};
struct OpMinimum : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_bool<T>) return a && b;
    else if constexpr (is_int<T>) return a < b ? a : b;
    else return a < b ? a : (std::isnan(a) ? a : b);
  }
};
struct OpFmax : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_float<T>) return a > b ? a : (std::isnan(b) ? a : b);
    else return OpMaximum::call(a, b);
  }
};
struct OpFmin : SameOut {
  template <class T> static constexpr bool ok = true;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_float<T>) return a < b ? a : (std::isnan(b) ? a : b);
    else return OpMinimum::call(a, b);
  }
};

// fmod: C's truncated remainder; integer x % 0 is 0 and MIN % -1 is 0 (NumPy's guards).
struct OpFmod : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if constexpr (is_float<T>) {
      return std::fmod(a, b);
    } else {
      if (b == 0) return 0;
      if constexpr (std::is_signed_v<T>) {
        if (b == T(-1)) return 0;
      }
      return static_cast<T>(a % b);
    }
  }
};
struct OpConjugate : SameOut {
  template <class T> static constexpr bool ok = num<T>;
  template <class T>
  static T call(T a) { return a; }
};

// npy_gcd / npy_lcm: Euclid on the magnitudes (computed unsigned, so |MIN| wraps back to
// MIN as in NumPy); lcm = |a| / gcd * |b|, 0 when both are 0.
template <class T>
inline std::make_unsigned_t<T> magnitude(T a) {
  using U = std::make_unsigned_t<T>;
  if constexpr (std::is_signed_v<T>) return a < 0 ? static_cast<U>(U(0) - static_cast<U>(a)) : static_cast<U>(a);
  else return a;
}
template <class U>
inline U gcd_unsigned(U a, U b) {
  while (a != 0) {
    const U c = a;
    a = static_cast<U>(b % a);
    b = c;
  }
  return b;
}
struct OpGcd : SameOut {
  template <class T> static constexpr bool ok = is_int<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) { return static_cast<T>(gcd_unsigned(magnitude(a), magnitude(b))); }
};
struct OpLcm : SameOut {
  template <class T> static constexpr bool ok = is_int<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    const auto g = gcd_unsigned(magnitude(a), magnitude(b));
    if (g == 0) return 0;
    using U = decltype(g);
    // wrap_mul: a uint8/uint16 product would promote to int and overflow (UB)
    return static_cast<T>(wrap_mul(static_cast<U>(magnitude(a) / g), static_cast<U>(magnitude(b))));
  }
};

// divmod: (floor_divide, remainder) in one loop with two outputs.
template <class T>
void divmod_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *q = args[2], *r = args[3];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], q += s[2], r += s[3]) {
    const T x = ld<T>(a), y = ld<T>(b);
    st<T>(q, OpFloorDivide::call(x, y));
    st<T>(r, OpRemainder::call(x, y));
  }
}

LoopFn divmod_for(DType t) {
  return visit_dtype(t, [](auto tag) -> LoopFn {
    using T = decltype(tag);
    if constexpr (is_bool<T>) return nullptr;
    else return &divmod_loop<T>;
  });
}

LoopFn power_for(DType t) {
  return visit_dtype(t, [](auto tag) -> LoopFn {
    using T = decltype(tag);
    if constexpr (is_bool<T>) return nullptr;
    else if constexpr (std::is_same_v<T, double>) return &vmath::vpow_loop;  // our pow (vmath.hpp)
    else return &power_loop<T>;
  });
}

}  // namespace

LoopFn find_loop_arith(UFuncId id, DType t) {
  switch (id) {
    case UFuncId::Add: return binary_for<OpAdd>(t);
    case UFuncId::Subtract: return binary_for<OpSubtract>(t);
    case UFuncId::Multiply: return binary_for<OpMultiply>(t);
    case UFuncId::TrueDivide: return binary_for<OpTrueDivide>(t);
    case UFuncId::FloorDivide: return binary_for<OpFloorDivide>(t);
    case UFuncId::Remainder: return binary_for<OpRemainder>(t);
    case UFuncId::Power: return power_for(t);
    case UFuncId::Negative: return unary_for<OpNegative>(t);
    case UFuncId::Positive: return unary_for<OpPositive>(t);
    case UFuncId::Absolute: return unary_for<OpAbsolute>(t);
    case UFuncId::Sign: return unary_for<OpSign>(t);
    case UFuncId::Square: return unary_for<OpSquare>(t);
    case UFuncId::Reciprocal: return unary_for<OpReciprocal>(t);
    case UFuncId::Floor: return unary_for<OpFloor>(t);
    case UFuncId::Ceil: return unary_for<OpCeil>(t);
    case UFuncId::Trunc: return unary_for<OpTrunc>(t);
    case UFuncId::Rint: return unary_for<OpRint>(t);
    case UFuncId::Maximum: return binary_for<OpMaximum>(t);
    case UFuncId::Minimum: return binary_for<OpMinimum>(t);
    case UFuncId::Fmax: return binary_for<OpFmax>(t);
    case UFuncId::Fmin: return binary_for<OpFmin>(t);
    case UFuncId::Fmod: return binary_for<OpFmod>(t);
    case UFuncId::Conjugate: return unary_for<OpConjugate>(t);
    case UFuncId::Gcd: return binary_for<OpGcd>(t);
    case UFuncId::Lcm: return binary_for<OpLcm>(t);
    case UFuncId::Divmod: return divmod_for(t);
    default: return nullptr;
  }
}

}  // namespace sl
