#include "core/interrupt.hpp"

#include "core/errors.hpp"
#include "core/memory_budget.hpp"

namespace sl {
volatile int32_t* g_interrupt_flag = nullptr;

namespace {
volatile int32_t* g_host_flag = nullptr;
volatile int32_t g_memory_word = 0;  // 1 while a MemoryError is pending
}  // namespace

void set_interrupt_flag(volatile int32_t* flag) {
  g_host_flag = flag;
  if (!g_memory_word) g_interrupt_flag = flag;
}

void clear_interrupt_requests() {
  if (g_host_flag) *g_host_flag = 0;
  g_memory_word = 0;
  g_interrupt_flag = g_host_flag;
}

void request_memory_error() {
  g_memory_word = 1;
  g_interrupt_flag = &g_memory_word;
}

void raise_keyboard_interrupt() {
  if (g_host_flag) *g_host_flag = 0;
  raise(ErrorType::KeyboardInterrupt, "");
}

void handle_interrupt_request() {
  if (g_memory_word) {
    g_memory_word = 0;
    g_interrupt_flag = g_host_flag;
    const MemoryDomain* d = current_memory_domain();
    if (d && d->in_use > d->limit) {
      MemoryLimitSuspended unlimited;  // the message and the exception object
      raise_memory_error(memory_limit_message(d));
    }
    if (!g_host_flag || !*g_host_flag) return;  // a transient overshoot, already released
  }
  raise_keyboard_interrupt();
}
}  // namespace sl
