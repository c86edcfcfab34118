// unique.hpp — np.unique for axis=None (the flattened array), following NumPy's
// _unique1d: sort (or argsort: kind 'stable' when indices are requested, 'quicksort' when
// only the inverse is), mark the first element of every run of equal values, and with
// equal_nan collapse all NaNs into one. Which of several equal values is kept (-0.0 or 0.0)
// therefore follows NumPy's sort order exactly.
//
// The inverse has the input's shape, as in NumPy 2.x (np.take(values, inverse) rebuilds the
// input); pass flat_inverse=true for NumPy 1.24's 1-d inverse. Not here: the NumPy 2
// hash-based path (its values equal ours; only -0.0/0.0 choice may differ).
//
// unique_axis: np.unique(a, axis=k) — the subarrays along axis k compared as rows
// (NumPy views them as one structured element each): lexicographic order with NaN last per
// element, rows equal when every element compares ==, so NaN rows never merge. The inverse
// is 1-d.
#pragma once
#include "core/ndarray.hpp"

namespace sl {

struct UniqueResult {
  ArrayPtr values;   // sorted unique values, 1-d, dtype of the input
  ArrayPtr indices;  // int64, first occurrence of each value   (when return_index)
  ArrayPtr inverse;  // int64, values[inverse] == input          (when return_inverse)
  ArrayPtr counts;   // int64, occurrences of each value         (when return_counts)
};

UniqueResult unique(const ArrayPtr& a, bool return_index = false, bool return_inverse = false,
                    bool return_counts = false, bool equal_nan = true,
                    bool flat_inverse = false);

UniqueResult unique_axis(const ArrayPtr& a, int64_t axis, bool return_index = false,
                         bool return_inverse = false, bool return_counts = false);

}  // namespace sl
