// random_legacy.cpp — RandomState: legacy samplers and mtrand.pyx's Python-level logic.
#include "core/random_legacy.hpp"

#include <cmath>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/random_bounded.hpp"
#include "core/random_pcg64.hpp"
#include "core/random_samplers.hpp"
#include "core/random_sampling.hpp"

namespace sl {

// ---------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------
RandomState::RandomState() { seed_from_entropy(); }

void RandomState::seed(int64_t s) {
  if (s < 0 || s > 0xffffffffLL) raise_value_error("Seed must be between 0 and 2**32 - 1");
  mt_.seed(static_cast<uint32_t>(s));
  entropy_ = false;
  has_gauss_ = false;
  gauss_ = 0.0;
}

void RandomState::seed(const std::vector<int64_t>& seed_array) {
  if (seed_array.empty()) raise_value_error("Seed must be non-empty");
  std::vector<uint32_t> key;
  for (int64_t v : seed_array) {
    if (v < 0 || v > 0xffffffffLL) raise_value_error("Seed must be between 0 and 2**32 - 1");
    key.push_back(static_cast<uint32_t>(v));
  }
  mt_.seed_by_array(key);
  entropy_ = false;
  has_gauss_ = false;
  gauss_ = 0.0;
}

void RandomState::seed_from_entropy() {
  // NumPy: SeedSequence().generate_state(624), first word replaced by 0x80000000.
  std::vector<uint32_t> val = SeedSequence::from_os_entropy().generate_state32(MT19937::kStateLen);
  val[0] = 0x80000000u;
  mt_.set_state(val.data(), MT19937::kStateLen);
  entropy_ = true;
  has_gauss_ = false;
  gauss_ = 0.0;
}

RandomState::State RandomState::get_state() const {
  State st;
  st.key.assign(mt_.key(), mt_.key() + MT19937::kStateLen);
  st.pos = mt_.pos();
  st.has_gauss = has_gauss_;
  st.gauss = gauss_;
  return st;
}

void RandomState::set_state(const State& st) {
  const size_t n = st.key.size();
  if (n < static_cast<size_t>(MT19937::kStateLen))
    raise(ErrorType::IndexError,
          "index " + std::to_string(n) + " is out of bounds for axis 0 with size " + std::to_string(n));
  mt_.set_state(st.key.data(), st.pos);
  entropy_ = false;
  has_gauss_ = st.has_gauss;
  gauss_ = st.gauss;
}

RandomState& global_random_state() {
  static RandomState state;
  return state;
}

// ---------------------------------------------------------------------------------------
// Legacy scalar samplers (legacy-distributions.c: frozen since NumPy 1.16)
// ---------------------------------------------------------------------------------------
double RandomState::gauss() {
  if (has_gauss_) {
    has_gauss_ = false;
    const double t = gauss_;
    gauss_ = 0.0;
    return t;
  }
  double x1, x2, r2;
  do {
    x1 = 2.0 * mt_.next_double() - 1.0;
    x2 = 2.0 * mt_.next_double() - 1.0;
    r2 = x1 * x1 + x2 * x2;
  } while (r2 >= 1.0 || r2 == 0.0);
  // Polar method (Marsaglia): two normals per accepted point; keep one for the next call.
  const double f = std::sqrt(-2.0 * std::log(r2) / r2);
  gauss_ = f * x1;
  has_gauss_ = true;
  return f * x2;
}

double RandomState::legacy_standard_exponential() { return -std::log(1.0 - mt_.next_double()); }

double RandomState::legacy_standard_gamma(double shape) {
  if (shape == 1.0) return legacy_standard_exponential();
  if (shape == 0.0) return 0.0;
  if (shape < 1.0) {
    for (;;) {
      const double U = mt_.next_double();
      const double V = legacy_standard_exponential();
      if (U <= 1.0 - shape) {
        const double X = std::pow(U, 1. / shape);
        if (X <= V) return X;
      } else {
        const double Y = -std::log((1 - U) / shape);
        const double X = std::pow(1.0 - shape + shape * Y, 1. / shape);
        if (X <= V + Y) return X;
      }
    }
  }
  const double b = shape - 1. / 3.;
  const double c = 1. / std::sqrt(9 * b);
  for (;;) {
    double X, V;
    do {
      X = gauss();
      V = 1.0 + c * X;
    } while (V <= 0.0);
    V = V * V * V;
    const double U = mt_.next_double();
    if (U < 1.0 - 0.0331 * (X * X) * (X * X)) return b * V;
    if (std::log(U) < 0.5 * X * X + b * (1. - V + std::log(V))) return b * V;
  }
}

// ---------------------------------------------------------------------------------------
// Continuous distributions
// ---------------------------------------------------------------------------------------
ArrayPtr RandomState::random_sample(const SizeArg& size) {
  ArrayPtr out = new_array(size_shape(size), DType::Float64);
  double* d = reinterpret_cast<double*>(out->data());
  const int64_t n = out->size();
  for (int64_t i = 0; i < n; ++i) d[i] = mt_.next_double();
  return out;
}

ArrayPtr RandomState::standard_normal(const SizeArg& size) {
  ArrayPtr out = new_array(size_shape(size), DType::Float64);
  double* d = reinterpret_cast<double*>(out->data());
  const int64_t n = out->size();
  for (int64_t i = 0; i < n; ++i) d[i] = gauss();
  return out;
}

ArrayPtr RandomState::normal(const DistArg& loc, const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{loc, "", Constraint::None}, {scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) + pl.at(1, i) * gauss(); });
}

ArrayPtr RandomState::uniform(const DistArg& low, const DistArg& high, const SizeArg& size) {
  DistArg range = uniform_range(low, high, "Range exceeds valid bounds");
  ParamPlan pl = plan_params(size, {{low, "", Constraint::None}, {range, "", Constraint::None}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) + pl.at(1, i) * mt_.next_double(); });
}

ArrayPtr RandomState::standard_exponential(const SizeArg& size) {
  ParamPlan pl = plan_params(size, {});
  return fill_double(pl, [&](int64_t) { return legacy_standard_exponential(); });
}

ArrayPtr RandomState::exponential(const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(0, i) * legacy_standard_exponential(); });
}

ArrayPtr RandomState::standard_gamma(const DistArg& shape, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{shape, "shape", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return legacy_standard_gamma(pl.at(0, i)); });
}

ArrayPtr RandomState::gamma(const DistArg& shape, const DistArg& scale, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{shape, "shape", Constraint::NonNegative},
                                    {scale, "scale", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return pl.at(1, i) * legacy_standard_gamma(pl.at(0, i)); });
}

ArrayPtr RandomState::lognormal(const DistArg& mean, const DistArg& sigma, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{mean, "mean", Constraint::None},
                                    {sigma, "sigma", Constraint::NonNegative}});
  return fill_double(pl, [&](int64_t i) { return std::exp(pl.at(0, i) + pl.at(1, i) * gauss()); });
}

ArrayPtr RandomState::chisquare(const DistArg& df, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{df, "df", Constraint::Positive}});
  return fill_double(pl, [&](int64_t i) { return 2.0 * legacy_standard_gamma(pl.at(0, i) / 2.0); });
}

ArrayPtr RandomState::beta(const DistArg& a, const DistArg& b, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{a, "a", Constraint::Positive}, {b, "b", Constraint::Positive}});
  return fill_double(pl, [&](int64_t i) { return rnd::legacy_beta(*this, pl.at(0, i), pl.at(1, i)); });
}

// ---------------------------------------------------------------------------------------
// Discrete distributions
// ---------------------------------------------------------------------------------------
ArrayPtr RandomState::poisson(const DistArg& lam, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{lam, "lam", Constraint::LegacyPoisson}});
  return fill_int64(pl, [&](int64_t i) { return rnd::poisson(mt_, pl.at(0, i)); });
}

namespace {
// n as NumPy reads it for binomial: converted to a C long first, then checked.
DistArg binomial_n(const DistArg& n) {
  if (n.is_scalar()) return DistArg(std::trunc(n.value));
  return DistArg(n.array->dtype == DType::Int64 ? n.array : astype(n.array, DType::Int64));
}
}  // namespace

ArrayPtr RandomState::binomial(const DistArg& n, const DistArg& p, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{p, "p", Constraint::Bounded01}, {binomial_n(n), "n", Constraint::NonNegative}});
  return fill_int64(pl, [&](int64_t i) {
    return rnd::legacy_binomial(mt_, pl.at(0, i), static_cast<int64_t>(pl.at(1, i)), binomial_);
  });
}

ArrayPtr RandomState::negative_binomial(const DistArg& n, const DistArg& p, const SizeArg& size) {
  ParamPlan pl = plan_params(size, {{n, "n", Constraint::Positive}, {p, "p", Constraint::Bounded01}});
  return fill_int64(pl, [&](int64_t i) {
    const double nv = pl.at(0, i), pv = pl.at(1, i);
    const double Y = (1 - pv) / pv * legacy_standard_gamma(nv);  // legacy_gamma(n, (1-p)/p)
    return rnd::poisson(mt_, Y);
  });
}

ArrayPtr RandomState::randint(const ArrayPtr& low, const ArrayPtr& high, const SizeArg& size,
                              DType dtype) {
  if (!dtype_is_integer(dtype) && dtype != DType::Bool)
    raise_type_error("Unsupported dtype " + dtype_repr(dtype) + " for randint");
  if (!high) return bounded_integers(mt_, array_from_scalar(Scalar::from_int(0)), low, size, dtype, true, false);
  return bounded_integers(mt_, low, high, size, dtype, true, false);
}

ArrayPtr RandomState::randint(int64_t low, std::optional<int64_t> high, const SizeArg& size,
                              DType dtype) {
  ArrayPtr lo = array_from_scalar(Scalar::from_int(low));
  return randint(lo, high ? array_from_scalar(Scalar::from_int(*high)) : nullptr, size, dtype);
}

// ---------------------------------------------------------------------------------------
// choice / permutation / shuffle (mtrand.pyx)
// ---------------------------------------------------------------------------------------
ArrayPtr RandomState::choice(const ArrayPtr& a, const SizeArg& size, bool replace, const ArrayPtr& p) {
  // np.prod(size) != 0, with np.prod(None) being None (so "not zero")
  bool nonzero_samples = true;
  if (size) {
    int64_t prod = 1;
    for (int64_t d : *size) prod *= d;
    nonzero_samples = prod != 0;
  }
  int64_t pop_size;
  if (a->ndim() == 0) {
    if (dtype_is_float(a->dtype)) raise_value_error("a must be 1-dimensional or an integer");
    pop_size = a->item0().as_int64();
    if (pop_size <= 0 && nonzero_samples)
      raise_value_error("a must be greater than 0 unless no samples are taken");
  } else if (a->ndim() != 1) {
    raise_value_error("a must be 1-dimensional");
  } else {
    pop_size = a->shape[0];
    if (pop_size == 0 && nonzero_samples)
      raise_value_error("'a' cannot be empty unless no samples are taken");
  }
  std::vector<double> pv;
  if (p) pv = rnd::checked_probabilities(p, pop_size, true);

  const Shape shape = size ? *size : Shape{};
  int64_t n = 1;
  for (int64_t d : shape) n *= d;
  ArrayPtr idx;
  if (replace) {
    if (p) {
      shape_size(shape);
      idx = rnd::indices_from_p(mt_, pv, shape);
    } else {
      idx = randint(0, pop_size, SizeArg(shape), DType::Int64);
    }
  } else {
    if (n > pop_size)
      raise_value_error("Cannot take a larger sample than population when 'replace=False'");
    if (n < 0) raise_value_error("Negative dimensions are not allowed");
    if (p) {
      idx = rnd::unique_indices_from_p(mt_, pv, shape);
    } else {
      ArrayPtr perm = permutation(pop_size);  // the whole population is shuffled
      idx = new_array(shape, DType::Int64);
      if (n > 0) std::memcpy(idx->data(), perm->data(), static_cast<size_t>(n) * sizeof(int64_t));
    }
  }
  if (a->ndim() == 0) return idx;
  return rnd::take_along(a, idx, 0);
}

ArrayPtr RandomState::permutation(int64_t n) {
  ArrayPtr arr = rnd::arange_int64(n);
  shuffle(arr);
  return arr;
}

ArrayPtr RandomState::permutation(const ArrayPtr& x) {
  if (x->ndim() < 1) raise_index_error("x must be an integer or at least 1-dimensional");
  if (x->ndim() == 1) {
    ArrayPtr arr = copy_array(x, 'C');
    shuffle(arr);
    return arr;
  }
  ArrayPtr idx = rnd::arange_int64(x->shape[0]);
  shuffle(idx);
  return rnd::take_along(x, idx, 0);
}

void RandomState::shuffle(const ArrayPtr& x) {
  rnd::array_len(x);  // TypeError for 0-d: NumPy evaluates len(x) first
  if (!x->writeable) raise_value_error("array is read-only");
  if (x->size() == 0) return;
  rnd::shuffle_axis0(mt_, x);
}

}  // namespace sl
