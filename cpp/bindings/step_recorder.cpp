// step_recorder.cpp — StepRecorder (step_recorder.hpp).
#include "bindings/step_recorder.hpp"

#include <vector>

#include "bindings/array_info.hpp"
#include "core/buffer.hpp"
#include "lang/object.hpp"

namespace sl::js {

using emscripten::val;

namespace {

uint64_t fnv1a(const uint8_t* p, int64_t n) {
  uint64_t h = 1469598103934665603ull;
  for (int64_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

std::string summary_of(const ObjPtr& v) {
  try {
    std::string s = repr(v);
    if (s.size() > 80) s = s.substr(0, 77) + "...";
    return s;
  } catch (...) {
    return "<" + v->type()->name + ">";
  }
}

}  // namespace

StepRecorder::StepRecorder(int64_t max_bytes, int64_t max_steps, int64_t max_total)
    : steps_(val::array()), max_bytes_(max_bytes), max_steps_(max_steps), max_total_(max_total) {}

bool StepRecorder::on_step(const StepPoint& p) {
  if (count_ >= max_steps_ || total_ >= max_total_) {
    truncated_ = true;
    return false;
  }
  ++count_;
  val step = val::object();
  step.set("line", p.line);
  step.set("depth", p.depth);
  step.set("function", p.function);
  step.set("raised", p.raised);
  step.set("stdoutLength", static_cast<double>(p.stdout_length));
  val vars = val::array();
  val buffers = val::array();
  val created = val::array();
  std::unordered_set<int64_t> seen;
  int64_t budget = max_bytes_;
  // a local shadows a global of the same name
  std::unordered_set<std::string> names;
  auto name_among_vars = [&p](const NDArray* target) -> val {
    for (const auto& v : p.vars) {
      ArrayPtr a = v.value ? v.value->native_array() : nullptr;
      if (a && a.get() == target) return val(v.name);
    }
    return val::null();
  };
  for (const auto& v : p.vars) {
    if (!names.insert(v.name).second) continue;
    val o = val::object();
    o.set("name", v.name);
    o.set("type", v.value->type()->name);
    o.set("summary", summary_of(v.value));
    o.set("local", v.local);
    ArrayPtr a = v.value->native_array();
    if (a && a->buffer) {
      o.set("array", array_info_to_js(*a, name_among_vars));
      const BufferPtr& b = a->buffer;
      if (seen.insert(b->id()).second) {
        val e = val::object();
        e.set("id", static_cast<double>(b->id()));
        e.set("size", static_cast<double>(b->size()));
        const uint64_t h = b->size() <= budget ? fnv1a(b->data(), b->size()) : 0;
        auto it = stored_.find(b->id());
        if (b->size() > budget) {
          e.set("tooLarge", true);
          stored_.erase(b->id());  // the next step stores it if it fits then
        } else if (it == stored_.end() || it->second != h) {
          val view(emscripten::typed_memory_view(static_cast<size_t>(b->size()), b->data()));
          e.set("bytes", val::global("Uint8Array").new_(view));  // a copy
          stored_[b->id()] = h;
          budget -= b->size();
          total_ += b->size();
        }
        buffers.call<void>("push", e);
        if (!previous_.count(b->id())) created.call<void>("push", static_cast<double>(b->id()));
      }
    }
    vars.call<void>("push", o);
  }
  previous_ = std::move(seen);
  step.set("vars", vars);
  step.set("buffers", buffers);
  step.set("created", created);
  steps_.call<void>("push", step);
  return true;
}

}  // namespace sl::js
