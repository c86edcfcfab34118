// random_dist_table.cpp — see random_dist_table.hpp.
#include "core/random_dist_table.hpp"

#include <cmath>
#include <type_traits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/views.hpp"
#include "core/random_generator.hpp"
#include "core/random_legacy.hpp"
#include "core/random_samplers.hpp"

namespace sl {

namespace {
using C = Constraint;

// Generator / RandomState sampler adaptors
#define GEN(expr) [](Generator& g, const double* p) { BitGenerator& bg = g.bit_generator(); (void)bg; (void)p; return expr; }
#define LEG(expr) [](RandomState& rs, const double* p) { BitGenerator& bg = rs.bit_generator(); (void)bg; (void)p; return expr; }

bool any_greater(const DistArg& a, const DistArg& b, bool equal) {
  ArrayPtr x = a.as_float_array(), y = b.as_float_array();
  Shape s = broadcast_shapes({x->shape, y->shape});
  ArrayPtr xb = copy_array(broadcast_to(x, s), 'C'), yb = copy_array(broadcast_to(y, s), 'C');
  const double* xp = reinterpret_cast<const double*>(xb->data());
  const double* yp = reinterpret_cast<const double*>(yb->data());
  for (int64_t i = 0; i < xb->size(); ++i)
    if (equal ? xp[i] == yp[i] : xp[i] > yp[i]) return true;
  return false;
}

// triangular(left, mode, right): NumPy checks the ordering before anything else
void triangular_check(const std::vector<DistArg>& a, bool) {
  if (any_greater(a[0], a[1], false)) raise_value_error("left > mode");
  if (any_greater(a[1], a[2], false)) raise_value_error("mode > right");
  if (any_greater(a[0], a[2], true)) raise_value_error("left == right");
}

bool any_of(const DistArg& a, bool (*pred)(double)) {
  ArrayPtr x = copy_array(a.as_float_array(), 'C');
  const double* xp = reinterpret_cast<const double*>(x->data());
  for (int64_t i = 0; i < x->size(); ++i)
    if (pred(xp[i])) return true;
  return false;
}

// hypergeometric(ngood, nbad, nsample): Generator caps ngood / nbad below 10**9 (its
// HRUA sampler's range); both reject samples larger than the population.
void hypergeometric_check(const std::vector<DistArg>& a, bool legacy) {
  if (!legacy && (any_of(a[0], [](double v) { return v >= 1e9; }) || any_of(a[1], [](double v) { return v >= 1e9; })))
    raise_value_error("both ngood and nbad must be less than 1000000000");
  ArrayPtr g = a[0].as_float_array(), b = a[1].as_float_array(), n = a[2].as_float_array();
  Shape s = broadcast_shapes({g->shape, b->shape, n->shape});
  ArrayPtr gc = copy_array(broadcast_to(g, s), 'C'), bc = copy_array(broadcast_to(b, s), 'C'),
           nc = copy_array(broadcast_to(n, s), 'C');
  const double* gp = reinterpret_cast<const double*>(gc->data());
  const double* bp = reinterpret_cast<const double*>(bc->data());
  const double* np_ = reinterpret_cast<const double*>(nc->data());
  for (int64_t i = 0; i < gc->size(); ++i)
    if (gp[i] + bp[i] < np_[i]) raise_value_error("ngood + nbad < nsample");
}

DistParamSpec req(const char* name, C gen, C legacy) { return {name, true, 0.0, name, gen, legacy}; }
DistParamSpec opt(const char* name, double dflt, const char* msg, C gen, C legacy) {
  return {name, false, dflt, msg, gen, legacy};
}
}  // namespace

const std::vector<DistSpec>& dist_table() {
  static const std::vector<DistSpec> table = {
      {"f", {req("dfnum", C::Positive, C::Positive), req("dfden", C::Positive, C::Positive)}, false,
       GEN(rnd::f(bg, p[0], p[1])), nullptr, LEG(rnd::legacy_f(rs, p[0], p[1])), nullptr, nullptr},
      {"noncentral_f",
       {req("dfnum", C::Positive, C::Positive), req("dfden", C::Positive, C::Positive),
        req("nonc", C::NonNegative, C::NonNegative)},
       false, GEN(rnd::noncentral_f(bg, p[0], p[1], p[2])), nullptr,
       LEG(rnd::legacy_noncentral_f(rs, p[0], p[1], p[2])), nullptr, nullptr},
      {"noncentral_chisquare", {req("df", C::Positive, C::Positive), req("nonc", C::NonNegative, C::NonNegative)},
       false, GEN(rnd::noncentral_chisquare(bg, p[0], p[1])), nullptr,
       LEG(rnd::legacy_noncentral_chisquare(rs, p[0], p[1])), nullptr, nullptr},
      {"standard_cauchy", {}, false, GEN(rnd::standard_cauchy(bg)), nullptr, LEG(rnd::legacy_standard_cauchy(rs)),
       nullptr, nullptr},
      {"standard_t", {req("df", C::Positive, C::Positive)}, false, GEN(rnd::standard_t(bg, p[0])), nullptr,
       LEG(rnd::legacy_standard_t(rs, p[0])), nullptr, nullptr},
      {"vonmises", {req("mu", C::None, C::None), req("kappa", C::NonNegative, C::NonNegative)}, false,
       GEN(rnd::vonmises(bg, p[0], p[1])), nullptr, LEG(rnd::legacy_vonmises(bg, p[0], p[1])), nullptr, nullptr},
      {"pareto", {req("a", C::Positive, C::Positive)}, false, GEN(rnd::pareto(bg, p[0])), nullptr,
       LEG(rnd::legacy_pareto(rs, p[0])), nullptr, nullptr},
      {"weibull", {req("a", C::NonNegative, C::NonNegative)}, false, GEN(rnd::weibull(bg, p[0])), nullptr,
       LEG(rnd::legacy_weibull(rs, p[0])), nullptr, nullptr},
      {"power", {req("a", C::Positive, C::Positive)}, false, GEN(rnd::power(bg, p[0])), nullptr,
       LEG(rnd::legacy_power(rs, p[0])), nullptr, nullptr},
      {"laplace", {opt("loc", 0.0, "loc", C::None, C::None), opt("scale", 1.0, "scale", C::NonNegative, C::NonNegative)},
       false, GEN(rnd::laplace(bg, p[0], p[1])), nullptr, LEG(rnd::laplace(bg, p[0], p[1])), nullptr, nullptr},
      {"gumbel", {opt("loc", 0.0, "loc", C::None, C::None), opt("scale", 1.0, "scale", C::NonNegative, C::NonNegative)},
       false, GEN(rnd::gumbel(bg, p[0], p[1])), nullptr, LEG(rnd::gumbel(bg, p[0], p[1])), nullptr, nullptr},
      {"logistic",
       {opt("loc", 0.0, "loc", C::None, C::None), opt("scale", 1.0, "scale", C::NonNegative, C::NonNegative)}, false,
       GEN(rnd::logistic(bg, p[0], p[1])), nullptr, LEG(rnd::logistic(bg, p[0], p[1])), nullptr, nullptr},
      {"rayleigh", {opt("scale", 1.0, "scale", C::NonNegative, C::NonNegative)}, false,
       GEN(rnd::rayleigh(bg, p[0])), nullptr, LEG(rnd::legacy_rayleigh(bg, p[0])), nullptr, nullptr},
      {"wald", {req("mean", C::Positive, C::Positive), req("scale", C::Positive, C::Positive)}, false,
       GEN(rnd::wald(bg, p[0], p[1])), nullptr, LEG(rnd::legacy_wald(rs, p[0], p[1])), nullptr, nullptr},
      {"triangular", {req("left", C::None, C::None), req("mode", C::None, C::None), req("right", C::None, C::None)},
       false, GEN(rnd::triangular(bg, p[0], p[1], p[2])), nullptr, LEG(rnd::triangular(bg, p[0], p[1], p[2])),
       nullptr, triangular_check},
      {"geometric", {req("p", C::BoundedGt01, C::BoundedGt01)}, true, nullptr, GEN(rnd::geometric(bg, p[0])),
       nullptr, LEG(rnd::legacy_geometric(bg, p[0])), nullptr},
      {"zipf", {req("a", C::Gt1, C::Gt1)}, true, nullptr, GEN(rnd::zipf(bg, p[0])), nullptr,
       LEG(rnd::legacy_zipf(bg, p[0])), nullptr},
      {"logseries", {req("p", C::BoundedLt01, C::BoundedLt01)}, true, nullptr, GEN(rnd::logseries(bg, p[0])),
       nullptr, LEG(rnd::legacy_logseries(bg, p[0])), nullptr},
      {"hypergeometric",
       {req("ngood", C::NonNegative, C::NonNegative), req("nbad", C::NonNegative, C::NonNegative),
        req("nsample", C::NonNegative, C::Gte1)},
       true, nullptr,
       GEN(rnd::hypergeometric(bg, static_cast<int64_t>(p[0]), static_cast<int64_t>(p[1]), static_cast<int64_t>(p[2]))),
       nullptr,
       LEG(rnd::legacy_hypergeometric(bg, static_cast<int64_t>(p[0]), static_cast<int64_t>(p[1]),
                                      static_cast<int64_t>(p[2]))),
       hypergeometric_check},
      // Generator's versions of distributions RandomState defines itself (the legacy
      // column repeats RandomState's own sampler so either class may use the row)
      {"beta", {req("a", C::Positive, C::Positive), req("b", C::Positive, C::Positive)}, false,
       GEN(rnd::beta(bg, p[0], p[1])), nullptr, LEG(rnd::legacy_beta(rs, p[0], p[1])), nullptr, nullptr},
      {"chisquare", {req("df", C::Positive, C::Positive)}, false, GEN(rnd::chisquare(bg, p[0])), nullptr,
       LEG(rnd::legacy_chisquare(rs, p[0])), nullptr, nullptr},
      {"lognormal",
       {opt("mean", 0.0, "mean", C::None, C::None), opt("sigma", 1.0, "sigma", C::NonNegative, C::NonNegative)},
       false, GEN(rnd::lognormal(bg, p[0], p[1])), nullptr, LEG(std::exp(p[0] + p[1] * rs.gauss())), nullptr,
       nullptr},
      {"negative_binomial", {req("n", C::PositiveNotNan, C::Positive), req("p", C::BoundedGt01, C::Bounded01)}, true,
       nullptr, GEN(rnd::negative_binomial(bg, p[0], p[1])), nullptr,
       LEG(rnd::poisson(bg, (1 - p[1]) / p[1] * rs.legacy_standard_gamma(p[0]))), nullptr},
  };
  return table;
}

namespace {
template <class Obj>
ArrayPtr sample_with(Obj& obj, const DistSpec& spec, const std::vector<DistArg>& args, const SizeArg& size,
                     bool legacy) {
  if (spec.precheck) spec.precheck(args, legacy);
  std::vector<Param> params;
  for (size_t k = 0; k < spec.params.size(); ++k)
    params.push_back({args[k], spec.params[k].msg, legacy ? spec.params[k].legacy_cons : spec.params[k].gen_cons});
  ParamPlan pl = plan_params(size, params);
  std::vector<double> p(spec.params.size());
  auto at = [&](int64_t i) {
    for (size_t k = 0; k < p.size(); ++k) p[k] = pl.at(k, i);
    return p.data();
  };
  if (spec.discrete) {
    return fill_int64(pl, [&](int64_t i) {
      if constexpr (std::is_same_v<Obj, Generator>) return spec.gen_disc(obj, at(i));
      else return spec.legacy_disc(obj, at(i));
    });
  }
  return fill_double(pl, [&](int64_t i) {
    if constexpr (std::is_same_v<Obj, Generator>) return spec.gen_cont(obj, at(i));
    else return spec.legacy_cont(obj, at(i));
  });
}
}  // namespace

ArrayPtr sample_dist(Generator& g, const DistSpec& spec, const std::vector<DistArg>& args, const SizeArg& size) {
  return sample_with(g, spec, args, size, false);
}

ArrayPtr sample_dist(RandomState& rs, const DistSpec& spec, const std::vector<DistArg>& args, const SizeArg& size) {
  return sample_with(rs, spec, args, size, true);
}

}  // namespace sl
