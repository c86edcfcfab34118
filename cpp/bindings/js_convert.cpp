#include "bindings/js_convert.hpp"

#include <new>
#include <stdexcept>

#include "core/errors.hpp"

namespace sl::js {
using emscripten::val;

val error_to_js(const ErrorReport& e) {
  val o = val::object();
  o.set("type", e.type);
  o.set("message", e.message);
  o.set("line", e.line);
  o.set("traceback", e.traceback);
  return o;
}

val run_result_to_js(const RunResult& r) {
  val o = val::object();
  o.set("stdout", r.stdout_text);
  if (r.has_value) o.set("value", r.value_repr);
  if (r.has_error) o.set("error", error_to_js(r.error));
  // what a replay may not reproduce (web/lib/worker-client.ts reports it after a restart)
  val effects = val::object();
  auto strings = [](const std::vector<std::string>& v) {
    val a = val::array();
    for (const std::string& s : v) a.call<void>("push", s);
    return a;
  };
  effects.set("random", r.effects.unseeded_random);
  effects.set("clock", r.effects.clock);
  effects.set("filesRead", strings(r.effects.files_read));
  effects.set("filesWritten", strings(r.effects.files_written));
  effects.set("rebound", strings(r.rebound));
  o.set("effects", effects);
  return o;
}

val globals_to_js(const std::vector<GlobalInfo>& globals) {
  val out = val::array();
  for (const GlobalInfo& g : globals) {
    val o = val::object();
    o.set("name", g.name);
    o.set("type", g.type_name);
    o.set("summary", g.summary);
    out.call<void>("push", o);
  }
  return out;
}

ErrorReport report_from_exception(std::exception_ptr ep) {
  ErrorReport r;
  try {
    std::rethrow_exception(ep);
  } catch (const PyError& e) {
    r.type = error_type_name(e.type);
    r.message = e.message;
  } catch (const std::bad_alloc&) {
    r.type = "MemoryError";
    r.message = "";
  } catch (const std::length_error&) {
    r.type = "MemoryError";
    r.message = "";
  } catch (const std::exception& e) {
    r.type = "RuntimeError";
    r.message = std::string("internal error: ") + e.what();
  } catch (...) {
    r.type = "RuntimeError";
    r.message = "internal error";
  }
  // CPython prints a bare "MemoryError" when the message is empty.
  r.traceback = "Traceback (most recent call last):\n" + r.type +
                (r.message.empty() ? "" : ": " + r.message) + "\n";
  return r;
}

}  // namespace sl::js
