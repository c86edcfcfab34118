// eval_stmt.cpp — statement execution: assignment forms, control flow (with range/list
// fast paths for `for`), try/except/else/finally with CPython's exception matching and
// chaining, raise/assert, with, def/class, imports, IPython magics (%timeit), and module
// execution.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "lang/eval_fast.hpp"
#include "lang/interpreter.hpp"

namespace sl {

using namespace ast;

// A NestGuard that loops take once for all their iterations (instead of one per body
// execution): the nesting depth seen while a body runs is unchanged.
struct LoopNestGuard {
  NestGuard guard;
};

Flow Interpreter::exec_body(const Body& body, Frame* f, bool guarded) {
  if (!guarded) return exec_stmts(body, f);
  NestGuard nest;
  return exec_stmts(body, f);
}

inline Flow Interpreter::exec_stmts(const Body& body, Frame* f) {
  for (const StmtPtr& s : body) {
    f->line = s->line;
    Flow fl = __builtin_expect(stmt_hook != nullptr, 0) ? exec_hooked(s.get(), f) : exec(s.get(), f);
    if (fl != Flow::Normal) return fl;
  }
  return Flow::Normal;
}

inline Flow Interpreter::exec(const Stmt* s, Frame* f) {
  switch (s->kind) {
    case StmtKind::Expr: {
      eval(static_cast<const ExprStmt*>(s)->value.get(), f);
      return Flow::Normal;
    }
    case StmtKind::Assign: exec_assign(static_cast<const AssignStmt*>(s), f); return Flow::Normal;
    case StmtKind::AugAssign: exec_augassign(static_cast<const AugAssignStmt*>(s), f); return Flow::Normal;
    case StmtKind::AnnAssign: {
      auto* a = static_cast<const AnnAssignStmt*>(s);
      if (a->value) assign(a->target.get(), eval(a->value.get(), f), f);
      // `name: T` in a class body or at module level records T in __annotations__
      // (dataclasses read it); annotations inside functions are not evaluated (CPython).
      if (a->target->kind == ExprKind::Name && (f->class_ns || f->scope->kind == ScopeKind::Module))
        record_annotation(static_cast<const Name*>(a->target.get())->id, eval(a->annotation.get(), f), f);
      return Flow::Normal;
    }
    case StmtKind::Return: {
      auto* r = static_cast<const ReturnStmt*>(s);
      retval = r->value ? eval_fast(*this, r->value.get(), f) : None();
      return Flow::Return;
    }
    case StmtKind::If: return exec_if(static_cast<const IfStmt*>(s), f);
    case StmtKind::For: return exec_for(static_cast<const ForStmt*>(s), f);
    case StmtKind::While: return exec_while(static_cast<const WhileStmt*>(s), f);
    case StmtKind::Break: return Flow::Break;
    case StmtKind::Continue: return Flow::Continue;
    case StmtKind::Pass: return Flow::Normal;
    case StmtKind::Del:
      for (auto& t : static_cast<const DelStmt*>(s)->targets) exec_del(t.get(), f);
      return Flow::Normal;
    case StmtKind::Assert: exec_assert(static_cast<const AssertStmt*>(s), f); return Flow::Normal;
    case StmtKind::Global: case StmtKind::Nonlocal: return Flow::Normal;
    case StmtKind::Import: exec_import(static_cast<const ImportStmt*>(s), f); return Flow::Normal;
    case StmtKind::ImportFrom: exec_import_from(static_cast<const ImportFromStmt*>(s), f); return Flow::Normal;
    case StmtKind::Try: return exec_try(static_cast<const TryStmt*>(s), f);
    case StmtKind::Raise: exec_raise(static_cast<const RaiseStmt*>(s), f);
    case StmtKind::FunctionDef: exec_def(static_cast<const FunctionDefStmt*>(s), f); return Flow::Normal;
    case StmtKind::ClassDef: exec_class(static_cast<const ClassDefStmt*>(s), f); return Flow::Normal;
    case StmtKind::With: return exec_with(static_cast<const WithStmt*>(s), f);
    case StmtKind::Magic: exec_magic(static_cast<const MagicStmt*>(s), f); return Flow::Normal;
  }
  return Flow::Normal;
}

Flow Interpreter::exec_one(const Stmt* s, Frame* f) { return exec(s, f); }

Flow Interpreter::exec_hooked(const Stmt* s, Frame* f) {
  StatementHook* h = stmt_hook;
  h->before(s, f);
  Flow fl;
  try {
    fl = exec(s, f);
  } catch (...) {
    h->after(s, f, Flow::Normal, true);
    throw;
  }
  h->after(s, f, fl, false);
  return fl;
}

void Interpreter::exec_assign(const AssignStmt* s, Frame* f) {
  ObjPtr v = eval_fast(*this, s->value.get(), f);
  for (auto& t : s->targets) assign(t.get(), v, f);
}

void Interpreter::exec_augassign(const AugAssignStmt* s, Frame* f) {
  const Expr* t = s->target.get();
  if (t->kind == ExprKind::Name) {
    auto* n = static_cast<const Name*>(t);
    ObjPtr cur = load_name(n, f);
    ObjPtr rhs = eval_fast(*this, s->value.get(), f);
    if (cur->type() == int_type && rhs->type() == int_type) {
      int64_t r;
      if (int_fast_binop(s->op, int_value(cur), int_value(rhs), &r)) {
        cur = nullptr;
        store_int(n, r, f);
        return;
      }
    }
    ObjPtr res = inplace_op(s->op, cur, rhs);
    cur = nullptr;
    store_name(n, res, f);
    return;
  }
  if (t->kind == ExprKind::Attribute) {
    auto* a = static_cast<const AttributeExpr*>(t);
    ObjPtr obj = eval(a->value.get(), f);
    ObjPtr cur = getattr(obj, a->attr);
    ObjPtr rhs = eval(s->value.get(), f);
    ObjPtr res = inplace_op(s->op, cur, rhs);
    cur = nullptr;
    setattr(obj, a->attr, res);
    return;
  }
  auto* sub = static_cast<const SubscriptExpr*>(t);
  ObjPtr obj = eval(sub->value.get(), f);
  ObjPtr key = eval(sub->index.get(), f);
  ObjPtr cur = getitem(obj, key);
  ObjPtr rhs = eval(s->value.get(), f);
  ObjPtr res = inplace_op(s->op, cur, rhs);
  cur = nullptr;
  setitem(obj, key, res);
}

void Interpreter::exec_del(const Expr* t, Frame* f) {
  switch (t->kind) {
    case ExprKind::Name: delete_name(static_cast<const Name*>(t), f); return;
    case ExprKind::Tuple: case ExprKind::List:
      for (auto& x : static_cast<const SeqExpr*>(t)->elts) exec_del(x.get(), f);
      return;
    case ExprKind::Attribute: {
      auto* a = static_cast<const AttributeExpr*>(t);
      delattr(eval(a->value.get(), f), a->attr);
      return;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const SubscriptExpr*>(t);
      ObjPtr obj = eval(s->value.get(), f);
      delitem(obj, eval(s->index.get(), f));
      return;
    }
    default: raise_type_error("cannot delete expression");
  }
}

void Interpreter::exec_assert(const AssertStmt* s, Frame* f) {
  if (is_true(eval(s->test.get(), f))) return;
  if (s->msg) throw_exception(make_exception(exception_type(ErrorType::AssertionError), {eval(s->msg.get(), f)}));
  throw_exception(make_exception(ErrorType::AssertionError, ""));
}

Flow Interpreter::exec_if(const IfStmt* s, Frame* f) {
  for (;;) {
    if (eval_test(s->test.get(), f)) return exec_body(s->body, f);
    if (s->orelse.size() == 1 && s->orelse[0]->kind == StmtKind::If) {
      s = static_cast<const IfStmt*>(s->orelse[0].get());
      f->line = s->line;
      continue;
    }
    return exec_body(s->orelse, f);
  }
}

Flow Interpreter::exec_for(const ForStmt* s, Frame* f) {
  ObjPtr iterable = eval(s->iter.get(), f);
  const Expr* target = s->target.get();
  const int line = s->line;
  // range fast path: no iterator object, ints straight into the target
  if (iterable->type() == range_type) {
    auto* r = cast<RangeObject>(iterable);
    const uint64_t n = r->ulength();
    const uint64_t step = static_cast<uint64_t>(r->step);
    uint64_t v = static_cast<uint64_t>(r->start);  // unsigned: no overflow after the last item
    {
      LoopNestGuard nest;
      for (uint64_t i = 0; i < n; ++i, v += step) {
        check_interrupt();
        if (target->kind == ExprKind::Name) store_int(static_cast<const Name*>(target), static_cast<int64_t>(v), f);
        else assign(target, make_int(static_cast<int64_t>(v)), f);
        Flow fl = exec_body(s->body, f, false);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return) return fl;
        f->line = line;
      }
    }
    return exec_body(s->orelse, f);
  }
  // list/tuple fast path: index the items directly (re-reading the size each step, like
  // CPython's list iterator, so appending while iterating behaves the same)
  if (iterable->type() == list_type || iterable->type() == tuple_type) {
    const bool lst = iterable->type() == list_type;
    {
      LoopNestGuard nest;
      for (size_t i = 0;; ++i) {
        check_interrupt();
        const auto& items = lst ? list_items(iterable) : tuple_items(iterable);
        if (i >= items.size()) break;
        ObjPtr item = items[i];
        assign(target, item, f);
        Flow fl = exec_body(s->body, f, false);
        if (fl == Flow::Break) return Flow::Normal;
        if (fl == Flow::Return) return fl;
        f->line = line;
      }
    }
    return exec_body(s->orelse, f);
  }
  ObjPtr it = get_iter(iterable);
  {
    LoopNestGuard nest;
    while (true) {
      check_interrupt();
      ObjPtr item = iter_next(it);
      if (!item) break;
      assign(target, item, f);
      Flow fl = exec_body(s->body, f, false);
      if (fl == Flow::Break) return Flow::Normal;
      if (fl == Flow::Return) return fl;
      f->line = line;
    }
  }
  return exec_body(s->orelse, f);
}

Flow Interpreter::exec_while(const WhileStmt* s, Frame* f) {
  const int line = s->line;
  {
    LoopNestGuard nest;
    while (true) {
      check_interrupt();
      f->line = line;
      if (!eval_test(s->test.get(), f)) break;
      Flow fl = exec_body(s->body, f, false);
      if (fl == Flow::Break) return Flow::Normal;
      if (fl == Flow::Return) return fl;
    }
  }
  return exec_body(s->orelse, f);
}

// ---------------------------------------------------------------------------------------
// Exceptions
// ---------------------------------------------------------------------------------------
const ObjPtr& Interpreter::handling() const {
  static const ObjPtr null;
  return handling_.empty() ? null : handling_.back();
}

static bool exception_matches(const ObjPtr& exc, const ObjPtr& spec) {
  if (is_tuple(spec)) {
    for (auto& s : tuple_items(spec))
      if (exception_matches(exc, s)) return true;
    return false;
  }
  if (!is_type(spec) || !cast<TypeObject>(spec)->is_exception)
    raise_type_error("catching classes that do not inherit from BaseException is not allowed");
  return exc->type()->is_subtype_of(cast<TypeObject>(spec));
}

bool Interpreter::exception_matches_public(const ObjPtr& exc, const ObjPtr& spec) {
  return exception_matches(exc, spec);
}

void Interpreter::unbind_handler_name(const Expr* name, Frame* f) {
  auto* n = static_cast<const Name*>(name);
  if (n->where == NameWhere::Local) f->slots()[n->slot] = nullptr;
  else if (n->where == NameWhere::Global) f->globals->remove(n->id_obj);
  else if (n->where == NameWhere::ClassBody && f->class_ns) f->class_ns->remove(n->id_obj);
}

// An exception instance from `raise X` / `raise X()`.
static ObjPtr instantiate_exception(const ObjPtr& v, bool cause) {
  if (is_type(v) && cast<TypeObject>(v)->is_exception) {
    ObjPtr r = call(v);
    if (!is_exception(r))
      raise_type_error("calling " + repr(v) + " should have returned an instance of BaseException, not " + type_name(r));
    return r;
  }
  if (is_exception(v)) return v;
  if (cause) raise_type_error("exception causes must derive from BaseException");
  raise_type_error("exceptions must derive from BaseException");
}

void Interpreter::exec_raise(const RaiseStmt* s, Frame* f) {
  if (!s->exc) {
    if (handling_.empty()) raise(ErrorType::RuntimeError, "No active exception to reraise");
    throw PyException{handling_.back()};
  }
  ObjPtr exc = instantiate_exception(eval(s->exc.get(), f), false);
  auto* e = cast<ExceptionObject>(exc);
  if (s->cause) {
    ObjPtr c = eval(s->cause.get(), f);
    if (is_none(c)) e->cause = nullptr;
    else e->cause = instantiate_exception(c, true);
    e->suppress_context = true;
  }
  if (!handling_.empty() && handling_.back() != exc && !e->context) e->context = handling_.back();
  throw PyException{exc};
}

Flow Interpreter::exec_try_except(const TryStmt* s, Frame* f) {
  ObjPtr exc;
  try {
    Flow fl = exec_body(s->body, f);
    if (fl != Flow::Normal) return fl;
  } catch (PyException& e) {
    exc = std::move(e.exc);
  } catch (PyError& e) {
    exc = exception_from_error(e);
    if (!handling_.empty()) cast<ExceptionObject>(exc)->context = handling_.back();
  }
  if (!exc) return s->orelse.empty() ? Flow::Normal : exec_body(s->orelse, f);
  const int raise_line = f->line;
  for (const ExceptHandler& h : s->handlers) {
    if (h.type) {
      f->line = h.line;
      if (!exception_matches(exc, eval(h.type.get(), f))) continue;
    }
    f->line = h.line;
    if (h.name) assign(h.name.get(), exc, f);
    Flow fl;
    {
      HandlingGuard g(this, exc);
      try {
        fl = exec_body(h.body, f);
      } catch (PyException& e) {
        auto* ne = cast<ExceptionObject>(e.exc);
        if (e.exc != exc && !ne->context && !ne->suppress_context) ne->context = exc;
        throw;
      } catch (PyError& e) {
        ObjPtr ne = exception_from_error(e);
        cast<ExceptionObject>(ne)->context = exc;
        throw PyException{ne};
      }
    }
    if (h.name) unbind_handler_name(h.name.get(), f);  // `except E as e` unbinds e (like CPython)
    return fl;
  }
  f->line = raise_line;
  throw PyException{exc};
}

Flow Interpreter::exec_try(const TryStmt* s, Frame* f) {
  if (s->finalbody.empty()) return exec_try_except(s, f);
  Flow flow;
  ObjPtr pending;
  try {
    flow = exec_try_except(s, f);
  } catch (PyException& e) {
    pending = std::move(e.exc);
  } catch (PyError& e) {
    pending = exception_from_error(e);
  }
  const int line = f->line;
  ObjPtr saved_ret = retval;
  Flow ff;
  if (pending) {
    HandlingGuard g(this, pending);
    ff = exec_body(s->finalbody, f);
  } else {
    ff = exec_body(s->finalbody, f);
  }
  if (ff != Flow::Normal) return ff;  // return/break in finally discards the exception
  f->line = line;
  if (pending) throw PyException{pending};
  retval = saved_ret;
  return flow;
}

Flow Interpreter::exec_with(const WithStmt* s, Frame* f) {
  // nested items behave like nested with statements
  std::vector<ObjPtr> exits;
  size_t entered = 0;
  ObjPtr pending;
  Flow flow = Flow::Normal;
  try {
    for (auto& item : s->items) {
      ObjPtr cm = eval(item.context.get(), f);
      ObjPtr enter = getattr_or_null(cm, "__enter__");
      ObjPtr exit = getattr_or_null(cm, "__exit__");
      if (!enter || !exit)
        raise_type_error("'" + type_name(cm) + "' object does not support the context manager protocol");
      ObjPtr v = call(enter);
      exits.push_back(exit);
      ++entered;
      if (item.target) assign(item.target.get(), v, f);
    }
    flow = exec_body(s->body, f);
  } catch (PyException& e) {
    pending = std::move(e.exc);
  } catch (PyError& e) {
    pending = exception_from_error(e);
  }
  ObjPtr saved_ret = retval;  // __exit__ runs Python code, which may clobber it
  while (entered > 0) {
    ObjPtr exit = exits[--entered];
    if (pending) {
      ObjPtr args[3] = {ObjPtr(pending->type()), pending, None()};
      ObjPtr r = call(exit, PosArgs(args, 3));
      if (is_true(r)) pending = nullptr;
    } else {
      ObjPtr args[3] = {None(), None(), None()};
      call(exit, PosArgs(args, 3));
    }
  }
  if (pending) throw PyException{pending};
  retval = saved_ret;
  return flow;
}

// ---------------------------------------------------------------------------------------
// Definitions
// ---------------------------------------------------------------------------------------
void Interpreter::exec_def(const FunctionDefStmt* s, Frame* f) {
  std::vector<ObjPtr> decos;
  for (auto& d : s->decorators) decos.push_back(eval(d.get(), f));
  ObjPtr fn = make_function(s->fn, f);
  for (size_t i = decos.size(); i-- > 0;) {
    ObjPtr a[1] = {fn};
    fn = call(decos[i], PosArgs(a, 1));
  }
  assign(s->target.get(), fn, f);
}

void Interpreter::record_annotation(const std::string& name, const ObjPtr& annotation, Frame* f) {
  DictObject* ns = f->class_ns ? f->class_ns : f->globals;
  ObjPtr ann = ns->get(std::string("__annotations__"));
  if (!ann) {
    ann = make_dict();
    ns->set("__annotations__", ann);
  }
  if (!is_dict(ann)) {
    setitem(ann, make_str(name), annotation);
    return;
  }
  as_dict(ann)->set(name, annotation);
}

void Interpreter::exec_class(const ClassDefStmt* s, Frame* f) {
  std::vector<ObjPtr> decos;
  for (auto& d : s->decorators) decos.push_back(eval(d.get(), f));
  std::vector<ObjPtr> bases;
  for (auto& b : s->bases) bases.push_back(eval(b.get(), f));
  // CPython's rules for a base that is not a class: PEP 560's __mro_entries__ replaces it
  // (typing.Generic[T] -> Generic); without one, its type acts as the metaclass, called
  // as type(base)(name, bases, namespace) after the body ran (how typing.NamedTuple and
  // TypedDict build their classes here, without metaclass support).
  ObjPtr orig_bases, meta;
  for (size_t i = 0; i < bases.size(); ++i) {
    if (is_type(bases[i])) continue;
    ObjPtr me = getattr_or_null(bases[i], "__mro_entries__");
    if (!me) {
      if (!meta) meta = ObjPtr(bases[i]->type());
      continue;
    }
    if (!orig_bases) orig_bases = make_tuple(bases);
    ObjPtr a[1] = {orig_bases};
    std::vector<ObjPtr> repl;
    for (auto& r : iterate(call(me, PosArgs(a, 1)))) repl.push_back(r);
    bases.erase(bases.begin() + static_cast<std::ptrdiff_t>(i));
    bases.insert(bases.begin() + static_cast<std::ptrdiff_t>(i), repl.begin(), repl.end());
    i += repl.size();
    --i;
  }
  auto ns = make_dict();
  if (orig_bases) ns->set("__orig_bases__", orig_bases);
  // __module__ is the defining module's __name__ (a class of an embedded stdlib module
  // reports "statistics.StatisticsError", like CPython)
  ObjPtr modname = f->globals ? f->globals->get(std::string("__name__")) : nullptr;
  ns->set("__module__", modname && is_str(modname) ? modname : make_str("__main__"));
  ns->set("__qualname__", make_str(s->scope->qualname));
  if (s->has_doc) ns->set("__doc__", make_str(s->doc));
  Ref<Frame> cf = Frame::create(s->scope.get(), 0, Ref<Frame>(closure_frame(f)), f->globals);
  cf->class_ns = ns.get();
  cf->line = s->line;
  try {
    FrameLink link(current_frame, cf.get());
    exec_body(s->body, cf.get());
  } catch (PyException& e) {
    add_traceback(e.exc, cf.get());
    throw;
  } catch (PyError& e) {
    ObjPtr exc = exception_from_error(e);
    add_traceback(exc, cf.get());
    throw PyException{exc};
  }
  ObjPtr cls;
  if (meta) {
    ObjPtr a[3] = {make_str(s->name), make_tuple(bases), ns};
    cls = call(meta, PosArgs(a, 3));
  } else {
    cls = create_class(*this, s->name, s->scope->qualname, bases, ns.get(), f);
  }
  for (size_t i = decos.size(); i-- > 0;) {
    ObjPtr a[1] = {cls};
    cls = call(decos[i], PosArgs(a, 1));
  }
  assign(s->target.get(), cls, f);
}

// ---------------------------------------------------------------------------------------
// Imports
// ---------------------------------------------------------------------------------------
void Interpreter::exec_import(const ImportStmt* s, Frame* f) {
  for (const Alias& a : s->names) {
    Ref<ModuleObject> m = import_module(*this, a.name);
    if (!a.asname.empty()) {
      assign(a.target.get(), m, f);
    } else {
      std::string top = a.name.substr(0, a.name.find('.'));
      assign(a.target.get(), modules_[top], f);
    }
  }
}

void Interpreter::exec_import_from(const ImportFromStmt* s, Frame* f) {
  if (s->level > 0) raise(ErrorType::ImportError, "attempted relative import with no known parent package");
  Ref<ModuleObject> m = import_module(*this, s->module);
  for (const Alias& a : s->names) {
    if (a.name == "*") {
      if (ObjPtr all = m->get("__all__")) {  // the module's public names, as CPython
        for (auto& n : iterate(all)) {
          if (!is_str(n)) raise_type_error("Item in " + s->module + ".__all__ must be str, not " + type_name(n));
          const std::string& name = str_value(n);
          ObjPtr v = m->get(name);
          if (!v) v = getattr(ObjPtr(m), name);
          f->globals->set(name, v);
        }
        continue;
      }
      for (auto& e : std::vector<DictObject::Entry>(m->dict->entries())) {
        if (!e.key || !is_str(e.key) || str_value(e.key).compare(0, 1, "_") == 0) continue;
        f->globals->set_hashed(e.key, e.hash, e.value);
      }
      continue;
    }
    ObjPtr v = m->get(a.name);
    // As CPython's IMPORT_FROM: getattr (a registered submodule, a module __getattr__ hook,
    // whose non-AttributeError exceptions propagate), and ImportError when that fails. An
    // AttributeError that is also a NotImplementedError (stridelab's "not available yet" gap,
    // modules/numpy/numpy_gaps.cpp) propagates too: it names what is missing.
    if (!v) {
      try {
        v = getattr(ObjPtr(m), a.name);
      } catch (PyError& e) {
        if (e.type != ErrorType::AttributeError) throw;
      } catch (PyException& e) {
        TypeObject* t = e.exc->type();
        if (!t->is_subtype_of(exception_type(ErrorType::AttributeError)) ||
            t->is_subtype_of(exception_type(ErrorType::NotImplementedError)))
          throw;
      }
    }
    if (!v)
      raise(ErrorType::ImportError, "cannot import name '" + a.name + "' from '" + s->module + "' (unknown location)");
    assign(a.target.get(), v, f);
  }
}

// ---------------------------------------------------------------------------------------
// IPython magics
// ---------------------------------------------------------------------------------------
namespace {
// IPython's _format_time: 3 significant digits in s / ms / µs / ns.
std::string format_time(double seconds) {
  static const char* const units[] = {"s", "ms", "\xC2\xB5s", "ns"};
  static const double scaling[] = {1, 1e3, 1e6, 1e9};
  if (seconds >= 60.0) {
    int64_t total = static_cast<int64_t>(seconds);
    int64_t h = total / 3600, mnt = (total % 3600) / 60;
    double sec = seconds - static_cast<double>(h * 3600 + mnt * 60);
    char buf[64];
    if (h) std::snprintf(buf, sizeof buf, "%lldh %lldmin %.0fs", static_cast<long long>(h), static_cast<long long>(mnt), sec);
    else std::snprintf(buf, sizeof buf, "%lldmin %.0fs", static_cast<long long>(mnt), sec);
    return buf;
  }
  int order = 3;
  if (seconds > 0.0) {
    int fl = static_cast<int>(std::floor(std::log10(seconds)));
    int q = fl >= 0 ? fl / 3 : -((-fl + 2) / 3);  // Python's floor division
    order = std::min(-q, 3);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g %s", 3, seconds * scaling[order], units[order]);
  return buf;
}
std::string with_commas(int64_t n) {
  std::string s = std::to_string(n), out;
  int c = 0;
  for (size_t i = s.size(); i-- > 0;) {
    out.insert(out.begin(), s[i]);
    if (++c % 3 == 0 && i > 0) out.insert(out.begin(), ',');
  }
  return out;
}
}  // namespace

void Interpreter::exec_magic(const MagicStmt* s, Frame* f) {
  if (s->name != "timeit" || s->timed.empty()) return;  // other magics are no-ops
  using clock = std::chrono::steady_clock;
  auto run = [&](int64_t loops) {
    auto t0 = clock::now();
    for (int64_t i = 0; i < loops; ++i) exec_body(s->timed, f);
    return std::chrono::duration<double>(clock::now() - t0).count();
  };
  // IPython: loops = 10**k, the first count whose run takes >= 0.2 s; then `repeat` runs
  int64_t loops = s->timeit_number;
  if (loops == 0) {
    loops = 1;
    for (int k = 0; k < 10; ++k) {
      if (run(loops) >= 0.2) break;
      if (k < 9) loops *= 10;
    }
  }
  const int64_t runs = s->timeit_repeat;
  std::vector<double> per;
  for (int64_t r = 0; r < runs; ++r) per.push_back(run(loops) / static_cast<double>(loops));
  double mean = 0;
  for (double x : per) mean += x;
  mean /= static_cast<double>(runs);
  double var = 0;
  for (double x : per) var += (x - mean) * (x - mean);
  double sd = std::sqrt(var / static_cast<double>(runs));
  stdout_ += format_time(mean) + " \xC2\xB1 " + format_time(sd) + " per loop (mean \xC2\xB1 std. dev. of " +
             std::to_string(runs) + (runs == 1 ? " run, " : " runs, ") + with_commas(loops) +
             (loops == 1 ? " loop" : " loops") + " each)\n";
}

// ---------------------------------------------------------------------------------------
// Modules
// ---------------------------------------------------------------------------------------
std::shared_ptr<Module> Interpreter::program_of(Frame* f) const {
  // the innermost function running (nested functions, lambdas and comprehensions live in
  // its program), else the module being executed
  for (Frame* p = f; p; p = p->parent.get())
    if (p->function) return static_cast<FunctionObject*>(p->function)->program;
  return running_program;
}

void Interpreter::release_unused_programs() {
  std::vector<std::shared_ptr<Module>> keep;
  for (auto& p : programs)
    if (p.use_count() > 1 || p == running_program) keep.push_back(std::move(p));
  programs = std::move(keep);
}

void Interpreter::exec_module(const std::shared_ptr<Module>& program, ObjPtr* last_value,
                              DictObject* globals, DictObject* locals) {
  Module& m = *program;
  programs.push_back(program);
  struct RunningScope {  // exec() nests: restore the enclosing module on every exit path
    std::shared_ptr<Module>& slot;
    std::shared_ptr<Module> saved;
    ~RunningScope() { slot = std::move(saved); }
  } running{running_program, running_program};
  running_program = program;
  Ref<Frame> f = Frame::create(m.scope.get(), 0, nullptr, globals ? globals : globals_.get());
  f->class_ns = locals;
  f->line = 1;
  struct LineScope {  // restores the enclosing value on every exit path
    const int*& slot;
    const int* saved;
    ~LineScope() { slot = saved; }
  } line_scope{current_module_line, current_module_line};
  current_module_line = &f->line;
  try {
    FrameLink link(current_frame, f.get());
    size_t n = m.body.size();
    for (size_t i = 0; i < n; ++i) {
      const Stmt* s = m.body[i].get();
      f->line = s->line;
      if (last_value && i + 1 == n && s->kind == StmtKind::Expr) {
        if (StatementHook* h = stmt_hook) {
          h->before(s, f.get());
          try {
            *last_value = eval(static_cast<const ExprStmt*>(s)->value.get(), f.get());
          } catch (...) {
            h->after(s, f.get(), Flow::Normal, true);
            throw;
          }
          h->after(s, f.get(), Flow::Normal, false);
        } else {
          *last_value = eval(static_cast<const ExprStmt*>(s)->value.get(), f.get());
        }
        break;
      }
      if (stmt_hook) exec_hooked(s, f.get());
      else exec(s, f.get());
    }
  } catch (PyException& e) {
    add_traceback(e.exc, f.get());
    throw;
  } catch (PyError& e) {
    ObjPtr exc = exception_from_error(e);
    add_traceback(exc, f.get());
    throw PyException{exc};
  }
}

}  // namespace sl
