// random_sampling.hpp — the pieces of choice / permutation / shuffle that RandomState and
// Generator share (mtrand.pyx and _generator.pyx run the same steps with different
// messages and integer samplers):
//   - validating `p` (Kahan sum, NaN/negative/sum checks, float32 tolerance),
//   - sampling indices from `p` with replacement (cdf + searchsorted 'right' of uniforms)
//     and without (NumPy's repeated-cdf loop keeping first occurrences),
//   - Fisher-Yates along axis 0 with random_interval, index take along an axis.
//
// Not here: the integer-population samplers (randint / integers, Floyd) — they live with
// their owners.
#pragma once
#include <string>
#include <vector>

#include "core/ndarray.hpp"
#include "core/random_bitgen.hpp"

namespace sl {
namespace rnd {

// NumPy's kahan_sum of n values (0.0 for n <= 0)
double kahan_sum(const double* v, int64_t n);

// Python's len(x) of an array: TypeError "len() of unsized object" for 0-d.
int64_t array_len(const ArrayPtr& x);

// p checked and converted to float64 values. `legacy` picks RandomState's messages
// ("'p' must be 1-dimensional", "'a' and 'p' must have same size") over Generator's.
std::vector<double> checked_probabilities(const ArrayPtr& p, int64_t pop_size, bool legacy);

// Indices drawn with replacement: searchsorted(cdf, uniform, 'right') per element of
// `shape` (one next_double each, in C order). Returns an int64 array of `shape`.
ArrayPtr indices_from_p(BitGenerator& bg, const std::vector<double>& p, const Shape& shape);
// Without replacement: NumPy's loop of fresh uniforms against the cdf of the remaining
// probabilities. Raises "Fewer non-zero entries in p than size".
ArrayPtr unique_indices_from_p(BitGenerator& bg, std::vector<double> p, const Shape& shape);

// In-place Fisher-Yates over axis 0 of `x` (any strides): for i = n-1 .. 1 swap rows i
// and random_interval(i). Exactly the draws of both shuffle()s.
void shuffle_axis0(BitGenerator& bg, const ArrayPtr& x);

// a.take(idx, axis): result shape a.shape[:axis] + idx.shape + a.shape[axis+1:].
// Indices must be in range (callers produce them).
ArrayPtr take_along(const ArrayPtr& a, const ArrayPtr& idx, int axis);

// np.arange(n) as int64 (empty for n <= 0)
ArrayPtr arange_int64(int64_t n);

}  // namespace rnd
}  // namespace sl
