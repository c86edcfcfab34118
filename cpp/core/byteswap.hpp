// byteswap.hpp — reversing byte order: of one element, of a strided run, of a whole array
// in place (ndarray.byteswap). Records swap each numeric field, 'U' strings each 4-byte code
// point, complex numbers each of their two halves; bytes and void data are left alone.
#pragma once
#include <cstdint>

#include "core/ndarray.hpp"

namespace sl {

// One element of a numeric type (either byte order) in place.
void byteswap_element(uint8_t* p, DType t);
// `n` elements spaced `stride` bytes apart.
void byteswap_strided(uint8_t* p, int64_t stride, int64_t n, DType t);
// Every element of `a` in place (the caller checks writeability).
void byteswap_array(const NDArray& a);

}  // namespace sl
