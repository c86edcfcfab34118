// numpy_warnings.cpp — see numpy_warnings.hpp.
#include "modules/numpy/numpy_warnings.hpp"

#include "lang/module.hpp"
#include "lang/object.hpp"

namespace sl {

void numpy_warn(ErrorType category, const std::string& message) {
  Interpreter& in = current_interpreter();
  if (module_registered("warnings")) {
    Ref<ModuleObject> w = import_module(in, "warnings");
    if (ObjPtr warn = w->get("warn")) {
      ObjPtr args[2] = {make_str(message), ObjPtr(exception_type(category))};
      call(warn, PosArgs(args, 2));
      return;
    }
  }
  write_stderr(std::string(error_class_name(category)) + ": " + message + "\n");
}

}  // namespace sl
