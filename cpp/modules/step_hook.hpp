// step_hook.hpp — turns the interpreter's statement events (lang/stmt_hook.hpp) into the
// step points a stepping UI replays: one point after every simple statement of the running
// cell (assignment, expression, import, def, del, return, ...; a statement inside a loop
// or a function body counts on every execution) and one for a statement that raised, with
// the call depth (Step Over skips deeper points), the function, the output so far and the
// variables visible there (the frame's locals, then the user globals).
//
// Why record instead of pausing: the engine runs inside one synchronous wasm call, which
// cannot stop half-way and resume later on a click. So a stepped run executes the cell once,
// recording a snapshot at every point (the bindings' StepRecorder keeps metadata and buffer
// bytes up to a cap), and the UI replays the timeline: stepping, Step Over, Continue and
// scrubbing back are navigation in the recording, and cost no re-execution.
//
// Statements of functions defined in other cells are not points (their lines are not in
// this cell); their effects show at the calling statement's point.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "lang/object.hpp"
#include "lang/stmt_hook.hpp"

namespace sl {

namespace ast {
struct Source;
}
class Interpreter;

struct StepPoint {
  int line = 0;               // 1-based line in the cell
  int depth = 0;              // Python call depth (0 = module level)
  std::string function;       // "<module>", "f", "A.method"
  bool raised = false;        // the statement raised (the exception propagates from here)
  size_t stdout_length = 0;   // bytes printed by the run so far
  // Visible variables: locals of the frame (function frames), then user globals (no modules,
  // no dunder names). `local` tells which.
  struct Var {
    std::string name;
    ObjPtr value;
    bool local = false;
  };
  std::vector<Var> vars;
};

struct StepObserver {
  virtual ~StepObserver() = default;
  // Returns false to stop recording (cap reached): no further points are reported.
  virtual bool on_step(const StepPoint& p) = 0;
};

// The value bound to `name` in frame `f` (a local slot, the class namespace or the module
// globals), null when unbound. For the profiler's view/copy check.
ObjPtr frame_variable(Frame* f, const std::string& name);

class StepHook : public StatementHook {
 public:
  StepHook(Interpreter& in, const ast::Source* cell, StepObserver* observer)
      : in_(in), cell_(cell), observer_(observer) {}
  void before(const ast::Stmt*, Frame*) override {}
  void after(const ast::Stmt* s, Frame* f, Flow flow, bool raised) noexcept override;

 private:
  Interpreter& in_;
  const ast::Source* cell_;
  StepObserver* observer_;
  const ast::Stmt* last_raised_ = nullptr;  // one point per raise, not one per enclosing statement
  bool stopped_ = false;
};

// Forwards the events to two hooks (stepping and profiling in one run).
class TeeHook : public StatementHook {
 public:
  TeeHook(StatementHook* a, StatementHook* b) : a_(a), b_(b) {}
  void before(const ast::Stmt* s, Frame* f) override {
    a_->before(s, f);
    b_->before(s, f);
  }
  void after(const ast::Stmt* s, Frame* f, Flow flow, bool raised) noexcept override {
    a_->after(s, f, flow, raised);
    b_->after(s, f, flow, raised);
  }

 private:
  StatementHook *a_, *b_;
};

}  // namespace sl
