// step_recorder.hpp — the snapshots of a stepped run (`run(code, {step: {...}})`): one JS
// object per step point (modules/step_hook.hpp) with what the page's variables panel and
// inspector show at that moment:
//   {line, depth, function, raised, stdoutLength,
//    vars: [{name, type, summary, local, array?: ArrayInfo}],
//    buffers: [{id, size, bytes?: Uint8Array, tooLarge?: true}],
//    created: [bufferId, ...]}
// `buffers` lists every buffer of an array variable; `bytes` is present when its content
// differs from the copy stored at an earlier step (the page looks back to the latest step
// that stored it), so an unchanged buffer costs nothing per step. At most `max_bytes` new
// bytes are stored per step: a buffer that does not fit is `tooLarge` at that step.
// `created`: buffers visible now that were not at the previous step (the page flashes them).
// Recording stops after `max_steps` points or `max_total` stored bytes (`truncated`); the
// run itself always completes.
#pragma once
#include <emscripten/val.h>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <string>

#include "modules/step_hook.hpp"

namespace sl::js {

class StepRecorder : public StepObserver {
 public:
  StepRecorder(int64_t max_bytes, int64_t max_steps, int64_t max_total);
  bool on_step(const StepPoint& p) override;
  emscripten::val steps() const { return steps_; }
  bool truncated() const { return truncated_; }
  // Buffers visible before the run (not "created" by the first step).
  void seed(int64_t buffer_id) { previous_.insert(buffer_id); }

 private:
  emscripten::val steps_;
  int64_t max_bytes_, max_steps_, max_total_;
  int64_t count_ = 0, total_ = 0;
  bool truncated_ = false;
  std::unordered_map<int64_t, uint64_t> stored_;  // buffer id -> hash of the bytes stored last
  std::unordered_set<int64_t> previous_;          // buffer ids visible at the previous step
};

}  // namespace sl::js
