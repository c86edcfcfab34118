// native_cli.cpp — `stridelab_native run FILE.py` (or `-` for stdin): runs a program in a
// fresh session like `python FILE.py`: the program's stdout on stdout; an uncaught
// exception prints the CPython-style traceback on stderr and exits with status 1.
// Ctrl-C raises KeyboardInterrupt in the running program.
// `run --profile FILE.py` prints the per-line cost (modules/line_profile.hpp) as JSON on
// stderr after the run (the npm CLI prints it as a table).
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "core/errors.hpp"
#include "lang/builtin_types.hpp"
#include "lang/files.hpp"
#include "lang/object.hpp"
#include "modules/session.hpp"
#include "modules/stdlib/sys_module.hpp"

namespace {
volatile int32_t g_flag = 0;
int g_file_errno = 0;  // why the last host read/write failed (FileHost::last_errno)
extern "C" void on_sigint(int) { g_flag = 1; }

int usage() {
  std::fprintf(stderr, "usage: stridelab_native run FILE.py [ARG...]   (FILE may be '-' for stdin)\n");
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || std::string(argv[1]) != "run") return usage();
  bool profile = false;
  if (std::string(argv[2]) == "--profile") {
    profile = true;
    ++argv;
    --argc;
    if (argc < 3) return usage();
  }
  std::string path = argv[2];
  std::string code;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    code = ss.str();
    path = "<stdin>";
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "stridelab_native: can't open file '%s': [Errno 2] No such file or directory\n", argv[2]);
      return 2;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    code = ss.str();
  }
  // np.load / np.save / open() see the real file system
  sl::FileHost host;
  host.read = [](const std::string& p, std::string& data) {
    // bounded, like web/lib/host-files.ts: a directory is IsADirectoryError, anything longer
    // than kMaxHostFileBytes (a huge file, /dev/zero) an OSError instead of an endless read
    struct stat st;
    if (::stat(p.c_str(), &st) != 0) {
      g_file_errno = errno;
      return false;
    }
    if (S_ISDIR(st.st_mode)) sl::raise_os_error(EISDIR, p);
    std::ifstream f(p, std::ios::binary);
    if (!f) {
      g_file_errno = errno ? errno : EACCES;
      return false;
    }
    const auto too_large = [&p]() { sl::raise_os_error(EFBIG, p); };
    if (S_ISREG(st.st_mode) && st.st_size > sl::kMaxHostFileBytes) too_large();
    data.clear();
    char buf[1 << 16];
    while (f.read(buf, sizeof buf) || f.gcount() > 0) {
      data.append(buf, static_cast<size_t>(f.gcount()));
      if (static_cast<int64_t>(data.size()) > sl::kMaxHostFileBytes) too_large();
    }
    return true;
  };
  host.write = [](const std::string& p, const std::string& data) {
    errno = 0;
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    if (!f) {
      g_file_errno = errno ? errno : EACCES;
      return false;
    }
    f.write(data.data(), static_cast<std::streamsize>(data.size()));
    return static_cast<bool>(f);
  };
  host.last_errno = [] { return g_file_errno; };
  sl::set_file_host(host);
  sl::set_stderr_sink([](const std::string& text) {
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
  });
  std::vector<std::string> args(argv + 2, argv + argc);  // sys.argv: the script, then its arguments
  sl::set_sys_argv(args);
  sl::Session session;
  session.set_interrupt_flag(&g_flag);
  std::signal(SIGINT, on_sigint);
  sl::RunOptions options;
  options.profile = profile;
  // as python3 (3.9+): a script's __file__ and traceback name are the working directory
  // joined to the argument as given; stdin's is "<stdin>"
  if (path != "<stdin>" && path[0] != '/') {
    char cwd[4096];
    if (::getcwd(cwd, sizeof cwd)) path = std::string(cwd) + "/" + path;
  }
  session.run("__file__ = " + sl::str_repr(path), "<init>");  // no interpreter runs here: not repr()
  sl::RunResult r = session.run(code, path, options);
  std::fwrite(r.stdout_text.data(), 1, r.stdout_text.size(), stdout);
  std::fflush(stdout);
  if (profile) std::fprintf(stderr, "%s\n", r.lines_json.c_str());
  if (r.system_exit) {  // like CPython: the exit status, a non-int code printed on stderr
    if (!r.exit_message.empty()) std::fprintf(stderr, "%s\n", r.exit_message.c_str());
    return r.exit_code;
  }
  if (r.has_error) {
    std::fwrite(r.error.traceback.data(), 1, r.error.traceback.size(), stderr);
    return r.error.type == "KeyboardInterrupt" ? 130 : 1;
  }
  return 0;
}
