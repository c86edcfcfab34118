// simd_f64x2.hpp — the small vector vocabulary the vmath kernels are written in: F (doubles)
// and I (int64 bit patterns), two lanes of wasm SIMD under -msimd128, one plain scalar lane
// everywhere else (the native g++ build). A kernel written once against it computes the same
// IEEE operations in the same order in both builds, so the native and wasm results are the
// same bits: only add, sub, mul, div, sqrt, bit operations and integer adds/shifts, no fused
// multiply-add (wasm has none; x86-64 baseline has none either), no reassociation.
//
// Deliberately not a general SIMD library: just what exp/log/sin/cos/tanh need. Lanes that
// need a special case (NaN, overflow, huge trig arguments) are detected with any_lane and
// recomputed one at a time by the caller; the vector path must not trap on them (it does not:
// float ops never trap and table indices are masked).
#pragma once
#include <cstdint>
#include <cstring>

#if defined(__wasm_simd128__)
#include <wasm_simd128.h>
#endif

namespace sl {
namespace simd {

#if defined(__wasm_simd128__)
constexpr int kLanes = 2;
struct F { v128_t v; };
struct I { v128_t v; };
inline F fsplat(double a) { return {wasm_f64x2_splat(a)}; }
inline I isplat(int64_t a) { return {wasm_i64x2_splat(a)}; }
inline F load(const double* p) { return {wasm_v128_load(p)}; }
inline void store(double* p, F a) { wasm_v128_store(p, a.v); }
inline F operator+(F a, F b) { return {wasm_f64x2_add(a.v, b.v)}; }
inline F operator-(F a, F b) { return {wasm_f64x2_sub(a.v, b.v)}; }
inline F operator*(F a, F b) { return {wasm_f64x2_mul(a.v, b.v)}; }
inline F operator/(F a, F b) { return {wasm_f64x2_div(a.v, b.v)}; }
inline F fsqrt(F a) { return {wasm_f64x2_sqrt(a.v)}; }
inline F fabs_(F a) { return {wasm_f64x2_abs(a.v)}; }
inline I bits(F a) { return {a.v}; }
inline F from_bits(I a) { return {a.v}; }
inline I operator+(I a, I b) { return {wasm_i64x2_add(a.v, b.v)}; }
inline I operator-(I a, I b) { return {wasm_i64x2_sub(a.v, b.v)}; }
inline I operator&(I a, I b) { return {wasm_v128_and(a.v, b.v)}; }
inline I operator|(I a, I b) { return {wasm_v128_or(a.v, b.v)}; }
inline I operator^(I a, I b) { return {wasm_v128_xor(a.v, b.v)}; }
inline I shl(I a, int k) { return {wasm_i64x2_shl(a.v, k)}; }
inline I sra(I a, int k) { return {wasm_i64x2_shr(a.v, k)}; }
inline I srl(I a, int k) { return {wasm_u64x2_shr(a.v, k)}; }
// all-ones lanes where a < b / a == b (false for NaN)
inline I lt(F a, F b) { return {wasm_f64x2_lt(a.v, b.v)}; }
inline I eq(F a, F b) { return {wasm_f64x2_eq(a.v, b.v)}; }
inline F select(I mask, F a, F b) { return {wasm_v128_bitselect(a.v, b.v, mask.v)}; }
inline bool any_lane(I mask) { return wasm_v128_any_true(mask.v); }
inline bool all_lanes(I mask) { return wasm_i64x2_all_true(mask.v); }
inline int64_t lane(I a, int k) { return k == 0 ? wasm_i64x2_extract_lane(a.v, 0) : wasm_i64x2_extract_lane(a.v, 1); }
inline double lane(F a, int k) { return k == 0 ? wasm_f64x2_extract_lane(a.v, 0) : wasm_f64x2_extract_lane(a.v, 1); }
inline F set_lane(F a, int k, double v) {
  return {k == 0 ? wasm_f64x2_replace_lane(a.v, 0, v) : wasm_f64x2_replace_lane(a.v, 1, v)};
}
// t[idx[k]] per lane (wasm has no gather: two scalar loads)
inline F gather(const double* t, I idx) {
  return {wasm_f64x2_make(t[wasm_i64x2_extract_lane(idx.v, 0)], t[wasm_i64x2_extract_lane(idx.v, 1)])};
}
// a = t[idx[k]], b = t[idx[k] + 1] per lane: one 16-byte load per lane and two shuffles
inline void gather2(const double* t, I idx, F& a, F& b) {
  const v128_t r0 = wasm_v128_load(t + wasm_i64x2_extract_lane(idx.v, 0));
  const v128_t r1 = wasm_v128_load(t + wasm_i64x2_extract_lane(idx.v, 1));
  a = {wasm_i64x2_shuffle(r0, r1, 0, 2)};
  b = {wasm_i64x2_shuffle(r0, r1, 1, 3)};
}
// a, b, c, d = t[idx[k]], t[idx[k] + 1], t[idx[k] + 2], t[idx[k] + 3] per lane: one lane
// extraction and two 16-byte loads per lane
inline void gather4(const double* t, I idx, F& a, F& b, F& c, F& d) {
  const double* p0 = t + wasm_i64x2_extract_lane(idx.v, 0);
  const double* p1 = t + wasm_i64x2_extract_lane(idx.v, 1);
  const v128_t r0 = wasm_v128_load(p0), r1 = wasm_v128_load(p1);
  const v128_t s0 = wasm_v128_load(p0 + 2), s1 = wasm_v128_load(p1 + 2);
  a = {wasm_i64x2_shuffle(r0, r1, 0, 2)};
  b = {wasm_i64x2_shuffle(r0, r1, 1, 3)};
  c = {wasm_i64x2_shuffle(s0, s1, 0, 2)};
  d = {wasm_i64x2_shuffle(s0, s1, 1, 3)};
}
#else
constexpr int kLanes = 1;
struct F { double v; };
struct I { int64_t v; };
inline F fsplat(double a) { return {a}; }
inline I isplat(int64_t a) { return {a}; }
inline F load(const double* p) { return {*p}; }
inline void store(double* p, F a) { *p = a.v; }
inline F operator+(F a, F b) { return {a.v + b.v}; }
inline F operator-(F a, F b) { return {a.v - b.v}; }
inline F operator*(F a, F b) { return {a.v * b.v}; }
inline F operator/(F a, F b) { return {a.v / b.v}; }
inline F fsqrt(F a) { return {__builtin_sqrt(a.v)}; }
inline F fabs_(F a) { return {__builtin_fabs(a.v)}; }
inline I bits(F a) {
  I r;
  std::memcpy(&r.v, &a.v, 8);
  return r;
}
inline F from_bits(I a) {
  F r;
  std::memcpy(&r.v, &a.v, 8);
  return r;
}
// integer lanes wrap (done in uint64_t: signed overflow is UB)
inline I operator+(I a, I b) { return {static_cast<int64_t>(static_cast<uint64_t>(a.v) + static_cast<uint64_t>(b.v))}; }
inline I operator-(I a, I b) { return {static_cast<int64_t>(static_cast<uint64_t>(a.v) - static_cast<uint64_t>(b.v))}; }
inline I operator&(I a, I b) { return {a.v & b.v}; }
inline I operator|(I a, I b) { return {a.v | b.v}; }
inline I operator^(I a, I b) { return {a.v ^ b.v}; }
inline I shl(I a, int k) { return {static_cast<int64_t>(static_cast<uint64_t>(a.v) << k)}; }
inline I sra(I a, int k) { return {a.v >> k}; }  // arithmetic on every compiler we build with
inline I srl(I a, int k) { return {static_cast<int64_t>(static_cast<uint64_t>(a.v) >> k)}; }
inline I lt(F a, F b) { return {a.v < b.v ? int64_t(-1) : int64_t(0)}; }
inline I eq(F a, F b) { return {a.v == b.v ? int64_t(-1) : int64_t(0)}; }
inline F select(I mask, F a, F b) { return mask.v ? a : b; }
inline bool any_lane(I mask) { return mask.v != 0; }
inline bool all_lanes(I mask) { return mask.v != 0; }
inline int64_t lane(I a, int) { return a.v; }
inline double lane(F a, int) { return a.v; }
inline F set_lane(F, int, double v) { return {v}; }
inline F gather(const double* t, I idx) { return {t[idx.v]}; }
inline void gather2(const double* t, I idx, F& a, F& b) {
  a = {t[idx.v]};
  b = {t[idx.v + 1]};
}
inline void gather4(const double* t, I idx, F& a, F& b, F& c, F& d) {
  a = {t[idx.v]};
  b = {t[idx.v + 1]};
  c = {t[idx.v + 2]};
  d = {t[idx.v + 3]};
}
#endif

inline I operator~(I a) { return a ^ isplat(-1); }

}  // namespace simd
}  // namespace sl
