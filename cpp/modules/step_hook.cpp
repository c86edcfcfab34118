// step_hook.cpp — StepHook (step_hook.hpp): statement events -> step points.
#include "modules/step_hook.hpp"

#include "core/memory_budget.hpp"
#include "lang/interpreter.hpp"

namespace sl {

using namespace ast;

namespace {

// A compound statement is not a point itself: its inner statements are.
bool is_point(StmtKind k) {
  switch (k) {
    case StmtKind::If:
    case StmtKind::For:
    case StmtKind::While:
    case StmtKind::Try:
    case StmtKind::With:
    case StmtKind::ClassDef:
      return false;
    default:
      return true;
  }
}

bool user_global(const DictObject::Entry& e) {
  if (!e.key || !e.value || !is_str(e.key) || e.value->type() == module_type) return false;
  const std::string& n = str_value(e.key);
  return !(n.size() >= 2 && n.compare(0, 2, "__") == 0);
}

}  // namespace

ObjPtr frame_variable(Frame* f, const std::string& name) {
  if (f->class_ns) {
    if (ObjPtr v = f->class_ns->get(name)) return v;
  }
  if (f->scope && f->scope->kind != ScopeKind::Module && f->scope->kind != ScopeKind::Class) {
    int slot = f->scope->slot_of(name);
    if (slot >= 0 && slot < f->nslots) return f->slots()[slot];
  }
  return f->globals ? f->globals->get(name) : nullptr;
}

void StepHook::after(const Stmt* s, Frame* f, Flow flow, bool raised) noexcept {
  if (stopped_ || !f->scope || f->scope->source.get() != cell_) return;
  if (!raised) {
    last_raised_ = nullptr;
    if (!is_point(s->kind)) return;
    // `yield v` is a point when it suspends (the value goes out); its completion when
    // resumed changes nothing worth a second point
    if (s->has_yield && s->kind == StmtKind::Expr && flow != Flow::Yield) return;
  } else if (last_raised_) {
    return;  // an enclosing statement the same exception leaves
  } else {
    last_raised_ = s;
  }
  try {
    MemoryLimitSuspended unlimited;  // recording must not turn into the program's MemoryError
    StepPoint p;
    p.line = s->line;
    p.depth = in_.depth;
    p.raised = raised;
    p.stdout_length = in_.out().size();
    p.function = f->scope->kind == ScopeKind::Module ? "<module>" : f->scope->qualname;
    if (f->scope->kind == ScopeKind::Function || f->scope->kind == ScopeKind::Comprehension) {
      const auto& names = f->scope->slot_names;
      for (size_t i = 0; i < names.size() && static_cast<int>(i) < f->nslots; ++i)
        if (f->slots()[i]) p.vars.push_back({names[i], f->slots()[i], true});
    }
    if (DictObject* g = f->globals)
      for (const auto& e : g->entries())
        if (user_global(e)) p.vars.push_back({str_value(e.key), e.value, false});
    // the observer may run Python code (repr of a user object): not itself stepped
    struct Unhooked {
      Interpreter& in;
      StatementHook* saved;
      ~Unhooked() { in.stmt_hook = saved; }
    } unhooked{in_, in_.stmt_hook};
    in_.stmt_hook = nullptr;
    if (!observer_->on_step(p)) stopped_ = true;
  } catch (...) {
    stopped_ = true;  // a recording failure ends the recording, never the program
  }
}

}  // namespace sl
