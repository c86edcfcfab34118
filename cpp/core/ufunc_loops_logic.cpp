// ufunc_loops_logic.cpp — loops producing truth values or bit patterns: comparisons,
// logical_and/or/xor/not (truthiness: x != 0, NaN is true), bitwise and/or/xor/invert/count,
// shifts (NumPy's npy_lshift/npy_rshift: a shift by >= the bit width gives 0, or -1 for a
// negative value shifted right), and isnan/isinf/isfinite (defined for every dtype).
// Also the exact int64-vs-uint64 comparison NumPy 2 uses instead of comparing in float64.
#include "core/ufunc_loops.hpp"

namespace sl {
namespace {
using namespace loops;

#define SL_COMPARE_OP(NAME, EXPR)                              \
  struct NAME : BoolOut {                                      \
    template <class T> static constexpr bool ok = true;         \
    static constexpr bool pairwise = false;                    \
    template <class T>                                         \
    static bool call(T a, T b) { return EXPR; }                \
  };
SL_COMPARE_OP(OpEqual, a == b)
SL_COMPARE_OP(OpNotEqual, a != b)
SL_COMPARE_OP(OpLess, a < b)
SL_COMPARE_OP(OpLessEqual, a <= b)
SL_COMPARE_OP(OpGreater, a > b)
SL_COMPARE_OP(OpGreaterEqual, a >= b)
SL_COMPARE_OP(OpLogicalAnd, (a != T(0)) && (b != T(0)))
SL_COMPARE_OP(OpLogicalOr, (a != T(0)) || (b != T(0)))
SL_COMPARE_OP(OpLogicalXor, (a != T(0)) != (b != T(0)))
#undef SL_COMPARE_OP

struct OpLogicalNot : BoolOut {
  template <class T> static constexpr bool ok = true;
  template <class T>
  static bool call(T a) { return !(a != T(0)); }
};

template <class T>
constexpr bool bint = !is_float<T>;

#define SL_BITWISE_OP(NAME, OP)                                 \
  struct NAME : SameOut {                                       \
    template <class T> static constexpr bool ok = bint<T>;      \
    static constexpr bool pairwise = false;                     \
    template <class T>                                          \
    static T call(T a, T b) { return static_cast<T>(a OP b); }  \
  };
SL_BITWISE_OP(OpBitwiseAnd, &)
SL_BITWISE_OP(OpBitwiseOr, |)
SL_BITWISE_OP(OpBitwiseXor, ^)
#undef SL_BITWISE_OP

struct OpInvert : SameOut {
  template <class T> static constexpr bool ok = bint<T>;
  template <class T>
  static T call(T a) {
    if constexpr (is_bool<T>) return !a;
    else return static_cast<T>(~a);
  }
};

// bitwise_count: the 1-bits of |a| (the most negative value, |a| = 2**(n-1), has one)
struct OpBitwiseCount {
  template <class T>
  using out = uint8_t;
  template <class T> static constexpr bool ok = is_int<T>;
  template <class T>
  static uint8_t call(T a) {
    using U = std::make_unsigned_t<T>;
    U u = static_cast<U>(a);
    if constexpr (std::is_signed_v<T>) {
      if (a < 0) u = static_cast<U>(U(0) - u);
    }
    return static_cast<uint8_t>(__builtin_popcountll(static_cast<unsigned long long>(u)));
  }
};

struct OpLeftShift : SameOut {
  template <class T> static constexpr bool ok = is_int<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    using U = std::make_unsigned_t<T>;
    if (static_cast<uint64_t>(static_cast<int64_t>(b)) < sizeof(T) * 8)
      return static_cast<T>(static_cast<U>(static_cast<U>(a) << static_cast<unsigned>(b)));
    return 0;
  }
};
struct OpRightShift : SameOut {
  template <class T> static constexpr bool ok = is_int<T>;
  static constexpr bool pairwise = false;
  template <class T>
  static T call(T a, T b) {
    if (static_cast<uint64_t>(static_cast<int64_t>(b)) < sizeof(T) * 8)
      return static_cast<T>(a >> static_cast<unsigned>(b));  // arithmetic for signed
    if constexpr (std::is_signed_v<T>) {
      if (a < 0) return T(-1);
    }
    return 0;
  }
};

struct OpIsNan : BoolOut {
  template <class T> static constexpr bool ok = true;
  template <class T>
  static bool call(T a) {
    if constexpr (is_float<T>) return std::isnan(a);
    else return false;
  }
};
struct OpIsInf : BoolOut {
  template <class T> static constexpr bool ok = true;
  template <class T>
  static bool call(T a) {
    if constexpr (is_float<T>) return std::isinf(a);
    else return false;
  }
};
struct OpIsFinite : BoolOut {
  template <class T> static constexpr bool ok = true;
  template <class T>
  static bool call(T a) {
    if constexpr (is_float<T>) return std::isfinite(a);
    else return true;
  }
};

// int64 vs uint64 without going through float64.
enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };
template <Cmp C>
inline bool cmp_signed_unsigned(int64_t a, uint64_t b) {
  // three-way: -1 a<b, 0 equal, 1 a>b
  const int r = a < 0 ? -1 : (static_cast<uint64_t>(a) < b ? -1 : (static_cast<uint64_t>(a) == b ? 0 : 1));
  switch (C) {
    case Cmp::Eq: return r == 0;
    case Cmp::Ne: return r != 0;
    case Cmp::Lt: return r < 0;
    case Cmp::Le: return r <= 0;
    case Cmp::Gt: return r > 0;
    case Cmp::Ge: return r >= 0;
  }
  return false;
}
template <Cmp C>
constexpr Cmp mirrored() {
  return C == Cmp::Lt ? Cmp::Gt : C == Cmp::Gt ? Cmp::Lt : C == Cmp::Le ? Cmp::Ge : C == Cmp::Ge ? Cmp::Le : C;
}
template <Cmp C, bool FirstSigned>
void mixed_compare_loop(char** args, int64_t n, const int64_t* s) {
  char *a = args[0], *b = args[1], *o = args[2];
  for (int64_t i = 0; i < n; ++i, a += s[0], b += s[1], o += s[2]) {
    bool r;
    if constexpr (FirstSigned) r = cmp_signed_unsigned<C>(ld<int64_t>(a), ld<uint64_t>(b));
    else r = cmp_signed_unsigned<mirrored<C>()>(ld<int64_t>(b), ld<uint64_t>(a));
    *reinterpret_cast<bool*>(o) = r;
  }
}
template <Cmp C>
LoopFn mixed_for(bool first_signed) {
  return first_signed ? &mixed_compare_loop<C, true> : &mixed_compare_loop<C, false>;
}

}  // namespace

LoopFn find_loop_logic(UFuncId id, DType t) {
  switch (id) {
    case UFuncId::Equal: return binary_for<OpEqual>(t);
    case UFuncId::NotEqual: return binary_for<OpNotEqual>(t);
    case UFuncId::Less: return binary_for<OpLess>(t);
    case UFuncId::LessEqual: return binary_for<OpLessEqual>(t);
    case UFuncId::Greater: return binary_for<OpGreater>(t);
    case UFuncId::GreaterEqual: return binary_for<OpGreaterEqual>(t);
    case UFuncId::LogicalAnd: return binary_for<OpLogicalAnd>(t);
    case UFuncId::LogicalOr: return binary_for<OpLogicalOr>(t);
    case UFuncId::LogicalXor: return binary_for<OpLogicalXor>(t);
    case UFuncId::LogicalNot: return unary_for<OpLogicalNot>(t);
    case UFuncId::BitwiseAnd: return binary_for<OpBitwiseAnd>(t);
    case UFuncId::BitwiseOr: return binary_for<OpBitwiseOr>(t);
    case UFuncId::BitwiseXor: return binary_for<OpBitwiseXor>(t);
    case UFuncId::Invert: return unary_for<OpInvert>(t);
    case UFuncId::BitwiseCount: return unary_for<OpBitwiseCount>(t);
    case UFuncId::LeftShift: return binary_for<OpLeftShift>(t);
    case UFuncId::RightShift: return binary_for<OpRightShift>(t);
    case UFuncId::IsNan: return unary_for<OpIsNan>(t);
    case UFuncId::IsInf: return unary_for<OpIsInf>(t);
    case UFuncId::IsFinite: return unary_for<OpIsFinite>(t);
    default: return nullptr;
  }
}

LoopFn find_mixed_compare_loop(UFuncId id, bool first_is_signed) {
  switch (id) {
    case UFuncId::Equal: return mixed_for<Cmp::Eq>(first_is_signed);
    case UFuncId::NotEqual: return mixed_for<Cmp::Ne>(first_is_signed);
    case UFuncId::Less: return mixed_for<Cmp::Lt>(first_is_signed);
    case UFuncId::LessEqual: return mixed_for<Cmp::Le>(first_is_signed);
    case UFuncId::Greater: return mixed_for<Cmp::Gt>(first_is_signed);
    case UFuncId::GreaterEqual: return mixed_for<Cmp::Ge>(first_is_signed);
    default: return nullptr;
  }
}

}  // namespace sl
