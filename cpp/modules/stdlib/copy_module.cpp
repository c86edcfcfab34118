// copy_module.cpp — the `copy` module: copy() and deepcopy() with CPython's semantics for
// the builtin containers, the collections types, ndarrays (a.copy(order='K'), what
// ndarray.__copy__/__deepcopy__ give) and user classes (__copy__/__deepcopy__ when
// defined, else a new instance with the instance dict copied). deepcopy keeps a memo
// keyed by id() (shared with __deepcopy__(memo) methods), so cycles and shared references
// are reproduced.
//
// Immutable values (numbers, str, bytes, None, types, functions, modules, ranges) are
// returned as they are; so are native objects this module does not know.
#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"
#include "modules/stdlib/collections_types.hpp"

namespace sl {

namespace {

bool is_atomic(const ObjPtr& x) {
  TypeObject* t = x->type();
  return is_none(x) || is_int(x) || t == float_type || t == str_type || t == bytes_type ||
         t == range_type || t == slice_type || is_type(x) || t == function_type || t == builtin_function_type ||
         t == module_type || x.get() == Ellipsis().get() || x.get() == NotImplemented().get();
}

ObjPtr array_copy(const ObjPtr& x) {
  std::vector<KwArg> kw = {{"order", make_str("K")}};
  return call_method(x, "copy", {}, KwArgs(kw.data(), kw.size()));
}

ObjPtr tuple_like(const ObjPtr& x, std::vector<ObjPtr> items) {
  auto t = make_object<TupleObject>(std::move(items));
  t->unsafe_set_type(x->type());
  return t;
}

ObjPtr shallow_copy(const ObjPtr& x) {
  TypeObject* t = x->type();
  if (is_atomic(x) || t == tuple_type || t == frozenset_type) return x;
  if (ObjPtr m = type_lookup(t, "__copy__")) return call_method(x, "__copy__");
  if (t == list_type) return make_list(list_items(x));
  if (is_dict(x)) {
    Ref<DictObject> r = empty_dict_like(x);
    for (auto& e : as_dict(x)->entries())
      if (e.key) r->set_hashed(e.key, e.hash, e.value);
    return r;
  }
  if (t == set_type) {
    auto s = make_set();
    set_update(s.get(), x);
    return s;
  }
  if (is_tuple(x)) return tuple_like(x, tuple_items(x));
  if (x->native_array()) return array_copy(x);
  if (t->user_defined || t->is_exception) {
    ObjPtr y = new_instance(t);
    if (t->is_exception) cast<ExceptionObject>(y)->args = cast<ExceptionObject>(x)->args;
    if (DictObject* d = x->peek_instance_dict()) {
      DictObject* yd = y->instance_dict();
      for (auto& e : d->entries())
        if (e.key) yd->set_hashed(e.key, e.hash, e.value);
    }
    return y;
  }
  return x;
}

class DeepCopier {
 public:
  explicit DeepCopier(Ref<DictObject> memo) : memo_(std::move(memo)) {}

  ObjPtr copy(const ObjPtr& x) {
    if (is_atomic(x)) return x;
    ObjPtr key = make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(x.get())));
    if (ObjPtr found = memo_->get(key)) return found;
    NestGuard nest;  // deeply nested data: RecursionError, not a native stack overflow
    ObjPtr y = copy_new(x, key);
    if (!memo_->get(key)) memo_->set(key, y);
    keep_alive_.push_back(x);  // ids stay unique while the memo lives (CPython keeps x too)
    return y;
  }

 private:
  ObjPtr copy_new(const ObjPtr& x, const ObjPtr& key) {
    TypeObject* t = x->type();
    if (type_lookup(t, "__deepcopy__")) return call_method(x, "__deepcopy__", {ObjPtr(memo_.get())});
    if (t == list_type) {
      auto y = make_list({});
      memo_->set(key, y);
      std::vector<ObjPtr> items = list_items(x);
      for (auto& a : items) list_items(y).push_back(copy(a));
      return y;
    }
    if (is_tuple(x)) {
      std::vector<ObjPtr> items;
      bool same = true;
      for (auto& a : tuple_items(x)) {
        items.push_back(copy(a));
        same = same && items.back().get() == a.get();
      }
      if (ObjPtr found = memo_->get(key)) return found;  // a cycle through the tuple
      if (same && t == tuple_type) return x;
      return tuple_like(x, std::move(items));
    }
    if (is_dict(x)) {
      Ref<DictObject> y = empty_dict_like(x);
      memo_->set(key, ObjPtr(y.get()));
      std::vector<DictObject::Entry> entries = as_dict(x)->entries();
      for (auto& e : entries)
        if (e.key) y->set(copy(e.key), copy(e.value));
      return y;
    }
    if (t == set_type || t == frozenset_type) {
      auto y = Ref<SetObject>(new SetObject(t == frozenset_type));
      for (auto& a : cast<SetObject>(x)->items()) y->add(copy(a));
      return y;
    }
    if (t->is_subtype_of(collections_deque_type())) {
      ObjPtr y = deque_like(x, {});
      memo_->set(key, y);
      for (auto& a : deque_items(x)) call_method(y, "append", {copy(a)});
      return y;
    }
    if (x->native_array()) return array_copy(x);
    if (t->user_defined || t->is_exception) {
      ObjPtr y = new_instance(t);
      memo_->set(key, y);
      if (t->is_exception) cast<ExceptionObject>(y)->args = copy(cast<ExceptionObject>(x)->args);
      if (DictObject* d = x->peek_instance_dict()) {
        ObjPtr state = copy(ObjPtr(d));
        DictObject* yd = y->instance_dict();
        for (auto& e : as_dict(state)->entries())
          if (e.key) yd->set_hashed(e.key, e.hash, e.value);
      }
      return y;
    }
    return x;
  }

  Ref<DictObject> memo_;
  std::vector<ObjPtr> keep_alive_;
};

}  // namespace

void register_copy_module() {
  register_module("copy", [](Interpreter&, ModuleObject& m) {
    m.add_function("copy", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("copy", {"x"});
      BoundArgs a = sig.bind(args, kw);
      return shallow_copy(a[0]);
    });
    m.add_function("deepcopy", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("deepcopy", {"x", "memo=", "_nil="});
      BoundArgs a = sig.bind(args, kw);
      Ref<DictObject> memo = a.given(1) && is_dict(a[1]) ? Ref<DictObject>(as_dict(a[1])) : make_dict();
      DeepCopier c(memo);
      return c.copy(a[0]);
    });
  });
}

}  // namespace sl
