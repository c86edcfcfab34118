#include "core/sort_flex.hpp"

#include <cstring>
#include <numeric>

#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/sort.hpp"
#include "core/sort_kernels.hpp"

namespace sl {
namespace flexsort {

// One item as the kernels see it: where its bytes are and their type. `less` is found by
// argument-dependent lookup from sort_kernels' templates.
struct ItemRef {
  const uint8_t* p = nullptr;
  const Descr* d = nullptr;
};
inline bool less(const ItemRef& a, const ItemRef& b) { return compare_items(a.p, b.p, *a.d) < 0; }

}  // namespace flexsort

namespace {

template <class T>
int three_way(const T& a, const T& b) {
  return sortk::less(a, b) ? -1 : sortk::less(b, a) ? 1 : 0;
}

int compare_numbers(const uint8_t* a, const uint8_t* b, DType t) {
  const Scalar x = Scalar::load(a, t), y = Scalar::load(b, t);  // native values
  const DType n = dtype_native(t);
  if (n == DType::Bool) return three_way<int>(x.v.b ? 1 : 0, y.v.b ? 1 : 0);
  if (dtype_is_complex(n))
    return three_way(std::complex<double>(x.v.f, x.im), std::complex<double>(y.v.f, y.im));
  if (dtype_is_float(n)) return three_way(x.v.f, y.v.f);
  if (dtype_is_unsigned(n)) return three_way(x.v.u, y.v.u);
  return three_way(x.v.i, y.v.i);
}

}  // namespace

int compare_items(const uint8_t* a, const uint8_t* b, const Descr& d) {
  if (!d.flex) return compare_numbers(a, b, d.type);
  if (d.type == DType::Str) {
    const int64_t n = d.itemsize() / 4;
    for (int64_t k = 0; k < n; ++k) {
      uint32_t x, y;
      std::memcpy(&x, a + 4 * k, 4);
      std::memcpy(&y, b + 4 * k, 4);
      if (x != y) return x < y ? -1 : 1;
    }
    return 0;
  }
  if (d.is_subarray()) {
    const Descr& base = d.subarray_base();
    const int64_t step = base.itemsize();
    const int64_t n = step == 0 ? 0 : d.itemsize() / step;
    for (int64_t k = 0; k < n; ++k)
      if (int r = compare_items(a + k * step, b + k * step, base)) return r;
    return 0;
  }
  if (d.has_fields()) {
    for (const Field& f : d.fields())
      if (int r = compare_items(a + f.offset, b + f.offset, f.type)) return r;
    return 0;
  }
  // 'S' and unstructured void: the bytes as unsigned chars
  const int r = d.itemsize() > 0 ? std::memcmp(a, b, static_cast<size_t>(d.itemsize())) : 0;
  return r < 0 ? -1 : r > 0 ? 1 : 0;
}

void sort_flex_lane(const Descr& d, uint8_t* base, int64_t start, int64_t stride, int64_t n, SortKind kind) {
  const int64_t item = d.itemsize();
  if (n <= 1 || item == 0) return;  // NumPy: zero-sized items are not sorted
  std::vector<flexsort::ItemRef> refs(alloc_count(n, sizeof(flexsort::ItemRef)));
  for (int64_t i = 0; i < n; ++i) refs[static_cast<size_t>(i)] = {base + start + i * stride, &d};
  switch (kind) {
    case SortKind::Quicksort: sortk::quicksort(refs.data(), n); break;
    case SortKind::Heapsort: sortk::heapsort(refs.data(), n); break;
    case SortKind::Stable: sortk::stablesort(refs.data(), n); break;
  }
  std::vector<uint8_t> sorted(alloc_count(alloc_mul(n, item)));
  for (int64_t i = 0; i < n; ++i) std::memcpy(&sorted[static_cast<size_t>(i * item)], refs[static_cast<size_t>(i)].p, static_cast<size_t>(item));
  for (int64_t i = 0; i < n; ++i) std::memcpy(base + start + i * stride, &sorted[static_cast<size_t>(i * item)], static_cast<size_t>(item));
}

void argsort_flex_lane(const Descr& d, const uint8_t* base, int64_t start, int64_t stride, int64_t n,
                       int64_t* idx, SortKind kind) {
  std::iota(idx, idx + n, int64_t(0));
  if (n <= 1 || d.itemsize() == 0) return;
  std::vector<flexsort::ItemRef> refs(alloc_count(n, sizeof(flexsort::ItemRef)));
  for (int64_t i = 0; i < n; ++i) refs[static_cast<size_t>(i)] = {base + start + i * stride, &d};
  switch (kind) {
    case SortKind::Quicksort: sortk::aquicksort(refs.data(), idx, n); break;
    case SortKind::Heapsort: sortk::aheapsort(refs.data(), idx, n); break;
    case SortKind::Stable: sortk::astablesort(refs.data(), idx, n); break;
  }
}

Descr reorder_fields(const Descr& d, const std::vector<std::string>& order) {
  if (!d.has_fields()) raise_value_error("Cannot specify order when the array has no fields.");
  std::vector<Field> rest = d.fields();
  std::vector<Field> front;
  for (const std::string& name : order) {
    bool found = false;
    for (size_t k = 0; k < rest.size(); ++k)
      if (rest[k].name == name) {
        front.push_back(rest[k]);
        rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(k));
        found = true;
        break;
      }
    if (found) continue;
    for (const Field& f : front)
      if (f.name == name) raise_value_error("duplicate field name: " + name);
    raise_value_error("unknown field name: " + name);
  }
  auto info = std::make_shared<FlexInfo>(*d.flex);
  info->fields = front;
  info->fields.insert(info->fields.end(), rest.begin(), rest.end());
  return Descr(d.type, info);
}

}  // namespace sl
