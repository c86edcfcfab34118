// sort.hpp — np.sort, np.argsort, ndarray.sort (in place) and np.lexsort for every dtype,
// along any axis of any (non-contiguous, 0-d, empty) array, with NumPy 1.24's algorithms
// (sort_kernels.hpp) so that results are identical, including the order of ties in the
// default (unstable) quicksort argsort and NaNs sorted to the end.
//
// Layouts follow NumPy: np.sort returns a.copy(order='K') sorted in place (an F-ordered
// input gives an F-ordered result); argsort and lexsort return fresh C-ordered int64 arrays.
//
// Not here: partition/argpartition, searchsorted (search.hpp), unique (unique.hpp).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

enum class SortKind { Quicksort, Heapsort, Stable };

// NumPy's sort-kind parser: the first letter decides ('q', 'h', 'm' (mergesort is stable),
// 's'; either case). Anything else raises ValueError
// "sort kind must be one of 'quick', 'heap', or 'stable' (got 'foo')".
SortKind parse_sort_kind(const std::string& kind);

// np.sort(a, axis, kind): axis nullopt sorts the flattened (C order) array.
ArrayPtr sort(const ArrayPtr& a, std::optional<int64_t> axis = -1,
              const std::string& kind = "quicksort");
// a.sort(axis, kind): in place; raises ValueError "sort array is read-only".
void sort_inplace(const ArrayPtr& a, int64_t axis = -1, const std::string& kind = "quicksort");
// np.argsort(a, axis, kind) -> int64 indices. A 0-d input is treated as shape (1,), as NumPy does.
ArrayPtr argsort(const ArrayPtr& a, std::optional<int64_t> axis = -1,
                 const std::string& kind = "quicksort");
// np.lexsort(keys, axis): the last key is the primary one. All keys must have one shape.
ArrayPtr lexsort(const std::vector<ArrayPtr>& keys, int64_t axis = -1);

// a.copy(order='K'): NumPy's "keep order" layout (axes ordered by decreasing |stride|).
ArrayPtr copy_keep_order(const ArrayPtr& a);

// Building blocks shared with unique/rank: sort one contiguous lane of `n` elements of
// `dtype` (raw bytes, any alignment) / compute its argsort into idx (idx is filled with
// 0..n-1 first).
void sort_lane(DType dtype, uint8_t* data, int64_t n, SortKind kind);
void argsort_lane(DType dtype, const uint8_t* data, int64_t n, int64_t* idx, SortKind kind);

}  // namespace sl
