// ufunc_loops.hpp — the loop skeletons shared by the ufunc_loops_*.cpp families: a binary
// and a unary strided loop, each instantiated per (operation, C type). An operation is a
// struct with `template <class T> static constexpr bool ok` (has a loop for T),
// `template <class T> using out` (output C type) and `static R call(T...)`.
//
// The skeletons special-case the layouts that matter for speed (all contiguous, one operand
// a broadcast scalar, the reduce pattern out == in0 with stride 0) with plain indexed loops
// the compiler auto-vectorises (-O3 / -msimd128); anything else takes the generic strided
// loop. Integer arithmetic wraps (done in unsigned types: signed overflow is UB in C++).
// Internal header: only the loop families and the reduction code include it.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "core/numeric_types.hpp"
#include "core/bool_byte.hpp"
#include "core/c_cast.hpp"
#include "core/reduce_pairwise.hpp"
#include "core/ufunc_table.hpp"

namespace sl {
namespace loops {

template <class T>
constexpr bool is_bool = std::is_same_v<T, bool>;
template <class T>
constexpr bool is_int = std::is_integral_v<T> && !is_bool<T>;
template <class T>
constexpr bool is_float = std::is_floating_point_v<T>;

// Unsigned type wide enough that T's arithmetic does not promote to signed int.
template <class T>
using wide_uint_t = std::conditional_t<(sizeof(T) < 4), uint32_t, std::make_unsigned_t<T>>;

template <class T>
inline T wrap_add(T a, T b) {
  using U = wide_uint_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) + static_cast<U>(b)));
}
template <class T>
inline T wrap_sub(T a, T b) {
  using U = wide_uint_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) - static_cast<U>(b)));
}
template <class T>
inline T wrap_mul(T a, T b) {
  using U = wide_uint_t<T>;
  return static_cast<T>(static_cast<U>(static_cast<U>(a) * static_cast<U>(b)));
}
template <class T>
inline T wrap_neg(T a) {
  using U = wide_uint_t<T>;
  return static_cast<T>(static_cast<U>(U(0) - static_cast<U>(a)));
}

// Float -> integer conversion as the C casts in NumPy's loops behave on x86-64 (gcc):
// targets narrower than 64 bits go through a 32-bit (signed) or 64-bit (uint32)
// truncating conversion whose out-of-range / NaN result is the "integer indefinite"
// 0x80...0, then wrap. Deterministic on every platform (wasm's trapping conversions are
// never reached).
template <class D, class S>
inline D float_to_int(S v) {
  static_assert(is_float<S> && is_int<D>, "float -> int only");
  const double f = static_cast<double>(v);
  if constexpr (sizeof(D) == 8 && std::is_signed_v<D>) {
    return static_cast<D>(c_cast_int64(f));
  } else if constexpr (sizeof(D) == 8) {
    // gcc's sequence: f >= 2**63 converts f - 2**63 and flips the top bit, anything else
    // (NaN included) goes through the signed conversion.
    auto cvt = c_cast_int64;
    if (f >= 9223372036854775808.0)
      return static_cast<D>(static_cast<uint64_t>(cvt(f - 9223372036854775808.0)) ^ (uint64_t(1) << 63));
    return static_cast<D>(static_cast<uint64_t>(cvt(f)));
  } else if constexpr (std::is_unsigned_v<D> && sizeof(D) == 4) {
    return static_cast<D>(static_cast<uint64_t>(c_cast_int64(f)));
  } else {
    int32_t w = (f > -2147483649.0 && f < 2147483648.0) ? static_cast<int32_t>(f) : INT32_MIN;
    return static_cast<D>(static_cast<uint32_t>(w));
  }
}

// Value conversion between loop C types with NumPy's (C cast) semantics. float16 goes
// through float (double for double <-> half, as NumPy's direct conversions); complex ->
// real keeps the real part (NumPy also warns: ComplexWarning, raised by the callers that
// know the context).
template <class D, class S>
inline D convert(S v) {
  if constexpr (std::is_same_v<D, S>) {
    return v;
  } else if constexpr (is_complex_v<S>) {
    if constexpr (is_complex_v<D>) {
      using C = typename D::value_type;
      return D(convert<C>(v.real()), convert<C>(v.imag()));
    } else if constexpr (is_bool<D>) {
      return v.real() != 0 || v.imag() != 0;
    } else {
      return convert<D>(v.real());
    }
  } else if constexpr (is_complex_v<D>) {
    using C = typename D::value_type;
    return D(convert<C>(v), C(0));
  } else if constexpr (is_half_v<S>) {
    if constexpr (is_bool<D>) return !half_is_zero(v);
    else if constexpr (std::is_same_v<D, double>) return half_to_double(v);
    else return convert<D>(half_to_float(v));
  } else if constexpr (is_half_v<D>) {
    if constexpr (is_bool<S>) return half::from_bits(v ? 0x3c00 : 0);
    else if constexpr (std::is_same_v<S, double>) return double_to_half(v);
    else return float_to_half(static_cast<float>(v));
  } else if constexpr (is_bool<D>) {
    return v != S(0);
  } else if constexpr (is_float<S> && is_int<D>) {
    return float_to_int<D>(v);
  } else if constexpr (is_bool<S>) {
    return static_cast<D>(v ? 1 : 0);
  } else {
    return static_cast<D>(v);
  }
}

template <class T>
inline T ld(const char* p) {
  if constexpr (is_bool<T>) {
    return bool_byte(p);
  } else {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
  }
}
template <class T>
inline void st(char* p, T v) {
  std::memcpy(p, &v, sizeof(T));
}

// out = Op(in0, in1). Steps in bytes. The element-wise iterator buffers unaligned data, so
// the contiguous fast paths may use typed pointers; the reduce and generic strided paths
// load and store through memcpy (ld/st), since reductions pass unbuffered operands.
template <class Op, class T>
void binary_loop(char** args, int64_t n, const int64_t* s) {
  using R = typename Op::template out<T>;
  char *a = args[0], *b = args[1], *o = args[2];
  const int64_t sa = s[0], sb = s[1], so = s[2];
  constexpr int64_t ST = sizeof(T), SR = sizeof(R);
  if constexpr (is_bool<T>) {
    // bool inputs only through ld (bytes, nonzero = True), never typed bool pointers; with
    // a == o and zero steps this loop is also the sequential reduce
    for (int64_t i = 0; i < n; ++i, a += sa, b += sb, o += so) st<R>(o, Op::call(ld<T>(a), ld<T>(b)));
    return;
  }
  if (sa == 0 && so == 0 && a == o) {  // reduce: o = Op(o, b[i]) (NumPy's IS_BINARY_REDUCE)
    if constexpr (std::is_same_v<R, T>) {
      if constexpr (Op::pairwise && is_float<T>) {
        *reinterpret_cast<T*>(o) += pairwise_sum<T>(b, n, sb);
      } else {
        // reductions reach here unbuffered: b may be misaligned (as_strided, view(dtype))
        T acc = ld<T>(o);
        if (sb == ST && reinterpret_cast<uintptr_t>(b) % alignof(T) == 0) {
          const T* y = reinterpret_cast<const T*>(b);
          for (int64_t i = 0; i < n; ++i) acc = Op::call(acc, y[i]);
        } else {
          for (int64_t i = 0; i < n; ++i) acc = Op::call(acc, ld<T>(b + i * sb));
        }
        st<T>(o, acc);
      }
      return;
    }
  }
  if (sa == ST && sb == ST && so == SR) {
    const T* x = reinterpret_cast<const T*>(a);
    const T* y = reinterpret_cast<const T*>(b);
    R* z = reinterpret_cast<R*>(o);
    for (int64_t i = 0; i < n; ++i) z[i] = Op::call(x[i], y[i]);
  } else if (sa == ST && sb == 0 && so == SR) {
    const T* x = reinterpret_cast<const T*>(a);
    const T y = *reinterpret_cast<const T*>(b);
    R* z = reinterpret_cast<R*>(o);
    for (int64_t i = 0; i < n; ++i) z[i] = Op::call(x[i], y);
  } else if (sa == 0 && sb == ST && so == SR) {
    const T x = *reinterpret_cast<const T*>(a);
    const T* y = reinterpret_cast<const T*>(b);
    R* z = reinterpret_cast<R*>(o);
    for (int64_t i = 0; i < n; ++i) z[i] = Op::call(x, y[i]);
  } else {
    for (int64_t i = 0; i < n; ++i, a += sa, b += sb, o += so) st<R>(o, Op::call(ld<T>(a), ld<T>(b)));
  }
}

template <class Op, class T>
void unary_loop(char** args, int64_t n, const int64_t* s) {
  using R = typename Op::template out<T>;
  char *a = args[0], *o = args[1];
  const int64_t sa = s[0], so = s[1];
  if constexpr (is_bool<T>) {  // bool inputs only through ld (see binary_loop)
    for (int64_t i = 0; i < n; ++i, a += sa, o += so) st<R>(o, Op::call(ld<T>(a)));
    return;
  }
  if (sa == static_cast<int64_t>(sizeof(T)) && so == static_cast<int64_t>(sizeof(R))) {
    const T* x = reinterpret_cast<const T*>(a);
    R* z = reinterpret_cast<R*>(o);
    for (int64_t i = 0; i < n; ++i) z[i] = Op::call(x[i]);
  } else {
    for (int64_t i = 0; i < n; ++i, a += sa, o += so) st<R>(o, Op::call(ld<T>(a)));
  }
}

// Output type helpers for the op structs.
struct SameOut {
  template <class T>
  using out = T;
};
struct BoolOut {
  template <class T>
  using out = bool;
};

template <class Op>
LoopFn binary_for(DType t) {
  return visit_dtype(t, [](auto tag) -> LoopFn {
    using T = decltype(tag);
    if constexpr (Op::template ok<T>) return &binary_loop<Op, T>;
    else return nullptr;
  });
}
template <class Op>
LoopFn unary_for(DType t) {
  return visit_dtype(t, [](auto tag) -> LoopFn {
    using T = decltype(tag);
    if constexpr (Op::template ok<T>) return &unary_loop<Op, T>;
    else return nullptr;
  });
}

}  // namespace loops

// Per-family lookups (each returns nullptr for ids outside its family).
LoopFn find_loop_arith(UFuncId id, DType t);
LoopFn find_loop_math(UFuncId id, DType t);
LoopFn find_loop_logic(UFuncId id, DType t);
LoopFn find_loop_float(UFuncId id, DType t);
// Exact comparison of an int64 operand with a uint64 one (NumPy 2's 'qQ->?' / 'Qq->?').
LoopFn find_mixed_compare_loop(UFuncId id, bool first_is_signed);

}  // namespace sl
