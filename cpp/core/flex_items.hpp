// flex_items.hpp — reading and writing one item of a flexible dtype: the fixed-width
// strings 'S<n>' (bytes, NUL padded) and 'U<n>' (UTF-32 code points, 4 bytes each, NUL
// padded), and the fields of a structured record as views ('x["age"]': the record's
// itemsize stays the stride, the field's offset moves the start).
//
// Invariants: a stored string is truncated to the item's size and padded with NULs, as
// NumPy does; trailing NULs are not part of the value read back (NumPy strips them).
// Not here: printing (format_array), promotion (dtype_descr), Python objects (modules).
#pragma once
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// The value of an 'S' item: its bytes up to the last non-NUL byte.
std::string load_bytes_item(const uint8_t* p, int64_t itemsize);
// The value of a 'U' item as UTF-8 (trailing NUL code points dropped).
std::string load_str_item(const uint8_t* p, int64_t itemsize);
void store_bytes_item(uint8_t* p, int64_t itemsize, const std::string& bytes);
void store_str_item(uint8_t* p, int64_t itemsize, const std::string& utf8);

// x['name']: a view of one field of a record array. A subarray field appends its shape
// (C-contiguous inside the record). ValueError "no field of name x" when absent,
// IndexError (NumPy's index message) when `a` has no fields.
ArrayPtr field_view(const ArrayPtr& a, const std::string& name);
// x[['b', 'a']]: a view of several fields (NumPy >= 1.16): same shape, strides and itemsize,
// a record type holding only those fields at their original offsets, in the given order
// (printed in dict form when that leaves gaps). KeyError for an unknown name, ValueError
// "duplicate field of name 'a'".
ArrayPtr fields_view(const ArrayPtr& a, const std::vector<std::string>& names);

}  // namespace sl
