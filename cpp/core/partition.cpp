#include "core/partition.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>
#include <type_traits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/sort.hpp"
#include "core/sort_kernels.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

constexpr int64_t kMaxPivotStack = 50;  // NPY_MAX_PIVOT_STACK

template <class T>
inline bool less(const T& a, const T& b) {
  if constexpr (std::is_floating_point_v<T>) return a < b || (b != b && a == a);
  else return a < b;
}

int msb(uint64_t n) {  // npy_get_msb
  int depth = 0;
  while (n >>= 1) ++depth;
  return depth;
}

void store_pivot(int64_t pivot, int64_t kth, int64_t* pivots, int64_t* npiv) {
  if (!pivots) return;
  if (pivot == kth && *npiv == kMaxPivotStack) pivots[*npiv - 1] = pivot;
  else if (pivot >= kth && *npiv < kMaxPivotStack) pivots[(*npiv)++] = pivot;
}

// The selection works on `v` directly (partition) or on `tosort`, an index permutation of
// v (argpartition); `at(i)` reads the i-th element in the current order and `swap(i, j)`
// exchanges positions i and j. Offsets (v + low / tosort + low in NumPy) are folded into
// `base`.
template <class T, bool Arg>
struct Sel {
  T* v;
  int64_t* tosort;
  T at(int64_t i) const {
    if constexpr (Arg) return v[tosort[i]];
    else return v[i];
  }
  void swap(int64_t i, int64_t j) const {
    if constexpr (Arg) std::swap(tosort[i], tosort[j]);
    else std::swap(v[i], v[j]);
  }
  Sel shifted(int64_t off) const {
    if constexpr (Arg) return Sel{v, tosort + off};
    else return Sel{v + off, tosort};
  }
};

template <class T, bool Arg>
int introselect(Sel<T, Arg> s, int64_t num, int64_t kth, int64_t* pivots, int64_t* npiv);

template <class T, bool Arg>
void median3_swap(const Sel<T, Arg>& s, int64_t low, int64_t mid, int64_t high) {
  if (less(s.at(high), s.at(mid))) s.swap(high, mid);
  if (less(s.at(high), s.at(low))) s.swap(high, low);
  if (less(s.at(low), s.at(mid))) s.swap(low, mid);
  s.swap(mid, low + 1);
}

template <class T, bool Arg>
int64_t median5(const Sel<T, Arg>& s) {
  if (less(s.at(1), s.at(0))) s.swap(1, 0);
  if (less(s.at(4), s.at(3))) s.swap(4, 3);
  if (less(s.at(3), s.at(0))) s.swap(3, 0);
  if (less(s.at(4), s.at(1))) s.swap(4, 1);
  if (less(s.at(2), s.at(1))) s.swap(2, 1);
  if (less(s.at(3), s.at(2))) return less(s.at(3), s.at(1)) ? 1 : 3;
  return 2;
}

template <class T, bool Arg>
void unguarded_partition(const Sel<T, Arg>& s, const T pivot, int64_t* ll, int64_t* hh) {
  for (;;) {
    do ++*ll;
    while (less(s.at(*ll), pivot));
    do --*hh;
    while (less(pivot, s.at(*hh)));
    if (*hh < *ll) break;
    s.swap(*ll, *hh);
  }
}

template <class T, bool Arg>
int64_t median_of_median5(const Sel<T, Arg>& s, int64_t num) {
  const int64_t nmed = num / 5;
  for (int64_t i = 0, subleft = 0; i < nmed; ++i, subleft += 5) {
    const int64_t m = median5(s.shifted(subleft));
    s.swap(subleft + m, i);
  }
  if (nmed > 2) introselect(s, nmed, nmed / 2, nullptr, nullptr);
  return nmed / 2;
}

template <class T, bool Arg>
void dumb_select(const Sel<T, Arg>& s, int64_t num, int64_t kth) {
  for (int64_t i = 0; i <= kth; ++i) {
    int64_t minidx = i;
    T minval = s.at(i);
    for (int64_t k = i + 1; k < num; ++k)
      if (less(s.at(k), minval)) {
        minidx = k;
        minval = s.at(k);
      }
    s.swap(i, minidx);
  }
}

template <class T, bool Arg>
int introselect(Sel<T, Arg> s, int64_t num, int64_t kth, int64_t* pivots, int64_t* npiv) {
  int64_t low = 0, high = num - 1;
  if (!npiv) pivots = nullptr;
  while (pivots && *npiv > 0) {
    if (pivots[*npiv - 1] > kth) {
      high = pivots[*npiv - 1] - 1;
      break;
    }
    if (pivots[*npiv - 1] == kth) return 0;
    low = pivots[*npiv - 1] + 1;
    --*npiv;
  }
  if (kth - low < 3) {
    dumb_select(s.shifted(low), high - low + 1, kth - low);
    store_pivot(kth, kth, pivots, npiv);
    return 0;
  }
  if (!std::is_integral_v<T> && kth == num - 1) {
    int64_t maxidx = low;
    T maxval = s.at(low);
    for (int64_t k = low + 1; k < num; ++k)
      if (!less(s.at(k), maxval)) {
        maxidx = k;
        maxval = s.at(k);
      }
    s.swap(kth, maxidx);
    return 0;
  }
  int depth_limit = msb(static_cast<uint64_t>(num)) * 2;
  while (low + 1 < high) {
    int64_t ll = low + 1, hh = high;
    if (depth_limit > 0 || hh - ll < 5) {
      median3_swap(s, low, low + (high - low) / 2, high);
    } else {
      const int64_t mid = ll + median_of_median5(s.shifted(ll), hh - ll);
      s.swap(mid, low);
      --ll;
      ++hh;
    }
    --depth_limit;
    unguarded_partition(s, s.at(low), &ll, &hh);
    s.swap(low, hh);
    if (hh != kth) store_pivot(hh, kth, pivots, npiv);
    if (hh >= kth) high = hh - 1;
    if (hh <= kth) low = ll;
  }
  if (high == low + 1 && less(s.at(high), s.at(low))) s.swap(high, low);
  store_pivot(kth, kth, pivots, npiv);
  return 0;
}

std::vector<int64_t> normalized_kth(const std::vector<int64_t>& kth, int64_t n) {
  std::vector<int64_t> k;
  for (int64_t x : kth) {
    const int64_t v = x < 0 ? x + n : x;
    if (v < 0 || v >= n)
      raise_value_error("kth(=" + std::to_string(x) + ") out of bounds (" + std::to_string(n) + ")");
    k.push_back(v);
  }
  std::sort(k.begin(), k.end());
  return k;
}

// Partitions every lane of `a` along `axis` (a is writeable storage we may modify);
// with `idx` (same shape, int64, C order) the lanes' argpartition goes there instead.
void partition_lanes(const ArrayPtr& a, int axis, const std::vector<int64_t>& kth_in, const ArrayPtr& idx) {
  const int64_t n = a->shape[static_cast<size_t>(axis)];
  if (a->size() == 0) return;
  const std::vector<int64_t> kth = normalized_kth(kth_in, n);
  Shape lane_shape = a->shape;
  lane_shape[static_cast<size_t>(axis)] = 1;
  const int64_t st = a->strides[static_cast<size_t>(axis)];
  const int64_t ist = idx ? idx->strides[static_cast<size_t>(axis)] : 0;
  visit_dtype(a->dtype, [&](auto tag) {
    // bool is partitioned as its raw byte (NumPy compares npy_bool bytes): a view may hold
    // bytes other than 0/1, which must never be loaded as a C++ bool (undefined behaviour)
    using T = sortk::elem_t<decltype(tag)>;
    std::unique_ptr<T[]> lane(new T[static_cast<size_t>(n)]);
    std::vector<int64_t> perm(alloc_count(n, sizeof(int64_t)));
    int64_t pivots[kMaxPivotStack];
    const Strides istr = idx ? idx->strides : a->strides;
    for_each_offset2(lane_shape, a->strides, a->offset, istr, idx ? idx->offset : 0, [&](int64_t pa, int64_t pi) {
      check_interrupt();
      uint8_t* base = a->buffer->data() + pa;
      for (int64_t i = 0; i < n; ++i) std::memcpy(&lane[static_cast<size_t>(i)], base + i * st, sizeof(T));
      int64_t npiv = 0;
      if (idx) {
        for (int64_t i = 0; i < n; ++i) perm[static_cast<size_t>(i)] = i;
        for (int64_t k : kth) introselect(Sel<T, true>{lane.get(), perm.data()}, n, k, pivots, &npiv);
        uint8_t* ib = idx->buffer->data() + pi;
        for (int64_t i = 0; i < n; ++i) std::memcpy(ib + i * ist, &perm[static_cast<size_t>(i)], 8);
      } else {
        for (int64_t k : kth) introselect(Sel<T, false>{lane.get(), nullptr}, n, k, pivots, &npiv);
        for (int64_t i = 0; i < n; ++i) std::memcpy(base + i * st, &lane[static_cast<size_t>(i)], sizeof(T));
      }
    });
  });
}

}  // namespace

void partition_inplace(const ArrayPtr& a, const std::vector<int64_t>& kth, int64_t axis) {
  if (a->ndim() == 0) raise_axis_error("axis " + std::to_string(axis) + " is out of bounds for array of dimension 0");
  const int ax = normalize_axis(axis, a->ndim());
  if (!a->writeable) raise_value_error("partition array is read-only");
  partition_lanes(a, ax, kth, nullptr);
}

ArrayPtr partition(const ArrayPtr& a, const std::vector<int64_t>& kth, std::optional<int64_t> axis) {
  ArrayPtr r = axis ? copy_keep_order(a) : copy_array(ravel(a, 'C'), 'C');  // a.flatten(): owns its data
  if (!axis) {
    partition_lanes(r, 0, kth, nullptr);
    return r;
  }
  if (r->ndim() == 0) raise_axis_error("axis " + std::to_string(*axis) + " is out of bounds for array of dimension 0");
  partition_lanes(r, normalize_axis(*axis, r->ndim()), kth, nullptr);
  return r;
}

ArrayPtr argpartition(const ArrayPtr& a, const std::vector<int64_t>& kth, std::optional<int64_t> axis) {
  ArrayPtr src = axis ? a : ravel(a, 'C');
  if (src->ndim() == 0) {
    // NumPy's argpartition of a 0-d array works on it as shape (1,) (like argsort)
    if (axis && *axis != 0 && *axis != -1)
      raise_axis_error("axis " + std::to_string(*axis) + " is out of bounds for array of dimension 1");
    src = reshape(src, {1});
  }
  const int ax = normalize_axis(axis ? *axis : 0, src->ndim());
  ArrayPtr work = copy_array(src, 'C');  // selection reads a private copy; the data stays unchanged
  ArrayPtr idx = new_array(src->shape, DType::Int64);
  partition_lanes(work, ax, kth, idx);
  return idx;
}

}  // namespace sl
