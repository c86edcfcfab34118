#include "core/indexing.hpp"

#include "core/assign.hpp"
#include "core/errors.hpp"

namespace sl {

IndexItem IndexItem::make_array(ArrayPtr a) {
  IndexItem x;
  if (a->dtype == DType::Bool) x.kind = BoolArray;
  else if (dtype_is_integer(a->dtype)) x.kind = IntArray;
  else
    raise_index_error(
        "arrays used as indices must be of integer (or boolean) type");
  x.array = std::move(a);
  return x;
}

bool index_is_basic(const std::vector<IndexItem>& idx) {
  for (const IndexItem& i : idx)
    if (i.kind == IndexItem::IntArray || i.kind == IndexItem::BoolArray) return false;
  return true;
}

std::vector<ArrayPtr> nonzero(const ArrayPtr& a) {
  const int nd = a->ndim() == 0 ? 1 : a->ndim();
  std::vector<std::vector<int64_t>> coords(nd);
  if (a->ndim() == 0) {
    if (a->item0().as_bool()) coords[0].push_back(0);
  } else {
    std::vector<int64_t> idx(nd, 0);
    const uint8_t* base = a->buffer->data();
    for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
      if (Scalar::load(base + p, a->dtype).as_bool())
        for (int k = 0; k < nd; ++k) coords[k].push_back(idx[k]);
      for (int k = nd - 1; k >= 0; --k) {
        if (++idx[k] < a->shape[k]) break;
        idx[k] = 0;
      }
    });
  }
  std::vector<ArrayPtr> out;
  for (int k = 0; k < nd; ++k) {
    ArrayPtr r = new_array({static_cast<int64_t>(coords[k].size())}, DType::Int64);
    if (!coords[k].empty()) std::memcpy(r->data(), coords[k].data(), coords[k].size() * 8);
    out.push_back(r);
  }
  return out;
}

namespace {

std::vector<BasicIndex> to_basic(const std::vector<IndexItem>& idx) {
  std::vector<BasicIndex> out;
  for (const IndexItem& i : idx) {
    switch (i.kind) {
      case IndexItem::Integer: out.push_back(BasicIndex::make_int(i.integer)); break;
      case IndexItem::Slice: out.push_back(BasicIndex::make_slice(i.slice)); break;
      case IndexItem::NewAxis: out.push_back(BasicIndex::make_newaxis()); break;
      case IndexItem::Ellipsis: out.push_back(BasicIndex::make_ellipsis()); break;
      default: break;
    }
  }
  return out;
}

// The geometry of an advanced index, shared by get and set.
struct AdvancedPlan {
  Shape bshape;                    // broadcast shape of the index arrays
  std::vector<int64_t> adv_offsets;  // byte offset contributed by the index arrays, per
                                     // element of bshape in C order
  Shape basic_shape;               // slices and newaxes, in index order
  Strides basic_strides;
  int64_t base_offset = 0;
  int transpose_at = 0;            // >0: the broadcast dims move to this position
};

AdvancedPlan plan_advanced(const ArrayPtr& a, const std::vector<IndexItem>& idx_in) {
  // 1. Expand boolean masks into per-dimension integer arrays and count consumed dims.
  std::vector<IndexItem> idx;
  int consumed = 0, ellipses = 0;
  for (const IndexItem& i : idx_in) {
    if (i.kind == IndexItem::BoolArray) {
      if (i.array->ndim() == 0) raise_not_implemented("indexing with a 0-d boolean is not supported");
      consumed += i.array->ndim();
      for (ArrayPtr& nz : nonzero(i.array)) {
        IndexItem x;
        x.kind = IndexItem::IntArray;
        x.array = nz;
        idx.push_back(x);
      }
      continue;
    }
    if (i.kind == IndexItem::Ellipsis) ++ellipses;
    if (i.kind == IndexItem::Integer || i.kind == IndexItem::Slice || i.kind == IndexItem::IntArray) ++consumed;
    idx.push_back(i);
  }
  if (ellipses > 1) raise_index_error("an index can only have a single ellipsis ('...')");
  if (consumed > a->ndim())
    raise_index_error("too many indices for array: array is " + std::to_string(a->ndim()) +
                      "-dimensional, but " + std::to_string(consumed) + " were indexed");
  // Boolean dimension checks (done on the original items, which know the mask shapes).
  {
    int axis = 0;
    for (const IndexItem& i : idx_in) {
      if (i.kind == IndexItem::Ellipsis) { axis += a->ndim() - consumed; continue; }
      if (i.kind == IndexItem::NewAxis) continue;
      if (i.kind == IndexItem::BoolArray) {
        for (int k = 0; k < i.array->ndim(); ++k, ++axis)
          if (i.array->shape[k] != a->shape[axis])
            raise_index_error("boolean index did not match indexed array along dimension " +
                              std::to_string(axis) + "; dimension is " + std::to_string(a->shape[axis]) +
                              " but corresponding boolean dimension is " + std::to_string(i.array->shape[k]));
        continue;
      }
      ++axis;
    }
  }
  // 2. One entry per consumed axis (ellipsis expanded into full slices), newaxes kept.
  std::vector<IndexItem> items;
  for (const IndexItem& i : idx) {
    if (i.kind == IndexItem::Ellipsis) {
      for (int k = 0; k < a->ndim() - consumed; ++k) items.push_back(IndexItem::make_slice({}));
    } else {
      items.push_back(i);
    }
  }
  while (true) {  // trailing unindexed axes
    int used = 0;
    for (const IndexItem& i : items)
      if (i.kind != IndexItem::NewAxis) ++used;
    if (used >= a->ndim()) break;
    items.push_back(IndexItem::make_slice({}));
  }
  // 3. Advanced entries: integer arrays and integers (which count as 0-d index arrays).
  std::vector<int> adv_pos;
  std::vector<ArrayPtr> adv_arrays;
  std::vector<int> adv_axis;
  AdvancedPlan plan;
  plan.base_offset = a->offset;
  int axis = 0;
  for (size_t n = 0; n < items.size(); ++n) {
    const IndexItem& i = items[n];
    if (i.kind == IndexItem::NewAxis) {
      plan.basic_shape.push_back(1);
      plan.basic_strides.push_back(0);
      continue;
    }
    if (i.kind == IndexItem::Slice) {
      SliceBounds r = resolve_slice(i.slice, a->shape[axis]);
      if (r.length > 0) plan.base_offset += r.start * a->strides[axis];
      plan.basic_shape.push_back(r.length);
      plan.basic_strides.push_back(r.length > 0 ? a->strides[axis] * r.step : a->strides[axis]);
    } else {
      adv_pos.push_back(static_cast<int>(n));
      adv_axis.push_back(axis);
      adv_arrays.push_back(i.kind == IndexItem::Integer ? array_from_scalar(Scalar::from_int(i.integer))
                                                        : i.array);
    }
    ++axis;
  }
  std::vector<Shape> shapes;
  for (const ArrayPtr& x : adv_arrays) shapes.push_back(x->shape);
  {
    size_t nd = 0;
    for (const Shape& s : shapes) nd = std::max(nd, s.size());
    Shape out(nd, 1);
    bool ok = true;
    for (const Shape& s : shapes)
      for (size_t k = 0; k < s.size(); ++k) {
        size_t j = nd - s.size() + k;
        if (s[k] == 1) continue;
        if (out[j] == 1) out[j] = s[k];
        else if (out[j] != s[k]) ok = false;
      }
    if (!ok) {
      std::string msg = "shape mismatch: indexing arrays could not be broadcast together with shapes ";
      for (const Shape& s : shapes) msg += shape_str_compact(s) + " ";
      raise_index_error(msg);
    }
    plan.bshape = out;
  }
  // 4. Byte offsets of the advanced part, bounds-checked per axis.
  const int64_t bsize = shape_size(plan.bshape);
  plan.adv_offsets.assign(static_cast<size_t>(bsize), 0);
  for (size_t k = 0; k < adv_arrays.size(); ++k) {
    ArrayPtr b = broadcast_to(adv_arrays[k], plan.bshape);
    const int ax = adv_axis[k];
    const int64_t len = a->shape[ax], stride = a->strides[ax];
    const uint8_t* base = b->buffer->data();
    int64_t* offs = plan.adv_offsets.data();
    visit_dtype(b->dtype, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) {
        size_t n = 0;
        for_each_offset(b->shape, b->strides, b->offset, [&](int64_t p) {
          T raw;
          std::memcpy(&raw, base + p, sizeof(T));
          int64_t v = static_cast<int64_t>(raw);
          if constexpr (std::is_unsigned_v<T> && sizeof(T) == 8)
            if (raw > static_cast<uint64_t>(INT64_MAX)) v = INT64_MAX;
          if (v < -len || v >= len)
            raise_index_error("index " + std::to_string(v) + " is out of bounds for axis " +
                              std::to_string(ax) + " with size " + std::to_string(len));
          if (v < 0) v += len;
          offs[n++] += v * stride;
        });
      }
    });
  }
  // 5. Placement: adjacent advanced entries keep their place, otherwise they go first.
  bool adjacent = true;
  for (size_t k = 1; k < adv_pos.size(); ++k)
    if (adv_pos[k] != adv_pos[k - 1] + 1) adjacent = false;
  if (adjacent) {
    int basic_before = 0;
    for (int n = 0; n < adv_pos[0]; ++n) ++basic_before;  // every earlier item is basic
    plan.transpose_at = basic_before;
  }
  return plan;
}

template <class T>
void gather_typed(const uint8_t* src, const std::vector<int64_t>& offs, uint8_t* dst) {
  T* out = reinterpret_cast<T*>(dst);  // fresh buffers are 16-byte aligned
  const size_t n = offs.size();
  for (size_t k = 0; k < n; ++k) std::memcpy(out + k, src + offs[k], sizeof(T));
}
void gather_items(int item, const uint8_t* src, const std::vector<int64_t>& offs, uint8_t* dst) {
  switch (item) {
    case 1: gather_typed<uint8_t>(src, offs, dst); break;
    case 2: gather_typed<uint16_t>(src, offs, dst); break;
    case 4: gather_typed<uint32_t>(src, offs, dst); break;
    default: gather_typed<uint64_t>(src, offs, dst); break;
  }
}

// A boolean mask with the array's own shape (a[a > 0.5]): one pass over mask and data.
ArrayPtr mask_select(const ArrayPtr& a, const ArrayPtr& mask) {
  std::vector<int64_t> offs;
  const uint8_t* mbase = mask->buffer->data();
  for_each_offset2(a->shape, a->strides, a->offset, mask->strides, mask->offset, [&](int64_t pa, int64_t pm) {
    if (mbase[pm]) offs.push_back(pa);
  });
  ArrayPtr out = new_array({static_cast<int64_t>(offs.size())}, a->dtype);
  gather_items(a->itemsize(), a->buffer->data(), offs, out->data());
  return out;
}

// values[indices] on a 1-d array: one fused pass (read index, check, copy), no offset table.
template <class I, class T>
void take_1d_typed(const NDArray& a, const NDArray& idx, uint8_t* dst) {
  const int64_t len = a.shape[0], stride = a.strides[0];
  const uint8_t* src = a.buffer->data() + a.offset;
  const uint8_t* ibase = idx.buffer->data();
  T* out = reinterpret_cast<T*>(dst);
  for_each_offset(idx.shape, idx.strides, idx.offset, [&](int64_t p) {
    I raw;
    std::memcpy(&raw, ibase + p, sizeof(I));
    int64_t v = static_cast<int64_t>(raw);
    if constexpr (std::is_unsigned_v<I> && sizeof(I) == 8)
      if (raw > static_cast<uint64_t>(INT64_MAX)) v = INT64_MAX;
    if (v < -len || v >= len)
      raise_index_error("index " + std::to_string(v) + " is out of bounds for axis 0 with size " +
                        std::to_string(len));
    if (v < 0) v += len;
    std::memcpy(out++, src + v * stride, sizeof(T));
  });
}
template <class T>
void take_1d_items(const NDArray& a, const NDArray& idx, uint8_t* dst) {
  visit_dtype(idx.dtype, [&](auto tag) {
    using I = decltype(tag);
    if constexpr (std::is_integral_v<I> && !std::is_same_v<I, bool>) take_1d_typed<I, T>(a, idx, dst);
  });
}
ArrayPtr take_1d(const ArrayPtr& a, const ArrayPtr& idx) {
  ArrayPtr out = new_array(idx->shape, a->dtype);
  switch (a->itemsize()) {
    case 1: take_1d_items<uint8_t>(*a, *idx, out->data()); break;
    case 2: take_1d_items<uint16_t>(*a, *idx, out->data()); break;
    case 4: take_1d_items<uint32_t>(*a, *idx, out->data()); break;
    default: take_1d_items<uint64_t>(*a, *idx, out->data()); break;
  }
  return out;
}

// Lays out a gather result: tmp (bshape + basic dims, C order) -> final view.
ArrayPtr place_result(const ArrayPtr& tmp, const AdvancedPlan& plan) {
  if (plan.transpose_at == 0) return tmp;
  const int nb = static_cast<int>(plan.bshape.size());
  const int nbasic = static_cast<int>(plan.basic_shape.size());
  std::vector<int64_t> perm;
  for (int k = 0; k < plan.transpose_at; ++k) perm.push_back(nb + k);
  for (int k = 0; k < nb; ++k) perm.push_back(k);
  for (int k = plan.transpose_at; k < nbasic; ++k) perm.push_back(nb + k);
  return transpose(tmp, &perm);
}

Shape tmp_shape(const AdvancedPlan& plan) {
  Shape s = plan.bshape;
  s.insert(s.end(), plan.basic_shape.begin(), plan.basic_shape.end());
  return s;
}

}  // namespace

ArrayPtr get_index(const ArrayPtr& a, const std::vector<IndexItem>& idx) {
  if (index_is_basic(idx)) return basic_index(a, to_basic(idx));
  if (idx.size() == 1 && idx[0].kind == IndexItem::BoolArray && idx[0].array->shape == a->shape &&
      a->ndim() > 0)
    return mask_select(a, idx[0].array);
  if (idx.size() == 1 && idx[0].kind == IndexItem::IntArray && a->ndim() == 1) return take_1d(a, idx[0].array);
  AdvancedPlan plan = plan_advanced(a, idx);
  ArrayPtr tmp = new_array(tmp_shape(plan), a->dtype);
  const int64_t sub = shape_size(plan.basic_shape);
  const int item = a->itemsize();
  uint8_t* dst = tmp->data();
  const uint8_t* src = a->buffer->data();
  if (plan.basic_shape.empty()) {  // pure gather: one typed load per element
    gather_items(item, src + plan.base_offset, plan.adv_offsets, dst);
    return place_result(tmp, plan);
  }
  for (int64_t off : plan.adv_offsets) {
    if (sub == 0) break;
    for_each_offset(plan.basic_shape, plan.basic_strides, plan.base_offset + off, [&](int64_t p) {
      std::memcpy(dst, src + p, static_cast<size_t>(item));
      dst += item;
    });
  }
  return place_result(tmp, plan);
}

void set_index(const ArrayPtr& a, const std::vector<IndexItem>& idx, const ArrayPtr& value) {
  if (index_is_basic(idx)) {
    assign_array(basic_index(a, to_basic(idx)), value);
    return;
  }
  if (!a->writeable) raise_value_error("assignment destination is read-only");
  AdvancedPlan plan = plan_advanced(a, idx);
  // Destination byte offsets laid out like the gather result, then read in its final order.
  ArrayPtr offs = new_array(tmp_shape(plan), DType::Int64);
  int64_t* o = reinterpret_cast<int64_t*>(offs->data());
  for (int64_t off : plan.adv_offsets)
    for_each_offset(plan.basic_shape, plan.basic_strides, plan.base_offset + off,
                    [&](int64_t p) { *o++ = p; });
  ArrayPtr placed = place_result(offs, plan);
  // Value broadcast to the result shape (NumPy's message uses the result shape).
  ArrayPtr val;
  {
    Shape vs = value->shape;
    while (vs.size() > placed->shape.size() && vs.front() == 1) vs.erase(vs.begin());
    bool ok = vs.size() <= placed->shape.size();
    for (size_t k = 0; ok && k < vs.size(); ++k) {
      int64_t want = placed->shape[placed->shape.size() - vs.size() + k];
      ok = vs[k] == want || vs[k] == 1;
    }
    if (!ok)
      raise_value_error("shape mismatch: value array of shape " + shape_str_compact(value->shape) +
                        " could not be broadcast to indexing result of shape " +
                        shape_str_compact(placed->shape));
    val = broadcast_to(reshape(value, vs), placed->shape);
  }
  uint8_t* base = a->buffer->data();
  const uint8_t* vbase = val->buffer->data();
  const uint8_t* obase = placed->buffer->data();
  for_each_offset2(placed->shape, placed->strides, placed->offset, val->strides, val->offset,
                   [&](int64_t po, int64_t pv) {
                     int64_t dst;
                     std::memcpy(&dst, obase + po, 8);
                     Scalar::load(vbase + pv, val->dtype).cast(a->dtype).store(base + dst);
                   });
}

}  // namespace sl
