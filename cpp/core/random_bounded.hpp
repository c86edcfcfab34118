// random_bounded.hpp — uniform integers in [low, high) or [low, high] for every integer
// dtype and bool: the shared engine of RandomState.randint (masked rejection, open
// interval) and Generator.integers (Lemire's method, `endpoint` chooses the interval),
// as numpy/random/_bounded_integers.pyx.in does it:
//   - scalar low/high: bounds checked as Python ints, one fill over the output;
//   - array low/high: NumPy's broadcast path with its own checks and messages;
//   - 8/16-bit and bool samples come from a 32-bit draw split in pieces, 32/64-bit ranges
//     that fit in 32 bits use 32-bit draws — exactly NumPy's consumption of the stream.
// Messages: "high <= 0", "low >= high", "low is out of bounds for int8",
// "high is out of bounds for uint8" (with "<" / ">" when the interval is closed).
//
// Not here: the Python-level defaulting (randint(5) means low=0, high=5) — the callers do it.
#pragma once
#include "core/ndarray.hpp"
#include "core/random_bitgen.hpp"
#include "core/random_params.hpp"

namespace sl {

// `low` and `high` are 0-d arrays for Python scalars. `dtype` must be an integer type or
// bool (the callers raise their own TypeError for others).
ArrayPtr bounded_integers(BitGenerator& bg, const ArrayPtr& low, const ArrayPtr& high,
                          const SizeArg& size, DType dtype, bool masked, bool closed);

}  // namespace sl
