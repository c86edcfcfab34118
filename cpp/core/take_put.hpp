// take_put.hpp — index helpers built on integer positions: np.take / np.put (flat or along
// an axis, modes 'raise' | 'wrap' | 'clip'), take_along_axis / put_along_axis (NumPy's
// fancy-index construction, so broadcasting errors are indexing's), argwhere, flatnonzero
// and ix_.
//
// Index arrays follow NumPy's conversion to intp: bool and integer dtypes that fit int64
// ('safe' casting); anything else is NumPy's TypeError. Results are fresh arrays except
// where NumPy returns views (argwhere's transposed result, ix_'s reshaped inputs,
// flatnonzero's view of the nonzero buffer), which keep NumPy's strides and `.base`.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.take(a, indices, axis=None, mode='raise'). A 0-d `indices` gives a 0-d result (NumPy
// returns a scalar for axis=None). Errors: IndexError "index 5 is out of bounds for axis 0
// with size 3", "cannot do a non-empty take from an empty axes.", ValueError for the mode.
ArrayPtr take(const ArrayPtr& a, const ArrayPtr& indices, std::optional<int64_t> axis = std::nullopt,
              const std::string& mode = "raise");
// np.put(a, ind, v, mode='raise'): flat C-order positions of `a`, values cycled and cast
// unsafely to a's dtype; an empty `v` does nothing. Writes through non-contiguous views.
void put(const ArrayPtr& a, const ArrayPtr& ind, const ArrayPtr& v, const std::string& mode = "raise");

// np.take_along_axis(arr, indices, axis) / np.put_along_axis(arr, indices, values, axis);
// axis = nullopt works on the flattened array (put then cycles values like a.flat[...] = v).
ArrayPtr take_along_axis(const ArrayPtr& arr, const ArrayPtr& indices, std::optional<int64_t> axis);
void put_along_axis(const ArrayPtr& arr, const ArrayPtr& indices, const ArrayPtr& values,
                    std::optional<int64_t> axis);

// np.argwhere(a): int64 (N, a.ndim), a transposed view as in NumPy (strides (8, 8 * N)).
ArrayPtr argwhere(const ArrayPtr& a);
// np.flatnonzero(a): int64 positions in a.ravel().
ArrayPtr flatnonzero(const ArrayPtr& a);
// np.ix_(*seqs): each input must be 1-d (ValueError "Cross index must be 1 dimensional");
// bool inputs become their nonzero positions. Callers convert an empty Python sequence to
// an int64 array first (NumPy does that for non-ndarray inputs).
std::vector<ArrayPtr> ix_(const std::vector<ArrayPtr>& seqs);

}  // namespace sl
