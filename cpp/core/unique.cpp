#include "core/unique.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>
#include <vector>

#include "core/assign.hpp"
#include "core/sort.hpp"
#include "core/sort_flex.hpp"
#include "core/sort_kernels.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

ArrayPtr int64_vector_array(const std::vector<int64_t>& v, const Shape& shape) {
  ArrayPtr out = new_array(shape, DType::Int64);
  if (!v.empty()) std::memcpy(out->data(), v.data(), v.size() * 8);
  return out;
}

}  // namespace

namespace {
// Run boundaries use NumPy's `aux[1:] != aux[:-1]`: for bool that is the not_equal ufunc,
// which reads every nonzero byte as True, although sorting compared the raw bytes (a view
// may hold bytes other than 0/1).
template <class T, class E>
bool same_value(const E& x, const E& y) {
  if constexpr (std::is_same_v<T, bool>) return (x != 0) == (y != 0);
  else return x == y;
}
}  // namespace

UniqueResult unique(const ArrayPtr& a, bool return_index, bool return_inverse,
                    bool return_counts, bool equal_nan, bool flat_inverse) {
  // ar = a.flatten(): a C-order contiguous copy
  ArrayPtr flat = ravel(a, 'C');
  if (flat->buffer == a->buffer) flat = copy_keep_order(flat);
  const int64_t n = flat->size();
  const int item = flat->itemsize();
  const DType dt = flat->dtype;

  const bool optional_indices = return_index || return_inverse;
  std::vector<int64_t> perm;
  std::vector<uint8_t> aux(alloc_count(alloc_mul(n, item)));
  if (n > 0) std::memcpy(aux.data(), flat->data(), aux.size());
  const bool flexible = dtype_is_flexible(dt);  // strings, records: sort_flex's order
  const Descr descr = flat->descr();
  if (optional_indices) {
    perm.resize(alloc_count(n));
    const SortKind kind = return_index ? SortKind::Stable : SortKind::Quicksort;
    if (flexible) argsort_flex_lane(descr, aux.data(), 0, item, n, perm.data(), kind);
    else argsort_lane(dt, aux.data(), n, perm.data(), kind);
    for (int64_t i = 0; i < n; ++i)
      std::memcpy(aux.data() + i * item, flat->data() + perm[i] * item, item);
  } else if (flexible) {
    sort_flex_lane(descr, aux.data(), 0, item, n, SortKind::Quicksort);
  } else {
    sort_lane(dt, aux.data(), n, SortKind::Quicksort);
  }

  // mask[i]: aux[i] starts a new run
  std::vector<char> mask(alloc_count(n, sizeof(char)), 0);
  if (flexible) {
    if (n > 0) mask[0] = 1;
    for (int64_t i = 1; i < n; ++i)
      mask[i] = compare_items(aux.data() + i * item, aux.data() + (i - 1) * item, descr) != 0;
  } else visit_dtype(dt, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    auto at = [&](int64_t i) {
      E e;
      std::memcpy(&e, aux.data() + i * item, sizeof(E));
      return e;
    };
    if (n == 0) return;
    mask[0] = 1;
    int64_t limit = n;  // runs are compared in [1, limit)
    if constexpr (std::is_floating_point_v<E>) {
      if (equal_nan && at(n - 1) != at(n - 1)) {
        // first NaN (NaNs sort last): np.searchsorted(aux, aux[-1], side='left')
        int64_t lo = 0, hi = n;
        while (lo < hi) {
          int64_t mid = lo + ((hi - lo) >> 1);
          if (sortk::less(at(mid), at(n - 1))) lo = mid + 1;
          else hi = mid;
        }
        limit = lo;
        mask[lo] = 1;
      }
    }
    for (int64_t i = 1; i < limit; ++i) mask[i] = !same_value<decltype(tag)>(at(i), at(i - 1));
  });

  std::vector<int64_t> firsts;  // positions in aux where mask is set
  for (int64_t i = 0; i < n; ++i)
    if (mask[i]) firsts.push_back(i);
  const int64_t m = static_cast<int64_t>(firsts.size());

  UniqueResult r;
  r.values = new_array({m}, descr);
  for (int64_t j = 0; j < m; ++j)
    std::memcpy(r.values->data() + j * item, aux.data() + firsts[j] * item, item);
  if (return_index) {
    std::vector<int64_t> idx(m);
    for (int64_t j = 0; j < m; ++j) idx[j] = perm[firsts[j]];
    r.indices = int64_vector_array(idx, {m});
  }
  if (return_inverse) {
    std::vector<int64_t> inv(alloc_count(n, sizeof(int64_t)));
    int64_t run = -1;
    for (int64_t i = 0; i < n; ++i) {
      if (mask[i]) ++run;
      inv[perm[i]] = run;
    }
    r.inverse = int64_vector_array(inv, flat_inverse ? Shape{n} : a->shape);
  }
  if (return_counts) {
    std::vector<int64_t> cnt(m);
    for (int64_t j = 0; j < m; ++j) cnt[j] = (j + 1 < m ? firsts[j + 1] : n) - firsts[j];
    r.counts = int64_vector_array(cnt, {m});
  }
  return r;
}

UniqueResult unique_axis(const ArrayPtr& a, int64_t axis, bool return_index, bool return_inverse,
                         bool return_counts) {
  const int nd = a->ndim();
  const int ax = normalize_axis(axis, nd);
  // ar = moveaxis(a, axis, 0) as a C-contiguous (n, m) block of rows
  ArrayPtr moved = moveaxis(a, {ax}, {0});
  ArrayPtr rows = copy_array(moved, 'C');
  const int64_t n = moved->shape[0];
  const int64_t m = n == 0 ? 0 : rows->size() / n;
  const int item = a->itemsize();
  const int64_t row_bytes = m * item;
  const uint8_t* base = rows->data();

  std::vector<int64_t> perm(alloc_count(n, sizeof(int64_t)));
  for (int64_t i = 0; i < n; ++i) perm[i] = i;
  std::vector<char> mask(alloc_count(n, sizeof(char)), 0);
  visit_dtype(a->dtype, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    auto at = [&](int64_t r, int64_t c) {
      E e;
      std::memcpy(&e, base + r * row_bytes + c * item, sizeof(E));
      return e;
    };
    // field-by-field comparison of the structured elements (VOID_compare)
    std::stable_sort(perm.begin(), perm.end(), [&](int64_t x, int64_t y) {
      for (int64_t c = 0; c < m; ++c) {
        const E ex = at(x, c), ey = at(y, c);
        if (sortk::less(ex, ey)) return true;
        if (sortk::less(ey, ex)) return false;
      }
      return false;
    });
    for (int64_t i = 0; i < n; ++i) {
      if (i == 0) {
        mask[0] = 1;
        continue;
      }
      bool differ = false;
      for (int64_t c = 0; c < m && !differ; ++c)
        differ = !same_value<decltype(tag)>(at(perm[i], c), at(perm[i - 1], c));
      mask[i] = differ;
    }
  });
  std::vector<int64_t> firsts;
  for (int64_t i = 0; i < n; ++i)
    if (mask[i]) firsts.push_back(i);
  const int64_t k = static_cast<int64_t>(firsts.size());

  UniqueResult r;
  Shape ushape = moved->shape;
  ushape[0] = k;
  ArrayPtr u = new_array(ushape, a->dtype);
  for (int64_t j = 0; j < k; ++j)
    if (row_bytes > 0) std::memcpy(u->data() + j * row_bytes, base + perm[firsts[j]] * row_bytes, row_bytes);
  r.values = moveaxis(u, {0}, {ax});
  if (return_index) {
    std::vector<int64_t> idx(k);
    for (int64_t j = 0; j < k; ++j) idx[j] = perm[firsts[j]];
    r.indices = int64_vector_array(idx, {k});
  }
  if (return_inverse) {
    std::vector<int64_t> inv(alloc_count(n, sizeof(int64_t)));
    int64_t run = -1;
    for (int64_t i = 0; i < n; ++i) {
      if (mask[i]) ++run;
      inv[perm[i]] = run;
    }
    r.inverse = int64_vector_array(inv, {n});
  }
  if (return_counts) {
    std::vector<int64_t> cnt(k);
    for (int64_t j = 0; j < k; ++j) cnt[j] = (j + 1 < k ? firsts[j + 1] : n) - firsts[j];
    r.counts = int64_vector_array(cnt, {k});
  }
  return r;
}

}  // namespace sl
