// numpy_pysource.cpp — the parts of numpy written in Python (cpp/modules/numpy/py/*.py,
// embedded by CMakeLists.txt as string constants): each runs into its module's namespace
// when the module is imported. Python fits the parts whose logic is mostly calls into numpy
// itself and message building (numpy.testing's assertions, poly1d and the polynomial
// functions, numpy.random's multivariate_normal).
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {
namespace {

const char kTestingPy[] =
#include "py/numpy_testing.py.inc"
    ;

const char kPoly1dPy[] =
#include "py/numpy_poly1d.py.inc"
    ;

const char kPolynomialPy[] =
#include "py/numpy_polynomial.py.inc"
    ;

const char kPolynomialPkgPy[] =
#include "py/numpy_polynomial_pkg.py.inc"
    ;

const char kFunctionBasePy[] =
#include "py/numpy_function_base.py.inc"
    ;

const char kTypeCheckPy[] =
#include "py/numpy_type_check.py.inc"
    ;

const char kRandomPy[] =
#include "py/numpy_random.py.inc"
    ;

}  // namespace

void register_numpy_pysource() {
  register_numpy_part("numpy.testing", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kTestingPy);
  });
  register_numpy_part("numpy", [](Interpreter& in, ModuleObject& m) {
    // polyfit's RankWarning (a UserWarning subclass in NumPy)
    def_function(m, "_rank_warning", {"message"}, [](const BoundArgs& b) {
      numpy_warn(ErrorType::UserWarning, str_value(b[0]));
      return None();
    });
    exec_module_source(in, m, kPoly1dPy);
    exec_module_source(in, m, kFunctionBasePy);
    exec_module_source(in, m, kTypeCheckPy);
  });
  register_numpy_part("numpy.polynomial.polynomial", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kPolynomialPy);
  });
  register_numpy_part("numpy.polynomial", [](Interpreter& in, ModuleObject& m) {
    Ref<ModuleObject> sub = import_module(in, "numpy.polynomial.polynomial");
    m.set("polynomial", ObjPtr(sub.get()));
    m.set("Polynomial", sub->get("Polynomial"));
    exec_module_source(in, m, kPolynomialPkgPy);
  });
  register_numpy_part("numpy.random", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kRandomPy);
  });
}

}  // namespace sl
