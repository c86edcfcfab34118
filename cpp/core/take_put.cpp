#include "core/take_put.hpp"

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/indexing.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

enum class ClipMode { Raise, Wrap, Clip };

ClipMode parse_mode(const std::string& mode) {
  if (mode == "raise") return ClipMode::Raise;
  if (mode == "wrap") return ClipMode::Wrap;
  if (mode == "clip") return ClipMode::Clip;
  raise_value_error("clipmode must be one of 'clip', 'raise', or 'wrap' (got '" + mode + "')");
}

// Resolves one index against an axis of length n (n > 0) as NumPy's take/put loops do.
int64_t resolve_index(int64_t i, int64_t n, ClipMode mode, int axis, bool flat_message = false) {
  switch (mode) {
    case ClipMode::Raise: {
      const int64_t j = i < 0 ? i + n : i;
      if (j < 0 || j >= n) {
        if (flat_message)
          raise_index_error("index " + std::to_string(i) + " is out of bounds for size " + std::to_string(n));
        raise_index_error("index " + std::to_string(i) + " is out of bounds for axis " +
                          std::to_string(axis) + " with size " + std::to_string(n));
      }
      return j;
    }
    case ClipMode::Wrap: {
      const int64_t j = i % n;
      return j < 0 ? j + n : j;
    }
    case ClipMode::Clip: return i < 0 ? 0 : (i >= n ? n - 1 : i);
  }
  return i;
}

// PyArray_CheckAxis: axis=None, and any axis of a 0-d array, work on the flattened array.
ArrayPtr check_axis(const ArrayPtr& a, std::optional<int64_t> axis, int* ax) {
  if (!axis || a->ndim() == 0) {
    ArrayPtr flat = a->ndim() == 1 ? a : ravel(a);
    *ax = axis ? normalize_axis(*axis, 1) : 0;
    return flat;
  }
  *ax = normalize_axis(*axis, a->ndim());
  return a;
}

// Writes element i of `values` (C order, cycled) cast to `dst`'s dtype at byte offset p.
struct CyclingValues {
  ArrayPtr v;  // C-contiguous, already of the destination dtype
  int64_t size;
  void store(const NDArray& dst, int64_t p, int64_t i) const {
    const int item = dst.itemsize();
    std::memcpy(dst.buffer->data() + p, v->data() + (i % size) * item, static_cast<size_t>(item));
  }
};

CyclingValues cycling(const ArrayPtr& values, DType dtype) {
  // NPY_ARRAY_FORCECAST: values are cast unsafely to the destination dtype.
  ArrayPtr c = astype(values, dtype, 'C');
  return CyclingValues{c, c->size()};
}

// Byte offset of flat C-order position `pos` in `a`.
int64_t flat_offset(const NDArray& a, int64_t pos) {
  int64_t off = a.offset;
  for (int k = a.ndim() - 1; k >= 0; --k) {
    off += (pos % a.shape[k]) * a.strides[k];
    pos /= a.shape[k];
  }
  return off;
}

// The fancy index of take_along_axis: `indices` on `axis`, orthogonal aranges elsewhere.
std::vector<IndexItem> along_axis_index(const Shape& arr_shape, const ArrayPtr& indices, int axis) {
  if (!dtype_is_integer(indices->dtype)) raise_index_error("`indices` must be an integer array");
  if (static_cast<int>(arr_shape.size()) != indices->ndim())
    raise_value_error("`indices` and `arr` must have the same number of dimensions");
  std::vector<IndexItem> items;
  const int nd = indices->ndim();
  for (int k = 0; k < nd; ++k) {
    if (k == axis) {
      items.push_back(IndexItem::make_array(indices));
      continue;
    }
    Shape s(nd, 1);
    s[k] = -1;
    ArrayPtr r = arange(ArangeArg{0, 0, false}, ArangeArg{double(arr_shape[k]), arr_shape[k], false},
                        std::nullopt, std::nullopt);
    items.push_back(IndexItem::make_array(reshape(r, s)));
  }
  return items;
}

}  // namespace

ArrayPtr take(const ArrayPtr& a, const ArrayPtr& indices, std::optional<int64_t> axis, const std::string& mode) {
  const ClipMode cm = parse_mode(mode);
  int ax = 0;
  ArrayPtr src = check_axis(a, axis, &ax);
  const std::vector<int64_t> idx = layout::read_indices(*indices);
  Shape shape(src->shape.begin(), src->shape.begin() + ax);
  shape.insert(shape.end(), indices->shape.begin(), indices->shape.end());
  shape.insert(shape.end(), src->shape.begin() + ax + 1, src->shape.end());
  ArrayPtr out = new_array(shape, src->dtype);
  const int64_t m = src->shape[ax];
  if (m == 0 && out->size() != 0) raise_index_error("cannot do a non-empty take from an empty axes.");
  int64_t outer = 1, chunk = src->itemsize();
  for (int k = 0; k < ax; ++k) outer *= src->shape[k];
  for (int k = ax + 1; k < src->ndim(); ++k) chunk *= src->shape[k];
  if (outer == 0) return out;  // NumPy checks indices inside the outer loop
  if (m == 0 && cm != ClipMode::Raise) return out;  // empty result; nothing to wrap/clip into
  std::vector<int64_t> pos(idx.size());
  for (size_t j = 0; j < idx.size(); ++j) pos[j] = resolve_index(idx[j], m, cm, ax);
  if (out->size() == 0) return out;
  ArrayPtr c = src->is_c_contiguous() ? src : copy_array(src, 'C');
  const uint8_t* s = c->data();
  uint8_t* d = out->data();
  for (int64_t i = 0; i < outer; ++i, s += m * chunk)
    for (size_t j = 0; j < pos.size(); ++j, d += chunk)
      std::memcpy(d, s + pos[j] * chunk, static_cast<size_t>(chunk));
  return out;
}

void put(const ArrayPtr& a, const ArrayPtr& ind, const ArrayPtr& v, const std::string& mode) {
  const ClipMode cm = parse_mode(mode);
  if (!a->writeable) raise_value_error("put: output array is read-only");
  const std::vector<int64_t> idx = layout::read_indices(*ind);
  CyclingValues vals = cycling(v, a->dtype);
  if (vals.size <= 0) return;
  const int64_t n = a->size();
  if (n == 0 && cm != ClipMode::Raise && !idx.empty())
    raise_index_error("cannot replace elements of an empty array");
  // A non-contiguous destination is written through a C copy and copied back only when
  // every index was valid (NumPy's WRITEBACKIFCOPY, discarded on error).
  const bool direct = a->is_c_contiguous();
  ArrayPtr dst = direct ? a : copy_array(a, 'C');
  for (size_t i = 0; i < idx.size(); ++i) {
    const int64_t p = resolve_index(idx[i], n, cm, 0);
    vals.store(*dst, dst->offset + p * dst->itemsize(), static_cast<int64_t>(i));
  }
  if (!direct) assign_array(a, dst);
}

ArrayPtr take_along_axis(const ArrayPtr& arr, const ArrayPtr& indices, std::optional<int64_t> axis) {
  if (!axis) {
    ArrayPtr flat = ravel(arr);
    return get_index(flat, along_axis_index(flat->shape, indices, 0));
  }
  const int ax = normalize_axis(*axis, arr->ndim());
  return get_index(arr, along_axis_index(arr->shape, indices, ax));
}

void put_along_axis(const ArrayPtr& arr, const ArrayPtr& indices, const ArrayPtr& values,
                    std::optional<int64_t> axis) {
  if (axis) {
    const int ax = normalize_axis(*axis, arr->ndim());
    set_index(arr, along_axis_index(arr->shape, indices, ax), values);
    return;
  }
  // arr.flat[indices] = values: flat positions, values cycled.
  along_axis_index(Shape{arr->size()}, indices, 0);  // dtype / ndim checks
  if (!arr->writeable) raise_value_error("assignment destination is read-only");
  const std::vector<int64_t> idx = layout::read_indices(*indices);
  CyclingValues vals = cycling(values, arr->dtype);
  if (vals.size <= 0) return;
  const int64_t n = arr->size();
  std::vector<int64_t> pos(idx.size());
  for (size_t i = 0; i < idx.size(); ++i) pos[i] = resolve_index(idx[i], n, ClipMode::Raise, 0, true);
  for (size_t i = 0; i < pos.size(); ++i)
    vals.store(*arr, flat_offset(*arr, pos[i]), static_cast<int64_t>(i));
}

ArrayPtr argwhere(const ArrayPtr& a) {
  if (a->ndim() == 0) {
    // argwhere(atleast_1d(a))[:, :0]
    ArrayPtr r = argwhere(reshape(a, {1}));
    return basic_index(r, {BasicIndex::make_slice({}), BasicIndex::make_slice({std::nullopt, 0, std::nullopt})});
  }
  std::vector<ArrayPtr> nz = nonzero(a);
  const int64_t n = nz[0]->size();
  // np.transpose(np.nonzero(a)): a (ndim, N) array seen transposed.
  ArrayPtr buf = new_array({a->ndim(), n}, DType::Int64);
  int64_t* out = reinterpret_cast<int64_t*>(buf->data());
  for (int k = 0; k < a->ndim(); ++k) {
    const uint8_t* src = nz[k]->buffer->data() + nz[k]->offset;
    for (int64_t i = 0; i < n; ++i) std::memcpy(out++, src + i * nz[k]->strides[0], 8);
  }
  return transpose(buf);
}

// NumPy's flatnonzero is np.nonzero(np.ravel(a))[0]: a view of nonzero's (N, 1) buffer.
ArrayPtr flatnonzero(const ArrayPtr& a) { return nonzero(ravel(a))[0]; }

std::vector<ArrayPtr> ix_(const std::vector<ArrayPtr>& seqs) {
  std::vector<ArrayPtr> out;
  const size_t nd = seqs.size();
  for (size_t k = 0; k < nd; ++k) {
    ArrayPtr x = seqs[k];
    if (x->ndim() != 1) raise_value_error("Cross index must be 1 dimensional");
    if (x->dtype == DType::Bool) x = flatnonzero(x);
    Shape s(nd, 1);
    s[k] = x->size();
    out.push_back(reshape(x, s));
  }
  return out;
}

}  // namespace sl
