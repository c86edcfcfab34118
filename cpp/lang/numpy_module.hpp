// numpy_module.hpp — registration of the `numpy` package. The memory-model functions are
// defined in numpy_module.cpp; each compute area (ufuncs, reductions, sorting, random,
// I/O) adds its functions to a (sub)module through register_numpy_part, called from
// register_numpy_modules before any session imports numpy.
#pragma once
#include <string>

#include "lang/module.hpp"

namespace sl {

struct NumpyPart {
  std::string module;  // "numpy", "numpy.random", "numpy.lib.stride_tricks", ...
  ModuleInit init;     // adds functions/attributes to that module
};
void register_numpy_part(const std::string& module, ModuleInit init);
// Registers numpy, numpy.lib.stride_tricks (and the parts' submodules). Called from
// register_all_modules().
void register_numpy_modules();

}  // namespace sl
