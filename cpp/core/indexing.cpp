#include "core/indexing.hpp"
#include "core/bool_byte.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <type_traits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/layout_order.hpp"
#include "core/wrapping.hpp"

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

namespace {

// Truth of one element without going through Scalar (hot in masks and nonzero).
template <class T>
inline bool truthy(const uint8_t* p) {
  if constexpr (std::is_same_v<T, bool>) {
    return bool_byte(p);
  } else {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v != T(0);
  }
}

// Calls f(T{}) with a type whose `v != 0` is the truth of an element of dtype t: integers
// and bool by their unsigned twin of the same size (nonzero iff some byte is), floats as
// themselves (-0.0 is false). One loop per item size instead of one per dtype; other
// dtypes raise as visit_dtype does.
template <class F>
void visit_truth(DType t, F&& f) {
  visit_dtype(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) f(T{});
    else if constexpr (sizeof(T) == 1) f(uint8_t{});
    else if constexpr (sizeof(T) == 2) f(uint16_t{});
    else if constexpr (sizeof(T) == 4) f(uint32_t{});
    else f(uint64_t{});
  });
}

// Counts the true elements of any array (C order).
int64_t count_true(const NDArray& a) {
  int64_t n = 0;
  const uint8_t* base = a.buffer->data();
  visit_truth(a.dtype, [&](auto tag) {
    using T = decltype(tag);
    if (a.dtype == DType::Bool && a.ndim() == 1 && a.strides[0] == 1) {
      const uint8_t* p = base + a.offset;
      for (int64_t i = 0, len = a.shape[0]; i < len; ++i) n += p[i] != 0;
      return;
    }
    for_each_offset(a.shape, a.strides, a.offset, [&](int64_t p) { n += truthy<T>(base + p); });
  });
  return n;
}

}  // namespace

// NumPy fills one C-ordered (N, ndim) int64 array and returns its columns: every result is
// a strided view (stride 8 * ndim, `.base` set), also for 1-d inputs.
std::vector<ArrayPtr> nonzero(const ArrayPtr& a_in) {
  const ArrayPtr a = a_in->ndim() == 0 ? reshape(a_in, {1}) : a_in;
  const int nd = a->ndim();
  const int64_t count = count_true(*a);
  ArrayPtr buf = new_array({count, nd}, DType::Int64);
  if (count > 0) {
    int64_t* out = reinterpret_cast<int64_t*>(buf->data());
    std::vector<int64_t> idx(nd, 0);
    const uint8_t* base = a->buffer->data();
    visit_truth(a->dtype, [&](auto tag) {
      using T = decltype(tag);
      for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
        if (truthy<T>(base + p)) {
          std::memcpy(out, idx.data(), static_cast<size_t>(nd) * 8);
          out += nd;
        }
        for (int k = nd - 1; k >= 0; --k) {
          if (++idx[k] < a->shape[k]) break;
          idx[k] = 0;
        }
      });
    });
  }
  std::vector<ArrayPtr> out;
  for (int k = 0; k < nd; ++k)
    out.push_back(make_view(buf, buf->offset + 8 * k, {count}, {8 * static_cast<int64_t>(nd)}, DType::Int64));
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

// offs[n] += normalized(index[n]) * stride for the n-th element (C order) of the broadcast
// index array b, bounds-checked. The odometer is written out so the inner run is a plain
// loop; a broadcast inner run (stride 0, e.g. i[:, None, None]) checks its value once.
template <class T>
void accumulate_offsets(const NDArray& b, int ax, int64_t len, int64_t stride, int64_t* offs) {
  auto norm = [&](const uint8_t* p) {
    T raw;
    std::memcpy(&raw, p, sizeof(T));
    int64_t v = static_cast<int64_t>(raw);
    if constexpr (std::is_unsigned_v<T> && sizeof(T) == 8)
      if (raw > static_cast<uint64_t>(INT64_MAX)) v = INT64_MAX;
    if (static_cast<uint64_t>(v) < static_cast<uint64_t>(len)) return v;
    if (v < -len || v >= len)
      raise_index_error("index " + std::to_string(v) + " is out of bounds for axis " + std::to_string(ax) +
                        " with size " + std::to_string(len));
    return v + len;
  };
  const uint8_t* base = b.buffer->data();
  const int nd = b.ndim();
  if (b.size() == 0) return;
  if (nd == 0) {
    offs[0] = wrapping_add(offs[0], wrapping_mul(norm(base + b.offset), stride));
    return;
  }
  const int64_t inner_n = b.shape[nd - 1], inner_s = b.strides[nd - 1];
  const int64_t outer = b.size() / inner_n;
  std::vector<int64_t> idx(alloc_count(nd, sizeof(int64_t)), 0);
  int64_t pos = b.offset;
  for (int64_t o = 0; o < outer; ++o, offs += inner_n) {
    if (inner_s == 0) {
      const int64_t add = wrapping_mul(norm(base + pos), stride);
      for (int64_t i = 0; i < inner_n; ++i) offs[i] = wrapping_add(offs[i], add);
    } else {
      const uint8_t* p = base + pos;
      for (int64_t i = 0; i < inner_n; ++i, p += inner_s) offs[i] = wrapping_add(offs[i], wrapping_mul(norm(p), stride));
    }
    for (int k = nd - 2; k >= 0; --k) {
      pos += b.strides[k];
      if (++idx[k] < b.shape[k]) break;
      pos -= b.strides[k] * b.shape[k];
      idx[k] = 0;
    }
  }
}

// Boolean masks must match the axes they index (NumPy's message numbers the axes of the
// array as the user wrote the index: 0-d booleans consume none).
void check_bool_dims(const ArrayPtr& a, const std::vector<IndexItem>& idx, int consumed) {
  int axis = 0;
  for (const IndexItem& i : idx) {
    if (i.kind == IndexItem::Ellipsis) { axis += a->ndim() - consumed; continue; }
    if (i.kind == IndexItem::NewAxis) continue;
    if (i.kind == IndexItem::BoolArray) {
      for (int k = 0; k < i.array->ndim() && axis < a->ndim(); ++k, ++axis)
        if (i.array->shape[k] != a->shape[axis])
          raise_index_error("boolean index did not match indexed array along dimension " + std::to_string(axis) +
                            "; dimension is " + std::to_string(a->shape[axis]) +
                            " but corresponding boolean dimension is " + std::to_string(i.array->shape[k]));
      continue;
    }
    ++axis;
  }
}

// axis_map (from expand_bool0): the user's axis number of each axis of `a`, for messages.
AdvancedPlan plan_advanced(const ArrayPtr& a, const std::vector<IndexItem>& idx_in,
                           const std::vector<int>& axis_map = {}, bool with_offsets = true) {
  auto user_axis = [&](int ax) { return axis_map.empty() ? ax : axis_map[static_cast<size_t>(ax)]; };
  // 1. Expand boolean masks into per-dimension integer arrays and count consumed dims.
  std::vector<IndexItem> idx;
  int consumed = 0, ellipses = 0;
  for (const IndexItem& i : idx_in) {
    if (i.kind == IndexItem::BoolArray) {
      // (0-d masks were rewritten by expand_bool0 before planning)
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
  check_bool_dims(a, idx_in, consumed);
  // 2. One entry per consumed axis (ellipsis expanded into full slices), newaxes kept.
  std::vector<IndexItem> items;
  int empty_ellipsis_at = -1;  // an ellipsis covering no axis still separates advanced indices
  for (const IndexItem& i : idx) {
    if (i.kind == IndexItem::Ellipsis) {
      if (a->ndim() - consumed <= 0) empty_ellipsis_at = static_cast<int>(items.size());
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
  std::vector<bool> adv_is_int;  // integers take part in broadcasting but not in the message
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
      if (r.length > 0) plan.base_offset = wrapping_add(plan.base_offset, wrapping_mul(r.start, a->strides[axis]));
      plan.basic_shape.push_back(r.length);
      plan.basic_strides.push_back(r.length > 0 ? wrapping_mul(a->strides[axis], r.step) : a->strides[axis]);
    } else {
      if (i.kind == IndexItem::Integer) {  // checked even when the broadcast result is empty
        const int64_t len = a->shape[axis];
        if (i.integer < -len || i.integer >= len)
          raise_index_error("index " + std::to_string(i.integer) + " is out of bounds for axis " +
                            std::to_string(user_axis(axis)) + " with size " + std::to_string(len));
      }
      adv_pos.push_back(static_cast<int>(n));
      adv_axis.push_back(axis);
      adv_is_int.push_back(i.kind == IndexItem::Integer);
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
      for (size_t k = 0; k < shapes.size(); ++k)
        if (!adv_is_int[k]) msg += shape_str_compact(shapes[k]) + " ";
      raise_index_error(msg);
    }
    plan.bshape = out;
  }
  // 4. Byte offsets of the advanced part, bounds-checked per axis.
  const int64_t bsize = with_offsets ? shape_size(plan.bshape) : 0;
  plan.adv_offsets.assign(alloc_count(bsize), 0);
  for (size_t k = 0; with_offsets && k < adv_arrays.size(); ++k) {
    ArrayPtr b = broadcast_to(adv_arrays[k], plan.bshape);
    const int ax = adv_axis[k];
    const int64_t len = a->shape[ax], stride = a->strides[ax];
    int64_t* offs = plan.adv_offsets.data();
    visit_dtype(b->dtype, [&](auto tag) {
      using T = decltype(tag);
      if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>) accumulate_offsets<T>(*b, user_axis(ax), len, stride, offs);
    });
  }
  // 5. Placement: adjacent advanced entries keep their place, otherwise they go first.
  bool adjacent = true;
  for (size_t k = 1; k < adv_pos.size(); ++k)
    if (adv_pos[k] != adv_pos[k - 1] + 1) adjacent = false;
  if (!adv_pos.empty() && empty_ellipsis_at > adv_pos.front() && empty_ellipsis_at <= adv_pos.back())
    adjacent = false;
  if (adjacent) {
    int basic_before = 0;
    for (int n = 0; n < adv_pos[0]; ++n) ++basic_before;  // every earlier item is basic
    plan.transpose_at = basic_before;
  }
  return plan;
}

// ---- gather kernels ---------------------------------------------------------------------

// Calls f(U{}) with U an unsigned type of the item size (1, 2, 4, 8 or 16 bytes), so a
// per-element copy compiles to one load and one store instead of a memcpy call; any other
// size (records, strings) gets ItemAny, whose copies take the runtime size (item_bytes).
struct Item16 {
  uint64_t lo, hi;
};
struct ItemAny {};
template <class U>
inline size_t item_bytes(int item) {
  if constexpr (std::is_same_v<U, ItemAny>) return static_cast<size_t>(item);
  else return sizeof(U);
}
template <class F>
void with_item_type(int item, F&& f) {
  switch (item) {
    case 1: f(uint8_t{}); break;
    case 2: f(uint16_t{}); break;
    case 4: f(uint32_t{}); break;
    case 8: f(uint64_t{}); break;
    case 16: f(Item16{}); break;
    default: f(ItemAny{}); break;
  }
}
// Every kernel copies whole items as unsigned integers of the item's size (dtype-agnostic:
// a gather never converts), specialized by itemsize so the inner loop is one load + store.

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
    case 8: gather_typed<uint64_t>(src, offs, dst); break;
    case 16: gather_typed<Item16>(src, offs, dst); break;
    default:
      for (size_t k = 0; k < offs.size(); ++k) std::memcpy(dst + k * item, src + offs[k], static_cast<size_t>(item));
      break;
  }
}

// a[mask] with a mask of the array's own shape (a[a > 0.5]): count the trues (NumPy does the
// same), allocate once, then one fused pass over mask and data. Contiguous 1-d inputs get a
// branch-light loop: the store is unconditional, only the output cursor depends on the mask.
template <class T>
void mask_copy(const NDArray& a, const NDArray& mask, uint8_t* dst, int64_t count) {
  T* out = reinterpret_cast<T*>(dst);
  const uint8_t* src = a.buffer->data();
  const uint8_t* mbase = mask.buffer->data();
  if (a.ndim() == 1 && a.strides[0] == static_cast<int64_t>(sizeof(T)) && mask.strides[0] == 1) {
    const T* s = reinterpret_cast<const T*>(src + a.offset);
    const uint8_t* m = mbase + mask.offset;
    const int64_t n = a.shape[0];
    int64_t i = 0, w = 0;
    // The unconditional store may write one item past the last true: stop early enough.
    for (; i < n && w < count - 1; ++i) {
      std::memcpy(out + w, s + i, sizeof(T));
      w += m[i] != 0;
    }
    for (; i < n && w < count; ++i)
      if (m[i]) std::memcpy(out + w++, s + i, sizeof(T));
    return;
  }
  for_each_offset2(a.shape, a.strides, a.offset, mask.strides, mask.offset, [&](int64_t pa, int64_t pm) {
    if (mbase[pm]) std::memcpy(out++, src + pa, sizeof(T));
  });
}
ArrayPtr mask_select(const ArrayPtr& a, const ArrayPtr& mask) {
  const int64_t count = count_true(*mask);
  ArrayPtr out = new_array({count}, a->descr(), false, Fill::Overwritten);  // count items stored
  if (count == 0) return out;
  switch (a->itemsize()) {
    case 1: mask_copy<uint8_t>(*a, *mask, out->data(), count); break;
    case 2: mask_copy<uint16_t>(*a, *mask, out->data(), count); break;
    case 4: mask_copy<uint32_t>(*a, *mask, out->data(), count); break;
    case 8: mask_copy<uint64_t>(*a, *mask, out->data(), count); break;
    case 16: mask_copy<Item16>(*a, *mask, out->data(), count); break;
    default: {
      const size_t item = static_cast<size_t>(a->itemsize());
      uint8_t* dst = out->data();
      const uint8_t* src = a->buffer->data();
      const uint8_t* mbase = mask->buffer->data();
      for_each_offset2(a->shape, a->strides, a->offset, mask->strides, mask->offset, [&](int64_t pa, int64_t pm) {
        if (mbase[pm]) {
          std::memcpy(dst, src + pa, item);
          dst += item;
        }
      });
    }
  }
  return out;
}

[[noreturn]] void index_out_of_bounds(int64_t v, int axis, int64_t len) {
  raise_index_error("index " + std::to_string(v) + " is out of bounds for axis " + std::to_string(axis) +
                    " with size " + std::to_string(len));
}

// values[indices] on a 1-d array, fused in one pass: a single unsigned compare accepts every
// in-range non-negative index (the common case, perfectly predicted), so the loop is load
// index, compare, load item, store item. Negative indices are normalized on the rare path,
// which also raises NumPy's error for the first bad index. Contiguous indices and items get
// plain pointer loops (no per-element stride multiply of the generic iterator).
template <class I, class T>
void take_1d_typed(const NDArray& a, const NDArray& idx, uint8_t* dst) {
  const int64_t len = a.shape[0], stride = a.strides[0];
  const uint8_t* src = a.buffer->data() + a.offset;
  const uint8_t* ibase = idx.buffer->data();
  T* out = reinterpret_cast<T*>(dst);
  const uint64_t ulen = static_cast<uint64_t>(len);
  auto slow = [&](I raw) -> int64_t {  // out-of-range or negative: normalize or raise
    int64_t v = static_cast<int64_t>(raw);
    if constexpr (std::is_unsigned_v<I> && sizeof(I) == 8)
      if (raw > static_cast<uint64_t>(INT64_MAX)) v = INT64_MAX;
    if (v < -len || v >= len) index_out_of_bounds(v, 0, len);
    return v < 0 ? v + len : v;
  };
  if (idx.ndim() == 1 && idx.strides[0] == static_cast<int64_t>(sizeof(I))) {
    const I* ip = reinterpret_cast<const I*>(ibase + idx.offset);
    const int64_t n = idx.shape[0];
    if (stride == static_cast<int64_t>(sizeof(T))) {
      const T* s = reinterpret_cast<const T*>(src);
      auto one = [&](int64_t k) {
        uint64_t u = static_cast<uint64_t>(static_cast<int64_t>(ip[k]));
        if (__builtin_expect(u >= ulen, 0)) u = static_cast<uint64_t>(slow(ip[k]));
        std::memcpy(out + k, s + u, sizeof(T));
      };
      // Groups of 4: one (branch-free) max decides whether all 4 are in range, so the loop
      // has one predictable branch per 4 items; a group with a bad index takes the checked
      // path item by item (which raises for the first bad one, as NumPy does).
      int64_t k = 0;
      for (; k + 4 <= n; k += 4) {
        const uint64_t u0 = static_cast<uint64_t>(static_cast<int64_t>(ip[k]));
        const uint64_t u1 = static_cast<uint64_t>(static_cast<int64_t>(ip[k + 1]));
        const uint64_t u2 = static_cast<uint64_t>(static_cast<int64_t>(ip[k + 2]));
        const uint64_t u3 = static_cast<uint64_t>(static_cast<int64_t>(ip[k + 3]));
        if (__builtin_expect(std::max(std::max(u0, u1), std::max(u2, u3)) >= ulen, 0)) {
          for (int q = 0; q < 4; ++q) one(k + q);
          continue;
        }
        T v0, v1, v2, v3;
        std::memcpy(&v0, s + u0, sizeof(T));
        std::memcpy(&v1, s + u1, sizeof(T));
        std::memcpy(&v2, s + u2, sizeof(T));
        std::memcpy(&v3, s + u3, sizeof(T));
        std::memcpy(out + k, &v0, sizeof(T));
        std::memcpy(out + k + 1, &v1, sizeof(T));
        std::memcpy(out + k + 2, &v2, sizeof(T));
        std::memcpy(out + k + 3, &v3, sizeof(T));
      }
      for (; k < n; ++k) one(k);
    } else {
      for (int64_t k = 0; k < n; ++k) {
        uint64_t u = static_cast<uint64_t>(static_cast<int64_t>(ip[k]));
        if (__builtin_expect(u >= ulen, 0)) u = static_cast<uint64_t>(slow(ip[k]));
        std::memcpy(out + k, src + static_cast<int64_t>(u) * stride, sizeof(T));
      }
    }
    return;
  }
  for_each_offset(idx.shape, idx.strides, idx.offset, [&](int64_t p) {
    I raw;
    std::memcpy(&raw, ibase + p, sizeof(I));
    uint64_t u = static_cast<uint64_t>(static_cast<int64_t>(raw));
    if (u >= ulen) u = static_cast<uint64_t>(slow(raw));
    std::memcpy(out++, src + static_cast<int64_t>(u) * stride, sizeof(T));
  });
}
template <class T>
void take_1d_items(const NDArray& a, const NDArray& idx, uint8_t* dst) {
  visit_dtype(idx.dtype, [&](auto tag) {
    using I = decltype(tag);
    if constexpr (std::is_same_v<I, int64_t> || std::is_same_v<I, uint64_t>) take_1d_typed<I, T>(a, idx, dst);
  });
}
ArrayPtr take_1d(const ArrayPtr& a, const ArrayPtr& idx_in) {
  // Narrower integer indices are widened to int64 first (value-preserving: the same items,
  // the same error for the first bad index), so the gather loops exist for int64 and uint64
  // indices only (uint64 keeps its own: values past INT64_MAX must not wrap negative).
  const DType it = idx_in->dtype;
  const ArrayPtr idx = dtype_is_kernel(it) && dtype_is_integer(it) && it != DType::Int64 && it != DType::UInt64
                           ? astype(idx_in, DType::Int64)
                           : idx_in;
  ArrayPtr out = new_array(idx->shape, a->descr(), false, Fill::Overwritten);  // one item per index
  switch (a->itemsize()) {
    case 1: take_1d_items<uint8_t>(*a, *idx, out->data()); break;
    case 2: take_1d_items<uint16_t>(*a, *idx, out->data()); break;
    case 4: take_1d_items<uint32_t>(*a, *idx, out->data()); break;
    case 8: take_1d_items<uint64_t>(*a, *idx, out->data()); break;
    default: take_1d_items<Item16>(*a, *idx, out->data()); break;  // only 16 reaches here
  }
  return out;
}

// Lays out a gather result: tmp (bshape + basic dims) -> final view.
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

// NumPy allocates the subspace (the sliced/newaxis dims) in the memory order of its view of
// the source: dims sorted by |stride|, largest outermost, ties in C order, so newaxis dims
// (stride 0) are innermost and a Fortran source keeps Fortran subspace order. The broadcast
// index dims are outermost, in C order.
Strides subspace_strides(const Shape& shape, const Strides& strides, int64_t item) {
  std::vector<int> perm(shape.size());
  for (size_t k = 0; k < perm.size(); ++k) perm[k] = static_cast<int>(k);
  using layout::stride_sort_key;
  std::stable_sort(perm.begin(), perm.end(),
                   [&](int x, int y) { return stride_sort_key(strides[x]) > stride_sort_key(strides[y]); });
  Strides out(shape.size());
  int64_t s = item;
  for (size_t k = perm.size(); k-- > 0;) {
    out[perm[k]] = s;
    s *= shape[perm[k]];
  }
  return out;
}

// NumPy treats a 0-d boolean index as a new axis of length 1 indexed by [0] (True) or by an
// empty array (False). Rewrite it that way, on a view of `a` with that axis inserted, before
// planning; the index otherwise consumes no dimension.
std::vector<int> expand_bool0(ArrayPtr& a, std::vector<IndexItem>& idx) {
  bool any = false;
  int consumed = 0;
  for (const IndexItem& i : idx) {
    if (i.kind == IndexItem::BoolArray) {
      any = any || i.array->ndim() == 0;
      consumed += i.array->ndim();
    } else if (i.kind == IndexItem::Integer || i.kind == IndexItem::Slice || i.kind == IndexItem::IntArray) {
      ++consumed;
    }
  }
  if (!any) return {};
  if (consumed > a->ndim())
    raise_index_error("too many indices for array: array is " + std::to_string(a->ndim()) +
                      "-dimensional, but " + std::to_string(consumed) + " were indexed");
  check_bool_dims(a, idx, consumed);  // before the inserted axes shift the numbering
  Shape shape = a->shape;
  Strides strides = a->strides;
  std::vector<int> axis_map;
  for (int k = 0; k < a->ndim(); ++k) axis_map.push_back(k);
  size_t pos = 0;
  for (IndexItem& i : idx) {
    switch (i.kind) {
      case IndexItem::NewAxis: break;
      case IndexItem::Ellipsis: pos += static_cast<size_t>(std::max(0, a->ndim() - consumed)); break;
      case IndexItem::BoolArray:
        if (i.array->ndim() == 0) {
          const bool t = i.array->item0().as_bool();
          pos = std::min(pos, shape.size());
          shape.insert(shape.begin() + static_cast<std::ptrdiff_t>(pos), 1);
          strides.insert(strides.begin() + static_cast<std::ptrdiff_t>(pos), 0);
          axis_map.insert(axis_map.begin() + static_cast<std::ptrdiff_t>(pos), -1);
          i.kind = IndexItem::IntArray;
          i.array = new_array({t ? 1 : 0}, DType::Int64);  // zero-filled: [0] or []
          ++pos;
        } else {
          pos += static_cast<size_t>(i.array->ndim());
        }
        break;
      default: ++pos; break;
    }
  }
  a = make_view(a, a->offset, shape, strides, a->dtype);
  return axis_map;
}

// ValueError unless `value` broadcasts to the indexing result (NumPy's message uses the
// result shape; leading 1s of the value are dropped first).
void check_value_shape(const Shape& result, const Shape& value) {
  Shape vs = value;
  while (vs.size() > result.size() && vs.front() == 1) vs.erase(vs.begin());
  bool ok = vs.size() <= result.size();
  for (size_t k = 0; ok && k < vs.size(); ++k) {
    const int64_t want = result[result.size() - vs.size() + k];
    ok = vs[k] == want || vs[k] == 1;
  }
  if (!ok)
    raise_value_error("shape mismatch: value array of shape " + shape_str_compact(value) +
                      " could not be broadcast to indexing result of shape " + shape_str_compact(result));
}

// The single-boolean-array assignment NumPy special-cases (mask ndim == array ndim): the
// value must be 0-d or 1-d, with one item or one per true element.
void set_by_mask(const ArrayPtr& a, const ArrayPtr& mask, const ArrayPtr& value) {
  if (value->ndim() > 1)
    raise_type_error("NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has " +
                      std::to_string(value->ndim()) + " dimensions");
  const int64_t count = count_true(*mask);
  int64_t vstride = 0;
  if (value->ndim() == 1 && value->shape[0] != 1) {
    if (value->shape[0] != count)
      raise_value_error("NumPy boolean array indexing assignment cannot assign " + std::to_string(value->shape[0]) +
                        " input values to the " + std::to_string(count) + " output values where the mask is true");
    vstride = value->strides[0];
  }
  if (count == 0) return;
  ArrayPtr v = value->descr() == a->descr() ? value : astype(value, a->descr());
  if (v != value) vstride = vstride ? v->strides[0] : 0;
  uint8_t* base = a->buffer->data();
  const uint8_t* mbase = mask->buffer->data();
  const uint8_t* vp = v->buffer->data() + v->offset;
  with_item_type(a->itemsize(), [&](auto tag) {
    using U = decltype(tag);
    const size_t n = item_bytes<U>(a->itemsize());
    for_each_offset2(a->shape, a->strides, a->offset, mask->strides, mask->offset, [&](int64_t pa, int64_t pm) {
      if (!mbase[pm]) return;
      std::memcpy(base + pa, vp, n);
      vp += vstride;
    });
  });
}

}  // namespace

ArrayPtr get_index(const ArrayPtr& a_in, const std::vector<IndexItem>& idx_in) {
  if (index_is_basic(idx_in)) {
    ArrayPtr r = basic_index(a_in, to_basic(idx_in));
    // NumPy: a 0-d integer array acts as an integer but the result is a copy (order 'K').
    for (const IndexItem& i : idx_in)
      if (i.kind == IndexItem::Integer && i.scalar_array) return copy_array(r, 'K');
    return r;
  }
  ArrayPtr a = a_in;
  std::vector<IndexItem> idx = idx_in;
  const std::vector<int> axis_map = expand_bool0(a, idx);
  if (idx.size() == 1 && idx[0].kind == IndexItem::BoolArray && idx[0].array->shape == a->shape &&
      a->ndim() > 0)
    return mask_select(a, idx[0].array);
  const int isz = a->itemsize();
  if (idx.size() == 1 && idx[0].kind == IndexItem::IntArray && a->ndim() == 1 && axis_map.empty() &&
      (isz == 1 || isz == 2 || isz == 4 || isz == 8 || isz == 16))
    return take_1d(a, idx[0].array);
  AdvancedPlan plan = plan_advanced(a, idx, axis_map);
  // every (index, subspace) item is copied below
  ArrayPtr tmp = new_array(tmp_shape(plan), a->descr(), false, Fill::Overwritten);
  const int item = a->itemsize();
  uint8_t* dst = tmp->data();
  const uint8_t* src = a->buffer->data();
  if (plan.basic_shape.empty()) {  // pure gather: one typed load per element
    gather_items(item, src + plan.base_offset, plan.adv_offsets, dst);
    return place_result(tmp, plan);
  }
  if (tmp->size() == 0) return place_result(tmp, plan);
  const int64_t block = shape_size(plan.basic_shape) * item;
  const Strides sub = subspace_strides(plan.basic_shape, plan.basic_strides, item);
  for (size_t k = 0; k < plan.bshape.size(); ++k) {
    int64_t s = block;
    for (size_t j = k + 1; j < plan.bshape.size(); ++j) s *= plan.bshape[j];
    tmp->strides[k] = s;
  }
  for (size_t k = 0; k < sub.size(); ++k) tmp->strides[plan.bshape.size() + k] = sub[k];
  with_item_type(item, [&](auto tag) {
    using U = decltype(tag);
    int64_t at = 0;
    for (int64_t off : plan.adv_offsets) {
      for_each_offset2(plan.basic_shape, plan.basic_strides, wrapping_add(plan.base_offset, off), sub, at,
                       [&](int64_t p, int64_t q) { std::memcpy(dst + q, src + p, item_bytes<U>(item)); });
      at += block;
    }
  });
  return place_result(tmp, plan);
}

void set_index(const ArrayPtr& a_in, const std::vector<IndexItem>& idx_in, const ArrayPtr& value) {
  if (index_is_basic(idx_in)) {
    ArrayPtr dst = basic_index(a_in, to_basic(idx_in));
    // a[i, j, k] = seq on a single element: NumPy's sequence error, not a broadcast one
    if (dst->ndim() == 0 && value->size() != 1 && static_cast<int>(idx_in.size()) >= a_in->ndim()) {
      bool all_int = true;
      for (const IndexItem& i : idx_in) all_int = all_int && i.kind == IndexItem::Integer;
      if (all_int) raise_value_error("setting an array element with a sequence.");
    }
    assign_array(dst, value);
    return;
  }
  if (!a_in->writeable) raise_value_error("assignment destination is read-only");
  ArrayPtr a = a_in;
  std::vector<IndexItem> idx = idx_in;
  const std::vector<int> axis_map = expand_bool0(a, idx);
  if (idx.size() == 1 && idx[0].kind == IndexItem::BoolArray && idx[0].array->ndim() == a->ndim() &&
      a->ndim() > 0) {
    plan_advanced(a, idx);  // the dimension checks and their messages
    set_by_mask(a, idx[0].array, value);
    return;
  }
  // NumPy checks the value against the result shape before it checks the index values.
  AdvancedPlan shape_only = plan_advanced(a, idx, axis_map, false);
  check_value_shape(place_result(new_array(tmp_shape(shape_only), DType::Bool), shape_only)->shape, value->shape);
  AdvancedPlan plan = plan_advanced(a, idx, axis_map);
  // Destination byte offsets laid out like the gather result, then read in its final order.
  ArrayPtr offs = new_array(tmp_shape(plan), DType::Int64);
  int64_t* o = reinterpret_cast<int64_t*>(offs->data());
  for (int64_t off : plan.adv_offsets)
    for_each_offset(plan.basic_shape, plan.basic_strides, wrapping_add(plan.base_offset, off),
                    [&](int64_t p) { *o++ = p; });
  ArrayPtr placed = place_result(offs, plan);
  // Value broadcast to the result shape (leading 1s of the value dropped, as NumPy does).
  ArrayPtr val;
  {
    Shape vs = value->shape;
    while (vs.size() > placed->shape.size() && vs.front() == 1) vs.erase(vs.begin());
    const ArrayPtr cast = value->descr() == a->descr() ? value : astype(value, a->descr());
    val = broadcast_to(reshape(cast, vs), placed->shape);
  }
  uint8_t* base = a->buffer->data();
  const uint8_t* vbase = val->buffer->data();
  const uint8_t* obase = placed->buffer->data();
  with_item_type(a->itemsize(), [&](auto tag) {
    using U = decltype(tag);
    const size_t n = item_bytes<U>(a->itemsize());
    for_each_offset2(placed->shape, placed->strides, placed->offset, val->strides, val->offset,
                     [&](int64_t po, int64_t pv) {
                       int64_t dst;
                       std::memcpy(&dst, obase + po, 8);
                       // memmove: a value viewing the destination's memory may overlap the
                       // item being written (NumPy assigns element by element, reading the
                       // value as it goes; memcpy of overlapping ranges is UB: fuzz_array_ops)
                       std::memmove(base + dst, vbase + pv, n);
                     });
  });
}

}  // namespace sl
