// arith_ops.hpp — the few element-wise computations the shape and linalg functions need,
// written as small typed loops (one instantiation per dtype through visit_dtype) so this
// code does not depend on the ufunc engine: np.diff, np.outer, np.isclose / np.allclose and
// np.array_equal.
//
// Each follows NumPy's result dtype (promote_types of the inputs; integer arithmetic wraps;
// bool diff is `!=` and bool outer is `and`, as NumPy's subtract/multiply loops for bool)
// and its result layout (a fresh array in the operands' memory order, like a ufunc's 'K'
// output). Warnings NumPy prints (overflow, invalid) are not produced.
#pragma once
#include "core/ndarray.hpp"

namespace sl {

// np.diff(a, n=1, axis=-1, prepend=<no value>, append=<no value>). n == 0 returns `a`
// itself; prepend/append (nullptr = not given) are broadcast along the axis when 0-d and
// joined with np.concatenate (so they take part in dtype promotion).
ArrayPtr diff(const ArrayPtr& a, int64_t n = 1, int64_t axis = -1, const ArrayPtr& prepend = nullptr,
              const ArrayPtr& append = nullptr);

// np.outer(a, b): a.ravel()[:, None] * b.ravel()[None, :]
ArrayPtr outer(const ArrayPtr& a, const ArrayPtr& b);
// a * b with broadcasting (ufunc message on mismatch), promoted dtype and the operands'
// memory order: what np.dot does when either operand is 0-d.
ArrayPtr arith_multiply(const ArrayPtr& a, const ArrayPtr& b);

// np.isclose(a, b, rtol, atol, equal_nan) with NumPy 2's formula
//   (|a - b| <= atol + rtol * |b|) & isfinite(b) | (a == b)  [| isnan(a) & isnan(b)]
// where b is first converted to a float type (float32 stays float32, everything else
// float64) and the tolerance is computed in that type (rtol/atol are weak Python floats).
// Returns a bool array: for 0-d inputs a 0-d array (NumPy returns np.bool_); otherwise a
// view of the result (NumPy's `result[()]`).
ArrayPtr isclose(const ArrayPtr& a, const ArrayPtr& b, double rtol = 1e-05, double atol = 1e-08,
                 bool equal_nan = false);
bool allclose(const ArrayPtr& a, const ArrayPtr& b, double rtol = 1e-05, double atol = 1e-08,
              bool equal_nan = false);
// np.array_equal(a1, a2, equal_nan=False): False for different shapes. Mixed int64/uint64
// compare exactly (NumPy 2; NumPy 1.24 compared them as float64).
bool array_equal(const ArrayPtr& a1, const ArrayPtr& a2, bool equal_nan = false);

}  // namespace sl
