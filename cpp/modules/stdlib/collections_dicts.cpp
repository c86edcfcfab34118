// collections_dicts.cpp — the dict subclasses of `collections`: Counter (missing keys count
// 0, most_common, elements, update/subtract, multiset arithmetic and comparisons, CPython's
// repr ordered by count), defaultdict (default_factory, __missing__) and OrderedDict
// (move_to_end, popitem(last=), order-sensitive equality, 3.11's list-of-pairs repr).
//
// Each instance is a DictObject (or a subclass of it) whose type derives directly from
// dict, so every inherited dict method and is_dict() apply unchanged.
#include <algorithm>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/collections_types.hpp"

namespace sl {

namespace {

struct DefaultDictObject : DictObject {
  ObjPtr factory;  // None or a callable
  DefaultDictObject(TypeObject* t, ObjPtr f) : factory(std::move(f)) { unsafe_set_type(t); }
};

TypeObject *counter_t, *defaultdict_t, *ordereddict_t;

Ref<DictObject> new_dict_of(TypeObject* t) {
  auto d = make_dict();
  d->unsafe_set_type(t);
  return d;
}

bool is_counter(const ObjPtr& o) { return o->type()->is_subtype_of(counter_t); }

std::vector<DictObject::Entry> entries_of(const ObjPtr& d) {
  std::vector<DictObject::Entry> out;
  for (auto& e : as_dict(d)->entries())
    if (e.key) out.push_back(e);
  return out;
}

const ObjPtr& zero() { return detail::g_small_ints[-detail::kSmallIntMin]; }

ObjPtr counter_get(const ObjPtr& c, const ObjPtr& key) {
  ObjPtr v = as_dict(c)->get(key);
  return v ? v : zero();
}

bool positive(const ObjPtr& v) { return compare_bool(CmpOp::Gt, v, zero()); }
bool negative(const ObjPtr& v) { return compare_bool(CmpOp::Lt, v, zero()); }

// Counter.update / subtract: `sign` +1 adds counts, -1 subtracts them
void counter_update(const ObjPtr& self, const ObjPtr& src, int sign) {
  DictObject* d = as_dict(self);
  if (is_dict(src)) {
    if (sign > 0 && d->size() == 0) {  // CPython: dict.update when the Counter is empty
      for (auto& e : entries_of(src)) d->set_hashed(e.key, e.hash, e.value);
      return;
    }
    for (auto& e : entries_of(src)) {
      ObjPtr cur = counter_get(self, e.key);
      d->set(e.key, sign > 0 ? binary_op(BinOp::Add, e.value, cur) : binary_op(BinOp::Sub, cur, e.value));
    }
    return;
  }
  const ObjPtr one = make_int(1);
  for_each(src, [&](const ObjPtr& elem) {
    ObjPtr cur = d->get(elem);
    if (!cur) cur = zero();
    if (cur->type() == int_type && int_value(cur) < INT64_MAX && int_value(cur) > INT64_MIN)
      d->set(elem, make_int(int_value(cur) + sign));
    else
      d->set(elem, sign > 0 ? binary_op(BinOp::Add, cur, one) : binary_op(BinOp::Sub, cur, one));
    return true;
  });
}

// (key, count) pairs sorted by count, largest first, stable for ties (sorted(reverse=True))
std::vector<DictObject::Entry> by_count(const ObjPtr& self) {
  std::vector<DictObject::Entry> items = entries_of(self);
  std::stable_sort(items.begin(), items.end(), [](const DictObject::Entry& a, const DictObject::Entry& b) {
    return compare_bool(CmpOp::Lt, b.value, a.value);
  });
  return items;
}

ObjPtr counter_binop(const ObjPtr& a, const ObjPtr& b, BinOp op) {
  if (!is_counter(b)) return NotImplemented();
  Ref<DictObject> r = new_dict_of(counter_t);
  for (auto& e : entries_of(a)) {
    ObjPtr other = counter_get(b, e.key), v;
    switch (op) {
      case BinOp::Add: v = binary_op(BinOp::Add, e.value, other); break;
      case BinOp::Sub: v = binary_op(BinOp::Sub, e.value, other); break;
      case BinOp::Or: v = compare_bool(CmpOp::Lt, e.value, other) ? other : e.value; break;
      default: v = compare_bool(CmpOp::Lt, e.value, other) ? e.value : other; break;  // And
    }
    if (positive(v)) r->set(e.key, v);
  }
  if (op == BinOp::And) return r;
  for (auto& e : entries_of(b)) {
    if (as_dict(a)->contains(e.key)) continue;
    if (op == BinOp::Sub) {
      if (negative(e.value)) r->set(e.key, binary_op(BinOp::Sub, zero(), e.value));
    } else if (positive(e.value)) {
      r->set(e.key, e.value);
    }
  }
  return r;
}

void keep_positive(const ObjPtr& self) {
  for (auto& e : entries_of(self))
    if (!positive(e.value)) as_dict(self)->remove(e.key);
}

ObjPtr counter_inplace(const ObjPtr& a, const ObjPtr& b, BinOp op) {
  if (!is_counter(b)) return NotImplemented();
  DictObject* d = as_dict(a);
  if (op == BinOp::And) {
    for (auto& e : entries_of(a)) {
      ObjPtr other = counter_get(b, e.key);
      if (compare_bool(CmpOp::Lt, other, e.value)) d->set(e.key, other);
    }
  } else {
    for (auto& e : entries_of(b)) {
      ObjPtr cur = counter_get(a, e.key);
      if (op == BinOp::Add) d->set(e.key, binary_op(BinOp::Add, cur, e.value));
      else if (op == BinOp::Sub) d->set(e.key, binary_op(BinOp::Sub, cur, e.value));
      else if (compare_bool(CmpOp::Gt, e.value, cur)) d->set(e.key, e.value);  // Or
    }
  }
  keep_positive(a);
  return a;
}

// Counter comparisons (3.10+): missing elements count as zero
bool counter_all(const ObjPtr& a, const ObjPtr& b, CmpOp op) {
  for (const ObjPtr* c : {&a, &b})
    for (auto& e : entries_of(*c))
      if (!compare_bool(op, counter_get(a, e.key), counter_get(b, e.key))) return false;
  return true;
}

ObjPtr ordered_repr(const ObjPtr& self) {
  std::vector<DictObject::Entry> items = entries_of(self);
  if (items.empty()) return make_str(self->type()->name + "()");
  std::string out = self->type()->name + "([";
  for (size_t i = 0; i < items.size(); ++i)
    out += (i ? ", (" : "(") + repr(items[i].key) + ", " + repr(items[i].value) + ")";
  return make_str(out + "])");
}

#define METHOD(type, name) add_method(type, name, [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr
#define END_METHOD )

void init_counter() {
  counter_t = new_type("Counter", "collections", dict_type);
  counter_t->python_level = true;
  counter_t->unhashable = true;
  counter_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    if (args.size() > 1) raise_type_error("expected at most 1 arguments, got " + std::to_string(args.size()));
    Ref<DictObject> c = new_dict_of(t);
    if (!args.empty() && !is_none(args[0])) counter_update(c, args[0], 1);
    if (!kw.empty()) {
      auto k = make_dict();
      for (auto& x : kw) k->set(x.name, x.value);
      counter_update(c, k, 1);
    }
    return c;
  };
  counter_t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    return counter_get(self, key);
  };
  counter_t->delitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) { as_dict(self)->remove(key); };
  counter_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    if (as_dict(self)->size() == 0) return make_str(self->type()->name + "()");
    auto d = make_dict();
    try {
      for (auto& e : by_count(self)) d->set_hashed(e.key, e.hash, e.value);
    } catch (PyError& err) {  // counts that do not order: insertion order
      if (err.type != ErrorType::TypeError) throw;
      d = make_dict();
      for (auto& e : entries_of(self)) d->set_hashed(e.key, e.hash, e.value);
    }
    return make_str(self->type()->name + "(" + repr(d) + ")");
  };
  for (BinOp op : {BinOp::Add, BinOp::Sub, BinOp::Or, BinOp::And}) {
    static const BinaryFn plain[] = {
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_binop(a, b, BinOp::Add); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_binop(a, b, BinOp::Sub); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_binop(a, b, BinOp::Or); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_binop(a, b, BinOp::And); }};
    static const BinaryFn inplace[] = {
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_inplace(a, b, BinOp::Add); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_inplace(a, b, BinOp::Sub); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_inplace(a, b, BinOp::Or); },
        [](Interpreter&, const ObjPtr& a, const ObjPtr& b) { return counter_inplace(a, b, BinOp::And); }};
    int k = op == BinOp::Add ? 0 : op == BinOp::Sub ? 1 : op == BinOp::Or ? 2 : 3;
    counter_t->binop[int(op)] = plain[k];
    counter_t->ibinop[int(op)] = inplace[k];
  }
  counter_t->pos = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    Ref<DictObject> r = new_dict_of(counter_t);
    for (auto& e : entries_of(self))
      if (positive(e.value)) r->set_hashed(e.key, e.hash, e.value);
    return r;
  };
  counter_t->neg = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    Ref<DictObject> r = new_dict_of(counter_t);
    for (auto& e : entries_of(self))
      if (negative(e.value)) r->set_hashed(e.key, e.hash, binary_op(BinOp::Sub, zero(), e.value));
    return r;
  };
  counter_t->compare[int(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(counter_all(a, b, CmpOp::Eq));
  };
  counter_t->compare[int(CmpOp::Ne)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(!counter_all(a, b, CmpOp::Eq));
  };
  counter_t->compare[int(CmpOp::Le)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(counter_all(a, b, CmpOp::Le));
  };
  counter_t->compare[int(CmpOp::Ge)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(counter_all(a, b, CmpOp::Ge));
  };
  counter_t->compare[int(CmpOp::Lt)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(counter_all(a, b, CmpOp::Le) && !counter_all(a, b, CmpOp::Eq));
  };
  counter_t->compare[int(CmpOp::Gt)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_counter(b)) return NotImplemented();
    return make_bool(counter_all(a, b, CmpOp::Ge) && !counter_all(a, b, CmpOp::Eq));
  };

  METHOD(counter_t, "most_common") {
    static const Signature sig("most_common", {"n="});
    BoundArgs a = sig.bind(args, kw);
    std::vector<DictObject::Entry> items = by_count(self);
    size_t n = items.size();
    if (a.given(0)) {
      int64_t k = to_int64(a[0]);
      n = k <= 0 ? 0 : std::min<size_t>(n, static_cast<size_t>(k));
    }
    std::vector<ObjPtr> out;
    for (size_t i = 0; i < n; ++i) out.push_back(make_tuple({items[i].key, items[i].value}));
    return make_list(std::move(out));
  } END_METHOD;
  METHOD(counter_t, "elements") {
    check_nargs("elements", args, 0, 0);
    (void)kw;
    std::vector<ObjPtr> out;
    for (auto& e : entries_of(self)) {
      int64_t n = to_int64(e.value);
      if (n > 0 && out.size() + static_cast<uint64_t>(n) > (uint64_t(1) << 28)) raise_memory_error("");
      for (int64_t i = 0; i < n; ++i) out.push_back(e.key);
    }
    return get_iter(make_list(std::move(out)));
  } END_METHOD;
  METHOD(counter_t, "update") {
    if (args.size() > 1) raise_type_error("expected at most 1 arguments, got " + std::to_string(args.size()));
    if (!args.empty() && !is_none(args[0])) counter_update(self, args[0], 1);
    if (!kw.empty()) {
      auto k = make_dict();
      for (auto& x : kw) k->set(x.name, x.value);
      counter_update(self, k, 1);
    }
    return None();
  } END_METHOD;
  METHOD(counter_t, "subtract") {
    if (args.size() > 1) raise_type_error("expected at most 1 arguments, got " + std::to_string(args.size()));
    if (!args.empty() && !is_none(args[0])) counter_update(self, args[0], -1);
    if (!kw.empty()) {
      auto k = make_dict();
      for (auto& x : kw) k->set(x.name, x.value);
      counter_update(self, k, -1);
    }
    return None();
  } END_METHOD;
  METHOD(counter_t, "total") {
    check_nargs("total", args, 0, 0);
    (void)kw;
    ObjPtr acc = zero();
    for (auto& e : entries_of(self)) acc = binary_op(BinOp::Add, acc, e.value);
    return acc;
  } END_METHOD;
  METHOD(counter_t, "copy") {
    (void)args;
    (void)kw;
    Ref<DictObject> r = new_dict_of(self->type());
    for (auto& e : entries_of(self)) r->set_hashed(e.key, e.hash, e.value);
    return r;
  } END_METHOD;
  add_static_method(counter_t, "fromkeys", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) -> ObjPtr {
    raise_not_implemented("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  });
}

void init_defaultdict() {
  defaultdict_t = new_type("defaultdict", "collections", dict_type);
  defaultdict_t->unhashable = true;
  defaultdict_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    ObjPtr factory = args.empty() ? None() : args[0];
    if (!is_none(factory) && !is_callable(factory)) raise_type_error("first argument must be callable or None");
    auto d = make_object<DefaultDictObject>(t, factory);
    if (args.size() > 2) raise_type_error("dict expected at most 1 argument, got " + std::to_string(args.size() - 1));
    if (args.size() == 2) {
      ObjPtr src = args[1];
      if (is_dict(src)) {
        for (auto& e : entries_of(src)) d->set_hashed(e.key, e.hash, e.value);
      } else {
        call_method(ObjPtr(d.get()), "update", {src});
      }
    }
    for (auto& k : kw) d->set(k.name, k.value);
    return d;
  };
  defaultdict_t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    auto* d = static_cast<DefaultDictObject*>(self.get());
    if (ObjPtr v = d->get(key)) return v;
    if (is_none(d->factory)) throw_exception(make_exception(exception_type(ErrorType::KeyError), {key}));
    ObjPtr v = call(d->factory);
    d->set(key, v);
    return v;
  };
  defaultdict_t->repr = [](Interpreter& in, const ObjPtr& self) -> ObjPtr {
    auto* d = static_cast<DefaultDictObject*>(self.get());
    std::string f = is_none(d->factory) ? "None" : repr(d->factory);
    return make_str(self->type()->name + "(" + f + ", " + str_value(dict_type->repr(in, self)) + ")");
  };
  add_getset(
      defaultdict_t, "default_factory",
      [](Interpreter&, const ObjPtr& self) { return static_cast<DefaultDictObject*>(self.get())->factory; },
      [](Interpreter&, const ObjPtr& self, const ObjPtr& v) {
        static_cast<DefaultDictObject*>(self.get())->factory = v ? v : None();
      });
  METHOD(defaultdict_t, "copy") {
    (void)args;
    (void)kw;
    Ref<DictObject> r = empty_dict_like(self);
    for (auto& e : entries_of(self)) r->set_hashed(e.key, e.hash, e.value);
    return r;
  } END_METHOD;
  METHOD(defaultdict_t, "__missing__") {
    check_nargs("__missing__", args, 1, 1);
    (void)kw;
    return defaultdict_t->getitem(current_interpreter(), self, args[0]);
  } END_METHOD;
}

void init_ordereddict() {
  ordereddict_t = new_type("OrderedDict", "collections", dict_type);
  ordereddict_t->unhashable = true;
  ordereddict_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    if (args.size() > 1) raise_type_error("expected at most 1 arguments, got " + std::to_string(args.size()));
    Ref<DictObject> d = new_dict_of(t);
    if (!args.empty()) call_method(ObjPtr(d.get()), "update", {args[0]});
    for (auto& k : kw) d->set(k.name, k.value);
    return d;
  };
  ordereddict_t->repr = [](Interpreter&, const ObjPtr& self) { return ordered_repr(self); };
  ordereddict_t->compare[int(CmpOp::Eq)] = [](Interpreter& in, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_dict(b)) return NotImplemented();
    ObjPtr same = dict_type->compare[int(CmpOp::Eq)](in, a, b);
    if (!b->type()->is_subtype_of(ordereddict_t) || !is_true(same)) return same;
    std::vector<DictObject::Entry> x = entries_of(a), y = entries_of(b);
    for (size_t i = 0; i < x.size() && i < y.size(); ++i)
      if (!eq(x[i].key, y[i].key)) return False();
    return True();
  };
  ordereddict_t->compare[int(CmpOp::Ne)] = [](Interpreter& in, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    ObjPtr r = ordereddict_t->compare[int(CmpOp::Eq)](in, a, b);
    if (r.get() == NotImplemented().get()) return r;
    return make_bool(!is_true(r));
  };
  METHOD(ordereddict_t, "move_to_end") {
    static const Signature sig("move_to_end", {"key", "last="});
    BoundArgs a = sig.bind(args, kw);
    DictObject* d = as_dict(self);
    ObjPtr v = d->get(a[0]);
    if (!v) throw_exception(make_exception(exception_type(ErrorType::KeyError), {a[0]}));
    bool last = !a.has(1) || is_true(a[1]);
    d->remove(a[0]);
    if (last) {
      d->set(a[0], v);
      return None();
    }
    std::vector<DictObject::Entry> rest = entries_of(self);
    d->clear();
    d->set(a[0], v);
    for (auto& e : rest) d->set_hashed(e.key, e.hash, e.value);
    return None();
  } END_METHOD;
  METHOD(ordereddict_t, "popitem") {
    static const Signature sig("popitem", {"last="});
    BoundArgs a = sig.bind(args, kw);
    std::vector<DictObject::Entry> items = entries_of(self);
    if (items.empty()) raise(ErrorType::KeyError, "dictionary is empty");
    bool last = !a.has(0) || is_true(a[0]);
    DictObject::Entry e = last ? items.back() : items.front();
    as_dict(self)->remove(e.key);
    return make_tuple({e.key, e.value});
  } END_METHOD;
  METHOD(ordereddict_t, "copy") {
    (void)args;
    (void)kw;
    Ref<DictObject> r = new_dict_of(self->type());
    for (auto& e : entries_of(self)) r->set_hashed(e.key, e.hash, e.value);
    return r;
  } END_METHOD;
  METHOD(ordereddict_t, "__reversed__") {
    (void)args;
    (void)kw;
    std::vector<ObjPtr> keys;
    for (auto& e : entries_of(self)) keys.push_back(e.key);
    std::reverse(keys.begin(), keys.end());
    return get_iter(make_list(std::move(keys)));
  } END_METHOD;
}

void init_all() {
  static bool ready = false;
  if (ready) return;
  ready = true;
  init_counter();
  init_defaultdict();
  init_ordereddict();
}

}  // namespace

TypeObject* collections_counter_type() {
  init_all();
  return counter_t;
}
TypeObject* collections_defaultdict_type() {
  init_all();
  return defaultdict_t;
}
TypeObject* collections_ordereddict_type() {
  init_all();
  return ordereddict_t;
}

Ref<DictObject> empty_dict_like(const ObjPtr& d) {
  init_all();
  TypeObject* t = d->type();
  if (t->is_subtype_of(defaultdict_t)) {
    auto r = make_object<DefaultDictObject>(t, static_cast<DefaultDictObject*>(d.get())->factory);
    return Ref<DictObject>(r.get());
  }
  if (t == dict_type) return make_dict();
  return new_dict_of(t);
}

}  // namespace sl
