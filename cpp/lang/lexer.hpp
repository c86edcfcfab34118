// lexer.hpp — Python 3 tokenizer: NAME, NUMBER, STRING (raw text incl. prefix and quotes;
// the parser decodes it), OP, NEWLINE, INDENT/DEDENT, ENDMARKER. Handles implicit line
// joining inside brackets, backslash continuation, comments, every string prefix
// (r, b, f, u and combinations) and triple quotes, and numeric literals with 0x/0o/0b
// prefixes and underscores.
//
// IPython lines: a logical line starting with '%' or '!' (at bracket depth 0) becomes one
// MAGIC token holding the line text; the parser turns `%timeit stmt` into a timing
// statement and every other magic into a no-op.
//
// Errors raise SyntaxError / IndentationError through LexError (message, line, column)
// with CPython 3.11's messages.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sl {

enum class Tok : uint8_t { EndMarker, Newline, Indent, Dedent, Name, Number, String, Op, Magic };

struct Token {
  Tok kind;
  std::string text;
  int line;      // 1-based
  int col;       // 0-based byte column
  int end_line;
  int end_col;
};

struct SyntaxErrorInfo {
  std::string message;
  int line = 0;      // 1-based
  int col = 0;       // 0-based column of the caret
  int end_col = -1;  // exclusive end of the highlighted range (-1: single caret)
  bool indentation = false;  // IndentationError
  bool recursion = false;    // RecursionError "maximum recursion depth exceeded during compilation"
};

struct LexError {
  SyntaxErrorInfo info;
};

std::vector<Token> tokenize(const std::string& source);

}  // namespace sl
