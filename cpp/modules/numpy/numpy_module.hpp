// numpy_module.hpp — registration of the `numpy` package. The memory-model functions are
// defined in numpy_module.cpp; each compute area (ufuncs, reductions, sorting, random,
// I/O) adds its functions to a (sub)module through register_numpy_part, called from
// register_numpy_modules before any session imports numpy.
#pragma once
#include <string>

#include <functional>
#include <initializer_list>

#include "lang/args.hpp"
#include "lang/module.hpp"

namespace sl {

struct NumpyPart {
  std::string module;  // "numpy", "numpy.random", "numpy.lib.stride_tricks", ...
  ModuleInit init;     // adds functions/attributes to that module
};
void register_numpy_part(const std::string& module, ModuleInit init);
// Defines module function `name` whose arguments bind to `params` (args.hpp syntax) with
// CPython's rules and messages; every numpy_*.cpp file defines its functions through it.
void def_function(ModuleObject& m, const char* name, std::initializer_list<const char*> params,
                  std::function<ObjPtr(const BoundArgs&)> body);
// Registers numpy, numpy.lib.stride_tricks (and the parts' submodules). Called from
// register_all_modules().
void register_numpy_modules();

}  // namespace sl
