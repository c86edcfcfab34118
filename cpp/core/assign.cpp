#include "core/assign.hpp"

#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/ufunc_cast.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

char resolve_order(const NDArray& a, char order) {
  if (order == 'A' || order == 'K') return (a.is_f_contiguous() && !a.is_c_contiguous()) ? 'F' : 'C';
  return order;
}

// Element-wise converting copy between two same-shape geometries: one typed, strided cast
// loop (NumPy's C-cast semantics, ufunc_cast.hpp) per innermost run, memcpy when both
// sides are contiguous runs of the same dtype.
void convert_copy(const NDArray& dst, const Shape& shape, const Strides& src_strides,
                  const uint8_t* src_base, int64_t src_offset, DType src_dtype) {
  const int nd = static_cast<int>(shape.size());
  for (int64_t d : shape)
    if (d == 0) return;
  uint8_t* dbase = dst.buffer->data();
  const CastFn cast = find_cast(src_dtype, dst.dtype);
  if (nd == 0) {
    cast(reinterpret_cast<const char*>(src_base + src_offset), 0,
         reinterpret_cast<char*>(dbase + dst.offset), 0, 1);
    return;
  }
  const int64_t n = shape[nd - 1], ds = dst.strides[nd - 1], ss = src_strides[nd - 1];
  const bool memcpy_run = src_dtype == dst.dtype && ds == dst.itemsize() && ss == ds;
  Shape outer(shape.begin(), shape.end() - 1);
  Strides douter(dst.strides.begin(), dst.strides.end() - 1), souter(src_strides.begin(), src_strides.end() - 1);
  for_each_offset2(outer, douter, dst.offset, souter, src_offset, [&](int64_t pd, int64_t ps) {
    if (memcpy_run)
      std::memmove(dbase + pd, src_base + ps, static_cast<size_t>(n * ds));
    else
      cast(reinterpret_cast<const char*>(src_base + ps), ss, reinterpret_cast<char*>(dbase + pd), ds, n);
  });
}

}  // namespace

ArrayPtr copy_array(const ArrayPtr& a, char order) {
  return astype(a, a->dtype, order == 'K' ? 'K' : order);
}

ArrayPtr astype(const ArrayPtr& a, DType dtype, char order) {
  ArrayPtr out;
  if (a->size() == 0) {
    out = new_array(a->shape, dtype);  // fresh empty arrays have zero strides
  } else if (order == 'K') {
    out = layout::new_array_in_order(a->shape, dtype, layout::keep_order(*a));
  } else {
    char o = resolve_order(*a, order);
    out = new_array(a->shape, dtype, o == 'F');
  }
  convert_copy(*out, a->shape, a->strides, a->buffer->data(), a->offset, a->dtype);
  return out;
}

bool may_share_memory(const NDArray& a, const NDArray& b) {
  if (a.buffer != b.buffer || a.size() == 0 || b.size() == 0) return false;
  auto [alo, ahi] = a.byte_extent();
  auto [blo, bhi] = b.byte_extent();
  return alo < bhi && blo < ahi;
}

bool shares_memory(const NDArray& a, const NDArray& b) {
  if (!may_share_memory(a, b)) return false;
  // Exact answer: mark the bytes of the smaller array, probe the other's elements.
  // Bounded by the arrays' sizes; fine for the sizes learners inspect.
  const std::pair<int64_t, int64_t> extent = a.byte_extent();
  const int64_t lo = extent.first, hi = extent.second;
  std::vector<uint8_t> mark(alloc_count(hi - lo, sizeof(uint8_t)), 0);
  const int ia = a.itemsize();
  for_each_offset(a.shape, a.strides, a.offset, [&](int64_t p) {
    for (int k = 0; k < ia; ++k) mark[static_cast<size_t>(p - lo + k)] = 1;
  });
  bool hit = false;
  const int ib = b.itemsize();
  for_each_offset(b.shape, b.strides, b.offset, [&](int64_t p) {
    if (hit) return;
    for (int k = 0; k < ib; ++k) {
      int64_t q = p + k;
      if (q >= lo && q < hi && mark[static_cast<size_t>(q - lo)]) { hit = true; return; }
    }
  });
  return hit;
}

void assign_array(const ArrayPtr& dst, const ArrayPtr& src_in) {
  if (!dst->writeable) raise_value_error("assignment destination is read-only");
  ArrayPtr src = src_in;
  // Broadcast src to dst's shape (src may have extra leading size-1 axes, as NumPy allows).
  Shape sshape = src->shape;
  Strides sstrides = src->strides;
  while (sshape.size() > dst->shape.size() && sshape.front() == 1) {
    sshape.erase(sshape.begin());
    sstrides.erase(sstrides.begin());
  }
  bool ok = sshape.size() <= dst->shape.size();
  Strides bstrides(dst->shape.size(), 0);
  if (ok) {
    const size_t lead = dst->shape.size() - sshape.size();
    for (size_t k = 0; k < sshape.size() && ok; ++k) {
      if (sshape[k] == dst->shape[lead + k]) bstrides[lead + k] = sstrides[k];
      else if (sshape[k] == 1) bstrides[lead + k] = 0;
      else ok = false;
    }
  }
  if (!ok)
    raise_value_error("could not broadcast input array from shape " + shape_to_string(src->shape) +
                      " into shape " + shape_to_string(dst->shape));
  if (may_share_memory(*dst, *src)) {
    src = copy_array(src, 'C');
    // re-derive the broadcast strides for the copy (same shape, contiguous)
    Strides cs = src->strides;
    while (cs.size() > sshape.size()) cs.erase(cs.begin());
    const size_t lead = dst->shape.size() - sshape.size();
    for (size_t k = 0; k < sshape.size(); ++k)
      bstrides[lead + k] = sshape[k] == 1 && dst->shape[lead + k] != 1 ? 0 : cs[k];
  }
  convert_copy(*dst, dst->shape, bstrides, src->buffer->data(), src->offset, src->dtype);
}

void fill(const ArrayPtr& dst, const Scalar& value) {
  if (!dst->writeable) raise_value_error("assignment destination is read-only");
  uint8_t buf[8];
  value.cast(dst->dtype).store(buf);
  const int n = dst->itemsize();
  uint8_t* base = dst->buffer->data();
  for_each_offset(dst->shape, dst->strides, dst->offset,
                  [&](int64_t p) { std::memcpy(base + p, buf, static_cast<size_t>(n)); });
}

}  // namespace sl
