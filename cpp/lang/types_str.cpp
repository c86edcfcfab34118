// types_str.cpp — str (UTF-8 storage, code-point semantics for len/indexing/slicing) and a
// minimal bytes: repr with CPython's quoting, concatenation/repetition/%-formatting,
// comparison, and the common methods. Case mapping and character classes are ASCII-only
// (non-ASCII characters are left unchanged / count as alphabetic when letters).
#include <algorithm>
#include <cstring>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "core/extent.hpp"

namespace sl {


namespace {

inline StrObject* S(const ObjPtr& o) { return static_cast<StrObject*>(o.get()); }

const std::string& self_str(const ObjPtr& self) { return str_value(self); }

const std::string& arg_str(const ObjPtr& o, const char* fname) {
  if (!is_str(o)) raise_type_error(std::string(fname) + "() argument must be str, not " + type_name(o));
  return str_value(o);
}

// Byte offset of code point index `cp` in `s` (ASCII fast path).
size_t cp_to_byte(const StrObject* s, int64_t cp) {
  if (s->ascii) return static_cast<size_t>(cp);
  size_t i = 0;
  int64_t k = 0;
  while (i < s->value.size() && k < cp) {
    ++i;
    while (i < s->value.size() && (static_cast<unsigned char>(s->value[i]) & 0xC0) == 0x80) ++i;
    ++k;
  }
  return i;
}
int64_t byte_to_cp(const StrObject* s, size_t b) {
  if (s->ascii) return static_cast<int64_t>(b);
  int64_t k = 0;
  for (size_t i = 0; i < b && i < s->value.size(); ++i)
    if ((static_cast<unsigned char>(s->value[i]) & 0xC0) != 0x80) ++k;
  return k;
}

// Optional start/end arguments (slice semantics) as byte offsets.
void start_end(const StrObject* s, PosArgs args, size_t first, size_t* b0, size_t* b1) {
  int64_t n = s->length, a = 0, e = n;
  auto norm = [n](int64_t x) {
    if (x < 0) x += n;
    return std::max<int64_t>(0, std::min(x, n));
  };
  if (args.size() > first && !is_none(args[first])) a = norm(to_int64(args[first]));
  if (args.size() > first + 1 && !is_none(args[first + 1])) e = norm(to_int64(args[first + 1]));
  *b0 = cp_to_byte(s, a);
  *b1 = cp_to_byte(s, std::max(a, e));
}

ObjPtr str_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  StrObject* s = S(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t cnt = cast<SliceObject>(key)->indices(s->length, &start, &stop, &step);
    if (s->ascii) {
      if (step == 1) return make_str(s->value.substr(static_cast<size_t>(start), static_cast<size_t>(cnt)));
      std::string out;
      out.reserve(alloc_count(cnt));
      for (int64_t i = 0, j = start; i < cnt; ++i, j += step) out += s->value[static_cast<size_t>(j)];
      return make_str(std::move(out));
    }
    std::vector<uint32_t> cps = utf8_codepoints(s->value), out;
    for (int64_t i = 0, j = start; i < cnt; ++i, j += step) out.push_back(cps[static_cast<size_t>(j)]);
    return make_str(utf8_from_codepoints(out));
  }
  if (!has_index(key))
    raise_type_error("string indices must be integers, not '" + type_name(key) + "'");
  int64_t i = to_index_int64(key, ErrorType::IndexError);
  if (i < 0) i += s->length;
  if (i < 0 || i >= s->length) raise_index_error("string index out of range");
  if (s->ascii) return make_str(std::string(1, s->value[static_cast<size_t>(i)]));
  size_t b = cp_to_byte(s, i), e = b + 1;
  while (e < s->value.size() && (static_cast<unsigned char>(s->value[e]) & 0xC0) == 0x80) ++e;
  return make_str(s->value.substr(b, e - b));
}

struct StrIter : Object {
  ObjPtr s;
  size_t pos = 0;
  StrIter(TypeObject* t, ObjPtr str) : Object(t), s(std::move(str)) {}
};
TypeObject* str_iter_type;
TypeObject* str_ascii_iter_type;  // CPython 3.11 names the iterator of an ASCII str differently

std::string repeat(const std::string& s, int64_t n) {
  if (n <= 0 || s.empty()) return "";
  if (static_cast<double>(s.size()) * static_cast<double>(n) > 1e9) raise_memory_error("");
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int64_t i = 0; i < n; ++i) out += s;
  return out;
}

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

std::vector<ObjPtr> split_ws(const std::string& s, int64_t maxsplit) {
  std::vector<ObjPtr> out;
  size_t i = 0, n = s.size();
  while (true) {
    while (i < n && is_ws(s[i])) ++i;
    if (i >= n) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.push_back(make_str(s.substr(i)));  // the remainder keeps its trailing whitespace
      break;
    }
    size_t j = i;
    while (j < n && !is_ws(s[j])) ++j;
    out.push_back(make_str(s.substr(i, j - i)));
    i = j;
  }
  return out;
}

std::vector<ObjPtr> rsplit_ws(const std::string& s, int64_t maxsplit) {
  std::vector<ObjPtr> out;
  int64_t i = static_cast<int64_t>(s.size()) - 1;
  while (true) {
    while (i >= 0 && is_ws(s[static_cast<size_t>(i)])) --i;
    if (i < 0) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.push_back(make_str(s.substr(0, static_cast<size_t>(i) + 1)));  // keeps leading whitespace
      break;
    }
    int64_t j = i;
    while (j >= 0 && !is_ws(s[static_cast<size_t>(j)])) --j;
    out.push_back(make_str(s.substr(static_cast<size_t>(j + 1), static_cast<size_t>(i - j))));
    i = j;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

std::string strip_chars(const std::string& s, const ObjPtr& chars_arg, bool left, bool right) {
  size_t a = 0, b = s.size();
  if (!chars_arg || is_none(chars_arg)) {
    if (left) while (a < b && is_ws(s[a])) ++a;
    if (right) while (b > a && is_ws(s[b - 1])) --b;
    return s.substr(a, b - a);
  }
  std::vector<uint32_t> cps = utf8_codepoints(s);
  std::vector<uint32_t> set = utf8_codepoints(arg_str(chars_arg, "strip"));
  size_t x = 0, y = cps.size();
  auto in = [&](uint32_t c) { return std::find(set.begin(), set.end(), c) != set.end(); };
  if (left) while (x < y && in(cps[x])) ++x;
  if (right) while (y > x && in(cps[y - 1])) --y;
  return utf8_from_codepoints(std::vector<uint32_t>(cps.begin() + x, cps.begin() + y));
}

template <class Pred>
ObjPtr all_cps(const std::string& s, Pred p) {
  if (s.empty()) return False();
  for (uint32_t c : utf8_codepoints(s))
    if (!p(c)) return False();
  return True();
}

template <class Pred>
ObjPtr all_chars(const std::string& s, Pred p) {
  if (s.empty()) return False();
  for (unsigned char c : s)
    if (!p(c)) return False();
  return True();
}

int64_t count_sub(const std::string& s, const std::string& sub, size_t b0, size_t b1) {
  if (sub.empty()) return static_cast<int64_t>(b1 - b0) + 1;  // approx for non-ASCII
  int64_t n = 0;
  size_t pos = b0;
  while (pos + sub.size() <= b1) {
    size_t f = s.find(sub, pos);
    if (f == std::string::npos || f + sub.size() > b1) break;
    ++n;
    pos = f + sub.size();
  }
  return n;
}

std::string replace_all(const std::string& s, const std::string& old, const std::string& nw, int64_t count) {
  if (old.empty()) {
    std::vector<uint32_t> cps = utf8_codepoints(s);
    std::string out;
    int64_t done = 0;
    for (size_t i = 0; i <= cps.size(); ++i) {
      if (count < 0 || done < count) {
        out += nw;
        ++done;
      }
      if (i < cps.size()) out += utf8_from_codepoints(cps[i]);
    }
    return out;
  }
  std::string out;
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t f = s.find(old, pos);
    if (f == std::string::npos) break;
    out.append(s, pos, f - pos);
    out += nw;
    pos = f + old.size();
    ++done;
  }
  out.append(s, pos, std::string::npos);
  return out;
}

#define STR_METHOD(name) add_method(str_type, name, [](Interpreter & in, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr
#define END_METHOD )

char lower_c(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
char upper_c(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

}  // namespace

// Case mapping for the common alphabets (ASCII, Latin-1, Latin Extended-A, Greek,
// Cyrillic); other code points are caseless here. (Also used by the re module.)
uint32_t cp_lower(uint32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper) return (c & 1) ? c + 1 : c;
    return (c & 1) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}
uint32_t cp_upper(uint32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0xB5) return 0x39C;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17F) {
    bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if (odd_upper) return (c & 1) ? c : c - 1;
    return (c & 1) ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3C9 && c != 0x3C2) return c - 32;
  if (c == 0x3C2) return 0x3A3;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}
bool cp_is_upper(uint32_t c) { return cp_lower(c) != c; }
bool cp_is_lower(uint32_t c) { return cp_upper(c) != c || c == 0xDF; }
bool cp_is_alpha(uint32_t c) {
  if (c < 0x80) return std::isalpha(static_cast<int>(c)) != 0;
  return cp_is_upper(c) || cp_is_lower(c) || c == 0xAA || c == 0xBA || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7A3);
}

namespace {

enum class CaseOp { Upper, Lower, Swap, Capitalize, Title };
std::string map_case(const std::string& s, CaseOp op) {
  std::string out;
  out.reserve(s.size());
  bool prev_cased = false;
  bool first = true;
  for (uint32_t c : utf8_codepoints(s)) {
    uint32_t r = c;
    switch (op) {
      case CaseOp::Upper:
        if (c == 0xDF) {
          out += "SS";
          continue;
        }
        r = cp_upper(c);
        break;
      case CaseOp::Lower: r = cp_lower(c); break;
      case CaseOp::Swap:
        if (c == 0xDF) {
          out += "SS";
          continue;
        }
        r = cp_is_upper(c) ? cp_lower(c) : cp_upper(c);
        break;
      case CaseOp::Capitalize: r = first ? cp_upper(c) : cp_lower(c); break;
      case CaseOp::Title: {
        bool cased = cp_is_upper(c) || cp_is_lower(c);
        r = cased ? (prev_cased ? cp_lower(c) : cp_upper(c)) : c;
        prev_cased = cased;
        break;
      }
    }
    first = false;
    out += utf8_from_codepoints(r);
  }
  return out;
}

ObjPtr pad_method(const ObjPtr& self, PosArgs args, const char* name, int mode) {
  check_nargs(name, args, 1, 2);
  int64_t width = to_int64(args[0]);
  std::string fill = " ";
  if (args.size() > 1) {
    if (!is_str(args[1]) || cast<StrObject>(args[1])->length != 1)
      raise_type_error(std::string("The fill character must be exactly one character long"));
    fill = str_value(args[1]);
  }
  StrObject* s = S(self);
  int64_t extra = width - s->length;
  if (extra <= 0) return self;
  if (extra > (int64_t(1) << 30)) raise_memory_error("");
  int64_t left = 0;
  if (mode == 0) left = extra / 2 + (extra & width & 1);  // center: CPython's rule
  else if (mode == 1) left = 0;                           // ljust
  else left = extra;                                      // rjust
  std::string out;
  for (int64_t i = 0; i < left; ++i) out += fill;
  out += s->value;
  for (int64_t i = 0; i < extra - left; ++i) out += fill;
  return make_str(out);
}

bool prefix_match(const ObjPtr& self, const ObjPtr& arg, PosArgs args, bool suffix, const char* fname) {
  StrObject* s = S(self);
  size_t b0, b1;
  start_end(s, args, 1, &b0, &b1);
  std::string hay = s->value.substr(b0, b1 - b0);
  auto one = [&](const ObjPtr& p) {
    if (!is_str(p))
      raise_type_error(std::string(fname) + " first arg must be str or a tuple of str, not " + type_name(p));
    const std::string& x = str_value(p);
    if (x.size() > hay.size()) return false;
    return suffix ? hay.compare(hay.size() - x.size(), x.size(), x) == 0 : hay.compare(0, x.size(), x) == 0;
  };
  if (is_tuple(arg)) {
    for (auto& p : tuple_items(arg))
      if (one(p)) return true;
    return false;
  }
  return one(arg);
}

ObjPtr find_impl(const ObjPtr& self, PosArgs args, bool reverse, bool raise_missing, const char* fname) {
  check_nargs(fname, args, 1, 3);
  StrObject* s = S(self);
  const std::string& sub = arg_str(args[0], fname);
  size_t b0, b1;
  start_end(s, args, 1, &b0, &b1);
  size_t pos = std::string::npos;
  if (sub.size() <= b1 - b0) {
    if (reverse) {
      size_t f = s->value.rfind(sub, b1 - sub.size());
      if (f != std::string::npos && f >= b0) pos = f;
    } else {
      size_t f = s->value.find(sub, b0);
      if (f != std::string::npos && f + sub.size() <= b1) pos = f;
    }
  }
  if (pos == std::string::npos) {
    if (raise_missing) raise_value_error("substring not found");
    return make_int(-1);
  }
  return make_int(byte_to_cp(s, pos));
}

}  // namespace

void init_str_type() {
  str_iter_type = new_type("str_iterator", "builtins");
  str_iter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  str_iter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<StrIter*>(self.get());
    const std::string& s = str_value(it->s);
    if (it->pos >= s.size()) return nullptr;
    size_t b = it->pos, e = b + 1;
    while (e < s.size() && (static_cast<unsigned char>(s[e]) & 0xC0) == 0x80) ++e;
    it->pos = e;
    return make_str(s.substr(b, e - b));
  };

  str_ascii_iter_type = new_type("str_ascii_iterator", "builtins");
  str_ascii_iter_type->iter = str_iter_type->iter;
  str_ascii_iter_type->next = str_iter_type->next;

  TypeObject* t = str_type;
  t->repr = [](Interpreter&, const ObjPtr& self) { return make_str(str_repr(str_value(self))); };
  t->str = [](Interpreter&, const ObjPtr& self) { return self; };
  t->hash = [](Interpreter&, const ObjPtr& self) { return hash(self); };
  t->len = [](Interpreter&, const ObjPtr& self) { return S(self)->length; };
  t->getitem = str_getitem;
  t->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return make_object<StrIter>(S(self)->ascii ? str_ascii_iter_type : str_iter_type, self);
  };
  t->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    if (!is_str(item))
      raise_type_error("'in <string>' requires string as left operand, not " + type_name(item));
    return str_value(self).find(str_value(item)) != std::string::npos;
  };
  t->binop[static_cast<int>(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_str(b)) return NotImplemented();
    return make_str(str_value(a) + str_value(b));
  };
  t->binop[static_cast<int>(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    return make_str(repeat(str_value(a), to_index_int64(b, ErrorType::OverflowError)));
  };
  t->rbinop[static_cast<int>(BinOp::Mul)] = t->binop[static_cast<int>(BinOp::Mul)];
  t->binop[static_cast<int>(BinOp::Mod)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    return str_percent_format(str_value(a), b);
  };
  static const BinaryFn cmps[kNumCmpOps] = {
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) < str_value(b)) : NotImplemented(); },
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) <= str_value(b)) : NotImplemented(); },
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) == str_value(b)) : NotImplemented(); },
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) != str_value(b)) : NotImplemented(); },
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) > str_value(b)) : NotImplemented(); },
      [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr { return is_str(b) ? make_bool(str_value(a) >= str_value(b)) : NotImplemented(); },
  };
  for (int k = 0; k < kNumCmpOps; ++k) t->compare[k] = cmps[k];
  t->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    static const Signature sig("str", {"object=", "encoding=", "errors="});
    if (args.size() > 3) raise_type_error("str() takes at most 3 arguments (" + std::to_string(args.size()) + " given)");
    BoundArgs a = sig.bind(args, kwargs);
    if (!a.has(0)) return make_str("");
    if (a.has(1) || a.has(2)) {
      if (is_str(a[0])) raise_type_error("decoding str is not supported");
      if (!is_bytes(a[0])) raise_type_error("decoding to str: need a bytes-like object, " + type_name(a[0]) + " found");
      return make_str(codec_decode(cast<BytesObject>(a[0])->value,
                                   a.has(1) ? to_str(a[1], "str() argument 'encoding'") : "utf-8",
                                   a.has(2) ? to_str(a[2], "str() argument 'errors'") : "strict"));
    }
    return make_str(str(a[0]));
  };

  // --- methods
  STR_METHOD("split") {
    static const Signature sig("split", {"sep=", "maxsplit="});
    BoundArgs a = sig.bind(args, kwargs);
    int64_t maxsplit = a.given(1) ? to_int64(a[1]) : -1;
    const std::string& s = self_str(self);
    if (!a.given(0)) return make_list(split_ws(s, maxsplit));
    const std::string& sep = arg_str(a[0], "split");
    if (sep.empty()) raise_value_error("empty separator");
    std::vector<ObjPtr> out;
    size_t pos = 0;
    while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
      size_t f = s.find(sep, pos);
      if (f == std::string::npos) break;
      out.push_back(make_str(s.substr(pos, f - pos)));
      pos = f + sep.size();
    }
    out.push_back(make_str(s.substr(pos)));
    return make_list(std::move(out));
  } END_METHOD;
  STR_METHOD("rsplit") {
    static const Signature sig("rsplit", {"sep=", "maxsplit="});
    BoundArgs a = sig.bind(args, kwargs);
    int64_t maxsplit = a.given(1) ? to_int64(a[1]) : -1;
    const std::string& s = self_str(self);
    if (!a.given(0)) return make_list(rsplit_ws(s, maxsplit));
    const std::string& sep = arg_str(a[0], "rsplit");
    if (sep.empty()) raise_value_error("empty separator");
    std::vector<ObjPtr> out;
    size_t end = s.size();
    while (maxsplit < 0 || static_cast<int64_t>(out.size()) < maxsplit) {
      if (end < sep.size()) break;
      size_t f = s.rfind(sep, end - sep.size());
      if (f == std::string::npos) break;
      out.push_back(make_str(s.substr(f + sep.size(), end - f - sep.size())));
      end = f;
    }
    out.push_back(make_str(s.substr(0, end)));
    std::reverse(out.begin(), out.end());
    return make_list(std::move(out));
  } END_METHOD;
  STR_METHOD("splitlines") {
    static const Signature sig("splitlines", {"keepends="});
    BoundArgs a = sig.bind(args, kwargs);
    bool keep = a.given(0) && is_true(a[0]);
    const std::string& s = self_str(self);
    std::vector<ObjPtr> out;
    size_t i = 0, start = 0;
    while (i < s.size()) {
      if (s[i] == '\n' || s[i] == '\r') {
        size_t eol = i + 1;
        if (s[i] == '\r' && eol < s.size() && s[eol] == '\n') ++eol;
        out.push_back(make_str(s.substr(start, (keep ? eol : i) - start)));
        start = i = eol;
      } else {
        ++i;
      }
    }
    if (start < s.size()) out.push_back(make_str(s.substr(start)));
    return make_list(std::move(out));
  } END_METHOD;
  STR_METHOD("join") {
    check_nargs("join", args, 1, 1);
    const std::string& sep = self_str(self);
    std::string out;
    size_t i = 0;
    if (!find_slot(args[0]->type(), &TypeObject::iter) && !find_slot(args[0]->type(), &TypeObject::getitem) &&
        !type_lookup(args[0]->type(), "__iter__") && !type_lookup(args[0]->type(), "__getitem__"))
      raise_type_error("can only join an iterable");
    for_each(args[0], [&](const ObjPtr& x) {
      if (!is_str(x))
        raise_type_error("sequence item " + std::to_string(i) + ": expected str instance, " + type_name(x) + " found");
      if (i++) out += sep;
      out += str_value(x);
      return true;
    });
    return make_str(std::move(out));
  } END_METHOD;
  STR_METHOD("strip") { check_nargs("strip", args, 0, 1); return make_str(strip_chars(self_str(self), args.empty() ? nullptr : args[0], true, true)); } END_METHOD;
  STR_METHOD("lstrip") { check_nargs("lstrip", args, 0, 1); return make_str(strip_chars(self_str(self), args.empty() ? nullptr : args[0], true, false)); } END_METHOD;
  STR_METHOD("rstrip") { check_nargs("rstrip", args, 0, 1); return make_str(strip_chars(self_str(self), args.empty() ? nullptr : args[0], false, true)); } END_METHOD;
  STR_METHOD("replace") {
    check_nargs("replace", args, 2, 3);
    int64_t count = args.size() > 2 ? to_int64(args[2]) : -1;
    return make_str(replace_all(self_str(self), arg_str(args[0], "replace"), arg_str(args[1], "replace"), count));
  } END_METHOD;
  STR_METHOD("upper") {
    if (!S(self)->ascii) return make_str(map_case(self_str(self), CaseOp::Upper));
    std::string s = self_str(self);
    for (char& c : s) c = upper_c(c);
    return make_str(s);
  } END_METHOD;
  STR_METHOD("lower") {
    if (!S(self)->ascii) return make_str(map_case(self_str(self), CaseOp::Lower));
    std::string s = self_str(self);
    for (char& c : s) c = lower_c(c);
    return make_str(s);
  } END_METHOD;
  STR_METHOD("casefold") {
    std::string s = map_case(self_str(self), CaseOp::Lower);
    return make_str(replace_all(s, "\xC3\x9F", "ss", -1));
  } END_METHOD;
  STR_METHOD("swapcase") { return make_str(map_case(self_str(self), CaseOp::Swap)); } END_METHOD;
  STR_METHOD("capitalize") { return make_str(map_case(self_str(self), CaseOp::Capitalize)); } END_METHOD;
  STR_METHOD("title") { return make_str(map_case(self_str(self), CaseOp::Title)); } END_METHOD;
  STR_METHOD("startswith") { check_nargs("startswith", args, 1, 3); return make_bool(prefix_match(self, args[0], args, false, "startswith")); } END_METHOD;
  STR_METHOD("endswith") { check_nargs("endswith", args, 1, 3); return make_bool(prefix_match(self, args[0], args, true, "endswith")); } END_METHOD;
  STR_METHOD("find") { return find_impl(self, args, false, false, "find"); } END_METHOD;
  STR_METHOD("rfind") { return find_impl(self, args, true, false, "rfind"); } END_METHOD;
  STR_METHOD("index") { return find_impl(self, args, false, true, "index"); } END_METHOD;
  STR_METHOD("rindex") { return find_impl(self, args, true, true, "rindex"); } END_METHOD;
  STR_METHOD("count") {
    check_nargs("count", args, 1, 3);
    StrObject* s = S(self);
    size_t b0, b1;
    start_end(s, args, 1, &b0, &b1);
    return make_int(count_sub(s->value, arg_str(args[0], "count"), b0, b1));
  } END_METHOD;
  STR_METHOD("format") {
    return make_str(str_format_method(self_str(self), args, kwargs));
  } END_METHOD;
  STR_METHOD("format_map") {
    check_nargs("format_map", args, 1, 1);
    std::vector<KwArg> kws;
    if (is_dict(args[0]))
      for (auto& e : as_dict(args[0])->entries())
        if (e.key && is_str(e.key)) kws.push_back(KwArg{str_value(e.key), e.value});
    return make_str(str_format_method(self_str(self), {}, KwArgs(kws)));
  } END_METHOD;
  STR_METHOD("center") { return pad_method(self, args, "center", 0); } END_METHOD;
  STR_METHOD("ljust") { return pad_method(self, args, "ljust", 1); } END_METHOD;
  STR_METHOD("rjust") { return pad_method(self, args, "rjust", 2); } END_METHOD;
  STR_METHOD("zfill") {
    check_nargs("zfill", args, 1, 1);
    int64_t width = to_int64(args[0]);
    const std::string& s = self_str(self);
    int64_t len = S(self)->length;
    if (len >= width) return self;
    if (width > (int64_t(1) << 30)) raise_memory_error("");
    std::string zeros(alloc_count(width - len), '0');
    if (!s.empty() && (s[0] == '+' || s[0] == '-')) return make_str(s[0] + zeros + s.substr(1));
    return make_str(zeros + s);
  } END_METHOD;
  // Digit classes by code point: ASCII digits are decimal; the Latin-1 superscripts are
  // digits; the vulgar fractions are only numeric (CPython's Unicode database).
  STR_METHOD("isdigit") {
    return all_cps(self_str(self), [](uint32_t c) { return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9; });
  } END_METHOD;
  STR_METHOD("isdecimal") { return all_cps(self_str(self), [](uint32_t c) { return c >= '0' && c <= '9'; }); } END_METHOD;
  STR_METHOD("isnumeric") {
    return all_cps(self_str(self), [](uint32_t c) {
      return (c >= '0' && c <= '9') || c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0xBC && c <= 0xBE);
    });
  } END_METHOD;
  STR_METHOD("isprintable") {
    for (uint32_t c : utf8_codepoints(self_str(self)))
      if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0) || c == 0xAD) return False();
    return True();
  } END_METHOD;
  STR_METHOD("translate") {
    check_nargs("translate", args, 1, 1);
    std::string out;
    for (uint32_t c : utf8_codepoints(self_str(self))) {
      ObjPtr v;
      try {
        v = getitem(args[0], make_int(c));
      } catch (PyError& e) {
        if (e.type != ErrorType::KeyError && e.type != ErrorType::IndexError && e.type != ErrorType::LookupError) throw;
      } catch (PyException& e) {
        if (!e.exc->type()->is_subtype_of(exception_type(ErrorType::LookupError))) throw;
      }
      if (!v) out += utf8_from_codepoints(c);
      else if (is_none(v)) continue;
      else if (is_int(v)) {
        int64_t k = int_value(v);
        if (k < 0 || k > 0x10ffff) raise_value_error("character mapping must be in range(0x110000)");
        out += utf8_from_codepoints(static_cast<uint32_t>(k));
      } else if (is_str(v)) out += str_value(v);
      else raise_type_error("character mapping must return integer, None or str");
    }
    return make_str(out);
  } END_METHOD;
  add_static_method(str_type, "maketrans", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("maketrans", args, 1, 3);
    auto d = make_dict();
    if (args.size() == 1) {
      if (!is_dict(args[0])) raise_type_error("if you give only one argument to maketrans it must be a dict");
      for (auto& e : as_dict(args[0])->entries()) {
        if (!e.key) continue;
        if (is_str(e.key)) {
          auto cps = utf8_codepoints(str_value(e.key));
          if (cps.size() != 1) raise_value_error("string keys in translate table must be of length 1");
          d->set(make_int(cps[0]), e.value);
        } else if (is_int(e.key)) {
          d->set(e.key, e.value);
        } else {
          raise_type_error("keys in translate table must be strings or integers");
        }
      }
      return ObjPtr(d);
    }
    if (!is_str(args[0]) || !is_str(args[1])) raise_type_error("maketrans() argument must be str");
    auto a = utf8_codepoints(str_value(args[0])), b = utf8_codepoints(str_value(args[1]));
    if (a.size() != b.size()) raise_value_error("the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < a.size(); ++i) d->set(make_int(a[i]), make_int(b[i]));
    if (args.size() == 3) {
      if (!is_str(args[2])) raise_type_error("maketrans() argument 3 must be str");
      for (uint32_t c : utf8_codepoints(str_value(args[2]))) d->set(make_int(c), None());
    }
    return ObjPtr(d);
  });
  STR_METHOD("isalpha") {
    const std::string& s = self_str(self);
    if (s.empty()) return False();
    for (uint32_t c : utf8_codepoints(s))
      if (!cp_is_alpha(c)) return False();
    return True();
  } END_METHOD;
  STR_METHOD("isalnum") { return all_chars(self_str(self), [](unsigned char c) { return std::isalnum(c) || c >= 0x80; }); } END_METHOD;
  STR_METHOD("isspace") { return all_chars(self_str(self), [](unsigned char c) { return is_ws(static_cast<char>(c)); }); } END_METHOD;
  STR_METHOD("isascii") {
    for (unsigned char c : self_str(self)) if (c >= 0x80) return False();
    return True();
  } END_METHOD;
  STR_METHOD("isupper") {
    bool cased = false;
    for (uint32_t c : utf8_codepoints(self_str(self))) {
      if (cp_is_lower(c)) return False();
      if (cp_is_upper(c)) cased = true;
    }
    return make_bool(cased);
  } END_METHOD;
  STR_METHOD("islower") {
    bool cased = false;
    for (uint32_t c : utf8_codepoints(self_str(self))) {
      if (cp_is_upper(c)) return False();
      if (cp_is_lower(c)) cased = true;
    }
    return make_bool(cased);
  } END_METHOD;
  STR_METHOD("istitle") {
    bool prev_cased = false, any = false;
    for (unsigned char c : self_str(self)) {
      bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
      if (up && prev_cased) return False();
      if (lo && !prev_cased) return False();
      if (up || lo) any = true;
      prev_cased = up || lo;
    }
    return make_bool(any);
  } END_METHOD;
  STR_METHOD("isidentifier") {
    const std::string& s = self_str(self);
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return False();
    for (uint32_t c : utf8_codepoints(s))
      if (!(c == '_' || (c < 0x80 ? std::isalnum(static_cast<int>(c)) != 0 : cp_is_alpha(c)))) return False();
    return True();
  } END_METHOD;
  STR_METHOD("partition") {
    check_nargs("partition", args, 1, 1);
    const std::string& s = self_str(self);
    const std::string& sep = arg_str(args[0], "partition");
    if (sep.empty()) raise_value_error("empty separator");
    size_t f = s.find(sep);
    if (f == std::string::npos) return make_tuple({self, make_str(""), make_str("")});
    return make_tuple({make_str(s.substr(0, f)), args[0], make_str(s.substr(f + sep.size()))});
  } END_METHOD;
  STR_METHOD("rpartition") {
    check_nargs("rpartition", args, 1, 1);
    const std::string& s = self_str(self);
    const std::string& sep = arg_str(args[0], "rpartition");
    if (sep.empty()) raise_value_error("empty separator");
    size_t f = s.rfind(sep);
    if (f == std::string::npos) return make_tuple({make_str(""), make_str(""), self});
    return make_tuple({make_str(s.substr(0, f)), args[0], make_str(s.substr(f + sep.size()))});
  } END_METHOD;
  STR_METHOD("removeprefix") {
    check_nargs("removeprefix", args, 1, 1);
    const std::string& s = self_str(self);
    const std::string& p = arg_str(args[0], "removeprefix");
    if (s.compare(0, p.size(), p) == 0 && s.size() >= p.size()) return make_str(s.substr(p.size()));
    return self;
  } END_METHOD;
  STR_METHOD("removesuffix") {
    check_nargs("removesuffix", args, 1, 1);
    const std::string& s = self_str(self);
    const std::string& p = arg_str(args[0], "removesuffix");
    if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
      return make_str(s.substr(0, s.size() - p.size()));
    return self;
  } END_METHOD;
  STR_METHOD("expandtabs") {
    int64_t ts = args.empty() ? 8 : to_int64(args[0]);
    std::string out;
    int64_t col = 0;
    for (char c : self_str(self)) {
      if (c == '\t') {
        if (ts > 0) {
          int64_t n = ts - col % ts;
          out.append(static_cast<size_t>(n), ' ');
          col += n;
        }
      } else {
        out += c;
        col = (c == '\n' || c == '\r') ? 0 : col + 1;
      }
    }
    return make_str(out);
  } END_METHOD;
  STR_METHOD("encode") {
    static const Signature sig("encode", {"encoding=", "errors="});
    BoundArgs a = sig.bind(args, kwargs);
    return make_bytes(codec_encode(self_str(self), a.has(0) ? to_str(a[0], "encode() argument 'encoding'") : "utf-8",
                                   a.has(1) ? to_str(a[1], "encode() argument 'errors'") : "strict"));
  } END_METHOD;
  STR_METHOD("__format__") {
    check_nargs("__format__", args, 1, 1);
    return make_str(format_value(self, arg_str(args[0], "__format__")));
  } END_METHOD;

  init_bytes_type();
}

}  // namespace sl
