// pad.hpp — np.pad for the modes 'constant', 'edge' and 'empty', following numpy/lib/
// arraypad.py step by step: pad_width and constant_values are normalised to per-axis
// (before, after) pairs exactly as _as_pairs does (one value, one pair, or anything that
// broadcasts to (ndim, 2)), the result keeps a Fortran-ordered input's layout, and axes are
// filled one after the other so corners get the later axis' values.
//
// The other NumPy modes ('wrap', 'reflect', 'symmetric', 'linear_ramp', statistics, a
// callable) raise NotImplementedError; unknown names raise NumPy's ValueError.
#pragma once
#include <string>

#include "core/ndarray.hpp"

namespace sl {

// np.pad(array, pad_width, mode='constant', constant_values=0). `pad_width` must be a
// signed-integer array (TypeError "`pad_width` must be of integral type." otherwise);
// `constant_values` (any numeric array) is only allowed with mode 'constant' — pass
// nullptr when the keyword was not given.
ArrayPtr pad(const ArrayPtr& array, const ArrayPtr& pad_width, const std::string& mode = "constant",
             const ArrayPtr& constant_values = nullptr);

}  // namespace sl
