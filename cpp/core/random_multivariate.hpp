// random_multivariate.hpp — the vector-valued samplers of both random classes, with the
// argument logic of mtrand.pyx / _generator.pyx: multinomial (successive binomials; the
// Kahan-summed "sum(pvals[:-1]) > 1.0" check; Generator broadcasts n against the rows of
// an n-d pvals) and dirichlet (RandomState: normalized legacy gammas; Generator: the same
// with its own gammas, or the stick-breaking beta construction when every alpha < 0.1).
//
// Not here: multivariate_normal (written in Python over numpy.linalg, as NumPy does).
#pragma once
#include "core/ndarray.hpp"
#include "core/random_bitgen.hpp"
#include "core/random_distributions.hpp"
#include "core/random_params.hpp"

namespace sl {

class RandomState;

// n: an int64 array (0-d for a Python int). pvals: float64 values; `pvals_low_precision`
// says the caller's pvals was a float ndarray narrower than float64 summing below 1.0001
// (NumPy then explains the cast in its message).
ArrayPtr random_multinomial(BitGenerator& bg, rnd::BinomialCache& cache, const ArrayPtr& n,
                            const ArrayPtr& pvals, const SizeArg& size, bool legacy,
                            bool pvals_low_precision);

ArrayPtr generator_dirichlet(BitGenerator& bg, const ArrayPtr& alpha, const SizeArg& size);
ArrayPtr legacy_dirichlet(RandomState& rs, const ArrayPtr& alpha, const SizeArg& size);

}  // namespace sl
