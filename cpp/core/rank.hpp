// rank.hpp — scipy.stats.rankdata (SciPy 1.10) and scipy.stats.mstats.rankdata.
//
// rankdata follows SciPy's code path exactly: argsort (kind 'stable' for 'ordinal',
// 'quicksort' otherwise), run detection on the sorted values, and the NaN policy decided by
// np.isnan(np.sum(a)) (so +inf and -inf together count as "contains NaN", as in SciPy).
// Result dtypes: float64 for 'average', int64 otherwise; 'propagate' with NaNs gives an
// all-NaN array of the input's float dtype; 'omit' gives float64 with NaN at the NaNs.
// axis=None ranks the flattened array (1-d result); with an axis the lanes go through
// np.apply_along_axis, whose result is a transposed view of a C-ordered buffer — we build
// the same layout.
//
// mstats_rankdata: masked-array ranking — average ranks (float64) among unmasked values,
// masked values get 0 (or (n+1)/2 with use_missing).
#pragma once
#include <optional>
#include <string>

#include "core/ndarray.hpp"

namespace sl {

ArrayPtr rankdata(const ArrayPtr& a, const std::string& method = "average",
                  std::optional<int64_t> axis = std::nullopt,
                  const std::string& nan_policy = "propagate");

// mask: bool array of a's shape (nullptr: nothing masked).
ArrayPtr mstats_rankdata(const ArrayPtr& a, const ArrayPtr& mask = nullptr,
                         std::optional<int64_t> axis = std::nullopt, bool use_missing = false);

}  // namespace sl
