#include "core/search.hpp"

#include <cstring>
#include <vector>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/sort_kernels.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

// Reads `n` elements (stride in bytes) of array `x` converted to dtype `t`, as E.
template <class E>
std::vector<E> read_as(const ArrayPtr& x, DType t) {
  ArrayPtr c = x->dtype == t ? x : astype(x, t);
  std::vector<E> out;
  out.reserve(alloc_count(c->size()));
  const uint8_t* base = c->buffer->data();
  for_each_offset(c->shape, c->strides, c->offset, [&](int64_t p) {
    E e;
    std::memcpy(&e, base + p, sizeof(E));
    out.push_back(e);
  });
  return out;
}

// binsearch / argbinsearch of NumPy: `sorter` null for the plain search. Returns false when
// a sorter index is out of range (NumPy stops at that point).
template <class E, bool Right>
bool binsearch(const std::vector<E>& arr, const std::vector<E>& keys, const int64_t* sorter,
               int64_t* ret) {
  auto cmp = [](const E& a, const E& b) {
    return Right ? sortk::less_equal(a, b) : sortk::less(a, b);
  };
  const int64_t arr_len = static_cast<int64_t>(arr.size());
  int64_t min_idx = 0, max_idx = arr_len;
  if (keys.empty()) return true;
  E last_key = keys[0];
  for (size_t k = 0; k < keys.size(); ++k) {
    const E key = keys[k];
    // Reusing the previous bounds speeds up sorted keys; it also shapes the answer on
    // unsorted haystacks, which is why we keep it.
    if (cmp(last_key, key)) {
      max_idx = arr_len;
    } else {
      min_idx = 0;
      max_idx = (max_idx < arr_len) ? (max_idx + 1) : arr_len;
    }
    last_key = key;
    while (min_idx < max_idx) {
      const int64_t mid = min_idx + ((max_idx - min_idx) >> 1);
      E mid_val;
      if (sorter) {
        const int64_t s = sorter[mid];
        if (s < 0 || s >= arr_len) return false;
        mid_val = arr[static_cast<size_t>(s)];
      } else {
        mid_val = arr[static_cast<size_t>(mid)];
      }
      if (cmp(mid_val, key)) min_idx = mid + 1;
      else max_idx = mid;
    }
    ret[k] = min_idx;
  }
  return true;
}

}  // namespace

ArrayPtr searchsorted(const ArrayPtr& a, const ArrayPtr& v, const std::string& side,
                      const ArrayPtr& sorter) {
  bool right;
  if (!side.empty() && (side[0] == 'l' || side[0] == 'L')) right = false;
  else if (!side.empty() && (side[0] == 'r' || side[0] == 'R')) right = true;
  else raise_value_error("search side must be 'left' or 'right' (got '" + side + "')");

  const DType t = promote_types(a->dtype, v->dtype);
  if (a->ndim() > 1) raise_value_error("object too deep for desired array");
  if (a->ndim() < 1) raise_value_error("object of too small depth for desired array");

  std::vector<int64_t> perm;
  if (sorter) {
    if (sorter->ndim() != 1) raise_type_error("could not parse sorter argument");
    if (!dtype_is_integer(sorter->dtype)) raise_type_error("sorter must only contain integers");
    if (sorter->dtype == DType::UInt64) raise_value_error("could not parse sorter argument");
    if (sorter->size() != a->size()) raise_value_error("sorter.size must equal a.size");
    perm = read_as<int64_t>(sorter, DType::Int64);
  }

  ArrayPtr out = new_array(v->shape, DType::Int64);
  bool ok = true;
  visit_dtype(t, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    std::vector<E> arr = read_as<E>(a, t);
    std::vector<E> keys = read_as<E>(v, t);
    std::vector<int64_t> res(keys.size());
    const int64_t* sp = sorter ? perm.data() : nullptr;
    ok = right ? binsearch<E, true>(arr, keys, sp, res.data())
               : binsearch<E, false>(arr, keys, sp, res.data());
    if (ok && !res.empty()) std::memcpy(out->data(), res.data(), res.size() * 8);
  });
  if (!ok) raise_value_error("Sorter index out of range.");
  return out;
}

}  // namespace sl
