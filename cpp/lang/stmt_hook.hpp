// stmt_hook.hpp — the interpreter's per-statement callback (stepping, per-line profiling).
//
// When Interpreter::stmt_hook is set, every statement the evaluator runs — at module level,
// in function, class and generator bodies, in loop bodies on every iteration — is reported
// twice: `before` it runs (f->line is already its line) and `after` it finished, normally
// or by an exception propagating out of it (`raised`), or with the Flow it left by
// (return/break/continue). Compound statements (if/for/while/try/with) are reported around
// their whole execution, their inner statements in between. A generator statement that
// suspends at a `yield` gets its `before` when it starts, an `after` with Flow::Yield each
// time it suspends and a last `after` when it completes (no second `before` on resuming).
//
// Cost when off: one predictable branch on a member per statement (the hooked path is a
// separate, never-inlined function). The hook must not throw from `after`, and must not run
// Python code or change the interpreter's state; it may read frames and objects.
//
// Not here: what is done with the events (modules/line_profile.*, the step recorder in
// cpp/bindings).
#pragma once
#include <cstdint>

namespace sl {

namespace ast {
struct Stmt;
}
class Frame;
enum class Flow : uint8_t;

struct StatementHook {
  virtual ~StatementHook() = default;
  virtual void before(const ast::Stmt* s, Frame* f) = 0;
  virtual void after(const ast::Stmt* s, Frame* f, Flow flow, bool raised) noexcept = 0;
};

}  // namespace sl
