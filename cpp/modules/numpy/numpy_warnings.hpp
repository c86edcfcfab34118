// numpy_warnings.hpp — how the numpy module issues a Python warning (NumPy's
// RuntimeWarning/UserWarning/FutureWarning, ...): through the `warnings` module when it is
// available (so warnings.filterwarnings / catch_warnings / simplefilter('error') apply, and
// the warning is printed as CPython prints it, on stderr), else as CPython's default
// "Category: message" line on stderr.
#pragma once
#include <string>

#include "core/dtype.hpp"
#include "core/errors.hpp"

namespace sl {

struct TypeObject;

void numpy_warn(ErrorType category, const std::string& message);
// The same with a warning class that is not in the error table (numpy.exceptions'
// ComplexWarning, RankWarning, ...).
void numpy_warn_class(TypeObject* category, const std::string& message);

// NumPy's ComplexWarning "Casting complex values to real discards the imaginary part" when
// values of dtype `from` are cast to `to` and that drops imaginary parts (complex -> a real
// dtype other than bool); nothing otherwise. Issued by the callers that cast on the user's
// behalf (astype, np.array/asarray(dtype=), assignment into a real array, np.copyto).
void warn_complex_cast(DType from, DType to);

}  // namespace sl
