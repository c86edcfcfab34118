// output_hook.cpp — see output_hook.hpp.
#include "lang/output_hook.hpp"

namespace sl {

namespace {
OutputHook g_hook = nullptr;
}  // namespace

void set_output_hook(OutputHook hook) { g_hook = hook; }

void notify_output(Interpreter& in, bool flush) {
  if (g_hook) g_hook(in, flush);
}

}  // namespace sl
