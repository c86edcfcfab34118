// string_compare.hpp — ==, !=, <, <=, >, >= between 'U' arrays or between 'S' arrays
// (broadcast), as NumPy 2's string comparison loops: items compare as if the shorter one
// were padded with NULs (so trailing NULs never matter), 'U' by UTF-32 code point, 'S' by
// unsigned byte. A 'U' array against an 'S' array has no loop: == gives all False, != all
// True (NumPy >= 1.25's operators), the ordering operators raise NumPy's
// _UFuncNoLoopError.
// Not here: which Python values become string arrays (numpy module), np.char functions.
#pragma once
#include "core/ndarray.hpp"
#include "core/ufunc_table.hpp"

namespace sl {

bool is_string_array(const NDArray& a);  // 'S' or 'U'
// `op` is one of Less, LessEqual, Equal, NotEqual, Greater, GreaterEqual; both arrays are
// string arrays. Returns a bool array of the broadcast shape.
ArrayPtr compare_strings(const ArrayPtr& a, const ArrayPtr& b, UFuncId op);

}  // namespace sl
