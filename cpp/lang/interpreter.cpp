// interpreter.cpp — Interpreter construction (builtins namespace, __main__ globals), the
// process-wide hooks of object.hpp (current interpreter, stdout), the native stack guard,
// and CPython-style traceback formatting.
#include "lang/interpreter.hpp"

#include "lang/builtin_exceptions.hpp"
#include "lang/output_hook.hpp"
#include "lang/complex.hpp"

#include <new>
#include <unordered_set>
#include <stdexcept>

namespace sl {

Interpreter* g_current_interpreter = nullptr;
char* g_stack_base = nullptr;
// Native default (the session lowers it to the thread's real stack size); under
// Emscripten Session::run measures the remaining wasm stack.
size_t g_stack_limit = 6 * 1024 * 1024;
int g_nest_depth = 0;
#ifdef __EMSCRIPTEN__
int g_nest_limit = 2100;  // calibrated against V8's default stack (see README)
#else
int g_nest_limit = 1 << 30;
#endif

void raise_stack_overflow() { raise(ErrorType::RecursionError, "maximum recursion depth exceeded"); }

Interpreter& current_interpreter() { return *g_current_interpreter; }

void write_stdout(const std::string& text) {
  if (!g_current_interpreter) return;
  g_current_interpreter->out() += text;
  notify_output(*g_current_interpreter, false);
}

static std::function<void(const std::string&)>& stderr_sink() {
  static auto* s = new std::function<void(const std::string&)>();
  return *s;
}
void set_stderr_sink(std::function<void(const std::string&)> sink) { stderr_sink() = std::move(sink); }
void write_stderr(const std::string& text) {
  if (stderr_sink()) stderr_sink()(text);
}

Interpreter::Interpreter() {
  init_object_model();
  CurrentInterpreter cur(this);
  globals_ = make_dict();
  builtins_ = make_dict();
  init_builtins();
  globals_->set("__name__", make_str("__main__"));
  globals_->set("__doc__", None());
  globals_->set("__builtins__", builtins_);
}

namespace {
// Session teardown without a cycle collector: everything reachable from __main__ and from
// the imported modules is emptied (namespaces, class dicts, instance dicts, lists, dicts,
// what functions hold), so that the reference cycles Python code builds all the time
// (a function's globals are the dict that holds it, a class's methods refer back to it,
// `a.me = a`) are cut and the session's objects and arrays are released with it.
// fuzz_program found the leak: 0.9 MB of every session that imported numpy (whose Python
// parts hold hundreds of functions) stayed alive forever. No user code runs here (no
// __del__), so emptying is safe; `keep` holds every value until all is emptied, so nothing
// is destroyed while a container is being cleared. Iterative: no recursion depth issue.
void release_reachable(std::vector<ObjPtr> work) {
  std::vector<ObjPtr> keep;
  std::unordered_set<const Object*> seen;
  auto take_dict = [&](DictObject& d) {
    for (auto& e : d.entries()) {
      if (e.key) work.push_back(e.key);
      if (e.value) work.push_back(e.value);
    }
    d.clear();
  };
  while (!work.empty()) {
    ObjPtr v = std::move(work.back());
    work.pop_back();
    if (!v || !seen.insert(v.get()).second) continue;
    keep.push_back(v);
    if (v->type() == function_type) {
      auto* fn = static_cast<FunctionObject*>(v.get());
      for (auto& d : fn->defaults) work.push_back(d);
      for (auto& d : fn->kwdefaults) work.push_back(d);
      fn->closure = nullptr;
      fn->defaults.clear();
      fn->kwdefaults.clear();
    } else if (v->type() == list_type) {
      auto* l = static_cast<ListObject*>(v.get());
      for (auto& x : l->items) work.push_back(x);
      l->items.clear();
    } else if (v->type() == dict_type) {
      take_dict(*static_cast<DictObject*>(v.get()));
    } else if (is_type(v)) {
      auto* t = static_cast<TypeObject*>(v.get());
      if (t->user_defined && t->dict) take_dict(*t->dict);  // native types are process-lifetime
    } else if (v->type()->user_defined) {
      if (DictObject* d = v->peek_instance_dict()) take_dict(*d);
    }
  }
}
}  // namespace

Interpreter::~Interpreter() {
  CurrentInterpreter cur(this);
  // the namespaces themselves are the roots: release_reachable empties them as any dict
  std::vector<ObjPtr> roots{globals_};
  for (auto& [name, module] : modules_)
    if (module && module->dict) roots.push_back(module->dict);
  release_reachable(std::move(roots));
  modules_.clear();
}

void Interpreter::reset_after_abort() {
  depth = 0;
  g_nest_depth = 0;
  handling_.clear();
  retval = nullptr;
  reset_repr_guards();
  reset_object_state();
}

void Interpreter::init_builtins() {
  DictObject* b = builtins_.get();
  auto type = [&](TypeObject* t) { b->set(t->name, ObjPtr(t)); };
  for (TypeObject* t : {int_type, float_type, complex_type, str_type, bool_type, list_type, tuple_type, dict_type, set_type,
                        frozenset_type, range_type, slice_type, object_type, type_type, bytes_type, property_type,
                        classmethod_type, staticmethod_type})
    type(t);
  for (int i = 0; i < static_cast<int>(ErrorType::Count_); ++i) {
    ErrorType et = static_cast<ErrorType>(i);
    TypeObject* t = exception_type(et);
    if (t->module != "builtins") continue;  // numpy.exceptions.AxisError is not a builtin
    b->set(t->name, ObjPtr(t));
  }
  for_each_extra_builtin_exception(
      [](void* ctx, TypeObject* t) { static_cast<DictObject*>(ctx)->set(t->name, ObjPtr(t)); }, b);
  b->set("EnvironmentError", ObjPtr(exception_type(ErrorType::OSError)));
  b->set("IOError", ObjPtr(exception_type(ErrorType::OSError)));
  b->set("NotImplemented", NotImplemented());
  b->set("Ellipsis", Ellipsis());
  b->set("None", None());
  b->set("True", True());
  b->set("False", False());
  b->set("__name__", make_str("builtins"));
  add_builtin_functions(b);
}

// ---------------------------------------------------------------------------------------
// Tracebacks
// ---------------------------------------------------------------------------------------
static std::string last_line(const ObjPtr& exc) {
  auto* e = static_cast<ExceptionObject*>(exc.get());
  std::string name = exception_type_display_name(exc->type());
  std::string msg;
  if (exc->type()->is_subtype_of(exception_type(ErrorType::SyntaxError))) {
    const auto& a = tuple_items(e->args);
    msg = a.empty() ? "" : str(a[0]);
  } else {
    try {
      msg = str(exc);
    } catch (...) {
      msg = "<exception str() failed>";
    }
  }
  std::string out = msg.empty() ? name : name + ": " + msg;
  if (!e->suggestion.empty()) out += ". Did you mean: '" + e->suggestion + "'?";
  return out;
}

static std::string format_one(const ObjPtr& exc) {
  auto* e = static_cast<ExceptionObject*>(exc.get());
  std::string out;
  if (!e->traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    // CPython collapses runs of identical entries after 3: "[Previous line repeated N more times]"
    const TracebackEntry* last = nullptr;
    int64_t count = 0;
    auto flush_repeats = [&]() {
      if (count > 3) {
        int64_t more = count - 3;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
      }
    };
    for (size_t i = e->traceback.size(); i-- > 0;) {
      const TracebackEntry& t = e->traceback[i];
      if (!last || last->filename != t.filename || last->line != t.line || last->func != t.func) {
        flush_repeats();
        last = &t;
        count = 0;
      }
      if (++count > 3) continue;
      out += "  File \"" + t.filename + "\", line " + std::to_string(t.line) + ", in " + t.func + "\n";
      // CPython reads source lines from the file (linecache): a program given on stdin or
      // with -c has none to show
      const bool no_file = t.filename == "<stdin>" || t.filename == "<string>";
      if (!t.source_line.empty() && !no_file) out += "    " + t.source_line + "\n";
    }
    flush_repeats();
  }
  if (exc->type()->is_subtype_of(exception_type(ErrorType::SyntaxError))) {
    // SyntaxError detail block: File "...", line N / source / caret
    DictObject* d = exc->peek_instance_dict();
    if (d) {
      ObjPtr fn = d->get(std::string("filename")), ln = d->get(std::string("lineno"));
      ObjPtr text = d->get(std::string("text")), off = d->get(std::string("offset"));
      ObjPtr end_off = d->get(std::string("end_offset"));
      if (fn && ln && !is_none(fn)) {
        out += "  File \"" + str(fn) + "\", line " + str(ln) + "\n";
        if (text && is_str(text) && !str_value(text).empty()) {
          std::string t = str_value(text);
          while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
          size_t lead = t.find_first_not_of(" \t\f");
          if (lead == std::string::npos) lead = t.size();
          std::string stripped = t.substr(lead);
          out += "    " + stripped + "\n";
          if (off && is_int(off)) {
            int64_t o = int_value(off) - 1 - static_cast<int64_t>(lead);
            int64_t eo = end_off && is_int(end_off) ? int_value(end_off) - 1 - static_cast<int64_t>(lead) : o + 1;
            if (o < 0) o = 0;
            if (eo <= o) eo = o + 1;
            if (o > static_cast<int64_t>(stripped.size())) o = static_cast<int64_t>(stripped.size());
            if (eo > static_cast<int64_t>(stripped.size()) + 1) eo = static_cast<int64_t>(stripped.size()) + 1;
            out += "    " + std::string(static_cast<size_t>(o), ' ') + std::string(static_cast<size_t>(eo - o), '^') + "\n";
          }
        }
      }
    }
  }
  out += last_line(exc) + "\n";
  return out;
}

std::string format_traceback(const ObjPtr& exc) {
  std::vector<ObjPtr> chain;
  std::vector<int> how;  // 1: cause, 2: context
  ObjPtr cur = exc;
  int guard = 0;
  while (cur && guard++ < 32) {
    chain.push_back(cur);
    auto* e = static_cast<ExceptionObject*>(cur.get());
    if (e->cause) {
      how.push_back(1);
      cur = e->cause;
    } else if (e->context && !e->suppress_context) {
      how.push_back(2);
      cur = e->context;
    } else {
      break;
    }
  }
  std::string out;
  for (size_t i = chain.size(); i-- > 0;) {
    out += format_one(chain[i]);
    if (i > 0) {
      out += how[i - 1] == 1 ? "\nThe above exception was the direct cause of the following exception:\n\n"
                             : "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
  }
  return out;
}

ObjPtr exception_from_current() {
  try {
    throw;
  } catch (PyException& e) {
    return e.exc;
  } catch (PyError& e) {
    return exception_from_error(e);
  } catch (std::bad_alloc&) {
    return make_exception(ErrorType::MemoryError, "");
  } catch (std::length_error&) {
    // a host container asked for more elements than it can hold: out of memory, never
    // "RuntimeError: internal error: vector" (sizes from user input go through
    // core/extent.hpp alloc_count first)
    return make_exception(ErrorType::MemoryError, "");
  } catch (std::exception& e) {
    return make_exception(ErrorType::RuntimeError, std::string("internal error: ") + e.what());
  } catch (...) {
    return make_exception(ErrorType::RuntimeError, "internal error");
  }
}

}  // namespace sl
