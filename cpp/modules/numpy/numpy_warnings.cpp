// numpy_warnings.cpp — see numpy_warnings.hpp.
#include "modules/numpy/numpy_warnings.hpp"

#include <set>
#include <tuple>

#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "lang/object.hpp"

namespace sl {

void numpy_warn_class(TypeObject* category, const std::string& message) {
  Interpreter& in = current_interpreter();
  if (module_registered("warnings")) {
    Ref<ModuleObject> w = import_module(in, "warnings");
    if (ObjPtr warn = w->get("warn")) {
      ObjPtr args[2] = {make_str(message), ObjPtr(category)};
      call(warn, PosArgs(args, 2));
      return;
    }
  }
  // Without the warnings module: CPython's default action, once per (category, message,
  // statement) — the statement being the running top-level line of the cell.
  static std::set<std::tuple<const Interpreter*, int, const TypeObject*, std::string>> shown;
  const int line = in.current_module_line ? *in.current_module_line : 0;
  if (!shown.insert({&in, line, category, message}).second) return;
  write_stderr(category->name + ": " + message + "\n");
}

void numpy_warn(ErrorType category, const std::string& message) {
  numpy_warn_class(exception_type(category), message);
}

}  // namespace sl
