#include "core/diagonals.hpp"

#include <cstring>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/extent.hpp"

namespace sl {

ArrayPtr diagonal(const ArrayPtr& a, int64_t offset, int64_t axis1, int64_t axis2) {
  const int nd = a->ndim();
  if (nd < 2) raise_value_error("diag requires an array of at least two dimensions");
  const int ax1 = normalize_axis(axis1, nd, "axis1");
  const int ax2 = normalize_axis(axis2, nd, "axis2");
  if (ax1 == ax2) raise_value_error("axis1 and axis2 cannot be the same");
  // NumPy's PyArray_Diagonal: the start moves along axis2 (offset >= 0) or axis1.
  int64_t start = a->offset;
  int64_t size = 0;
  const int64_t n1 = a->shape[ax1], n2 = a->shape[ax2];
  const int64_t off = offset >= 0 ? offset : -offset;
  const int64_t dim = offset >= 0 ? n2 : n1;
  const int64_t off_stride = offset >= 0 ? a->strides[ax2] : a->strides[ax1];
  if (off < dim) {
    start += off * off_stride;
    size = std::min(dim - off, offset >= 0 ? n1 : n2);
  }
  Shape shape;
  Strides strides;
  for (int k = 0; k < nd; ++k)
    if (k != ax1 && k != ax2) {
      shape.push_back(a->shape[k]);
      strides.push_back(a->strides[k]);
    }
  shape.push_back(size);
  strides.push_back(a->strides[ax1] + a->strides[ax2]);
  ArrayPtr v = make_view(a, size == 0 ? a->offset : start, shape, strides, a->dtype);
  v->writeable = false;
  return v;
}

namespace {

// Writes `v` (C order, cycled) into the flat positions first, first + step, ... < end of `m`,
// a fresh C-contiguous array of v's dtype.
void put_flat_stepped(const ArrayPtr& m, const ArrayPtr& v, int64_t first, int64_t step, int64_t end) {
  const int isz = m->itemsize();
  std::vector<int64_t> src;
  src.reserve(alloc_count(v->size()));
  for_each_offset(v->shape, v->strides, v->offset, [&](int64_t p) { src.push_back(p); });
  if (src.empty()) return;
  const uint8_t* vb = v->buffer->data();
  size_t k = 0;
  for (int64_t i = first; i < end; i += step) {
    std::memcpy(m->data() + i * isz, vb + src[k], static_cast<size_t>(isz));
    if (++k == src.size()) k = 0;
  }
}

}  // namespace

ArrayPtr diag(const ArrayPtr& v, int64_t k) {
  if (v->ndim() == 2) return diagonal(v, k, 0, 1);
  if (v->ndim() != 1) raise_value_error("Input must be 1- or 2-d.");
  const int64_t n = v->shape[0] + (k >= 0 ? k : -k);
  ArrayPtr res = new_array({n, n}, v->dtype);
  // res[:n-k].flat[i::n+1] = v with i = k (k >= 0) or -k*n
  const int64_t first = k >= 0 ? k : -k * n;
  put_flat_stepped(res, v, first, n + 1, first + v->shape[0] * (n + 1));
  return res;
}

ArrayPtr diagflat(const ArrayPtr& v, int64_t k) {
  const int64_t s = v->size();
  const int64_t n = s + (k >= 0 ? k : -k);
  ArrayPtr res = new_array({n, n}, v->dtype);
  // fi = i + k + i*n (k >= 0) or i + (i - k)*n: the same stepped walk as diag.
  const int64_t first = k >= 0 ? k : -k * n;
  put_flat_stepped(res, v, first, n + 1, first + s * (n + 1));  // v walked in C order
  return res;
}

void fill_diagonal(const ArrayPtr& a, const ArrayPtr& val, bool wrap) {
  const int nd = a->ndim();
  if (nd < 2) raise_value_error("array must be at least 2-d");
  int64_t end = a->size();
  int64_t step;
  if (nd == 2) {
    step = a->shape[1] + 1;
    if (!wrap) end = std::min(end, a->shape[1] * a->shape[1]);
  } else {
    for (int k = 1; k < nd; ++k)
      if (a->shape[k] != a->shape[0]) raise_value_error("All dimensions of input must be of equal length");
    step = 1;
    int64_t prod = 1;
    for (int k = 0; k < nd - 1; ++k) {
      prod *= a->shape[k];
      step += prod;
    }
  }
  if (!a->writeable) raise_value_error("assignment destination is read-only");
  if (val->size() == 0) return;
  // a.flat[:end:step] = val: flat positions are C-order element numbers of a (any layout).
  std::vector<int64_t> src;
  for_each_offset(val->shape, val->strides, val->offset, [&](int64_t p) { src.push_back(p); });
  const uint8_t* vb = val->buffer->data();
  const bool same = val->dtype == a->dtype;
  std::vector<int64_t> idx(alloc_count(nd, sizeof(int64_t)));
  size_t k = 0;
  for (int64_t i = 0; i < end; i += step) {
    int64_t f = i;
    for (int d = nd - 1; d >= 0; --d) {
      idx[static_cast<size_t>(d)] = f % a->shape[d];
      f /= a->shape[d];
    }
    uint8_t* dst = a->buffer->data() + a->byte_offset(idx.data());
    if (same) std::memcpy(dst, vb + src[k], static_cast<size_t>(a->itemsize()));
    else Scalar::load(vb + src[k], val->dtype).cast(a->dtype).store(dst);
    if (++k == src.size()) k = 0;
  }
}

std::pair<int64_t, int> diag_indices_from_shape(const ArrayPtr& a) {
  if (a->ndim() < 2) raise_value_error("input array must be at least 2-d");
  for (int k = 1; k < a->ndim(); ++k)
    if (a->shape[k] != a->shape[0]) raise_value_error("All dimensions of input must be of equal length");
  return {a->shape[0], a->ndim()};
}

}  // namespace sl
