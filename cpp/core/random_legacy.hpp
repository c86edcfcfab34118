// random_legacy.hpp — NumPy's legacy RandomState (np.random.seed / rand / randn / randint /
// choice / shuffle / ...), bit-identical to NumPy's streams: the same MT19937 seeding, the
// same legacy samplers (polar-method gauss with its cached second value, legacy
// Marsaglia-Tsang gamma, -log(1-U) exponential, masked-rejection bounded integers, BTPE /
// inversion binomial, PTRS Poisson) and the same Python-level algorithms of mtrand.pyx
// (choice's cdf search / permutation slice / repeated-cdf loop; Fisher-Yates shuffle).
//
// Results are arrays; "size=None" calls return 0-d arrays and the caller unwraps them into
// what NumPy returns: a Python float (rand, normal, uniform, gamma, ...), a Python int
// (poisson, binomial, negative_binomial; randint when dtype is the default `int`; choice
// on an int population) or a NumPy scalar of the array's dtype (randint with an explicit
// dtype, choice on an array).
//
// get_state/set_state carry the legacy tuple's content (MT19937 key/pos plus the cached
// gaussian); the Python tuple/dict shape is built by the caller.
//
// Not here: the legacy distributions not listed below (f, zipf,
// vonmises, hypergeometric, multinomial, ...), tomaxint/bytes, random_integers.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/ndarray.hpp"
#include "core/random_distributions.hpp"
#include "core/random_mt19937.hpp"
#include "core/random_params.hpp"

namespace sl {

class RandomState {
 public:
  RandomState();  // seeded from OS entropy, as NumPy's unseeded RandomState()
  explicit RandomState(uint32_t seed) { this->seed(seed); }

  // np.random.seed(int): ValueError "Seed must be between 0 and 2**32 - 1"
  void seed(int64_t seed);
  // np.random.seed(sequence): init_by_array; "Seed must be non-empty" / range error
  void seed(const std::vector<int64_t>& seed_array);
  // np.random.seed(None): fresh OS entropy
  void seed_from_entropy();

  // --- uniform floats ---------------------------------------------------------------
  ArrayPtr random_sample(const SizeArg& size);  // also random(), sample(), ranf()
  // rand(d0, d1, ...): no dims means size=None
  ArrayPtr rand(const std::vector<int64_t>& dims) {
    return random_sample(dims.empty() ? SizeArg() : SizeArg(dims));
  }
  ArrayPtr uniform(const DistArg& low, const DistArg& high, const SizeArg& size);

  // --- normal ----------------------------------------------------------------------
  ArrayPtr standard_normal(const SizeArg& size);
  ArrayPtr randn(const std::vector<int64_t>& dims) {
    return standard_normal(dims.empty() ? SizeArg() : SizeArg(dims));
  }
  ArrayPtr normal(const DistArg& loc, const DistArg& scale, const SizeArg& size);

  // --- integers --------------------------------------------------------------------
  // randint(low, high=None, size=None, dtype=int): high == nullptr means randint(low)
  // i.e. [0, low). low/high are 0-d arrays for Python scalars. TypeError
  // "Unsupported dtype dtype('float64') for randint" for non-integer dtypes.
  ArrayPtr randint(const ArrayPtr& low, const ArrayPtr& high, const SizeArg& size,
                   DType dtype = DType::Int64);
  ArrayPtr randint(int64_t low, std::optional<int64_t> high, const SizeArg& size,
                   DType dtype = DType::Int64);

  // --- sampling --------------------------------------------------------------------
  // choice(a, size=None, replace=True, p=None): `a` is a 0-d integer array for an int
  // population, else a 1-d array; p may be null.
  ArrayPtr choice(const ArrayPtr& a, const SizeArg& size, bool replace = true,
                  const ArrayPtr& p = nullptr);
  ArrayPtr permutation(int64_t n);
  // IndexError "x must be an integer or at least 1-dimensional" for 0-d
  ArrayPtr permutation(const ArrayPtr& x);
  // In place along axis 0. ValueError "array is read-only"; TypeError for 0-d.
  void shuffle(const ArrayPtr& x);

  // --- other distributions (float64 unless noted; int64 for the discrete ones) -----
  ArrayPtr standard_exponential(const SizeArg& size);
  ArrayPtr exponential(const DistArg& scale, const SizeArg& size);
  ArrayPtr standard_gamma(const DistArg& shape, const SizeArg& size);
  ArrayPtr gamma(const DistArg& shape, const DistArg& scale, const SizeArg& size);
  ArrayPtr poisson(const DistArg& lam, const SizeArg& size);
  ArrayPtr binomial(const DistArg& n, const DistArg& p, const SizeArg& size);
  ArrayPtr negative_binomial(const DistArg& n, const DistArg& p, const SizeArg& size);
  ArrayPtr lognormal(const DistArg& mean, const DistArg& sigma, const SizeArg& size);
  ArrayPtr chisquare(const DistArg& df, const SizeArg& size);
  ArrayPtr beta(const DistArg& a, const DistArg& b, const SizeArg& size);

  // --- the scalar legacy samplers (exposed for tests and other modules) ------------
  double gauss();                       // polar method; caches the second value
  double legacy_standard_exponential();  // -log(1 - U)
  double legacy_standard_gamma(double shape);

  MT19937& bit_generator() { return mt_; }
  rnd::BinomialCache& binomial_cache() { return binomial_; }

  // ('MT19937', key, pos, has_gauss, cached_gaussian) of get_state()
  struct State {
    std::vector<uint32_t> key;  // 624 words
    int pos = MT19937::kStateLen;
    bool has_gauss = false;
    double gauss = 0.0;
  };
  State get_state() const;
  // key must hold 624 words (IndexError "index N is out of bounds for axis 0 with size N"
  // otherwise, as NumPy's element-wise copy raises).
  void set_state(const State& st);

  // True while the state comes from OS entropy (no seed()/set_state() since): what it
  // draws differs from run to run.
  bool entropy_seeded() const { return entropy_; }

 private:
  MT19937 mt_;
  bool has_gauss_ = false;
  bool entropy_ = false;  // seeded from OS entropy, not by the program (see run_effects.hpp)
  double gauss_ = 0.0;
  rnd::BinomialCache binomial_;
};

// The process-wide RandomState behind the np.random.* functions (NumPy's mtrand._rand).
RandomState& global_random_state();

}  // namespace sl
