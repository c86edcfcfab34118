// sort_flex.hpp — sorting items of the flexible dtypes ('S', 'U', records) with NumPy's
// compare functions and the same introsort/heapsort/stable kernels as the numbers
// (sort_kernels.hpp), so that the order of ties is NumPy's too.
//
// Ordering (NumPy's descr->f->compare): 'S' compares the raw bytes as unsigned chars over the
// whole item (NUL padding sorts a prefix first), 'U' compares UTF-32 code points, a record
// compares its fields in `names` order (np.sort(order=) reorders the names first, see
// reorder_fields), each field by its own type: numbers by value with NaNs last (byte order
// does not matter), subarrays element by element, nested records recursively.
//
// Items are represented by pointers while sorting: the kernels move the pointers exactly as
// NumPy moves the item bytes, then the items are copied into their new places.
// Not here: the numeric fast paths (sort.cpp), unique (unique.cpp).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

enum class SortKind;

// <0, 0, >0 as NumPy's compare of two items of type `d`.
int compare_items(const uint8_t* a, const uint8_t* b, const Descr& d);

// Sorts the n items at base + start + i * stride (i < n) in place.
void sort_flex_lane(const Descr& d, uint8_t* base, int64_t start, int64_t stride, int64_t n, SortKind kind);
// Indices 0..n-1 in sorted order of those items (idx filled here).
void argsort_flex_lane(const Descr& d, const uint8_t* base, int64_t start, int64_t stride, int64_t n,
                       int64_t* idx, SortKind kind);

// np.sort(order=...): the record type with the named fields first (in that order), then the
// others in their original order (numpy.core._internal._newnames). ValueError "Cannot
// specify order when the array has no fields.", "unknown field name: x", "duplicate field
// name: x".
Descr reorder_fields(const Descr& d, const std::vector<std::string>& order);

}  // namespace sl
