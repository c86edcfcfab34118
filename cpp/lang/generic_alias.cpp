// generic_alias.cpp — types.UnionType and types.GenericAlias (CPython's unionobject.c and
// genericaliasobject.c behaviour: reprs, __args__/__origin__, equality and hashing, `|`,
// calling an alias, isinstance() support through union_members).
#include "lang/generic_alias.hpp"

#include "lang/builtin_types.hpp"

namespace sl {

namespace {

struct UnionObject : Object {
  std::vector<ObjPtr> args;  // flattened, deduplicated; None stored as NoneType
  UnionObject() : Object(union_type_type()) {}
};

struct AliasObject : Object {
  ObjPtr origin;
  ObjPtr args;  // tuple
  AliasObject(ObjPtr o, ObjPtr a) : Object(generic_alias_type()), origin(std::move(o)), args(std::move(a)) {}
};

bool is_unionable(const ObjPtr& o) {
  return is_none(o) || is_type(o) || o->type() == union_type_type() || o->type() == generic_alias_type();
}

// CPython's ga_repr_item / union_repr_item: names of classes, `...`, nested aliases.
std::string item_repr(const ObjPtr& o) {
  if (o.get() == Ellipsis().get()) return "...";
  if (o.get() == none_type || is_none(o)) return "None";
  if (o->type() == union_type_type() || o->type() == generic_alias_type()) return repr(o);
  if (is_type(o)) {
    ObjPtr mod = getattr_or_null(o, "__module__");
    ObjPtr qn = getattr_or_null(o, "__qualname__");
    if (mod && qn && is_str(mod) && is_str(qn))
      return str_value(mod) == "builtins" ? str_value(qn) : str_value(mod) + "." + str_value(qn);
  }
  return repr(o);
}

void add_member(std::vector<ObjPtr>& out, const ObjPtr& m) {
  ObjPtr v = is_none(m) ? ObjPtr(none_type) : m;
  for (auto& x : out) {
    if (x.get() == v.get()) return;
    if (is_generic_alias(x) && is_generic_alias(v) && eq(x, v)) return;
  }
  out.push_back(v);
}

void add_flat(std::vector<ObjPtr>& out, const ObjPtr& o) {
  if (const std::vector<ObjPtr>* m = union_members(o)) {
    for (auto& x : *m) add_member(out, x);
    return;
  }
  add_member(out, o);
}

const AliasObject* alias(const ObjPtr& o) { return static_cast<const AliasObject*>(o.get()); }

// == compares the members as sets (int | str == str | int), as CPython
template <bool WantEq>
ObjPtr union_compare(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  if (b->type() != union_type_type()) return NotImplemented();
  auto covers = [](const std::vector<ObjPtr>& p, const std::vector<ObjPtr>& q) {
    for (auto& e : p) {
      bool found = false;
      for (auto& f : q) found = found || e.get() == f.get() || eq(e, f);
      if (!found) return false;
    }
    return true;
  };
  const auto& x = *union_members(a);
  const auto& y = *union_members(b);
  return make_bool((covers(x, y) && covers(y, x)) == WantEq);
}

template <bool WantEq>
ObjPtr alias_compare(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  if (!is_generic_alias(b)) return NotImplemented();
  bool same = eq(alias(a)->origin, alias(b)->origin) && eq(alias(a)->args, alias(b)->args);
  return make_bool(same == WantEq);
}

}  // namespace

const std::vector<ObjPtr>* union_members(const ObjPtr& o) {
  if (o->type() != union_type_type()) return nullptr;
  return &static_cast<const UnionObject*>(o.get())->args;
}

ObjPtr union_or(const ObjPtr& a, const ObjPtr& b) {
  if (!is_unionable(a) || !is_unionable(b)) return NotImplemented();
  std::vector<ObjPtr> args;
  add_flat(args, a);
  add_flat(args, b);
  if (args.size() == 1) return args[0];
  auto u = make_object<UnionObject>();
  u->args = std::move(args);
  return u;
}

ObjPtr make_generic_alias(const ObjPtr& origin, const ObjPtr& key) {
  ObjPtr args = is_tuple(key) ? key : make_tuple({key});
  return make_object<AliasObject>(origin, args);
}

TypeObject* union_type_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("UnionType", "types");
    t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      std::string s;
      for (auto& a : *union_members(self)) s += (s.empty() ? "" : " | ") + item_repr(a);
      return make_str(s);
    };
    t->hash = [](Interpreter&, const ObjPtr& self) -> int64_t {  // hash(frozenset(__args__))
      auto fs = make_object<SetObject>(true);
      for (auto& a : *union_members(self)) fs->add(a);
      return hash(ObjPtr(fs));
    };
    t->compare[static_cast<int>(CmpOp::Eq)] = union_compare<true>;
    t->compare[static_cast<int>(CmpOp::Ne)] = union_compare<false>;
    t->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return union_or(a, b); };
    t->rbinop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& self, const ObjPtr& other) {
      return union_or(other, self);
    };
    add_getset(t, "__args__", [](Interpreter&, const ObjPtr& self) { return make_tuple(*union_members(self)); });
    add_getset(t, "__parameters__", [](Interpreter&, const ObjPtr&) { return make_tuple({}); });
    t->make_immortal();
    return t;
  }();
  return t;
}

TypeObject* generic_alias_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("GenericAlias", "types");
    t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      const AliasObject* a = alias(self);
      std::string s = item_repr(a->origin) + "[";
      const auto& items = tuple_items(a->args);
      if (items.empty()) s += "()";
      for (size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + item_repr(items[i]);
      return make_str(s + "]");
    };
    t->hash = [](Interpreter&, const ObjPtr& self) -> int64_t {
      return hash(alias(self)->origin) ^ hash(alias(self)->args);
    };
    t->compare[static_cast<int>(CmpOp::Eq)] = alias_compare<true>;
    t->compare[static_cast<int>(CmpOp::Ne)] = alias_compare<false>;
    t->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return union_or(a, b); };
    t->rbinop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& self, const ObjPtr& other) {
      return union_or(other, self);
    };
    t->call = [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr {
      return sl::call(alias(self)->origin, args, kwargs);  // list[int]([1, 2]) is a list
    };
    add_getset(t, "__origin__", [](Interpreter&, const ObjPtr& self) { return alias(self)->origin; });
    add_getset(t, "__args__", [](Interpreter&, const ObjPtr& self) { return alias(self)->args; });
    add_getset(t, "__parameters__", [](Interpreter&, const ObjPtr&) { return make_tuple({}); });
    // other attributes are the origin's (list[int].append is list.append), as CPython
    t->getattr = [](Interpreter&, const ObjPtr& self, const std::string& name) -> ObjPtr {
      if (name.size() > 4 && name.compare(0, 2, "__") == 0 && name != "__name__" && name != "__qualname__" &&
          name != "__module__" && name != "__doc__")
        return nullptr;
      return getattr_or_null(alias(self)->origin, name);
    };
    t->make_immortal();
    return t;
  }();
  return t;
}

}  // namespace sl
