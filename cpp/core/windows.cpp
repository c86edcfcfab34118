#include "core/windows.hpp"

#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {

ArrayPtr sliding_window_view(const ArrayPtr& x, const std::vector<int64_t>& window_shape,
                             const std::optional<std::vector<int64_t>>& axis, bool writeable) {
  for (int64_t w : window_shape)
    if (w < 0) raise_value_error("`window_shape` cannot contain negative values");
  const int nd = x->ndim();
  std::vector<int> axes;
  if (!axis) {
    for (int k = 0; k < nd; ++k) axes.push_back(k);
    if (window_shape.size() != axes.size())
      raise_value_error("Since axis is `None`, must provide window_shape for all dimensions of `x`; "
                        "got " + std::to_string(window_shape.size()) + " window_shape elements and "
                        "`x.ndim` is " + std::to_string(nd) + ".");
  } else {
    axes = layout::normalize_axis_tuple(*axis, nd, true);
    if (window_shape.size() != axes.size())
      raise_value_error("Must provide matching length window_shape and axis; got " +
                        std::to_string(window_shape.size()) + " window_shape elements and " +
                        std::to_string(axes.size()) + " axes elements.");
  }
  Strides strides = x->strides;
  for (int ax : axes) strides.push_back(x->strides[ax]);
  // The same axis can be windowed repeatedly: each window trims it again.
  Shape shape = x->shape;
  for (size_t i = 0; i < axes.size(); ++i) {
    if (shape[axes[i]] < window_shape[i])
      raise_value_error("window shape cannot be larger than input array shape");
    shape[axes[i]] -= window_shape[i] - 1;
  }
  shape.insert(shape.end(), window_shape.begin(), window_shape.end());
  return as_strided(x, shape, strides, writeable);
}

}  // namespace sl
