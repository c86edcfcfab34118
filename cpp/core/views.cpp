#include "core/views.hpp"

#include <algorithm>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/wrapping.hpp"
#include "core/layout_order.hpp"

namespace sl {

std::string shape_str_compact(const Shape& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ",";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1) s += ",";
  return s + ")";
}

SliceBounds resolve_slice(const SliceSpec& s, int64_t len) {
  int64_t step = s.step.value_or(1);
  if (step == 0) raise_value_error("slice step cannot be zero");
  // PySlice_Unpack's clamp: -step (below) must exist; no slice of an int64-sized axis can tell
  // -2**63 from -(2**63 - 1)
  if (step < -INT64_MAX) step = -INT64_MAX;
  auto clamp = [&](std::optional<int64_t> v, int64_t dflt) {
    if (!v) return dflt;
    int64_t x = *v;
    if (x < 0) {
      x += len;
      if (x < 0) x = step < 0 ? -1 : 0;
    } else if (x >= len) {
      x = step < 0 ? len - 1 : len;
    }
    return x;
  };
  int64_t start = clamp(s.start, step < 0 ? len - 1 : 0);
  int64_t stop = clamp(s.stop, step < 0 ? -1 : len);
  int64_t n = 0;
  if (step > 0 && stop > start) n = (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) n = (start - stop - 1) / (-step) + 1;
  return {start, stop, step, n};
}

// offset + index * stride in NumPy's wrapping C arithmetic (wrapping.hpp: it can only wrap
// when the source is empty along another axis, and an empty result never uses its offset).
static int64_t wrapping_offset(int64_t offset, int64_t index, int64_t stride) {
  return wrapping_add(offset, wrapping_mul(index, stride));
}

ArrayPtr basic_index(const ArrayPtr& a, const std::vector<BasicIndex>& idx) {
  int consumed = 0, ellipses = 0;
  for (const BasicIndex& b : idx) {
    if (b.kind == BasicIndex::Integer || b.kind == BasicIndex::Slice) ++consumed;
    if (b.kind == BasicIndex::Ellipsis) ++ellipses;
  }
  if (ellipses > 1) raise_index_error("an index can only have a single ellipsis ('...')");
  if (consumed > a->ndim())
    raise_index_error("too many indices for array: array is " + std::to_string(a->ndim()) +
                      "-dimensional, but " + std::to_string(consumed) + " were indexed");
  Shape shape;
  Strides strides;
  int64_t offset = a->offset;
  int axis = 0;
  auto take_axis = [&](const BasicIndex& b) {
    const int64_t len = a->shape[axis], stride = a->strides[axis];
    if (b.kind == BasicIndex::Integer) {
      int64_t i = b.integer;
      if (i < -len || i >= len)
        raise_index_error("index " + std::to_string(i) + " is out of bounds for axis " +
                          std::to_string(axis) + " with size " + std::to_string(len));
      if (i < 0) i += len;
      offset = wrapping_offset(offset, i, stride);
    } else {
      SliceBounds r = resolve_slice(b.slice, len);
      if (r.length > 0) offset = wrapping_offset(offset, r.start, stride);
      shape.push_back(r.length);
      // NumPy: empty -> step 1. stride * step wraps as NumPy's C arithmetic does instead of
      // overflowing (UB; fuzz_array_ops): a one-element view never uses it, and every longer
      // view's extent is checked against its buffer by the view constructor
      strides.push_back(r.length > 0 ? wrapping_mul(stride, r.step) : stride);
    }
    ++axis;
  };
  for (const BasicIndex& b : idx) {
    switch (b.kind) {
      case BasicIndex::Integer:
      case BasicIndex::Slice: take_axis(b); break;
      case BasicIndex::NewAxis:
        shape.push_back(1);
        strides.push_back(0);
        break;
      case BasicIndex::Ellipsis:
        for (int k = 0, n = a->ndim() - consumed; k < n; ++k) {
          shape.push_back(a->shape[axis]);
          strides.push_back(a->strides[axis]);
          ++axis;
        }
        break;
    }
  }
  for (; axis < a->ndim(); ++axis) {
    shape.push_back(a->shape[axis]);
    strides.push_back(a->strides[axis]);
  }
  return make_view(a, offset, std::move(shape), std::move(strides), a->dtype);
}

ArrayPtr transpose(const ArrayPtr& a, const std::vector<int64_t>* axes) {
  const int nd = a->ndim();
  std::vector<int> perm(nd);
  if (!axes) {
    for (int k = 0; k < nd; ++k) perm[k] = nd - 1 - k;
  } else {
    if (static_cast<int>(axes->size()) != nd) raise_value_error("axes don't match array");
    std::vector<bool> seen(nd, false);
    for (int k = 0; k < nd; ++k) {
      int ax = normalize_axis((*axes)[k], nd);
      if (seen[ax]) raise_value_error("repeated axis in transpose");
      seen[ax] = true;
      perm[k] = ax;
    }
  }
  Shape shape(nd);
  Strides strides(nd);
  for (int k = 0; k < nd; ++k) {
    shape[k] = a->shape[perm[k]];
    strides[k] = a->strides[perm[k]];
  }
  return make_view(a, a->offset, std::move(shape), std::move(strides), a->dtype);
}

ArrayPtr swapaxes(const ArrayPtr& a, int64_t axis1, int64_t axis2) {
  const int nd = a->ndim();
  int i = normalize_axis(axis1, nd, "axis1"), j = normalize_axis(axis2, nd, "axis2");
  std::vector<int64_t> perm(nd);
  for (int k = 0; k < nd; ++k) perm[k] = k;
  std::swap(perm[i], perm[j]);
  return transpose(a, &perm);
}

namespace {
// NumPy's normalize_axis_tuple: `argname` (may be null) prefixes the AxisError and names
// the argument in the repeated-axis error.
std::vector<int> normalize_axis_list(const std::vector<int64_t>& axes, int nd, const char* argname) {
  std::vector<int> out;
  for (int64_t ax : axes) {
    int n = normalize_axis(ax, nd, argname);
    if (std::find(out.begin(), out.end(), n) != out.end())
      raise_value_error(argname ? std::string("repeated axis in `") + argname + "` argument"
                                : std::string("repeated axis"));
    out.push_back(n);
  }
  return out;
}
}  // namespace

ArrayPtr moveaxis(const ArrayPtr& a, const std::vector<int64_t>& source,
                  const std::vector<int64_t>& destination) {
  const int nd = a->ndim();
  std::vector<int> src = normalize_axis_list(source, nd, "source");
  std::vector<int> dst = normalize_axis_list(destination, nd, "destination");
  if (src.size() != dst.size())
    raise_value_error("`source` and `destination` arguments must have the same number of elements");
  std::vector<int64_t> order;
  for (int k = 0; k < nd; ++k)
    if (std::find(src.begin(), src.end(), k) == src.end()) order.push_back(k);
  std::vector<std::pair<int, int>> pairs;
  for (size_t k = 0; k < src.size(); ++k) pairs.push_back({dst[k], src[k]});
  std::sort(pairs.begin(), pairs.end());
  for (auto& [d, s] : pairs) order.insert(order.begin() + d, s);
  return transpose(a, &order);
}

namespace {
// NumPy's _attempt_nocopy_reshape: new strides for `newdims` over the same memory when the
// old axes being merged/split are laid out compatibly; false when a copy is needed.
bool attempt_nocopy_reshape(const NDArray& a, const Shape& newdims, Strides& newstrides,
                            bool f_order) {
  Shape olddims;
  Strides oldstrides;
  for (int k = 0; k < a.ndim(); ++k)
    if (a.shape[k] != 1) {
      olddims.push_back(a.shape[k]);
      oldstrides.push_back(a.strides[k]);
    }
  const int oldnd = static_cast<int>(olddims.size()), newnd = static_cast<int>(newdims.size());
  newstrides.assign(newnd, 0);
  int oi = 0, oj = 1, ni = 0, nj = 1;
  while (ni < newnd && oi < oldnd) {
    int64_t np_ = newdims[ni], op = olddims[oi];
    while (np_ != op) {
      if (np_ < op) np_ *= newdims[nj++];
      else op *= olddims[oj++];
    }
    for (int ok = oi; ok < oj - 1; ++ok) {
      if (f_order) {
        if (oldstrides[ok + 1] != olddims[ok] * oldstrides[ok]) return false;
      } else if (oldstrides[ok] != olddims[ok + 1] * oldstrides[ok + 1]) {
        return false;
      }
    }
    if (f_order) {
      newstrides[ni] = oldstrides[oi];
      for (int nk = ni + 1; nk < nj; ++nk) newstrides[nk] = newstrides[nk - 1] * newdims[nk - 1];
    } else {
      newstrides[nj - 1] = oldstrides[oj - 1];
      for (int nk = nj - 1; nk > ni; --nk) newstrides[nk - 1] = newstrides[nk] * newdims[nk];
    }
    ni = nj++;
    oi = oj++;
  }
  int64_t last_stride = ni >= 1 ? newstrides[ni - 1] : a.itemsize();
  if (f_order && ni >= 1) last_stride *= newdims[ni - 1];
  for (int nk = ni; nk < newnd; ++nk) newstrides[nk] = last_stride;
  return true;
}

// NumPy's convert_shape_to_string: negative dims print as "newaxis", leading ones are
// dropped, and the trailing comma depends on the full length ("(-1, 5)" -> "(5)").
std::string reshape_shape_text(const Shape& s) {
  size_t i = 0;
  while (i < s.size() && s[i] < 0) ++i;
  if (i == s.size()) return "()";
  std::string out = "(" + std::to_string(s[i++]);
  for (; i < s.size(); ++i) out += s[i] < 0 ? ",newaxis" : "," + std::to_string(s[i]);
  if (s.size() == 1) out += ",";
  return out + ")";
}

}  // namespace

ArrayPtr reshape(const ArrayPtr& a, const Shape& requested, char order) {
  if (order == 'A') order = (a->is_f_contiguous() && !a->is_c_contiguous()) ? 'F' : 'C';
  Shape newshape = requested;
  int unknown = -1;
  int64_t known = 1;
  for (size_t k = 0; k < newshape.size(); ++k) {
    if (newshape[k] < 0) {
      if (unknown >= 0) raise_value_error("can only specify one unknown dimension");
      unknown = static_cast<int>(k);
    } else if (mul_overflows(known, newshape[k], &known)) {
      // NumPy (_fix_unknown_dimension): an overflowing product is a size mismatch
      raise_value_error("cannot reshape array of size " + std::to_string(a->size()) + " into shape " +
                        reshape_shape_text(requested));
    }
  }
  const int64_t size = a->size();
  if (unknown >= 0) {
    if (known == 0 || size % known != 0)
      raise_value_error("cannot reshape array of size " + std::to_string(size) + " into shape " +
                        reshape_shape_text(requested));
    newshape[unknown] = size / known;
  } else if (known != size) {
    raise_value_error("cannot reshape array of size " + std::to_string(size) + " into shape " +
                      reshape_shape_text(requested));
  }
  if (newshape == a->shape) return make_view(a, a->offset, a->shape, a->strides, a->dtype);
  const bool f = order == 'F';
  Strides strides;
  if ((f ? a->is_f_contiguous() : a->is_c_contiguous())) {
    return make_view(a, a->offset, newshape, contiguous_strides(newshape, a->itemsize(), f), a->dtype);
  }
  if (attempt_nocopy_reshape(*a, newshape, strides, f))
    return make_view(a, a->offset, newshape, std::move(strides), a->dtype);
  ArrayPtr c = copy_array(a, f ? 'F' : 'C');
  return make_view(c, c->offset, newshape, contiguous_strides(newshape, c->itemsize(), f), c->dtype);
}

ArrayPtr ravel(const ArrayPtr& a, char order) {
  if (order == 'A') order = (a->is_f_contiguous() && !a->is_c_contiguous()) ? 'F' : 'C';
  if (order == 'K') {
    // memory order: a view when the axes, sorted by |stride|, are contiguous
    std::vector<int> perm = layout::keep_order(*a);
    std::vector<int64_t> axes(perm.begin(), perm.end());
    return ravel(transpose(a, &axes), 'C');
  }
  const bool f = order == 'F';
  if (f ? a->is_f_contiguous() : a->is_c_contiguous()) return reshape(a, {a->size()}, order);
  ArrayPtr c = copy_array(a, order);
  c->shape = {a->size()};
  c->strides = {a->itemsize()};
  return c;
}

ArrayPtr squeeze(const ArrayPtr& a, const std::vector<int64_t>* axes) {
  const int nd = a->ndim();
  std::vector<bool> drop(nd, false);
  if (axes) {
    for (int64_t ax : *axes) {
      int k = normalize_axis(ax, nd);
      if (a->shape[k] != 1)
        raise_value_error("cannot select an axis to squeeze out which has size not equal to one");
      drop[k] = true;
    }
  } else {
    for (int k = 0; k < nd; ++k) drop[k] = a->shape[k] == 1;
  }
  Shape shape;
  Strides strides;
  for (int k = 0; k < nd; ++k)
    if (!drop[k]) {
      shape.push_back(a->shape[k]);
      strides.push_back(a->strides[k]);
    }
  return make_view(a, a->offset, std::move(shape), std::move(strides), a->dtype);
}

ArrayPtr expand_dims(const ArrayPtr& a, const std::vector<int64_t>& axes) {
  // NumPy implements expand_dims as a reshape, which decides the new axes' strides.
  const int out_nd = a->ndim() + static_cast<int>(axes.size());
  std::vector<int> norm = normalize_axis_list(axes, out_nd, nullptr);
  Shape shape;
  int src = 0;
  for (int k = 0; k < out_nd; ++k) {
    if (std::find(norm.begin(), norm.end(), k) != norm.end()) shape.push_back(1);
    else shape.push_back(a->shape[src++]);
  }
  return reshape(a, shape, 'C');
}

ArrayPtr view_as_dtype(const ArrayPtr& a, DType dtype) {
  if (dtype == a->dtype) return view_as_dtype(a, a->descr());
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return view_as_dtype(a, Descr(dtype));
}

ArrayPtr view_as_dtype(const ArrayPtr& a, const Descr& dtype) {
  const int64_t old_size = a->itemsize(), new_size = dtype.itemsize();
  if (new_size == 0 && old_size != 0) raise_type_error("data-type must not be 0-sized");
  Shape shape = a->shape;
  Strides strides = a->strides;
  if (old_size != new_size) {
    if (a->ndim() == 0)
      raise_value_error("Changing the dtype of a 0d array is only supported if the itemsize is unchanged");
    const int axis = a->ndim() - 1;
    if (shape[axis] != 1 && a->size() != 0 && strides[axis] != old_size)
      raise_value_error("To change to a dtype of a different size, the last axis must be contiguous");
    if (new_size < old_size) {
      if (old_size % new_size != 0)
        raise_value_error("When changing to a smaller dtype, its size must be a divisor of the size of original dtype");
      shape[axis] *= old_size / new_size;
    } else {
      int64_t bytes = shape[axis] * old_size;
      if (bytes % new_size != 0)
        raise_value_error(
            "When changing to a larger dtype, its size must be a divisor of the total size in "
            "bytes of the last axis of the array.");
      shape[axis] = bytes / new_size;
    }
    strides[axis] = new_size;
  }
  return make_view(a, a->offset, std::move(shape), std::move(strides), dtype);
}

ArrayPtr as_strided(const ArrayPtr& a, const std::optional<Shape>& shape,
                    const std::optional<Strides>& strides, bool writeable) {
  Shape sh = shape ? *shape : a->shape;
  // NumPy goes through __array_interface__, whose strides are None for a C-contiguous
  // array: the new shape then gets C-contiguous strides
  Strides st = strides ? *strides
               : a->is_c_contiguous() ? contiguous_strides(sh, a->itemsize())
                                      : a->strides;
  // checked_view validates everything with overflow-checked arithmetic (extent.hpp):
  // negative dims, size * itemsize, and every element inside the buffer
  ArrayPtr v = checked_view(a, a->offset, std::move(sh), std::move(st), a->dtype);
  if (!writeable) v->writeable = false;
  return v;
}

Shape broadcast_shapes(const std::vector<Shape>& shapes) {
  size_t nd = 0;
  for (const Shape& s : shapes) nd = std::max(nd, s.size());
  Shape out(nd, 1);
  std::vector<int> owner(nd, -1);
  for (size_t i = 0; i < shapes.size(); ++i) {
    const Shape& s = shapes[i];
    for (size_t k = 0; k < s.size(); ++k) {
      size_t j = nd - s.size() + k;
      if (s[k] == 1) continue;
      if (out[j] == 1) {
        out[j] = s[k];
        owner[j] = static_cast<int>(i);
      } else if (out[j] != s[k]) {
        raise_value_error(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
            "arg " + std::to_string(owner[j]) + " with shape " + shape_to_string(shapes[owner[j]]) +
            " and arg " + std::to_string(i) + " with shape " + shape_to_string(s) + ".");
      }
    }
  }
  return out;
}

ArrayPtr broadcast_to(const ArrayPtr& a, const Shape& shape, bool readonly) {
  for (int64_t d : shape)
    if (d < 0) raise_value_error("all elements of broadcast shape must be non-negative");
  if (static_cast<int>(shape.size()) < a->ndim())
    raise_value_error("input operand has more dimensions than allowed by the axis remapping");
  const size_t lead = shape.size() - a->ndim();
  Strides strides(shape.size(), 0);
  for (int k = 0; k < a->ndim(); ++k) {
    int64_t want = shape[lead + k];
    if (a->shape[k] == 1) {
      strides[lead + k] = 0;  // NumPy: every length-1 source axis gets stride 0
    } else if (a->shape[k] == want) {
      strides[lead + k] = a->strides[k];
    } else {
      raise_value_error(
          "operands could not be broadcast together with remapped shapes "
          "[original->remapped]: " + shape_str_compact(a->shape) + "  and requested shape " +
          shape_str_compact(shape));
    }
  }
  // NumPy builds the view through nditer ("iterator is too large" when the size overflows),
  // then as an array (size * itemsize must fit: "array is too big")
  int64_t size = 0;
  if (!size_fits(shape, &size)) raise_value_error("iterator is too large");
  ArrayPtr v = make_view(a, a->offset, shape, std::move(strides), a->dtype);
  if (readonly) v->writeable = false;
  return v;
}

std::vector<ArrayPtr> broadcast_arrays(const std::vector<ArrayPtr>& arrays) {
  std::vector<Shape> shapes;
  for (const ArrayPtr& a : arrays) shapes.push_back(a->shape);
  Shape shape = broadcast_shapes(shapes);
  bool all_same = true;
  for (const ArrayPtr& a : arrays) all_same = all_same && a->shape == shape;
  if (all_same) return arrays;  // NumPy returns the inputs themselves
  std::vector<ArrayPtr> out;
  for (const ArrayPtr& a : arrays) out.push_back(broadcast_to(a, shape, false));
  return out;
}

}  // namespace sl
