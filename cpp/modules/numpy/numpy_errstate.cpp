// numpy_errstate.cpp — np.seterr / np.geterr / np.seterrcall / np.geterrcall /
// np.setbufsize / np.getbufsize / np.errstate (context manager and decorator), and
// report_fp_errors(): what numpy does with the status flags a computation raised —
// RuntimeWarning "divide by zero encountered in divide", FloatingPointError, the user's
// callback, a "Warning: ..." line on stderr, or the log object's write() — per NumPy's
// mode for each kind. The state itself is core's (fp_errors.hpp), per session.
#include "core/fp_errors.hpp"
#include "modules/numpy/numpy_errstate.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {
namespace {

ObjPtr call_object(const FPErrorState& s) { return s.call ? *static_cast<ObjPtr*>(s.call.get()) : None(); }
void set_call_object(FPErrorState& s, const ObjPtr& f) { s.call = std::make_shared<ObjPtr>(f); }

FPMode mode_arg(const ObjPtr& o) {
  FPMode m;
  if (!is_str(o) || !parse_fp_mode(str_value(o), &m)) raise_value_error("invalid error mode " + repr(o));
  return m;
}

// NumPy's _make_extobj: modes (all= first, then the specific ones), call= validated.
FPErrorState make_state(const ObjPtr& all, const ObjPtr* kinds, const ObjPtr* call) {
  FPErrorState s = fp_error_state();
  std::optional<FPMode> all_mode;
  if (all && !is_none(all)) all_mode = mode_arg(all);
  for (int k = 0; k < kNumFPErrors; ++k) {
    if (kinds[k] && !is_none(kinds[k])) s.mode[k] = mode_arg(kinds[k]);
    else if (all_mode) s.mode[k] = *all_mode;
  }
  if (call) {
    const ObjPtr& f = *call;
    if (!is_none(f) && !is_callable(f)) {
      ObjPtr w = getattr_or_null(f, "write");
      if (!w || !is_callable(w)) raise_type_error("python object must be callable or have a callable write method");
    }
    set_call_object(s, f);
  }
  return s;
}

ObjPtr errors_dict(const FPErrorState& s) {
  Ref<DictObject> d = make_dict();
  for (int k = 0; k < kNumFPErrors; ++k)
    d->set(fp_error_key(static_cast<FPError>(k)), make_str(fp_mode_name(s.mode[k])));
  return ObjPtr(d);
}

// np.errstate(...): applies on __enter__, restores on __exit__; calling it on a function
// wraps the function in the same state.
struct ErrstateObject : Object {
  explicit ErrstateObject(TypeObject* t) : Object(t) {}
  ObjPtr all, kinds[kNumFPErrors], call;  // call null: not given
  bool entered = false;
  FPErrorState saved;
};

FPErrorState state_of(const ErrstateObject* e) {
  return make_state(e->all, e->kinds, e->call ? &e->call : nullptr);
}

TypeObject* errstate_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("errstate", "numpy");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("errstate", {"*", "call=", "all=", "divide=", "over=", "under=", "invalid="});
      BoundArgs b = sig.bind(args, kw);
      Ref<ErrstateObject> e(new ErrstateObject(cls));
      e->call = b[0];
      e->all = b[1];
      for (int k = 0; k < kNumFPErrors; ++k) e->kinds[k] = b[2 + k];
      return ObjPtr(e);
    };
    add_method(t, "__enter__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      auto* e = static_cast<ErrstateObject*>(self.get());
      if (e->entered) raise_type_error("Cannot enter `np.errstate` twice.");
      FPErrorState s = state_of(e);
      e->saved = fp_error_state();
      e->entered = true;
      fp_error_state() = s;
      return None();
    });
    add_method(t, "__exit__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      auto* e = static_cast<ErrstateObject*>(self.get());
      if (e->entered) fp_error_state() = e->saved;
      e->entered = false;
      return None();
    });
    t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
      check_nargs("errstate", args, 1, 1);
      ObjPtr state = self, func = args[0];
      return make_function("inner", [state, func](Interpreter&, const ObjPtr&, PosArgs a, KwArgs k) -> ObjPtr {
        FPErrorState saved = fp_error_state();
        fp_error_state() = state_of(static_cast<ErrstateObject*>(state.get()));
        struct Restore {
          FPErrorState s;
          ~Restore() { fp_error_state() = s; }
        } restore{saved};
        return call(func, a, k);
      });
    };
    return t;
  }();
  return t;
}

void init_errstate(Interpreter&, ModuleObject& m) {
  m.set("errstate", ObjPtr(errstate_type()));
  def_function(m, "seterr", {"all=", "divide=", "over=", "under=", "invalid="}, [](const BoundArgs& b) {
    FPErrorState old = fp_error_state();
    ObjPtr kinds[kNumFPErrors] = {b[1], b[2], b[3], b[4]};
    fp_error_state() = make_state(b[0], kinds, nullptr);
    return errors_dict(old);
  });
  def_function(m, "geterr", {}, [](const BoundArgs&) { return errors_dict(fp_error_state()); });
  def_function(m, "seterrcall", {"func"}, [](const BoundArgs& b) {
    ObjPtr old = call_object(fp_error_state());
    ObjPtr none[kNumFPErrors] = {nullptr, nullptr, nullptr, nullptr};
    fp_error_state() = make_state(nullptr, none, &b[0]);
    return old;
  });
  def_function(m, "geterrcall", {}, [](const BoundArgs&) { return call_object(fp_error_state()); });
  def_function(m, "setbufsize", {"size"}, [](const BoundArgs& b) -> ObjPtr {
    int64_t n = to_int64(b[0]);
    if (n > 10000000) raise_value_error("Buffer size, " + std::to_string(n) + ", is too big");
    if (n < 5) raise_value_error("Buffer size, " + std::to_string(n) + ", is too small");
    if (n % 16 != 0) raise_value_error("Buffer size, " + std::to_string(n) + ", is not a multiple of 16");
    int64_t old = fp_error_state().bufsize;
    fp_error_state().bufsize = n;
    return make_int(old);
  });
  def_function(m, "getbufsize", {}, [](const BoundArgs&) { return make_int(fp_error_state().bufsize); });
}

}  // namespace

void report_fp_errors(int flags, const std::string& name) {
  if (!flags) return;
  const FPErrorState& s = fp_error_state();
  for (int k = 0; k < kNumFPErrors; ++k) {
    const FPError e = static_cast<FPError>(k);
    if (!(flags & fp_error_bit(e))) continue;
    const std::string what = fp_error_text(e);
    const std::string msg = what + " encountered in " + name;
    switch (s.mode[k]) {
      case FPMode::Ignore: break;
      case FPMode::Warn: numpy_warn(ErrorType::RuntimeWarning, msg); break;
      case FPMode::Raise: raise(ErrorType::FloatingPointError, msg);
      case FPMode::Print: write_stderr("Warning: " + msg + "\n"); break;
      case FPMode::Call: {
        ObjPtr f = call_object(s);
        if (is_none(f))
          raise(ErrorType::NameError, "python callback specified for " + what + " (in  " + name + ") but no function found.");
        ObjPtr args[2] = {make_str(what), make_int(flags)};
        call(f, PosArgs(args, 2));
        break;
      }
      case FPMode::Log: {
        ObjPtr f = call_object(s);
        if (is_none(f))
          raise(ErrorType::NameError, "log specified for " + what + " (in " + name + ") but no object with write method found.");
        ObjPtr line[1] = {make_str("Warning: " + msg + "\n")};
        call_method(f, "write", PosArgs(line, 1));
        break;
      }
    }
  }
}

void register_numpy_errstate() { register_numpy_part("numpy", init_errstate); }

}  // namespace sl
