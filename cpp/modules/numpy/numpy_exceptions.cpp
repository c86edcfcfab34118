// numpy_exceptions.cpp — the numpy.exceptions module: NumPy 2.x's exception and warning
// classes with NumPy 2.x's bases (AxisError(ValueError), ComplexWarning(RuntimeWarning),
// DTypePromotionError(TypeError), ModuleDeprecationWarning(DeprecationWarning),
// RankWarning(RuntimeWarning), TooHardError(RuntimeError),
// VisibleDeprecationWarning(UserWarning)). AxisError is an entry of the error table
// (core/errors.hpp) because engine code raises it; the others are made here, once per
// process like the table's classes, and engine code reaches them through
// numpy_exception_class(). AxisError gets NumPy's constructor:
//   AxisError(axis, ndim=None, msg_prefix=None)
//     one argument: the message itself (axis and ndim are None);
//     otherwise:    "[msg_prefix: ]axis A is out of bounds for array of dimension N",
//                   with .axis and .ndim set.
// AxisError's second base, IndexError, is a TypeObject::extra_bases entry: `except
// IndexError` catches it and __mro__ is NumPy's (AxisError, ValueError, IndexError, ...).
#include "lang/interpreter.hpp"
#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {
namespace {

// The classes numpy.exceptions defines besides AxisError: (name, base in the error table)
struct Defined {
  const char* name;
  ErrorType base;
};
const Defined kDefined[] = {
    {"ComplexWarning", ErrorType::RuntimeWarning},
    {"DTypePromotionError", ErrorType::TypeError},
    {"ModuleDeprecationWarning", ErrorType::DeprecationWarning},
    {"RankWarning", ErrorType::RuntimeWarning},
    {"TooHardError", ErrorType::RuntimeError},
    {"VisibleDeprecationWarning", ErrorType::UserWarning},
};

std::vector<std::pair<std::string, TypeObject*>>& defined_classes() {
  static auto* v = [] {
    auto* out = new std::vector<std::pair<std::string, TypeObject*>>();
    for (const Defined& d : kDefined) {
      TypeObject* base = exception_type(d.base);
      auto* t = new TypeObject(d.name, "numpy.exceptions", base);
      t->make_immortal();
      t->is_exception = true;
      t->error_type = base->error_type;  // the nearest class of the table
      t->subclassable = true;
      out->emplace_back(d.name, t);
    }
    return out;
  }();
  return *v;
}

TypeObject* numpy_exception_class(const std::string& name) {
  for (auto& [n, t] : defined_classes())
    if (n == name) return t;
  return nullptr;
}

// Instance-dict keys of a constructed AxisError (absent on one raised by the engine, whose
// message is already formatted: its .axis and .ndim read as None).
const char kAxisKey[] = "_sl_axis";
const char kNdimKey[] = "_sl_ndim";
const char kPrefixKey[] = "_sl_msg_prefix";
const char kMsgKey[] = "_sl_msg";  // set by the one-argument form

ObjPtr dict_value(const ObjPtr& self, const char* key) {
  DictObject* d = self->peek_instance_dict();
  ObjPtr v = d ? d->get(std::string(key)) : nullptr;
  return v ? v : None();
}

// An AxisError raised by the engine carries only its message, "[prefix: ]axis A is out of
// bounds for array of dimension N"; NumPy's C code builds it from (A, N, prefix), so .axis
// and .ndim are read back from the message (None when it has another form).
ObjPtr engine_axis_field(const ObjPtr& self, bool want_ndim) {
  const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
  if (args.size() != 1 || !is_str(args[0])) return None();
  const std::string& m = str_value(args[0]);
  static const std::string kMid = " is out of bounds for array of dimension ";
  const size_t mid = m.rfind(kMid);
  if (mid == std::string::npos) return None();
  const size_t axis_at = m.rfind("axis ", mid);
  if (axis_at == std::string::npos) return None();
  auto parse = [](const std::string& t) -> ObjPtr {
    if (t.empty() || t.size() > 18) return None();
    size_t i = t[0] == '-' ? 1 : 0;
    if (i == t.size()) return None();
    for (size_t k = i; k < t.size(); ++k)
      if (t[k] < '0' || t[k] > '9') return None();
    return make_int(std::stoll(t));
  };
  if (want_ndim) return parse(m.substr(mid + kMid.size()));
  return parse(m.substr(axis_at + 5, mid - axis_at - 5));
}

void init_axis_error(const ObjPtr& e, PosArgs args, KwArgs kwargs);

// An instance of a `class X(AxisError)` is made by the class machinery, which calls no native
// __init__: its (axis, ndim[, msg_prefix]) are read from .args on first use.
void ensure_recorded(const ObjPtr& self) {
  DictObject* d = self->peek_instance_dict();
  if (d && (d->get(std::string(kPrefixKey)) || d->get(std::string(kMsgKey)))) return;
  const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
  if (args.size() >= 2 && args.size() <= 3) init_axis_error(self, PosArgs(args), KwArgs());
}

ObjPtr axis_field(const ObjPtr& self, const char* key, bool want_ndim) {
  ensure_recorded(self);
  DictObject* d = self->peek_instance_dict();
  if (d && d->get(std::string(kPrefixKey))) return dict_value(self, key);  // constructed
  if (d && d->get(std::string(kMsgKey))) return None();                   // one-argument form
  return engine_axis_field(self, want_ndim);
}

// AxisError(axis, ndim=None, msg_prefix=None): what the instance dict records
void init_axis_error(const ObjPtr& e, PosArgs args, KwArgs kwargs) {
  static const Signature sig("AxisError", {"axis", "ndim=", "msg_prefix="});
  BoundArgs b = sig.bind(args, kwargs);
  DictObject* d = e->instance_dict();
  if (b.given(1) || b.given(2)) {
    d->set(std::string(kAxisKey), b[0]);
    d->set(std::string(kNdimKey), b.get(1, None()));
    d->set(std::string(kPrefixKey), b.get(2, None()));
  } else {
    d->set(std::string(kMsgKey), b[0]);
  }
}

void install_axis_error() {
  TypeObject* t = exception_type(ErrorType::AxisError);
  if (t->construct) return;  // once per process: the class is immortal
  t->extra_bases.push_back(exception_type(ErrorType::IndexError));
  static ConstructFn base_construct = exception_type(ErrorType::BaseException)->construct;
  static UnaryFn base_str = exception_type(ErrorType::BaseException)->str;
  t->construct = [](Interpreter& in, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
    // BaseException.args keeps the positional arguments only, as CPython's __new__ does
    ObjPtr e = base_construct(in, cls, args, KwArgs());
    init_axis_error(e, args, kwargs);
    return e;
  };
  // for `class MyError(AxisError)`, whose instances are made by the class machinery
  add_method(t, "__init__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
    static_cast<ExceptionObject*>(self.get())->args = make_tuple(std::vector<ObjPtr>(args.begin(), args.end()));
    init_axis_error(self, args, kwargs);
    return None();
  });
  add_method(t, "__str__", [](Interpreter& in, const ObjPtr& self, PosArgs, KwArgs) {
    return exception_type(ErrorType::AxisError)->str(in, self);
  });
  t->str = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
    ensure_recorded(self);
    DictObject* d = self->peek_instance_dict();
    if (!d || !d->get(std::string(kPrefixKey))) return base_str(in, self);  // a message
    ObjPtr axis = dict_value(self, kAxisKey), ndim = dict_value(self, kNdimKey);
    if (is_none(axis) && is_none(ndim)) return base_str(in, self);
    std::string msg = "axis " + str(axis) + " is out of bounds for array of dimension " + str(ndim);
    ObjPtr prefix = dict_value(self, kPrefixKey);
    if (!is_none(prefix)) msg = str(prefix) + ": " + msg;
    return make_str(msg);
  };
  add_getset(t, "axis", [](Interpreter&, const ObjPtr& self) { return axis_field(self, kAxisKey, false); });
  add_getset(t, "ndim", [](Interpreter&, const ObjPtr& self) { return axis_field(self, kNdimKey, true); });
}

}  // namespace

void warn_complex_cast(DType from, DType to) {
  if (!dtype_is_complex(from) || dtype_is_complex(to) || to == DType::Bool) return;
  numpy_warn_class(numpy_exception_class("ComplexWarning"),
                   "Casting complex values to real discards the imaginary part");
}

void register_numpy_exceptions() {
  register_numpy_part("numpy.exceptions", [](Interpreter&, ModuleObject& m) {
    install_axis_error();
    m.set("AxisError", ObjPtr(exception_type(ErrorType::AxisError)));
    for (auto& [n, t] : defined_classes()) m.set(n, ObjPtr(t));
  });
  register_numpy_part("numpy", [](Interpreter&, ModuleObject& m) {
    install_axis_error();
    // polyfit's RankWarning (np.polyfit, Polynomial.fit): numpy.exceptions.RankWarning
    def_function(m, "_rank_warning", {"message"}, [](const BoundArgs& b) {
      TypeObject* cls = numpy_exception_class("RankWarning");
      if (!module_registered("warnings")) {  // a build without the stdlib: CPython's default form
        write_stderr(cls->name + ": " + str_value(b[0]) + "\n");
        return None();
      }
      Ref<ModuleObject> w = import_module(current_interpreter(), "warnings");
      ObjPtr args[2] = {b[0], ObjPtr(cls)};
      call(w->get("warn"), PosArgs(args, 2));
      return None();
    });
  });
}

}  // namespace sl
