// output_hook.hpp — streaming of a program's stdout. print() and sys.stdout.write() append
// to the running interpreter's out() buffer and then call notify_output(); a host that
// streams (the Session, for the CLI) installs a hook there that decides when to hand the
// buffer on (line/block buffering, flush=True). Without a hook the buffer is simply
// collected into the run's result, as before.
#pragma once

namespace sl {

class Interpreter;

// `flush`: print(flush=True) / sys.stdout.flush(). The hook may raise (BrokenPipeError).
using OutputHook = void (*)(Interpreter& in, bool flush);
void set_output_hook(OutputHook hook);  // null: none
void notify_output(Interpreter& in, bool flush);

}  // namespace sl
