// search.hpp — np.searchsorted: binary search of values in a sorted 1-d array, with NumPy
// 1.24's exact algorithm (binsearch.cpp), including its trick of reusing the previous key's
// bounds, so that results on arrays that are *not* sorted also match NumPy's.
//
// The haystack and the needles are compared in their common dtype (np.promote_types of the
// two), with NumPy's NaN-last ordering. Python-scalar (weak) promotion is the caller's job:
// pass `values` already in the dtype NumPy 2 would give it.
#pragma once
#include <string>

#include "core/ndarray.hpp"

namespace sl {

// np.searchsorted(a, v, side, sorter) -> int64 array of v's shape (0-d for a 0-d v).
// Errors as NumPy: a not 1-d ("object too deep for desired array" / "object of too small
// depth for desired array"), bad side ("search side must be 'left' or 'right' (got 'x')"),
// sorter not 1-d / not integer / wrong size / out of range.
ArrayPtr searchsorted(const ArrayPtr& a, const ArrayPtr& v, const std::string& side = "left",
                      const ArrayPtr& sorter = nullptr);

}  // namespace sl
