// interrupt_poll.hpp — interruption for a host whose flag cannot live in the engine's memory
// (a Node worker thread whose flag is a SharedArrayBuffer the engine's wasm memory does not
// share): the host registers a poll function, and check_interrupt() (interrupt.hpp) calls it
// every kInterruptPollInterval checks. A nonzero result raises KeyboardInterrupt; the poll
// may also raise an exception of its own (the bindings raise TimeoutError for a run's time
// limit). While a poll is registered every check takes the slow path (a call and a
// countdown), so only hosts that need it register one.
#pragma once
#include <cstdint>

namespace sl {

using InterruptPoll = int32_t (*)();
constexpr uint32_t kInterruptPollInterval = 4096;
void set_interrupt_poll(InterruptPoll poll);  // null: none
// Calls the poll now (time.sleep after the host's wait) and raises what it reports.
void poll_interrupt_now();

}  // namespace sl
