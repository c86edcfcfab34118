// parser_strings.cpp — string literals: adjacent-literal concatenation, escape decoding
// (\\n \\xhh \\uXXXX \\N{...} octal, raw and bytes rules), and f-strings: literal parts,
// replacement fields with !r/!s/!a, nested format specs and the self-documenting `=`.
#include "lang/parser_impl.hpp"

namespace sl {
namespace parse_detail {

namespace {
int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

ExprPtr Parser::parse_strings() {
  const Token& first = peek();
  std::vector<ExprPtr> parts;
  std::string pending;
  bool any_f = false, any_bytes = false, any_str = false;
  while (peek().kind == Tok::String) {
    const Token& t = next();
    size_t q = t.text.find_first_of("'\"");
    std::string prefix = t.text.substr(0, q);
    bool is_f = prefix.find_first_of("fF") != std::string::npos;
    bool is_b = prefix.find_first_of("bB") != std::string::npos;
    if (is_b) any_bytes = true;
    else any_str = true;
    if (any_bytes && any_str) syntax_error("cannot mix bytes and nonbytes literals", first.line, first.col, t.end_col);
    if (!is_f) {
      bool b;
      pending += decode_string_literal(t.text, &b, t.line, t.col);
      continue;
    }
    any_f = true;
    parse_fstring(t, prefix, parts, pending);
  }
  if (!any_f) {
    auto c = node<Constant>(first);
    c->value = any_bytes ? make_bytes(pending) : make_str(pending);
    set_end(c.get(), prev());
    return c;
  }
  if (!pending.empty()) {
    auto c = node<Constant>(first);
    c->value = make_str(pending);
    parts.push_back(std::move(c));
  }
  auto j = node<JoinedStr>(first);
  j->values = std::move(parts);
  set_end(j.get(), prev());
  return j;
}

ExprPtr Parser::parse_sub_expression(const std::string& text, const Token& t) {
  std::vector<Token> toks;
  try {
    toks = tokenize("(" + text + ")");
  } catch (LexError& e) {
    e.info.line = t.line;
    e.info.col = t.col;
    throw;
  }
  for (auto& tk : toks) {
    tk.line = t.line;
    tk.end_line = t.line;
    tk.col = t.col;
    tk.end_col = t.end_col;
  }
  Parser sub(std::move(toks), src_);
  sub.nest_ = nest_;
  return sub.parse_expression_only();
}

void Parser::parse_fstring_body(const std::string& body, bool raw, const Token& t, std::vector<ExprPtr>& parts,
                                  std::string& pending, int depth) {
  if (depth > 2) syntax_error("f-string: expressions nested too deeply", t.line, t.col);
  size_t i = 0, n = body.size();
  std::string lit;
  auto flush_lit = [&]() {
    if (lit.empty()) return;
    pending += decode_body(lit, raw, t);  // escapes of the literal part
    lit.clear();
  };
  while (i < n) {
    char c = body[i];
    if (c == '{') {
      if (i + 1 < n && body[i + 1] == '{') {
        lit += '{';
        i += 2;
        continue;
      }
      flush_lit();
      // find the end of the expression: matching '}' at depth 0, honoring brackets/strings
      size_t j = i + 1;
      int br = 0;
      char in_str = 0;
      size_t expr_end = std::string::npos, conv_pos = std::string::npos, spec_pos = std::string::npos;
      for (; j < n; ++j) {
        char d = body[j];
        if (in_str) {
          if (d == in_str) in_str = 0;
          continue;
        }
        if (d == '\'' || d == '"') {
          in_str = d;
          continue;
        }
        if (d == '(' || d == '[' || d == '{') ++br;
        else if ((d == ')' || d == ']' || d == '}') && br > 0) --br;
        else if (br == 0) {
          if (d == '}') {
            if (expr_end == std::string::npos) expr_end = j;
            break;
          }
          if (d == '!' && j + 1 < n && body[j + 1] != '=' && expr_end == std::string::npos) {
            expr_end = j;
            conv_pos = j;
          } else if (d == ':' && expr_end == std::string::npos) {
            expr_end = j;
            spec_pos = j;
            // spec runs to the matching '}' (may contain nested {})
            int sb = 0;
            for (++j; j < n; ++j) {
              if (body[j] == '{') ++sb;
              else if (body[j] == '}') {
                if (sb == 0) break;
                --sb;
              }
            }
            break;
          } else if (d == ':' && conv_pos != std::string::npos && spec_pos == std::string::npos) {
            spec_pos = j;
            int sb = 0;
            for (++j; j < n; ++j) {
              if (body[j] == '{') ++sb;
              else if (body[j] == '}') {
                if (sb == 0) break;
                --sb;
              }
            }
            break;
          }
        }
      }
      if (j >= n) syntax_error("f-string: expecting '}'", t.line, t.col);
      std::string expr_text = body.substr(i + 1, expr_end - i - 1);
      char conv = 0;
      if (conv_pos != std::string::npos) {
        size_t ce = spec_pos != std::string::npos ? spec_pos : j;
        std::string cs = body.substr(conv_pos + 1, ce - conv_pos - 1);
        if (cs != "r" && cs != "s" && cs != "a")
          syntax_error("f-string: invalid conversion character: expected 's', 'r', or 'a'", t.line, t.col);
        conv = cs[0];
      }
      std::string spec_text;
      bool has_spec = spec_pos != std::string::npos;
      if (has_spec) spec_text = body.substr(spec_pos + 1, j - spec_pos - 1);
      // self-documenting f"{x=}"
      std::string trimmed = expr_text;
      while (!trimmed.empty() && trimmed.back() == ' ') trimmed.pop_back();
      if (!trimmed.empty() && trimmed.back() == '=' &&
          (trimmed.size() < 2 || std::strchr("=!<>", trimmed[trimmed.size() - 2]) == nullptr)) {
        pending += expr_text;
        std::string e2 = trimmed.substr(0, trimmed.size() - 1);
        expr_text = e2;
        if (!conv && !has_spec) conv = 'r';
      }
      flush_pending(parts, pending, t);
      std::string stripped = expr_text;
      size_t a = stripped.find_first_not_of(" \t\n");
      if (a == std::string::npos) syntax_error("f-string: empty expression not allowed", t.line, t.col);
      auto fv = node<FormattedValue>(t);
      fv->value = parse_sub_expression(expr_text, t);
      fv->conversion = conv;
      if (has_spec) {
        auto js = node<JoinedStr>(t);
        std::string spec_pending;
        parse_fstring_body(spec_text, raw, t, js->values, spec_pending, depth + 1);
        if (!spec_pending.empty()) {
          auto c = node<Constant>(t);
          c->value = make_str(spec_pending);
          js->values.push_back(std::move(c));
        }
        fv->format_spec = std::move(js);
      }
      parts.push_back(std::move(fv));
      i = j + 1;
      continue;
    }
    if (c == '}') {
      if (i + 1 < n && body[i + 1] == '}') {
        lit += '}';
        i += 2;
        continue;
      }
      syntax_error("f-string: single '}' is not allowed", t.line, t.col);
    }
    lit += c;
    ++i;
  }
  flush_lit();
}

std::string decode_escapes(const std::string& body, bool raw, bool is_bytes_lit, int line, int col) {
  const bool* is_bytes = &is_bytes_lit;
  if (raw) return body;
  std::string out;
  out.reserve(body.size());
  for (size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c != '\\' || i + 1 >= body.size()) {
      out += c;
      continue;
    }
    char e = body[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        int h1 = i + 1 < body.size() ? hexval(body[i + 1]) : -1;
        int h2 = i + 2 < body.size() ? hexval(body[i + 2]) : -1;
        if (h1 < 0 || h2 < 0)
          syntax_error(std::string("(") + (*is_bytes ? "value" : "unicode") +
                           " error) " + (*is_bytes ? "invalid \\x escape at position " : "'unicodeescape' codec can't decode bytes in position ") +
                           std::to_string(i - 1) + (*is_bytes ? "" : "-" + std::to_string(i) + ": truncated \\xXX escape"),
                       line, col);
        int v = h1 * 16 + h2;
        if (*is_bytes) out += static_cast<char>(v);
        else out += utf8_from_codepoints(static_cast<uint32_t>(v));
        i += 2;
        break;
      }
      case 'u': case 'U': {
        if (*is_bytes) {
          out += '\\';
          out += e;
          break;
        }
        size_t len = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (size_t k = 1; k <= len; ++k) {
          int h = i + k < body.size() ? hexval(body[i + k]) : -1;
          if (h < 0)
            syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(i - 1) +
                             "-" + std::to_string(i + k - 1) + ": truncated \\" + e + std::string(len, 'X') + " escape",
                         line, col);
          v = v * 16 + static_cast<uint32_t>(h);
        }
        out += utf8_from_codepoints(v);
        i += len;
        break;
      }
      case 'N': {
        // \N{NAME}: only a few names are known
        size_t close = body.find('}', i);
        std::string nm = close != std::string::npos && i + 1 < body.size() && body[i + 1] == '{' ? body.substr(i + 2, close - i - 2) : "";
        static const std::pair<const char*, uint32_t> kNames[] = {
            {"GREEK SMALL LETTER ALPHA", 0x3b1}, {"GREEK SMALL LETTER BETA", 0x3b2}, {"GREEK SMALL LETTER MU", 0x3bc},
            {"GREEK SMALL LETTER PI", 0x3c0}, {"GREEK SMALL LETTER SIGMA", 0x3c3}, {"DEGREE SIGN", 0xb0},
            {"MICRO SIGN", 0xb5}, {"BULLET", 0x2022}, {"EM DASH", 0x2014}, {"EN DASH", 0x2013}};
        bool found = false;
        for (auto& kn : kNames)
          if (nm == kn.first) {
            out += utf8_from_codepoints(kn.second);
            found = true;
          }
        if (!found)
          syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + std::to_string(i - 1) +
                           "-" + std::to_string(close == std::string::npos ? i : close) + ": unknown Unicode character name",
                       line, col);
        i = close;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7'; ++k)
            v = v * 8 + (body[++i] - '0');
          if (*is_bytes) out += static_cast<char>(v & 0xFF);
          else out += utf8_from_codepoints(static_cast<uint32_t>(v));
        } else {
          out += '\\';
          out += e;
        }
    }
  }
  return out;
}

}  // namespace parse_detail

std::string decode_string_literal(const std::string& token, bool* is_bytes, int line, int col) {
  size_t q = token.find_first_of("'\"");
  std::string prefix = token.substr(0, q);
  bool raw = prefix.find_first_of("rR") != std::string::npos;
  *is_bytes = prefix.find_first_of("bB") != std::string::npos;
  char qc = token[q];
  size_t qlen = token.compare(q, 3, std::string(3, qc)) == 0 && token.size() >= q + 6 ? 3 : 1;
  std::string body = token.substr(q + qlen, token.size() - q - 2 * qlen);
  if (*is_bytes) {
    for (unsigned char ch : body)
      if (ch >= 0x80) parse_detail::syntax_error("bytes can only contain ASCII literal characters", line, col);
  }
  return parse_detail::decode_escapes(body, raw, *is_bytes, line, col);
}

}  // namespace sl
