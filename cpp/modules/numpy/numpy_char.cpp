// numpy_char.cpp — numpy.char and numpy.strings (NumPy 2 makes the first re-export the
// second): the string functions of py/numpy_char.py, one source for both modules. String
// comparisons themselves are the array operators (core/string_compare).
#include "modules/numpy/numpy_module.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {
namespace {

const char kCharPy[] =
#include "py/numpy_char.py.inc"
    ;

}  // namespace

void register_numpy_char() {
  register_numpy_part("numpy.char", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kCharPy); });
  register_numpy_part("numpy.strings", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kCharPy); });
}

}  // namespace sl
