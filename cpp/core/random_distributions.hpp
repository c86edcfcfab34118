// random_distributions.hpp — the scalar samplers both RandomState and Generator draw from,
// each the same algorithm, with the same draws in the same order, as NumPy's
// src/distributions/distributions.c: ziggurat normal/exponential, Marsaglia-Tsang gamma,
// Poisson (multiplication below lam = 10, Hoermann's PTRS above), binomial (inversion /
// Kachitvichyanukul-Schmeiser BTPE), bounded integers (masked rejection for RandomState,
// Lemire for Generator, with NumPy's 32-bit buffering for 8/16-bit and bool draws) and
// random_interval (shuffles).
//
// Here only scalars: array filling, parameter checks and broadcasting live in
// random_params.hpp; the legacy-only samplers (polar gauss, legacy gamma) in random_legacy.
#pragma once
#include <cstdint>

#include "core/random_bitgen.hpp"

namespace sl {
namespace rnd {

double standard_normal(BitGenerator& bg);  // ziggurat, float64
float standard_normal_f(BitGenerator& bg); // ziggurat, float32
double standard_exponential(BitGenerator& bg);  // ziggurat
double standard_gamma(BitGenerator& bg, double shape);  // Generator's (ziggurat inside)
double loggam(double x);

int64_t poisson(BitGenerator& bg, double lam);

// Setup values of the binomial samplers, reused while (n, p) repeat (NumPy's binomial_t).
struct BinomialCache {
  bool has = false;
  int64_t nsave = 0;
  double psave = 0;
  double r = 0, q = 0, fm = 0, p1 = 0, xm = 0, xl = 0, xr = 0, c = 0, laml = 0, lamr = 0,
         p2 = 0, p3 = 0, p4 = 0;
  int64_t m = 0;
};
// Generator.binomial (returns 0 early for n == 0 or p == 0)
int64_t binomial(BitGenerator& bg, double p, int64_t n, BinomialCache& cache);
// RandomState.binomial (no early return: the legacy stream)
int64_t legacy_binomial(BitGenerator& bg, double p, int64_t n, BinomialCache& cache);

// Smallest all-ones mask >= max
uint64_t gen_mask(uint64_t max);
// Uniform in [0, max] by masked rejection on 32-bit draws when max fits, else 64-bit.
uint64_t random_interval(BitGenerator& bg, uint64_t max);

// Spare bits of a 32-bit draw for 8/16-bit and bool samples; one per filled array.
struct Buffer32 {
  uint32_t buf = 0;
  int bcnt = 0;
};
// Uniform in [off, off + rng] (wrapping), masked rejection or Lemire's method.
uint64_t bounded_uint64(BitGenerator& bg, uint64_t off, uint64_t rng, bool masked);
uint32_t bounded_uint32(BitGenerator& bg, uint32_t off, uint32_t rng, bool masked);
uint16_t bounded_uint16(BitGenerator& bg, uint16_t off, uint16_t rng, bool masked, Buffer32& b);
uint8_t bounded_uint8(BitGenerator& bg, uint8_t off, uint8_t rng, bool masked, Buffer32& b);
bool bounded_bool(BitGenerator& bg, bool off, bool rng, Buffer32& b);

}  // namespace rnd
}  // namespace sl
