// generator.cpp — generator functions with real suspension on the tree-walking evaluator.
//
// How a generator suspends and resumes
// ------------------------------------
// There is no second stack to switch to (no threads or fibers in our wasm build, and no
// Asyncify), so a suspended generator must be re-entered through the C++ evaluator. The
// body of a generator function runs under GenRunner, a resumable twin of the evaluator
// that only handles the nodes containing a yield of this function (the resolver marks them
// with `has_yield`, see generator_mark.cpp); every other statement and expression runs on
// the normal fast evaluator.
//
//  * Suspending: a `yield` stores its value and returns "suspended" (a null ObjPtr from
//    expr(), Flow::Yield from statements). Every construct the suspension passes on its way
//    out pushes what it needs to continue onto the generator's resume stack `saved`: a block
//    its statement index, a `for` its iterator, an `if` which branch it was in, a `try` its
//    phase (body / handler k with the exception / else / finally with the pending exception
//    and return value), a `with` its __exit__ methods, an expression the values of the
//    operands it had already evaluated and the index of the operand that suspended. The
//    innermost construct pushes first.
//  * Resuming: `resuming` is set and the body is entered again from the top. Each construct
//    on the path pops its own record (the outermost pops first: the stack is LIFO), skips
//    to where it stopped without re-evaluating anything, and descends. The yield that
//    suspended pops its marker, clears `resuming` and returns the value sent in (or raises
//    the exception thrown in); from there execution is ordinary. Only constructs on the
//    suspended path are visited while `resuming` is set, so records are always consumed by
//    the construct that pushed them.
//  * C++ try blocks are re-entered on the way back in, so exceptions raised after a resume
//    meet the same except/finally/with handlers as before the suspension.
//
// A resume is a call: it takes one step of the recursion limit and a NestGuard, so the
// recursion budget (cpp/lang/README.md "Limits") holds for generators that drive other
// generators. Generator frames appear in tracebacks like function frames.
#include "lang/generator.hpp"

#include "lang/args.hpp"
#include "lang/generator_runner.hpp"

namespace sl {

namespace {
TypeObject* g_generator_type = nullptr;
}  // namespace

// ---------------------------------------------------------------------------------------
// Generator objects
// ---------------------------------------------------------------------------------------
GeneratorObject::GeneratorObject(Interpreter* i, Ref<FunctionObject> f, Ref<Frame> fr)
    : Object(generator_type()), in(i), fn(std::move(f)), frame(std::move(fr)) {}

GeneratorObject::~GeneratorObject() {
  // CPython closes a suspended generator when it is freed, which runs its pending finally
  // blocks and __exit__ methods. Errors cannot propagate from here: they are reported on
  // stderr like CPython's "Exception ignored in" and dropped.
  if (state != State::Suspended || !has_cleanup || !frame || g_current_interpreter != in) return;
  inc_ref();  // keep this object alive while close() runs (never reaches zero again)
  try {
    close();
  } catch (PyException& e) {
    write_stderr("Exception ignored in: " + repr(ObjPtr(this)) + "\n" + format_traceback(e.exc));
  } catch (PyError& e) {
    write_stderr("Exception ignored in: " + repr(ObjPtr(this)) + "\n" +
                 format_exception_only(exception_from_error(e)) + "\n");
  } catch (...) {
  }
}

ObjPtr GeneratorObject::resume(const ObjPtr& sent, const ObjPtr& thrown) {
  if (state == State::Running) raise_value_error("generator already executing");
  if (state == State::Done) {
    return_value = nullptr;  // the return value is delivered once, by the step that ended
    if (thrown) throw PyException{thrown};
    return nullptr;
  }
  if (state == State::Created) {
    if (sent && !is_none(sent) && !thrown)
      raise_type_error("can't send non-None value to a just-started generator");
    if (thrown) {
      state = State::Done;
      frame = nullptr;
      throw PyException{thrown};
    }
  }
  check_interrupt();
  Interpreter& interp = *in;
  InterpreterCallGuard guard(interp);  // recursion limit and native nesting, like a call
  const bool resuming = state == State::Suspended;
  state = State::Running;
  Ref<Frame> keep = frame;
  GenRunner r(interp, this, resuming, sent, thrown);
  has_cleanup = false;  // set again if this step suspends inside a try or with
  try {
    Flow fl = r.body(fn->info->body);
    if (fl == Flow::Yield) {
      state = State::Suspended;
      ObjPtr v = std::move(yielded);
      return v;
    }
    state = State::Done;
    return_value = fl == Flow::Return && interp.retval ? std::move(interp.retval) : None();
    interp.retval = nullptr;
    frame = nullptr;
    saved.clear();
    return nullptr;
  } catch (PyException& e) {
    state = State::Done;
    saved.clear();
    ObjPtr exc = e.exc;
    if (exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration))) {
      // PEP 479: a StopIteration escaping the body would silently end the consumer's loop
      interp.add_traceback(exc, keep.get());
      ObjPtr rt = make_exception(ErrorType::RuntimeError, "generator raised StopIteration");
      cast<ExceptionObject>(rt)->cause = exc;
      cast<ExceptionObject>(rt)->suppress_context = false;
      cast<ExceptionObject>(rt)->context = exc;
      frame = nullptr;
      throw PyException{rt};
    }
    interp.add_traceback(exc, keep.get());
    frame = nullptr;
    throw;
  } catch (PyError& e) {
    state = State::Done;
    saved.clear();
    ObjPtr exc = exception_from_error(e);
    if (interp.handling() && interp.handling() != exc) cast<ExceptionObject>(exc)->context = interp.handling();
    interp.add_traceback(exc, keep.get());
    frame = nullptr;
    throw PyException{exc};
  }
}

void GeneratorObject::close() {
  if (state == State::Created || state == State::Done) {
    state = State::Done;
    frame = nullptr;
    return;
  }
  ObjPtr exit = make_exception(ErrorType::GeneratorExit, "");
  try {
    if (resume(None(), exit)) raise(ErrorType::RuntimeError, "generator ignored GeneratorExit");
  } catch (PyException& e) {
    if (e.exc->type()->is_subtype_of(exception_type(ErrorType::GeneratorExit)) ||
        e.exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration)))
      return;
    throw;
  }
}

[[noreturn]] void raise_stop_iteration(const ObjPtr& value) {
  if (!value || is_none(value)) throw_exception(make_exception(ErrorType::StopIteration, ""));
  throw_exception(make_exception(exception_type(ErrorType::StopIteration), {value}));
}

ObjPtr make_generator(Interpreter& in, FunctionObject* fn, Ref<Frame> frame) {
  return ObjPtr(new GeneratorObject(&in, Ref<FunctionObject>(fn), std::move(frame)));
}

namespace {
GeneratorObject* gen(const ObjPtr& o) { return static_cast<GeneratorObject*>(o.get()); }

// The exception instance for gen.throw(typ[, val[, tb]]) / gen.throw(exc).
ObjPtr throw_arg(PosArgs args) {
  const ObjPtr& t = args[0];
  if (is_type(t) && cast<TypeObject>(t)->is_exception) {
    if (args.size() >= 2 && !is_none(args[1])) {
      if (is_exception(args[1])) return args[1];
      ObjPtr a[1] = {args[1]};
      return call(t, PosArgs(a, 1));
    }
    return call(t);
  }
  if (is_exception(t)) {
    if (args.size() >= 2 && !is_none(args[1]))
      raise_type_error("instance exception may not have a separate value");
    return t;
  }
  raise_type_error("exceptions must be classes or instances deriving from BaseException, not " + type_name(t));
}
}  // namespace

TypeObject* generator_type() {
  if (g_generator_type) return g_generator_type;
  TypeObject* t = new_type("generator", "builtins");
  g_generator_type = t;
  t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr { return gen(self)->resume(None(), nullptr); };
  t->repr = [](Interpreter&, const ObjPtr& self) {
    return make_str("<generator object " + gen(self)->fn->qualname + " at " + address_string(self.get()) + ">");
  };
  add_method(t, "__next__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("__next__", args, 0, 0);
    ObjPtr v = gen(self)->resume(None(), nullptr);
    if (!v) raise_stop_iteration(gen(self)->return_value);
    return v;
  });
  add_method(t, "send", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("send", args, 1, 1);
    ObjPtr v = gen(self)->resume(args[0], nullptr);
    if (!v) raise_stop_iteration(gen(self)->return_value);
    return v;
  });
  add_method(t, "throw", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("throw", args, 1, 3);
    ObjPtr v = gen(self)->resume(None(), throw_arg(args));
    if (!v) raise_stop_iteration(gen(self)->return_value);
    return v;
  });
  add_method(t, "close", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("close", args, 0, 0);
    gen(self)->close();
    return None();
  });
  add_getset(t, "__name__", [](Interpreter&, const ObjPtr& self) { return make_str(gen(self)->fn->name); });
  add_getset(t, "__qualname__", [](Interpreter&, const ObjPtr& self) { return make_str(gen(self)->fn->qualname); });
  add_getset(t, "gi_running", [](Interpreter&, const ObjPtr& self) {
    return make_bool(gen(self)->state == GeneratorObject::State::Running);
  });
  add_getset(t, "gi_suspended", [](Interpreter&, const ObjPtr& self) {
    return make_bool(gen(self)->state == GeneratorObject::State::Suspended);
  });
  add_getset(t, "gi_frame", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return gen(self)->state == GeneratorObject::State::Done ? None() : ObjPtr(gen(self)->frame);
  });
  return t;
}

}  // namespace sl
