// re_parse.cpp — Python regular-expression syntax to the engine's tree, following
// CPython 3.11's sre_parse: the same grammar (escapes, classes, repeats incl. lazy and
// possessive, groups and every (?...) extension, inline and scoped flags, verbose mode)
// and the same error messages and positions.
#include <map>

#include "lang/builtin_types.hpp"
#include "modules/stdlib/re_program.hpp"

namespace sl::rx {

namespace {

constexpr int64_t kMaxRepeat = 4294967295LL;

bool is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_octal(uint32_t c) { return c >= '0' && c <= '7'; }
int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

std::string to_utf8(const std::vector<uint32_t>& v, size_t a, size_t b) {
  std::string out;
  for (size_t i = a; i < b && i < v.size(); ++i) out += utf8_from_codepoints(v[i]);
  return out;
}

class Parser {
 public:
  Parser(const std::vector<uint32_t>& p, int flags, bool is_bytes) : p_(p), flags_(flags), bytes_(is_bytes) {}

  ParseResult run() {
    ParseResult r;
    global_flags_prefix();
    auto root = parse_alt(false, flags_);
    if (i_ < p_.size()) {
      if (p_[i_] == ')') fail("unbalanced parenthesis", static_cast<int64_t>(i_));
      fail("internal error", static_cast<int64_t>(i_));
    }
    r.root = std::move(root);
    r.sets = std::move(sets_);
    r.groups = groups_;
    r.names = std::move(names_);
    r.flags = flags_;
    return r;
  }

 private:
  const std::vector<uint32_t>& p_;
  size_t i_ = 0;
  int flags_;
  bool bytes_;
  int groups_ = 0;
  std::vector<std::pair<std::string, int>> names_;
  std::vector<int> open_groups_;
  std::vector<CharSet> sets_;
  int depth_ = 0;

  [[noreturn]] void fail(const std::string& msg, int64_t pos) { throw CompileError{msg, pos}; }

  bool at_end() const { return i_ >= p_.size(); }
  uint32_t peek(size_t k = 0) const { return i_ + k < p_.size() ? p_[i_ + k] : 0; }
  bool next_is(uint32_t c) const { return i_ < p_.size() && p_[i_] == c; }

  // flags written at the very start: (?imsx) — they apply to the whole pattern
  void global_flags_prefix() {
    size_t save = i_;
    while (i_ + 2 < p_.size() && p_[i_] == '(' && p_[i_ + 1] == '?' && flag_char(p_[i_ + 2])) {
      size_t j = i_ + 2;
      int add = 0;
      while (j < p_.size() && flag_char(p_[j])) add |= flag_bit(p_[j++]);
      if (j < p_.size() && p_[j] == ')') {
        flags_ |= add;
        i_ = j + 1;
        save = i_;
        if (flags_ & kVerbose) skip_verbose();
      } else {
        break;
      }
    }
    i_ = save;
  }

  static bool flag_char(uint32_t c) {
    return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x';
  }
  static int flag_bit(uint32_t c) {
    switch (c) {
      case 'a': return kAscii;
      case 'i': return kIgnoreCase;
      case 'L': return kLocale;
      case 'm': return kMultiline;
      case 's': return kDotAll;
      case 'u': return kUnicode;
      default: return kVerbose;
    }
  }

  void skip_verbose() {
    for (;;) {
      while (!at_end() && (p_[i_] == ' ' || p_[i_] == '\t' || p_[i_] == '\n' || p_[i_] == '\r' ||
                           p_[i_] == '\v' || p_[i_] == '\f'))
        ++i_;
      if (!at_end() && p_[i_] == '#') {
        while (!at_end() && p_[i_] != '\n') ++i_;
        continue;
      }
      return;
    }
  }

  std::unique_ptr<Node> node(Node::Kind k) {
    auto n = std::make_unique<Node>();
    n->kind = k;
    return n;
  }

  std::unique_ptr<Node> parse_alt(bool nested, int flags) {
    struct Depth {
      int& d;
      explicit Depth(int& x) : d(x) {
        if (++d > 200) throw CompileError{"too many nested groups", -1};
      }
      ~Depth() { --d; }
    } depth(depth_);
    std::vector<std::unique_ptr<Node>> alts;
    for (;;) {
      alts.push_back(parse_seq(flags));
      if (!at_end() && p_[i_] == '|') {
        ++i_;
        continue;
      }
      break;
    }
    (void)nested;
    if (alts.size() == 1) return std::move(alts[0]);
    auto n = node(Node::Alt);
    n->kids = std::move(alts);
    return n;
  }

  std::unique_ptr<Node> parse_seq(int flags) {
    auto seq = node(Node::Cat);
    for (;;) {
      if (flags & kVerbose) skip_verbose();
      if (at_end()) break;
      uint32_t c = p_[i_];
      if (c == '|' || c == ')') break;
      size_t here = i_;
      if (c == '*' || c == '+' || c == '?' || c == '{') {
        if (c == '{' && !brace_is_repeat()) {
          ++i_;
          seq->kids.push_back(literal('{', flags));
          continue;
        }
        if (seq->kids.empty() || seq->kids.back()->kind == Node::Assert) fail("nothing to repeat", static_cast<int64_t>(here));
        if (seq->kids.back()->kind == Node::Repeat && !seq->kids.back()->kids.empty() &&
            seq->kids.back()->group == -2)
          fail("multiple repeat", static_cast<int64_t>(here));
        apply_repeat(seq->kids.back(), flags);
        continue;
      }
      seq->kids.push_back(parse_atom(flags));
    }
    if (seq->kids.size() == 1) return std::move(seq->kids[0]);
    if (seq->kids.empty()) return node(Node::Empty);
    return seq;
  }

  // `{` starts a repeat only as {m}, {m,}, {,n} or {m,n}; otherwise it is a literal
  bool brace_is_repeat() const {
    size_t j = i_ + 1;
    bool lo = false, hi = false;
    while (j < p_.size() && is_ascii_digit(p_[j])) ++j, lo = true;
    if (j < p_.size() && p_[j] == ',') {
      ++j;
      while (j < p_.size() && is_ascii_digit(p_[j])) ++j, hi = true;
    }
    (void)hi;
    return j < p_.size() && p_[j] == '}' && (lo || j > i_ + 2 || (p_[i_ + 1] == ','));
  }

  // A repeat count. As sre_parse: a count >= MAXREPEAT (2**32 - 1) is an OverflowError, not a
  // re.error (digits beyond it only saturate, so the arithmetic cannot overflow).
  int64_t number(size_t a, size_t b) {
    int64_t v = 0;
    for (size_t k = a; k < b; ++k) {
      v = v * 10 + static_cast<int64_t>(p_[k] - '0');
      if (v >= kMaxRepeat) raise_overflow_error("the repetition number is too large");
    }
    return v;
  }

  void apply_repeat(std::unique_ptr<Node>& item, int flags) {
    (void)flags;
    uint32_t c = p_[i_];
    int64_t lo = 0, hi = -1;
    size_t here = i_;
    if (c == '*') {
      ++i_;
    } else if (c == '+') {
      lo = 1;
      ++i_;
    } else if (c == '?') {
      hi = 1;
      ++i_;
    } else {
      ++i_;
      size_t a = i_;
      while (is_ascii_digit(peek())) ++i_;
      size_t b = i_;
      lo = a == b ? 0 : number(a, b);
      if (next_is(',')) {
        ++i_;
        size_t c2 = i_;
        while (is_ascii_digit(peek())) ++i_;
        hi = c2 == i_ ? -1 : number(c2, i_);
      } else {
        hi = lo;
      }
      ++i_;  // '}'
      if (hi >= 0 && hi < lo) fail("min repeat greater than max repeat", static_cast<int64_t>(here + 1));
    }
    auto r = node(Node::Repeat);
    r->min = static_cast<int>(std::min<int64_t>(lo, INT32_MAX));
    r->max = hi < 0 ? -1 : static_cast<int>(std::min<int64_t>(hi, INT32_MAX));
    if (next_is('?')) {
      r->greedy = false;
      ++i_;
    } else if (next_is('+')) {
      r->possessive = true;
      ++i_;
    }
    r->group = -2;  // marks "this is a repeat" for the multiple-repeat check
    r->kids.push_back(std::move(item));
    item = std::move(r);
  }

  std::unique_ptr<Node> literal(uint32_t c, int flags) {
    auto n = node(Node::Literal);
    n->ch = c;
    n->icase = (flags & kIgnoreCase) != 0;
    return n;
  }

  std::unique_ptr<Node> class_node(uint8_t cls, int flags) {
    CharSet s;
    s.classes = cls;
    s.ascii = (flags & kAscii) != 0 || bytes_;
    sets_.push_back(s);
    auto n = node(Node::Set);
    n->set = static_cast<int>(sets_.size() - 1);
    return n;
  }

  std::unique_ptr<Node> assertion(AssertKind k) {
    auto n = node(Node::Assert);
    n->assert_kind = k;
    return n;
  }

  std::unique_ptr<Node> parse_atom(int flags) {
    size_t here = i_;
    uint32_t c = p_[i_++];
    switch (c) {
      case '.': {
        auto n = node(Node::Any);
        n->dotall = (flags & kDotAll) != 0;
        return n;
      }
      case '^': return assertion((flags & kMultiline) ? AssertKind::BolM : AssertKind::Bol);
      case '$': return assertion((flags & kMultiline) ? AssertKind::EolM : AssertKind::Eol);
      case '[': return parse_class(here, flags);
      case '(': return parse_group(here, flags);
      case '\\': return parse_escape(here, flags);
      default: return literal(c, flags);
    }
  }

  // a character escape usable in and out of classes; returns false if `e` is not one
  bool char_escape(uint32_t e, size_t here, uint32_t* out) {
    switch (e) {
      case 'a': *out = 7; return true;
      case 'b': *out = 8; return true;
      case 'f': *out = 12; return true;
      case 'n': *out = 10; return true;
      case 'r': *out = 13; return true;
      case 't': *out = 9; return true;
      case 'v': *out = 11; return true;
      case '\\': *out = '\\'; return true;
      case 'x': case 'u': case 'U': {
        if ((e == 'u' || e == 'U') && bytes_) return false;
        int need = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < need; ++k) {
          int h = hex_value(peek());
          if (h < 0) fail("incomplete escape \\" + to_utf8(p_, here + 1, i_ + (at_end() ? 0 : 0)), static_cast<int64_t>(here));
          v = v * 16 + static_cast<uint32_t>(h);
          ++i_;
        }
        if (e == 'U' && v > 0x10FFFF) fail("bad escape \\" + to_utf8(p_, here + 1, i_), static_cast<int64_t>(here));
        *out = v;
        return true;
      }
      case '0': {
        uint32_t v = 0;
        for (int k = 0; k < 2 && is_octal(peek()); ++k) v = v * 8 + (p_[i_++] - '0');
        *out = v;
        return true;
      }
      default: return false;
    }
  }

  std::unique_ptr<Node> parse_escape(size_t here, int flags) {
    if (at_end()) fail("bad escape (end of pattern)", static_cast<int64_t>(here));
    uint32_t e = p_[i_++];
    switch (e) {
      case 'A': return assertion(AssertKind::StartText);
      case 'Z': return assertion(AssertKind::EndText);
      case 'b': return assertion(AssertKind::WordB);
      case 'B': return assertion(AssertKind::NotWordB);
      case 'd': return class_node(CharSet::Digit, flags);
      case 'D': return class_node(CharSet::NotDigit, flags);
      case 'w': return class_node(CharSet::Word, flags);
      case 'W': return class_node(CharSet::NotWord, flags);
      case 's': return class_node(CharSet::Space, flags);
      case 'S': return class_node(CharSet::NotSpace, flags);
      default: break;
    }
    if (e >= '1' && e <= '9') {
      // \123 with three octal digits is a character; otherwise a group reference
      if (is_octal(e) && is_octal(peek()) && is_octal(peek(1))) {
        uint32_t v = (e - '0') * 64 + (p_[i_] - '0') * 8 + (p_[i_ + 1] - '0');
        i_ += 2;
        if (v > 0377) fail("octal escape value \\" + to_utf8(p_, here + 1, i_) + " outside of range 0-0o377",
                           static_cast<int64_t>(here));
        return literal(v, flags);
      }
      int g = static_cast<int>(e - '0');
      if (is_ascii_digit(peek())) g = g * 10 + static_cast<int>(p_[i_++] - '0');
      return backref(g, here + 1, flags);
    }
    uint32_t ch;
    if (char_escape(e, here, &ch)) return literal(ch, flags);
    if (is_ascii_letter(e) || is_ascii_digit(e)) fail("bad escape \\" + to_utf8(p_, here + 1, i_), static_cast<int64_t>(here));
    return literal(e, flags);
  }

  std::unique_ptr<Node> backref(int g, size_t pos, int flags) {
    if (g > groups_) fail("invalid group reference " + std::to_string(g), static_cast<int64_t>(pos));
    for (int open : open_groups_)
      if (open == g) fail("cannot refer to an open group", static_cast<int64_t>(pos - 1));
    auto n = node(Node::Backref);
    n->group = g;
    n->icase = (flags & kIgnoreCase) != 0;
    return n;
  }

  std::unique_ptr<Node> parse_class(size_t here, int flags) {
    CharSet s;
    s.icase = (flags & kIgnoreCase) != 0;
    s.ascii = (flags & kAscii) != 0 || bytes_;
    if (next_is('^')) {
      s.negate = true;
      ++i_;
    }
    bool first = true;
    for (;;) {
      if (at_end()) fail("unterminated character set", static_cast<int64_t>(here));
      uint32_t c = p_[i_];
      if (c == ']' && !first) {
        ++i_;
        break;
      }
      first = false;
      size_t item_pos = i_;
      uint32_t lo = 0;
      bool is_char = class_item(&lo, &s);
      if (next_is('-') && i_ + 1 < p_.size() && p_[i_ + 1] != ']') {
        ++i_;
        size_t hi_pos = i_;
        uint32_t hi = 0;
        CharSet dummy;
        bool hi_char = class_item(&hi, &dummy);
        if (!is_char || !hi_char)
          fail("bad character range " + to_utf8(p_, item_pos, i_), static_cast<int64_t>(item_pos));
        (void)hi_pos;
        if (hi < lo) fail("bad character range " + to_utf8(p_, item_pos, i_), static_cast<int64_t>(item_pos));
        s.ranges.push_back({lo, hi});
      } else if (is_char) {
        s.ranges.push_back({lo, lo});
      }
    }
    sets_.push_back(std::move(s));
    auto n = node(Node::Set);
    n->set = static_cast<int>(sets_.size() - 1);
    return n;
  }

  // one class member: a character (true, *out) or a \d-like class added to s (false)
  bool class_item(uint32_t* out, CharSet* s) {
    size_t here = i_;
    uint32_t c = p_[i_++];
    if (c != '\\') {
      *out = c;
      return true;
    }
    if (at_end()) fail("unterminated character set", static_cast<int64_t>(here));
    uint32_t e = p_[i_++];
    switch (e) {
      case 'd': s->classes |= CharSet::Digit; return false;
      case 'D': s->classes |= CharSet::NotDigit; return false;
      case 'w': s->classes |= CharSet::Word; return false;
      case 'W': s->classes |= CharSet::NotWord; return false;
      case 's': s->classes |= CharSet::Space; return false;
      case 'S': s->classes |= CharSet::NotSpace; return false;
      default: break;
    }
    if (is_octal(e)) {
      uint32_t v = e - '0';
      for (int k = 0; k < 2 && is_octal(peek()); ++k) v = v * 8 + (p_[i_++] - '0');
      if (v > 0377) fail("octal escape value \\" + to_utf8(p_, here + 1, i_) + " outside of range 0-0o377",
                         static_cast<int64_t>(here));
      *out = v;
      return true;
    }
    if (char_escape(e, here, out)) return true;
    if (is_ascii_letter(e) || is_ascii_digit(e)) fail("bad escape \\" + to_utf8(p_, here + 1, i_), static_cast<int64_t>(here));
    *out = e;
    return true;
  }

  std::string group_name(uint32_t terminator, size_t* name_pos) {
    *name_pos = i_;
    size_t start = i_;
    while (!at_end() && p_[i_] != terminator) ++i_;
    if (at_end()) fail(std::string("missing ") + (terminator == '>' ? ">" : ")") + ", unterminated name",
                       static_cast<int64_t>(start));
    std::string name = to_utf8(p_, start, i_);
    ++i_;
    if (name.empty()) fail("missing group name", static_cast<int64_t>(start));
    bool ok = true;
    for (size_t k = start; k + 1 < i_; ++k) {
      uint32_t ch = p_[k];
      bool valid = ch == '_' || is_ascii_letter(ch) || ch >= 0x80 || (k > start && is_ascii_digit(ch));
      if (!valid) ok = false;
    }
    if (!ok) fail("bad character in group name '" + name + "'", static_cast<int64_t>(start));
    return name;
  }

  int lookup_name(const std::string& name, size_t pos) {
    for (auto& n : names_)
      if (n.first == name) return n.second;
    fail("unknown group name '" + name + "'", static_cast<int64_t>(pos));
  }

  void expect_close(size_t open_pos) {
    if (!next_is(')')) fail("missing ), unterminated subpattern", static_cast<int64_t>(open_pos));
    ++i_;
  }

  std::unique_ptr<Node> capture(size_t open_pos, int flags, const std::string& name, size_t name_pos) {
    int g = ++groups_;
    if (!name.empty()) {
      for (auto& n : names_)
        if (n.first == name)
          fail("redefinition of group name '" + name + "' as group " + std::to_string(g) + "; was group " +
                   std::to_string(n.second),
               static_cast<int64_t>(name_pos));
      names_.push_back({name, g});
    }
    open_groups_.push_back(g);
    auto body = parse_alt(true, flags);
    open_groups_.pop_back();
    expect_close(open_pos);
    auto n = node(Node::Group);
    n->group = g;
    n->kids.push_back(std::move(body));
    return n;
  }

  std::unique_ptr<Node> parse_group(size_t here, int flags) {
    if (!next_is('?')) return capture(here, flags, "", 0);
    size_t q = i_;
    ++i_;
    if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(i_));
    uint32_t c = p_[i_++];
    switch (c) {
      case ':': {
        auto body = parse_alt(true, flags);
        expect_close(here);
        return body;
      }
      case 'P': {
        if (next_is('<')) {
          ++i_;
          size_t np;
          std::string name = group_name('>', &np);
          return capture(here, flags, name, np);
        }
        if (next_is('=')) {
          ++i_;
          size_t np;
          std::string name = group_name(')', &np);
          int g = lookup_name(name, np);
          for (int open : open_groups_)
            if (open == g) fail("cannot refer to an open group", static_cast<int64_t>(np));
          auto n = node(Node::Backref);
          n->group = g;
          n->icase = (flags & kIgnoreCase) != 0;
          return n;
        }
        if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(i_));
        fail("unknown extension ?P" + to_utf8(p_, i_, i_ + 1), static_cast<int64_t>(q));
      }
      case '#': {
        while (!at_end() && p_[i_] != ')') ++i_;
        if (at_end()) fail("missing ), unterminated comment", static_cast<int64_t>(here));
        ++i_;
        return node(Node::Empty);
      }
      case '=': case '!': return look(here, flags, false, c == '!');
      case '<': {
        if (next_is('=') || next_is('!')) {
          bool neg = p_[i_++] == '!';
          return look(here, flags, true, neg);
        }
        if (at_end()) fail("unexpected end of pattern", static_cast<int64_t>(i_));
        fail("unknown extension ?<" + to_utf8(p_, i_, i_ + 1), static_cast<int64_t>(q));
      }
      case '>': {
        auto body = parse_alt(true, flags);
        expect_close(here);
        auto n = node(Node::Atomic);
        n->kids.push_back(std::move(body));
        return n;
      }
      case '(': return conditional(here, flags);
      default: break;
    }
    if (flag_char(c) || c == '-') {
      --i_;
      return scoped_flags(here, q, flags);
    }
    fail("unknown extension ?" + to_utf8(p_, i_ - 1, i_), static_cast<int64_t>(q));
  }

  std::unique_ptr<Node> look(size_t here, int flags, bool behind, bool negative) {
    auto body = parse_alt(true, flags);
    expect_close(here);
    auto n = node(Node::Look);
    n->behind = behind;
    n->negative = negative;
    n->kids.push_back(std::move(body));
    return n;
  }

  std::unique_ptr<Node> conditional(size_t here, int flags) {
    size_t start = i_;
    while (!at_end() && p_[i_] != ')') ++i_;
    if (at_end()) fail("missing ), unterminated name", static_cast<int64_t>(start));
    std::string ref = to_utf8(p_, start, i_);
    ++i_;
    int g = -1;
    bool digits = !ref.empty();
    for (char ch : ref) digits = digits && ch >= '0' && ch <= '9';
    if (digits) {
      g = std::stoi(ref.size() > 9 ? std::string("999999999") : ref);
      if (g == 0) fail("bad group number", static_cast<int64_t>(start));
      if (g > groups_) fail("invalid group reference " + std::to_string(g), static_cast<int64_t>(start));
    } else {
      if (ref.empty()) fail("missing group name", static_cast<int64_t>(start));
      g = lookup_name(ref, start);
    }
    auto yes = parse_seq(flags);
    std::unique_ptr<Node> no;
    if (next_is('|')) {
      ++i_;
      no = parse_seq(flags);
      if (next_is('|')) fail("conditional backref with more than two branches", static_cast<int64_t>(i_));
    }
    expect_close(here);
    auto n = node(Node::Cond);
    n->group = g;
    n->kids.push_back(std::move(yes));
    if (no) n->kids.push_back(std::move(no));
    return n;
  }

  // (?imsx-imsx:...) scoped flags, or (?imsx) global flags (only at the very start)
  std::unique_ptr<Node> scoped_flags(size_t here, size_t q, int flags) {
    int add = 0, remove = 0;
    while (!at_end() && flag_char(p_[i_])) add |= flag_bit(p_[i_++]);
    if (next_is('-')) {
      ++i_;
      if (at_end() || !flag_char(p_[i_])) fail("missing flag", static_cast<int64_t>(i_));
      while (!at_end() && flag_char(p_[i_])) remove |= flag_bit(p_[i_++]);
    }
    if (next_is(')')) {
      (void)q;
      fail("global flags not at the start of the expression", static_cast<int64_t>(here));
    }
    if (!next_is(':')) {
      if (at_end()) fail("missing -, : or )", static_cast<int64_t>(i_));
      fail("unknown flag", static_cast<int64_t>(i_));
    }
    ++i_;
    auto body = parse_alt(true, (flags | add) & ~remove);
    expect_close(here);
    return body;
  }
};

}  // namespace

ParseResult parse(const std::vector<uint32_t>& pattern, int flags, bool is_bytes) {
  Parser p(pattern, flags, is_bytes);
  return p.run();
}

}  // namespace sl::rx
