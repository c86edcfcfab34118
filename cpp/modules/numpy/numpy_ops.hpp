// numpy_ops.hpp — conversion of Python values into ufunc operands, shared by the numpy
// glue files (operators, module functions, reductions).
#pragma once
#include <string>
#include <vector>

#include "core/ufunc.hpp"
#include "lang/object.hpp"

namespace sl {
// Python bool/int/float -> weak operand; ndarray/NumPy scalar/list -> array operand.
// false when `o` cannot take part in arithmetic (the operator then returns NotImplemented).
bool to_operand(const ObjPtr& o, Operand* out);
// Same, raising TypeError for unsupported values (function arguments).
Operand operand_arg(const ObjPtr& o);
void register_numpy_ops();
// ufunc.types: "ii->i"-style loop signatures in NumPy's order (numpy_ufunc_types.cpp)
std::vector<std::string> ufunc_type_signatures(UFuncId id);
}  // namespace sl
