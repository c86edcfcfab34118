// engine_bindings.cpp — the embind class `Session` exported by stridelab_engine.mjs.
//
// JsSession owns one sl::Session plus the int32 interrupt flag it polls. The flag lives in
// wasm linear memory so that a host that can see that memory (a worker whose memory is a
// SharedArrayBuffer, or JS between calls) can set it; interruptFlagAddress() exposes its
// byte address for HEAP32. Every entry point catches C++ exceptions here and turns them
// into the error-object shape of js_convert.hpp: nothing C++ ever unwinds into JS.
//
// This file does not format or compute anything itself; it only dispatches.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cmath>
#include <cstdio>
#include <cstdint>
#include <memory>
#include <string>

#include "bindings/array_info.hpp"
#include "bindings/step_recorder.hpp"
#include "core/errors.hpp"
#include "core/interrupt_poll.hpp"
#include "lang/builtin_exceptions.hpp"
#include "lang/object.hpp"
#include "bindings/js_convert.hpp"
#include "lang/files.hpp"
#include "lang/object.hpp"
#include "modules/session.hpp"
#include "modules/stdlib/time_module.hpp"

namespace sl::js {
using emscripten::val;

namespace {

// Throws a JS RangeError (the only JS exception these bindings raise: misuse by the caller,
// never a Python-level failure).
[[noreturn]] void throw_range_error(const std::string& message) {
  val::global("RangeError").new_(message).throw_();
}

// A memory limit from JS: 0 / NaN / undefined mean the default; anything else is clamped to
// [1 MiB, 2**53].
int64_t limit_from_js(double bytes) {
  if (!(bytes > 0)) return 0;
  if (bytes < 1048576.0) return 1048576;
  if (bytes > 9007199254740992.0) return int64_t(1) << 53;
  return static_cast<int64_t>(bytes);
}

// A JS number that must be a non-negative integer (ids, byte counts).
int64_t to_index(double x, const char* what) {
  if (!std::isfinite(x) || x < 0 || x != std::floor(x) || x > 9007199254740992.0)
    throw_range_error(std::string(what) + " must be a non-negative integer");
  return static_cast<int64_t>(x);
}

std::string bytes_from_js(const val& bytes) {
  const size_t n = bytes["length"].as<size_t>();
  std::string out(n, '\0');
  if (n) val(emscripten::typed_memory_view(n, reinterpret_cast<uint8_t*>(&out[0]))).call<void>("set", bytes);
  return out;
}
val bytes_to_js(const std::string& s) {
  val view(emscripten::typed_memory_view(s.size(), reinterpret_cast<const uint8_t*>(s.data())));
  return val::global("Uint8Array").new_(view);
}

// errno of the last failed host read/write (FileHost::last_errno)
int g_host_errno = 0;

// A failure reported by the host: a Node error code ("ENOENT"), an errno number, or
// null/false (`fallback`: ENOENT for reads, EACCES for writes).
int host_errno(const val& v, int fallback) {
  if (v.isNumber()) return v.as<int>();
  if (!v.isString()) return fallback;
  static const std::pair<const char*, int> kCodes[] = {
      {"EPERM", 1},   {"ENOENT", 2},  {"EIO", 5},     {"EACCES", 13}, {"EEXIST", 17},       {"ENOTDIR", 20},
      {"EISDIR", 21}, {"EINVAL", 22}, {"EMFILE", 24}, {"EFBIG", 27},  {"ENOSPC", 28},       {"EROFS", 30},
      {"EPIPE", 32},  {"ENAMETOOLONG", 36},           {"ENOTEMPTY", 39}, {"ELOOP", 40}};
  const std::string code = v.as<std::string>();
  for (auto& c : kCodes)
    if (code == c.first) return c.second;
  return fallback;
}

// The CLI's real file system, synchronous (Node's fs.*Sync): read(path) -> Uint8Array, or
// null / an error code ("ENOENT", "EISDIR", "EFBIG", ...: web/lib/host-files.ts) when it
// cannot be read; write(path, Uint8Array) -> true, or false / an error code. Python sees the
// OSError subclass and errno CPython would raise.
void set_file_host_js(val read, val write) {
  auto r = std::make_shared<val>(std::move(read));
  auto w = std::make_shared<val>(std::move(write));
  FileHost host;
  host.read = [r](const std::string& path, std::string& data) {
    val got = (*r)(path);
    if (got.isNull() || got.isUndefined() || got.isString() || got.isNumber()) {
      g_host_errno = host_errno(got, 2);
      // the file exists but cannot be read (file_exists() treats a raise as existing)
      if (g_host_errno == 21 || g_host_errno == 27 || g_host_errno == 13) raise_os_error(g_host_errno, path);
      return false;
    }
    data = bytes_from_js(got);
    return true;
  };
  host.write = [w](const std::string& path, const std::string& data) {
    val res = (*w)(path, bytes_to_js(data));
    if (res.isTrue()) return true;
    g_host_errno = host_errno(res, 13);
    return false;
  };
  host.last_errno = [] { return g_host_errno; };
  set_file_host(std::move(host));
}

// A worker's interrupt flag lives in a SharedArrayBuffer this module's memory does not
// share: the engine polls it through poll() -> 0, 1 (KeyboardInterrupt) or 2 (TimeoutError,
// a run's time limit, raised here). The function must not throw.
val* g_interrupt_poll_fn = nullptr;
int32_t poll_js() {
  const int32_t v = g_interrupt_poll_fn ? (*g_interrupt_poll_fn)().as<int32_t>() : 0;
  if (v == 2)
    throw_exception(make_exception(extra_builtin_exception("TimeoutError"), {make_str("the run exceeded its time limit")}));
  return v;
}
void set_interrupt_poll_js(val poll) {
  delete g_interrupt_poll_fn;
  g_interrupt_poll_fn = nullptr;
  if (poll.isNull() || poll.isUndefined()) {
    set_interrupt_poll(nullptr);
    return;
  }
  g_interrupt_poll_fn = new val(std::move(poll));
  set_interrupt_poll(&poll_js);
}

// time.sleep(seconds) blocks in sleep(seconds) (Atomics.wait on the interrupt flag).
void set_sleep_host_js(val sleep) {
  if (sleep.isNull() || sleep.isUndefined()) {
    set_sleep_host(nullptr);
    return;
  }
  auto f = std::make_shared<val>(std::move(sleep));
  set_sleep_host([f](double seconds) { (*f)(seconds); });
}

// RunResult::figures -> [{ id: number, svg: string, data: string /* JSON */ }]
val figures_to_js(const std::vector<FigureOutput>& figures) {
  val arr = val::array();
  for (const FigureOutput& f : figures) {
    val o = val::object();
    o.set("id", f.id);
    o.set("svg", f.svg);
    o.set("data", f.data_json);
    arr.call<void>("push", o);
  }
  return arr;
}

}  // namespace

// Text the engine writes to stderr (NumPy's RuntimeWarnings, "Exception ignored in"):
// emscripten's stderr, i.e. the host's printErr (console.warn: the terminal's stderr under
// Node and the CLI, the console in a browser). Set once, before any session runs.
void install_host_stderr() {
  set_stderr_sink([](const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  });
}
const bool g_stderr_to_host = [] {
  install_host_stderr();
  return true;
}();

class JsSession {
 public:
  JsSession() : JsSession(0) {}
  // memoryLimit: bytes (0 = the default 1 GiB), see Session / memory_budget.hpp
  explicit JsSession(double memory_limit)
      : flag_(std::make_unique<int32_t>(0)), session_(limit_from_js(memory_limit)) {
    session_.set_interrupt_flag(flag_.get());
  }

  val run(const std::string& code, const std::string& filename) { return run_with(code, filename, val::object()); }

  // run(code, filename) with options: {profile?: boolean, step?: {maxBytes?, maxSteps?,
  // maxTotalBytes?}} -> the run result plus `linesJson` (profile) and `steps`/`stepsTruncated`
  // (step, see step_recorder.hpp).
  val run_with(const std::string& code, const std::string& filename, const val& options) {
    session_.set_interrupt_flag(flag_.get());
    RunOptions o;
    o.profile = options["profile"].isTrue();
    std::unique_ptr<StepRecorder> recorder;
    const val step = options["step"];
    if (!step.isUndefined() && !step.isNull() && !step.isFalse()) {
      auto num = [&step](const char* key, double fallback, const char* what) {
        const val v = step.isTrue() ? val::undefined() : step[key];
        return v.isUndefined() ? static_cast<int64_t>(fallback) : to_index(v.as<double>(), what);
      };
      recorder = std::make_unique<StepRecorder>(num("maxBytes", 1 << 20, "step.maxBytes"),
                                                num("maxSteps", 1000, "step.maxSteps"),
                                                num("maxTotalBytes", 64 << 20, "step.maxTotalBytes"));
      try {
        for (const GlobalInfo& g : session_.globals())
          if (ArrayPtr a = session_.global_array(g.name))
            if (a->buffer) recorder->seed(a->buffer->id());
      } catch (...) {
      }
      o.steps = recorder.get();
    }
    RunResult r;
    try {
      r = session_.run(code, filename, o);
    } catch (...) {
      r = RunResult{};
      r.has_error = true;
      r.error = report_from_exception(std::current_exception());
    }
    if (streaming_) install_host_stderr();  // the run's output sink replaced it

    val out = run_result_to_js(r);
    if (r.system_exit) {
      out.set("exitCode", r.exit_code);
      if (!r.exit_message.empty()) out.set("exitMessage", r.exit_message);
    }
    out.set("figures", figures_to_js(r.figures));
    out.set("opsJson", r.ops_json);
    if (o.profile) out.set("linesJson", r.lines_json);
    if (recorder) {
      out.set("steps", recorder->steps());
      out.set("stepsTruncated", recorder->truncated());
    }
    return out;
  }

  val globals() const {
    try {
      return globals_to_js(session_.globals());
    } catch (...) {
      return val::array();
    }
  }

  val inspect(const std::string& name) const {
    ArrayPtr a;
    try {
      a = session_.global_array(name);
      if (!a) return val::null();
      return array_info_to_js(session_, *a);
    } catch (...) {
      return val::null();
    }
  }

  val element_offsets(const std::string& name, double max_count) const {
    const int64_t limit = to_index(max_count, "maxCount");
    try {
      ArrayPtr a = session_.global_array(name);
      if (!a) return val::null();
      return element_offsets_to_js(*a, limit);
    } catch (...) {
      return val::null();
    }
  }

  // A copy of bytes [start, start + length) of a live buffer, clamped to the buffer's end
  // (a window past the end yields fewer bytes, possibly none). null when no buffer reachable
  // from the globals has this id.
  val read_bytes(double buffer_id, double start, double length) const {
    const int64_t id = to_index(buffer_id, "bufferId");
    const int64_t from = to_index(start, "start");
    const int64_t n = to_index(length, "length");
    BufferPtr b;
    try {
      b = session_.find_buffer(id);
    } catch (...) {
      b = nullptr;
    }
    if (!b) return val::null();
    const int64_t size = b->size();
    const int64_t lo = from < size ? from : size;
    const int64_t hi = (n <= size - lo) ? lo + n : size;
    val view(emscripten::typed_memory_view(static_cast<size_t>(hi - lo), b->data() + lo));
    return val::global("Uint8Array").new_(view);  // copy: the buffer may move or die
  }

  // The session's file store (np.load/np.save): bytes in, bytes out.
  void write_file(const std::string& path, const val& bytes) { store_file(path, bytes_from_js(bytes)); }
  val read_file(const std::string& path) const {
    try {
      return bytes_to_js(sl::read_file(path));
    } catch (...) {
      return val::null();
    }
  }

  void set_memory_limit(double bytes) { session_.set_memory_limit(limit_from_js(bytes)); }
  double memory_limit() const { return static_cast<double>(session_.memory_limit()); }
  double memory_in_use() const { return static_cast<double>(session_.memory_in_use()); }

  double interrupt_flag_address() const {
    return static_cast<double>(reinterpret_cast<uintptr_t>(flag_.get()));
  }
  // Streams output to sink(fd, text) -> bool (false: EPIPE), which must not throw; mode 0
  // block-buffered, 1 line-buffered, 2 unbuffered (Session::set_output_sink). null: collect.
  void set_output_sink(val sink, int mode) {
    streaming_ = !(sink.isNull() || sink.isUndefined());
    if (!streaming_) {
      session_.set_output_sink(nullptr, OutputBuffering::Block);
      return;
    }
    auto f = std::make_shared<val>(std::move(sink));
    session_.set_output_sink([f](int fd, const std::string& text) { return (*f)(fd, text).as<bool>(); },
                             static_cast<OutputBuffering>(mode < 0 || mode > 2 ? 0 : mode));
  }
  void set_argv(val argv) {
    std::vector<std::string> v;
    const size_t n = argv["length"].as<size_t>();
    for (size_t i = 0; i < n; ++i) v.push_back(argv[i].as<std::string>());
    session_.set_argv(v);
  }

  void request_interrupt() { *flag_ = 1; }
  void clear_interrupt() { *flag_ = 0; }

 private:
  std::unique_ptr<int32_t> flag_;  // declared before session_: must outlive it
  bool streaming_ = false;         // an output sink is set (set_output_sink)
  Session session_;
};

}  // namespace sl::js

EMSCRIPTEN_BINDINGS(stridelab_engine) {
  emscripten::function("setFileHost", &sl::js::set_file_host_js);
  emscripten::function("setInterruptPoll", &sl::js::set_interrupt_poll_js);
  emscripten::function("setSleepHost", &sl::js::set_sleep_host_js);
  using sl::js::JsSession;
  emscripten::class_<JsSession>("Session")
      .constructor<>()
      .constructor<double>()
      .function("run", &JsSession::run)
      .function("runWith", &JsSession::run_with)
      .function("setMemoryLimit", &JsSession::set_memory_limit)
      .function("memoryLimit", &JsSession::memory_limit)
      .function("memoryInUse", &JsSession::memory_in_use)
      .function("globals", &JsSession::globals)
      .function("inspect", &JsSession::inspect)
      .function("elementOffsets", &JsSession::element_offsets)
      .function("readBytes", &JsSession::read_bytes)
      .function("writeFile", &JsSession::write_file)
      .function("readFile", &JsSession::read_file)
      .function("interruptFlagAddress", &JsSession::interrupt_flag_address)
      .function("requestInterrupt", &JsSession::request_interrupt)
      .function("clearInterrupt", &JsSession::clear_interrupt)
      .function("setOutputSink", &JsSession::set_output_sink)
      .function("setArgv", &JsSession::set_argv);
}
