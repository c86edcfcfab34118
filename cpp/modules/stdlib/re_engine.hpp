// re_engine.hpp — the regular-expression engine behind the `re` module: Python's `re`
// syntax (sre_parse) parsed into a tree, compiled to a small instruction program, run by
// a backtracking matcher with an explicit stack (no native recursion per character, so
// long subjects cannot overflow the stack). Leftmost-first semantics with greedy, lazy and
// possessive quantifiers, atomic groups, captures, named groups, backreferences,
// conditionals, lookahead and fixed-width lookbehind, the flags I/M/S/X/A, and Python's
// \d \w \s \b for str (Unicode) and bytes (ASCII) subjects.
//
// Subjects and patterns are code-point arrays; positions are code-point indices, as in
// Python. The engine knows nothing of Python objects: re_module.cpp wraps it. Errors are
// CompileError with sre_parse's message and position. Matching checks for interrupts
// (KeyboardInterrupt) and bounds its backtracking stack (MemoryError).
//
// Not supported: LOCALE, the `(?u)` flag on bytes, variable-width lookbehind (CPython
// rejects it too), \N{name}.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace sl::rx {

// CPython's flag values (re.RegexFlag)
constexpr int kTemplate = 1, kIgnoreCase = 2, kLocale = 4, kMultiline = 8, kDotAll = 16, kUnicode = 32,
              kVerbose = 64, kDebug = 128, kAscii = 256;

struct CompileError {
  std::string msg;
  int64_t pos;  // -1: no position
};

struct Program;  // opaque: re_compile.cpp

struct Compiled {
  std::shared_ptr<const Program> prog;
  int groups = 0;                                        // capturing groups
  std::vector<std::pair<std::string, int>> group_names;  // in definition order
  int flags = 0;                                         // with inline flags and UNICODE for str
};

// Throws CompileError.
Compiled compile(const std::vector<uint32_t>& pattern, int flags, bool is_bytes);

enum class Mode { Match, Search, FullMatch };

// Runs the program on subject[0, end) starting at `start` (match: only there; search:
// the leftmost match at or after it). must_advance forbids an empty match at `start`
// (finditer/sub/split after an empty match). On success fills caps with 2*(groups+1)
// positions (-1 for unset groups; caps[0], caps[1] the whole match) and returns true.
bool exec(const Program& prog, const uint32_t* subject, int64_t end, int64_t start, Mode mode, bool must_advance,
          std::vector<int64_t>& caps);

// Character classes as Python's sre defines them for str (unicode) / bytes (ascii)
bool is_word(uint32_t c, bool ascii);
bool is_digit(uint32_t c, bool ascii);
bool is_space(uint32_t c, bool ascii);

}  // namespace sl::rx
