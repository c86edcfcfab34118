// fft.hpp — numpy.fft on arrays: the one-dimensional transforms along an axis as NumPy
// 1.24's _raw_fft does them (zero-pad or truncate the axis to n, move it last, transform
// every row of a contiguous complex128 / float64 copy, move it back — so the result of a
// transform along axis 0 is a swapped-axes view, as NumPy's), the normalisation rules of
// norm= and the frequency helpers. The transforms themselves are pocketfft's
// (fft_internal.hpp), bit-identical to NumPy's.
#pragma once
#include <string>

#include "core/ndarray.hpp"

namespace sl {

// norm= : nullptr/"backward", "ortho", "forward"; ValueError otherwise (NumPy's message).
// The divisor NumPy applies (inv_norm) for a transform of n points.
double fft_inv_norm(int64_t n, const std::string* norm, bool forward);
// _raw_fft(a, n, axis, is_real, is_forward, inv_norm): complex128 result, or float64 for
// the inverse real transform.
ArrayPtr raw_fft(const ArrayPtr& a, int64_t n, int64_t axis, bool is_real, bool is_forward, double inv_norm);

}  // namespace sl
