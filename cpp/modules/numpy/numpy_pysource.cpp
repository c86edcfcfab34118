// numpy_pysource.cpp — the parts of numpy written in Python (cpp/modules/numpy/py/*.py,
// embedded by CMakeLists.txt as string constants): each runs into its module's namespace
// when the module is imported. Python fits the parts whose logic is mostly calls into numpy
// itself and message building (numpy.testing's assertions, numpy.polynomial's classes).
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"
#include "modules/numpy/numpy_module.hpp"

namespace sl {
namespace {

const char kTestingPy[] =
#include "py/numpy_testing.py.inc"
    ;

}  // namespace

void register_numpy_pysource() {
  register_numpy_part("numpy.testing", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kTestingPy);
  });
}

}  // namespace sl
