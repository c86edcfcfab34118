// lexer.cpp — see lexer.hpp.
#include "lang/lexer.hpp"

#include "lang/builtin_types.hpp"
#include "lang/unicode_ident.hpp"

#include <cstdio>
#include <cstring>

namespace sl {

namespace {

[[noreturn]] void lex_error(const std::string& msg, int line, int col, int end_col = -1, bool indent = false) {
  SyntaxErrorInfo info;
  info.message = msg;
  info.line = line;
  info.col = col;
  info.end_col = end_col;
  info.indentation = indent;
  throw LexError{info};
}

bool is_ident_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_ident_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

// Three-, two- and one-character operators, longest first.
const char* const kOps3[] = {"**=", "//=", ">>=", "<<=", "...", "!=", nullptr};
const char* const kOps2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=",
                             "%=", "&=", "|=", "^=", "@=", ":=", nullptr};
const char kOps1[] = "+-*/%@&|^~<>()[]{},:.;=";

class Lexer {
 public:
  explicit Lexer(const std::string& src) : s_(src) {}

  std::vector<Token> run() {
    indents_.push_back(0);
    at_line_start_ = true;
    while (true) {
      if (at_line_start_ && depth_ == 0) {
        if (!handle_indentation()) break;  // EOF
        continue;
      }
      if (pos_ >= s_.size()) break;
      char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
        continue;
      }
      if (c == '#') {
        while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
        continue;
      }
      if (c == '\\') {
        size_t p = pos_ + 1;
        if (p < s_.size() && s_[p] == '\r') ++p;
        if (p < s_.size() && s_[p] == '\n') {
          pos_ = p + 1;
          new_line();
          continue;
        }
        if (p >= s_.size()) lex_error("unexpected EOF while parsing", line_, col());
        lex_error("unexpected character after line continuation character", line_, col() + 1);
      }
      if (c == '\r') {
        ++pos_;
        continue;
      }
      if (c == '\n') {
        if (depth_ == 0) emit(Tok::Newline, "\n", line_, col(), line_, col() + 1);
        ++pos_;
        new_line();
        at_line_start_ = depth_ == 0;
        continue;
      }
      lex_token();
    }
    if (depth_ > 0) {
      lex_error(std::string("'") + brackets_.back().ch + "' was never closed", brackets_.back().line,
                brackets_.back().col);
    }
    if (!toks_.empty() && toks_.back().kind != Tok::Newline && toks_.back().kind != Tok::Dedent &&
        toks_.back().kind != Tok::Indent)
      emit(Tok::Newline, "", line_, col(), line_, col());
    while (indents_.size() > 1) {
      indents_.pop_back();
      emit(Tok::Dedent, "", line_, 0, line_, 0);
    }
    emit(Tok::EndMarker, "", line_, 0, line_, 0);
    return std::move(toks_);
  }

 private:
  struct Bracket {
    char ch;
    int line, col;
  };
  const std::string& s_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  int depth_ = 0;
  bool at_line_start_ = true;
  std::vector<int> indents_;
  std::vector<Bracket> brackets_;
  std::vector<Token> toks_;

  int col() const { return static_cast<int>(pos_ - line_start_); }
  void new_line() {
    ++line_;
    line_start_ = pos_;
  }
  void emit(Tok k, std::string text, int l, int c, int el, int ec) {
    toks_.push_back(Token{k, std::move(text), l, c, el, ec});
  }

  // At the start of a logical line: measure indentation, skip blank/comment lines, emit
  // INDENT/DEDENT. Returns false at EOF.
  bool handle_indentation() {
    while (true) {
      size_t p = pos_;
      int width = 0;
      while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t' || s_[p] == '\f')) {
        if (s_[p] == '\t') width = (width / 8 + 1) * 8;
        else if (s_[p] == ' ') ++width;
        else width = 0;
        ++p;
      }
      if (p >= s_.size()) {
        pos_ = p;
        return false;
      }
      char c = s_[p];
      if (c == '#' || c == '\n' || c == '\r') {
        while (p < s_.size() && s_[p] != '\n') ++p;
        if (p < s_.size()) {
          pos_ = p + 1;
          new_line();
          continue;
        }
        pos_ = p;
        return false;
      }
      if (c == '\\' && p + 1 < s_.size() && (s_[p + 1] == '\n' || s_[p + 1] == '\r')) {
        // a continuation right at the indentation: treat as part of the line
      }
      pos_ = p;
      at_line_start_ = false;
      if (width > indents_.back()) {
        indents_.push_back(width);
        emit(Tok::Indent, "", line_, 0, line_, col());
      } else if (width < indents_.back()) {
        while (width < indents_.back()) {
          indents_.pop_back();
          emit(Tok::Dedent, "", line_, col(), line_, col());
        }
        if (width != indents_.back())
          lex_error("unindent does not match any outer indentation level", line_, col(), -1, true);
      }
      if (c == '%' || c == '!') {
        // IPython magic / shell line: one token with the whole line
        size_t e = p;
        while (e < s_.size() && s_[e] != '\n') ++e;
        std::string text = s_.substr(p, e - p);
        while (!text.empty() && (text.back() == '\r' || text.back() == ' ')) text.pop_back();
        emit(Tok::Magic, text, line_, col(), line_, col() + static_cast<int>(text.size()));
        pos_ = e;
      }
      return true;
    }
  }

  void lex_token() {
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    int start_col = col();
    // strings (with optional prefix)
    if (is_ident_start(c)) {
      size_t p = pos_;
      while (p < s_.size() && p - pos_ < 3 && std::strchr("rRbBfFuU", s_[p]) && s_[p]) ++p;
      if (p > pos_ && p < s_.size() && (s_[p] == '\'' || s_[p] == '"')) {
        std::string prefix = s_.substr(pos_, p - pos_);
        if (valid_prefix(prefix)) {
          lex_string(pos_, p);
          return;
        }
      }
      size_t e = pos_;
      while (e < s_.size() && is_ident_char(static_cast<unsigned char>(s_[e]))) ++e;
      std::string name = s_.substr(pos_, e - pos_);
      int width = static_cast<int>(e - pos_);
      if (check_identifier(name, start_col, &width)) name = nfkc_identifier(name);  // PEP 3131: 𝒳 is X
      emit(Tok::Name, name, line_, start_col, line_, start_col + width);
      pos_ = e;
      return;
    }
    if (c == '\'' || c == '"') {
      lex_string(pos_, pos_);
      return;
    }
    if (std::isdigit(c) || (c == '.' && pos_ + 1 < s_.size() && std::isdigit(static_cast<unsigned char>(s_[pos_ + 1])))) {
      lex_number();
      return;
    }
    for (int k = 0; kOps3[k]; ++k) {
      if (s_.compare(pos_, 3, kOps3[k]) == 0 && std::strlen(kOps3[k]) == 3) {
        emit(Tok::Op, kOps3[k], line_, start_col, line_, start_col + 3);
        pos_ += 3;
        return;
      }
    }
    for (int k = 0; kOps2[k]; ++k) {
      if (s_.compare(pos_, 2, kOps2[k]) == 0) {
        emit(Tok::Op, kOps2[k], line_, start_col, line_, start_col + 2);
        pos_ += 2;
        return;
      }
    }
    if (std::strchr(kOps1, c)) {
      if (c == '(' || c == '[' || c == '{') {
        brackets_.push_back(Bracket{static_cast<char>(c), line_, start_col});
        ++depth_;
      } else if (c == ')' || c == ']' || c == '}') {
        if (brackets_.empty()) lex_error(std::string("unmatched '") + static_cast<char>(c) + "'", line_, start_col);
        char open = brackets_.back().ch;
        char want = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (want != c) {
          std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                            "' does not match opening parenthesis '" + open + "'";
          if (brackets_.back().line != line_) msg += " on line " + std::to_string(brackets_.back().line);
          lex_error(msg, line_, start_col);
        }
        brackets_.pop_back();
        --depth_;
      }
      emit(Tok::Op, std::string(1, static_cast<char>(c)), line_, start_col, line_, start_col + 1);
      ++pos_;
      return;
    }
    if (c == '!' ) lex_error("invalid syntax", line_, start_col);
    if (c == '$' || c == '?' || c == '`') lex_error("invalid syntax", line_, start_col);
    // invalid character
    size_t e = pos_ + 1;
    while (e < s_.size() && (static_cast<unsigned char>(s_[e]) & 0xC0) == 0x80) ++e;
    std::string ch = s_.substr(pos_, e - pos_);
    uint32_t cp = decode_cp(ch);
    char buf[32];
    std::snprintf(buf, sizeof buf, "U+%04X", cp);
    lex_error("invalid character '" + ch + "' (" + buf + ")", line_, start_col);
  }

  static uint32_t decode_cp(const std::string& ch) {
    unsigned char c = static_cast<unsigned char>(ch[0]);
    uint32_t cp;
    size_t extra;
    if (c < 0x80) return c;
    if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; extra = 1; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; extra = 2; }
    else { cp = c & 0x07; extra = 3; }
    for (size_t k = 1; k <= extra && k < ch.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(ch[k]) & 0x3F);
    return cp;
  }

  // PEP 3131: every code point must be XID_Start (first) / XID_Continue (others). Returns
  // whether the name has non-ASCII characters (then it is NFKC-normalised); *width becomes
  // its length in code points (columns).
  bool check_identifier(const std::string& name, int start_col, int* width) {
    bool non_ascii = false;
    int k = 0;  // code point index
    for (size_t i = 0; i < name.size(); ++i, ++k) {
      unsigned char c = static_cast<unsigned char>(name[i]);
      if (c < 0x80) continue;
      non_ascii = true;
      size_t e = i + 1;
      while (e < name.size() && (static_cast<unsigned char>(name[e]) & 0xC0) == 0x80) ++e;
      std::string ch = name.substr(i, e - i);
      uint32_t cp = decode_cp(ch);
      if (!(k == 0 ? is_xid_start(cp) : is_xid_continue(cp))) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "U+%04X", cp);
        if (!cp_printable(cp)) lex_error(std::string("invalid non-printable character ") + buf, line_, start_col + k);
        lex_error("invalid character '" + ch + "' (" + buf + ")", line_, start_col + k);
      }
      i = e - 1;
    }
    *width = k;
    return non_ascii;
  }

  static bool valid_prefix(const std::string& p) {
    std::string l;
    for (char ch : p) l += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static const char* const ok[] = {"r", "b", "f", "u", "br", "rb", "fr", "rf", nullptr};
    for (int i = 0; ok[i]; ++i)
      if (l == ok[i]) return true;
    return false;
  }

  void lex_string(size_t start, size_t quote_pos) {
    int start_line = line_, start_col = static_cast<int>(start - line_start_);
    char q = s_[quote_pos];
    bool triple = s_.compare(quote_pos, 3, std::string(3, q)) == 0;
    size_t p = quote_pos + (triple ? 3 : 1);
    while (true) {
      if (p >= s_.size()) {
        if (triple)
          lex_error("unterminated triple-quoted string literal (detected at line " + std::to_string(line_) + ")",
                    start_line, start_col);
        lex_error("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                  start_col);
      }
      char c = s_[p];
      if (c == '\\') {
        if (p + 1 < s_.size() && s_[p + 1] == '\n') {
          p += 2;
          pos_ = p;
          new_line();
          continue;
        }
        p += 2;  // an escaped character never closes the string (raw strings too)
        continue;
      }
      if (c == '\n') {
        if (!triple)
          lex_error("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line,
                    start_col);
        ++p;
        pos_ = p;
        new_line();
        continue;
      }
      if (c == q) {
        if (!triple) {
          ++p;
          break;
        }
        if (s_.compare(p, 3, std::string(3, q)) == 0) {
          p += 3;
          break;
        }
      }
      ++p;
    }
    std::string text = s_.substr(start, p - start);
    pos_ = p;
    emit(Tok::String, text, start_line, start_col, line_, col());
  }

  void lex_number() {
    size_t p = pos_;
    int start_col = col();
    auto digits = [&](auto pred, bool allow_us) {
      bool any = false;
      while (p < s_.size()) {
        char c = s_[p];
        if (pred(c)) {
          any = true;
          ++p;
        } else if (c == '_' && allow_us && any && p + 1 < s_.size() && pred(s_[p + 1])) {
          ++p;
        } else {
          break;
        }
      }
      return any;
    };
    auto isdec = [](char c) { return c >= '0' && c <= '9'; };
    auto bad_tail = [&](const char* what) {
      if (p < s_.size() && (s_[p] == '_' || is_ident_char(static_cast<unsigned char>(s_[p]))))
        lex_error(std::string("invalid ") + what + " literal", line_, static_cast<int>(p - line_start_));
    };
    if (s_[p] == '0' && p + 1 < s_.size() && std::strchr("xXoObB", s_[p + 1])) {
      char k = static_cast<char>(std::tolower(static_cast<unsigned char>(s_[p + 1])));
      p += 2;
      if (p < s_.size() && s_[p] == '_') ++p;
      const char* what = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
      bool ok;
      if (k == 'x') ok = digits([](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; }, true);
      else if (k == 'o') ok = digits([](char c) { return c >= '0' && c <= '7'; }, true);
      else ok = digits([](char c) { return c == '0' || c == '1'; }, true);
      if (!ok) lex_error(std::string("invalid ") + what + " literal", line_, static_cast<int>(p - line_start_));
      if (p < s_.size() && isdec(s_[p]))
        lex_error(std::string("invalid digit '") + s_[p] + "' in " + what + " literal", line_,
                  static_cast<int>(p - line_start_));
      bad_tail(what);
    } else {
      bool is_float = false;
      digits(isdec, true);
      if (p < s_.size() && s_[p] == '_') lex_error("invalid decimal literal", line_, static_cast<int>(p - line_start_));
      if (p < s_.size() && s_[p] == '.') {
        is_float = true;
        ++p;
        digits(isdec, true);
      }
      if (p < s_.size() && (s_[p] == 'e' || s_[p] == 'E')) {
        size_t save = p;
        ++p;
        if (p < s_.size() && (s_[p] == '+' || s_[p] == '-')) ++p;
        if (!digits(isdec, true)) {
          p = save;
          lex_error("invalid decimal literal", line_, static_cast<int>(p - line_start_));
        }
        is_float = true;
      }
      if (p < s_.size() && (s_[p] == 'j' || s_[p] == 'J')) {  // imaginary literal (leading zeros allowed)
        ++p;
        is_float = true;
      }
      bad_tail("decimal");
      if (!is_float) {
        std::string t = s_.substr(pos_, p - pos_);
        if (t.size() > 1 && t[0] == '0') {
          for (char ch : t)
            if (ch != '0' && ch != '_')
              lex_error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line_, start_col, start_col + static_cast<int>(t.size()));
        }
      }
    }
    std::string text = s_.substr(pos_, p - pos_);
    emit(Tok::Number, text, line_, start_col, line_, start_col + static_cast<int>(text.size()));
    pos_ = p;
  }
};

}  // namespace

std::vector<Token> tokenize(const std::string& source) { return Lexer(source).run(); }

}  // namespace sl
