// numpy_pysource.cpp — the parts of numpy written in Python (cpp/modules/numpy/py/*.py,
// embedded by CMakeLists.txt as string constants): each runs into its module's namespace
// when the module is imported. Python fits the parts whose logic is mostly calls into numpy
// itself and message building (numpy.testing's assertions, poly1d and the polynomial
// functions, numpy.random's multivariate_normal).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

const char kTestingPy[] =
#include "py/numpy_testing.py.inc"
    ;

const char kTestingWarningsPy[] =
#include "py/numpy_testing_warnings.py.inc"
    ;

const char kTestingStringsPy[] =
#include "py/numpy_testing_strings.py.inc"
    ;

const char kVectorizeSigPy[] =
#include "py/numpy_vectorize_sig.py.inc"
    ;

const char kSpacesNdPy[] =
#include "py/numpy_spaces_nd.py.inc"
    ;

const char kPoly1dPy[] =
#include "py/numpy_poly1d.py.inc"
    ;

const char kPolynomialPy[] =
#include "py/numpy_polynomial.py.inc"
    ;

const char kPolynomialClassPy[] =
#include "py/numpy_polynomial_class.py.inc"
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

const char kScalarAliasesPy[] =
#include "py/numpy_scalar_aliases.py.inc"
    ;

const char kUniqueApiPy[] =
#include "py/numpy_unique_api.py.inc"
    ;

const char kEmathPy[] =
#include "py/numpy_emath.py.inc"
    ;

const char kNestedItersPy[] =
#include "py/numpy_nested_iters.py.inc"
    ;

const char kBroadcastPy[] =
#include "py/numpy_broadcast.py.inc"
    ;

const char kTextIoPy[] =
#include "py/numpy_text_io.py.inc"
    ;

const char kNpzPy[] =
#include "py/numpy_npz.py.inc"
    ;

const char kTrimZerosPy[] =
#include "py/numpy_trim_zeros.py.inc"
    ;

const char kRandomPy[] =
#include "py/numpy_random.py.inc"
    ;

// ---- lazy parts: their source runs on the first lookup of one of their names ------------
struct LazyPart {
  std::string module;
  std::vector<std::string> names;  // the top-level names the source defines
  const char* source;
};
std::vector<LazyPart>& lazy_parts() {
  static std::vector<LazyPart> v;
  return v;
}

// The names a module source defines at top level: `def NAME(`, `class NAME`, `NAME = `.
std::vector<std::string> top_level_names(const char* source) {
  std::vector<std::string> names;
  auto ident_end = [](const std::string& l, size_t from) {
    size_t e = from;
    while (e < l.size() && (std::isalnum(static_cast<unsigned char>(l[e])) || l[e] == '_')) ++e;
    return e;
  };
  // lines split by hand: no iostreams in the engine (binary size)
  const std::string text(source);
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    const std::string line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == ' ' || line[0] == '#') continue;
    size_t start = 0;
    if (line.rfind("def ", 0) == 0) start = 4;
    else if (line.rfind("class ", 0) == 0) start = 6;
    const size_t end = ident_end(line, start);
    if (end == start) continue;
    if (start == 0 && line.compare(end, 3, " = ") != 0) continue;
    names.push_back(line.substr(start, end - start));
  }
  return names;
}

void register_lazy(const std::string& module, const char* source) {
  lazy_parts().push_back({module, top_level_names(source), source});
}

}  // namespace

bool load_numpy_lazy(Interpreter& in, ModuleObject& m, const std::string& module, const std::string& name) {
  for (LazyPart& p : lazy_parts()) {
    if (p.module != module || !p.source) continue;
    if (std::find(p.names.begin(), p.names.end(), name) == p.names.end()) continue;
    // Run once per module object: a marker attribute records it (sessions build fresh modules)
    const std::string marker = "_sl_loaded_" + std::to_string(&p - lazy_parts().data());
    if (m.get(marker)) return false;
    m.set(marker, None());
    exec_module_source(in, m, p.source);
    return static_cast<bool>(m.get(name));
  }
  return false;
}

ObjPtr numpy_python_helper(const std::string& name) {
  Ref<ModuleObject> np = import_module(current_interpreter(), "numpy");
  if (ObjPtr f = np->get(name)) return f;
  if (load_numpy_lazy(current_interpreter(), *np, "numpy", name)) return np->get(name);
  raise(ErrorType::AttributeError, "module 'numpy' has no attribute '" + name + "'");
}

bool array_endpoints(const BoundArgs& b, std::initializer_list<size_t> positions) {
  for (size_t i : positions)
    if (b.has(i) && (is_list(b[i]) || is_tuple(b[i]) || is_ndarray(b[i]))) return true;
  return false;
}

ObjPtr forward_to_python(const std::string& helper, const BoundArgs& b,
                         std::initializer_list<const char*> params) {
  std::vector<ObjPtr> pos;
  std::vector<KwArg> kw;
  size_t i = 0;
  for (const char* name : params) {
    if (i < 2) pos.push_back(b[i]);
    else if (b.has(i)) kw.push_back({name, b[i]});
    ++i;
  }
  return call(numpy_python_helper(helper), PosArgs(pos), KwArgs(kw));
}

void register_numpy_pysource() {
  register_numpy_part("numpy.testing", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kTestingPy);
    exec_module_source(in, m, kTestingWarningsPy);
    exec_module_source(in, m, kTestingStringsPy);
  });
  // (polyfit's RankWarning, np._rank_warning, is numpy_exceptions.cpp's)
  // Loaded on first use, so that `import numpy` stays light (time and session memory)
  register_lazy("numpy", kPoly1dPy);
  register_lazy("numpy", kFunctionBasePy);
  register_lazy("numpy", kTypeCheckPy);
  register_lazy("numpy", kVectorizeSigPy);  // np.vectorize(signature=...)
  register_lazy("numpy", kSpacesNdPy);      // array endpoints of linspace/logspace/geomspace
  register_lazy("numpy", kScalarAliasesPy);  // sctypeDict, ScalarType
  register_lazy("numpy", kUniqueApiPy);      // unique_all/_counts/_inverse/_values, sort_complex
  register_lazy("numpy", kBroadcastPy);      // np.broadcast
  register_lazy("numpy", kNestedItersPy);    // np.nested_iters
  register_lazy("numpy", kTextIoPy);         // fromstring, fromfile, ndarray.tofile
  register_lazy("numpy", kNpzPy);            // savez, savez_compressed, NpzFile
  register_lazy("numpy", kTrimZerosPy);      // trim_zeros (NumPy 2.2: n-d, axis=)
  register_numpy_part("numpy.emath", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kEmathPy); });
  register_lazy("numpy.random", kRandomPy);
  register_numpy_part("numpy.polynomial.polynomial", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kPolynomialPy);
    exec_module_source(in, m, kPolynomialClassPy);
  });
  register_numpy_part("numpy.polynomial", [](Interpreter& in, ModuleObject& m) {
    Ref<ModuleObject> sub = import_module(in, "numpy.polynomial.polynomial");
    m.set("polynomial", ObjPtr(sub.get()));
    m.set("Polynomial", sub->get("Polynomial"));
    exec_module_source(in, m, kPolynomialPkgPy);
  });
}

}  // namespace sl
