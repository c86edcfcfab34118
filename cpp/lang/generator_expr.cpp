// generator_expr.cpp — the expressions of the resumable generator executor (GenRunner, see
// generator.cpp for the scheme): yield, yield from (send/throw/close passed on), and the
// operators, calls and displays around a yield, which keep the operands they had already
// evaluated across the suspension.
#include "lang/generator_runner.hpp"

namespace sl {

using namespace ast;

// ---------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------
bool GenRunner::operands(const Expr* const* kids, size_t n, ObjPtr* vals) {
  size_t start = 0;
  if (resuming_) {
    start = static_cast<size_t>(pop().n);
    for (size_t k = start; k-- > 0;) vals[k] = pop().v;
  }
  for (size_t i = start; i < n; ++i) {
    if (!kids[i]) continue;  // an omitted slice bound
    vals[i] = expr(kids[i]);
    if (!vals[i]) {
      for (size_t k = 0; k < i; ++k) push(0, vals[k]);
      push(static_cast<int64_t>(i));
      return false;
    }
  }
  return true;
}

ObjPtr GenRunner::expr(const Expr* e) {
  if (!e->has_yield) return in_.eval(e, f_);
  switch (e->kind) {
    case ExprKind::Yield: {
      auto* y = static_cast<const YieldExpr*>(e);
      return y->is_from ? gen_yield_from(y) : gen_yield(y);
    }
    case ExprKind::BinOp: {
      auto* b = static_cast<const BinOpExpr*>(e);
      const Expr* kids[2] = {b->left.get(), b->right.get()};
      ObjPtr v[2];
      if (!operands(kids, 2, v)) return nullptr;
      return binary_op(b->op, v[0], v[1]);
    }
    case ExprKind::UnaryOp: {
      auto* u = static_cast<const UnaryOpExpr*>(e);
      ObjPtr v = expr(u->operand.get());
      if (!v) return nullptr;
      switch (u->op) {
        case UnaryKind::Not: return make_bool(!is_true(v));
        case UnaryKind::Neg: return unary_neg(v);
        case UnaryKind::Pos: return unary_pos(v);
        default: return unary_invert(v);
      }
    }
    case ExprKind::BoolOp: {
      // operands before the suspended one were not decisive: resume at its index
      auto* b = static_cast<const BoolOpExpr*>(e);
      size_t i = resuming_ ? static_cast<size_t>(pop().n) : 0;
      ObjPtr v;
      for (; i < b->values.size(); ++i) {
        v = expr(b->values[i].get());
        if (!v) {
          push(static_cast<int64_t>(i));
          return nullptr;
        }
        bool t = truth(v);
        if (b->is_and ? !t : t) return v;
      }
      return v;
    }
    case ExprKind::IfExp: {
      auto* x = static_cast<const IfExpr*>(e);
      int64_t phase = resuming_ ? pop().n : 0;  // 0 test, 1 body, 2 orelse
      if (phase == 0) {
        ObjPtr t = expr(x->test.get());
        if (!t) {
          push(0);
          return nullptr;
        }
        phase = truth(t) ? 1 : 2;
      }
      ObjPtr v = expr(phase == 1 ? x->body.get() : x->orelse.get());
      if (!v) push(phase);
      return v;
    }
    case ExprKind::Compare: return gen_compare(static_cast<const CompareExpr*>(e));
    case ExprKind::Call: return gen_call(static_cast<const CallExpr*>(e));
    case ExprKind::Attribute: {
      auto* a = static_cast<const AttributeExpr*>(e);
      ObjPtr v = expr(a->value.get());
      return v ? getattr(v, a->attr) : nullptr;
    }
    case ExprKind::Subscript: {
      auto* s = static_cast<const SubscriptExpr*>(e);
      const Expr* kids[2] = {s->value.get(), s->index.get()};
      ObjPtr v[2];
      if (!operands(kids, 2, v)) return nullptr;
      return getitem(v[0], v[1]);
    }
    case ExprKind::Slice: {
      auto* s = static_cast<const SliceExpr*>(e);
      const Expr* kids[3] = {s->lower.get(), s->upper.get(), s->step.get()};
      ObjPtr v[3];
      if (!operands(kids, 3, v)) return nullptr;
      return make_slice(v[0], v[1], v[2]);
    }
    case ExprKind::Tuple: case ExprKind::List: case ExprKind::Set: return gen_seq(static_cast<const SeqExpr*>(e));
    case ExprKind::Dict: return gen_dict(static_cast<const DictExpr*>(e));
    case ExprKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      ObjPtr v = expr(n->value.get());
      if (v) in_.assign(n->target.get(), v, f_);
      return v;
    }
    default: raise(ErrorType::RuntimeError, "yield in an unsupported expression");  // rejected by the resolver
  }
}

ObjPtr GenRunner::gen_yield(const YieldExpr* y) {
  if (resuming_) {
    GenSlot sl = pop();
    if (sl.n < 0) {
      // the yield this generator is suspended at: the step's input arrives here
      resuming_ = false;
      if (thrown_) {
        ObjPtr t = std::move(thrown_);
        throw PyException{t};
      }
      return sent_ ? sent_ : None();
    }
    // else: suspended inside the yielded expression itself
  }
  ObjPtr v = y->value ? expr(y->value.get()) : None();
  if (!v) {
    push(0);
    return nullptr;
  }
  g_->yielded = v;
  push(-1);
  return nullptr;
}

// yield from: the sub-iterator is in the slot; sends and throws are passed on to it.
ObjPtr GenRunner::gen_yield_from(const YieldExpr* y) {
  ObjPtr sub;
  ObjPtr got;
  if (resuming_) {
    GenSlot sl = pop();
    if (sl.n >= 0) {
      // still evaluating the operand
      ObjPtr v = expr(y->value.get());
      if (!v) {
        push(0);
        return nullptr;
      }
      sub = get_iter(v);
    } else {
      sub = std::move(sl.v);
      resuming_ = false;
      ObjPtr thrown = std::move(thrown_);
      ObjPtr sent = sent_ ? sent_ : None();
      if (is_generator(sub)) {
        auto* sg = static_cast<GeneratorObject*>(sub.get());
        if (thrown && thrown->type()->is_subtype_of(exception_type(ErrorType::GeneratorExit))) {
          sg->close();
          throw PyException{thrown};
        }
        got = sg->resume(sent, thrown);
        if (!got) return sg->return_value ? sg->return_value : None();
      } else if (thrown) {
        ObjPtr m = thrown->type()->is_subtype_of(exception_type(ErrorType::GeneratorExit))
                       ? getattr_or_null(sub, "close") : getattr_or_null(sub, "throw");
        if (m && !thrown->type()->is_subtype_of(exception_type(ErrorType::GeneratorExit))) {
          try {
            ObjPtr a[1] = {thrown};
            got = call(m, PosArgs(a, 1));
          } catch (PyException& e) {
            if (e.exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration))) {
              ObjPtr args = cast<ExceptionObject>(e.exc)->args;
              return tuple_items(args).empty() ? None() : tuple_items(args)[0];
            }
            throw;
          }
        } else {
          if (m) call(m);
          throw PyException{thrown};
        }
      } else if (!is_none(sent)) {
        try {
          ObjPtr a[1] = {sent};
          got = call_method(sub, "send", PosArgs(a, 1));
        } catch (PyException& e) {
          if (e.exc->type()->is_subtype_of(exception_type(ErrorType::StopIteration))) {
            ObjPtr args = cast<ExceptionObject>(e.exc)->args;
            return tuple_items(args).empty() ? None() : tuple_items(args)[0];
          }
          throw;
        }
      } else {
        got = iter_next(sub);
        if (!got) return None();
      }
      g_->yielded = got;
      push(-1, sub);
      return nullptr;
    }
  } else {
    ObjPtr v = expr(y->value.get());
    if (!v) {
      push(0);
      return nullptr;
    }
    sub = get_iter(v);
  }
  // first value of the sub-iterator
  if (is_generator(sub)) {
    auto* sg = static_cast<GeneratorObject*>(sub.get());
    got = sg->resume(None(), nullptr);
    if (!got) return sg->return_value ? sg->return_value : None();
  } else {
    got = iter_next(sub);
    if (!got) return None();
  }
  g_->yielded = got;
  push(-1, sub);
  return nullptr;
}

ObjPtr GenRunner::gen_compare(const CompareExpr* c) {
  // slot: n = index of the comparator being evaluated, v = the left operand it compares to
  size_t i = 0;
  ObjPtr left;
  if (resuming_) {
    GenSlot sl = pop();
    if (sl.n < 0) {
      left = expr(c->left.get());  // the left operand suspended
      if (!left) {
        push(-1);
        return nullptr;
      }
    } else {
      i = static_cast<size_t>(sl.n);
      left = std::move(sl.v);
    }
  } else {
    left = expr(c->left.get());
    if (!left) {
      push(-1);
      return nullptr;
    }
  }
  ObjPtr r;
  for (; i < c->ops.size(); ++i) {
    ObjPtr right = expr(c->comparators[i].get());
    if (!right) {
      push(static_cast<int64_t>(i), left);
      return nullptr;
    }
    switch (c->ops[i]) {
      case CmpKind::Is: r = make_bool(left.get() == right.get()); break;
      case CmpKind::IsNot: r = make_bool(left.get() != right.get()); break;
      case CmpKind::In: r = make_bool(contains(right, left)); break;
      case CmpKind::NotIn: r = make_bool(!contains(right, left)); break;
      default: r = compare(static_cast<CmpOp>(static_cast<int>(c->ops[i])), left, right);
    }
    if (i + 1 < c->ops.size() && !is_true(r)) return r;
    left = std::move(right);
  }
  return r;
}

ObjPtr GenRunner::gen_seq(const SeqExpr* e) {
  std::vector<const Expr*> kids;
  for (auto& x : e->elts)
    kids.push_back(x->kind == ExprKind::Starred ? static_cast<const StarredExpr*>(x.get())->value.get() : x.get());
  std::vector<ObjPtr> vals(kids.size());
  if (!operands(kids.data(), kids.size(), vals.data())) return nullptr;
  std::vector<ObjPtr> items;
  for (size_t k = 0; k < kids.size(); ++k) {
    if (e->elts[k]->kind == ExprKind::Starred) {
      for_each(vals[k], [&](const ObjPtr& x) {
        items.push_back(x);
        return true;
      });
    } else {
      items.push_back(vals[k]);
    }
  }
  if (e->kind == ExprKind::Tuple) return make_tuple(std::move(items));
  if (e->kind == ExprKind::List) return make_list(std::move(items));
  auto s = make_set();
  for (auto& x : items) s->add(x);
  return s;
}

ObjPtr GenRunner::gen_dict(const DictExpr* e) {
  std::vector<const Expr*> kids;
  for (size_t i = 0; i < e->keys.size(); ++i) {
    kids.push_back(e->keys[i].get());  // null for **mapping: skipped by operands()
    kids.push_back(e->values[i].get());
  }
  std::vector<ObjPtr> vals(kids.size());
  if (!operands(kids.data(), kids.size(), vals.data())) return nullptr;
  auto d = make_dict();
  for (size_t i = 0; i < e->keys.size(); ++i) {
    const ObjPtr& v = vals[2 * i + 1];
    if (e->keys[i]) {
      d->set(vals[2 * i], v);
      continue;
    }
    if (!is_dict(v)) raise_type_error("'" + type_name(v) + "' object is not a mapping");
    for (auto& en : std::vector<DictObject::Entry>(as_dict(v)->entries()))
      if (en.key) d->set_hashed(en.key, en.hash, en.value);
  }
  return d;
}

ObjPtr GenRunner::gen_call(const CallExpr* c) {
  std::vector<const Expr*> kids{c->func.get()};
  for (auto& a : c->args)
    kids.push_back(a->kind == ExprKind::Starred ? static_cast<const StarredExpr*>(a.get())->value.get() : a.get());
  for (auto& k : c->keywords) kids.push_back(k.value.get());
  std::vector<ObjPtr> vals(kids.size());
  if (!operands(kids.data(), kids.size(), vals.data())) return nullptr;
  std::vector<ObjPtr> args;
  for (size_t i = 0; i < c->args.size(); ++i) {
    const ObjPtr& v = vals[1 + i];
    if (c->args[i]->kind == ExprKind::Starred) {
      for_each(v, [&](const ObjPtr& x) {
        args.push_back(x);
        return true;
      });
    } else {
      args.push_back(v);
    }
  }
  std::vector<KwArg> kwargs;
  for (size_t i = 0; i < c->keywords.size(); ++i) {
    const ObjPtr& v = vals[1 + c->args.size() + i];
    if (!c->keywords[i].name.empty()) {
      kwargs.push_back(KwArg{c->keywords[i].name, v});
      continue;
    }
    if (!is_dict(v)) raise_type_error("argument after ** must be a mapping, not " + type_name(v));
    for (auto& en : std::vector<DictObject::Entry>(as_dict(v)->entries())) {
      if (!en.key) continue;
      if (!is_str(en.key)) raise_type_error("keywords must be strings");
      kwargs.push_back(KwArg{str_value(en.key), en.value});
    }
  }
  f_->line = c->line;
  return call(vals[0], PosArgs(args), KwArgs(kwargs));
}


}  // namespace sl
