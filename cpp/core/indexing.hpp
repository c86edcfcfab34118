// indexing.hpp — a[index] and a[index] = value for every index NumPy accepts: integers,
// slices, np.newaxis, `...`, integer arrays (broadcast together) and boolean masks of any
// dimension (0-d booleans add an axis of length 1 or 0), mixed freely. Purely basic indices
// give views (views.hpp); any integer-array or boolean index gives a fresh array laid out as
// NumPy lays it out (broadcast index dims first in memory, the sliced/newaxis "subspace" in
// the source's stride order, transposed into place when the advanced indices are adjacent),
// so shapes, strides and flags match NumPy's. The hot cases (values[int_array] on 1-d,
// a[mask] with the array's shape) have fused kernels specialized by index type and itemsize.
//
// Assignment follows NumPy's sequential semantics: with repeated indices the last write
// wins, so `a[[0, 0]] += 1` adds 1 once, exactly as NumPy does. A single boolean index with
// the array's ndim takes NumPy's boolean-assignment path (0-d/1-d values only, its messages).
// 0-d integer arrays are converted to integers by the caller (lang), as NumPy does, flagged
// `scalar_array` so that an otherwise basic result is a copy in 'K' order (NumPy's rule).
#pragma once
#include <vector>

#include "core/views.hpp"

namespace sl {

struct IndexItem {
  enum Kind { Integer, Slice, NewAxis, Ellipsis, IntArray, BoolArray } kind = Integer;
  int64_t integer = 0;
  SliceSpec slice;
  ArrayPtr array;  // IntArray (any integer dtype) or BoolArray
  bool scalar_array = false;  // Integer that came from a 0-d integer array (basic results are copied)
  static IndexItem make_int(int64_t i) { IndexItem x; x.kind = Integer; x.integer = i; return x; }
  static IndexItem make_slice(SliceSpec s) { IndexItem x; x.kind = Slice; x.slice = s; return x; }
  static IndexItem make_newaxis() { IndexItem x; x.kind = NewAxis; return x; }
  static IndexItem make_ellipsis() { IndexItem x; x.kind = Ellipsis; return x; }
  static IndexItem make_array(ArrayPtr a);  // IntArray or BoolArray by dtype; float -> IndexError
};

// True when the index has no integer-array/boolean items (the result is a view).
bool index_is_basic(const std::vector<IndexItem>& idx);
// a[idx]. For a basic index whose items are all integers the result is a 0-d view: the
// caller turns it into a scalar.
ArrayPtr get_index(const ArrayPtr& a, const std::vector<IndexItem>& idx);
// a[idx] = value (value broadcast to the shape of a[idx], cast to a's dtype).
void set_index(const ArrayPtr& a, const std::vector<IndexItem>& idx, const ArrayPtr& value);

// np.nonzero for any array: one int64 index array per dimension, each a strided view of one
// C-ordered (N, ndim) buffer, as NumPy returns them (0-d input is treated as shape (1,)).
std::vector<ArrayPtr> nonzero(const ArrayPtr& a);

}  // namespace sl
