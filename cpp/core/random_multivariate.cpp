// random_multivariate.cpp — see random_multivariate.hpp.
#include "core/random_multivariate.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/interrupt.hpp"
#include "core/random_legacy.hpp"
#include "core/random_samplers.hpp"
#include "core/random_sampling.hpp"
#include "core/views.hpp"

namespace sl {

namespace {
// size + (d,): the output shape of the "one vector per draw" samplers
Shape with_last(const SizeArg& size, int64_t d) {
  Shape s = size ? *size : Shape{};
  s.push_back(d);
  shape_size(s);
  return s;
}

std::string shape_tuple(const Shape& s) {
  std::string out = "(";
  for (size_t i = 0; i < s.size(); ++i) out += (i ? ", " : "") + std::to_string(s[i]);
  return out + (s.size() == 1 ? ",)" : ")");
}
}  // namespace

ArrayPtr random_multinomial(BitGenerator& bg, rnd::BinomialCache& cache, const ArrayPtr& n,
                            const ArrayPtr& pvals, const SizeArg& size, bool legacy,
                            bool pvals_low_precision) {
  ArrayPtr parr = copy_array(astype(pvals, DType::Float64), 'C');
  const int ndim = parr->ndim();
  if (legacy) {
    if (ndim == 0) raise_type_error("pvals must be a 1-d sequence");
    if (ndim > 1) raise_value_error("object too deep for desired array");
  }
  const int64_t d = ndim >= 1 ? parr->shape[ndim - 1] : 0;
  if (!legacy && d == 0)
    raise_value_error("pvals must have at least 1 dimension and the last dimension of pvals must be greater than 0.");
  check_array_constraint(parr, "pvals", Constraint::Bounded01);
  const double* pix = reinterpret_cast<const double*>(parr->data());
  const int64_t sz = parr->size();
  for (int64_t off = 0; d > 0 && off < sz; off += d) {
    if (rnd::kahan_sum(pix + off, d - 1) > 1.0 + 1e-12) {
      const std::string slice = ndim == 1 ? "[:-1]" : "[...,:-1]";
      if (pvals_low_precision)
        raise_value_error("sum(pvals" + slice +
                          ".astype(np.float64)) > 1.0. The pvals array is cast to 64-bit floating point prior to "
                          "checking the sum. Precision changes when casting may cause problems even if the sum of "
                          "the original pvals is valid.");
      raise_value_error("sum(pvals" + slice + ") > 1.0");
    }
    if (legacy) break;  // RandomState checks its single vector
  }
  if (!legacy && (n->ndim() != 0 || ndim > 1)) {
    // Vector path: n broadcast against the rows of pvals (and size, which must equal it)
    ArrayPtr on = astype(n, DType::Int64);
    check_array_constraint(astype(on, DType::Float64), "n", Constraint::NonNegative);
    Shape rows(parr->shape.begin(), parr->shape.end() - 1);
    std::vector<Shape> shapes = {on->shape, rows};
    if (size) shapes.push_back(*size);
    Shape it = broadcast_shapes(shapes);
    if (size && it != *size)
      raise_value_error("Output size " + shape_tuple(*size) + " is not compatible with broadcast dimensions of inputs " +
                        shape_tuple(it) + ".");
    ArrayPtr nb = copy_array(broadcast_to(on, it), 'C');
    ArrayPtr offs = rnd::arange_int64(shape_size(rows));
    ArrayPtr ob = copy_array(broadcast_to(reshape(offs, rows), it), 'C');
    Shape out_shape = it;
    out_shape.push_back(d);
    ArrayPtr out = zeros(out_shape, DType::Int64);
    int64_t* o = reinterpret_cast<int64_t*>(out->data());
    const int64_t* nv = reinterpret_cast<const int64_t*>(nb->data());
    const int64_t* ov = reinterpret_cast<const int64_t*>(ob->data());
    for (int64_t i = 0; i < nb->size(); ++i) {
      if ((i & 0xfff) == 0xfff) check_interrupt();
      rnd::multinomial(bg, nv[i], o + i * d, pix + ov[i] * d, d, cache);
    }
    return out;
  }
  ArrayPtr out = zeros(with_last(size, d), DType::Int64);
  const int64_t ni = n->item0().as_int64();
  check_constraint(static_cast<double>(ni), "n", Constraint::NonNegative);
  int64_t* o = reinterpret_cast<int64_t*>(out->data());
  const int64_t niter = d ? out->size() / d : 0;
  for (int64_t i = 0; i < niter; ++i) {
    if ((i & 0xfff) == 0xfff) check_interrupt();
    rnd::multinomial(bg, ni, o + i * d, pix, d, cache);
  }
  return out;
}

namespace {
ArrayPtr alpha_vector(const ArrayPtr& alpha) {
  if (alpha->ndim() == 0) raise_type_error("object of type 'float' has no len()");
  if (alpha->ndim() != 1) raise_value_error("object too deep for desired array");
  return copy_array(astype(alpha, DType::Float64), 'C');
}
}  // namespace

ArrayPtr generator_dirichlet(BitGenerator& bg, const ArrayPtr& alpha, const SizeArg& size) {
  ArrayPtr a = alpha_vector(alpha);
  const int64_t k = a->shape[0];
  const double* ad = reinterpret_cast<const double*>(a->data());
  for (int64_t j = 0; j < k; ++j)
    if (ad[j] < 0) raise_value_error("alpha < 0");
  ArrayPtr out = zeros(with_last(size, k), DType::Float64);
  double* v = reinterpret_cast<double*>(out->data());
  const int64_t total = out->size();
  double amax = -INFINITY;
  for (int64_t j = 0; j < k; ++j) amax = std::max(amax, ad[j]);
  if (k > 0 && amax < 0.1) {
    // Small alphas: stick-breaking with betas (gammas would underflow to 0 / 0)
    std::vector<double> csum(static_cast<size_t>(k));
    double c = 0.0;
    for (int64_t j = k - 1; j >= 0; --j) {
      c += ad[j];
      csum[static_cast<size_t>(j)] = c;
    }
    if (c > 0) {
      for (int64_t i = 0; i < total; i += k) {
        double acc = 1.;
        for (int64_t j = 0; j < k - 1; ++j) {
          const double b = rnd::beta(bg, ad[j], csum[static_cast<size_t>(j + 1)]);
          v[i + j] = acc * b;
          acc *= (1. - b);
          if (csum[static_cast<size_t>(j + 1)] == 0) break;
        }
        v[i + k - 1] = acc;
      }
    }
    return out;
  }
  for (int64_t i = 0; i < total; i += k) {
    double acc = 0.;
    for (int64_t j = 0; j < k; ++j) {
      v[i + j] = rnd::standard_gamma(bg, ad[j]);
      acc = acc + v[i + j];
    }
    const double invacc = 1. / acc;
    for (int64_t j = 0; j < k; ++j) v[i + j] = v[i + j] * invacc;
  }
  return out;
}

ArrayPtr legacy_dirichlet(RandomState& rs, const ArrayPtr& alpha, const SizeArg& size) {
  ArrayPtr a = alpha_vector(alpha);
  const int64_t k = a->shape[0];
  const double* ad = reinterpret_cast<const double*>(a->data());
  for (int64_t j = 0; j < k; ++j)
    if (ad[j] <= 0) raise_value_error("alpha <= 0");
  ArrayPtr out = zeros(with_last(size, k), DType::Float64);
  double* v = reinterpret_cast<double*>(out->data());
  const int64_t total = out->size();
  for (int64_t i = 0; i < total; i += k) {
    double acc = 0.0;
    for (int64_t j = 0; j < k; ++j) {
      v[i + j] = rs.legacy_standard_gamma(ad[j]);
      acc = acc + v[i + j];
    }
    const double invacc = 1 / acc;
    for (int64_t j = 0; j < k; ++j) v[i + j] = v[i + j] * invacc;
  }
  return out;
}

}  // namespace sl
