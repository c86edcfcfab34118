// numpy_lazy.hpp — parts of numpy written in Python that load on first use: their source
// runs into the module at the first lookup of a name they define (numpy_gaps' module
// __getattr__ asks here before reporting a gap), so `import numpy` stays light in time and
// session memory. The parts themselves are registered by numpy_pysource.cpp.
#pragma once
#include <string>

#include "lang/module.hpp"

namespace sl {

// Runs the lazy part of `module` that defines `name` into `m` (once per module object) and
// says whether `name` exists now; false when no lazy part defines it.
bool load_numpy_lazy(Interpreter& in, ModuleObject& m, const std::string& module, const std::string& name);

}  // namespace sl
