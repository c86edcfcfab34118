// random_samplers.hpp — the scalar samplers of the remaining NumPy distributions (f,
// noncentral_chisquare / noncentral_f, standard_cauchy, standard_t, vonmises, pareto,
// weibull, power, laplace, gumbel, logistic, rayleigh, wald, triangular, geometric, zipf,
// logseries, hypergeometric, multinomial), in two families:
//   - rnd::*        Generator's (numpy/random/src/distributions/distributions.c, NumPy 2),
//                   drawing normals / exponentials from the ziggurat;
//   - rnd::legacy_* RandomState's (legacy-distributions.c, frozen at NumPy 1.16): polar
//                   gauss with its cached value, -log(1 - U) exponentials, legacy gamma.
// Each consumes the bit generator exactly as NumPy does — same draws, same order, same
// expression shapes — because the stream is the contract (an equally valid algorithm
// would print different numbers).
//
// Not here: parameter checks and broadcasting (random_params.hpp, random_dist_table.hpp),
// the samplers both classes already had (random_distributions.hpp, random_legacy.hpp).
#pragma once
#include <cstdint>

#include "core/random_bitgen.hpp"
#include "core/random_distributions.hpp"

namespace sl {

class RandomState;

namespace rnd {

// ---- Generator ------------------------------------------------------------------------
double beta(BitGenerator& bg, double a, double b);
double chisquare(BitGenerator& bg, double df);
double f(BitGenerator& bg, double dfnum, double dfden);
double noncentral_chisquare(BitGenerator& bg, double df, double nonc);
double noncentral_f(BitGenerator& bg, double dfnum, double dfden, double nonc);
double standard_cauchy(BitGenerator& bg);
double standard_t(BitGenerator& bg, double df);
double vonmises(BitGenerator& bg, double mu, double kappa);
double pareto(BitGenerator& bg, double a);
double weibull(BitGenerator& bg, double a);
double power(BitGenerator& bg, double a);
double laplace(BitGenerator& bg, double loc, double scale);    // both classes
double gumbel(BitGenerator& bg, double loc, double scale);     // both classes
double logistic(BitGenerator& bg, double loc, double scale);   // both classes
double lognormal(BitGenerator& bg, double mean, double sigma);
double rayleigh(BitGenerator& bg, double scale);
double wald(BitGenerator& bg, double mean, double scale);
double triangular(BitGenerator& bg, double left, double mode, double right);  // both
int64_t negative_binomial(BitGenerator& bg, double n, double p);
int64_t geometric(BitGenerator& bg, double p);
int64_t zipf(BitGenerator& bg, double a);
int64_t logseries(BitGenerator& bg, double p);
int64_t hypergeometric(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample);
// log(k!) as NumPy's logfactorial: exact table below 126, Stirling series above.
double logfactorial(int64_t k);
// Counts of n draws over d categories with probabilities pix (out[0..d) zeroed by the
// caller), through successive binomials — Generator's binomial (with its early return for
// n == 0 or p == 0) for both classes: RandomState's multinomial calls it too.
void multinomial(BitGenerator& bg, int64_t n, int64_t* out, const double* pix, int64_t d,
                 BinomialCache& cache);

// ---- RandomState ----------------------------------------------------------------------
double legacy_beta(RandomState& rs, double a, double b);
double legacy_chisquare(RandomState& rs, double df);
double legacy_f(RandomState& rs, double dfnum, double dfden);
double legacy_noncentral_chisquare(RandomState& rs, double df, double nonc);
double legacy_noncentral_f(RandomState& rs, double dfnum, double dfden, double nonc);
double legacy_standard_cauchy(RandomState& rs);
double legacy_standard_t(RandomState& rs, double df);
double legacy_vonmises(BitGenerator& bg, double mu, double kappa);
double legacy_pareto(RandomState& rs, double a);
double legacy_weibull(RandomState& rs, double a);
double legacy_power(RandomState& rs, double a);
double legacy_rayleigh(BitGenerator& bg, double scale);
double legacy_wald(RandomState& rs, double mean, double scale);
int64_t legacy_geometric(BitGenerator& bg, double p);
int64_t legacy_zipf(BitGenerator& bg, double a);
int64_t legacy_logseries(BitGenerator& bg, double p);
int64_t legacy_hypergeometric(BitGenerator& bg, int64_t good, int64_t bad, int64_t sample);

}  // namespace rnd
}  // namespace sl
