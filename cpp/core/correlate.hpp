// correlate.hpp — np.correlate and np.convolve for 1-d arrays: NumPy's _pyarray_correlate
// (the overlap loops for the 'same'/'full' margins, the kernel walking the data), where
// every output element is a dot product accumulated left to right from zero in the result
// dtype — what NumPy's small_correlate and its (netlib-BLAS) dot functions compute.
// correlate swaps its operands when the second is longer and reverses the result, as
// multiarray.correlate2 does; convolve is correlate(longer, shorter[::-1]).
// Complex inputs: correlate conjugates v (correlate2), convolve does not.
#pragma once
#include <string>

#include "core/ndarray.hpp"

namespace sl {

// mode: "valid", "same" or "full" (ValueError "mode must be one of 'valid', 'same', or
// 'full' (got 'x')"). Inputs are 1-d (0-d counts as length 1: array(ndmin=1)).
ArrayPtr correlate(const ArrayPtr& a, const ArrayPtr& v, const std::string& mode = "valid");
ArrayPtr convolve(const ArrayPtr& a, const ArrayPtr& v, const std::string& mode = "full");

}  // namespace sl
