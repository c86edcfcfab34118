// views.hpp — every operation that re-describes existing bytes without computing:
// basic indexing, transposes, reshape (a view whenever NumPy gives one), ravel, squeeze,
// expand_dims, dtype reinterpretation, as_strided and broadcasting views. A function here
// either returns a view on the same buffer or, where NumPy copies (reshape/ravel of a
// non-contiguous array), a fresh array — never anything else.
//
// Not here: advanced (integer-array / boolean) indexing, which always copies (indexing.hpp),
// and element-wise computation (kernels).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

struct SliceSpec {
  std::optional<int64_t> start, stop, step;
};

// One item of a basic index: a[i], a[a:b:c], a[np.newaxis], a[...]
struct BasicIndex {
  enum Kind { Integer, Slice, NewAxis, Ellipsis } kind = Integer;
  int64_t integer = 0;
  SliceSpec slice;
  static BasicIndex make_int(int64_t i) { BasicIndex b; b.kind = Integer; b.integer = i; return b; }
  static BasicIndex make_slice(SliceSpec s) { BasicIndex b; b.kind = Slice; b.slice = s; return b; }
  static BasicIndex make_newaxis() { BasicIndex b; b.kind = NewAxis; return b; }
  static BasicIndex make_ellipsis() { BasicIndex b; b.kind = Ellipsis; return b; }
};

// Python's slice.indices(): normalised start/stop/step and the resulting length.
struct SliceBounds {
  int64_t start, stop, step, length;
};
SliceBounds resolve_slice(const SliceSpec& s, int64_t dim_length);

// a[idx] for a basic index: always a view (0-d when every axis got an integer).
ArrayPtr basic_index(const ArrayPtr& a, const std::vector<BasicIndex>& idx);

ArrayPtr transpose(const ArrayPtr& a, const std::vector<int64_t>* axes = nullptr);
ArrayPtr swapaxes(const ArrayPtr& a, int64_t axis1, int64_t axis2);
ArrayPtr moveaxis(const ArrayPtr& a, const std::vector<int64_t>& source,
                  const std::vector<int64_t>& destination);
// newshape may contain one -1. order 'C', 'F' or 'A'.
ArrayPtr reshape(const ArrayPtr& a, const Shape& newshape, char order = 'C');
ArrayPtr ravel(const ArrayPtr& a, char order = 'C');
ArrayPtr squeeze(const ArrayPtr& a, const std::vector<int64_t>* axes = nullptr);
ArrayPtr expand_dims(const ArrayPtr& a, const std::vector<int64_t>& axes);
// a.view(dtype): reinterpret the bytes (last axis rescaled when itemsizes differ).
ArrayPtr view_as_dtype(const ArrayPtr& a, DType dtype);
ArrayPtr view_as_dtype(const ArrayPtr& a, const Descr& dtype);
// as_strided: any geometry inside the buffer (zero/overlapping strides allowed);
// reaching outside raises ValueError.
ArrayPtr as_strided(const ArrayPtr& a, const std::optional<Shape>& shape,
                    const std::optional<Strides>& strides, bool writeable = true);

// Broadcasting
Shape broadcast_shapes(const std::vector<Shape>& shapes);  // ValueError on mismatch
ArrayPtr broadcast_to(const ArrayPtr& a, const Shape& shape, bool readonly = true);
std::vector<ArrayPtr> broadcast_arrays(const std::vector<ArrayPtr>& arrays);

// NumPy-style shape text used in error messages: "(3,4)", "(5,)", "()"
std::string shape_str_compact(const Shape& shape);

}  // namespace sl
