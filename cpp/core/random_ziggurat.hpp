// random_ziggurat.hpp — the ziggurat tables of NumPy's Generator (256 layers, Marsaglia &
// Tsang's method as laid out by NumPy: K = acceptance thresholds on the mantissa bits,
// W = layer widths scaled by 2**-52 (2**-23 for float32), F = density at layer edges).
//
// The values cannot be regenerated bit-exactly from the published formula with double
// arithmetic (NumPy's were produced at higher precision), so they are embedded: they were
// dumped once from NumPy 1.24.2's numpy/random/src/distributions/ziggurat_constants.h by
// compiling it and printing every entry with %a (hex floats, exact), see random_ziggurat.cpp.
#pragma once
#include <cstdint>

namespace sl {
namespace zig {

// standard normal, float64 (random_standard_normal)
extern const uint64_t kNormK[256];
extern const double kNormW[256];
extern const double kNormF[256];
// standard normal, float32 (random_standard_normal_f)
extern const uint32_t kNormKf[256];
extern const float kNormWf[256];
extern const float kNormFf[256];
// standard exponential, float64 (random_standard_exponential)
extern const uint64_t kExpK[256];
extern const double kExpW[256];
extern const double kExpF[256];

extern const double kNormR, kNormInvR, kExpR;
extern const float kNormRf, kNormInvRf;

}  // namespace zig
}  // namespace sl
