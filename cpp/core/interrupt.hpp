// interrupt.hpp — cooperative interruption, and the safe point where a deferred MemoryError
// is raised. The host (worker, CLI) owns an int32 flag (in a SharedArrayBuffer in the page,
// set by a signal handler in the CLI); loops in the interpreter and long kernels call
// check_interrupt(), which raises KeyboardInterrupt and clears the flag when it is set.
// Cheap enough to call per loop iteration: one load and a branch.
//
// The memory budget (memory_budget.hpp) never throws from a small allocation (it may happen
// in a destructor or an engine cache, where throwing would abort): when one takes a session
// over its limit it calls request_memory_error() instead, and the next check_interrupt()
// raises MemoryError there, at a point where raising is always safe.
#pragma once
#include <cstdint>

namespace sl {
// The host's flag (null: none). A request made between runs is dropped: Session::run clears
// the requests when it starts and ends (clear_interrupt_requests).
void set_interrupt_flag(volatile int32_t* flag);
void clear_interrupt_requests();
// Makes the next check_interrupt() raise MemoryError (with the current session's limit).
void request_memory_error();
[[noreturn]] void raise_keyboard_interrupt();
// Raises whatever was requested: MemoryError first (unless usage fell back under the limit
// meanwhile: then it returns), else KeyboardInterrupt.
void handle_interrupt_request();

// The word check_interrupt() reads: the host's flag, or an internal one while a MemoryError
// is pending. Never written by anything but this module and the host.
extern volatile int32_t* g_interrupt_flag;
inline void check_interrupt() {
  if (g_interrupt_flag && *g_interrupt_flag) handle_interrupt_request();
}
}  // namespace sl
