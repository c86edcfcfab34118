// format_array.hpp — NumPy-identical repr()/str() of arrays: the algorithm of
// numpy/core/arrayprint.py (legacy=False), re-implemented over our NDArray.
//
//   - element formatting: FloatingFormat (Dragon4 digits, floatmode, common pad_left /
//     pad_right, the switch to scientific notation, suppress, nan/inf, sign modes),
//     IntegerFormat (common width), BoolFormat (' True' / 'False');
//   - layout: _formatArray (nested brackets, hanging indent, wrapping at linewidth,
//     blank lines between blocks of 3-d and higher), summarization with '...' when
//     size > threshold (widths are computed from the shown corner elements only);
//   - array_repr's 'array(' prefix, dtype suffix (omitted for float64, int64 and bool
//     when size > 0) and its move to a new line when it would overflow.
// Elements are read by logical index, so any strides (transposed, negative, zero) print
// correctly.
//
// Strings ('S'/'U') print as their Python repr, records as tuples of field columns.
// Deliberately absent: legacy='1.13'/'1.21' modes, datetime, subarray fields. Scalars: see format_scalar.hpp.
#pragma once
#include <string>

#include "core/format_options.hpp"
#include "core/ndarray.hpp"

namespace sl {

// repr(a): "array([[1, 2],\n       [3, 4]], dtype=int32)"
std::string array_repr(const NDArray& a);
std::string array_repr(const NDArray& a, const PrintOptions& opts);
// str(a) / print(a): "[[1 2]\n [3 4]]"; a 0-d array prints as its scalar's str().
std::string array_str(const NDArray& a);
std::string array_str(const NDArray& a, const PrintOptions& opts);
// np.array2string(a, separator=..., prefix=...) with the global options. The prefix is
// not printed: its length only indents continuation lines. The suffix's length is taken
// off the line width (as array_repr does with ')' or ',').
std::string array2string(const NDArray& a, const std::string& separator, const std::string& prefix);
std::string array2string(const NDArray& a, const PrintOptions& opts, const std::string& separator,
                         const std::string& prefix, const std::string& suffix = "");

}  // namespace sl
