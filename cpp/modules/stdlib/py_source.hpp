// py_source.hpp — standard modules (or parts of them) written in Python source that is
// embedded in the binary as a string literal and run in the module's own namespace when
// the module is first imported in a session.
//
// Used where the Python is simpler than native code and fast enough (the class and
// decorator machinery of dataclasses, textwrap's line filling, statistics' exact rational
// arithmetic). Hot paths stay native. The source is parsed once per import; its AST is kept
// alive by the interpreter (functions point into it). Tracebacks through it name the file
// "<frozen NAME>", like CPython's frozen modules.
//
// A syntax error in embedded source is a bug of ours: it surfaces as RuntimeError.
#pragma once
#include <string>

#include "lang/module.hpp"

namespace sl {

// Runs `source` with `m`'s dict as globals (native functions set before the call are
// visible to it; names it defines become module attributes).
void exec_module_source(Interpreter& in, ModuleObject& m, const std::string& source);

}  // namespace sl
