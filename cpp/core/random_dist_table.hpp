// random_dist_table.hpp — THE table of NumPy's "plain" distributions: the ones whose
// methods are just parameters + checks + one scalar sampler per element (NumPy's cont() /
// disc() helpers in _common.pyx). One row per distribution names its parameters (with
// defaults and per-class constraints, whose messages differ between RandomState and
// Generator), whether it is discrete (int64 results) and its two samplers: Generator's
// (NumPy 2 distributions.c) and RandomState's (the legacy stream). The Python glue
// registers every row on np.random.*, RandomState and Generator from this table.
//
// Not here: the distributions with their own argument logic (multinomial,
// dirichlet, multivariate_*, integers/randint, choice, ...), which the classes define.
#pragma once
#include <cstdint>
#include <vector>

#include "core/ndarray.hpp"
#include "core/random_params.hpp"

namespace sl {

class Generator;
class RandomState;

struct DistParamSpec {
  const char* name;
  bool required;        // no default: a positional parameter
  double dflt;          // the default when not required
  const char* msg;      // the name NumPy's constraint messages use ("" for none)
  Constraint gen_cons;  // Generator's check
  Constraint legacy_cons;  // RandomState's check
};

struct DistSpec {
  const char* name;
  std::vector<DistParamSpec> params;
  bool discrete;
  // Samplers; p holds one value per parameter. Exactly one of each pair is set.
  double (*gen_cont)(Generator&, const double* p);
  int64_t (*gen_disc)(Generator&, const double* p);
  double (*legacy_cont)(RandomState&, const double* p);
  int64_t (*legacy_disc)(RandomState&, const double* p);
  // Extra checks run before the parameter plan (triangular's "left > mode"), or null.
  void (*precheck)(const std::vector<DistArg>& args, bool legacy);
};

const std::vector<DistSpec>& dist_table();

// The samples of `spec` for these arguments (one per spec.params, defaults already
// applied): float64 or int64 array of the planned shape (0-d for size=None + scalars).
ArrayPtr sample_dist(Generator& g, const DistSpec& spec, const std::vector<DistArg>& args, const SizeArg& size);
ArrayPtr sample_dist(RandomState& rs, const DistSpec& spec, const std::vector<DistArg>& args, const SizeArg& size);

}  // namespace sl
