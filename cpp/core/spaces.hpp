// spaces.hpp — np.logspace and np.geomspace for scalar endpoints, computed as NumPy 2 does
// (linspace of the exponents, then the power ufunc; geomspace rotates negative starts to
// positive, takes log10, and pins the first/last values to start/stop exactly).
//
// Not here: array-valued endpoints (NumPy's broadcast start/stop with axis=), which callers
// reject with NotImplementedError.
#pragma once
#include <optional>

#include "core/ndarray.hpp"

namespace sl {

ArrayPtr logspace(double start, double stop, int64_t num = 50, bool endpoint = true, double base = 10.0,
                  std::optional<DType> dtype = std::nullopt);
// ValueError "Geometric sequence cannot include zero".
ArrayPtr geomspace(double start, double stop, int64_t num = 50, bool endpoint = true,
                   std::optional<DType> dtype = std::nullopt);

}  // namespace sl
