// generator_mark.cpp — marks the nodes of a generator function's body that contain one of
// its yields (has_yield), so that the resumable executor (generator.cpp) takes over exactly
// those and leaves everything else to the fast evaluator. Nested scopes (def, class,
// lambda, comprehensions) have their own yields and are not entered.
//
// A yield may appear in statements (expression, assignment value, augmented assignment
// value, return, if/while tests, for iterables, and anywhere inside if/while/for/try/with
// bodies) and inside operators, calls, subscripts, attributes, conditional expressions,
// displays and walrus values. Elsewhere (f-strings, assignment targets, with items, except
// clauses, raise/assert/del, decorators and defaults) it is a SyntaxError naming the
// limitation: those forms are not used for generators in practice.
#include "lang/generator.hpp"
#include "lang/parser.hpp"

namespace sl {

using namespace ast;

namespace {

[[noreturn]] void unsupported(int line, int col) {
  SyntaxErrorInfo info;
  info.message = "'yield' in this position is not supported by stridelab";
  info.line = line;
  info.col = col;
  throw LexError{info};
}

bool mark_expr(Expr* e);

bool mark_all(std::vector<ExprPtr>& v) {
  bool any = false;
  for (auto& x : v)
    if (x && mark_expr(x.get())) any = true;
  return any;
}

// Rejects a yield inside an expression the resumable executor does not evaluate.
void forbid(Expr* e) {
  if (e && mark_expr(e)) unsupported(e->line, e->col);
}

bool mark_expr(Expr* e) {
  if (!e) return false;
  bool y = false;
  switch (e->kind) {
    case ExprKind::Yield: {
      mark_expr(static_cast<YieldExpr*>(e)->value.get());
      y = true;
      break;
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<BinOpExpr*>(e);
      y = mark_expr(b->left.get()) | mark_expr(b->right.get());
      break;
    }
    case ExprKind::UnaryOp: y = mark_expr(static_cast<UnaryOpExpr*>(e)->operand.get()); break;
    case ExprKind::BoolOp: y = mark_all(static_cast<BoolOpExpr*>(e)->values); break;
    case ExprKind::Compare: {
      auto* c = static_cast<CompareExpr*>(e);
      y = mark_expr(c->left.get()) | mark_all(c->comparators);
      break;
    }
    case ExprKind::IfExp: {
      auto* i = static_cast<IfExpr*>(e);
      y = mark_expr(i->test.get()) | mark_expr(i->body.get()) | mark_expr(i->orelse.get());
      break;
    }
    case ExprKind::Call: {
      auto* c = static_cast<CallExpr*>(e);
      y = mark_expr(c->func.get()) | mark_all(c->args);
      for (auto& k : c->keywords) y = mark_expr(k.value.get()) || y;
      break;
    }
    case ExprKind::Attribute: y = mark_expr(static_cast<AttributeExpr*>(e)->value.get()); break;
    case ExprKind::Subscript: {
      auto* s = static_cast<SubscriptExpr*>(e);
      y = mark_expr(s->value.get()) | mark_expr(s->index.get());
      break;
    }
    case ExprKind::Slice: {
      auto* s = static_cast<SliceExpr*>(e);
      y = mark_expr(s->lower.get()) | mark_expr(s->upper.get()) | mark_expr(s->step.get());
      break;
    }
    case ExprKind::Tuple: case ExprKind::List: case ExprKind::Set: y = mark_all(static_cast<SeqExpr*>(e)->elts); break;
    case ExprKind::Dict: {
      auto* d = static_cast<DictExpr*>(e);
      y = mark_all(d->keys) | mark_all(d->values);
      break;
    }
    case ExprKind::Starred: y = mark_expr(static_cast<StarredExpr*>(e)->value.get()); break;
    case ExprKind::NamedExpr: y = mark_expr(static_cast<NamedExpr*>(e)->value.get()); break;
    case ExprKind::JoinedStr:
      for (auto& v : static_cast<JoinedStr*>(e)->values) forbid(v.get());
      break;
    case ExprKind::FormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      forbid(f->value.get());
      forbid(f->format_spec.get());
      break;
    }
    case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
      // the first iterable is evaluated in the enclosing scope
      forbid(static_cast<CompExpr*>(e)->generators[0].iter.get());
      break;
    default: break;  // constants, names, lambdas (own scope)
  }
  e->has_yield = y;
  return y;
}

bool mark_body(Body& body);

bool mark_stmt(Stmt* s) {
  bool y = false;
  switch (s->kind) {
    case StmtKind::Expr: y = mark_expr(static_cast<ExprStmt*>(s)->value.get()); break;
    case StmtKind::Assign: {
      auto* a = static_cast<AssignStmt*>(s);
      for (auto& t : a->targets) forbid(t.get());
      y = mark_expr(a->value.get());
      break;
    }
    case StmtKind::AnnAssign: {
      auto* a = static_cast<AnnAssignStmt*>(s);
      forbid(a->target.get());
      y = mark_expr(a->value.get());
      break;
    }
    case StmtKind::AugAssign: {
      auto* a = static_cast<AugAssignStmt*>(s);
      forbid(a->target.get());
      y = mark_expr(a->value.get());
      break;
    }
    case StmtKind::Return: y = mark_expr(static_cast<ReturnStmt*>(s)->value.get()); break;
    case StmtKind::If: {
      auto* i = static_cast<IfStmt*>(s);
      y = mark_expr(i->test.get()) | mark_body(i->body) | mark_body(i->orelse);
      break;
    }
    case StmtKind::While: {
      auto* w = static_cast<WhileStmt*>(s);
      y = mark_expr(w->test.get()) | mark_body(w->body) | mark_body(w->orelse);
      break;
    }
    case StmtKind::For: {
      auto* f = static_cast<ForStmt*>(s);
      forbid(f->target.get());
      y = mark_expr(f->iter.get()) | mark_body(f->body) | mark_body(f->orelse);
      break;
    }
    case StmtKind::Try: {
      auto* t = static_cast<TryStmt*>(s);
      y = mark_body(t->body);
      for (auto& h : t->handlers) {
        forbid(h.type.get());
        y = mark_body(h.body) || y;
      }
      y = mark_body(t->orelse) | mark_body(t->finalbody) || y;
      break;
    }
    case StmtKind::With: {
      auto* w = static_cast<WithStmt*>(s);
      for (auto& item : w->items) {
        forbid(item.context.get());
        forbid(item.target.get());
      }
      y = mark_body(w->body);
      break;
    }
    case StmtKind::Del:
      for (auto& t : static_cast<DelStmt*>(s)->targets) forbid(t.get());
      break;
    case StmtKind::Assert: {
      auto* a = static_cast<AssertStmt*>(s);
      forbid(a->test.get());
      forbid(a->msg.get());
      break;
    }
    case StmtKind::Raise: {
      auto* r = static_cast<RaiseStmt*>(s);
      forbid(r->exc.get());
      forbid(r->cause.get());
      break;
    }
    case StmtKind::FunctionDef: {
      auto* d = static_cast<FunctionDefStmt*>(s);
      for (auto& x : d->decorators) forbid(x.get());
      for (auto& p : d->fn->posonly_and_pos) forbid(p.default_value.get());
      for (auto& p : d->fn->kwonly) forbid(p.default_value.get());
      break;
    }
    case StmtKind::ClassDef: {
      auto* c = static_cast<ClassDefStmt*>(s);
      for (auto& x : c->decorators) forbid(x.get());
      for (auto& x : c->bases) forbid(x.get());
      break;
    }
    default: break;
  }
  s->has_yield = y;
  return y;
}

bool mark_body(Body& body) {
  bool any = false;
  for (auto& s : body)
    if (mark_stmt(s.get())) any = true;
  return any;
}

}  // namespace

void mark_generator_body(FunctionInfo& fn) { mark_body(fn.body); }

}  // namespace sl
