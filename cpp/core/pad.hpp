// pad.hpp — np.pad for the modes 'constant', 'edge' and 'empty', following numpy/lib/
// arraypad.py step by step: pad_width and constant_values are normalised to per-axis
// (before, after) pairs exactly as _as_pairs does (one value, one pair, or anything that
// broadcasts to (ndim, 2)), the result keeps a Fortran-ordered input's layout, and axes are
// filled one after the other so corners get the later axis' values.
//
// The other modes ('wrap', 'reflect'/'symmetric' with reflect_type, 'linear_ramp' with
// end_values, 'maximum'/'minimum'/'mean'/'median' with stat_length) are in pad_modes.cpp,
// following arraypad.py's iterative chunk copies (so pads wider than the array repeat
// exactly as NumPy's). A callable mode is the module layer's (it calls user code).
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.pad(array, pad_width, mode='constant', constant_values=0). `pad_width` must be a
// signed-integer array (TypeError "`pad_width` must be of integral type." otherwise);
// `constant_values` (any numeric array) is only allowed with mode 'constant' — pass
// nullptr when the keyword was not given.
ArrayPtr pad(const ArrayPtr& array, const ArrayPtr& pad_width, const std::string& mode = "constant",
             const ArrayPtr& constant_values = nullptr);

// Keyword arguments of the non-constant modes (nullptr / "" when not given).
struct PadOptions {
  ArrayPtr constant_values, end_values, stat_length;
  std::string reflect_type;  // "even" (default) or "odd"
  std::vector<std::string> given;  // keyword names passed, for NumPy's unsupported-keyword check
};
ArrayPtr pad(const ArrayPtr& array, const ArrayPtr& pad_width, const std::string& mode, const PadOptions& options);
// The (before, after) widths per axis (arraypad._as_pairs(pad_width, ndim, as_index=True)).
std::vector<std::pair<int64_t, int64_t>> pad_width_pairs(const ArrayPtr& pad_width, int ndim);
// _pad_simple: the zero-filled result with `array` in the middle (a Fortran input keeps
// its layout).
ArrayPtr pad_simple(const ArrayPtr& array, const std::vector<std::pair<int64_t, int64_t>>& widths);
// _as_pairs(values, ndim) for constant_values / end_values / stat_length.
std::vector<std::pair<Scalar, Scalar>> pad_value_pairs(const ArrayPtr& values, int ndim, bool as_index);

}  // namespace sl
