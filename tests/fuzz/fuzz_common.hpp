// fuzz_common.hpp — helpers shared by the libFuzzer targets of tests/fuzz/.
//
// Reader turns the fuzzer's bytes into decisions (small ints, occasionally huge ones, so that
// overflow paths are reached); run_program runs a Python program in a fresh Session with a
// small memory budget and a wall-clock watchdog (SIGALRM sets the interrupt flag, so a loop
// ends as KeyboardInterrupt instead of as a libFuzzer timeout). Anything the engine throws
// out of Session::run, any ASan/UBSan report and any abort() is a finding.
#pragma once
#include <sys/time.h>

#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include "modules/session.hpp"

namespace sl::fuzz {

class Reader {
 public:
  Reader(const uint8_t* data, size_t size) : p_(data), n_(size) {}
  bool empty() const { return n_ == 0; }
  uint8_t byte() {
    if (!n_) return 0;
    --n_;
    return *p_++;
  }
  // [lo, hi], mostly uniform
  int64_t range(int64_t lo, int64_t hi) {
    const uint64_t span = static_cast<uint64_t>(hi - lo) + 1;
    uint64_t v = byte();
    v = (v << 8) | byte();
    return lo + static_cast<int64_t>(v % span);
  }
  // Anything: small, negative, or one of the values where arithmetic overflows.
  int64_t wide() {
    static const int64_t kEdges[] = {0, 1, -1, 2, 7, 8, 16, 255, 256, 1 << 16, int64_t(1) << 31,
                                     int64_t(1) << 32, (int64_t(1) << 32) + 1, int64_t(1) << 61,
                                     (int64_t(1) << 61) + 1, int64_t(1) << 62, INT64_MAX, INT64_MIN,
                                     -(int64_t(1) << 62), -8};
    const uint8_t k = byte();
    if (k < 160) return range(-16, 16);
    if (k < 224) return kEdges[byte() % (sizeof kEdges / sizeof kEdges[0])];
    uint64_t v = 0;
    for (int i = 0; i < 8; ++i) v = (v << 8) | byte();
    return static_cast<int64_t>(v);
  }
  std::string rest() {
    std::string s(reinterpret_cast<const char*>(p_), n_);
    p_ += n_;
    n_ = 0;
    return s;
  }

 private:
  const uint8_t* p_;
  size_t n_;
};

inline volatile int32_t g_fuzz_flag = 0;
extern "C" inline void fuzz_on_alarm(int) { g_fuzz_flag = 1; }

// Runs `code` in a fresh session (64 MiB budget) with a 1.5 s watchdog. Returns the result.
inline RunResult run_program(const std::string& code) {
  static bool installed = [] {
    std::signal(SIGALRM, fuzz_on_alarm);
    return true;
  }();
  (void)installed;
  Session session(64 << 20);
  g_fuzz_flag = 0;
  session.set_interrupt_flag(&g_fuzz_flag);
  itimerval t{};
  t.it_value.tv_sec = 1;
  t.it_value.tv_usec = 500000;
  setitimer(ITIMER_REAL, &t, nullptr);
  RunResult r = session.run(code, "<fuzz>");
  itimerval off{};
  setitimer(ITIMER_REAL, &off, nullptr);
  session.set_interrupt_flag(nullptr);
  return r;
}

// A Python string literal for arbitrary bytes (hex escapes), so that fuzzed text can be
// embedded in a generated program without breaking its syntax.
inline std::string py_literal(const std::string& s) {
  std::string out = "'";
  for (unsigned char c : s) {
    if (c >= 0x20 && c < 0x7f && c != '\\' && c != '\'') {
      out += static_cast<char>(c);
    } else {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out + "'";
}

}  // namespace sl::fuzz
