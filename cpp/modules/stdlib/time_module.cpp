// time_module.cpp — the `time` module: time/perf_counter/monotonic/sleep (sleep only
// spins checking for interrupts: the engine has no threads to yield to).
#include <chrono>

#include "core/run_effects.hpp"
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"

namespace sl {

void register_time_module() {
  register_module("time", [](Interpreter&, ModuleObject& m) {
    m.add_function("time", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) {
      note_run_effect(RunEffect::Clock);  // a replay reads another time
      auto now = std::chrono::system_clock::now().time_since_epoch();
      return make_float(std::chrono::duration<double>(now).count());
    });
    auto perf = [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) {
      note_run_effect(RunEffect::Clock);
      auto now = std::chrono::steady_clock::now().time_since_epoch();
      return make_float(std::chrono::duration<double>(now).count());
    };
    m.add_function("perf_counter", perf);
    m.add_function("monotonic", perf);
    m.add_function("sleep", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
      check_nargs("sleep", a, 1, 1);
      double secs = to_double(a[0]);
      if (secs < 0) raise_value_error("sleep length must be non-negative");
      auto end = std::chrono::steady_clock::now() + std::chrono::duration<double>(secs);
      while (std::chrono::steady_clock::now() < end) check_interrupt();
      return None();
    });
  });
}

}  // namespace sl
