#include "core/interrupt.hpp"

#include "core/errors.hpp"
#include "core/interrupt_poll.hpp"
#include "core/memory_budget.hpp"

namespace sl {
volatile int32_t* g_interrupt_flag = nullptr;

namespace {
volatile int32_t* g_host_flag = nullptr;
volatile int32_t g_memory_word = 0;  // 1 while a MemoryError is pending
// With a poll registered, check_interrupt() reads this always-set word and so always calls
// handle_interrupt_request(), which counts down to the next poll.
volatile int32_t g_poll_word = 1;
InterruptPoll g_poll = nullptr;
uint32_t g_countdown = kInterruptPollInterval;

// what check_interrupt() reads when no MemoryError is pending
volatile int32_t* idle_flag() { return g_poll ? &g_poll_word : g_host_flag; }
}  // namespace

void set_interrupt_flag(volatile int32_t* flag) {
  g_host_flag = flag;
  if (!g_memory_word) g_interrupt_flag = idle_flag();
}

void set_interrupt_poll(InterruptPoll poll) {
  g_poll = poll;
  g_countdown = kInterruptPollInterval;
  if (!g_memory_word) g_interrupt_flag = idle_flag();
}

void poll_interrupt_now() {
  g_countdown = kInterruptPollInterval;
  if (g_poll && g_poll()) raise(ErrorType::KeyboardInterrupt, "");
}

void clear_interrupt_requests() {
  if (g_host_flag) *g_host_flag = 0;
  g_memory_word = 0;
  g_interrupt_flag = idle_flag();
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
    g_interrupt_flag = idle_flag();
    const MemoryDomain* d = current_memory_domain();
    if (d && d->in_use > d->limit) {
      MemoryLimitSuspended unlimited;  // the message and the exception object
      raise_memory_error(memory_limit_message(d));
    }
    // else a transient overshoot, already released
  }
  if (g_host_flag && *g_host_flag) raise_keyboard_interrupt();
  if (g_poll && --g_countdown == 0) poll_interrupt_now();
}
}  // namespace sl
