// line_profile.cpp — LineProfiler (line_profile.hpp).
#include "modules/line_profile.hpp"

#include <cstdio>

#include "core/buffer.hpp"
#include "core/memory_budget.hpp"
#include "lang/interpreter.hpp"
#include "modules/step_hook.hpp"

namespace sl {

using namespace ast;

LineProfiler::LineProfiler(const Source* cell) : cell_(cell), last_(std::chrono::steady_clock::now()) {}

LineCost& LineProfiler::cost(int line) {
  LineCost& c = costs_[line];
  c.line = line;
  return c;
}

void LineProfiler::tick() noexcept {
  auto now = std::chrono::steady_clock::now();
  if (!open_.empty()) {
    try {
      cost(open_.back().stmt->line).ms += std::chrono::duration<double, std::milli>(now - last_).count();
    } catch (...) {
    }
  }
  last_ = now;
}

void LineProfiler::before(const Stmt* s, Frame* f) {
  if (!f->scope || f->scope->source.get() != cell_) return;
  tick();
  MemoryLimitSuspended unlimited;  // the profiler's bookkeeping is not the program's memory
  cost(s->line).hits += 1;
  open_.push_back(Open{s, f, buffer_id_watermark(), {}});
}

void LineProfiler::settle(Open& o, bool raised) noexcept {
  try {
    LineCost& c = cost(o.stmt->line);
    for (const Alloc& a : o.allocs) {
      pending_.erase(a.id);
      auto it = freed_.find(a.id);
      if (it != freed_.end()) {
        c.temporaries += 1;
        c.temporary_bytes += a.nbytes;
        freed_.erase(it);
      } else {
        c.allocated += a.nbytes;
      }
    }
    o.allocs.clear();
    if (raised) return;
    // views and copies of what an assignment bound
    std::vector<const Expr*> targets;
    if (o.stmt->kind == StmtKind::Assign) {
      for (auto& t : static_cast<const AssignStmt*>(o.stmt)->targets) targets.push_back(t.get());
    } else if (o.stmt->kind == StmtKind::AnnAssign) {
      auto* a = static_cast<const AnnAssignStmt*>(o.stmt);
      if (a->value) targets.push_back(a->target.get());
    } else if (o.stmt->kind == StmtKind::AugAssign) {
      targets.push_back(static_cast<const AugAssignStmt*>(o.stmt)->target.get());
    }
    for (size_t i = 0; i < targets.size(); ++i) {
      const Expr* t = targets[i];
      if (t->kind == ExprKind::Tuple || t->kind == ExprKind::List) {
        for (auto& e : static_cast<const SeqExpr*>(t)->elts) targets.push_back(e.get());
        continue;
      }
      if (t->kind != ExprKind::Name) continue;
      ObjPtr v = frame_variable(o.frame, static_cast<const Name*>(t)->id);
      ArrayPtr a = v ? v->native_array() : nullptr;
      if (!a || !a->buffer) continue;
      if (a->buffer->id() > o.first_new_id) c.copies += 1;
      else if (a->base) c.views += 1;
    }
  } catch (...) {
  }
}

void LineProfiler::after(const Stmt* s, Frame* f, Flow, bool raised) noexcept {
  if (!f->scope || f->scope->source.get() != cell_) return;
  tick();
  MemoryLimitSuspended unlimited;
  // the matching open statement; anything above it is a statement that will not end by
  // itself (a generator suspended at a yield): settle it now
  size_t i = open_.size();
  while (i > 0 && !(open_[i - 1].stmt == s && open_[i - 1].frame == f)) --i;
  if (i == 0) return;
  while (open_.size() >= i) {
    bool self = open_.size() == i;
    settle(open_.back(), self && raised);
    open_.pop_back();
  }
}

void LineProfiler::buffer_allocated(int64_t id, int64_t nbytes) noexcept {
  if (open_.empty()) return;
  try {
    MemoryLimitSuspended unlimited;
    open_.back().allocs.push_back(Alloc{id, nbytes});
    pending_.insert(id);
  } catch (...) {
  }
}

void LineProfiler::buffer_freed(int64_t id, int64_t) noexcept {
  if (pending_.empty()) return;
  try {
    MemoryLimitSuspended unlimited;
    if (pending_.erase(id)) freed_.insert(id);
  } catch (...) {
  }
}

void LineProfiler::finish() noexcept {
  tick();
  while (!open_.empty()) {
    settle(open_.back(), true);
    open_.pop_back();
  }
  freed_.clear();
  pending_.clear();
}

std::vector<LineCost> LineProfiler::lines() const {
  std::vector<LineCost> out;
  for (const auto& [line, c] : costs_) out.push_back(c);
  return out;
}

std::string LineProfiler::to_json() const {
  std::string s = "[";
  char buf[96];
  for (const auto& [line, c] : costs_) {
    if (s.size() > 1) s += ",";
    s += "{\"line\":" + std::to_string(line) + ",\"hits\":" + std::to_string(c.hits) +
         ",\"allocated\":" + std::to_string(c.allocated) + ",\"temporaries\":" + std::to_string(c.temporaries) +
         ",\"temporaryBytes\":" + std::to_string(c.temporary_bytes) + ",\"views\":" + std::to_string(c.views) +
         ",\"copies\":" + std::to_string(c.copies);
    std::snprintf(buf, sizeof buf, ",\"ms\":%.4f}", c.ms);
    s += buf;
  }
  return s + "]";
}

}  // namespace sl
