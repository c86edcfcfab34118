// io_module.cpp — the `io` module: in-memory streams StringIO and BytesIO (py/io.py, run
// at import). Not provided: TextIOWrapper/BufferedReader and friends, io.open (open() is a
// builtin, lang/builtins_io.cpp).
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {

namespace {

const char* const kIoSource =
#include "py/io.py.inc"
    ;

}  // namespace

void register_io_module() {
  register_module("io", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kIoSource); });
}

}  // namespace sl
