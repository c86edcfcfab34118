// eval_fast.hpp — the evaluator's leaf fast path, inlined at the hot call sites (operands
// of operators, call arguments, subscripts, assignment values): constants, bound local
// slots and cached global names are read without entering Interpreter::eval, whose
// prologue (a large switch with every case inlined) costs more than the read itself.
// Everything else — unbound locals (UnboundLocalError), cache misses, builtins, other
// node kinds — goes through eval(), so behaviour is exactly eval()'s.
// Deliberately NOT a separate native frame: eval() recursion depth per Python call (the
// NestGuard budget calibrated for V8's stack, builtin_types.hpp) is unchanged.
// Internal to the evaluator files (eval_expr.cpp, eval_stmt.cpp); not part of the
// extension API.
#pragma once

#include "lang/interpreter.hpp"

namespace sl {

__attribute__((always_inline)) inline ObjPtr eval_fast(Interpreter& in, const ast::Expr* e, Frame* f) {
  if (e->kind == ast::ExprKind::Constant) return static_cast<const ast::Constant*>(e)->value;
  if (e->kind == ast::ExprKind::Name) {
    auto* n = static_cast<const ast::Name*>(e);
    if (n->where == ast::NameWhere::Local) {
      const ObjPtr& v = f->slots()[n->slot];
      if (v) return v;
    } else if (n->where == ast::NameWhere::Global) {
      DictObject* g = f->globals;
      if (n->cache_dict == g && n->cache_version == g->version() && !n->cache_builtin)
        return g->value_at(n->cache_index);
    }
  }
  return in.eval(e, f);
}

}  // namespace sl
