// interrupt.hpp — cooperative interruption. The host (worker, CLI) owns an int32 flag
// (in a SharedArrayBuffer in the page, set by a signal handler in the CLI); loops in the
// interpreter and long kernels call check_interrupt(), which raises KeyboardInterrupt and
// clears the flag when it is set. Cheap enough to call per loop iteration.
#pragma once
#include <cstdint>

namespace sl {
void set_interrupt_flag(volatile int32_t* flag);
[[noreturn]] void raise_keyboard_interrupt();
extern volatile int32_t* g_interrupt_flag;
inline void check_interrupt() {
  if (g_interrupt_flag && *g_interrupt_flag) raise_keyboard_interrupt();
}
}  // namespace sl
