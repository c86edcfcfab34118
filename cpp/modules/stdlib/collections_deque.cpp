// collections_deque.cpp — collections.deque: a double-ended queue with an optional maxlen,
// CPython's methods, reprs, comparisons and messages; iterators raise RuntimeError
// "deque mutated during iteration" when the deque changes under them.
#include <algorithm>
#include <deque>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/collections_types.hpp"

namespace sl {

namespace {

struct DequeObject : Object {
  std::deque<ObjPtr> items;
  int64_t maxlen = -1;  // -1: unbounded
  uint64_t state = 0;   // bumped by every mutation (iterator invalidation)
  explicit DequeObject(TypeObject* t) : Object(t) {}

  void push_back(ObjPtr v) {
    if (maxlen == 0) return;
    if (maxlen > 0 && static_cast<int64_t>(items.size()) >= maxlen) items.pop_front();
    items.push_back(std::move(v));
    ++state;
  }
  void push_front(ObjPtr v) {
    if (maxlen == 0) return;
    if (maxlen > 0 && static_cast<int64_t>(items.size()) >= maxlen) items.pop_back();
    items.push_front(std::move(v));
    ++state;
  }
};

struct DequeIter : Object {
  Ref<DequeObject> d;
  size_t index = 0;
  uint64_t state;
  bool reversed;
  DequeIter(TypeObject* t, Ref<DequeObject> dq, bool rev) : Object(t), d(std::move(dq)), state(d->state), reversed(rev) {}
};

TypeObject *deque_t, *deque_iter_t, *deque_rev_iter_t;

DequeObject* D(const ObjPtr& o) { return cast<DequeObject>(o); }

bool is_deque(const ObjPtr& o) { return o->type()->is_subtype_of(deque_t); }

// a snapshot of the items: user code run by comparisons may mutate the deque
std::vector<ObjPtr> snapshot(const ObjPtr& o) { return std::vector<ObjPtr>(D(o)->items.begin(), D(o)->items.end()); }

size_t norm_index(DequeObject* d, const ObjPtr& key) {
  if (!has_index(key)) raise_type_error("sequence index must be integer, not '" + type_name(key) + "'");
  int64_t i = to_int64(key), n = static_cast<int64_t>(d->items.size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) raise_index_error("deque index out of range");
  return static_cast<size_t>(i);
}

std::vector<const Object*>& repr_guard() {
  static std::vector<const Object*> g;
  return g;
}

ObjPtr make_deque(TypeObject* t, const std::vector<ObjPtr>& items, int64_t maxlen) {
  auto d = make_object<DequeObject>(t);
  d->maxlen = maxlen;
  for (auto& x : items) d->push_back(x);
  return d;
}

// index of the first item equal to x in [start, stop), or -1; raises RuntimeError when the
// deque is mutated by a comparison
int64_t find_item(DequeObject* d, const ObjPtr& x, int64_t start, int64_t stop) {
  uint64_t st = d->state;
  for (int64_t i = start; i < stop && i < static_cast<int64_t>(d->items.size()); ++i) {
    ObjPtr item = d->items[static_cast<size_t>(i)];
    bool same = item.get() == x.get() || eq(item, x);
    if (d->state != st) raise(ErrorType::RuntimeError, "deque mutated during iteration");
    if (same) return i;
  }
  return -1;
}

#define DEQUE_METHOD(name) add_method(deque_t, name, [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr
#define END_METHOD )

void init_deque() {
  deque_t = new_type("deque", "collections");
  deque_t->unhashable = true;
  deque_iter_t = new_type("_deque_iterator", "_collections");
  deque_rev_iter_t = new_type("_deque_reverse_iterator", "_collections");
  for (TypeObject* it : {deque_iter_t, deque_rev_iter_t}) {
    it->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    it->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* i = cast<DequeIter>(self);
      if (!i->d) return nullptr;
      if (i->d->state != i->state) {
        i->d = nullptr;
        raise(ErrorType::RuntimeError, "deque mutated during iteration");
      }
      size_t n = i->d->items.size();
      if (i->index >= n) {
        i->d = nullptr;
        return nullptr;
      }
      size_t k = i->reversed ? n - 1 - i->index : i->index;
      ++i->index;
      return i->d->items[k];
    };
  }
  deque_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("deque", {"iterable=", "maxlen="});
    BoundArgs a = sig.bind(args, kw);
    int64_t maxlen = -1;
    if (a.given(1)) {
      maxlen = to_int64(a[1]);
      if (maxlen < 0) raise_value_error("maxlen must be non-negative");
    }
    auto d = make_object<DequeObject>(t);
    d->maxlen = maxlen;
    if (a.has(0)) for_each(a[0], [&](const ObjPtr& x) {
        d->push_back(x);
        return true;
      });
    return d;
  };
  deque_t->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(D(self)->items.size()); };
  deque_t->iter = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return make_object<DequeIter>(deque_iter_t, Ref<DequeObject>(D(self)), false);
  };
  deque_t->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& x) {
    return find_item(D(self), x, 0, INT64_MAX) >= 0;
  };
  deque_t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    return D(self)->items[norm_index(D(self), key)];
  };
  deque_t->setitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& v) {
    D(self)->items[norm_index(D(self), key)] = v;
  };
  deque_t->delitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) {
    DequeObject* d = D(self);
    size_t i = norm_index(d, key);
    d->items.erase(d->items.begin() + static_cast<long>(i));
    ++d->state;
  };
  deque_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto& g = repr_guard();
    if (std::find(g.begin(), g.end(), self.get()) != g.end()) return make_str("[...]");
    g.push_back(self.get());
    struct Pop {
      ~Pop() { repr_guard().pop_back(); }
    } pop;
    std::string out = self->type()->name + "([";
    std::vector<ObjPtr> items = snapshot(self);
    for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + repr(items[i]);
    out += "]";
    if (D(self)->maxlen >= 0) out += ", maxlen=" + std::to_string(D(self)->maxlen);
    return make_str(out + ")");
  };
  // comparisons: lexicographic like list, only between deques
  for (int k = 0; k < kNumCmpOps; ++k) {
    static const BinaryFn fns[kNumCmpOps] = {
#define SL_DEQUE_CMP(OP)                                                                    \
  [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {                            \
    if (!is_deque(b)) return NotImplemented();                                              \
    return compare(OP, make_list(snapshot(a)), make_list(snapshot(b)));                     \
  }
        SL_DEQUE_CMP(CmpOp::Lt), SL_DEQUE_CMP(CmpOp::Le), SL_DEQUE_CMP(CmpOp::Eq),
        SL_DEQUE_CMP(CmpOp::Ne), SL_DEQUE_CMP(CmpOp::Gt), SL_DEQUE_CMP(CmpOp::Ge)
#undef SL_DEQUE_CMP
    };
    deque_t->compare[k] = fns[k];
  }
  deque_t->binop[int(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_deque(b))
      raise_type_error("can only concatenate deque (not \"" + type_name(b) + "\") to deque");
    std::vector<ObjPtr> items = snapshot(a), more = snapshot(b);
    items.insert(items.end(), more.begin(), more.end());
    return make_deque(a->type(), items, D(a)->maxlen);
  };
  deque_t->binop[int(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    int64_t n = to_int64(b);
    std::vector<ObjPtr> base = snapshot(a), items;
    if (n > 0 && !base.empty() && static_cast<uint64_t>(n) > (uint64_t(1) << 28) / base.size())
      raise_memory_error("");
    for (int64_t i = 0; i < n; ++i) items.insert(items.end(), base.begin(), base.end());
    return make_deque(a->type(), items, D(a)->maxlen);
  };
  deque_t->rbinop[int(BinOp::Mul)] = deque_t->binop[int(BinOp::Mul)];
  deque_t->ibinop[int(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    std::vector<ObjPtr> items = iterate(b);
    for (auto& x : items) D(a)->push_back(x);
    return a;
  };
  deque_t->ibinop[int(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    int64_t n = to_int64(b);
    std::vector<ObjPtr> base = snapshot(a);
    D(a)->items.clear();
    ++D(a)->state;
    if (n > 0 && !base.empty() && static_cast<uint64_t>(n) > (uint64_t(1) << 28) / base.size())
      raise_memory_error("");
    for (int64_t i = 0; i < n; ++i)
      for (auto& x : base) D(a)->push_back(x);
    return a;
  };

  DEQUE_METHOD("append") {
    check_no_kwargs("append", kw);
    check_nargs("append", args, 1, 1);
    D(self)->push_back(args[0]);
    return None();
  } END_METHOD;
  DEQUE_METHOD("appendleft") {
    check_no_kwargs("appendleft", kw);
    check_nargs("appendleft", args, 1, 1);
    D(self)->push_front(args[0]);
    return None();
  } END_METHOD;
  DEQUE_METHOD("extend") {
    check_nargs("extend", args, 1, 1);
    (void)kw;
    std::vector<ObjPtr> items = iterate(args[0]);  // d.extend(d) sees a snapshot
    for (auto& x : items) D(self)->push_back(x);
    return None();
  } END_METHOD;
  DEQUE_METHOD("extendleft") {
    check_nargs("extendleft", args, 1, 1);
    (void)kw;
    std::vector<ObjPtr> items = iterate(args[0]);
    for (auto& x : items) D(self)->push_front(x);
    return None();
  } END_METHOD;
  DEQUE_METHOD("pop") {
    check_nargs("pop", args, 0, 0);
    (void)kw;
    DequeObject* d = D(self);
    if (d->items.empty()) raise_index_error("pop from an empty deque");
    ObjPtr v = d->items.back();
    d->items.pop_back();
    ++d->state;
    return v;
  } END_METHOD;
  DEQUE_METHOD("popleft") {
    check_nargs("popleft", args, 0, 0);
    (void)kw;
    DequeObject* d = D(self);
    if (d->items.empty()) raise_index_error("pop from an empty deque");
    ObjPtr v = d->items.front();
    d->items.pop_front();
    ++d->state;
    return v;
  } END_METHOD;
  DEQUE_METHOD("clear") {
    (void)args;
    (void)kw;
    D(self)->items.clear();
    ++D(self)->state;
    return None();
  } END_METHOD;
  DEQUE_METHOD("copy") {
    (void)args;
    (void)kw;
    return make_deque(self->type(), snapshot(self), D(self)->maxlen);
  } END_METHOD;
  DEQUE_METHOD("__copy__") {
    (void)args;
    (void)kw;
    return make_deque(self->type(), snapshot(self), D(self)->maxlen);
  } END_METHOD;
  DEQUE_METHOD("count") {
    check_nargs("count", args, 1, 1);
    (void)kw;
    DequeObject* d = D(self);
    uint64_t st = d->state;
    int64_t n = 0;
    for (auto& x : snapshot(self)) {
      if (x.get() == args[0].get() || eq(x, args[0])) ++n;
      if (d->state != st) raise(ErrorType::RuntimeError, "deque mutated during iteration");
    }
    return make_int(n);
  } END_METHOD;
  DEQUE_METHOD("index") {
    check_nargs("index", args, 1, 3);
    (void)kw;
    DequeObject* d = D(self);
    int64_t n = static_cast<int64_t>(d->items.size());
    auto clamp = [n](int64_t i) {
      if (i < 0) i += n;
      return std::max<int64_t>(0, std::min(i, n));
    };
    int64_t start = args.size() > 1 ? clamp(to_int64(args[1])) : 0;
    int64_t stop = args.size() > 2 ? clamp(to_int64(args[2])) : n;
    int64_t i = find_item(d, args[0], start, stop);
    if (i < 0) raise_value_error(repr(args[0]) + " is not in deque");
    return make_int(i);
  } END_METHOD;
  DEQUE_METHOD("insert") {
    check_nargs("insert", args, 2, 2);
    (void)kw;
    DequeObject* d = D(self);
    int64_t n = static_cast<int64_t>(d->items.size());
    if (d->maxlen >= 0 && n >= d->maxlen) raise_index_error("deque already at its maximum size");
    int64_t i = to_int64(args[0]);
    if (i < 0) i += n;
    i = std::max<int64_t>(0, std::min(i, n));
    d->items.insert(d->items.begin() + static_cast<long>(i), args[1]);
    ++d->state;
    return None();
  } END_METHOD;
  DEQUE_METHOD("remove") {
    check_nargs("remove", args, 1, 1);
    (void)kw;
    DequeObject* d = D(self);
    int64_t i = find_item(d, args[0], 0, INT64_MAX);
    if (i < 0) raise_value_error(repr(args[0]) + " is not in deque");
    d->items.erase(d->items.begin() + static_cast<long>(i));
    ++d->state;
    return None();
  } END_METHOD;
  DEQUE_METHOD("reverse") {
    (void)args;
    (void)kw;
    std::reverse(D(self)->items.begin(), D(self)->items.end());
    ++D(self)->state;
    return None();
  } END_METHOD;
  DEQUE_METHOD("rotate") {
    check_nargs("rotate", args, 0, 1);
    (void)kw;
    DequeObject* d = D(self);
    int64_t n = static_cast<int64_t>(d->items.size());
    if (n <= 1) return None();
    int64_t k = args.empty() ? 1 : to_int64(args[0]);
    k %= n;
    if (k < 0) k += n;
    std::rotate(d->items.begin(), d->items.begin() + static_cast<long>(n - k), d->items.end());
    ++d->state;
    return None();
  } END_METHOD;
  DEQUE_METHOD("__reversed__") {
    (void)args;
    (void)kw;
    return make_object<DequeIter>(deque_rev_iter_t, Ref<DequeObject>(D(self)), true);
  } END_METHOD;
  add_getset(deque_t, "maxlen", [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    return D(self)->maxlen < 0 ? None() : make_int(D(self)->maxlen);
  });
}

}  // namespace

TypeObject* collections_deque_type() {
  static bool ready = false;
  if (!ready) {
    init_deque();
    ready = true;
  }
  return deque_t;
}

std::vector<ObjPtr> deque_items(const ObjPtr& d) { return snapshot(d); }

ObjPtr deque_like(const ObjPtr& d, const std::vector<ObjPtr>& items) {
  return make_deque(d->type(), items, D(d)->maxlen);
}

}  // namespace sl
