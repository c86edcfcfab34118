// time_module.hpp — what a host tells the `time` module.
#pragma once
#include <functional>

namespace sl {

// time.sleep(): a host that can block efficiently (a worker thread waiting on its interrupt
// flag with Atomics.wait) sleeps up to `seconds`, returning early when interrupted; without
// a host, sleep spins on the interrupt check.
void set_sleep_host(std::function<void(double seconds)> host);

}  // namespace sl
