// session.cpp — Session (session.hpp): parses and runs cells in a persistent Interpreter,
// turning every failure (Python exceptions, syntax errors, internal C++ errors) into an
// ErrorReport with a CPython-style traceback. The session stays usable after any error.
#include "modules/session.hpp"

#include <new>
#ifdef __EMSCRIPTEN__
#include <emscripten/stack.h>
#else
#include <sys/resource.h>
#endif

#include "core/interrupt.hpp"
#include "core/large_blocks.hpp"
#include "core/memory_budget.hpp"
#include "modules/matplotlib/figure_registry.hpp"
#include "lang/interpreter.hpp"
#include "modules/line_profile.hpp"
#include "modules/numpy/ops_log.hpp"
#include "modules/stdlib/sys_module.hpp"
#include "lang/files.hpp"
#include "lang/output_hook.hpp"
#include "modules/step_hook.hpp"
#include "lang/parser.hpp"

namespace sl {

namespace {

void fill_error(RunResult& r, const ObjPtr& exc) {
  r.has_error = true;
  auto* e = static_cast<ExceptionObject*>(exc.get());
  r.error.type = exception_type_display_name(exc->type());
  try {
    if (exc->type()->is_subtype_of(exception_type(ErrorType::SyntaxError))) {
      const auto& a = tuple_items(e->args);
      r.error.message = a.empty() ? "" : str(a[0]);
      DictObject* d = exc->peek_instance_dict();
      ObjPtr ln = d ? d->get(std::string("lineno")) : nullptr;
      r.error.line = ln && is_int(ln) ? static_cast<int>(int_value(ln)) : 0;
    } else {
      r.error.message = str(exc);
      r.error.line = e->traceback.empty() ? 0 : e->traceback.front().line;
    }
    if (!e->suggestion.empty()) r.error.message += ". Did you mean: '" + e->suggestion + "'?";
    r.error.traceback = format_traceback(exc);
  } catch (...) {
    r.error.traceback = "Traceback (most recent call last):\n" + r.error.type + "\n";
  }
}

void collect_buffers(const ObjPtr& o, int depth, int64_t id, BufferPtr* out) {
  if (*out || depth > 3) return;
  if (ArrayPtr a = o->native_array()) {
    if (a->buffer && a->buffer->id() == id) {
      *out = a->buffer;
      return;
    }
    if (a->base && a->base->buffer && a->base->buffer->id() == id) {
      *out = a->base->buffer;
      return;
    }
  }
  if (is_list(o) || is_tuple(o)) {
    for (auto& x : sequence_items(o)) collect_buffers(x, depth + 1, id, out);
  } else if (is_dict(o)) {
    for (auto& e : as_dict(o)->entries())
      if (e.value) collect_buffers(e.value, depth + 1, id, out);
  } else if (DictObject* d = o->type() == module_type ? nullptr : o->peek_instance_dict()) {
    for (auto& e : d->entries())
      if (e.value) collect_buffers(e.value, depth + 1, id, out);
  }
}

// CPython's exit status for an uncaught SystemExit
void fill_exit(RunResult& r, const ObjPtr& exc) {
  r.system_exit = true;
  auto* e = static_cast<ExceptionObject*>(exc.get());
  const auto& args = tuple_items(e->args);
  ObjPtr code = args.empty() ? None() : args.size() == 1 ? args[0] : e->args;
  if (is_none(code)) {
    r.exit_code = 0;
  } else if (is_int(code)) {
    int64_t v = -1;
    try {
      v = to_int64(code);
    } catch (...) {
    }
    r.exit_code = static_cast<int>(v & 0xff);
  } else {
    r.exit_code = 1;
    try {
      r.exit_message = str(code);
    } catch (...) {
    }
  }
}

}  // namespace

// The session streaming its output during a run (one at a time: runs do not nest).
struct SessionStreaming {
  static Session* active;
  static void flush_stdout(Interpreter& in) {
    std::string& out = in.out();
    if (out.empty() || !active || !active->sink_) return;
    std::string text;
    text.swap(out);
    if (!active->sink_(1, text)) raise_os_error(32, "");  // BrokenPipeError: [Errno 32] Broken pipe
  }
  static void hook(Interpreter& in, bool flush) {
    if (!active) return;
    const std::string& out = in.out();
    const bool now = flush || active->mode_ == OutputBuffering::Unbuffered || out.size() >= 8192 ||
                     (active->mode_ == OutputBuffering::Line && out.find('\n') != std::string::npos);
    if (now) flush_stdout(in);
  }
};
Session* SessionStreaming::active = nullptr;

void Session::set_output_sink(OutputSink sink, OutputBuffering mode) {
  sink_ = std::move(sink);
  mode_ = mode;
}

void Session::set_argv(const std::vector<std::string>& argv) {
  argv_ = argv;
  has_argv_ = true;
}

namespace {
// Makes a session's domain current while it is being built: its interpreter, builtins and
// module state are charged to it (without the limit: a session can always be created).
struct BuildScope {
  MemoryDomainScope scope;
  MemoryLimitSuspended unlimited;
  explicit BuildScope(MemoryDomain* d) : scope(d) {}
};
}  // namespace

Session::Session(int64_t memory_limit)
    : domain_(new_memory_domain(memory_limit > 0 ? memory_limit : kDefaultMemoryLimit)) {
  BuildScope build(domain_);
  register_all_modules();
  interp_ = std::make_unique<Interpreter>();
  ops_ = std::make_unique<OpsLog>();
  random_state_ = std::make_unique<RandomState>();
#ifndef __EMSCRIPTEN__
  // Native: keep the guard below the real stack size (the main thread's rlimit).
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    size_t avail = static_cast<size_t>(rl.rlim_cur);
    size_t margin = avail / 4 > 256 * 1024 ? 256 * 1024 : avail / 4;
    if (avail - margin < g_stack_limit) g_stack_limit = avail - margin;
  }
#endif
}
Session::~Session() {
  MemoryDomainScope scope(domain_);
  MemoryLimitSuspended unlimited;
  random_state_.reset();
  ops_.reset();
  interp_.reset();
}

void Session::set_memory_limit(int64_t bytes) {
  domain_->limit = bytes > 0 ? bytes : kDefaultMemoryLimit;
  memory_begin_run(domain_);
}
int64_t Session::memory_limit() const { return domain_->limit; }
int64_t Session::memory_in_use() const { return domain_->in_use; }

namespace {
// The report of a run that failed so badly that even building its error failed (memory
// exhausted while reporting): made before it is needed, so that producing it allocates
// nothing.
std::unique_ptr<RunResult> make_oom_report() {
  auto r = std::make_unique<RunResult>();
  r->has_error = true;
  r->error.type = "MemoryError";
  r->error.message = "out of memory (not even the error could be reported in full)";
  r->error.traceback = "Traceback (most recent call last):\nMemoryError: " + r->error.message + "\n";
  return r;
}
}  // namespace

RunResult Session::run(const std::string& code, const std::string& filename) {
  return run(code, filename, RunOptions{});
}

RunResult Session::run(const std::string& code, const std::string& filename, const RunOptions& options) {
  MemoryDomainScope scope(domain_);
  memory_reserve_restore();  // spent by a real out-of-memory in an earlier run
  memory_begin_run(domain_);
  large_blocks_begin_run();  // array blocks freed two runs ago and not reused go back to malloc
  // A Stop requested between runs was meant for the run that already ended.
  clear_interrupt_requests();
  try {
    if (!oom_report_) {
      MemoryLimitSuspended unlimited;
      oom_report_ = make_oom_report();
    }
    RunResult r = run_cell(code, filename, options);
    clear_interrupt_requests();  // one that arrived after the last check
    return r;
  } catch (...) {
    clear_interrupt_requests();
    if (oom_report_) {
      RunResult r = std::move(*oom_report_);  // moves: allocates nothing
      oom_report_.reset();
      return r;
    }
    MemoryLimitSuspended unlimited;
    return RunResult{};  // unreachable in practice: the report above exists after run 1
  }
}

namespace {
// name -> identity of the user-visible globals (for RunResult::rebound)
std::vector<std::pair<std::string, const Object*>> global_bindings(DictObject* globals) {
  std::vector<std::pair<std::string, const Object*>> out;
  for (const auto& e : globals->entries())
    if (e.key && e.value && is_str(e.key) && e.value->type() != module_type) {
      const std::string& name = str_value(e.key);
      if (name.size() < 2 || name.compare(0, 2, "__") != 0) out.emplace_back(name, e.value.get());
    }
  return out;
}
}  // namespace

RunResult Session::run_cell(const std::string& code, const std::string& filename, const RunOptions& options) {
  RunResult r;
  Interpreter& in = *interp_;
  take_run_effects();  // forget whatever happened between runs
  const auto before = global_bindings(in.globals());
  CurrentInterpreter cur(&in);
  char stack_probe;
  char* saved_base = g_stack_base;
  size_t saved_limit = g_stack_limit;
  g_stack_base = &stack_probe;
#ifdef __EMSCRIPTEN__
  {
    // the wasm stack grows down from base to end; leave room for native kernels
    uintptr_t end = emscripten_stack_get_end();
    uintptr_t here = reinterpret_cast<uintptr_t>(&stack_probe);
    size_t avail = here > end ? here - end : 0;
    g_stack_limit = avail > 160 * 1024 ? avail - 128 * 1024 : avail / 2;
  }
#endif
  in.out().clear();
  // this session's numpy state in, the previous owner's out (restored below)
  struct NumpyStateSwap {
    Session* self;
    PrintOptions saved_options = print_options();
    FPErrorState saved_errstate = fp_error_state();
    NumpyStateSwap(Session* s) : self(s) {
      print_options() = self->print_options_;
      fp_error_state() = self->errstate_;
      std::swap(global_random_state(), *self->random_state_);
    }
    ~NumpyStateSwap() {
      MemoryLimitSuspended unlimited;  // copies strings; must not throw from a destructor
      self->print_options_ = print_options();
      print_options() = saved_options;
      self->errstate_ = fp_error_state();
      fp_error_state() = saved_errstate;
      std::swap(global_random_state(), *self->random_state_);
    }
  } numpy_state(this);
  // stepping / profiling (RunOptions): installed once the cell is parsed, removed on every
  // exit path before the result is built
  struct RunHooks {
    Interpreter& in;
    std::unique_ptr<LineProfiler> profiler;
    std::unique_ptr<StepHook> stepper;
    std::unique_ptr<TeeHook> tee;
    std::unique_ptr<BufferObserverScope> observing;
    RunHooks(Interpreter& i, const ast::Source* cell, const RunOptions& o) : in(i) {
      if (o.profile) {
        profiler = std::make_unique<LineProfiler>(cell);
        observing = std::make_unique<BufferObserverScope>(profiler.get());
      }
      if (o.steps) stepper = std::make_unique<StepHook>(in, cell, o.steps);
      if (profiler && stepper) tee = std::make_unique<TeeHook>(stepper.get(), profiler.get());
      in.stmt_hook = tee ? static_cast<StatementHook*>(tee.get())
                     : profiler ? static_cast<StatementHook*>(profiler.get())
                                : static_cast<StatementHook*>(stepper.get());
    }
    ~RunHooks() { in.stmt_hook = nullptr; }
  };
  std::unique_ptr<RunHooks> hooks;
  ops_->begin_run(&in.current_module_line);
  set_current_ops_log(ops_.get());
  in.reset_after_abort();  // a JS stack overflow may have unwound the last run without destructors
  if (has_argv_) set_sys_argv(argv_);
  struct StreamScope {  // installs the streaming hooks for this run only
    Session* self;
    Interpreter& in;
    StreamScope(Session* s, Interpreter& i) : self(s), in(i) {
      if (!self->sink_) return;
      SessionStreaming::active = self;
      set_output_hook(&SessionStreaming::hook);
      OutputSink sink = self->sink_;
      set_stderr_sink([sink](const std::string& text) { sink(2, text); });
    }
    ~StreamScope() {
      if (!self->sink_) return;
      SessionStreaming::active = nullptr;
      set_output_hook(nullptr);
      set_stderr_sink(nullptr);
    }
  } stream_scope(this, in);
  try {
    std::shared_ptr<ast::Module> m;
    try {
      m = parse_module(code, filename);
    } catch (LexError& e) {
      fill_error(r, make_syntax_error(e.info, filename, code));
    }
    if (m) {
      ObjPtr last;
      if (options.profile || options.steps) {
        MemoryLimitSuspended unlimited;
        hooks = std::make_unique<RunHooks>(in, m->source.get(), options);
      }
      in.exec_module(m, &last);
      if (last && !is_none(last)) {
        r.value_repr = repr(last);
        r.has_value = true;
      }
    }
  } catch (...) {
    // Reporting is bounded work: it may use memory beyond the limit (a MemoryError's report
    // must not itself fail for lack of memory).
    MemoryLimitSuspended unlimited;
    ObjPtr exc;
    try {
      exc = exception_from_current();
      fill_error(r, exc);
      if (exc->type()->is_subtype_of(exception_type(ErrorType::SystemExit))) fill_exit(r, exc);
    } catch (...) {
      r.has_error = true;
      r.error.type = "MemoryError";
      r.error.traceback = "MemoryError\n";
    }
  }
  if (hooks) {
    MemoryLimitSuspended unlimited;
    in.stmt_hook = nullptr;
    if (hooks->profiler) {
      hooks->profiler->finish();
      try {
        r.lines_json = hooks->profiler->to_json();
      } catch (...) {
        r.lines_json = "[]";
      }
    }
    hooks.reset();
  }
  try {
    collect_run_figures(in, &r.figures);  // inline backend: figures shown or still open
  } catch (...) {
  }
  set_current_ops_log(nullptr);
  try {
    r.ops_json = ops_->to_json(in.globals());
  } catch (...) {
    r.ops_json = "[]";
  }
  in.depth = 0;
  in.retval = nullptr;
  try {
    in.release_unused_programs();  // the ASTs no function or generator refers to
  } catch (...) {
  }
  try {
    r.effects = take_run_effects();
    for (const auto& [name, obj] : global_bindings(in.globals())) {
      bool same = false;
      for (const auto& [bname, bobj] : before)
        if (bname == name) {
          same = bobj == obj;
          break;
        }
      if (!same) r.rebound.push_back(name);
    }
  } catch (...) {
  }
  r.stdout_text = std::move(in.out());
  in.out().clear();
  g_stack_base = saved_base;
  g_stack_limit = saved_limit;
  return r;
}

std::vector<GlobalInfo> Session::globals() const {
  MemoryDomainScope scope(domain_);
  std::vector<GlobalInfo> out;
  Interpreter& in = *interp_;
  CurrentInterpreter cur(&in);
  reset_repr_guards();
  for (auto& e : std::vector<DictObject::Entry>(in.globals()->entries())) {
    if (!e.key || !is_str(e.key)) continue;
    const std::string& name = str_value(e.key);
    if (name.size() >= 2 && name.compare(0, 2, "__") == 0) continue;
    if (e.value->type() == module_type) continue;
    GlobalInfo g;
    g.name = name;
    g.type_name = e.value->type()->name;
    try {
      std::string s = repr(e.value);
      if (s.size() > 80) s = s.substr(0, 77) + "...";
      g.summary = s;
    } catch (...) {
      g.summary = "<" + g.type_name + ">";
    }
    out.push_back(std::move(g));
  }
  return out;
}

ArrayPtr Session::global_array(const std::string& name) const {
  MemoryDomainScope scope(domain_);
  CurrentInterpreter cur(interp_.get());
  ObjPtr v = interp_->globals()->get(name);
  return v ? v->native_array() : nullptr;
}

BufferPtr Session::find_buffer(int64_t buffer_id) const {
  MemoryDomainScope scope(domain_);
  CurrentInterpreter cur(interp_.get());
  BufferPtr out;
  for (auto& e : interp_->globals()->entries()) {
    if (!e.value) continue;
    collect_buffers(e.value, 0, buffer_id, &out);
    if (out) break;
  }
  return out;
}

void Session::set_interrupt_flag(volatile int32_t* flag) { sl::set_interrupt_flag(flag); }

}  // namespace sl
