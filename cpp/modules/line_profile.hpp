// line_profile.hpp — per-line cost of a run (`run(code, {profile: true})`, `stridelab run
// --profile`): for every line of the cell that ran, how often it ran, the bytes of array
// buffers it allocated that were still alive when its statement ended, the temporaries
// (buffers it allocated and freed again before its statement ended) and their bytes,
// whether the arrays it assigned are views or copies, and its wall time.
//
// Accounting is exact: it comes from the engine's own buffer allocation/free events
// (core/buffer_events.hpp) attributed to the innermost statement of the cell running at
// that moment (a statement inside a function defined in this cell is charged to its own
// line; functions of other cells and Python-source library code charge the calling line).
// Time is exclusive: a line's time excludes the time of the cell lines it called.
//
// View or copy: for an assignment to names, each bound value that is an ndarray counts as
// a copy when its buffer was allocated while the statement ran, as a view when it is a view
// of an older buffer; an array that owns an older buffer (`b = a`, `a += 1`) is neither.
//
// Not here: printing the table (web/lib/cli.ts), drawing gutter notes (web/ui).
#pragma once
#include <chrono>
#include <cstdint>
#include <map>
#include <unordered_set>
#include <string>
#include <vector>

#include "core/buffer_events.hpp"
#include "lang/stmt_hook.hpp"

namespace sl {

namespace ast {
struct Source;
}

struct LineCost {
  int line = 0;
  int64_t hits = 0;             // executions of statements starting on this line
  int64_t allocated = 0;        // bytes of buffers allocated and alive at statement end
  int64_t temporaries = 0;      // buffers allocated and freed within the statement
  int64_t temporary_bytes = 0;
  int64_t views = 0;            // assigned arrays that view an older buffer
  int64_t copies = 0;           // assigned arrays with a buffer made by the statement
  double ms = 0;                // exclusive wall time
};

class LineProfiler : public StatementHook, public BufferObserver {
 public:
  explicit LineProfiler(const ast::Source* cell);
  void before(const ast::Stmt* s, Frame* f) override;
  void after(const ast::Stmt* s, Frame* f, Flow flow, bool raised) noexcept override;
  void buffer_allocated(int64_t id, int64_t nbytes) noexcept override;
  void buffer_freed(int64_t id, int64_t nbytes) noexcept override;

  // Ends the run: settles the statements still open (an exception ended the run, or a
  // suspended generator statement). Idempotent.
  void finish() noexcept;
  // The lines that ran, in line order.
  std::vector<LineCost> lines() const;
  // [{"line":3,"hits":1,"allocated":48,"temporaries":0,"temporaryBytes":0,"views":0,
  //   "copies":1,"ms":0.012}, ...]
  std::string to_json() const;

 private:
  struct Alloc {
    int64_t id, nbytes;
  };
  struct Open {  // a statement of the cell that started and has not ended
    const ast::Stmt* stmt;
    Frame* frame;
    int64_t first_new_id;       // buffers with an id above this were made while it ran
    std::vector<Alloc> allocs;  // made while it was the innermost open statement
  };
  void tick() noexcept;
  void settle(Open& o, bool raised) noexcept;
  LineCost& cost(int line);

  const ast::Source* cell_;
  std::vector<Open> open_;
  std::map<int, LineCost> costs_;
  std::unordered_set<int64_t> pending_;  // ids in some Open::allocs
  std::unordered_set<int64_t> freed_;    // pending allocations freed before their statement ended
  int64_t last_id_ = 0;               // highest buffer id seen
  std::chrono::steady_clock::time_point last_;
};

}  // namespace sl
