// numpy_errstate.hpp — acting on floating-point status flags per np.seterr/np.errstate.
#pragma once
#include <string>

namespace sl {

// Reports the flags (core fp_errors bits) raised by the operation `name` ("divide",
// "scalar add", "cast", ...): RuntimeWarning, FloatingPointError, callback, print or log,
// each kind as the current error state says.
void report_fp_errors(int flags, const std::string& name);
void register_numpy_errstate();

}  // namespace sl
