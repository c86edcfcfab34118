// re_program.hpp — internal to the regex engine (re_parse.cpp, re_compile.cpp,
// re_exec.cpp): the parse tree, the character sets and the instruction program.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "modules/stdlib/re_engine.hpp"

namespace sl::rx {

// A character class: ranges plus the \d \w \s families, optionally negated; with
// IGNORECASE a character also matches through its lower/upper case.
struct CharSet {
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  enum Cls : uint8_t { Digit = 1, NotDigit = 2, Word = 4, NotWord = 8, Space = 16, NotSpace = 32 };
  uint8_t classes = 0;
  bool negate = false, icase = false, ascii = false;
  bool contains(uint32_t c) const;
};

enum class AssertKind : uint8_t { Bol, Eol, BolM, EolM, StartText, EndText, WordB, NotWordB };

struct Node {
  enum Kind : uint8_t { Empty, Literal, Any, Set, Cat, Alt, Repeat, Group, Backref, Assert, Look, Atomic, Cond };
  Kind kind = Empty;
  uint32_t ch = 0;     // Literal
  bool icase = false;  // Literal, Backref
  bool dotall = false; // Any
  int set = -1;        // Set: index into Program::sets
  std::vector<std::unique_ptr<Node>> kids;  // Cat/Alt items; Repeat/Group/Look/Atomic: kids[0]; Cond: yes[, no]
  int min = 0, max = 0;  // Repeat; max -1: unbounded
  bool greedy = true, possessive = false;
  int group = -1;  // Group: capture index (-1 non-capturing); Backref/Cond: group referenced
  AssertKind assert_kind = AssertKind::Bol;
  bool behind = false, negative = false;  // Look
};

enum class Op : uint8_t {
  Char,        // a: code point (x: 1 ignorecase)
  Any,         // any but \n
  AnyAll,      // any (DOTALL)
  Set,         // a: set index
  Split,       // try x first, then y
  Jmp,         // x
  Save,        // a: capture slot
  Assert,      // a: AssertKind
  Backref,     // a: group, x: ignorecase
  Look,        // a: sub-program index, x: behind width (-1 ahead), y: negative
  AtomicBegin, // a: register
  AtomicEnd,   // a: register
  LoopInit,    // a: register (records the position where a loop iteration starts)
  LoopNext,    // a: register, x: target; jumps back only when the iteration consumed input
  Cond,        // a: group; continue when set, else jump to x
  Match,
};

struct Inst {
  Op op;
  uint32_t a = 0;
  int32_t x = 0, y = 0;
};

struct Program {
  std::vector<Inst> code;                     // the main program
  std::vector<std::vector<Inst>> subs;        // lookaround bodies
  std::vector<CharSet> sets;
  int ncaps = 0;                              // 2 * (groups + 1)
  int nregs = 0;
  bool ascii = false;
  // first-character hint for search: -1 none, else the literal every match starts with
  int64_t first_char = -1;
};

// re_parse.cpp: pattern text -> tree (throws CompileError); fills sets and group names
struct ParseResult {
  std::unique_ptr<Node> root;
  std::vector<CharSet> sets;
  int groups = 0;
  std::vector<std::pair<std::string, int>> names;
  int flags = 0;
};
ParseResult parse(const std::vector<uint32_t>& pattern, int flags, bool is_bytes);

uint32_t fold(uint32_t c);  // the case-insensitive key of a code point

}  // namespace sl::rx
