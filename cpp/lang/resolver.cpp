// resolver.cpp — scope analysis: decides for every Name whether it is a local slot, a slot
// of an enclosing function frame, a class-body name or a global, following Python's rules
// (assignment anywhere in a function makes a name local; `global`/`nonlocal`; class bodies
// are skipped by nested scopes; comprehensions have their own scope whose first iterable
// is evaluated outside). Also reports the scope-related SyntaxErrors.
#include <set>

#include "lang/builtin_types.hpp"
#include "lang/generator.hpp"
#include "lang/parser.hpp"

namespace sl {

using namespace ast;

namespace {

[[noreturn]] void scope_error(const std::string& msg, int line, int col, int end_col = -1) {
  SyntaxErrorInfo info;
  info.message = msg;
  info.line = line;
  info.col = col;
  info.end_col = end_col;
  throw LexError{info};
}

struct Ctx {
  Scope* scope;
  Ctx* parent;
  std::set<std::string> bound;    // names bound in this scope
  std::vector<std::string> order;  // the same, in first-binding order (co_varnames order)
  std::set<std::string> globals, nonlocals;
  FunctionInfo* fn = nullptr;
};


class Resolver {
 public:
  void module(Module& m, bool class_like) {
    m.scope = std::make_unique<Scope>();
    m.scope->kind = class_like ? ScopeKind::Class : ScopeKind::Module;
    m.scope->name = "<module>";
    m.scope->source = m.source;
    Ctx ctx{m.scope.get(), nullptr, {}, {}, {}, {}, nullptr};
    collect_body(m.body, ctx);
    resolve_body(m.body, ctx, 0);
  }

 private:
  // ------------------------------------------------------------------ pass 1: bindings
  void bind(Ctx& c, const std::string& n) {
    if (c.globals.count(n) || c.nonlocals.count(n)) return;
    if (c.bound.insert(n).second) c.order.push_back(n);
  }

  void collect_target(const Expr* t, Ctx& c) {
    switch (t->kind) {
      case ExprKind::Name: bind(c, static_cast<const Name*>(t)->id); break;
      case ExprKind::Tuple: case ExprKind::List:
        for (auto& e : static_cast<const SeqExpr*>(t)->elts) collect_target(e.get(), c);
        break;
      case ExprKind::Starred: collect_target(static_cast<const StarredExpr*>(t)->value.get(), c); break;
      default: collect_expr(t, c); break;
    }
  }

  // walrus targets inside expressions bind in the nearest function scope
  void collect_expr(const Expr* e, Ctx& c) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        bind(c, static_cast<const Name*>(n->target.get())->id);
        collect_expr(n->value.get(), c);
        break;
      }
      case ExprKind::BinOp: {
        auto* b = static_cast<const BinOpExpr*>(e);
        collect_expr(b->left.get(), c);
        collect_expr(b->right.get(), c);
        break;
      }
      case ExprKind::Call: {
        auto* k = static_cast<const CallExpr*>(e);
        collect_expr(k->func.get(), c);
        for (auto& a : k->args) collect_expr(a.get(), c);
        for (auto& a : k->keywords) collect_expr(a.value.get(), c);
        break;
      }
      case ExprKind::Yield:
        if (c.fn) c.fn->is_generator = true;
        collect_expr(static_cast<const YieldExpr*>(e)->value.get(), c);
        break;
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp: {
        auto* k = static_cast<const CompExpr*>(e);
        collect_expr(k->generators[0].iter.get(), c);
        break;
      }
      case ExprKind::IfExp: {
        auto* i = static_cast<const IfExpr*>(e);
        collect_expr(i->test.get(), c);
        collect_expr(i->body.get(), c);
        collect_expr(i->orelse.get(), c);
        break;
      }
      case ExprKind::BoolOp:
        for (auto& v : static_cast<const BoolOpExpr*>(e)->values) collect_expr(v.get(), c);
        break;
      case ExprKind::Compare: {
        auto* k = static_cast<const CompareExpr*>(e);
        collect_expr(k->left.get(), c);
        for (auto& v : k->comparators) collect_expr(v.get(), c);
        break;
      }
      case ExprKind::UnaryOp: collect_expr(static_cast<const UnaryOpExpr*>(e)->operand.get(), c); break;
      case ExprKind::Tuple: case ExprKind::List: case ExprKind::Set:
        for (auto& v : static_cast<const SeqExpr*>(e)->elts) collect_expr(v.get(), c);
        break;
      case ExprKind::Starred: collect_expr(static_cast<const StarredExpr*>(e)->value.get(), c); break;
      case ExprKind::Subscript: {
        auto* s = static_cast<const SubscriptExpr*>(e);
        collect_expr(s->value.get(), c);
        collect_expr(s->index.get(), c);
        break;
      }
      case ExprKind::Attribute: collect_expr(static_cast<const AttributeExpr*>(e)->value.get(), c); break;
      default: break;
    }
  }

  void collect_body(const Body& body, Ctx& c) {
    for (auto& s : body) collect_stmt(s.get(), c);
  }

  void collect_stmt(const Stmt* s, Ctx& c) {
    switch (s->kind) {
      case StmtKind::Expr: collect_expr(static_cast<const ExprStmt*>(s)->value.get(), c); break;
      case StmtKind::Assign: {
        auto* a = static_cast<const AssignStmt*>(s);
        for (auto& t : a->targets) collect_target(t.get(), c);
        collect_expr(a->value.get(), c);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<const AugAssignStmt*>(s);
        collect_target(a->target.get(), c);
        collect_expr(a->value.get(), c);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<const AnnAssignStmt*>(s);
        if (a->value) collect_target(a->target.get(), c);
        collect_expr(a->value.get(), c);
        break;
      }
      case StmtKind::Return: collect_expr(static_cast<const ReturnStmt*>(s)->value.get(), c); break;
      case StmtKind::If: {
        auto* i = static_cast<const IfStmt*>(s);
        collect_expr(i->test.get(), c);
        collect_body(i->body, c);
        collect_body(i->orelse, c);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<const ForStmt*>(s);
        collect_target(f->target.get(), c);
        collect_expr(f->iter.get(), c);
        collect_body(f->body, c);
        collect_body(f->orelse, c);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<const WhileStmt*>(s);
        collect_expr(w->test.get(), c);
        collect_body(w->body, c);
        collect_body(w->orelse, c);
        break;
      }
      case StmtKind::Del:
        for (auto& t : static_cast<const DelStmt*>(s)->targets) collect_target(t.get(), c);
        break;
      case StmtKind::Global: case StmtKind::Nonlocal: {
        auto* g = static_cast<const NamesStmt*>(s);
        bool glob = s->kind == StmtKind::Global;
        if (!glob && c.scope->kind == ScopeKind::Module)
          scope_error("nonlocal declaration not allowed at module level", s->line, s->col, s->end_col);
        for (auto& n : g->names) {
          if (c.fn) {
            auto is_param = [&](const std::string& x) {
              for (auto& p : c.fn->posonly_and_pos) if (p.name == x) return true;
              for (auto& p : c.fn->kwonly) if (p.name == x) return true;
              return x == c.fn->varargs || x == c.fn->varkw;
            };
            if (is_param(n))
              scope_error("name '" + n + "' is parameter and " + (glob ? "global" : "nonlocal"), s->line, s->col,
                          s->end_col);
          }
          if (c.bound.count(n))
            scope_error("name '" + n + "' is assigned to before " + (glob ? "global" : "nonlocal") + " declaration",
                        s->line, s->col, s->end_col);
          if (glob) {
            c.globals.insert(n);
            c.scope->global_names.push_back(n);
          } else {
            c.nonlocals.insert(n);
            c.scope->nonlocal_names.push_back(n);
          }
        }
        break;
      }
      case StmtKind::Import:
        for (auto& a : static_cast<const ImportStmt*>(s)->names) {
          std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          bind(c, n);
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : static_cast<const ImportFromStmt*>(s)->names) {
          if (a.name == "*") {
            if (c.scope->kind != ScopeKind::Module)
              scope_error("import * only allowed at module level", s->line, s->col, s->end_col);
            continue;
          }
          bind(c, a.asname.empty() ? a.name : a.asname);
        }
        break;
      case StmtKind::Try: {
        auto* t = static_cast<const TryStmt*>(s);
        collect_body(t->body, c);
        for (auto& h : t->handlers) {
          if (h.name) collect_target(h.name.get(), c);
          collect_body(h.body, c);
        }
        collect_body(t->orelse, c);
        collect_body(t->finalbody, c);
        break;
      }
      case StmtKind::FunctionDef: bind(c, static_cast<const FunctionDefStmt*>(s)->fn->scope.name); break;
      case StmtKind::ClassDef: bind(c, static_cast<const ClassDefStmt*>(s)->name); break;
      case StmtKind::With: {
        auto* w = static_cast<const WithStmt*>(s);
        for (auto& it : w->items) {
          collect_expr(it.context.get(), c);
          if (it.target) collect_target(it.target.get(), c);
        }
        collect_body(w->body, c);
        break;
      }
      case StmtKind::Magic: collect_body(static_cast<const MagicStmt*>(s)->timed, c); break;
      case StmtKind::Raise: case StmtKind::Assert: default: break;
    }
  }

  // ------------------------------------------------------------------ pass 2: references
  // Finds a name in the enclosing function scopes; returns depth (frames up) and slot.
  bool find_enclosing(Ctx& c, const std::string& n, int* depth, int* slot) {
    int d = 0;
    for (Ctx* p = c.parent; p; p = p->parent) {
      if (p->scope->kind == ScopeKind::Class) continue;
      if (p->scope->kind == ScopeKind::Module) return false;
      ++d;
      if (p->globals.count(n)) return false;
      int s = p->scope->slot_of(n);
      if (s >= 0) {
        p->scope->has_children_capturing = true;
        *depth = d;
        *slot = s;
        return true;
      }
    }
    return false;
  }

  void resolve_name(Name* n, Ctx& c) {
    if (!n->id_obj) {
      n->id_obj = make_str(n->id);
      hash(n->id_obj);  // cache the hash
    }
    const std::string& id = n->id;
    ScopeKind k = c.scope->kind;
    if (k == ScopeKind::Module || c.globals.count(id)) {
      n->where = NameWhere::Global;
      return;
    }
    if (k == ScopeKind::Class) {
      // class bodies: names bound here live in the class namespace (then globals/builtins);
      // others may come from an enclosing function (the class frame's parent).
      int d, sl;
      if (!c.bound.count(id) && find_enclosing(c, id, &d, &sl)) {
        n->where = NameWhere::Enclosing;
        n->depth = d;
        n->slot = sl;
        return;
      }
      n->where = NameWhere::ClassBody;
      return;
    }
    if (!c.nonlocals.count(id)) {
      int s = c.scope->slot_of(id);
      if (s >= 0) {
        n->where = NameWhere::Local;
        n->slot = s;
        return;
      }
    }
    int d, s;
    if (find_enclosing(c, id, &d, &s)) {
      n->where = NameWhere::Enclosing;
      n->depth = d;
      n->slot = s;
      return;
    }
    if (c.nonlocals.count(id)) scope_error("no binding for nonlocal '" + id + "' found", n->line, n->col);
    n->where = NameWhere::Global;
  }

  void resolve_expr(Expr* e, Ctx& c) {
    if (!e) return;
    if (e->depth > 64) check_native_stack();
    switch (e->kind) {
      case ExprKind::Constant: break;
      case ExprKind::Name: resolve_name(static_cast<Name*>(e), c); break;
      case ExprKind::BinOp: {
        auto* b = static_cast<BinOpExpr*>(e);
        resolve_expr(b->left.get(), c);
        resolve_expr(b->right.get(), c);
        break;
      }
      case ExprKind::UnaryOp: resolve_expr(static_cast<UnaryOpExpr*>(e)->operand.get(), c); break;
      case ExprKind::BoolOp:
        for (auto& v : static_cast<BoolOpExpr*>(e)->values) resolve_expr(v.get(), c);
        break;
      case ExprKind::Compare: {
        auto* k = static_cast<CompareExpr*>(e);
        resolve_expr(k->left.get(), c);
        for (auto& v : k->comparators) resolve_expr(v.get(), c);
        break;
      }
      case ExprKind::Call: {
        auto* k = static_cast<CallExpr*>(e);
        resolve_expr(k->func.get(), c);
        for (auto& a : k->args) resolve_expr(a.get(), c);
        for (auto& a : k->keywords) resolve_expr(a.value.get(), c);
        break;
      }
      case ExprKind::Attribute: resolve_expr(static_cast<AttributeExpr*>(e)->value.get(), c); break;
      case ExprKind::Subscript: {
        auto* s = static_cast<SubscriptExpr*>(e);
        resolve_expr(s->value.get(), c);
        resolve_expr(s->index.get(), c);
        break;
      }
      case ExprKind::Slice: {
        auto* s = static_cast<SliceExpr*>(e);
        resolve_expr(s->lower.get(), c);
        resolve_expr(s->upper.get(), c);
        resolve_expr(s->step.get(), c);
        break;
      }
      case ExprKind::Tuple: case ExprKind::List: case ExprKind::Set:
        for (auto& v : static_cast<SeqExpr*>(e)->elts) resolve_expr(v.get(), c);
        break;
      case ExprKind::Dict: {
        auto* d = static_cast<DictExpr*>(e);
        for (auto& k : d->keys) resolve_expr(k.get(), c);
        for (auto& v : d->values) resolve_expr(v.get(), c);
        break;
      }
      case ExprKind::ListComp: case ExprKind::SetComp: case ExprKind::DictComp: case ExprKind::GeneratorExp:
        resolve_comprehension(static_cast<CompExpr*>(e), c);
        break;
      case ExprKind::IfExp: {
        auto* i = static_cast<IfExpr*>(e);
        resolve_expr(i->test.get(), c);
        resolve_expr(i->body.get(), c);
        resolve_expr(i->orelse.get(), c);
        break;
      }
      case ExprKind::Lambda: {
        auto* l = static_cast<LambdaExpr*>(e);
        resolve_function(*l->fn, c, nullptr);
        break;
      }
      case ExprKind::Starred: resolve_expr(static_cast<StarredExpr*>(e)->value.get(), c); break;
      case ExprKind::JoinedStr:
        for (auto& v : static_cast<JoinedStr*>(e)->values) resolve_expr(v.get(), c);
        break;
      case ExprKind::FormattedValue: {
        auto* f = static_cast<FormattedValue*>(e);
        resolve_expr(f->value.get(), c);
        resolve_expr(f->format_spec.get(), c);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<NamedExpr*>(e);
        resolve_expr(n->value.get(), c);
        // the target belongs to the nearest non-comprehension scope
        Ctx* t = &c;
        while (t->scope->kind == ScopeKind::Comprehension && t->parent) t = t->parent;
        if (t != &c) {
          auto* nm = static_cast<Name*>(n->target.get());
          nm->id_obj = make_str(nm->id);
          hash(nm->id_obj);
          if (t->scope->kind == ScopeKind::Module || t->globals.count(nm->id)) {
            nm->where = NameWhere::Global;
          } else {
            int d, s;
            if (find_enclosing(c, nm->id, &d, &s)) {
              nm->where = NameWhere::Enclosing;
              nm->depth = d;
              nm->slot = s;
            } else {
              nm->where = NameWhere::Global;
            }
          }
        } else {
          resolve_expr(n->target.get(), c);
        }
        break;
      }
      case ExprKind::Yield:
        if (c.scope->kind != ScopeKind::Function) scope_error("'yield' outside function", e->line, e->col);
        resolve_expr(static_cast<YieldExpr*>(e)->value.get(), c);
        break;
      default: break;
    }
  }

  void add_slot(Scope* s, const std::string& n) {
    if (s->slot_of(n) < 0) s->slot_names.push_back(n);
  }

  void resolve_comprehension(CompExpr* e, Ctx& c) {
    // the first iterable is evaluated in the enclosing scope
    resolve_expr(e->generators[0].iter.get(), c);
    Scope* sc = e->scope.get();
    sc->parent = c.scope;
    sc->qualname = qual_prefix(c) + sc->name;
    Ctx cc{sc, &c, {}, {}, {}, {}, nullptr};
    for (auto& g : e->generators) collect_target(g.target.get(), cc);
    for (auto& n : cc.order) add_slot(sc, n);
    for (size_t i = 0; i < e->generators.size(); ++i) {
      auto& g = e->generators[i];
      resolve_expr(g.target.get(), cc);
      if (i > 0) resolve_expr(g.iter.get(), cc);
      for (auto& x : g.ifs) resolve_expr(x.get(), cc);
    }
    resolve_expr(e->elt.get(), cc);
    resolve_expr(e->value.get(), cc);
  }

  std::string qual_prefix(Ctx& c) {
    if (c.scope->kind == ScopeKind::Module) return "";
    if (c.scope->kind == ScopeKind::Class) return c.parent ? c.scope->qualname + "." : "";  // top: exec()
    return c.scope->qualname + ".<locals>.";
  }

  void resolve_function(FunctionInfo& fn, Ctx& c, FunctionDefStmt* def) {
    // defaults are evaluated in the enclosing scope
    for (auto& p : fn.posonly_and_pos) resolve_expr(p.default_value.get(), c);
    for (auto& p : fn.kwonly) resolve_expr(p.default_value.get(), c);
    for (auto& a : fn.annotations) resolve_expr(a.second.get(), c);  // so are annotations
    Scope* sc = &fn.scope;
    sc->parent = c.scope;
    sc->qualname = qual_prefix(c) + sc->name;
    Ctx fc{sc, &c, {}, {}, {}, {}, &fn};
    // parameters first, in call order
    for (auto& p : fn.posonly_and_pos) {
      add_slot(sc, p.name);
      p.slot = sc->slot_of(p.name);
      bind(fc, p.name);
    }
    if (!fn.varargs.empty()) {
      add_slot(sc, fn.varargs);
      fn.varargs_slot = sc->slot_of(fn.varargs);
      bind(fc, fn.varargs);
    }
    for (auto& p : fn.kwonly) {
      add_slot(sc, p.name);
      p.slot = sc->slot_of(p.name);
      bind(fc, p.name);
    }
    if (!fn.varkw.empty()) {
      add_slot(sc, fn.varkw);
      fn.varkw_slot = sc->slot_of(fn.varkw);
      bind(fc, fn.varkw);
    }
    if (fn.lambda_body) {
      collect_expr(fn.lambda_body.get(), fc);
    } else {
      collect_body(fn.body, fc);
    }
    for (auto& n : fc.order) add_slot(sc, n);
    if (fn.lambda_body) {
      resolve_expr(fn.lambda_body.get(), fc);
    } else {
      resolve_body(fn.body, fc, 0);
      if (fn.is_generator) mark_generator_body(fn);
    }
    (void)def;
  }

  void resolve_body(Body& body, Ctx& c, int loop_depth) {
    for (auto& s : body) resolve_stmt(s.get(), c, loop_depth);
  }

  void resolve_stmt(Stmt* s, Ctx& c, int loops) {
    switch (s->kind) {
      case StmtKind::Expr: resolve_expr(static_cast<ExprStmt*>(s)->value.get(), c); break;
      case StmtKind::Assign: {
        auto* a = static_cast<AssignStmt*>(s);
        resolve_expr(a->value.get(), c);
        for (auto& t : a->targets) resolve_expr(t.get(), c);
        break;
      }
      case StmtKind::AugAssign: {
        auto* a = static_cast<AugAssignStmt*>(s);
        resolve_expr(a->value.get(), c);
        resolve_expr(a->target.get(), c);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* a = static_cast<AnnAssignStmt*>(s);
        resolve_expr(a->value.get(), c);
        resolve_expr(a->target.get(), c);
        if (c.scope->kind == ScopeKind::Module || c.scope->kind == ScopeKind::Class)
          resolve_expr(a->annotation.get(), c);
        break;
      }
      case StmtKind::Return:
        if (c.scope->kind != ScopeKind::Function) scope_error("'return' outside function", s->line, s->col, s->end_col);
        resolve_expr(static_cast<ReturnStmt*>(s)->value.get(), c);
        break;
      case StmtKind::If: {
        auto* i = static_cast<IfStmt*>(s);
        resolve_expr(i->test.get(), c);
        resolve_body(i->body, c, loops);
        resolve_body(i->orelse, c, loops);
        break;
      }
      case StmtKind::For: {
        auto* f = static_cast<ForStmt*>(s);
        resolve_expr(f->iter.get(), c);
        resolve_expr(f->target.get(), c);
        resolve_body(f->body, c, loops + 1);
        resolve_body(f->orelse, c, loops);
        break;
      }
      case StmtKind::While: {
        auto* w = static_cast<WhileStmt*>(s);
        resolve_expr(w->test.get(), c);
        resolve_body(w->body, c, loops + 1);
        resolve_body(w->orelse, c, loops);
        break;
      }
      case StmtKind::Break:
        if (!loops) scope_error("'break' outside loop", s->line, s->col, s->end_col);
        break;
      case StmtKind::Continue:
        if (!loops) scope_error("'continue' not properly in loop", s->line, s->col, s->end_col);
        break;
      case StmtKind::Del:
        for (auto& t : static_cast<DelStmt*>(s)->targets) resolve_expr(t.get(), c);
        break;
      case StmtKind::Assert: {
        auto* a = static_cast<AssertStmt*>(s);
        resolve_expr(a->test.get(), c);
        resolve_expr(a->msg.get(), c);
        break;
      }
      case StmtKind::Import:
        for (auto& a : static_cast<ImportStmt*>(s)->names) {
          auto n = std::make_unique<Name>();
          n->line = s->line;
          n->col = s->col;
          n->id = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          resolve_name(n.get(), c);
          a.target = std::move(n);
        }
        break;
      case StmtKind::ImportFrom:
        for (auto& a : static_cast<ImportFromStmt*>(s)->names) {
          if (a.name == "*") continue;
          auto n = std::make_unique<Name>();
          n->line = s->line;
          n->col = s->col;
          n->id = a.asname.empty() ? a.name : a.asname;
          resolve_name(n.get(), c);
          a.target = std::move(n);
        }
        break;
      case StmtKind::Try: {
        auto* t = static_cast<TryStmt*>(s);
        resolve_body(t->body, c, loops);
        for (auto& h : t->handlers) {
          resolve_expr(h.type.get(), c);
          resolve_expr(h.name.get(), c);
          resolve_body(h.body, c, loops);
        }
        resolve_body(t->orelse, c, loops);
        resolve_body(t->finalbody, c, loops);
        break;
      }
      case StmtKind::Raise: {
        auto* r = static_cast<RaiseStmt*>(s);
        resolve_expr(r->exc.get(), c);
        resolve_expr(r->cause.get(), c);
        break;
      }
      case StmtKind::FunctionDef: {
        auto* d = static_cast<FunctionDefStmt*>(s);
        for (auto& x : d->decorators) resolve_expr(x.get(), c);
        resolve_function(*d->fn, c, d);
        resolve_expr(d->target.get(), c);
        break;
      }
      case StmtKind::ClassDef: {
        auto* d = static_cast<ClassDefStmt*>(s);
        for (auto& x : d->decorators) resolve_expr(x.get(), c);
        for (auto& x : d->bases) resolve_expr(x.get(), c);
        for (auto& k : d->keywords) resolve_expr(k.value.get(), c);
        Scope* sc = d->scope.get();
        sc->parent = c.scope;
        sc->qualname = qual_prefix(c) + sc->name;
        Ctx cc{sc, &c, {}, {}, {}, {}, nullptr};
        collect_body(d->body, cc);
        for (auto& n : cc.order) sc->class_names.push_back(n);
        resolve_body(d->body, cc, 0);
        resolve_expr(d->target.get(), c);
        break;
      }
      case StmtKind::With: {
        auto* w = static_cast<WithStmt*>(s);
        for (auto& it : w->items) {
          resolve_expr(it.context.get(), c);
          resolve_expr(it.target.get(), c);
        }
        resolve_body(w->body, c, loops);
        break;
      }
      case StmtKind::Magic: resolve_body(static_cast<MagicStmt*>(s)->timed, c, loops); break;
      case StmtKind::Nonlocal:
        for (auto& n : static_cast<NamesStmt*>(s)->names) {
          int d, sl;
          if (!find_enclosing(c, n, &d, &sl))
            scope_error("no binding for nonlocal '" + n + "' found", s->line, s->col, s->end_col);
        }
        break;
      default: break;
    }
  }
};

}  // namespace

void resolve_module(Module& m, bool class_like) { Resolver().module(m, class_like); }

}  // namespace sl
