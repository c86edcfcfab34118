// random_generator.hpp — NumPy's Generator on PCG64 (np.random.default_rng), bit-identical
// to NumPy: SeedSequence seeding, Lemire bounded integers, ziggurat normals, and
// _generator.pyx's choice (Floyd's algorithm / tail shuffle without replacement, with an
// optional final shuffle), permutation and shuffle along an axis.
//
// Results are arrays; "size=None" calls return 0-d arrays, which the caller unwraps into
// NumPy's return type (Python float for random/normal/uniform/...; a NumPy int64 scalar
// for integers() with its default dtype; Python int for poisson/binomial; for choice an
// element of `a`, or a row when `a` has more than one dimension).
//
// Not here: spawn and bit_generator.state (modules/numpy/numpy_random_bitgen.cpp), the
// `out=` arguments; the distributions of
// random_dist_table.hpp and random_multivariate.hpp.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "core/ndarray.hpp"
#include "core/random_distributions.hpp"
#include "core/random_params.hpp"
#include "core/random_pcg64.hpp"

namespace sl {

class Generator {
 public:
  explicit Generator(const SeedSequence& seq) : bg_(std::make_shared<PCG64>(seq)) {}
  // Generator(bit_generator): draws from `bg`, which others (the Python bit generator
  // object, other Generators) may hold and advance too, as in NumPy.
  explicit Generator(std::shared_ptr<BitGenerator> bg) : bg_(std::move(bg)) {}

  // random(size=None, dtype=float64|float32): TypeError "Unsupported dtype
  // dtype('int64') for random" otherwise.
  ArrayPtr random(const SizeArg& size, DType dtype = DType::Float64);
  // integers(low, high=None, size=None, dtype=int64, endpoint=False); high == nullptr
  // means [0, low). low/high are 0-d arrays for Python scalars.
  ArrayPtr integers(const ArrayPtr& low, const ArrayPtr& high, const SizeArg& size,
                    DType dtype = DType::Int64, bool endpoint = false);
  ArrayPtr integers(int64_t low, std::optional<int64_t> high, const SizeArg& size,
                    DType dtype = DType::Int64, bool endpoint = false);
  ArrayPtr standard_normal(const SizeArg& size, DType dtype = DType::Float64);
  ArrayPtr normal(const DistArg& loc, const DistArg& scale, const SizeArg& size);
  ArrayPtr uniform(const DistArg& low, const DistArg& high, const SizeArg& size);
  ArrayPtr standard_exponential(const SizeArg& size);  // method='zig', float64
  ArrayPtr exponential(const DistArg& scale, const SizeArg& size);
  ArrayPtr standard_gamma(const DistArg& shape, const SizeArg& size);  // float64
  ArrayPtr gamma(const DistArg& shape, const DistArg& scale, const SizeArg& size);
  ArrayPtr poisson(const DistArg& lam, const SizeArg& size);
  ArrayPtr binomial(const DistArg& n, const DistArg& p, const SizeArg& size);

  // choice(a, size=None, replace=True, p=None, axis=0, shuffle=True): `a` is a 0-d
  // integer array for an int population; p may be null.
  ArrayPtr choice(const ArrayPtr& a, const SizeArg& size, bool replace = true,
                  const ArrayPtr& p = nullptr, int64_t axis = 0, bool shuffle = true);
  ArrayPtr permutation(int64_t n);
  ArrayPtr permutation(const ArrayPtr& x, int64_t axis = 0);
  void shuffle(const ArrayPtr& x, int64_t axis = 0);

  // permuted(x, axis=None, out=None): a shuffled copy of x (into `out` when given): every
  // 1-d lane along `axis` shuffled independently, or all elements when axis is None.
  ArrayPtr permuted(const ArrayPtr& x, std::optional<int64_t> axis, const ArrayPtr& out = nullptr);

  BitGenerator& bit_generator() { return *bg_; }
  const std::shared_ptr<BitGenerator>& shared_bit_generator() const { return bg_; }
  rnd::BinomialCache& binomial_cache() { return binomial_; }

 private:
  // Lemire-bounded int in [0, i] over the whole shuffle loop (_shuffle_int)
  void shuffle_int(int64_t n, int64_t first, int64_t* data);

  std::shared_ptr<BitGenerator> bg_;  // never null
  rnd::BinomialCache binomial_;
};

// default_rng(seed): `seed` is an int (one element) or a sequence of ints, each >= 0
// (ValueError "expected non-negative integer"). Python ints are 64-bit here; a
// SeedSequence built from other words can be passed to Generator directly.
Generator default_rng(const std::vector<int64_t>& seed);
// default_rng() / default_rng(None): fresh OS entropy
Generator default_rng();

}  // namespace sl
