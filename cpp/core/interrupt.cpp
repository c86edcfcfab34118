#include "core/interrupt.hpp"

#include "core/errors.hpp"

namespace sl {
volatile int32_t* g_interrupt_flag = nullptr;
void set_interrupt_flag(volatile int32_t* flag) { g_interrupt_flag = flag; }
void raise_keyboard_interrupt() {
  if (g_interrupt_flag) *g_interrupt_flag = 0;
  raise(ErrorType::KeyboardInterrupt, "");
}
}  // namespace sl
