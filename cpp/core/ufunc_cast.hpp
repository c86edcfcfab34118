// ufunc_cast.hpp — typed, strided dtype conversion used by the ufunc and reduction
// iterators to feed loops whose dtype differs from an operand's (NumPy's buffered casts).
// Semantics are the C casts NumPy's cast loops compile to on x86-64: integers wrap, floats
// truncate toward zero (out-of-range/NaN -> the "integer indefinite" pattern), anything ->
// bool is x != 0. Source and destination may be unaligned.
#pragma once
#include <cstdint>

#include "core/dtype.hpp"
#include "core/ndarray.hpp"

namespace sl {

using CastFn = void (*)(const char* src, int64_t src_stride, char* dst, int64_t dst_stride,
                        int64_t n);
CastFn find_cast(DType from, DType to);

// Converts a scalar to dtype `to` and writes it to p (same semantics as find_cast).
void store_scalar_as(const Scalar& s, DType to, char* p);

}  // namespace sl
