// vmath.hpp — our own float64 transcendentals over contiguous arrays, vectorised with wasm
// SIMD (simd_f64x2.hpp) and computing the same bits in the native build. Each is within 1 ulp
// of the correctly rounded result and, in practice, equal to it (and to glibc's) except in
// rare near-halfway cases; tests/js/transcendental-ulp.test.ts checks 10^6 values of each
// against the reference NumPy. Special values (NaN, +-inf, overflow, underflow to subnormal
// or zero, arguments where the fast reduction is not accurate) are computed by the C library
// function, exactly as the scalar loops did before, so NumPy's floating-point warnings
// (derived from the values, fp_status.hpp) do not change.
//
// y may be x itself (in-place); partial overlap is not supported (the ufunc iterator never
// passes it). Deliberately not here: float32, strided data (ufunc_loops_math.cpp buffers it;
// vpow_loop is power's whole loop because accumulate and reduce pass overlapping operands).
#pragma once
#include <cstdint>

namespace sl {
namespace vmath {

void vexp(const double* x, double* y, int64_t n);
void vsin(const double* x, double* y, int64_t n);
void vcos(const double* x, double* y, int64_t n);
void vtanh(const double* x, double* y, int64_t n);
// log1p with the bits of musl's (vmath_log1p.cpp): the C library's own result in the wasm
// build, hence used only there (kVlog1pIsLibm); natively glibc's log1p stays
void vlog1p(const double* x, double* y, int64_t n);
#if defined(__EMSCRIPTEN__)
constexpr bool kVlog1pIsLibm = true;
#else
constexpr bool kVlog1pIsLibm = false;
#endif
// out[i] = power(x[i], y[i * ystep]): ystep 1 (an array) or 0 (one exponent for all)
void vpow(const double* x, const double* y, int64_t ystep, double* out, int64_t n);
// The float64 power / float_power ufunc inner loop (args x, y, out; byte steps) on vpow:
// contiguous runs directly, strided ones through small buffers, and element after element
// when the output partially overlaps an input (accumulate feeds out[i - 1] to out[i];
// reduce has out == x with step 0) — the same bits in every case.
void vpow_loop(char** args, int64_t n, const int64_t* steps);

}  // namespace vmath
}  // namespace sl
