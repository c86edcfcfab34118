// format_scalar.hpp — str() and repr() of NumPy scalars (np.float64, np.int8, np.bool_, ...).
// repr follows NumPy 2 (NEP 51): 'np.float64(1.5)', 'np.int64(3)', 'np.True_'. str is the
// bare value: '1.5', '3', 'True', '1e+16'; float32 uses its own shortest digits ('0.1').
//
// Print options affect only repr, in legacy modes ('1.21', '1.25': the bare value).
#pragma once
#include <string>

#include "core/ndarray.hpp"

namespace sl {

std::string scalar_str(const Scalar& s);
std::string scalar_repr(const Scalar& s);

}  // namespace sl
