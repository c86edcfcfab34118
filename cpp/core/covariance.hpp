// covariance.hpp — np.average, np.cov, np.corrcoef following numpy/lib/_function_base_impl.py
// operation by operation (NumPy 2 semantics and messages): average divides a weighted sum
// by the weight sum in the promoted dtype (at least float64 for integer data); cov centres
// the float64 rows on their (weighted) mean, forms X·Xᵀ (sequential k sums, like NumPy's
// netlib BLAS) and multiplies by 1/fact; corrcoef divides by the outer product of the
// standard deviations and clips to [-1, 1].
// Not here: complex data (conjugation), masked arrays.
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

struct AverageResult {
  ArrayPtr avg;  // 0-d for a full average
  ArrayPtr scl;  // the sum of weights (broadcast to avg's shape when returned=True)
};
// keepdims: nullopt when not given (NumPy passes nothing on then).
AverageResult average(const ArrayPtr& a, const std::optional<std::vector<int64_t>>& axis, const ArrayPtr& weights,
                      std::optional<bool> keepdims, bool returned);

ArrayPtr cov(const ArrayPtr& m, const ArrayPtr& y, bool rowvar, bool bias, std::optional<double> ddof,
             const ArrayPtr& fweights, const ArrayPtr& aweights, std::optional<DType> dtype);
ArrayPtr corrcoef(const ArrayPtr& x, const ArrayPtr& y, bool rowvar, std::optional<DType> dtype);

}  // namespace sl
