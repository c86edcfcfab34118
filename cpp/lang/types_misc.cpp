// types_misc.cpp — the small builtin types: None, NotImplemented, Ellipsis, object, type,
// builtin functions and descriptors, property/classmethod/staticmethod, and the exception
// classes (construction, args, str/repr). Python functions and bound methods get their
// slots from the evaluator (function.cpp).
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/generic_alias.hpp"
#include "lang/parser.hpp"
#include "lang/complex.hpp"

namespace sl {

TypeObject* property_type = nullptr;
TypeObject* classmethod_type = nullptr;
TypeObject* staticmethod_type = nullptr;

void init_module_type();       // module.cpp
void init_function_types();    // function.cpp

namespace {

ObjPtr exc_construct(Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) {
  if (!kwargs.empty()) raise_type_error(cls->name + "() takes no keyword arguments");
  std::vector<ObjPtr> a(args.begin(), args.end());
  return ObjPtr(new ExceptionObject(cls, make_tuple(std::move(a))));
}

ObjPtr exc_str(Interpreter&, const ObjPtr& self) {
  auto* e = static_cast<ExceptionObject*>(self.get());
  const auto& a = tuple_items(e->args);
  if (a.empty()) return make_str("");
  if (a.size() == 5 && e->type()->is_subtype_of(exception_type(ErrorType::UnicodeError))) {
    std::string m = unicode_error_message(self);
    if (!m.empty()) return make_str(m);
  }
  if (a.size() == 1) {
    if (e->type()->is_subtype_of(exception_type(ErrorType::KeyError))) return make_str(repr(a[0]));
    return make_str(str(a[0]));
  }
  return make_str(repr(e->args));
}

ObjPtr exc_repr(Interpreter&, const ObjPtr& self) {
  auto* e = static_cast<ExceptionObject*>(self.get());
  const auto& a = tuple_items(e->args);
  if (a.size() == 1) return make_str(e->type()->name + "(" + repr(a[0]) + ")");
  return make_str(e->type()->name + repr(e->args));
}

ObjPtr wrapper_construct(Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) {
  if (cls == property_type) {
    static const Signature sig("property", {"fget=", "fset=", "fdel=", "doc="});
    BoundArgs a = sig.bind(args, kwargs);
    auto w = make_object<WrapperObject>(property_type, a.given(0) ? a[0] : nullptr);
    if (a.given(1)) w->fset = a[1];
    return w;
  }
  check_no_kwargs(cls->name.c_str(), kwargs);
  check_nargs(cls->name.c_str(), args, 1, 1);
  return make_object<WrapperObject>(cls, args[0]);
}

}  // namespace

void init_builtin_type_slots() {
  init_number_types();
  init_complex_type();
  init_str_type();
  init_sequence_types();
  init_mapping_types();
  init_misc_types();
  init_module_type();
  init_function_types();
}

void init_misc_types() {
  none_type->repr = [](Interpreter&, const ObjPtr&) { return make_str("None"); };
  none_type->truth = [](Interpreter&, const ObjPtr&) { return false; };
  none_type->hash = [](Interpreter&, const ObjPtr&) -> int64_t { return 0x5f3759df; };
  notimpl_type->repr = [](Interpreter&, const ObjPtr&) { return make_str("NotImplemented"); };
  ellipsis_type->repr = [](Interpreter&, const ObjPtr&) { return make_str("Ellipsis"); };

  object_type->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
    if (!args.empty() || !kwargs.empty()) raise_type_error("object() takes no arguments");
    return ObjPtr(new Object(cls));
  };

  type_type->repr = [](Interpreter&, const ObjPtr& self) {
    return make_str("<class '" + cast<TypeObject>(self)->qualified_name() + "'>");
  };
  type_type->hash = [](Interpreter&, const ObjPtr& self) -> int64_t {
    return static_cast<int64_t>(reinterpret_cast<uintptr_t>(self.get()) >> 4);
  };
  type_type->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    if (args.size() == 1 && kwargs.empty()) return ObjPtr(python_type(args[0]));
    raise_type_error("type() takes 1 or 3 arguments");
  };
  // int | None is a types.UnionType (generic_alias.cpp); None | int reaches the reflected slot
  type_type->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) {
    return union_or(a, b);
  };
  type_type->rbinop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& self, const ObjPtr& other) {
    return union_or(other, self);
  };

  builtin_function_type->repr = [](Interpreter&, const ObjPtr& self) {
    auto* b = cast<BuiltinFunctionObject>(self);
    if (b->self && !is_type(b->self) && b->self->type() != module_type)
      return make_str("<built-in method " + b->name + " of " + type_name(b->self) + " object at " +
                      address_string(b->self.get()) + ">");
    return make_str("<built-in function " + b->name + ">");
  };
  add_getset(builtin_function_type, "__name__",
             [](Interpreter&, const ObjPtr& self) { return make_str(cast<BuiltinFunctionObject>(self)->name); });
  add_getset(builtin_function_type, "__qualname__", [](Interpreter&, const ObjPtr& self) {
    auto* b = cast<BuiltinFunctionObject>(self);
    return make_str(b->owner.empty() ? b->name : b->owner + "." + b->name);
  });
  add_getset(method_descriptor_type, "__name__",
             [](Interpreter&, const ObjPtr& self) { return make_str(cast<MethodDescriptorObject>(self)->name); });
  method_descriptor_type->repr = [](Interpreter&, const ObjPtr& self) {
    auto* d = cast<MethodDescriptorObject>(self);
    return make_str("<method '" + d->name + "' of '" + d->owner->qualified_name() + "' objects>");
  };
  getset_descriptor_type->repr = [](Interpreter&, const ObjPtr& self) {
    auto* d = cast<GetSetDescriptorObject>(self);
    return make_str("<attribute '" + d->name + "' of '" + d->owner->qualified_name() + "' objects>");
  };

  property_type = new_type("property", "builtins");
  classmethod_type = new_type("classmethod", "builtins");
  staticmethod_type = new_type("staticmethod", "builtins");
  for (TypeObject* t : {property_type, classmethod_type, staticmethod_type}) t->construct = wrapper_construct;
  add_method(property_type, "setter", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("setter", args, 1, 1);
    auto* w = cast<WrapperObject>(self);
    auto n = make_object<WrapperObject>(property_type, w->func);
    n->fset = args[0];
    return n;
  });
  add_method(property_type, "getter", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("getter", args, 1, 1);
    auto* w = cast<WrapperObject>(self);
    auto n = make_object<WrapperObject>(property_type, args[0]);
    n->fset = w->fset;
    return n;
  });

  // Exceptions: every class of the table shares these slots through BaseException.
  TypeObject* be = exception_type(ErrorType::BaseException);
  be->construct = exc_construct;
  be->str = exc_str;
  be->repr = exc_repr;
  add_getset(
      be, "args", [](Interpreter&, const ObjPtr& self) { return static_cast<ExceptionObject*>(self.get())->args; },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) {
        static_cast<ExceptionObject*>(self.get())->args = make_tuple(iterate(v));
      });
  add_getset(
      be, "__cause__",
      [](Interpreter&, const ObjPtr& self) {
        auto* e = static_cast<ExceptionObject*>(self.get());
        return e->cause ? e->cause : None();
      },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) {
        static_cast<ExceptionObject*>(self.get())->cause = is_none(v) ? nullptr : v;
      });
  add_getset(be, "__context__", [](Interpreter&, const ObjPtr& self) {
    auto* e = static_cast<ExceptionObject*>(self.get());
    return e->context ? e->context : None();
  });
  add_getset(
      be, "__suppress_context__",
      [](Interpreter&, const ObjPtr& self) { return make_bool(static_cast<ExceptionObject*>(self.get())->suppress_context); },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) {
        static_cast<ExceptionObject*>(self.get())->suppress_context = is_true(v);
      });
  add_getset(be, "__traceback__", [](Interpreter&, const ObjPtr&) { return None(); });
  add_method(be, "__init__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    static_cast<ExceptionObject*>(self.get())->args = make_tuple(std::vector<ObjPtr>(args.begin(), args.end()));
    return None();
  });
  // UnicodeDecodeError / UnicodeEncodeError(encoding, object, start, end, reason)
  static const char* const kUnicodeAttrs[] = {"encoding", "object", "start", "end", "reason"};
  for (ErrorType et : {ErrorType::UnicodeDecodeError, ErrorType::UnicodeEncodeError})
    for (int k = 0; k < 5; ++k)
      add_getset(exception_type(et), kUnicodeAttrs[k], [k](Interpreter&, const ObjPtr& self) {
        const auto& a = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
        return static_cast<size_t>(k) < a.size() ? a[static_cast<size_t>(k)] : None();
      });
  // StopIteration.value: the generator's return value (args[0], None without args)
  add_getset(exception_type(ErrorType::StopIteration), "value", [](Interpreter&, const ObjPtr& self) {
    const auto& a = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
    return a.empty() ? None() : a[0];
  });
  add_method(object_type, "__init__", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return None(); });
  // object.__new__(cls) (also reached as super().__new__(cls), which may arrive bound to cls)
  add_method(object_type, "__new__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    ObjPtr cls = !args.empty() && is_type(args[0]) ? args[0] : self;
    if (!is_type(cls)) raise_type_error("object.__new__(X): X is not a type object (" + type_name(cls) + ")");
    return new_instance(cast<TypeObject>(cls));
  });
  add_method(be, "with_traceback", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return self; });
  // OSError(errno, strerror[, filename]): .errno .strerror .filename, and CPython's
  // str(SyntaxError): "msg (file.py, line 3)" with the file's base name, as CPython
  exception_type(ErrorType::SyntaxError)->str = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
    DictObject* d = self->peek_instance_dict();
    ObjPtr msg = d ? d->get(std::string("msg")) : nullptr;
    if (!msg) return exc_str(in, self);
    ObjPtr fn = d->get(std::string("filename")), ln = d->get(std::string("lineno"));
    std::string file;
    if (fn && is_str(fn)) {
      file = str_value(fn);
      size_t slash = file.rfind('/');
      if (slash != std::string::npos) file = file.substr(slash + 1);
    }
    bool have_line = ln && is_int(ln);
    std::string m = str(msg);
    if (!file.empty() && have_line) return make_str(m + " (" + file + ", line " + str(ln) + ")");
    if (!file.empty()) return make_str(m + " (" + file + ")");
    if (have_line) return make_str(m + " (line " + str(ln) + ")");
    return make_str(m);
  };
  // "[Errno 2] No such file or directory: 'x'" as its str
  TypeObject* ose = exception_type(ErrorType::OSError);
  ose->str = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
    const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
    if (args.size() == 2) {
      std::string s = "[Errno " + str(args[0]) + "] " + str(args[1]);
      DictObject* d = self->peek_instance_dict();
      ObjPtr fn = d ? d->get(std::string("filename")) : nullptr;
      if (fn && !is_none(fn)) s += ": " + repr(fn);
      return make_str(s);
    }
    return exc_str(in, self);
  };
  ose->construct = [](Interpreter& in, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
    // OSError(errno, strerror, filename): the filename is kept apart from args, like CPython
    if (args.size() >= 3 && args.size() <= 5) {
      ObjPtr e = exc_construct(in, cls, PosArgs(args.data(), 2), kwargs);
      e->instance_dict()->set("filename", args[2]);
      return e;
    }
    return exc_construct(in, cls, args, kwargs);
  };
  add_getset(ose, "errno", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
    return args.size() >= 2 && args.size() <= 5 ? args[0] : None();
  });
  add_getset(ose, "strerror", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
    return args.size() >= 2 && args.size() <= 5 ? args[1] : None();
  });
  add_getset(ose, "filename", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    DictObject* d = self->peek_instance_dict();
    ObjPtr fn = d ? d->get(std::string("filename")) : nullptr;
    return fn ? fn : None();
  });
  // SystemExit.code: None without arguments, the argument, or the args tuple
  add_getset(exception_type(ErrorType::SystemExit), "code", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    const auto& args = tuple_items(static_cast<ExceptionObject*>(self.get())->args);
    if (args.empty()) return None();
    return args.size() == 1 ? args[0] : static_cast<ExceptionObject*>(self.get())->args;
  });
}

ObjPtr make_syntax_error(const SyntaxErrorInfo& info, const std::string& filename, const std::string& code) {
  if (info.recursion) return make_exception(ErrorType::RecursionError, info.message);
  ErrorType et = info.indentation ? ErrorType::IndentationError : ErrorType::SyntaxError;
  ObjPtr exc = make_exception(et, info.message);
  DictObject* d = exc->instance_dict();
  std::string text;
  {
    int line = 1;
    size_t start = 0;
    while (line < info.line && start < code.size()) {
      size_t nl = code.find('\n', start);
      if (nl == std::string::npos) {
        start = code.size();
        break;
      }
      start = nl + 1;
      ++line;
    }
    size_t e = code.find('\n', start);
    text = code.substr(start, e == std::string::npos ? std::string::npos : e - start);
  }
  d->set("msg", make_str(info.message));
  d->set("filename", make_str(filename));
  d->set("lineno", make_int(info.line));
  d->set("offset", make_int(info.col + 1));
  d->set("end_offset", make_int(info.end_col >= 0 ? info.end_col + 1 : info.col + 2));
  d->set("text", make_str(text));
  return exc;
}

}  // namespace sl
