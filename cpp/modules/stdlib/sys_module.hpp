// sys_module.hpp — what the host (the CLI, the bindings, Session) tells the `sys` module.
#pragma once
#include <functional>
#include <string>
#include <vector>

namespace sl {

// sys.argv for the sessions of this process: the script name then its arguments (python's
// convention: "" for an interactive session, "-c" for -c, "-" for stdin). Updates the
// current interpreter's sys.argv too when sys is already imported there.
void set_sys_argv(const std::vector<std::string>& argv);

}  // namespace sl
