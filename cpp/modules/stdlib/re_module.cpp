// re_module.cpp — the `re` module: compile (with a cache like CPython's), re.Pattern and
// re.Match with CPython's methods, attributes, reprs and messages, the module-level
// functions, the flags, escape(), and re.error (embedded Python: msg, pattern, pos,
// lineno, colno). Matching is re_engine.hpp's; the iterating operations are re_sub.cpp's.
#include <map>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/py_source.hpp"
#include "modules/stdlib/re_objects.hpp"

namespace sl {

namespace {

const char* const kReSource = R"PY(
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)

PatternError = error
)PY";

const std::vector<std::pair<const char*, int>>& flag_names() {
  static const std::vector<std::pair<const char*, int>> names = {
      {"TEMPLATE", rx::kTemplate}, {"IGNORECASE", rx::kIgnoreCase}, {"LOCALE", rx::kLocale},
      {"MULTILINE", rx::kMultiline}, {"DOTALL", rx::kDotAll},       {"UNICODE", rx::kUnicode},
      {"VERBOSE", rx::kVerbose},    {"DEBUG", rx::kDebug},           {"ASCII", rx::kAscii}};
  return names;
}

std::vector<uint32_t> code_points(const ObjPtr& o) {
  if (is_bytes(o)) {
    std::vector<uint32_t> v;
    for (unsigned char c : cast<BytesObject>(o)->value) v.push_back(c);
    return v;
  }
  return utf8_codepoints(str_value(o));
}

Ref<PatternObject> compile_pattern(const ObjPtr& pattern, int flags) {
  if (pattern->type() == re_pattern_type()) {
    if (flags) raise_value_error("cannot process flags argument with a compiled pattern");
    return Ref<PatternObject>(cast<PatternObject>(pattern));
  }
  if (!is_str(pattern) && !is_bytes(pattern)) raise_type_error("first argument must be string or compiled pattern");
  bool bytes = is_bytes(pattern);
  static std::map<std::pair<std::string, int>, Ref<PatternObject>> cache;  // process-wide, like re._cache
  std::string key = (bytes ? "b" : "s") + (bytes ? cast<BytesObject>(pattern)->value : str_value(pattern));
  auto it = cache.find({key, flags});
  if (it != cache.end()) return it->second;
  auto p = make_object<PatternObject>(re_pattern_type());
  p->pattern = pattern;
  p->is_bytes = bytes;
  try {
    p->c = rx::compile(code_points(pattern), flags, bytes);
  } catch (rx::CompileError& e) {
    raise_re_error(e.msg, pattern, e.pos);
  }
  if (cache.size() >= 512) cache.erase(cache.begin());
  cache[{key, flags}] = p;
  return p;
}

int flags_arg(const BoundArgs& a, size_t i) { return a.has(i) ? static_cast<int>(to_int64(a[i])) : 0; }

int64_t index_arg(const ObjPtr& o, int64_t dflt) { return o && !is_none(o) ? to_int64(o) : dflt; }

PatternObject* P(const ObjPtr& o) { return cast<PatternObject>(o); }
MatchObject* M(const ObjPtr& o) { return cast<MatchObject>(o); }

std::string flags_repr(int flags, bool is_bytes) {
  if (!is_bytes) flags &= ~rx::kUnicode;
  std::string out;
  for (auto& f : flag_names())
    if (flags & f.second) {
      out += (out.empty() ? "re." : "|re.") + std::string(f.first);
      flags &= ~f.second;
    }
  if (flags) out += (out.empty() ? "" : "|") + std::to_string(flags);
  return out;
}

ObjPtr match_call(const ObjPtr& self, PosArgs args, KwArgs kw, rx::Mode mode, const char* name) {
  static const std::vector<const char*> params = {"string", "pos=", "endpos="};
  Signature sig(name, params);
  BoundArgs a = sig.bind(args, kw);
  Ref<PatternObject> p(P(self));
  std::shared_ptr<ReSubject> s = re_subject(*p, a[0]);
  int64_t n = static_cast<int64_t>(s->cps.size());
  int64_t pos = std::max<int64_t>(0, std::min(index_arg(a[1], 0), n));
  int64_t endpos = std::max<int64_t>(0, std::min(index_arg(a[2], n), n));
  Ref<MatchObject> m = re_search(p, s, pos, endpos, mode, false);
  return m ? ObjPtr(m.get()) : None();
}

struct FinditerObject : Object {
  Ref<PatternObject> p;
  std::shared_ptr<const ReSubject> s;
  int64_t pos, end;
  bool must_advance = false, done = false;
  explicit FinditerObject(TypeObject* t) : Object(t) {}
};

TypeObject* finditer_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("callable_iterator", "builtins");
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* f = cast<FinditerObject>(self);
      if (f->done || f->pos > f->end) return nullptr;
      Ref<MatchObject> m = re_search(f->p, f->s, f->pos, f->end, rx::Mode::Search, f->must_advance);
      if (!m) {
        f->done = true;
        return nullptr;
      }
      f->must_advance = m->caps[0] == m->caps[1];
      f->pos = m->caps[1];
      return ObjPtr(m.get());
    };
    return t;
  }();
  return t;
}

ObjPtr finditer(const Ref<PatternObject>& p, const ObjPtr& string, int64_t pos, int64_t endpos) {
  auto f = make_object<FinditerObject>(finditer_type());
  f->p = p;
  f->s = re_subject(*p, string);
  int64_t n = static_cast<int64_t>(f->s->cps.size());
  f->pos = std::max<int64_t>(0, std::min(pos, n));
  f->end = std::max<int64_t>(0, std::min(endpos, n));
  return f;
}

#define PATTERN_METHOD(name) add_method(t, name, [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr
#define MATCH_METHOD(name) add_method(t, name, [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr
#define END_METHOD )

void init_pattern_type(TypeObject* t) {
  t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    PatternObject* p = P(self);
    std::string r = repr(p->pattern);
    if (r.size() > 200) r = r.substr(0, 200);
    std::string f = flags_repr(p->c.flags, p->is_bytes);
    return make_str("re.compile(" + r + (f.empty() ? "" : ", " + f) + ")");
  };
  t->hash = [](Interpreter&, const ObjPtr& self) -> int64_t { return hash(P(self)->pattern) ^ P(self)->c.flags; };
  t->compare[int(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (b->type() != re_pattern_type()) return NotImplemented();
    return make_bool(P(a)->c.flags == P(b)->c.flags && P(a)->is_bytes == P(b)->is_bytes && eq(P(a)->pattern, P(b)->pattern));
  };
  add_getset(t, "pattern", [](Interpreter&, const ObjPtr& self) { return P(self)->pattern; });
  add_getset(t, "flags", [](Interpreter&, const ObjPtr& self) { return make_int(P(self)->c.flags); });
  add_getset(t, "groups", [](Interpreter&, const ObjPtr& self) { return make_int(P(self)->c.groups); });
  add_getset(t, "groupindex", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto d = make_dict();
    for (auto& n : P(self)->c.group_names) d->set(n.first, make_int(n.second));
    d->unsafe_set_type(mappingproxy_type());
    return d;
  });
  PATTERN_METHOD("match") { return match_call(self, args, kw, rx::Mode::Match, "match"); } END_METHOD;
  PATTERN_METHOD("search") { return match_call(self, args, kw, rx::Mode::Search, "search"); } END_METHOD;
  PATTERN_METHOD("fullmatch") { return match_call(self, args, kw, rx::Mode::FullMatch, "fullmatch"); } END_METHOD;
  PATTERN_METHOD("findall") {
    static const Signature sig("findall", {"string", "pos=", "endpos="});
    BoundArgs a = sig.bind(args, kw);
    return re_findall(Ref<PatternObject>(P(self)), a[0], index_arg(a[1], 0), index_arg(a[2], INT64_MAX));
  } END_METHOD;
  PATTERN_METHOD("finditer") {
    static const Signature sig("finditer", {"string", "pos=", "endpos="});
    BoundArgs a = sig.bind(args, kw);
    return finditer(Ref<PatternObject>(P(self)), a[0], index_arg(a[1], 0), index_arg(a[2], INT64_MAX));
  } END_METHOD;
  PATTERN_METHOD("sub") {
    static const Signature sig("sub", {"repl", "string", "count="});
    BoundArgs a = sig.bind(args, kw);
    return re_sub(Ref<PatternObject>(P(self)), a[0], a[1], index_arg(a[2], 0), false);
  } END_METHOD;
  PATTERN_METHOD("subn") {
    static const Signature sig("subn", {"repl", "string", "count="});
    BoundArgs a = sig.bind(args, kw);
    return re_sub(Ref<PatternObject>(P(self)), a[0], a[1], index_arg(a[2], 0), true);
  } END_METHOD;
  PATTERN_METHOD("split") {
    static const Signature sig("split", {"string", "maxsplit="});
    BoundArgs a = sig.bind(args, kw);
    return re_split(Ref<PatternObject>(P(self)), a[0], index_arg(a[1], 0));
  } END_METHOD;
}

std::pair<int64_t, int64_t> span_of(const MatchObject* m, const ObjPtr& g) {
  int i = g ? m->group_index(g) : 0;
  return {m->caps[2 * i], m->caps[2 * i + 1]};
}

void init_match_type(TypeObject* t) {
  t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    MatchObject* m = M(self);
    std::string text = repr(m->group(0, None()));
    if (text.size() > 50) text = text.substr(0, 50);
    return make_str("<re.Match object; span=(" + std::to_string(m->caps[0]) + ", " + std::to_string(m->caps[1]) +
                    "), match=" + text + ">");
  };
  t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    return M(self)->group(M(self)->group_index(key), None());
  };
  MATCH_METHOD("group") {
    check_no_kwargs("group", kw);
    MatchObject* m = M(self);
    if (args.empty()) return m->group(0, None());
    if (args.size() == 1) return m->group(m->group_index(args[0]), None());
    std::vector<ObjPtr> out;
    for (auto& g : args) out.push_back(m->group(m->group_index(g), None()));
    return make_tuple(std::move(out));
  } END_METHOD;
  MATCH_METHOD("groups") {
    static const Signature sig("groups", {"default="});
    BoundArgs a = sig.bind(args, kw);
    MatchObject* m = M(self);
    std::vector<ObjPtr> out;
    for (int g = 1; g <= m->re->c.groups; ++g) out.push_back(m->group(g, a.get(0, None())));
    return make_tuple(std::move(out));
  } END_METHOD;
  MATCH_METHOD("groupdict") {
    static const Signature sig("groupdict", {"default="});
    BoundArgs a = sig.bind(args, kw);
    MatchObject* m = M(self);
    auto d = make_dict();
    for (auto& n : m->re->c.group_names) d->set(n.first, m->group(n.second, a.get(0, None())));
    return d;
  } END_METHOD;
  MATCH_METHOD("start") {
    check_nargs("start", args, 0, 1);
    (void)kw;
    return make_int(span_of(M(self), args.empty() ? nullptr : args[0]).first);
  } END_METHOD;
  MATCH_METHOD("end") {
    check_nargs("end", args, 0, 1);
    (void)kw;
    return make_int(span_of(M(self), args.empty() ? nullptr : args[0]).second);
  } END_METHOD;
  MATCH_METHOD("span") {
    check_nargs("span", args, 0, 1);
    (void)kw;
    auto s = span_of(M(self), args.empty() ? nullptr : args[0]);
    return make_tuple({make_int(s.first), make_int(s.second)});
  } END_METHOD;
  MATCH_METHOD("expand") {
    check_nargs("expand", args, 1, 1);
    (void)kw;
    return re_expand(*M(self), args[0]);
  } END_METHOD;
  add_getset(t, "string", [](Interpreter&, const ObjPtr& self) { return M(self)->subject->obj; });
  add_getset(t, "re", [](Interpreter&, const ObjPtr& self) -> ObjPtr { return M(self)->re; });
  add_getset(t, "pos", [](Interpreter&, const ObjPtr& self) { return make_int(M(self)->pos); });
  add_getset(t, "endpos", [](Interpreter&, const ObjPtr& self) { return make_int(M(self)->endpos); });
  add_getset(t, "regs", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    std::vector<ObjPtr> out;
    for (size_t i = 0; i + 1 < M(self)->caps.size(); i += 2)
      out.push_back(make_tuple({make_int(M(self)->caps[i]), make_int(M(self)->caps[i + 1])}));
    return make_tuple(std::move(out));
  });
  // the set group that closed last: approximated as the one ending last (outermost on ties)
  auto last_index = [](const MatchObject* m) {
    int best = -1;
    int64_t best_end = -1;
    for (int g = 1; g <= m->re->c.groups; ++g) {
      int64_t e = m->caps[2 * g + 1];
      if (m->caps[2 * g] >= 0 && e > best_end) {
        best = g;
        best_end = e;
      }
    }
    return best;
  };
  static int (*last)(const MatchObject*) = last_index;
  add_getset(t, "lastindex", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    int g = last(M(self));
    return g < 0 ? None() : make_int(g);
  });
  add_getset(t, "lastgroup", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    int g = last(M(self));
    for (auto& n : M(self)->re->c.group_names)
      if (n.second == g) return make_str(n.first);
    return None();
  });
}

// module-level function: (pattern, <args...>, flags=0)
Ref<PatternObject> pattern_arg(const ObjPtr& pattern, const ObjPtr& flags) {
  return compile_pattern(pattern, flags && !is_none(flags) ? static_cast<int>(to_int64(flags)) : 0);
}

}  // namespace

ObjPtr ReSubject::slice(int64_t a, int64_t b) const {
  if (is_bytes) {
    std::string s;
    for (int64_t i = a; i < b; ++i) s += static_cast<char>(cps[static_cast<size_t>(i)]);
    return make_bytes(s);
  }
  std::vector<uint32_t> part(cps.begin() + a, cps.begin() + b);
  return make_str(utf8_from_codepoints(part));
}

int MatchObject::group_index(const ObjPtr& g) const {
  if (is_int(g) && !is_bool(g)) {
    int64_t i = int_value(g);
    if (i >= 0 && i <= re->c.groups) return static_cast<int>(i);
  } else if (is_str(g)) {
    for (auto& n : re->c.group_names)
      if (n.first == str_value(g)) return n.second;
  } else if (has_index(g)) {
    int64_t i = to_int64(g);
    if (i >= 0 && i <= re->c.groups) return static_cast<int>(i);
  }
  raise_index_error("no such group");
}

ObjPtr MatchObject::group(int i, const ObjPtr& dflt) const {
  int64_t a = caps[2 * static_cast<size_t>(i)], b = caps[2 * static_cast<size_t>(i) + 1];
  if (a < 0 || b < 0) return dflt;
  return subject->slice(a, b);
}

std::shared_ptr<ReSubject> re_subject(const PatternObject& p, const ObjPtr& string) {
  auto s = std::make_shared<ReSubject>();
  if (is_str(string)) {
    if (p.is_bytes) raise_type_error("cannot use a bytes pattern on a string-like object");
  } else if (is_bytes(string)) {
    if (!p.is_bytes) raise_type_error("cannot use a string pattern on a bytes-like object");
    s->is_bytes = true;
  } else {
    raise_type_error("expected string or bytes-like object, got '" + type_name(string) + "'");
  }
  s->obj = string;
  s->cps = code_points(string);
  return s;
}

Ref<MatchObject> re_search(const Ref<PatternObject>& p, const std::shared_ptr<const ReSubject>& s, int64_t pos,
                           int64_t endpos, rx::Mode mode, bool must_advance) {
  std::vector<int64_t> caps;
  if (pos > endpos) return nullptr;
  if (!rx::exec(*p->c.prog, s->cps.data(), endpos, pos, mode, must_advance, caps)) return nullptr;
  auto m = make_object<MatchObject>(re_match_type());
  m->re = p;
  m->subject = s;
  m->caps = std::move(caps);
  m->pos = pos;
  m->endpos = endpos;
  return m;
}

void raise_re_error(const std::string& msg, const ObjPtr& pattern, int64_t pos) {
  ObjPtr cls = import_module(current_interpreter(), "re")->get("error");
  if (pos < 0) throw_exception(call(cls, {make_str(msg)}));
  throw_exception(call(cls, {make_str(msg), pattern, make_int(pos)}));
}

TypeObject* re_pattern_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("Pattern", "re");
    init_pattern_type(t);
    return t;
  }();
  return t;
}

TypeObject* re_match_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("Match", "re");
    init_match_type(t);
    return t;
  }();
  return t;
}

void register_re_module() {
  register_module("re", [](Interpreter& in, ModuleObject& m) {
    exec_module_source(in, m, kReSource);
    m.set("Pattern", ObjPtr(re_pattern_type()));
    m.set("Match", ObjPtr(re_match_type()));
    m.set("NOFLAG", make_int(0));
    for (auto& f : flag_names()) m.set(f.first, make_int(f.second));
    for (auto& f : std::vector<std::pair<const char*, int>>{
             {"T", rx::kTemplate}, {"I", rx::kIgnoreCase}, {"L", rx::kLocale}, {"M", rx::kMultiline},
             {"S", rx::kDotAll}, {"U", rx::kUnicode}, {"X", rx::kVerbose}, {"A", rx::kAscii}})
      m.set(f.first, make_int(f.second));
    m.add_function("compile", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("compile", {"pattern", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return compile_pattern(a[0], flags_arg(a, 1));
    });
    struct MatchFn {
      const char* name;
      rx::Mode mode;
    };
    for (MatchFn f : {MatchFn{"match", rx::Mode::Match}, MatchFn{"search", rx::Mode::Search},
                      MatchFn{"fullmatch", rx::Mode::FullMatch}}) {
      std::string name = f.name;
      rx::Mode mode = f.mode;
      m.add_function(name, [name, mode](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
        static const std::vector<const char*> params = {"pattern", "string", "flags="};
        Signature sig(name, params);
        BoundArgs a = sig.bind(args, kw);
        Ref<PatternObject> p = pattern_arg(a[0], a[2]);
        std::shared_ptr<ReSubject> s = re_subject(*p, a[1]);
        Ref<MatchObject> r = re_search(p, s, 0, static_cast<int64_t>(s->cps.size()), mode, false);
        return r ? ObjPtr(r.get()) : None();
      });
    }
    m.add_function("findall", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("findall", {"pattern", "string", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return re_findall(pattern_arg(a[0], a[2]), a[1], 0, INT64_MAX);
    });
    m.add_function("finditer", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("finditer", {"pattern", "string", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return finditer(pattern_arg(a[0], a[2]), a[1], 0, INT64_MAX);
    });
    m.add_function("sub", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("sub", {"pattern", "repl", "string", "count=", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return re_sub(pattern_arg(a[0], a[4]), a[1], a[2], index_arg(a[3], 0), false);
    });
    m.add_function("subn", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("subn", {"pattern", "repl", "string", "count=", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return re_sub(pattern_arg(a[0], a[4]), a[1], a[2], index_arg(a[3], 0), true);
    });
    m.add_function("split", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("split", {"pattern", "string", "maxsplit=", "flags="});
      BoundArgs a = sig.bind(args, kw);
      return re_split(pattern_arg(a[0], a[3]), a[1], index_arg(a[2], 0));
    });
    m.add_function("escape", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("escape", {"pattern"});
      BoundArgs a = sig.bind(args, kw);
      static const std::string special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";
      bool bytes = is_bytes(a[0]);
      const std::string& src = bytes ? cast<BytesObject>(a[0])->value : to_str(a[0], "pattern");
      std::string out;
      for (char c : src) {
        if (special.find(c) != std::string::npos) out += '\\';
        out += c;
      }
      return bytes ? make_bytes(out) : make_str(out);
    });
    m.add_function("purge", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr { return None(); });
  });
}

}  // namespace sl
