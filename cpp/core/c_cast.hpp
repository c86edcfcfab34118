#pragma once
// The C cast (double) -> int64 as NumPy's C code gets it on x86-64 (cvttsd2si): truncation
// toward zero, and the "integer indefinite" INT64_MIN for NaN and out-of-range values.
// In C++ such a cast is undefined behaviour (UBSan reports it; wasm may trap), so every
// port of a NumPy loop that casts a double which can be NaN or huge goes through here.
#include <cstdint>

namespace sl {

inline int64_t c_cast_int64(double x) {
  return (x >= -9223372036854775808.0 && x < 9223372036854775808.0) ? static_cast<int64_t>(x)
                                                                    : INT64_MIN;
}

}  // namespace sl
