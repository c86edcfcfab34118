// module.cpp — ModuleObject, the process-wide registry of native modules and the
// per-interpreter import machinery (see module.hpp).
#include "lang/module.hpp"

#include <map>

#include "lang/builtin_types.hpp"
#include "lang/interpreter.hpp"

namespace sl {

namespace {
std::map<std::string, ModuleInit>& registry() {
  static auto* r = new std::map<std::string, ModuleInit>();
  return *r;
}

ObjPtr module_getattr_fallback(Interpreter& in, const ObjPtr& self, const std::string& attr) {
  auto* m = static_cast<ModuleObject*>(self.get());
  std::string sub = m->name + "." + attr;
  if (module_registered(sub)) return import_module(in, sub);
  // PEP 562: a module-level __getattr__(name) answers for the names the module lacks. A
  // native one may raise a plain sl::raise AttributeError to mean "no such attribute": the
  // caller then raises CPython's own message with its "Did you mean" hint (see module.hpp).
  if (ObjPtr hook = m->dict->get("__getattr__")) {
    try {
      ObjPtr arg[1] = {make_str(attr)};
      return call(hook, PosArgs(arg, 1));
    } catch (const PyError& e) {
      if (e.type == ErrorType::AttributeError) return nullptr;
      throw;
    }
  }
  return nullptr;
}
}  // namespace

// true when some registered module lives under `name.`
static bool has_submodules(const std::string& name) {
  auto& r = registry();
  auto it = r.lower_bound(name + ".");
  return it != r.end() && it->first.compare(0, name.size() + 1, name + ".") == 0;
}

ModuleObject::ModuleObject(std::string n) : Object(module_type), name(std::move(n)), dict(make_dict()) {
  dict->set("__name__", make_str(name));
  dict->set("__doc__", None());
}

void ModuleObject::add_function(const std::string& fname, NativeFn fn) {
  set(fname, make_function(fname, std::move(fn)));
}

void register_module(const std::string& dotted_name, ModuleInit init) {
  registry()[dotted_name] = std::move(init);
}

bool module_registered(const std::string& dotted_name) {
  auto& r = registry();
  if (r.count(dotted_name)) return true;
  auto it = r.lower_bound(dotted_name + ".");
  return it != r.end() && it->first.compare(0, dotted_name.size() + 1, dotted_name + ".") == 0;
}

Ref<ModuleObject> import_module(Interpreter& in, const std::string& dotted_name) {
  auto& loaded = in.modules();
  auto found = loaded.find(dotted_name);
  if (found != loaded.end()) return found->second;
  Ref<ModuleObject> parent;
  size_t pos = 0;
  for (;;) {
    size_t dot = dotted_name.find('.', pos);
    std::string prefix = dotted_name.substr(0, dot);
    auto it = loaded.find(prefix);
    Ref<ModuleObject> mod;
    if (it != loaded.end()) {
      mod = it->second;
    } else {
      if (!module_registered(prefix)) {
        std::string msg = "No module named '" + prefix + "'";
        if (parent && !module_registered(parent->name + ".") && !has_submodules(parent->name))
          msg += "; '" + parent->name + "' is not a package";
        raise(ErrorType::ModuleNotFoundError, msg);
      }
      mod = make_object<ModuleObject>(prefix);
      loaded[prefix] = mod;  // before init: a module may import its own submodules
      if (parent) parent->set(prefix.substr(prefix.rfind('.') + 1), mod);
      auto reg = registry().find(prefix);
      if (reg != registry().end()) {
        try {
          reg->second(in, *mod);
        } catch (...) {
          loaded.erase(prefix);
          throw;
        }
      }
    }
    if (parent && !parent->get(prefix.substr(prefix.rfind('.') + 1)))
      parent->set(prefix.substr(prefix.rfind('.') + 1), mod);
    if (dot == std::string::npos) return mod;
    parent = mod;
    pos = dot + 1;
  }
}

void init_module_type() {
  module_type->getattr = module_getattr_fallback;
  module_type->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return make_str("<module '" + static_cast<ModuleObject*>(self.get())->name + "' (built-in)>");
  };
}

}  // namespace sl
