// nan_reduce.hpp — NumPy's nan-functions (numpy/lib/_nanfunctions_impl.py) that are plain
// reductions, step for step so results are bit-identical: NaNs are replaced in a copy
// (_replace_nan: 0 for sums, 1 for products, ±inf for arg-extrema) and the ordinary
// reduction runs on it; nanmin/nanmax are fmin/fmax.reduce; nanmean/nanvar/nanstd count
// the non-NaN elements per slice and divide by that count (NaN where it is zero, as
// NumPy's _divide_by_count under errstate(ignore)). Integer and bool inputs have no NaNs
// and go straight to the ordinary reduction.
// The order-statistic variants (nanmedian, nanpercentile, nanquantile) live in stats.hpp.
// Not here: the RuntimeWarnings NumPy prints ("Mean of empty slice", "All-NaN slice").
#pragma once
#include "core/reduce.hpp"

namespace sl {

ArrayPtr nansum(const ArrayPtr& a, const AxisList& axis = std::nullopt, std::optional<DType> dtype = std::nullopt,
                ArrayPtr out = nullptr, bool keepdims = false, std::optional<Scalar> initial = std::nullopt,
                ArrayPtr where = nullptr);
ArrayPtr nanprod(const ArrayPtr& a, const AxisList& axis = std::nullopt, std::optional<DType> dtype = std::nullopt,
                 ArrayPtr out = nullptr, bool keepdims = false, std::optional<Scalar> initial = std::nullopt,
                 ArrayPtr where = nullptr);
ArrayPtr nanmax(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
                bool keepdims = false, std::optional<Scalar> initial = std::nullopt, ArrayPtr where = nullptr);
ArrayPtr nanmin(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
                bool keepdims = false, std::optional<Scalar> initial = std::nullopt, ArrayPtr where = nullptr);
// ValueError "All-NaN slice encountered" when a slice holds only NaNs.
ArrayPtr nanargmax(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt, ArrayPtr out = nullptr,
                   bool keepdims = false);
ArrayPtr nanargmin(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt, ArrayPtr out = nullptr,
                   bool keepdims = false);
ArrayPtr nancumsum(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                   std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr);
ArrayPtr nancumprod(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                    std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr);
// TypeError "If a is inexact, then out must be inexact" / "If a is inexact, then dtype must
// be inexact" as NumPy.
ArrayPtr nanmean(const ArrayPtr& a, const AxisList& axis = std::nullopt, std::optional<DType> dtype = std::nullopt,
                 ArrayPtr out = nullptr, bool keepdims = false, ArrayPtr where = nullptr);
ArrayPtr nanvar(const ArrayPtr& a, const AxisList& axis = std::nullopt, std::optional<DType> dtype = std::nullopt,
                ArrayPtr out = nullptr, double ddof = 0, bool keepdims = false, ArrayPtr where = nullptr);
ArrayPtr nanstd(const ArrayPtr& a, const AxisList& axis = std::nullopt, std::optional<DType> dtype = std::nullopt,
                ArrayPtr out = nullptr, double ddof = 0, bool keepdims = false, ArrayPtr where = nullptr);

}  // namespace sl
