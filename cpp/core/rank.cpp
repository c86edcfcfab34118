

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/rank.hpp"
#include "core/reduce_pairwise.hpp"
#include "core/sort.hpp"
#include "core/sort_kernels.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <vector>

namespace sl {

namespace {


// np.isnan(np.sum(lane)): the reduction starts from the first element and adds the rest
// pairwise.
template <class T>
bool sum_is_nan(const T* a, int64_t n) {
  if (n == 0) return false;
  T s = a[0];
  s += pairwise_sum_contig(a + 1, n - 1);
  return std::isnan(s);
}

enum class Method { Average, Min, Max, Dense, Ordinal };

Method parse_method(const std::string& m) {
  if (m == "average") return Method::Average;
  if (m == "min") return Method::Min;
  if (m == "max") return Method::Max;
  if (m == "dense") return Method::Dense;
  if (m == "ordinal") return Method::Ordinal;
  raise_value_error("unknown method \"" + m + "\"");
}

void check_nan_policy(const std::string& p) {
  if (p != "propagate" && p != "raise" && p != "omit")
    raise_value_error("nan_policy must be one of {'propagate', 'raise', 'omit'}");
}

// scipy's rankdata on one contiguous lane (axis=None body). Returns a 1-d array.
ArrayPtr rank1d(DType dt, const uint8_t* data, int64_t n, Method method,
                const std::string& nan_policy) {
  check_nan_policy(nan_policy);
  bool contains_nan = false;
  std::vector<char> nan_at;
  visit_dtype(dt, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    if constexpr (std::is_floating_point_v<E>) {
      std::vector<E> v(alloc_count(n, sizeof(E)));
      if (n > 0) std::memcpy(v.data(), data, n * sizeof(E));
      contains_nan = sum_is_nan(v.data(), n);
      if (contains_nan && nan_policy == "omit") {
        nan_at.resize(alloc_count(n));
        for (int64_t i = 0; i < n; ++i) nan_at[i] = std::isnan(v[i]);
      }
    }
  });
  if (contains_nan && nan_policy == "raise") raise_value_error("The input contains nan values");
  if (contains_nan && nan_policy == "propagate") {
    ArrayPtr out = new_array({n}, dt);  // np.full_like(arr, np.nan)
    fill(out, Scalar::from_double(std::numeric_limits<double>::quiet_NaN()));
    return out;
  }

  std::vector<int64_t> sorter(alloc_count(n, sizeof(int64_t)));
  argsort_lane(dt, data, n, sorter.data(),
               method == Method::Ordinal ? SortKind::Stable : SortKind::Quicksort);
  std::vector<int64_t> inv(alloc_count(n, sizeof(int64_t)));
  for (int64_t i = 0; i < n; ++i) inv[sorter[i]] = i;

  // obs[i]: sorted element i differs from its predecessor (NaN != NaN)
  std::vector<char> obs(alloc_count(n, sizeof(char)), 1);
  const int item = dtype_itemsize(dt);
  visit_dtype(dt, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    auto at = [&](int64_t i) {
      E e;
      std::memcpy(&e, data + sorter[i] * item, sizeof(E));
      return e;
    };
    for (int64_t i = 1; i < n; ++i) obs[i] = !(at(i) == at(i - 1));
  });
  // dense rank of each sorted position, and count[k] = start of run k (count[last] = n)
  std::vector<int64_t> dense_sorted(alloc_count(n, sizeof(int64_t))), count;
  int64_t run = 0;
  for (int64_t i = 0; i < n; ++i) {
    if (obs[i]) {
      ++run;
      count.push_back(i);
    }
    dense_sorted[i] = run;
  }
  count.push_back(n);

  const bool as_float = method == Method::Average || !nan_at.empty();
  ArrayPtr out = new_array({n}, as_float ? DType::Float64 : DType::Int64);
  for (int64_t i = 0; i < n; ++i) {
    const int64_t d = dense_sorted[inv[i]];
    int64_t r = 0;
    double f = 0;
    switch (method) {
      case Method::Ordinal: r = inv[i] + 1; break;
      case Method::Dense: r = d; break;
      case Method::Max: r = count[d]; break;
      case Method::Min: r = count[d - 1] + 1; break;
      case Method::Average: f = .5 * static_cast<double>(count[d] + count[d - 1] + 1); break;
    }
    if (method != Method::Average) f = static_cast<double>(r);
    if (!nan_at.empty() && nan_at[i]) f = std::numeric_limits<double>::quiet_NaN();
    if (as_float) std::memcpy(out->data() + i * 8, &f, 8);
    else std::memcpy(out->data() + i * 8, &r, 8);
  }
  return out;
}

// Contiguous copy of one lane of `a` along `axis` starting at byte offset `start`.
std::vector<uint8_t> lane_bytes(const NDArray& a, int axis, int64_t start) {
  const int64_t n = a.shape[axis], st = a.strides[axis];
  const int item = a.itemsize();
  std::vector<uint8_t> out(alloc_count(alloc_mul(n, item)));
  for (int64_t i = 0; i < n; ++i) std::memcpy(out.data() + i * item, a.buffer->data() + start + i * st, item);
  return out;
}

std::vector<uint8_t> flat_bytes(const ArrayPtr& a) {
  ArrayPtr c = copy_keep_order(ravel(a, 'C'));
  std::vector<uint8_t> out(alloc_count(c->nbytes(), sizeof(uint8_t)));
  if (!out.empty()) std::memcpy(out.data(), c->data(), out.size());
  return out;
}

// np.apply_along_axis(func1d, axis, a) for a 1-d -> 1-d func of the lane's length: the
// result is transpose(buff) where buff holds the lanes last, in C order.
template <class F>
ArrayPtr apply_along_axis(const ArrayPtr& a, int ax, F&& func1d) {
  const int nd = a->ndim();
  Shape lane_shape = a->shape;
  lane_shape[ax] = 1;
  std::vector<int64_t> starts;
  // ndindex over the other axes in C order == the C-order walk of lane_shape
  for_each_offset(lane_shape, a->strides, a->offset, [&](int64_t p) { starts.push_back(p); });
  Shape buff_shape;
  for (int k = 0; k < nd; ++k)
    if (k != ax) buff_shape.push_back(a->shape[k]);
  const int64_t n = a->shape[ax];
  buff_shape.push_back(n);
  ArrayPtr buff;
  for (size_t l = 0; l < starts.size(); ++l) {
    std::vector<uint8_t> lane = lane_bytes(*a, ax, starts[l]);
    ArrayPtr res = func1d(lane.data(), n);
    if (!buff) buff = new_array(buff_shape, res->dtype);
    // buff[ind] = res (with casting), the lanes being contiguous rows of buff
    ArrayPtr row = make_view(buff, buff->offset + static_cast<int64_t>(l) * n * buff->itemsize(),
                             {n}, {buff->itemsize()}, buff->dtype);
    assign_array(row, res);
  }
  std::vector<int64_t> perm;
  for (int k = 0; k < ax; ++k) perm.push_back(k);
  perm.push_back(nd - 1);
  for (int k = ax; k < nd - 1; ++k) perm.push_back(k);
  return transpose(buff, &perm);
}

}  // namespace

ArrayPtr rankdata(const ArrayPtr& a, const std::string& method, std::optional<int64_t> axis,
                  const std::string& nan_policy) {
  const Method m = parse_method(method);
  if (axis) {
    if (a->size() == 0) {
      normalize_axis(*axis, a->ndim());
      return new_array(a->shape, m == Method::Average ? DType::Float64 : DType::Int64);
    }
    const int ax = normalize_axis(*axis, a->ndim());
    const DType dt = a->dtype;
    return apply_along_axis(a, ax, [&](const uint8_t* lane, int64_t n) {
      return rank1d(dt, lane, n, m, nan_policy);
    });
  }
  std::vector<uint8_t> flat = flat_bytes(a);
  return rank1d(a->dtype, flat.data(), a->size(), m, nan_policy);
}

namespace {

// mstats _rank1d on one lane: `data` raw lane bytes, `masked` per element.
ArrayPtr mstats_rank1d(DType dt, const uint8_t* data, const std::vector<char>& masked,
                       int64_t n, bool use_missing) {
  const int item = dtype_itemsize(dt);
  int64_t count = 0;
  for (int64_t i = 0; i < n; ++i) count += !masked[i];
  // data.argsort(): masked entries filled with NaN (floats) or the type's maximum, quicksort
  std::vector<uint8_t> filled(data, data + n * item);
  visit_dtype(dt, [&](auto tag) {
    using E = sortk::elem_t<decltype(tag)>;
    E fillv;
    if constexpr (std::is_floating_point_v<E>) fillv = std::numeric_limits<E>::quiet_NaN();
    else if constexpr (std::is_same_v<decltype(tag), bool>) fillv = 1;
    else fillv = std::numeric_limits<E>::max();
    for (int64_t i = 0; i < n; ++i)
      if (masked[i]) std::memcpy(filled.data() + i * item, &fillv, sizeof(E));
  });
  std::vector<int64_t> idx(alloc_count(n, sizeof(int64_t)));
  argsort_lane(dt, filled.data(), n, idx.data(), SortKind::Quicksort);
  std::vector<double> rk(alloc_count(n, sizeof(double)));
  for (int64_t i = 0; i < n; ++i)
    rk[idx[i]] = i < count ? static_cast<double>(i + 1) : (use_missing ? (count + 1) / 2. : 0.);
  // Ties among unmasked values, compared as float64 (find_repeats works on float64), get
  // the mean of their ranks; they sit next to each other in the sorted order.
  std::vector<double> val(alloc_count(n, sizeof(double)));
  for (int64_t i = 0; i < n; ++i) val[i] = Scalar::load(data + i * item, dt).as_double();
  int64_t i = 0;
  while (i < count) {
    int64_t j = i + 1;
    while (j < count && val[idx[j]] == val[idx[i]]) ++j;
    if (j - i > 1) {
      const double mean = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2.;
      for (int64_t k = i; k < j; ++k) rk[idx[k]] = mean;
    }
    i = j;
  }
  ArrayPtr out = new_array({n}, DType::Float64);
  if (n > 0) std::memcpy(out->data(), rk.data(), n * 8);
  return out;
}

std::vector<char> mask_lane(const ArrayPtr& mask, int ax, int64_t start, int64_t n) {
  std::vector<char> m(alloc_count(n, sizeof(char)), 0);
  if (!mask) return m;
  for (int64_t i = 0; i < n; ++i)
    m[i] = mask->buffer->data()[start + i * mask->strides[ax]] != 0;
  return m;
}

}  // namespace

ArrayPtr mstats_rankdata(const ArrayPtr& a, const ArrayPtr& mask, std::optional<int64_t> axis,
                         bool use_missing) {
  if (mask && mask->shape != a->shape)
    raise_value_error("Mask and data not compatible: data shape is " + shape_to_string(a->shape) +
                      ", mask shape is " + shape_to_string(mask->shape) + ".");
  ArrayPtr boolmask = mask ? (mask->dtype == DType::Bool ? mask : astype(mask, DType::Bool)) : nullptr;
  if (!axis) {
    std::vector<uint8_t> flat = flat_bytes(a);
    const int64_t n = a->size();
    std::vector<char> m(alloc_count(n, sizeof(char)), 0);
    if (boolmask) {
      std::vector<uint8_t> mb = flat_bytes(boolmask);
      for (int64_t i = 0; i < n; ++i) m[i] = mb[i] != 0;
    }
    ArrayPtr r = mstats_rank1d(a->dtype, flat.data(), m, n, use_missing);
    return a->ndim() > 1 ? reshape(r, a->shape) : r;
  }
  const int ax = normalize_axis(*axis, a->ndim());
  ArrayPtr out = new_array(a->shape, DType::Float64);
  const int64_t n = a->shape[ax];
  Shape lane_shape = a->shape;
  lane_shape[ax] = 1;
  std::vector<int64_t> mstarts;
  if (boolmask)
    for_each_offset(lane_shape, boolmask->strides, boolmask->offset,
                    [&](int64_t p) { mstarts.push_back(p); });
  size_t l = 0;
  for_each_offset2(lane_shape, a->strides, a->offset, out->strides, out->offset,
                   [&](int64_t pa, int64_t po) {
                     std::vector<uint8_t> lane = lane_bytes(*a, ax, pa);
                     std::vector<char> m = mask_lane(boolmask, ax, boolmask ? mstarts[l] : 0, n);
                     ArrayPtr r = mstats_rank1d(a->dtype, lane.data(), m, n, use_missing);
                     for (int64_t i = 0; i < n; ++i)
                       std::memcpy(out->buffer->data() + po + i * out->strides[ax], r->data() + i * 8, 8);
                     ++l;
                   });
  return out;
}

}  // namespace sl
