// windows.hpp — np.lib.stride_tricks.sliding_window_view: every window of `window_shape`
// along the chosen axes as one strided view (no copy). The result has the input's strides
// followed by the windowed axes' strides again, exactly as NumPy builds it, and is
// read-only unless writeable=true (and the input itself is writeable).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// sliding_window_view(x, window_shape, axis=None, writeable=False). axis = nullopt windows
// every axis (window_shape must then have x.ndim entries); axes may repeat. Errors are
// NumPy's ValueErrors ("window shape cannot be larger than input array shape", ...) and
// AxisError for an out-of-range axis.
ArrayPtr sliding_window_view(const ArrayPtr& x, const std::vector<int64_t>& window_shape,
                             const std::optional<std::vector<int64_t>>& axis = std::nullopt,
                             bool writeable = false);

}  // namespace sl
