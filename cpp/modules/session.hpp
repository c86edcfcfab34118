// session.hpp — the interpreter's public face: a notebook-like session that keeps its
// globals across runs. This is the only lang header cpp/bindings and the native CLI use.
//
// run() never throws: every Python exception (and every internal failure) comes back as
// RunResult::error, and the session stays usable afterwards.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/format_options.hpp"
#include "core/fp_errors.hpp"
#include "core/ndarray.hpp"
#include "core/random_legacy.hpp"
#include "core/run_effects.hpp"

namespace sl {

struct ErrorReport {
  std::string type;       // "ValueError", "numpy.exceptions.AxisError"
  std::string message;    // "operands could not be broadcast together with shapes (3,) (4,)"
  int line = 0;           // 1-based line in the cell of the innermost frame, 0 if unknown
  std::string traceback;  // full CPython-style text, ending with "type: message\n"
};

// A figure shown by the run (plt.show(), or still open at its end): the rendered SVG and
// the figure data as JSON (schema: cpp/modules/matplotlib/figure_model.hpp, figure_json).
struct FigureOutput {
  int id = 0;
  std::string svg;
  std::string data_json;
};

struct RunResult {
  std::string stdout_text;
  bool has_value = false;   // the cell ended with an expression statement whose value is not None
  std::string value_repr;   // repr() of that value
  bool has_error = false;
  ErrorReport error;
  std::vector<FigureOutput> figures;  // in the order they were shown
  std::string ops_json = "[]";        // the run's array operations (modules/numpy/ops_log.hpp), a JSON array
  // What a replay of this cell may not reproduce (core/run_effects.hpp), and the globals the
  // run bound or rebound (new names or another object), for the replay's report.
  RunEffects effects;
  std::vector<std::string> rebound;
  // An uncaught SystemExit: the process exit status python3 would use (code None -> 0, an
  // int -> it, anything else -> 1 with str(code) as exit_message, for stderr).
  bool system_exit = false;
  int exit_code = 0;
  std::string exit_message;
  // RunOptions::profile: the per-line cost (line_profile.hpp, LineProfiler::to_json), else "".
  std::string lines_json;
};

struct StepObserver;

// How to run a cell beyond the plain run.
struct RunOptions {
  bool profile = false;                // fill RunResult::lines_json
  StepObserver* steps = nullptr;       // receives a step point after every statement (step_hook.hpp)
};

// Streaming output (the CLI): how stdout is buffered before it reaches the sink, as python3
// buffers it (block-buffered to a pipe, line-buffered to a terminal, -u unbuffered).
enum class OutputBuffering { Block = 0, Line = 1, Unbuffered = 2 };
// Receives output as it is flushed: fd 1 (stdout) or 2 (stderr). Returns false when the
// reader has gone (EPIPE): the program then gets BrokenPipeError.
using OutputSink = std::function<bool(int fd, const std::string& text)>;

struct GlobalInfo {
  std::string name;
  std::string type_name;  // "ndarray", "int", "function", ...
  std::string summary;    // short description: repr truncated to ~80 chars
};

class Interpreter;
class OpsLog;

struct MemoryDomain;

class Session {
 public:
  // `memory_limit`: bytes this session may hold (arrays, strings, lists, dicts, every
  // object); 0 = the default (1 GiB). Exceeding it is a MemoryError naming the limit.
  explicit Session(int64_t memory_limit = 0);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // Runs a cell. `filename` appears in tracebacks: File "<cell>", line 3, in <module>
  RunResult run(const std::string& code, const std::string& filename = "<cell>");
  RunResult run(const std::string& code, const std::string& filename, const RunOptions& options);

  // User-visible globals (no modules, no dunder names), in definition order.
  std::vector<GlobalInfo> globals() const;
  // The ndarray bound to a global name, or null when absent or not an ndarray.
  ArrayPtr global_array(const std::string& name) const;
  // A live buffer reachable from the globals, by Buffer::id(); null when none.
  BufferPtr find_buffer(int64_t buffer_id) const;

  // Checked in loops and long kernels; when *flag != 0 the running code raises
  // KeyboardInterrupt and the flag is cleared. The pointer must outlive the session.
  void set_interrupt_flag(volatile int32_t* flag);

  // Streams the output of later runs to `sink` instead of collecting it: stdout is flushed
  // by `mode`'s rules and on print(flush=True) / sys.stdout.flush(); stderr (warnings,
  // sys.stderr.write; not the traceback, which stays in RunResult) goes out at once.
  // RunResult::stdout_text then holds only what was still buffered when the run ended
  // (python3 writes it after the traceback). A null sink restores collecting.
  void set_output_sink(OutputSink sink, OutputBuffering mode);
  // sys.argv of this session's runs (the script path then its arguments; python3's conventions)
  void set_argv(const std::vector<std::string>& argv);

  // The session's memory budget (memory_budget.hpp): limit and bytes currently charged.
  void set_memory_limit(int64_t bytes);
  int64_t memory_limit() const;
  int64_t memory_in_use() const;
  // The session's accounting domain. Never freed, so it stays readable after the session is
  // destroyed: tests check there that a destroyed session released everything it held.
  const MemoryDomain* memory_domain() const { return domain_; }

 private:
  RunResult run_cell(const std::string& code, const std::string& filename, const RunOptions& options);

  MemoryDomain* domain_;  // first: charged by everything below (never freed, see memory_budget.hpp)
  std::unique_ptr<RunResult> oom_report_;  // see make_oom_report in session.cpp
  std::unique_ptr<Interpreter> interp_;
  std::unique_ptr<OpsLog> ops_;
  // numpy's process-wide state, kept per session and swapped in for each run, so that one
  // session's np.set_printoptions or np.random.seed never reaches another session
  PrintOptions print_options_;
  FPErrorState errstate_;  // np.seterr / np.errstate of this session
  std::unique_ptr<RandomState> random_state_;
  OutputSink sink_;
  OutputBuffering mode_ = OutputBuffering::Block;
  std::vector<std::string> argv_;
  bool has_argv_ = false;
  friend struct SessionStreaming;
};

}  // namespace sl
