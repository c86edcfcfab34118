// assign.hpp — moving values between arrays: copies in a chosen memory order, assignment
// into views with broadcasting and dtype casting (a[::2] = b, a[:, 1] = 5), and astype.
// Assignment is overlap-safe: when source and destination share bytes the source is copied
// first, so `a[1:] = a[:-1]` gives NumPy's result.
#pragma once
#include "core/ndarray.hpp"

namespace sl {

// order: 'C', 'F', 'A' (F if a is F-contiguous and not C-contiguous, else C),
// 'K' (keep: like 'A' for the layouts we distinguish).
ArrayPtr copy_array(const ArrayPtr& a, char order = 'C');
ArrayPtr astype(const ArrayPtr& a, DType dtype, char order = 'K');
ArrayPtr astype(const ArrayPtr& a, const Descr& dtype, char order = 'K');
// `a` itself when stored in native byte order, else a native copy (what typed kernels need:
// NumPy casts non-native operands before its loops the same way).
ArrayPtr as_native(const ArrayPtr& a);
// dst[...] = src with broadcasting; raises ValueError "could not broadcast input array from
// shape (3,) into shape (4,)" and "assignment destination is read-only".
void assign_array(const ArrayPtr& dst, const ArrayPtr& src);
void fill(const ArrayPtr& dst, const Scalar& value);
// True when the two arrays' element byte ranges intersect (np.shares_memory's answer for
// the cases we can decide exactly, see shares_memory in the .cpp).
bool may_share_memory(const NDArray& a, const NDArray& b);
bool shares_memory(const NDArray& a, const NDArray& b);

// Visits two geometries of the same shape in lockstep (C order), f(byte_off_a, byte_off_b).
template <class F>
void for_each_offset2(const Shape& shape, const Strides& sa, int64_t start_a, const Strides& sb,
                      int64_t start_b, F&& f) {
  const int nd = static_cast<int>(shape.size());
  for (int k = 0; k < nd; ++k)
    if (shape[k] == 0) return;
  if (nd == 0) { f(start_a, start_b); return; }
  std::vector<int64_t> idx(nd, 0);
  const int64_t n = shape[nd - 1], ia = sa[nd - 1], ib = sb[nd - 1];
  int64_t ba = start_a, bb = start_b;
  for (;;) {
    // steps past an axis' last element wrap, as in for_each_offset (ndarray.hpp)
    int64_t pa = ba, pb = bb;
    for (int64_t i = 0; i < n; ++i, pa = wrapping_add(pa, ia), pb = wrapping_add(pb, ib)) f(pa, pb);
    int k = nd - 2;
    for (; k >= 0; --k) {
      ba = wrapping_add(ba, sa[k]);
      bb = wrapping_add(bb, sb[k]);
      if (++idx[k] < shape[k]) break;
      ba = wrapping_sub(ba, wrapping_mul(sa[k], shape[k]));
      bb = wrapping_sub(bb, wrapping_mul(sb[k], shape[k]));
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

}  // namespace sl
