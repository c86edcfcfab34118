// fuzz_program.cpp — libFuzzer target: the input is a program (lexer + parser + resolver +
// evaluator + every module it imports). Any crash, sanitizer report, hang past the watchdog
// or exception escaping Session::run is a finding; Python exceptions are fine.
#include "tests/fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 16384) return -1;  // keep executions short; real programs in the corpus are small
  sl::fuzz::run_program(std::string(reinterpret_cast<const char*>(data), size));
  return 0;
}
