#include "core/assign.hpp"

#include <algorithm>

#include "core/errors.hpp"
#include "core/byteswap.hpp"
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
// The same, when either side is stored in non-native byte order: each run goes through a
// small native buffer (gather, swap, cast, swap, scatter), as NumPy's swapping casts do.
void convert_copy_swapping(const NDArray& dst, const Shape& shape, const Strides& src_strides,
                           const uint8_t* src_base, int64_t src_offset, DType src_dtype) {
  const DType sn = dtype_native(src_dtype), dn = dtype_native(dst.dtype);
  const int ssize = dtype_itemsize(sn), dsize = dtype_itemsize(dn);
  const CastFn cast = find_cast(sn, dn);
  constexpr int64_t kChunk = 64;
  alignas(16) uint8_t sbuf[kChunk * 16], dbuf[kChunk * 16];
  uint8_t* dbase = dst.buffer->data();
  const int nd = static_cast<int>(shape.size());
  const int64_t n = nd ? shape[nd - 1] : 1;
  const int64_t ds = nd ? dst.strides[nd - 1] : 0, ss = nd ? src_strides[nd - 1] : 0;
  Shape outer(shape.begin(), shape.end() - (nd ? 1 : 0));
  Strides douter(dst.strides.begin(), dst.strides.end() - (nd ? 1 : 0));
  Strides souter(src_strides.begin(), src_strides.end() - (nd ? 1 : 0));
  for_each_offset2(outer, douter, dst.offset, souter, src_offset, [&](int64_t pd, int64_t ps) {
    for (int64_t i0 = 0; i0 < n; i0 += kChunk) {
      const int64_t m = std::min(kChunk, n - i0);
      for (int64_t i = 0; i < m; ++i)
        std::memcpy(sbuf + i * ssize, src_base + ps + (i0 + i) * ss, static_cast<size_t>(ssize));
      if (dtype_is_swapped(src_dtype)) byteswap_strided(sbuf, ssize, m, src_dtype);
      cast(reinterpret_cast<const char*>(sbuf), ssize, reinterpret_cast<char*>(dbuf), dsize, m);
      if (dtype_is_swapped(dst.dtype)) byteswap_strided(dbuf, dsize, m, dst.dtype);
      for (int64_t i = 0; i < m; ++i)
        std::memcpy(dbase + pd + (i0 + i) * ds, dbuf + i * dsize, static_cast<size_t>(dsize));
    }
  });
}

template <int N>
void copy_loop(const char* src, int64_t ss, char* dst, int64_t ds, int64_t n) {
  for (int64_t i = 0; i < n; ++i, src += ss, dst += ds) std::memcpy(dst, src, N);
}
// A byte copy of items of `size` bytes, or null for sizes without a fixed loop.
CastFn same_type_copy(int64_t size) {
  switch (size) {
    case 1: return &copy_loop<1>;
    case 2: return &copy_loop<2>;
    case 4: return &copy_loop<4>;
    case 8: return &copy_loop<8>;
    case 16: return &copy_loop<16>;
    default: return nullptr;
  }
}

// Copies between flexible types (strings, records). Equal descriptors copy bytes; the
// conversions between different ones are not implemented yet.
void convert_copy_flexible(const NDArray& dst, const Shape& shape, const Strides& src_strides,
                           const uint8_t* src_base, int64_t src_offset, const Descr& src_descr) {
  if (!(src_descr == dst.descr())) raise_unsupported_dtype(dtype_is_flexible(dst.dtype) ? dst.dtype : src_descr.type);
  const size_t size = static_cast<size_t>(dst.itemsize());
  uint8_t* dbase = dst.buffer->data();
  for_each_offset2(shape, dst.strides, dst.offset, src_strides, src_offset,
                   [&](int64_t pd, int64_t ps) { std::memmove(dbase + pd, src_base + ps, size); });
}

void convert_copy(const NDArray& dst, const Shape& shape, const Strides& src_strides,
                  const uint8_t* src_base, int64_t src_offset, const Descr& src_descr) {
  const DType src_dtype = src_descr.type;
  const int nd = static_cast<int>(shape.size());
  for (int64_t d : shape)
    if (d == 0) return;
  if (dtype_is_flexible(src_dtype) || dtype_is_flexible(dst.dtype))
    return convert_copy_flexible(dst, shape, src_strides, src_base, src_offset, src_descr);
  if (src_dtype != dst.dtype && (dtype_is_swapped(src_dtype) || dtype_is_swapped(dst.dtype)))
    return convert_copy_swapping(dst, shape, src_strides, src_base, src_offset, src_dtype);
  uint8_t* dbase = dst.buffer->data();
  // Same dtype: a byte copy (swapped types keep their bytes as they are).
  const CastFn cast = src_dtype == dst.dtype ? same_type_copy(dst.itemsize()) : find_cast(src_dtype, dst.dtype);
  if (nd == 0) {
    cast(reinterpret_cast<const char*>(src_base + src_offset), 0,
         reinterpret_cast<char*>(dbase + dst.offset), 0, 1);
    return;
  }
  // A one-element inner run never steps, and a size-1 dimension may carry any stride (NumPy
  // keeps them): stepping a pointer past the last element by a hostile stride overflows it
  // (undefined behaviour even unread; fuzz_array_ops), so such a run gets stride 0.
  const int64_t n = shape[nd - 1];
  const int64_t ds = n == 1 ? 0 : dst.strides[nd - 1], ss = n == 1 ? 0 : src_strides[nd - 1];
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

ArrayPtr as_native(const ArrayPtr& a) {
  if (!dtype_is_swapped(a->dtype)) return a;
  return astype(a, dtype_native(a->dtype), 'K');
}

ArrayPtr copy_array(const ArrayPtr& a, char order) {
  return astype(a, a->descr(), order == 'K' ? 'K' : order);
}

ArrayPtr astype(const ArrayPtr& a, DType dtype, char order) {
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return astype(a, Descr(dtype), order);
}

ArrayPtr astype(const ArrayPtr& a, const Descr& dtype, char order) {
  ArrayPtr out;
  if (a->size() == 0) {
    out = new_array(a->shape, dtype);  // fresh empty arrays have zero strides
  } else if (order == 'K') {
    out = layout::new_array_in_order(a->shape, dtype, layout::keep_order(*a));
  } else {
    char o = resolve_order(*a, order);
    out = new_array(a->shape, dtype, o == 'F');
  }
  convert_copy(*out, a->shape, a->strides, a->buffer->data(), a->offset, a->descr());
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
    raise_value_error("could not broadcast input array from shape " + shape_str_compact(src->shape) +
                      " into shape " + shape_str_compact(dst->shape));
  if (may_share_memory(*dst, *src)) {
    src = copy_array(src, 'C');
    // re-derive the broadcast strides for the copy (same shape, contiguous)
    Strides cs = src->strides;
    while (cs.size() > sshape.size()) cs.erase(cs.begin());
    const size_t lead = dst->shape.size() - sshape.size();
    for (size_t k = 0; k < sshape.size(); ++k)
      bstrides[lead + k] = sshape[k] == 1 && dst->shape[lead + k] != 1 ? 0 : cs[k];
  }
  convert_copy(*dst, dst->shape, bstrides, src->buffer->data(), src->offset, src->descr());
}

void fill(const ArrayPtr& dst, const Scalar& value) {
  if (!dst->writeable) raise_value_error("assignment destination is read-only");
  alignas(16) uint8_t buf[16];
  value.cast(dst->dtype).store(buf);
  const int n = dst->itemsize();
  uint8_t* base = dst->buffer->data();
  for_each_offset(dst->shape, dst->strides, dst->offset,
                  [&](int64_t p) { std::memcpy(base + p, buf, static_cast<size_t>(n)); });
}

}  // namespace sl
