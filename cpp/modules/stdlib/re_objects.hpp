// re_objects.hpp — the Python objects of the `re` module (re.Pattern, re.Match), shared by
// re_module.cpp (types, module functions) and re_sub.cpp (sub/subn/split/findall and the
// replacement templates).
#pragma once
#include <memory>
#include <vector>

#include "lang/object.hpp"
#include "modules/stdlib/re_engine.hpp"

namespace sl {

// A subject string as code points (positions are code-point indices), with the object
// it came from (str or bytes).
struct ReSubject {
  ObjPtr obj;
  bool is_bytes = false;
  std::vector<uint32_t> cps;
  ObjPtr slice(int64_t a, int64_t b) const;  // obj[a:b] as str / bytes
};

struct PatternObject : Object {
  rx::Compiled c;
  ObjPtr pattern;  // str or bytes
  bool is_bytes = false;
  explicit PatternObject(TypeObject* t) : Object(t) {}
};

struct MatchObject : Object {
  Ref<PatternObject> re;
  std::shared_ptr<const ReSubject> subject;
  std::vector<int64_t> caps;  // 2 * (groups + 1)
  int64_t pos = 0, endpos = 0;
  explicit MatchObject(TypeObject* t) : Object(t) {}
  // index of a group given as int or name; IndexError "no such group"
  int group_index(const ObjPtr& g) const;
  ObjPtr group(int i, const ObjPtr& dflt) const;  // the group's text, or dflt when unset
};

TypeObject* re_pattern_type();
TypeObject* re_match_type();

std::shared_ptr<ReSubject> re_subject(const PatternObject& p, const ObjPtr& string);
// the next match at or after `pos` (must_advance: not empty at pos), or null
Ref<MatchObject> re_search(const Ref<PatternObject>& p, const std::shared_ptr<const ReSubject>& s, int64_t pos,
                           int64_t endpos, rx::Mode mode, bool must_advance);
// raises re.error for a compile error (pos -1: no position)
[[noreturn]] void raise_re_error(const std::string& msg, const ObjPtr& pattern, int64_t pos);

// re_sub.cpp
ObjPtr re_sub(const Ref<PatternObject>& p, const ObjPtr& repl, const ObjPtr& string, int64_t count, bool with_count);
ObjPtr re_split(const Ref<PatternObject>& p, const ObjPtr& string, int64_t maxsplit);
ObjPtr re_findall(const Ref<PatternObject>& p, const ObjPtr& string, int64_t pos, int64_t endpos);
ObjPtr re_expand(const MatchObject& m, const ObjPtr& templ);

}  // namespace sl
