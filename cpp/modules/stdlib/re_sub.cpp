// re_sub.cpp — the iterating operations of `re` with CPython 3.7+'s rules for empty
// matches (an empty match may follow a non-empty one; after an empty match the next one
// must not be empty at the same place): findall, split, sub/subn with replacement
// templates (\1, \g<name>, \g<0>, escapes; sre_parse's messages) or a callable.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/re_objects.hpp"

namespace sl {

namespace {

// a parsed replacement template: literal pieces and group references
struct Template {
  std::vector<std::pair<std::vector<uint32_t>, int>> parts;  // (literal, group or -1)
};

Template parse_template(const Ref<PatternObject>& p, const ReSubject& t) {
  Template out;
  std::vector<uint32_t> lit;
  const auto& s = t.cps;
  auto flush = [&](int g) {
    out.parts.push_back({lit, g});
    lit.clear();
  };
  auto fail = [&](const std::string& msg, int64_t pos) { raise_re_error(msg, t.obj, pos); };
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\') {
      lit.push_back(s[i]);
      continue;
    }
    size_t here = i;
    if (i + 1 >= s.size()) fail("bad escape (end of pattern)", static_cast<int64_t>(here));
    uint32_t e = s[++i];
    if (e == 'g') {
      if (i + 1 >= s.size() || s[i + 1] != '<') fail("missing <", static_cast<int64_t>(i + 1));
      size_t start = i + 2, j = start;
      while (j < s.size() && s[j] != '>') ++j;
      if (j >= s.size()) fail("missing >, unterminated name", static_cast<int64_t>(start));
      std::string name;
      for (size_t k = start; k < j; ++k) name += utf8_from_codepoints(s[k]);
      if (name.empty()) fail("missing group name", static_cast<int64_t>(start));
      int g = -1;
      bool digits = true;
      for (char c : name) digits = digits && c >= '0' && c <= '9';
      if (digits) {
        g = name.size() > 9 ? INT32_MAX : std::stoi(name);
        if (g > p->c.groups) fail("invalid group reference " + name, static_cast<int64_t>(start));
      } else {
        for (auto& n : p->c.group_names)
          if (n.first == name) g = n.second;
        if (g < 0) {
          bool ident = true;
          for (size_t k = 0; k < name.size(); ++k) {
            unsigned char c = static_cast<unsigned char>(name[k]);
            ident = ident && (c == '_' || std::isalpha(c) || c >= 0x80 || (k > 0 && std::isdigit(c)));
          }
          if (!ident) fail("bad character in group name '" + name + "'", static_cast<int64_t>(start));
          raise_index_error("unknown group name '" + name + "'");
        }
      }
      flush(g);
      i = j;
      continue;
    }
    if (e >= '0' && e <= '9') {
      // \0 and three octal digits are characters; otherwise one or two digits name a group
      bool oct3 = i + 2 < s.size() && e <= '7' && s[i + 1] >= '0' && s[i + 1] <= '7' && s[i + 2] >= '0' && s[i + 2] <= '7';
      if (e == '0' || oct3) {
        uint32_t v = e - '0';
        int n = 1;
        while (n < 3 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7') v = v * 8 + (s[++i] - '0'), ++n;
        lit.push_back(v);
        continue;
      }
      int g = static_cast<int>(e - '0');
      if (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') g = g * 10 + static_cast<int>(s[++i] - '0');
      if (g > p->c.groups) fail("invalid group reference " + std::to_string(g), static_cast<int64_t>(here + 1));
      flush(g);
      continue;
    }
    switch (e) {
      case 'a': lit.push_back(7); continue;
      case 'b': lit.push_back(8); continue;
      case 'f': lit.push_back(12); continue;
      case 'n': lit.push_back(10); continue;
      case 'r': lit.push_back(13); continue;
      case 't': lit.push_back(9); continue;
      case 'v': lit.push_back(11); continue;
      case '\\': lit.push_back('\\'); continue;
      default: break;
    }
    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
      std::string esc = "\\";
      esc += static_cast<char>(e);
      fail("bad escape " + esc, static_cast<int64_t>(here));
    }
    lit.push_back('\\');
    lit.push_back(e);
  }
  if (!lit.empty()) flush(-1);
  return out;
}

void append_cps(std::vector<uint32_t>& out, const std::vector<uint32_t>& src, int64_t a, int64_t b) {
  out.insert(out.end(), src.begin() + a, src.begin() + b);
}

ObjPtr from_cps(const std::vector<uint32_t>& v, bool is_bytes) {
  if (is_bytes) {
    std::string s;
    for (uint32_t c : v) s += static_cast<char>(c);
    return make_bytes(s);
  }
  return make_str(utf8_from_codepoints(v));
}

std::vector<uint32_t> cps_of(const ObjPtr& o) {
  if (is_bytes(o)) {
    std::vector<uint32_t> v;
    for (unsigned char c : cast<BytesObject>(o)->value) v.push_back(c);
    return v;
  }
  return utf8_codepoints(str_value(o));
}

}  // namespace

ObjPtr re_expand(const MatchObject& m, const ObjPtr& templ) {
  ReSubject t;
  t.obj = templ;
  t.is_bytes = is_bytes(templ);
  t.cps = cps_of(templ);
  Template tp = parse_template(m.re, t);
  std::vector<uint32_t> out;
  for (auto& part : tp.parts) {
    out.insert(out.end(), part.first.begin(), part.first.end());
    if (part.second >= 0) {
      int64_t a = m.caps[2 * part.second], b = m.caps[2 * part.second + 1];
      if (a >= 0 && b >= 0) append_cps(out, m.subject->cps, a, b);
    }
  }
  return from_cps(out, m.subject->is_bytes);
}

ObjPtr re_sub(const Ref<PatternObject>& p, const ObjPtr& repl, const ObjPtr& string, int64_t count, bool with_count) {
  std::shared_ptr<const ReSubject> s = re_subject(*p, string);
  bool callable = !is_str(repl) && !is_bytes(repl);
  if (callable && !is_callable(repl)) raise_type_error("expected str instance, " + type_name(repl) + " found");
  Template tp;
  if (!callable) {
    ReSubject t;
    t.obj = repl;
    t.is_bytes = is_bytes(repl);
    t.cps = cps_of(repl);
    tp = parse_template(p, t);
  }
  std::vector<uint32_t> out;
  int64_t n = 0, last = 0, pos = 0, end = static_cast<int64_t>(s->cps.size());
  bool must_advance = false;
  while (count <= 0 || n < count) {
    Ref<MatchObject> m = re_search(p, s, pos, end, rx::Mode::Search, must_advance);
    if (!m) break;
    int64_t a = m->caps[0], b = m->caps[1];
    append_cps(out, s->cps, last, a);
    if (callable) {
      ObjPtr r = call(repl, {ObjPtr(m.get())});
      if (!is_none(r)) {
        if (!is_str(r) && !is_bytes(r)) raise_type_error("expected str instance, " + type_name(r) + " found");
        std::vector<uint32_t> rc = cps_of(r);
        out.insert(out.end(), rc.begin(), rc.end());
      }
    } else {
      for (auto& part : tp.parts) {
        out.insert(out.end(), part.first.begin(), part.first.end());
        if (part.second >= 0) {
          int64_t ga = m->caps[2 * part.second], gb = m->caps[2 * part.second + 1];
          if (ga >= 0 && gb >= 0) append_cps(out, s->cps, ga, gb);
        }
      }
    }
    ++n;
    last = b;
    pos = b;
    must_advance = a == b;
    if (pos > end) break;
  }
  append_cps(out, s->cps, last, end);
  ObjPtr result = from_cps(out, s->is_bytes);
  if (with_count) return make_tuple({result, make_int(n)});
  return result;
}

ObjPtr re_split(const Ref<PatternObject>& p, const ObjPtr& string, int64_t maxsplit) {
  std::shared_ptr<const ReSubject> s = re_subject(*p, string);
  std::vector<ObjPtr> out;
  int64_t n = 0, last = 0, pos = 0, end = static_cast<int64_t>(s->cps.size());
  bool must_advance = false;
  while (maxsplit <= 0 || n < maxsplit) {
    Ref<MatchObject> m = re_search(p, s, pos, end, rx::Mode::Search, must_advance);
    if (!m) break;
    int64_t a = m->caps[0], b = m->caps[1];
    out.push_back(s->slice(last, a));
    for (int g = 1; g <= p->c.groups; ++g) out.push_back(m->group(g, None()));
    ++n;
    last = b;
    pos = b;
    must_advance = a == b;
  }
  out.push_back(s->slice(last, end));
  return make_list(std::move(out));
}

ObjPtr re_findall(const Ref<PatternObject>& p, const ObjPtr& string, int64_t pos, int64_t endpos) {
  std::shared_ptr<const ReSubject> s = re_subject(*p, string);
  int64_t end = std::min<int64_t>(endpos, static_cast<int64_t>(s->cps.size()));
  std::vector<ObjPtr> out;
  bool must_advance = false;
  ObjPtr empty = s->slice(0, 0);
  while (pos <= end) {
    Ref<MatchObject> m = re_search(p, s, pos, end, rx::Mode::Search, must_advance);
    if (!m) break;
    if (p->c.groups == 0) {
      out.push_back(m->group(0, empty));
    } else if (p->c.groups == 1) {
      out.push_back(m->group(1, empty));
    } else {
      std::vector<ObjPtr> items;
      for (int g = 1; g <= p->c.groups; ++g) items.push_back(m->group(g, empty));
      out.push_back(make_tuple(std::move(items)));
    }
    must_advance = m->caps[0] == m->caps[1];
    pos = m->caps[1];
  }
  return make_list(std::move(out));
}

}  // namespace sl
