// numpy_warnings.hpp — how the numpy module issues a Python warning (NumPy's
// RuntimeWarning/UserWarning/FutureWarning, ...): through the `warnings` module when it is
// available (so warnings.filterwarnings / catch_warnings / simplefilter('error') apply, and
// the warning is printed as CPython prints it, on stderr), else as CPython's default
// "Category: message" line on stderr.
#pragma once
#include <string>

#include "core/errors.hpp"

namespace sl {

void numpy_warn(ErrorType category, const std::string& message);

}  // namespace sl
