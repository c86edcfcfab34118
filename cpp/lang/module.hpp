// module.hpp — module objects and the registry of importable native modules.
//
// A native module is registered once per process by dotted name with an init function
// that fills a fresh ModuleObject; each Interpreter (session) imports its own instances, so
// per-session state (e.g. a random generator) can live in ModuleObject::state.
//
//   register_module("numpy", [](Interpreter& in, ModuleObject& m) {
//     m.add_function("zeros", zeros_impl);
//     m.set("pi", make_float(M_PI));
//   });
//   register_module("numpy.lib.stride_tricks", ...);
//
// Importing "a.b.c" imports "a", "a.b", "a.b.c" in order and binds each child as an
// attribute of its parent. A package that is not registered itself but has registered
// submodules ("numpy.lib") gets an empty module. Attribute access on a module falls back to
// importing a registered submodule, so `np.lib.stride_tricks.as_strided` works after
// `import numpy as np`. Unknown names raise ModuleNotFoundError "No module named 'x'".
// Then, as in PEP 562, a `__getattr__(name)` in the module's namespace is called; what it
// raises propagates (exception objects keep their message and get no "Did you mean"),
// except a plain sl::raise(ErrorType::AttributeError, ...), which means "no such name":
// the lookup then fails with CPython's message and hint as if there were no hook.
//
// All registrations happen in register_all_modules() (defined in cpp/modules/module_list.cpp,
// one layer up), which Session calls before creating its Interpreter; static-initialiser
// registration would be dropped by the linker for a static library.
#pragma once
#include <functional>
#include <memory>
#include <string>

#include "lang/object.hpp"

namespace sl {

class ModuleObject : public Object {
 public:
  explicit ModuleObject(std::string name);
  std::string name;          // "numpy.random"
  Ref<DictObject> dict;      // the module namespace
  std::shared_ptr<void> state;  // per-session native state (optional)

  void set(const std::string& attr, ObjPtr value) { dict->set(attr, std::move(value)); }
  ObjPtr get(const std::string& attr) const { return dict->get(attr); }  // null when absent
  void add_function(const std::string& fname, NativeFn fn);
  DictObject* instance_dict() override { return dict.get(); }
};

extern TypeObject* module_type;

using ModuleInit = std::function<void(Interpreter& in, ModuleObject& module)>;
void register_module(const std::string& dotted_name, ModuleInit init);
bool module_registered(const std::string& dotted_name);  // itself, or as a package prefix

// The module (importing it on first use) — "numpy.random" returns the submodule.
Ref<ModuleObject> import_module(Interpreter& in, const std::string& dotted_name);

// Calls every register_module() of the project (module_list.cpp). Idempotent.
void register_all_modules();

}  // namespace sl
