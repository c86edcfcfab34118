// stats.hpp — order statistics: np.median, np.percentile, np.quantile (method='linear'),
// over axis=None / one axis / a tuple of axes, with keepdims, reproducing NumPy 2's
// numpy/lib/_function_base_impl.py arithmetic exactly:
//   median   = mean of the middle one or two values (sum 0 + a (+ b) in the result dtype,
//              then a float64 division), NaN when the slice holds a NaN;
//   quantile = _lerp(prev, next, gamma): a + (b-a)*g, or b - (b-a)*(1-g) when g >= 0.5, with
//              virtual index (n-1)*q, b-a in the input dtype, and NEP 50 typing: a Python
//              float/int q is weak (float32 data gives float32 results), an array q is
//              strong (float64 results). Integer q (quantile(a, 1)) takes elements exactly.
// nanmedian / nanquantile / nanpercentile drop each slice's NaNs first (an all-NaN slice
// gives NaN), as numpy/lib/_nanfunctions_impl.py's _remove_nan_1d does.
// Not here: weights, overwrite_input.
#pragma once
#include <optional>
#include <string>

#include "core/reduce.hpp"
#include "core/ufunc.hpp"

namespace sl {

ArrayPtr median(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
                bool keepdims = false);

// q is a weak Python scalar or an array (any real dtype, at most 2-d as NumPy allows).
// ValueError "Quantiles must be in the range [0, 1]" / "Percentiles must be in the range
// [0, 100]"; method other than "linear": ValueError.
ArrayPtr quantile(const ArrayPtr& a, const Operand& q, const AxisList& axis = std::nullopt,
                  ArrayPtr out = nullptr, bool keepdims = false,
                  const std::string& method = "linear");
ArrayPtr percentile(const ArrayPtr& a, const Operand& q, const AxisList& axis = std::nullopt,
                    ArrayPtr out = nullptr, bool keepdims = false,
                    const std::string& method = "linear");

ArrayPtr nanmedian(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
                   bool keepdims = false);
ArrayPtr nanquantile(const ArrayPtr& a, const Operand& q, const AxisList& axis = std::nullopt,
                     ArrayPtr out = nullptr, bool keepdims = false, const std::string& method = "linear");
ArrayPtr nanpercentile(const ArrayPtr& a, const Operand& q, const AxisList& axis = std::nullopt,
                       ArrayPtr out = nullptr, bool keepdims = false, const std::string& method = "linear");

}  // namespace sl
