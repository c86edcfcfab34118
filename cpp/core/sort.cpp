#include "core/sort.hpp"

#include <algorithm>
#include <cstring>
#include <numeric>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/layout_order.hpp"
#include "core/sort_flex.hpp"
#include "core/sort_kernels.hpp"
#include "core/sort_radix.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

std::string ascii_repr(const std::string& s) {
  // The kinds NumPy echoes back are plain words; quote like Python's repr of such a str.
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = (has_single && !has_double) ? '"' : '\'';
  std::string out(1, q);
  for (char c : s) {
    if (c == q || c == '\\') out += '\\';
    out += c;
  }
  out += q;
  return out;
}

// visit_dtype plus the complex types (sorted lexicographically, sort_kernels.hpp).
template <class F>
decltype(auto) visit_sortable(DType t, F&& f) {
  if (t == DType::Complex64) return f(std::complex<float>{});
  if (t == DType::Complex128) return f(std::complex<double>{});
  return visit_dtype(t, std::forward<F>(f));
}

// Copies a strided lane into a contiguous typed buffer and back.
template <class E>
void gather(const uint8_t* base, int64_t start, int64_t stride, int64_t n, E* out) {
  for (int64_t i = 0; i < n; ++i) std::memcpy(out + i, base + start + i * stride, sizeof(E));
}
template <class E>
void scatter(uint8_t* base, int64_t start, int64_t stride, int64_t n, const E* in) {
  for (int64_t i = 0; i < n; ++i) std::memcpy(base + start + i * stride, in + i, sizeof(E));
}

// Calls f(lane_start_offset) for every 1-d lane of `a` along `axis`.
template <class F>
void for_each_lane(const NDArray& a, int axis, F&& f) {
  Shape s = a.shape;
  s[axis] = 1;
  for_each_offset(s, a.strides, a.offset, f);
}

template <class E>
void run_sort(E* v, int64_t n, SortKind kind) {
  // Every kind sorts values to the same sequence when no two different bit patterns compare
  // equal (sort_radix.hpp): then the radix sort is exact.
  if constexpr (sortk::radix_ok<E>) {
    if (sortk::radix_lane_ok(v, n)) {
      sortk::radix_sort(v, n);
      return;
    }
  }
  switch (kind) {
    case SortKind::Quicksort: sortk::quicksort(v, n); break;
    case SortKind::Heapsort: sortk::heapsort(v, n); break;
    case SortKind::Stable: sortk::stablesort(v, n); break;
  }
}

template <class E>
void run_argsort(const E* v, int64_t* idx, int64_t n, SortKind kind) {
  // The stable radix argsort is the stable answer; for the unstable kinds it is theirs too
  // when there are no ties (else NumPy's tie order needs the real algorithm: redo).
  if constexpr (sortk::radix_ok<E>) {
    if (sortk::radix_lane_ok(v, n)) {
      sortk::radix_argsort(v, idx, n);
      if (kind == SortKind::Stable || !sortk::has_ties(v, idx, n)) return;
      std::iota(idx, idx + n, int64_t(0));
    }
  }
  switch (kind) {
    case SortKind::Quicksort: sortk::aquicksort(v, idx, n); break;
    case SortKind::Heapsort: sortk::aheapsort(v, idx, n); break;
    case SortKind::Stable: sortk::astablesort(v, idx, n); break;
  }
}

// Strided lanes are handled in groups of up to kGroup: their gather/scatter loops run
// element-major, so lanes that are neighbours in memory (sorting axis 0 of a C-ordered
// array) share every cache line they touch instead of each missing on every element.
constexpr size_t kGroup = 8;

// f(group_of_starts) for the lane starts in groups (one lane per group when contiguous).
template <class F>
void for_each_lane_group(const std::vector<int64_t>& starts, bool grouped, F&& f) {
  const size_t g = grouped ? kGroup : 1;
  for (size_t i = 0; i < starts.size(); i += g) f(&starts[i], std::min(g, starts.size() - i));
}

// Sorts every lane of `a` (which must be writeable storage we own or may modify) in place.
void sort_array_inplace(const NDArray& a, int axis, SortKind kind) {
  const int64_t n = a.shape[axis];
  if (n <= 1 || a.size() == 0) return;
  if (dtype_is_flexible(a.dtype)) {  // strings and records: sort_flex
    const Descr d = a.descr();
    uint8_t* base = a.buffer->data();
    for_each_lane(a, axis, [&](int64_t p) {
      check_interrupt();
      sort_flex_lane(d, base, p, a.strides[axis], n, kind);
    });
    return;
  }
  if (dtype_is_swapped(a.dtype)) {  // sort a native copy, write it back swapped
    ArrayPtr self = std::make_shared<NDArray>(a);
    ArrayPtr native = as_native(self);
    sort_array_inplace(*native, axis, kind);
    assign_array(self, native);
    return;
  }
  const int64_t stride = a.strides[axis];
  uint8_t* base = a.buffer->data();
  std::vector<int64_t> starts;
  for_each_lane(a, axis, [&](int64_t p) { starts.push_back(p); });
  visit_sortable(a.dtype, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    const bool grouped = stride != static_cast<int64_t>(sizeof(E));
    if (!grouped) {  // contiguous, aligned lanes are sorted where they are: no lane copy
      bool aligned = true;
      for (int64_t st : starts) aligned = aligned && reinterpret_cast<uintptr_t>(base + st) % alignof(E) == 0;
      if (aligned) {
        for (int64_t st : starts) {
          check_interrupt();
          run_sort(reinterpret_cast<E*>(base + st), n, kind);
        }
        return;
      }
    }
    std::vector<E> buf(alloc_count(alloc_mul(n, grouped ? kGroup : 1), sizeof(E)));
    for_each_lane_group(starts, grouped, [&](const int64_t* st, size_t m) {
      check_interrupt();
      for (int64_t i = 0; i < n; ++i)
        for (size_t b = 0; b < m; ++b) std::memcpy(&buf[b * n + i], base + st[b] + i * stride, sizeof(E));
      for (size_t b = 0; b < m; ++b) run_sort(buf.data() + b * n, n, kind);
      for (int64_t i = 0; i < n; ++i)
        for (size_t b = 0; b < m; ++b) std::memcpy(base + st[b] + i * stride, &buf[b * n + i], sizeof(E));
    });
  });
}

}  // namespace

SortKind parse_sort_kind(const std::string& kind) {
  if (!kind.empty()) {
    switch (kind[0]) {
      case 'q': case 'Q': return SortKind::Quicksort;
      case 'h': case 'H': return SortKind::Heapsort;
      case 'm': case 'M': case 's': case 'S': return SortKind::Stable;
      default: break;
    }
  }
  raise_value_error("sort kind must be one of 'quick', 'heap', or 'stable' (got " +
                    ascii_repr(kind) + ")");
}

void sort_lane(DType dtype, uint8_t* data, int64_t n, SortKind kind) {
  visit_sortable(dtype, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    std::vector<E> buf(alloc_count(n, sizeof(E)));
    if (n > 0) std::memcpy(buf.data(), data, n * sizeof(E));
    run_sort(buf.data(), n, kind);
    if (n > 0) std::memcpy(data, buf.data(), n * sizeof(E));
  });
}

void argsort_lane(DType dtype, const uint8_t* data, int64_t n, int64_t* idx, SortKind kind) {
  std::iota(idx, idx + n, int64_t(0));
  visit_sortable(dtype, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    std::vector<E> buf(alloc_count(n, sizeof(E)));
    if (n > 0) std::memcpy(buf.data(), data, n * sizeof(E));
    run_argsort(buf.data(), idx, n, kind);
  });
}

// np.sort's copy(order='K'): the input's memory order (layout::keep_order, NumPy's
// PyArray_NewLikeArray: C, Fortran, else axes by decreasing |stride|).
ArrayPtr copy_keep_order(const ArrayPtr& a) {
  ArrayPtr out = a->size() == 0 ? new_array(a->shape, a->descr(), false)  // NumPy: zero strides
                                : layout::new_array_in_order(a->shape, a->descr(), layout::keep_order(*a),
                                                            Fill::Overwritten);  // every element is copied
  const int item = a->itemsize();
  const uint8_t* src = a->buffer->data();
  uint8_t* dst = out->buffer->data();
  for_each_offset2(a->shape, a->strides, a->offset, out->strides, out->offset,
                   [&](int64_t ps, int64_t pd) { std::memcpy(dst + pd, src + ps, item); });
  return out;
}

void sort_inplace(const ArrayPtr& a, int64_t axis, const std::string& kind) {
  SortKind k = parse_sort_kind(kind);
  int ax = normalize_axis(axis, a->ndim());
  if (!a->writeable) raise_value_error("sort array is read-only");
  sort_array_inplace(*a, ax, k);
}

ArrayPtr sort(const ArrayPtr& a, std::optional<int64_t> axis, const std::string& kind) {
  SortKind k = parse_sort_kind(kind);
  ArrayPtr out;
  int ax;
  if (!axis) {
    out = ravel(a, 'C');
    if (out->buffer == a->buffer) out = copy_keep_order(out);  // flatten always copies
    ax = 0;
  } else {
    out = copy_keep_order(a);
    ax = normalize_axis(*axis, out->ndim());
  }
  sort_array_inplace(*out, ax, k);
  return out;
}

ArrayPtr argsort(const ArrayPtr& a, std::optional<int64_t> axis, const std::string& kind) {
  // NumPy parses the kind before looking at the axis.
  SortKind k = parse_sort_kind(kind);
  ArrayPtr src = dtype_is_flexible(a->dtype) ? a : as_native(a);
  int ax;
  if (!axis) {
    src = ravel(src, 'C');
    ax = 0;
  } else {
    if (src->ndim() == 0) src = reshape(src, Shape{1});
    ax = normalize_axis(*axis, src->ndim());
  }
  ArrayPtr out = new_array(src->shape, DType::Int64);
  const int64_t n = src->shape[ax];
  if (src->size() == 0) return out;
  if (n <= 1) return out;  // zero-filled: every index is 0
  const int64_t sstride = src->strides[ax], ostride = out->strides[ax];
  const uint8_t* sbase = src->buffer->data();
  uint8_t* obase = out->buffer->data();
  Shape lane_shape = src->shape;
  lane_shape[ax] = 1;
  // Lane starts in the source and the output, in the same (C) order.
  std::vector<int64_t> starts;
  std::vector<int64_t> ostarts;
  for_each_offset2(lane_shape, src->strides, src->offset, out->strides, out->offset,
                   [&](int64_t ps, int64_t po) {
                     starts.push_back(ps);
                     ostarts.push_back(po);
                   });
  if (dtype_is_flexible(src->dtype)) {
    const Descr d = src->descr();
    std::vector<int64_t> idx(alloc_count(n, sizeof(int64_t)));
    for (size_t l = 0; l < starts.size(); ++l) {
      check_interrupt();
      argsort_flex_lane(d, sbase, starts[l], sstride, n, idx.data(), k);
      scatter(obase, ostarts[l], ostride, n, idx.data());
    }
    return out;
  }
  visit_sortable(src->dtype, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    const bool grouped = sstride != static_cast<int64_t>(sizeof(E)) || ostride != 8;
    const size_t g = grouped ? kGroup : 1;
    std::vector<E> buf(alloc_count(alloc_mul(n, g), sizeof(E)));
    std::vector<int64_t> idx(alloc_count(alloc_mul(n, g), sizeof(int64_t)));
    for (size_t l0 = 0; l0 < starts.size(); l0 += g) {
      check_interrupt();
      const size_t m = std::min(g, starts.size() - l0);
      const int64_t* st = &starts[l0];
      const int64_t* ot = &ostarts[l0];
      for (int64_t i = 0; i < n; ++i)
        for (size_t b = 0; b < m; ++b) std::memcpy(&buf[b * n + i], sbase + st[b] + i * sstride, sizeof(E));
      for (size_t b = 0; b < m; ++b) {
        int64_t* ib = idx.data() + b * n;
        std::iota(ib, ib + n, int64_t(0));
        run_argsort(buf.data() + b * n, ib, n, k);
      }
      for (int64_t i = 0; i < n; ++i)
        for (size_t b = 0; b < m; ++b) std::memcpy(obase + ot[b] + i * ostride, &idx[b * n + i], 8);
    }
  });
  return out;
}

ArrayPtr lexsort(const std::vector<ArrayPtr>& keys, int64_t axis) {
  if (keys.empty()) raise_type_error("need sequence of keys with len > 0 in lexsort");
  const ArrayPtr& k0 = keys[0];
  for (size_t i = 1; i < keys.size(); ++i)
    if (keys[i]->shape != k0->shape) raise_value_error("all keys need to be the same shape");
  const int nd = k0->ndim();
  int ax = 0;
  // NumPy lets axis 0 / -1 through for 0-d keys.
  if (!(nd == 0 && (axis == 0 || axis == -1))) ax = normalize_axis(axis, nd);
  ArrayPtr out = new_array(k0->shape, DType::Int64);
  if (nd == 0 || k0->size() <= 1) {
    if (k0->size() > 0) {
      int64_t zero = 0;
      std::memcpy(out->data(), &zero, 8);
    }
    return out;
  }
  const int64_t n = k0->shape[ax];
  Shape lane_shape = k0->shape;
  lane_shape[ax] = 1;
  // Lane start offsets of every key, in the same C order as the output's lanes.
  std::vector<std::vector<int64_t>> starts(keys.size());
  for (size_t j = 0; j < keys.size(); ++j)
    for_each_offset(lane_shape, keys[j]->strides, keys[j]->offset,
                    [&](int64_t p) { starts[j].push_back(p); });
  std::vector<int64_t> idx(alloc_count(n, sizeof(int64_t)));
  size_t lane = 0;
  uint8_t* obase = out->buffer->data();
  const int64_t ostride = out->strides[ax];
  for_each_offset(lane_shape, out->strides, out->offset, [&](int64_t po) {
    check_interrupt();
    std::iota(idx.begin(), idx.end(), int64_t(0));
    // Least significant key first; each pass is a stable argsort of the current order.
    for (size_t j = 0; j < keys.size(); ++j) {
      const NDArray& key = *keys[j];
      visit_sortable(key.dtype, [&](auto tag) {
        using E = sortk::elem_t<decltype(tag)>;
        std::vector<E> buf(alloc_count(n, sizeof(E)));
        gather(key.buffer->data(), starts[j][lane], key.strides[ax], n, buf.data());
        sortk::astablesort(buf.data(), idx.data(), n);
      });
    }
    scatter(obase, po, ostride, n, idx.data());
    ++lane;
  });
  return out;
}

}  // namespace sl
