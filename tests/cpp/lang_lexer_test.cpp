// Lexer: tokens, indentation, line joining, strings, numbers, magics, errors.
#include <gtest/gtest.h>

#include "lang/lexer.hpp"

namespace sl {
namespace {

std::vector<Tok> kinds(const std::string& src) {
  std::vector<Tok> out;
  for (auto& t : tokenize(src)) out.push_back(t.kind);
  return out;
}

std::string lex_error(const std::string& src) {
  try {
    tokenize(src);
  } catch (LexError& e) {
    return e.info.message;
  }
  return "";
}

TEST(LangLexer, SimpleStatement) {
  auto toks = tokenize("x = 1 + 2.5\n");
  ASSERT_EQ(toks.size(), 7u);
  EXPECT_EQ(toks[0].kind, Tok::Name);
  EXPECT_EQ(toks[0].text, "x");
  EXPECT_EQ(toks[1].text, "=");
  EXPECT_EQ(toks[2].kind, Tok::Number);
  EXPECT_EQ(toks[4].text, "2.5");
  EXPECT_EQ(toks[5].kind, Tok::Newline);
  EXPECT_EQ(toks[6].kind, Tok::EndMarker);
  EXPECT_EQ(toks[4].col, 8);
}

TEST(LangLexer, IndentDedent) {
  auto k = kinds("if x:\n    y\n    if z:\n        w\nv\n");
  std::vector<Tok> want = {Tok::Name, Tok::Name, Tok::Op, Tok::Newline, Tok::Indent, Tok::Name, Tok::Newline,
                           Tok::Name, Tok::Name, Tok::Op, Tok::Newline, Tok::Indent, Tok::Name, Tok::Newline,
                           Tok::Dedent, Tok::Dedent, Tok::Name, Tok::Newline, Tok::EndMarker};
  EXPECT_EQ(k, want);
}

TEST(LangLexer, ImplicitJoinAndContinuation) {
  auto k = kinds("f(1,\n  2)\nx = 1 + \\\n  2\n");
  int newlines = 0;
  for (Tok t : k)
    if (t == Tok::Newline) ++newlines;
  EXPECT_EQ(newlines, 2);
}

TEST(LangLexer, CommentsAndBlankLines) {
  auto k = kinds("# c\n\nx = 1  # trailing\n\n   # indented comment\ny\n");
  std::vector<Tok> want = {Tok::Name, Tok::Op, Tok::Number, Tok::Newline, Tok::Name, Tok::Newline, Tok::EndMarker};
  EXPECT_EQ(k, want);
}

TEST(LangLexer, StringsWithPrefixes) {
  auto toks = tokenize("a = r'\\d' + b\"x\" + f'{y}' + '''multi\nline''' + Rb'q'\n");
  std::vector<std::string> strs;
  for (auto& t : toks)
    if (t.kind == Tok::String) strs.push_back(t.text);
  ASSERT_EQ(strs.size(), 5u);
  EXPECT_EQ(strs[0], "r'\\d'");
  EXPECT_EQ(strs[3], "'''multi\nline'''");
  EXPECT_EQ(strs[4], "Rb'q'");
}

TEST(LangLexer, Numbers) {
  auto toks = tokenize("0x1F 0o17 0b101 1_000 3.14 1e-5 .5 10.\n");
  std::vector<std::string> nums;
  for (auto& t : toks)
    if (t.kind == Tok::Number) nums.push_back(t.text);
  std::vector<std::string> want = {"0x1F", "0o17", "0b101", "1_000", "3.14", "1e-5", ".5", "10."};
  EXPECT_EQ(nums, want);
}

TEST(LangLexer, OperatorsLongestMatch) {
  auto toks = tokenize("a **= b // c ... d != e -> f := g\n");
  std::vector<std::string> ops;
  for (auto& t : toks)
    if (t.kind == Tok::Op) ops.push_back(t.text);
  std::vector<std::string> want = {"**=", "//", "...", "!=", "->", ":="};
  EXPECT_EQ(ops, want);
}

TEST(LangLexer, MagicLines) {
  auto toks = tokenize("%matplotlib inline\nx = 1\n%timeit x + 1\n");
  EXPECT_EQ(toks[0].kind, Tok::Magic);
  EXPECT_EQ(toks[0].text, "%matplotlib inline");
  int magics = 0;
  for (auto& t : toks)
    if (t.kind == Tok::Magic) ++magics;
  EXPECT_EQ(magics, 2);
}

TEST(LangLexer, Errors) {
  EXPECT_EQ(lex_error("x = 'abc\n"), "unterminated string literal (detected at line 1)");
  EXPECT_EQ(lex_error("x = '''abc\n\n"), "unterminated triple-quoted string literal (detected at line 3)");
  EXPECT_EQ(lex_error("x = (1,\n2\n"), "'(' was never closed");
  EXPECT_EQ(lex_error("x = 1)\n"), "unmatched ')'");
  EXPECT_EQ(lex_error("x = [1)\n"), "closing parenthesis ')' does not match opening parenthesis '['");
  EXPECT_EQ(lex_error("x = 012\n"),
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(lex_error("\xE2\x82\xAC = 1\n"), "invalid character '\xE2\x82\xAC' (U+20AC)");
  EXPECT_EQ(lex_error("if 1:\n    x = 1\n  y = 2\n"), "unindent does not match any outer indentation level");
  EXPECT_EQ(lex_error("x = 0x\n"), "invalid hexadecimal literal");
}

}  // namespace
}  // namespace sl
