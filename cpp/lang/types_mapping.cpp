// types_mapping.cpp — dict (with keys/values/items views), mappingproxy, set and frozenset: slots,
// methods, set algebra in CPython's iteration orders, and the iterators (which raise
// RuntimeError when the container changes size during iteration, like CPython).
#include <algorithm>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"

namespace sl {

namespace {

TypeObject* dict_iter_type;
TypeObject* dict_keys_type;
TypeObject* dict_values_type;
TypeObject* dict_items_type;
TypeObject* set_iter_type;

enum class DictIterKind { Keys, Values, Items };

struct DictIter : Object {
  Ref<DictObject> d;
  size_t pos = 0;
  size_t initial_size;
  DictIterKind kind;
  DictIter(Ref<DictObject> dict, DictIterKind k)
      : Object(dict_iter_type), d(std::move(dict)), initial_size(d->size()), kind(k) {}
};

struct DictView : Object {
  Ref<DictObject> d;
  DictIterKind kind;
  DictView(TypeObject* t, Ref<DictObject> dict, DictIterKind k) : Object(t), d(std::move(dict)), kind(k) {}
};

struct SetIter : Object {
  Ref<SetObject> s;
  size_t pos = 0;
  size_t initial_size;
  explicit SetIter(Ref<SetObject> set) : Object(set_iter_type), s(std::move(set)), initial_size(s->size()) {}
};

Ref<DictObject> D(const ObjPtr& o) { return Ref<DictObject>(static_cast<DictObject*>(o.get())); }
SetObject* SO(const ObjPtr& o) { return static_cast<SetObject*>(o.get()); }

[[noreturn]] void raise_key_error(const ObjPtr& key) {
  throw_exception(make_exception(exception_type(ErrorType::KeyError), {key}));
}

std::vector<const Object*>& repr_stack() {
  static std::vector<const Object*> s;
  return s;
}

std::string dict_repr(const ObjPtr& self) {
  auto& st = repr_stack();
  if (std::find(st.begin(), st.end(), self.get()) != st.end()) return "{...}";
  st.push_back(self.get());
  struct Pop {
    ~Pop() { repr_stack().pop_back(); }
  } pop;
  std::string out = "{";
  bool first = true;
  std::vector<DictObject::Entry> entries = as_dict(self)->entries();
  for (auto& e : entries) {
    if (!e.key) continue;
    if (!first) out += ", ";
    first = false;
    out += repr(e.key) + ": " + repr(e.value);
  }
  return out + "}";
}

std::string set_repr(const ObjPtr& self) {
  SetObject* s = SO(self);
  bool frozen = self->type() == frozenset_type;
  if (s->size() == 0) return frozen ? "frozenset()" : "set()";
  auto& st = repr_stack();
  if (std::find(st.begin(), st.end(), self.get()) != st.end()) return self->type()->name + "(...)";
  st.push_back(self.get());
  struct Pop {
    ~Pop() { repr_stack().pop_back(); }
  } pop;
  std::string out = frozen ? "frozenset({" : "{";
  bool first = true;
  for (auto& k : s->items()) {
    if (!first) out += ", ";
    first = false;
    out += repr(k);
  }
  return out + (frozen ? "})" : "}");
}

// dict(...) / dict.update(...) argument handling
void dict_update_from(DictObject* d, const ObjPtr& src, const char* fname) {
  if (is_dict(src)) {
    std::vector<DictObject::Entry> entries = as_dict(src)->entries();
    for (auto& e : entries)
      if (e.key) d->set_hashed(e.key, e.hash, e.value);
    return;
  }
  if (ObjPtr keys = getattr_or_null(src, "keys")) {
    for (auto& k : iterate(call(keys))) d->set(k, getitem(src, k));
    return;
  }
  size_t i = 0;
  for_each(src, [&](const ObjPtr& item) {
    std::vector<ObjPtr> kv;
    if (!is_sequence(item) && !find_slot(item->type(), &TypeObject::iter))
      raise_type_error("cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
    kv = iterate(item);
    if (kv.size() != 2)
      raise_value_error("dictionary update sequence element #" + std::to_string(i) + " has length " +
                        std::to_string(kv.size()) + "; 2 is required");
    d->set(kv[0], kv[1]);
    ++i;
    return true;
  });
  (void)fname;
}

ObjPtr new_set_like(const ObjPtr& proto) {
  return ObjPtr(new SetObject(proto->type() == frozenset_type));
}

bool is_set_like(const ObjPtr& o) { return is_set(o) || o->type() == dict_keys_type || o->type() == dict_items_type; }

Ref<SetObject> as_set(const ObjPtr& o) {
  if (is_set(o)) return Ref<SetObject>(SO(o));
  auto s = make_set();
  set_update(s.get(), o);
  return s;
}

ObjPtr set_or(const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = new_set_like(a);
  SO(r)->merge(*as_set(a));
  set_update(SO(r), b);
  return r;
}
ObjPtr set_and(const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = new_set_like(a);
  Ref<SetObject> x = as_set(a), y = as_set(b);
  if (y->size() > x->size()) std::swap(x, y);
  for (auto& k : y->items())
    if (x->contains(k)) SO(r)->add(k);
  return r;
}
ObjPtr set_sub(const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = new_set_like(a);
  Ref<SetObject> x = as_set(a), y = as_set(b);
  for (auto& k : x->items())
    if (!y->contains(k)) SO(r)->add(k);
  return r;
}
ObjPtr set_xor(const ObjPtr& a, const ObjPtr& b) {
  ObjPtr r = new_set_like(a);
  SO(r)->merge(*as_set(a));
  for (auto& k : as_set(b)->items())
    if (!SO(r)->discard(k)) SO(r)->add(k);
  return r;
}
bool is_subset(SetObject* a, SetObject* b) {
  if (a->size() > b->size()) return false;
  for (auto& k : a->items())
    if (!b->contains(k)) return false;
  return true;
}

template <int K>
ObjPtr set_cmp(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  if (!is_set(b)) return NotImplemented();
  SetObject *x = SO(a), *y = SO(b);
  switch (static_cast<CmpOp>(K)) {
    case CmpOp::Eq: return make_bool(x->size() == y->size() && is_subset(x, y));
    case CmpOp::Ne: return make_bool(!(x->size() == y->size() && is_subset(x, y)));
    case CmpOp::Le: return make_bool(is_subset(x, y));
    case CmpOp::Lt: return make_bool(x->size() < y->size() && is_subset(x, y));
    case CmpOp::Ge: return make_bool(is_subset(y, x));
    case CmpOp::Gt: return make_bool(x->size() > y->size() && is_subset(y, x));
    default: return NotImplemented();
  }
}
template <int... K>
void fill_set_cmps(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->compare[K] = &set_cmp<K>), ...);
}

#define DICT_METHOD(name) add_method(dict_type, name, [](Interpreter & in, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr
#define SET_METHOD(name) add_method(set_type, name, [](Interpreter & in, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr
#define END_METHOD )

ObjPtr view_of(const ObjPtr& d, DictIterKind k) {
  TypeObject* t = k == DictIterKind::Keys ? dict_keys_type : k == DictIterKind::Values ? dict_values_type : dict_items_type;
  return make_object<DictView>(t, D(d), k);
}

}  // namespace

void reset_mapping_repr_guard() { repr_stack().clear(); }

ObjPtr dict_keys_view(const ObjPtr& d) { return view_of(d, DictIterKind::Keys); }

void set_update(SetObject* s, const ObjPtr& iterable) {
  if (is_set(iterable)) {
    s->merge(*SO(iterable));
    return;
  }
  if (is_dict(iterable)) {
    s->presize(as_dict(iterable)->size());
    for (auto& k : as_dict(iterable)->keys()) s->add(k);
    return;
  }
  for_each(iterable, [&](const ObjPtr& x) {
    s->add(x);
    return true;
  });
}

void init_mapping_types() {
  // ---------------------------------------------------------------- iterators and views
  dict_iter_type = new_type("dict_keyiterator", "builtins");
  dict_iter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  dict_iter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<DictIter*>(self.get());
    if (!it->d) return nullptr;
    if (it->d->size() != it->initial_size) {
      it->initial_size = static_cast<size_t>(-1);
      raise(ErrorType::RuntimeError, "dictionary changed size during iteration");
    }
    const auto& entries = it->d->entries();
    while (it->pos < entries.size() && !entries[it->pos].key) ++it->pos;
    if (it->pos >= entries.size()) {
      it->d = nullptr;
      return nullptr;
    }
    const auto& e = entries[it->pos++];
    switch (it->kind) {
      case DictIterKind::Keys: return e.key;
      case DictIterKind::Values: return e.value;
      default: return make_tuple({e.key, e.value});
    }
  };
  dict_keys_type = new_type("dict_keys", "builtins");
  dict_values_type = new_type("dict_values", "builtins");
  dict_items_type = new_type("dict_items", "builtins");
  for (TypeObject* t : {dict_keys_type, dict_values_type, dict_items_type}) {
    t->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* v = static_cast<DictView*>(self.get());
      return make_object<DictIter>(v->d, v->kind);
    };
    t->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(static_cast<DictView*>(self.get())->d->size()); };
    add_method(t, "__reversed__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      std::vector<ObjPtr> items = iterate(self);  // a snapshot, in reverse insertion order
      std::reverse(items.begin(), items.end());
      return get_iter(make_list(std::move(items)));
    });
    t->repr = [](Interpreter&, const ObjPtr& self) {
      auto* v = static_cast<DictView*>(self.get());
      std::vector<ObjPtr> items = iterate(self);
      std::string out = v->type()->name + "([";
      for (size_t i = 0; i < items.size(); ++i) {
        if (i) out += ", ";
        out += repr(items[i]);
      }
      return make_str(out + "])");
    };
  }
  dict_keys_type->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    return static_cast<DictView*>(self.get())->d->contains(item);
  };
  dict_items_type->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    if (!is_tuple(item) || tuple_items(item).size() != 2) return false;
    ObjPtr v = static_cast<DictView*>(self.get())->d->get(tuple_items(item)[0]);
    return v && eq(v, tuple_items(item)[1]);
  };
  for (TypeObject* t : {dict_keys_type, dict_items_type}) {
    t->binop[static_cast<int>(BinOp::And)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return set_and(as_set(a), b); };
    t->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return set_or(as_set(a), b); };
    t->binop[static_cast<int>(BinOp::Sub)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return set_sub(as_set(a), b); };
    t->binop[static_cast<int>(BinOp::Xor)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return set_xor(as_set(a), b); };
    t->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
      if (!is_set_like(b)) return NotImplemented();
      Ref<SetObject> x = as_set(a), y = as_set(b);
      return make_bool(x->size() == y->size() && is_subset(x.get(), y.get()));
    };
  }
  set_iter_type = new_type("set_iterator", "builtins");
  set_iter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  set_iter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<SetIter*>(self.get());
    if (!it->s) return nullptr;
    if (it->s->size() != it->initial_size) {
      it->initial_size = static_cast<size_t>(-1);
      raise(ErrorType::RuntimeError, "Set changed size during iteration");
    }
    const auto& table = it->s->table();
    while (it->pos < table.size() && !table[it->pos].key) ++it->pos;
    if (it->pos >= table.size()) {
      it->s = nullptr;
      return nullptr;
    }
    return table[it->pos++].key;
  };

  // ---------------------------------------------------------------- dict
  TypeObject* d = dict_type;
  d->repr = [](Interpreter&, const ObjPtr& self) { return make_str(dict_repr(self)); };
  d->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(as_dict(self)->size()); };
  d->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    ObjPtr v = as_dict(self)->get(key);
    if (!v) raise_key_error(key);
    return v;
  };
  d->setitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) { as_dict(self)->set(key, value); };
  d->delitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) {
    if (!as_dict(self)->remove(key)) raise_key_error(key);
  };
  d->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) { return as_dict(self)->contains(key); };
  d->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr { return make_object<DictIter>(D(self), DictIterKind::Keys); };
  d->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_dict(b)) return NotImplemented();
    DictObject *x = as_dict(a), *y = as_dict(b);
    if (x->size() != y->size()) return False();
    for (auto& e : std::vector<DictObject::Entry>(x->entries())) {
      if (!e.key) continue;
      ObjPtr v = y->get(e.key);
      if (!v || !eq(e.value, v)) return False();
    }
    return True();
  };
  d->compare[static_cast<int>(CmpOp::Ne)] = [](Interpreter& in, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    ObjPtr r = dict_type->compare[static_cast<int>(CmpOp::Eq)](in, a, b);
    if (r.get() == NotImplemented().get()) return r;
    return make_bool(!is_true(r));
  };
  d->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_dict(b)) return NotImplemented();
    auto r = make_dict();
    dict_update_from(r.get(), a, "update");
    dict_update_from(r.get(), b, "update");
    return r;
  };
  d->ibinop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    dict_update_from(as_dict(a), b, "update");
    return a;
  };
  d->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    if (args.size() > 1) raise_type_error("dict expected at most 1 argument, got " + std::to_string(args.size()));
    auto r = make_dict();
    if (!args.empty()) dict_update_from(r.get(), args[0], "dict");
    for (auto& kw : kwargs) r->set(kw.name, kw.value);
    return r;
  };

  DICT_METHOD("keys") { return view_of(self, DictIterKind::Keys); } END_METHOD;
  DICT_METHOD("values") { return view_of(self, DictIterKind::Values); } END_METHOD;
  DICT_METHOD("items") { return view_of(self, DictIterKind::Items); } END_METHOD;
  DICT_METHOD("get") {
    check_no_kwargs("dict.get", kwargs);
    check_nargs("get", args, 1, 2);
    ObjPtr v = as_dict(self)->get(args[0]);
    if (v) return v;
    return args.size() > 1 ? args[1] : None();
  } END_METHOD;
  DICT_METHOD("pop") {
    check_nargs("pop", args, 1, 2);
    ObjPtr v = as_dict(self)->get(args[0]);
    if (v) {
      as_dict(self)->remove(args[0]);
      return v;
    }
    if (args.size() > 1) return args[1];
    raise_key_error(args[0]);
  } END_METHOD;
  DICT_METHOD("popitem") {
    DictObject* dd = as_dict(self);
    if (dd->size() == 0) raise(ErrorType::KeyError, "popitem(): dictionary is empty");
    const auto& entries = dd->entries();
    for (size_t i = entries.size(); i-- > 0;) {
      if (!entries[i].key) continue;
      ObjPtr k = entries[i].key, v = entries[i].value;
      dd->remove(k);
      return make_tuple({k, v});
    }
    return None();
  } END_METHOD;
  DICT_METHOD("setdefault") {
    check_nargs("setdefault", args, 1, 2);
    ObjPtr v = as_dict(self)->get(args[0]);
    if (v) return v;
    ObjPtr dflt = args.size() > 1 ? args[1] : None();
    as_dict(self)->set(args[0], dflt);
    return dflt;
  } END_METHOD;
  DICT_METHOD("update") {
    if (args.size() > 1) raise_type_error("update expected at most 1 argument, got " + std::to_string(args.size()));
    if (!args.empty()) dict_update_from(as_dict(self), args[0], "update");
    for (auto& kw : kwargs) as_dict(self)->set(kw.name, kw.value);
    return None();
  } END_METHOD;
  DICT_METHOD("copy") {
    auto r = make_dict();
    dict_update_from(r.get(), self, "copy");
    return r;
  } END_METHOD;
  DICT_METHOD("clear") {
    as_dict(self)->clear();
    return None();
  } END_METHOD;
  add_static_method(dict_type, "fromkeys", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs) -> ObjPtr {
    check_nargs("fromkeys", args, 1, 2);
    auto r = make_dict();
    ObjPtr v = args.size() > 1 ? args[1] : None();
    for_each(args[0], [&](const ObjPtr& k) {
      r->set(k, v);
      return true;
    });
    return r;
  });

  // ---------------------------------------------------------------- set / frozenset
  for (TypeObject* t : {set_type, frozenset_type}) {
    t->repr = [](Interpreter&, const ObjPtr& self) { return make_str(set_repr(self)); };
    t->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(SO(self)->size()); };
    t->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) { return SO(self)->contains(item); };
    t->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr { return make_object<SetIter>(Ref<SetObject>(SO(self))); };
    t->binop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
      if (!is_set(b)) return NotImplemented();
      return set_or(a, b);
    };
    t->binop[static_cast<int>(BinOp::And)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
      if (!is_set(b)) return NotImplemented();
      return set_and(a, b);
    };
    t->binop[static_cast<int>(BinOp::Sub)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
      if (!is_set(b)) return NotImplemented();
      return set_sub(a, b);
    };
    t->binop[static_cast<int>(BinOp::Xor)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
      if (!is_set(b)) return NotImplemented();
      return set_xor(a, b);
    };
    fill_set_cmps(t, std::make_integer_sequence<int, kNumCmpOps>());
    for (const char* name : {"union", "intersection", "difference", "symmetric_difference"}) {
      std::string nm = name;
      add_method(t, name, [nm](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
        ObjPtr r = self;
        if (args.empty()) {
          ObjPtr c = new_set_like(self);
          SO(c)->merge(*SO(self));
          return c;
        }
        for (auto& a : args) {
          if (nm == "union") r = set_or(r, a);
          else if (nm == "intersection") r = set_and(r, a);
          else if (nm == "difference") r = set_sub(r, a);
          else r = set_xor(r, a);
        }
        return r;
      });
    }
    add_method(t, "issubset", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
      check_nargs("issubset", args, 1, 1);
      return make_bool(is_subset(SO(self), as_set(args[0]).get()));
    });
    add_method(t, "issuperset", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
      check_nargs("issuperset", args, 1, 1);
      return make_bool(is_subset(as_set(args[0]).get(), SO(self)));
    });
    add_method(t, "isdisjoint", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
      check_nargs("isdisjoint", args, 1, 1);
      Ref<SetObject> o = as_set(args[0]);
      for (auto& k : SO(self)->items())
        if (o->contains(k)) return False();
      return True();
    });
    add_method(t, "copy", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      ObjPtr c = new_set_like(self);
      SO(c)->merge(*SO(self));
      return c;
    });
  }
  set_type->unhashable = true;
  frozenset_type->unhashable = false;
  frozenset_type->hash = [](Interpreter&, const ObjPtr& self) -> int64_t {
    // CPython's frozenset hash (order independent)
    uint64_t h = 0;
    for (auto& k : SO(self)->items()) {
      uint64_t x = static_cast<uint64_t>(hash(k));
      h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
    }
    h ^= (static_cast<uint64_t>(SO(self)->size()) + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    int64_t r = static_cast<int64_t>(h);
    return r == -1 ? 590923713 : r;
  };
  auto set_ctor = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs(cls->name.c_str(), kwargs);
    check_nargs(cls->name.c_str(), args, 0, 1);
    Ref<SetObject> s(new SetObject(cls == frozenset_type));
    if (!args.empty()) set_update(s.get(), args[0]);
    return s;
  };
  set_type->construct = set_ctor;
  frozenset_type->construct = set_ctor;
  set_type->ibinop[static_cast<int>(BinOp::Or)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_set(b)) return NotImplemented();
    set_update(SO(a), b);
    return a;
  };
  set_type->ibinop[static_cast<int>(BinOp::Sub)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_set(b)) return NotImplemented();
    for (auto& k : SO(b)->items()) SO(a)->discard(k);
    return a;
  };
  set_type->ibinop[static_cast<int>(BinOp::And)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_set(b)) return NotImplemented();
    ObjPtr r = set_and(a, b);
    SO(a)->clear();
    SO(a)->merge(*SO(r));
    return a;
  };
  set_type->ibinop[static_cast<int>(BinOp::Xor)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_set(b)) return NotImplemented();
    for (auto& k : SO(b)->items())
      if (!SO(a)->discard(k)) SO(a)->add(k);
    return a;
  };
  SET_METHOD("add") {
    check_nargs("set.add", args, 1, 1);
    SO(self)->add(args[0]);
    return None();
  } END_METHOD;
  SET_METHOD("remove") {
    check_nargs("remove", args, 1, 1);
    if (!SO(self)->discard(args[0])) raise_key_error(args[0]);
    return None();
  } END_METHOD;
  SET_METHOD("discard") {
    check_nargs("discard", args, 1, 1);
    SO(self)->discard(args[0]);
    return None();
  } END_METHOD;
  SET_METHOD("pop") {
    SetObject* s = SO(self);
    if (s->size() == 0) raise(ErrorType::KeyError, "pop from an empty set");
    ObjPtr k = s->items()[0];
    s->discard(k);
    return k;
  } END_METHOD;
  SET_METHOD("clear") {
    SO(self)->clear();
    return None();
  } END_METHOD;
  SET_METHOD("update") {
    for (auto& a : args) set_update(SO(self), a);
    return None();
  } END_METHOD;
  SET_METHOD("intersection_update") {
    ObjPtr r = self;
    for (auto& a : args) r = set_and(r, a);
    std::vector<ObjPtr> keep = SO(r)->items();
    SO(self)->clear();
    for (auto& k : keep) SO(self)->add(k);
    return None();
  } END_METHOD;
  SET_METHOD("difference_update") {
    for (auto& a : args)
      for (auto& k : iterate(a)) SO(self)->discard(k);
    return None();
  } END_METHOD;
  SET_METHOD("symmetric_difference_update") {
    check_nargs("symmetric_difference_update", args, 1, 1);
    for (auto& k : as_set(args[0])->items())
      if (!SO(self)->discard(k)) SO(self)->add(k);
    return None();
  } END_METHOD;
}

TypeObject* mappingproxy_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("mappingproxy", "builtins", dict_type);
    t->repr = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
      return make_str("mappingproxy(" + str_value(dict_type->repr(in, self)) + ")");
    };
    // str() is the mapping's own: print(dt.fields) shows {...}, repr mappingproxy({...})
    t->str = [](Interpreter& in, const ObjPtr& self) -> ObjPtr { return dict_type->repr(in, self); };
    t->setitem = [](Interpreter&, const ObjPtr&, const ObjPtr&, const ObjPtr&) {
      raise_type_error("'mappingproxy' object does not support item assignment");
    };
    t->delitem = [](Interpreter&, const ObjPtr&, const ObjPtr&) {
      raise_type_error("'mappingproxy' object does not support item deletion");
    };
    return t;
  }();
  return t;
}

}  // namespace sl
