// generator_exec.cpp — the statements of the resumable generator executor (GenRunner, see
// generator.cpp for the scheme): blocks, if/while/for, try/except/else/finally and with
// that can be left at a yield and re-entered where they stopped.
#include "lang/generator_runner.hpp"

namespace sl {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------
Flow GenRunner::body(const Body& b) {
  NestGuard nest;
  size_t i = 0;
  if (resuming_) i = static_cast<size_t>(pop().n);
  for (; i < b.size(); ++i) {
    const Stmt* s = b[i].get();
    f_->line = s->line;
    Flow fl;
    if (__builtin_expect(in_.stmt_hook != nullptr, 0)) {
      fl = hooked_stmt(s);
    } else {
      fl = s->has_yield ? stmt(s) : in_.exec_one(s, f_);
    }
    if (fl == Flow::Yield) {
      push(static_cast<int64_t>(i));
      return fl;
    }
    if (fl != Flow::Normal) return fl;
  }
  return Flow::Normal;
}

// The statement hook's path (stmt_hook.hpp): a statement gets its `before` when it starts
// (not when resumed after a yield) and an `after` each time it suspends (Flow::Yield) and
// when it completes.
Flow GenRunner::hooked_stmt(const Stmt* s) {
  StatementHook* h = in_.stmt_hook;
  if (!s->has_yield) return in_.exec_hooked(s, f_);
  if (!resuming_) h->before(s, f_);
  Flow fl;
  try {
    fl = stmt(s);
  } catch (...) {
    h->after(s, f_, Flow::Normal, true);
    throw;
  }
  h->after(s, f_, fl, false);  // Flow::Yield: suspended here (it completes later, reported again)
  return fl;
}

Flow GenRunner::stmt(const Stmt* s) {
  switch (s->kind) {
    case StmtKind::Expr:
      return expr(static_cast<const ExprStmt*>(s)->value.get()) ? Flow::Normal : Flow::Yield;
    case StmtKind::Assign: {
      auto* a = static_cast<const AssignStmt*>(s);
      ObjPtr v = expr(a->value.get());
      if (!v) return Flow::Yield;
      for (auto& t : a->targets) in_.assign(t.get(), v, f_);
      return Flow::Normal;
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<const AnnAssignStmt*>(s);
      ObjPtr v = expr(a->value.get());
      if (!v) return Flow::Yield;
      in_.assign(a->target.get(), v, f_);
      return Flow::Normal;
    }
    case StmtKind::AugAssign: return gen_augassign(static_cast<const AugAssignStmt*>(s));
    case StmtKind::Return: {
      ObjPtr v = expr(static_cast<const ReturnStmt*>(s)->value.get());
      if (!v) return Flow::Yield;
      in_.retval = v;
      return Flow::Return;
    }
    case StmtKind::If: return gen_if(static_cast<const IfStmt*>(s));
    case StmtKind::While: return gen_while(static_cast<const WhileStmt*>(s));
    case StmtKind::For: return gen_for(static_cast<const ForStmt*>(s));
    case StmtKind::Try: return gen_try(static_cast<const TryStmt*>(s));
    case StmtKind::With: return gen_with(static_cast<const WithStmt*>(s));
    default: return in_.exec_one(s, f_);  // generator_mark.cpp rejects yields elsewhere
  }
}

Flow GenRunner::gen_augassign(const AugAssignStmt* s) {
  // target operands and current value first, then the right-hand side (CPython's order)
  const Expr* t = s->target.get();
  ObjPtr obj, key, cur;
  if (resuming_) {
    cur = pop().v;
    key = pop().v;
    obj = pop().v;
  } else if (t->kind == ExprKind::Name) {
    cur = in_.eval(t, f_);
  } else if (t->kind == ExprKind::Attribute) {
    auto* a = static_cast<const AttributeExpr*>(t);
    obj = in_.eval(a->value.get(), f_);
    cur = getattr(obj, a->attr);
  } else {
    auto* sub = static_cast<const SubscriptExpr*>(t);
    obj = in_.eval(sub->value.get(), f_);
    key = in_.eval(sub->index.get(), f_);
    cur = getitem(obj, key);
  }
  ObjPtr rhs = expr(s->value.get());
  if (!rhs) {
    push(0, obj);
    push(0, key);
    push(0, cur);
    return Flow::Yield;
  }
  ObjPtr res = inplace_op(s->op, cur, rhs);
  cur = nullptr;
  if (t->kind == ExprKind::Name) in_.assign(t, res, f_);
  else if (t->kind == ExprKind::Attribute) setattr(obj, static_cast<const AttributeExpr*>(t)->attr, res);
  else setitem(obj, key, res);
  return Flow::Normal;
}

Flow GenRunner::gen_if(const IfStmt* s) {
  int64_t phase = resuming_ ? pop().n : 0;  // 0 test, 1 body, 2 orelse
  if (phase == 0) {
    ObjPtr t = expr(s->test.get());
    if (!t) {
      push(0);
      return Flow::Yield;
    }
    phase = truth(t) ? 1 : 2;
  }
  Flow fl = body(phase == 1 ? s->body : s->orelse);
  if (fl == Flow::Yield) push(phase);
  return fl;
}

Flow GenRunner::gen_while(const WhileStmt* s) {
  int64_t phase = resuming_ ? pop().n : 0;  // 0 test, 1 body, 2 orelse
  while (phase != 2) {
    if (phase == 0) {
      check_interrupt();
      f_->line = s->line;
      ObjPtr t = expr(s->test.get());
      if (!t) {
        push(0);
        return Flow::Yield;
      }
      if (!truth(t)) break;
    }
    Flow fl = body(s->body);
    if (fl == Flow::Yield) {
      push(1);
      return fl;
    }
    if (fl == Flow::Break) return Flow::Normal;
    if (fl == Flow::Return) return fl;
    phase = 0;
  }
  Flow fl = body(s->orelse);
  if (fl == Flow::Yield) push(2);
  return fl;
}

Flow GenRunner::gen_for(const ForStmt* s) {
  int64_t phase = 0;  // 0 iterable, 1 body, 2 orelse
  ObjPtr it;
  bool in_body = false;  // resumed inside the body: do not advance the iterator first
  if (resuming_) {
    GenSlot sl = pop();
    phase = sl.n;
    it = std::move(sl.v);
    in_body = phase == 1;
  }
  if (phase == 0) {
    ObjPtr v = expr(s->iter.get());
    if (!v) {
      push(0);
      return Flow::Yield;
    }
    it = get_iter(v);
    phase = 1;
  }
  if (phase == 1) {
    for (;;) {
      if (!in_body) {
        check_interrupt();
        f_->line = s->line;
        ObjPtr item = iter_next(it);
        if (!item) break;
        in_.assign(s->target.get(), item, f_);
      }
      in_body = false;
      Flow fl = body(s->body);
      if (fl == Flow::Yield) {
        push(1, it);
        return fl;
      }
      if (fl == Flow::Break) return Flow::Normal;
      if (fl == Flow::Return) return fl;
    }
  }
  Flow fl = body(s->orelse);
  if (fl == Flow::Yield) push(2);
  return fl;
}

// try: phases 0 body, 1 handler (n >> 3 = its index, v = the exception), 2 else, 3 finally
// (n >> 3 = the flow to resume after it, v = the pending exception; one more slot below
// holds the saved return value).
Flow GenRunner::gen_try(const TryStmt* s) {
  int phase = 0;
  int64_t extra = 0;
  ObjPtr exc, saved_ret;
  if (resuming_) {
    GenSlot sl = pop();
    phase = static_cast<int>(sl.n & 7);
    extra = sl.n >> 3;
    exc = std::move(sl.v);
    if (phase == 3) saved_ret = pop().v;
  }
  ObjPtr pending;
  Flow flow = Flow::Normal;
  if (phase < 3) {
    if (s->finalbody.empty()) return gen_try_except(s, phase, extra, exc);
    try {
      flow = gen_try_except(s, phase, extra, exc);
      if (flow == Flow::Yield) {
        g_->has_cleanup = true;  // the finally block must run when the generator is freed
        return flow;
      }
    } catch (PyException& e) {
      pending = std::move(e.exc);
    } catch (PyError& e) {
      pending = exception_from_error(e);
    }
    saved_ret = in_.retval;
  } else {
    pending = std::move(exc);
    flow = static_cast<Flow>(extra);
  }
  const int line = f_->line;
  Flow ff;
  if (pending) {
    HandlingGuard hg(&in_, pending);
    ff = body(s->finalbody);
  } else {
    ff = body(s->finalbody);
  }
  if (ff == Flow::Yield) {
    g_->has_cleanup = true;
    push(0, saved_ret);
    push(3 | (static_cast<int64_t>(flow) << 3), pending);
    return ff;
  }
  if (ff != Flow::Normal) return ff;  // return/break in finally discards the exception
  f_->line = line;
  if (pending) throw PyException{pending};
  in_.retval = saved_ret;
  return flow;
}

Flow GenRunner::gen_try_except(const TryStmt* s, int phase, int64_t handler, ObjPtr exc) {
  if (phase == 0) {
    try {
      Flow fl = body(s->body);
      if (fl == Flow::Yield) {
        g_->has_cleanup = true;
        push(0);
        return fl;
      }
      if (fl != Flow::Normal) return fl;
    } catch (PyException& e) {
      exc = std::move(e.exc);
    } catch (PyError& e) {
      exc = exception_from_error(e);
      if (in_.handling()) cast<ExceptionObject>(exc)->context = in_.handling();
    }
    if (!exc) {
      phase = 2;
    } else {
      const int raise_line = f_->line;
      handler = -1;
      for (size_t k = 0; k < s->handlers.size() && handler < 0; ++k) {
        const ExceptHandler& h = s->handlers[k];
        f_->line = h.line;
        if (!h.type || in_.exception_matches_public(exc, in_.eval(h.type.get(), f_))) handler = static_cast<int64_t>(k);
      }
      if (handler < 0) {
        f_->line = raise_line;
        throw PyException{exc};
      }
      const ExceptHandler& h = s->handlers[static_cast<size_t>(handler)];
      f_->line = h.line;
      if (h.name) in_.assign(h.name.get(), exc, f_);
      phase = 1;
    }
  }
  if (phase == 1) {
    const ExceptHandler& h = s->handlers[static_cast<size_t>(handler)];
    Flow fl;
    {
      HandlingGuard hg(&in_, exc);
      try {
        fl = body(h.body);
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
    if (fl == Flow::Yield) {
      g_->has_cleanup = true;
      push(1 | (handler << 3), exc);
      return fl;
    }
    if (h.name) in_.unbind_handler_name(h.name.get(), f_);
    return fl;
  }
  Flow fl = body(s->orelse);
  if (fl == Flow::Yield) push(2);
  return fl;
}

Flow GenRunner::gen_with(const WithStmt* s) {
  std::vector<ObjPtr> exits;
  ObjPtr pending;
  Flow flow = Flow::Normal;
  const bool resumed = resuming_;
  if (resumed) exits = tuple_items(pop().v);
  try {
    if (!resumed) {
      for (auto& item : s->items) {
        ObjPtr cm = in_.eval(item.context.get(), f_);
        ObjPtr enter = getattr_or_null(cm, "__enter__");
        ObjPtr exit = getattr_or_null(cm, "__exit__");
        if (!enter || !exit)
          raise_type_error("'" + type_name(cm) + "' object does not support the context manager protocol");
        ObjPtr v = call(enter);
        exits.push_back(exit);
        if (item.target) in_.assign(item.target.get(), v, f_);
      }
    }
    flow = body(s->body);
    if (flow == Flow::Yield) {
      g_->has_cleanup = true;
      push(0, make_tuple(exits));
      return flow;
    }
  } catch (PyException& e) {
    pending = std::move(e.exc);
  } catch (PyError& e) {
    pending = exception_from_error(e);
  }
  ObjPtr saved_ret = in_.retval;
  for (size_t k = exits.size(); k-- > 0;) {
    if (pending) {
      ObjPtr args[3] = {ObjPtr(pending->type()), pending, None()};
      if (is_true(call(exits[k], PosArgs(args, 3)))) pending = nullptr;
    } else {
      ObjPtr args[3] = {None(), None(), None()};
      call(exits[k], PosArgs(args, 3));
    }
  }
  if (pending) throw PyException{pending};
  in_.retval = saved_ret;
  return flow;
}


}  // namespace sl
