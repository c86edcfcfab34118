// buffer_events.hpp — an observer of array buffer allocation and release, for exact
// per-line memory accounting (modules/line_profile.*) and the step recorder's "created by
// this step" marks. Only owning buffers are reported (a borrowed buffer allocates nothing).
//
// At most one observer at a time (process-wide, like the interrupt flag: one session runs at
// a time); null — the normal case — costs one branch per allocation. Observers must not
// throw and must not allocate or free buffers.
#pragma once
#include <cstdint>

namespace sl {

struct BufferObserver {
  virtual ~BufferObserver() = default;
  virtual void buffer_allocated(int64_t id, int64_t nbytes) noexcept = 0;
  virtual void buffer_freed(int64_t id, int64_t nbytes) noexcept = 0;
};

// The highest buffer id handed out so far (ids only grow: a buffer with a larger id was
// made later).
int64_t buffer_id_watermark();

// The current observer (null when none).
BufferObserver*& buffer_observer();

// Installs `o` for the lifetime of the scope, restoring the previous one.
class BufferObserverScope {
 public:
  explicit BufferObserverScope(BufferObserver* o) : saved_(buffer_observer()) { buffer_observer() = o; }
  ~BufferObserverScope() { buffer_observer() = saved_; }
  BufferObserverScope(const BufferObserverScope&) = delete;
  BufferObserverScope& operator=(const BufferObserverScope&) = delete;

 private:
  BufferObserver* saved_;
};

}  // namespace sl
