// random_sampling.cpp — shared steps of choice / permutation / shuffle.
#include "core/random_sampling.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_set>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/random_distributions.hpp"
#include "core/extent.hpp"

namespace sl {
namespace rnd {

int64_t array_len(const ArrayPtr& x) {
  if (x->ndim() == 0) raise_type_error("len() of unsized object");
  return x->shape[0];
}

double kahan_sum(const double* v, int64_t n) {
  if (n <= 0) return 0.0;
  double sum = v[0], c = 0.0;
  for (int64_t i = 1; i < n; ++i) {
    const double y = v[i] - c;
    const double t = sum + y;
    c = (t - sum) - y;
    sum = t;
  }
  return sum;
}

namespace {

// cumsum (sequential, as np.add.accumulate) then divided by its last element
std::vector<double> normalized_cdf(const std::vector<double>& p) {
  std::vector<double> cdf(p.size());
  double acc = 0;
  for (size_t i = 0; i < p.size(); ++i) {
    acc = i ? acc + p[i] : p[i];
    cdf[i] = acc;
  }
  if (!cdf.empty()) {
    const double last = cdf.back();
    for (double& c : cdf) c /= last;
  }
  return cdf;
}

int64_t searchsorted_right(const std::vector<double>& cdf, double u) {
  return std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin();
}
}  // namespace

std::vector<double> checked_probabilities(const ArrayPtr& p, int64_t pop_size, bool legacy) {
  const int64_t d = array_len(p);
  (void)d;
  // sqrt(float64 eps), or sqrt(float32 eps) for a float32 p array
  double atol = std::sqrt(2.220446049250313e-16);
  if (p->dtype == DType::Float32) atol = std::max(atol, std::sqrt(static_cast<double>(1.1920929e-07f)));
  ArrayPtr pf = copy_array(astype(p, DType::Float64), 'C');
  if (pf->ndim() != 1) raise_value_error(legacy ? "'p' must be 1-dimensional" : "p must be 1-dimensional");
  if (pf->size() != pop_size)
    raise_value_error(legacy ? "'a' and 'p' must have same size" : "a and p must have same size");
  std::vector<double> v(alloc_count(pf->size(), sizeof(double)));
  if (!v.empty()) std::memcpy(v.data(), pf->data(), v.size() * sizeof(double));
  const double sum = kahan_sum(v.data(), static_cast<int64_t>(v.size()));
  if (std::isnan(sum)) raise_value_error("probabilities contain NaN");
  for (double x : v)
    if (x < 0) raise_value_error("probabilities are not non-negative");
  if (std::fabs(sum - 1.) > atol) raise_value_error("probabilities do not sum to 1");
  return v;
}

ArrayPtr indices_from_p(BitGenerator& bg, const std::vector<double>& p, const Shape& shape) {
  const std::vector<double> cdf = normalized_cdf(p);
  ArrayPtr out = new_array(shape, DType::Int64);
  int64_t* o = reinterpret_cast<int64_t*>(out->data());
  const int64_t n = out->size();
  // all uniforms are drawn first (random_sample(shape)), then searched
  std::vector<double> u(alloc_count(n, sizeof(double)));
  for (double& x : u) x = bg.next_double();
  for (int64_t i = 0; i < n; ++i) o[i] = searchsorted_right(cdf, u[static_cast<size_t>(i)]);
  return out;
}

ArrayPtr unique_indices_from_p(BitGenerator& bg, std::vector<double> p, const Shape& shape) {
  ArrayPtr found = new_array(shape, DType::Int64);
  int64_t* flat = reinterpret_cast<int64_t*>(found->data());
  const int64_t size = found->size();
  int64_t nonzero = 0;
  for (double x : p) nonzero += x > 0;
  if (nonzero < size) raise_value_error("Fewer non-zero entries in p than size");
  int64_t n_uniq = 0;
  while (n_uniq < size) {
    check_interrupt();
    std::vector<double> x(alloc_count(size - n_uniq, sizeof(double)));
    for (double& v : x) v = bg.next_double();
    for (int64_t i = 0; i < n_uniq; ++i) p[static_cast<size_t>(flat[i])] = 0;
    const std::vector<double> cdf = normalized_cdf(p);
    // np.unique(new, return_index=True) + sorting the indices = first occurrences in order
    std::unordered_set<int64_t> seen;
    for (double v : x) {
      const int64_t k = searchsorted_right(cdf, v);
      if (seen.insert(k).second) flat[n_uniq + static_cast<int64_t>(seen.size()) - 1] = k;
    }
    n_uniq += static_cast<int64_t>(seen.size());
  }
  return found;
}

void shuffle_axis0(BitGenerator& bg, const ArrayPtr& x) {
  const int64_t n = x->shape[0];
  if (n <= 1) return;
  // Row geometry: the remaining axes of x.
  const Shape row_shape(x->shape.begin() + 1, x->shape.end());
  const Strides row_strides(x->strides.begin() + 1, x->strides.end());
  const int item = x->itemsize();
  uint8_t* base = x->buffer->data();
  uint8_t tmp[16];
  for (int64_t i = n - 1; i >= 1; --i) {
    const int64_t j = static_cast<int64_t>(random_interval(bg, static_cast<uint64_t>(i)));
    if (i == j) continue;
    const int64_t di = x->offset + i * x->strides[0], dj = x->offset + j * x->strides[0];
    for_each_offset(row_shape, row_strides, 0, [&](int64_t off) {
      std::memcpy(tmp, base + dj + off, item);
      std::memcpy(base + dj + off, base + di + off, item);
      std::memcpy(base + di + off, tmp, item);
    });
  }
}

ArrayPtr take_along(const ArrayPtr& a, const ArrayPtr& idx, int axis) {
  Shape shape(a->shape.begin(), a->shape.begin() + axis);
  shape.insert(shape.end(), idx->shape.begin(), idx->shape.end());
  shape.insert(shape.end(), a->shape.begin() + axis + 1, a->shape.end());
  ArrayPtr out = new_array(shape, a->dtype);
  const Shape outer(a->shape.begin(), a->shape.begin() + axis);
  const Strides outer_st(a->strides.begin(), a->strides.begin() + axis);
  const Shape inner(a->shape.begin() + axis + 1, a->shape.end());
  const Strides inner_st(a->strides.begin() + axis + 1, a->strides.end());
  ArrayPtr ic = copy_array(astype(idx, DType::Int64), 'C');
  const int64_t* ix = reinterpret_cast<const int64_t*>(ic->data());
  const int64_t nidx = ic->size();
  const int item = a->itemsize();
  const uint8_t* src = a->buffer->data();
  uint8_t* dst = out->data();
  for_each_offset(outer, outer_st, a->offset, [&](int64_t ob) {
    for (int64_t k = 0; k < nidx; ++k) {
      const int64_t row = ob + ix[k] * a->strides[axis];
      for_each_offset(inner, inner_st, row, [&](int64_t off) {
        std::memcpy(dst, src + off, item);
        dst += item;
      });
    }
  });
  return out;
}

ArrayPtr arange_int64(int64_t n) {
  ArrayPtr out = new_array(Shape{n > 0 ? n : 0}, DType::Int64);
  int64_t* d = reinterpret_cast<int64_t*>(out->data());
  for (int64_t i = 0; i < n; ++i) d[i] = i;
  return out;
}

}  // namespace rnd
}  // namespace sl
