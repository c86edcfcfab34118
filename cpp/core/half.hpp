// half.hpp — IEEE 754 binary16 (NumPy's float16) as a storage type: conversions to and from
// float/double with round-to-nearest-even, NaN payloads kept as NumPy keeps them. Half
// arithmetic is done in float32 by the callers (NumPy's half loops do the same), so this
// type has no operators.
#pragma once
#include <cstdint>
#include <cstring>

namespace sl {

struct half {
  uint16_t bits = 0;
  static half from_bits(uint16_t b) { half h; h.bits = b; return h; }
};

// Exact: every half is a float and a double.
double half_to_double(half h);
inline float half_to_float(half h) { return static_cast<float>(half_to_double(h)); }
// Correctly rounded (ties to even); overflow gives signed infinity, NaN stays NaN with the
// top bits of its payload (NumPy's npy_double_to_half / npy_float_to_half). Converting a
// float through double first gives the same half, since float -> double is exact.
half double_to_half(double d);
inline half float_to_half(float f) { return double_to_half(static_cast<double>(f)); }
inline bool half_is_zero(half h) { return (h.bits & 0x7fffu) == 0; }
inline bool half_is_nan(half h) { return (h.bits & 0x7c00u) == 0x7c00u && (h.bits & 0x03ffu) != 0; }

}  // namespace sl
