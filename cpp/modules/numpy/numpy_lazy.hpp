// numpy_lazy.hpp — parts of numpy written in Python that load on first use: their source
// runs into the module at the first lookup of a name they define (numpy_gaps' module
// __getattr__ asks here before reporting a gap), so `import numpy` stays light in time and
// session memory. The parts themselves are registered by numpy_pysource.cpp.
#pragma once
#include <initializer_list>
#include <string>

#include "lang/args.hpp"
#include "lang/module.hpp"

namespace sl {

// Runs the lazy part of `module` that defines `name` into `m` (once per module object) and
// says whether `name` exists now; false when no lazy part defines it.
bool load_numpy_lazy(Interpreter& in, ModuleObject& m, const std::string& module, const std::string& name);

// numpy.<name> of the current interpreter's numpy module, loading its lazy part if needed:
// how C++ functions hand a case to a Python helper (np.vectorize(signature=), array
// endpoints of np.linspace/logspace/geomspace).
ObjPtr numpy_python_helper(const std::string& name);
// True when one of the arguments at `positions` is a list, tuple or ndarray.
bool array_endpoints(const BoundArgs& b, std::initializer_list<size_t> positions);
// Calls numpy.<helper> with b's arguments: the first two positionally, the others that were
// passed as keywords named by `params` (b's parameter names in order).
ObjPtr forward_to_python(const std::string& helper, const BoundArgs& b,
                         std::initializer_list<const char*> params);

}  // namespace sl
