// function.cpp — frames, Python function objects and calls (argument binding with
// CPython's error messages, recursion limit, traceback entries), bound methods, and
// user-defined classes: instance creation, __init__, and slot dispatch to dunder methods
// (__repr__, __add__, __getitem__, ...), plus super().
#include <cstring>

#include "lang/args.hpp"
#include "lang/generator.hpp"

namespace sl {

namespace {
// Plain pointers checked for null (not function-local statics: no guard per call).
TypeObject* g_frame_type = nullptr;
inline TypeObject* frame_type() {
  if (!g_frame_type) g_frame_type = new_type("frame", "builtins");
  return g_frame_type;
}
TypeObject* super_type;

// Free lists of frames by slot count: calls allocate one frame each.
constexpr int kPooledSlots = 16;
struct FramePool {
  std::vector<void*> free[kPooledSlots + 1];
};
FramePool* g_frame_pool = nullptr;  // leaked on purpose: frames may die during static destruction
inline FramePool& frame_pool() {
  if (!g_frame_pool) g_frame_pool = new FramePool();
  return *g_frame_pool;
}

std::string join_names(const std::vector<std::string>& names) {
  // 'a' / 'a' and 'b' / 'a', 'b', and 'c'
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}
}  // namespace

// ---------------------------------------------------------------------------------------
// Frames
// ---------------------------------------------------------------------------------------
void* Frame::operator new(size_t size, int nslots) {
  size_t total = size + static_cast<size_t>(nslots) * sizeof(ObjPtr);
  if (nslots <= kPooledSlots) {
    auto& fl = frame_pool().free[nslots];
    if (!fl.empty()) {
      void* p = fl.back();
      fl.pop_back();
      return p;
    }
  }
  return ::operator new(total);
}

// The slot count of the frame being deleted, handed from ~Frame to operator delete (reading
// the dead object's member there would be undefined behaviour). ~Frame releases everything
// that could delete another frame before it sets this, so nothing runs in between.
static int t_deleting_nslots = -1;

void Frame::operator delete(void* p) {
  int n = t_deleting_nslots;
  t_deleting_nslots = -1;
  if (n >= 0 && n <= kPooledSlots && frame_pool().free[n].size() < 64) {
    frame_pool().free[n].push_back(p);
    return;
  }
  ::operator delete(p);
}

Frame::Frame(const ast::Scope* s, int n, Ref<Frame> p, DictObject* g)
    : Object(frame_type()), scope(s), parent(std::move(p)), globals(g), nslots(n) {
  ObjPtr* sl = slots();
  for (int i = 0; i < n; ++i) new (&sl[i]) ObjPtr();
}

Frame::~Frame() {
  ObjPtr* sl = slots();
  for (int i = 0; i < nslots; ++i) sl[i].~ObjPtr();
  parent = nullptr;  // may delete the parent frame: before the hand-over below
  t_deleting_nslots = nslots;
}

Ref<Frame> Frame::create(const ast::Scope* scope, int nslots, Ref<Frame> parent, DictObject* globals) {
  return Ref<Frame>(new (nslots) Frame(scope, nslots, std::move(parent), globals));
}

// ---------------------------------------------------------------------------------------
// Function objects
// ---------------------------------------------------------------------------------------
FunctionObject::FunctionObject(std::shared_ptr<ast::FunctionInfo> fn)
    : ObjectWithDict(function_type), info(std::move(fn)) {
  name = info->scope.name;
  qualname = info->scope.qualname;
  doc = info->has_doc ? make_str(info->doc) : None();
}

Frame* Interpreter::closure_frame(Frame* f) {
  if (!f) return nullptr;
  if (f->class_ns) return f->parent.get();
  if (f->scope && f->scope->kind == ast::ScopeKind::Module) return nullptr;
  return f;
}

ObjPtr Interpreter::make_function(const std::shared_ptr<ast::FunctionInfo>& info, Frame* f) {
  auto fn = make_object<FunctionObject>(info);
  fn->program = program_of(f);
  fn->closure = Ref<Frame>(closure_frame(f));
  fn->globals = Ref<DictObject>(f->globals);
  for (auto& p : info->posonly_and_pos)
    if (p.default_value) fn->defaults.push_back(eval(p.default_value.get(), f));
  for (auto& p : info->kwonly) fn->kwdefaults.push_back(p.default_value ? eval(p.default_value.get(), f) : nullptr);
  if (!info->annotations.empty()) {  // evaluated when the def runs, as CPython (PEP 563: strings)
    auto ann = make_dict();
    for (auto& a : info->annotations) ann->set(a.first, eval(a.second.get(), f));
    fn->instance_dict()->set("__annotations__", ann);
  }
  return fn;
}

void Interpreter::bind_arguments(FunctionObject* fn, Frame* frame, PosArgs args, KwArgs kwargs) {
  const ast::FunctionInfo& info = *fn->info;
  ObjPtr* slots = frame->slots();
  const size_t npos = info.posonly_and_pos.size();
  const size_t nargs = args.size();
  // fast path: exact positional call
  const bool plain = kwargs.empty() && info.varargs_slot < 0 && info.kwonly.empty() && info.varkw_slot < 0;
  if (plain && nargs == npos) {
    for (size_t i = 0; i < nargs; ++i) slots[info.posonly_and_pos[i].slot] = args[i];
    return;
  }
  // fast path: positional call leaving trailing parameters to their defaults
  const size_t ndefaults = fn->defaults.size();
  if (plain && nargs < npos && nargs + ndefaults >= npos) {
    for (size_t i = 0; i < nargs; ++i) slots[info.posonly_and_pos[i].slot] = args[i];
    for (size_t i = nargs; i < npos; ++i) slots[info.posonly_and_pos[i].slot] = fn->defaults[i - (npos - ndefaults)];
    return;
  }
  const std::string fname = fn->qualname + "()";
  size_t take = nargs < npos ? nargs : npos;
  for (size_t i = 0; i < take; ++i) slots[info.posonly_and_pos[i].slot] = args[i];
  if (nargs > npos) {
    if (info.varargs_slot < 0) {
      size_t ndef = fn->defaults.size();
      size_t kw_given = 0;
      for (auto& kw : kwargs)
        for (auto& p : info.kwonly)
          if (p.name == kw.name) ++kw_given;
      std::string takes;
      if (ndef) takes = "from " + std::to_string(npos - ndef) + " to " + std::to_string(npos);
      else takes = std::to_string(npos);
      std::string msg = fname + " takes " + takes + " positional argument" + (npos == 1 && !ndef ? "" : "s") +
                        " but " + std::to_string(nargs);
      if (kw_given)
        msg += " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " + std::to_string(kw_given) +
               " keyword-only argument" + (kw_given == 1 ? "" : "s") + ") were given";
      else
        msg += nargs == 1 ? " was given" : " were given";
      raise_type_error(msg);
    }
    std::vector<ObjPtr> extra(args.begin() + npos, args.end());
    slots[info.varargs_slot] = make_tuple(std::move(extra));
  } else if (info.varargs_slot >= 0) {
    slots[info.varargs_slot] = make_tuple({});
  }
  Ref<DictObject> varkw;
  if (info.varkw_slot >= 0) varkw = make_dict();
  for (const KwArg& kw : kwargs) {
    bool found = false;
    for (size_t i = 0; i < npos; ++i) {
      const ast::Param& p = info.posonly_and_pos[i];
      if (p.name != kw.name) continue;
      if (static_cast<int>(i) < info.n_posonly) break;  // positional-only: goes to **kwargs or error
      if (slots[p.slot]) raise_type_error(fname + " got multiple values for argument '" + kw.name + "'");
      slots[p.slot] = kw.value;
      found = true;
      break;
    }
    if (!found) {
      for (auto& p : info.kwonly) {
        if (p.name != kw.name) continue;
        if (slots[p.slot]) raise_type_error(fname + " got multiple values for argument '" + kw.name + "'");
        slots[p.slot] = kw.value;
        found = true;
        break;
      }
    }
    if (!found) {
      if (varkw) {
        if (varkw->get(kw.name)) raise_type_error(fname + " got multiple values for keyword argument '" + kw.name + "'");
        varkw->set(kw.name, kw.value);
        continue;
      }
      for (int i = 0; i < info.n_posonly; ++i)
        if (info.posonly_and_pos[i].name == kw.name)
          raise_type_error(fname + " got some positional-only arguments passed as keyword arguments: '" + kw.name + "'");
      raise_type_error(fname + " got an unexpected keyword argument '" + kw.name + "'");
    }
  }
  if (varkw) slots[info.varkw_slot] = varkw;
  // defaults and missing arguments
  size_t ndef = fn->defaults.size();
  std::vector<std::string> missing;
  for (size_t i = 0; i < npos; ++i) {
    const ast::Param& p = info.posonly_and_pos[i];
    if (slots[p.slot]) continue;
    if (i >= npos - ndef) slots[p.slot] = fn->defaults[i - (npos - ndef)];
    else missing.push_back(p.name);
  }
  if (!missing.empty())
    raise_type_error(fname + " missing " + std::to_string(missing.size()) + " required positional argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
  for (size_t i = 0; i < info.kwonly.size(); ++i) {
    const ast::Param& p = info.kwonly[i];
    if (slots[p.slot]) continue;
    if (fn->kwdefaults[i]) slots[p.slot] = fn->kwdefaults[i];
    else missing.push_back(p.name);
  }
  if (!missing.empty())
    raise_type_error(fname + " missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
}

// The common call shape bound inline: positional arguments only, no *args/**kwargs or
// keyword-only parameters, missing trailing parameters taken from the defaults. Returns
// false (nothing bound) for every other shape, which bind_arguments handles with
// CPython's errors. The frame's slots are fresh (all null) here.
static inline bool bind_positional(const FunctionObject* fn, ObjPtr* slots, PosArgs args) {
  const ast::FunctionInfo& info = *fn->info;
  if (info.varargs_slot >= 0 || info.varkw_slot >= 0 || !info.kwonly.empty()) return false;
  const size_t npos = info.posonly_and_pos.size(), nargs = args.size(), ndef = fn->defaults.size();
  if (nargs > npos || nargs + ndef < npos) return false;
  const ast::Param* p = info.posonly_and_pos.data();
  for (size_t i = 0; i < nargs; ++i) slots[p[i].slot] = args[i];
  // parameter i >= nargs takes defaults[i + ndef - npos] (>= 0 since nargs + ndef >= npos)
  const ObjPtr* d = fn->defaults.data();
  for (size_t i = nargs; i < npos; ++i) slots[p[i].slot] = d[i + ndef - npos];
  return true;
}

ObjPtr Interpreter::call_function(FunctionObject* fn, PosArgs args, KwArgs kwargs) {
  check_interrupt();
  InterpreterCallGuard guard(*this);
  const ast::FunctionInfo& info = *fn->info;
  Ref<Frame> frame = Frame::create(&info.scope, static_cast<int>(info.scope.slot_names.size()), fn->closure,
                                   fn->globals.get());
  frame->function = fn;
  frame->line = info.scope.line;
  try {
    if (!kwargs.empty() || !bind_positional(fn, frame->slots(), args)) bind_arguments(fn, frame.get(), args, kwargs);
    if (info.is_generator) return make_generator(*this, fn, frame);  // runs on next()
    FrameLink link(current_frame, frame.get());
    if (info.lambda_body) return eval(info.lambda_body.get(), frame.get());
    Flow fl = exec_body(info.body, frame.get());
    if (fl == Flow::Return) {
      ObjPtr r = std::move(retval);
      return r ? r : None();
    }
    return None();
  } catch (PyException& e) {
    add_traceback(e.exc, frame.get());
    throw;
  } catch (PyError& e) {
    ObjPtr exc = exception_from_error(e);
    if (!handling_.empty() && handling_.back() != exc) cast<ExceptionObject>(exc)->context = handling_.back();
    add_traceback(exc, frame.get());
    throw PyException{exc};
  }
}

ObjPtr call_python_function(Interpreter& in, const ObjPtr& f, PosArgs args, KwArgs kwargs) {
  return in.call_function(static_cast<FunctionObject*>(f.get()), args, kwargs);
}

ObjPtr Interpreter::call_with_self(const ObjPtr& callable, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  NestGuard nest;  // dunder dispatch from native slots
  ObjPtr buf[8];
  if (args.size() < 8) {
    buf[0] = self;
    for (size_t i = 0; i < args.size(); ++i) buf[i + 1] = args[i];
    PosArgs all(buf, args.size() + 1);
    if (callable->type() == function_type) return call_function(cast<FunctionObject>(callable), all, kwargs);
    return call(callable, all, kwargs);
  }
  std::vector<ObjPtr> v;
  v.reserve(args.size() + 1);
  v.push_back(self);
  for (auto& a : args) v.push_back(a);
  return call(callable, PosArgs(v), kwargs);
}

void Interpreter::add_traceback(const ObjPtr& exc, Frame* f) {
  auto* e = static_cast<ExceptionObject*>(exc.get());
  TracebackEntry t;
  t.filename = f->scope && f->scope->source ? f->scope->source->filename : "<unknown>";
  t.line = f->line;
  t.func = f->scope ? f->scope->name : "<module>";
  if (f->scope && f->scope->source) {
    std::string l = f->scope->source->line(f->line);
    size_t a = l.find_first_not_of(" \t");
    size_t b = l.find_last_not_of(" \t\r");
    t.source_line = a == std::string::npos ? "" : l.substr(a, b - a + 1);
  }
  e->traceback.push_back(std::move(t));
}

// ---------------------------------------------------------------------------------------
// Function / method type slots
// ---------------------------------------------------------------------------------------
void init_function_types() {
  function_type->repr = [](Interpreter&, const ObjPtr& self) {
    auto* fn = cast<FunctionObject>(self);
    return make_str("<function " + fn->qualname + " at " + address_string(self.get()) + ">");
  };
  function_type->call = nullptr;
  add_getset(
      function_type, "__name__", [](Interpreter&, const ObjPtr& self) { return make_str(cast<FunctionObject>(self)->name); },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { cast<FunctionObject>(self)->name = to_str(v); });
  add_getset(
      function_type, "__qualname__",
      [](Interpreter&, const ObjPtr& self) { return make_str(cast<FunctionObject>(self)->qualname); },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { cast<FunctionObject>(self)->qualname = to_str(v); });
  add_getset(
      function_type, "__doc__", [](Interpreter&, const ObjPtr& self) { return cast<FunctionObject>(self)->doc; },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { cast<FunctionObject>(self)->doc = v; });
  add_getset(function_type, "__module__", [](Interpreter&, const ObjPtr&) { return make_str("__main__"); });
  add_getset(function_type, "__defaults__", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* fn = cast<FunctionObject>(self);
    if (fn->defaults.empty()) return None();
    return make_tuple(fn->defaults);
  });
  add_getset(function_type, "__kwdefaults__", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* fn = cast<FunctionObject>(self);
    auto d = make_dict();
    for (size_t i = 0; i < fn->kwdefaults.size() && i < fn->info->kwonly.size(); ++i)
      if (fn->kwdefaults[i]) d->set(make_str(fn->info->kwonly[i].name), fn->kwdefaults[i]);
    if (d->size() == 0) return None();
    return ObjPtr(d);
  });
  add_getset(
      function_type, "__annotations__",
      [](Interpreter&, const ObjPtr& self) -> ObjPtr {
        DictObject* d = self->instance_dict();
        ObjPtr a = d->get(std::string("__annotations__"));
        if (!a) {
          a = make_dict();
          d->set("__annotations__", a);
        }
        return a;
      },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) { self->instance_dict()->set("__annotations__", v); });
  add_getset(function_type, "__globals__", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return ObjPtr(cast<FunctionObject>(self)->globals.get());
  });
  add_getset(function_type, "__dict__", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return ObjPtr(self->instance_dict());
  });

  method_type->repr = [](Interpreter&, const ObjPtr& self) {
    auto* m = cast<MethodObject>(self);
    std::string fname = m->func->type() == function_type ? cast<FunctionObject>(m->func)->qualname : repr(m->func);
    return make_str("<bound method " + fname + " of " + repr(m->self) + ">");
  };
  add_getset(method_type, "__self__", [](Interpreter&, const ObjPtr& self) { return cast<MethodObject>(self)->self; });
  add_getset(method_type, "__func__", [](Interpreter&, const ObjPtr& self) { return cast<MethodObject>(self)->func; });
  method_type->getattr = [](Interpreter&, const ObjPtr& self, const std::string& name) -> ObjPtr {
    return getattr_or_null(cast<MethodObject>(self)->func, name);
  };
  method_type->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (b->type() != method_type) return NotImplemented();
    return make_bool(cast<MethodObject>(a)->func == cast<MethodObject>(b)->func &&
                     cast<MethodObject>(a)->self == cast<MethodObject>(b)->self);
  };

  // super(): a proxy that looks attributes up starting after the defining class
  super_type = new_type("super", "builtins");
  super_type->base = nullptr;  // every attribute goes through the getattr hook (set in make_super)
  super_type->getattr = nullptr;
}

// ---------------------------------------------------------------------------------------
// User classes
// ---------------------------------------------------------------------------------------
namespace {

class InstanceObject : public ObjectWithDict {
 public:
  explicit InstanceObject(TypeObject* t) : ObjectWithDict(t) {}
};

ObjPtr dunder(const ObjPtr& self, const char* name) { return type_lookup(self->type(), name); }

ObjPtr call_dunder(Interpreter& in, const ObjPtr& self, const char* name, PosArgs args = {}) {
  ObjPtr f = dunder(self, name);
  if (!f) return nullptr;
  if (f->type() == function_type || f->type() == method_descriptor_type || f->type() == builtin_function_type)
    return in.call_with_self_public(f, self, args);
  if (f->type() == staticmethod_type) return call(cast<WrapperObject>(f)->func, args);
  return call(getattr(self, name), args);
}

ObjPtr slot_repr(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__repr__"); }
ObjPtr slot_str(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__str__"); }
bool slot_truth(Interpreter& in, const ObjPtr& self) {
  ObjPtr r = call_dunder(in, self, "__bool__");
  if (!is_bool(r)) raise_type_error("__bool__ should return bool, returned " + type_name(r));
  return int_value(r) != 0;
}
int64_t slot_len(Interpreter& in, const ObjPtr& self) {
  ObjPtr r = call_dunder(in, self, "__len__");
  if (!is_int(r)) raise_type_error("'" + type_name(r) + "' object cannot be interpreted as an integer");
  if (int_sign(r) < 0) raise_value_error("__len__() should return >= 0");
  return to_index_int64(r, ErrorType::OverflowError);
}
int64_t slot_hash(Interpreter& in, const ObjPtr& self) {
  ObjPtr r = call_dunder(in, self, "__hash__");
  if (!is_int(r)) raise_type_error("__hash__ method should return an integer");
  // CPython's slot_tp_hash: a value that fits keeps itself (so hash(x) == hash(y) when
  // x.__hash__ returns hash(y)); only a big int is reduced, by int's own hash
  int64_t h = is_big_int(r) ? hash_int_obj(r) : int_value(r);
  return h == -1 ? -2 : h;
}
ObjPtr slot_getitem(Interpreter& in, const ObjPtr& self, const ObjPtr& key) {
  ObjPtr a[1] = {key};
  return call_dunder(in, self, "__getitem__", PosArgs(a, 1));
}
void slot_setitem(Interpreter& in, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) {
  ObjPtr a[2] = {key, value};
  call_dunder(in, self, "__setitem__", PosArgs(a, 2));
}
void slot_delitem(Interpreter& in, const ObjPtr& self, const ObjPtr& key) {
  ObjPtr a[1] = {key};
  call_dunder(in, self, "__delitem__", PosArgs(a, 1));
}
bool slot_contains(Interpreter& in, const ObjPtr& self, const ObjPtr& item) {
  ObjPtr a[1] = {item};
  return is_true(call_dunder(in, self, "__contains__", PosArgs(a, 1)));
}
ObjPtr slot_iter(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__iter__"); }
bool is_stop_iteration(const ObjPtr& exc) {
  return exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration));
}
ObjPtr slot_next(Interpreter& in, const ObjPtr& self) {
  try {
    return call_dunder(in, self, "__next__");
  } catch (PyException& e) {
    if (is_stop_iteration(e.exc)) return nullptr;
    throw;
  } catch (PyError& e) {
    if (e.type == ErrorType::StopIteration) return nullptr;
    throw;
  }
}
ObjPtr slot_call(Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  ObjPtr f = dunder(self, "__call__");
  return in.call_with_self_public(f, self, args, kwargs);
}
ObjPtr slot_neg(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__neg__"); }
ObjPtr slot_pos(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__pos__"); }
ObjPtr slot_invert(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__invert__"); }
ObjPtr slot_abs(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__abs__"); }
ObjPtr slot_index(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__index__"); }
ObjPtr slot_int(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__int__"); }
ObjPtr slot_float(Interpreter& in, const ObjPtr& self) { return call_dunder(in, self, "__float__"); }
ObjPtr slot_getattr(Interpreter& in, const ObjPtr& self, const std::string& name) {
  ObjPtr a[1] = {make_str(name)};
  return call_dunder(in, self, "__getattr__", PosArgs(a, 1));  // its AttributeError propagates
}
bool slot_setattr(Interpreter& in, const ObjPtr& self, const std::string& name, const ObjPtr& value) {
  if (!value) return false;
  ObjPtr f = dunder(self, "__setattr__");
  if (!f || f->type() != function_type) return false;
  ObjPtr a[2] = {make_str(name), value};
  in.call_with_self_public(f, self, PosArgs(a, 2));
  return true;
}

const char* const kBinDunders[kNumBinOps][3] = {
    {"__add__", "__radd__", "__iadd__"},          {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"},          {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"},          {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"},          {"__xor__", "__rxor__", "__ixor__"},
    {"__or__", "__ror__", "__ior__"}};
const char* const kCmpDunders[kNumCmpOps] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

template <int K, int Kind>
ObjPtr slot_binop(Interpreter& in, const ObjPtr& self, const ObjPtr& other) {
  ObjPtr a[1] = {other};
  ObjPtr r = call_dunder(in, self, kBinDunders[K][Kind], PosArgs(a, 1));
  return r ? r : NotImplemented();
}
template <int K>
ObjPtr slot_cmp(Interpreter& in, const ObjPtr& self, const ObjPtr& other) {
  ObjPtr a[1] = {other};
  ObjPtr r = call_dunder(in, self, kCmpDunders[K], PosArgs(a, 1));
  return r ? r : NotImplemented();
}
// __ne__ defaults to the negation of __eq__ (when only __eq__ is defined)
ObjPtr slot_ne_from_eq(Interpreter& in, const ObjPtr& self, const ObjPtr& other) {
  ObjPtr a[1] = {other};
  ObjPtr r = call_dunder(in, self, "__eq__", PosArgs(a, 1));
  if (!r || r.get() == NotImplemented().get()) return NotImplemented();
  return make_bool(!is_true(r));
}

template <int... K>
void set_binops(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->binop[K] = type_lookup(t, kBinDunders[K][0]) ? &slot_binop<K, 0> : nullptr), ...);
  ((t->rbinop[K] = type_lookup(t, kBinDunders[K][1]) ? &slot_binop<K, 1> : nullptr), ...);
  ((t->ibinop[K] = type_lookup(t, kBinDunders[K][2]) ? &slot_binop<K, 2> : nullptr), ...);
}
template <int... K>
void set_cmps(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->compare[K] = type_lookup(t, kCmpDunders[K]) ? &slot_cmp<K> : nullptr), ...);
}

// The nearest builtin (non-user) base type.
TypeObject* native_base(TypeObject* t) {
  while (t && t->user_defined) t = t->base;
  return t;
}

ObjPtr user_construct(Interpreter& in, TypeObject* cls, PosArgs args, KwArgs kwargs) {
  TypeObject* nb = native_base(cls);
  ObjPtr obj;
  ObjPtr user_new = type_lookup(cls, "__new__");
  if (user_new && user_new->type() == function_type) {
    // a def __new__ (implicitly static): __new__(cls, *args); __init__ runs only when it
    // returned an instance of cls
    std::vector<ObjPtr> a;
    a.reserve(args.size() + 1);
    a.push_back(ObjPtr(cls));
    a.insert(a.end(), args.begin(), args.end());
    obj = call(user_new, PosArgs(a), kwargs);
    if (!is_instance(obj, cls)) return obj;
    ObjPtr init = type_lookup(cls, "__init__");
    if (init && init->type() == function_type) {
      ObjPtr r = in.call_with_self_public(init, obj, args, kwargs);
      if (!is_none(r)) raise_type_error("__init__() should return None, not '" + type_name(r) + "'");
    }
    return obj;
  }
  if (cls->is_exception) {
    obj = ObjPtr(new ExceptionObject(cls, make_tuple(std::vector<ObjPtr>(args.begin(), args.end()))));
  } else if (nb == object_type) {
    obj = ObjPtr(new InstanceObject(cls));
  } else {
    raise_type_error("subclassing '" + nb->name + "' is not supported");
  }
  ObjPtr init = type_lookup(cls, "__init__");
  if (init && init->type() == function_type) {
    ObjPtr r = in.call_with_self_public(init, obj, args, kwargs);
    if (!is_none(r)) raise_type_error("__init__() should return None, not '" + type_name(r) + "'");
  } else if (!cls->is_exception && (!args.empty() || !kwargs.empty())) {
    raise_type_error(cls->name + "() takes no arguments");
  } else if (cls->is_exception && !kwargs.empty()) {
    raise_type_error(cls->name + "() takes no keyword arguments");
  }
  return obj;
}

}  // namespace

ObjPtr new_instance(TypeObject* cls) {
  if (cls->is_exception) return ObjPtr(new ExceptionObject(cls, make_tuple({})));
  if (cls->user_defined && native_base(cls) == object_type) return ObjPtr(new InstanceObject(cls));
  raise_type_error("object.__new__(" + cls->name + ") is not safe, use " + cls->name + ".__new__()");
}

ObjPtr Interpreter::call_with_self_public(const ObjPtr& callable, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  return call_with_self(callable, self, args, kwargs);
}

void update_user_type_slots(TypeObject* t) {
  auto has = [t](const char* n) { return static_cast<bool>(type_lookup(t, n)); };
  auto own = [t](const char* n) { return static_cast<bool>(t->dict->get(std::string(n))); };
  t->repr = own("__repr__") ? slot_repr : nullptr;
  t->str = own("__str__") ? slot_str : nullptr;
  t->truth = own("__bool__") ? slot_truth : nullptr;
  t->len = own("__len__") ? slot_len : nullptr;
  t->getitem = own("__getitem__") ? slot_getitem : nullptr;
  t->setitem = own("__setitem__") ? slot_setitem : nullptr;
  t->delitem = own("__delitem__") ? slot_delitem : nullptr;
  t->contains = own("__contains__") ? slot_contains : nullptr;
  t->iter = own("__iter__") ? slot_iter : nullptr;
  t->next = own("__next__") ? slot_next : nullptr;
  t->call = own("__call__") ? slot_call : nullptr;
  t->neg = own("__neg__") ? slot_neg : nullptr;
  t->pos = own("__pos__") ? slot_pos : nullptr;
  t->invert = own("__invert__") ? slot_invert : nullptr;
  t->abs = own("__abs__") ? slot_abs : nullptr;
  t->index = own("__index__") ? slot_index : nullptr;
  t->to_int = own("__int__") ? slot_int : nullptr;
  t->to_float = own("__float__") ? slot_float : nullptr;
  t->getattr = own("__getattr__") ? slot_getattr : nullptr;
  t->setattr = has("__setattr__") ? slot_setattr : nullptr;
  set_binops(t, std::make_integer_sequence<int, kNumBinOps>());
  set_cmps(t, std::make_integer_sequence<int, kNumCmpOps>());
  if (own("__eq__") && !own("__ne__")) t->compare[static_cast<int>(CmpOp::Ne)] = slot_ne_from_eq;
  // __eq__ without __hash__ makes instances unhashable; __hash__ = None too
  ObjPtr h = t->dict->get(std::string("__hash__"));
  if (h && is_none(h)) {
    t->unhashable = true;
    t->hash = nullptr;
  } else if (h) {
    t->unhashable = false;
    t->hash = slot_hash;
  } else if (own("__eq__")) {
    t->unhashable = true;
    t->hash = nullptr;
  } else {
    t->hash = nullptr;
    t->unhashable = t->base ? t->base->unhashable : false;
  }
  // only the user type's own dunders are installed; inherited ones come through find_slot
}

ObjPtr create_class(Interpreter& in, const std::string& name, const std::string& qualname,
                    const std::vector<ObjPtr>& bases, DictObject* ns, Frame* f) {
  TypeObject* base = object_type;
  if (bases.size() > 1) {
    // single inheritance only; accept `class A(B, object)`
    std::vector<ObjPtr> real;
    for (auto& b : bases)
      if (b.get() != object_type) real.push_back(b);
    if (real.size() > 1) raise_type_error("multiple inheritance is not supported");
    if (!real.empty()) base = cast<TypeObject>(real[0]);
  } else if (bases.size() == 1) {
    if (!is_type(bases[0])) raise_type_error("bases must be types");
    base = cast<TypeObject>(bases[0]);
  }
  if (!base->subclassable && !base->user_defined)
    raise_type_error("type '" + base->qualified_name() + "' is not an acceptable base type");
  TypeObject* nb = native_base(base);
  if (nb != object_type && !nb->is_exception)
    raise_type_error("subclassing '" + nb->name + "' is not supported");
  ObjPtr modname = ns->get(std::string("__module__"));
  auto* t = new TypeObject(name, modname && is_str(modname) ? str_value(modname) : "__main__", base);
  t->user_defined = true;
  t->subclassable = true;
  t->construct = user_construct;
  ObjPtr keep(t);  // user classes are refcounted (instances hold raw type pointers: keep alive)
  t->make_immortal();
  for (auto& e : ns->entries()) {
    if (!e.key) continue;
    t->dict->set_hashed(e.key, e.hash, e.value);
    if (e.value && e.value->type() == function_type) cast<FunctionObject>(e.value)->owner_class = t;
    if (e.value && (e.value->type() == classmethod_type || e.value->type() == staticmethod_type ||
                    e.value->type() == property_type)) {
      ObjPtr fn = cast<WrapperObject>(e.value)->func;
      if (fn && fn->type() == function_type) cast<FunctionObject>(fn)->owner_class = t;
    }
  }
  if (!t->dict->get(std::string("__qualname__"))) t->dict->set("__qualname__", make_str(qualname));
  if (!modname || !is_str(modname)) t->dict->set("__module__", make_str("__main__"));
  if (!t->dict->get(std::string("__doc__"))) t->dict->set("__doc__", None());
  update_user_type_slots(t);
  (void)in;
  (void)f;
  return keep;
}

// super() / super(cls, obj)
namespace {
struct SuperObject : Object {
  TypeObject* start;  // lookup starts at start->base
  ObjPtr self;
  SuperObject(TypeObject* t, TypeObject* s, ObjPtr o) : Object(t), start(s), self(std::move(o)) {}
};
}  // namespace

ObjPtr make_super(Interpreter& in, Frame* f, PosArgs args) {
  TypeObject* cls = nullptr;
  ObjPtr self;
  if (args.size() == 2) {
    if (!is_type(args[0])) raise_type_error("super() argument 1 must be a type, not " + type_name(args[0]));
    cls = cast<TypeObject>(args[0]);
    self = args[1];
  } else if (args.empty()) {
    if (!f || !f->function) raise(ErrorType::RuntimeError, "super(): no arguments");
    auto* fn = static_cast<FunctionObject*>(f->function);
    cls = fn->owner_class;
    if (!cls) raise(ErrorType::RuntimeError, "super(): __class__ cell not found");
    if (fn->info->posonly_and_pos.empty() || !f->slots()[fn->info->posonly_and_pos[0].slot])
      raise(ErrorType::RuntimeError, "super(): no arguments");
    self = f->slots()[fn->info->posonly_and_pos[0].slot];
  } else {
    raise_type_error("super() takes 0 or 2 arguments");
  }
  if (!super_type->getattr) {
    super_type->getattr = [](Interpreter&, const ObjPtr& so, const std::string& name) -> ObjPtr {
      auto* s = static_cast<SuperObject*>(so.get());
      ObjPtr d = type_lookup(s->start->base, name);
      if (!d) return nullptr;
      TypeObject* dt = d->type();
      if (dt == function_type) return make_object<MethodObject>(d, s->self);
      if (dt == method_descriptor_type) {
        auto* md = cast<MethodDescriptorObject>(d);
        return make_object<BuiltinFunctionObject>(md->name, md->fn, s->self);
      }
      if (dt == classmethod_type)
        return make_object<MethodObject>(cast<WrapperObject>(d)->func,
                                         ObjPtr(is_type(s->self) ? cast<TypeObject>(s->self) : s->self->type()));
      if (dt == staticmethod_type) return cast<WrapperObject>(d)->func;
      if (dt == getset_descriptor_type) return cast<GetSetDescriptorObject>(d)->get(current_interpreter(), s->self);
      return d;
    };
    super_type->repr = [](Interpreter&, const ObjPtr& so) {
      auto* s = static_cast<SuperObject*>(so.get());
      return make_str("<super: <class '" + s->start->name + "'>, <" + type_name(s->self) + " object>>");
    };
  }
  (void)in;
  return make_object<SuperObject>(super_type, cls, self);
}

}  // namespace sl
