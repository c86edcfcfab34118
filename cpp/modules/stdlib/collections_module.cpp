// collections_module.cpp — the `collections` module: namedtuple (a class factory: each
// call creates a tuple subtype with field properties, _make/_replace/_asdict/_fields/
// _field_defaults, CPython's validation and __new__ messages), and the registration of
// deque (collections_deque.cpp) and Counter/defaultdict/OrderedDict (collections_dicts.cpp).
//
// Not provided: ChainMap, UserDict/UserList/UserString, collections.abc.
#include <map>
#include <set>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/collections_types.hpp"

namespace sl {

namespace {

struct NamedTupleInfo {
  std::vector<std::string> fields;
  std::vector<ObjPtr> defaults;  // for the last defaults.size() fields
};

std::map<const TypeObject*, NamedTupleInfo>& registry() {
  static auto* r = new std::map<const TypeObject*, NamedTupleInfo>();
  return *r;
}

const NamedTupleInfo& info_of(const TypeObject* t) {
  for (; t; t = t->base) {
    auto it = registry().find(t);
    if (it != registry().end()) return it->second;
  }
  raise_type_error("not a namedtuple class");
}

bool is_keyword(const std::string& s) {
  static const std::set<std::string> kw = {
      "False", "None",   "True",    "and",      "as",     "assert", "async",  "await",  "break",
      "class", "continue", "def",   "del",      "elif",   "else",   "except", "finally", "for",
      "from",  "global", "if",      "import",   "in",     "is",     "lambda", "nonlocal", "not",
      "or",    "pass",   "raise",   "return",   "try",    "while",  "with",   "yield"};
  return kw.count(s) > 0;
}

bool is_identifier(const std::string& s) {
  if (s.empty()) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80 ||
              (i > 0 && c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

std::string quote_list(const std::vector<std::string>& names) {  // 'x' / 'x' and 'y' / 'x', 'y', and 'z'
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

ObjPtr nt_construct(Interpreter&, TypeObject* cls, PosArgs args, KwArgs kw) {
  const NamedTupleInfo& info = info_of(cls);
  size_t n = info.fields.size(), ndef = info.defaults.size();
  std::string who = cls->name + ".__new__()";
  if (args.size() > n) {
    std::string takes = ndef ? "from " + std::to_string(n - ndef + 1) + " to " + std::to_string(n + 1)
                             : std::to_string(n + 1);
    raise_type_error(who + " takes " + takes + " positional argument" + (n + 1 == 1 && !ndef ? "" : "s") +
                     " but " + std::to_string(args.size() + 1) + " were given");
  }
  std::vector<ObjPtr> items(n);
  for (size_t i = 0; i < args.size(); ++i) items[i] = args[i];
  for (auto& k : kw) {
    size_t i = 0;
    while (i < n && info.fields[i] != k.name) ++i;
    if (i == n) raise_type_error(who + " got an unexpected keyword argument '" + k.name + "'");
    if (items[i]) raise_type_error(who + " got multiple values for argument '" + k.name + "'");
    items[i] = k.value;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < n; ++i) {
    if (items[i]) continue;
    if (i >= n - ndef) items[i] = info.defaults[i - (n - ndef)];
    else missing.push_back(info.fields[i]);
  }
  if (!missing.empty())
    raise_type_error(who + " missing " + std::to_string(missing.size()) + " required positional argument" +
                     (missing.size() == 1 ? "" : "s") + ": " + quote_list(missing));
  auto t = make_object<TupleObject>(std::move(items));
  t->unsafe_set_type(cls);
  return t;
}

ObjPtr nt_make(TypeObject* cls, const ObjPtr& iterable) {
  std::vector<ObjPtr> items = iterate(iterable);
  size_t n = info_of(cls).fields.size();
  if (items.size() != n)
    raise_type_error("Expected " + std::to_string(n) + " arguments, got " + std::to_string(items.size()));
  auto t = make_object<TupleObject>(std::move(items));
  t->unsafe_set_type(cls);
  return t;
}

}  // namespace

bool is_namedtuple_class(const TypeObject* t) { return registry().count(t) > 0; }

ObjPtr make_namedtuple_class(PosArgs args, KwArgs kwargs) {
  static const Signature sig("namedtuple", {"typename", "field_names", "*", "rename=", "defaults=", "module="});
  BoundArgs a = sig.bind(args, kwargs);
  bool rename = a.has(2) && is_true(a[2]);
  std::vector<std::string> fields;
  if (is_str(a[1])) {
    std::string s = str_value(a[1]), cur;
    for (char& c : s)
      if (c == ',') c = ' ';
    for (char c : s + " ") {
      if (c == ' ' || c == '\t' || c == '\n') {
        if (!cur.empty()) fields.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
  } else {
    for (auto& f : iterate(a[1])) fields.push_back(str(f));
  }
  std::string typename_ = str(a[0]);
  if (rename) {
    std::set<std::string> seen;
    for (size_t i = 0; i < fields.size(); ++i) {
      const std::string& name = fields[i];
      if (!is_identifier(name) || is_keyword(name) || name[0] == '_' || seen.count(name))
        fields[i] = "_" + std::to_string(i);
      seen.insert(name);
    }
  }
  std::vector<std::string> all = {typename_};
  all.insert(all.end(), fields.begin(), fields.end());
  for (auto& name : all) {
    if (!is_identifier(name))
      raise_value_error("Type names and field names must be valid identifiers: " + str_repr(name));
    if (is_keyword(name)) raise_value_error("Type names and field names cannot be a keyword: " + str_repr(name));
  }
  std::set<std::string> seen;
  for (auto& name : fields) {
    if (name[0] == '_' && !rename) raise_value_error("Field names cannot start with an underscore: " + str_repr(name));
    if (seen.count(name)) raise_value_error("Encountered duplicate field name: " + str_repr(name));
    seen.insert(name);
  }
  NamedTupleInfo info;
  info.fields = fields;
  if (a.given(3)) {
    info.defaults = iterate(a[3]);
    if (info.defaults.size() > fields.size()) raise_type_error("Got more default values than field names");
  }
  std::string module = a.given(4) ? str(a[4]) : "__main__";

  TypeObject* t = new_type(typename_, module, tuple_type);
  t->python_level = true;
  registry()[t] = info;
  t->construct = nt_construct;
  t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    const NamedTupleInfo& nt = info_of(self->type());
    const auto& items = tuple_items(self);
    std::string out = self->type()->name + "(";
    for (size_t i = 0; i < items.size() && i < nt.fields.size(); ++i)
      out += (i ? ", " : "") + nt.fields[i] + "=" + repr(items[i]);
    return make_str(out + ")");
  };
  std::vector<ObjPtr> field_objs;
  auto field_defaults = make_dict();
  for (size_t i = 0; i < fields.size(); ++i) {
    field_objs.push_back(make_str(fields[i]));
    if (i >= fields.size() - info.defaults.size())
      field_defaults->set(fields[i], info.defaults[i - (fields.size() - info.defaults.size())]);
    add_getset(
        t, fields[i], [i](Interpreter&, const ObjPtr& self) { return tuple_items(self)[i]; },
        [](Interpreter&, const ObjPtr&, const ObjPtr&) { raise(ErrorType::AttributeError, "can't set attribute"); });
  }
  add_type_attr(t, "_fields", make_tuple(field_objs));
  add_type_attr(t, "__match_args__", make_tuple(field_objs));
  add_type_attr(t, "_field_defaults", field_defaults);
  std::string doc = typename_ + "(";
  for (size_t i = 0; i < fields.size(); ++i) doc += (i ? ", " : "") + fields[i];
  add_type_attr(t, "__doc__", make_str(doc + ")"));
  add_type_attr(t, "__module__", make_str(module));
  add_type_attr(t, "__qualname__", make_str(typename_));
  add_static_method(t, "_make", [t](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("_make", args, 1, 1);
    return nt_make(t, args[0]);
  });
  add_method(t, "_asdict", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
    const NamedTupleInfo& nt = info_of(self->type());
    auto d = make_dict();
    const auto& items = tuple_items(self);
    for (size_t i = 0; i < items.size() && i < nt.fields.size(); ++i) d->set(nt.fields[i], items[i]);
    return d;
  });
  add_method(t, "_replace", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
    if (!args.empty()) raise_type_error("_replace() takes 1 positional argument but " +
                                        std::to_string(args.size() + 1) + " were given");
    const NamedTupleInfo& nt = info_of(self->type());
    std::vector<ObjPtr> items = tuple_items(self);
    std::vector<std::string> unknown;
    for (auto& k : kw) {
      size_t i = 0;
      while (i < nt.fields.size() && nt.fields[i] != k.name) ++i;
      if (i == nt.fields.size()) unknown.push_back(k.name);
      else items[i] = k.value;
    }
    if (!unknown.empty()) {
      std::string list = "[";
      for (size_t i = 0; i < unknown.size(); ++i) list += (i ? ", " : "") + str_repr(unknown[i]);
      raise_value_error("Got unexpected field names: " + list + "]");
    }
    auto r = make_object<TupleObject>(std::move(items));
    r->unsafe_set_type(self->type());
    return r;
  });
  add_method(t, "__getnewargs__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
    return make_tuple(tuple_items(self));
  });
  return ObjPtr(t);
}

void register_collections_module() {
  register_module("collections", [](Interpreter&, ModuleObject& m) {
    m.add_function("namedtuple", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
      return make_namedtuple_class(args, kw);
    });
    m.set("deque", ObjPtr(collections_deque_type()));
    m.set("Counter", ObjPtr(collections_counter_type()));
    m.set("defaultdict", ObjPtr(collections_defaultdict_type()));
    m.set("OrderedDict", ObjPtr(collections_ordereddict_type()));
  });
}

}  // namespace sl
