// types_sequence.cpp — list, tuple, range and slice: indexing with negative indices and
// slices (incl. extended-slice assignment), lexicographic comparison, repr with the
// recursion guard ("[[...]]"), the list methods (sort is stable and only uses `<`), and the
// index-based iterators shared with the evaluator's for-loop fast paths.
#include <algorithm>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

// list.sort's comparison sequence matters: it decides which TypeError a mixed list raises
// ("'<' not supported between instances of 'str' and 'int'") and when a key's side effects
// happen. Short lists (< 64, CPython's minimum run) follow CPython's timsort exactly:
// count_run, then binary insertion. Longer lists use a stable merge sort.
template <class Item>
void cpython_sort(std::vector<Item>& a) {
  auto lt = [](const Item& x, const Item& y) { return compare_bool(CmpOp::Lt, x.first, y.first); };
  const size_t n = a.size();
  if (n < 2) return;
  if (n >= 64) {
    std::stable_sort(a.begin(), a.end(), lt);
    return;
  }
  size_t run = 2;
  if (lt(a[1], a[0])) {
    while (run < n && lt(a[run], a[run - 1])) ++run;
    std::reverse(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(run));
  } else {
    while (run < n && !lt(a[run], a[run - 1])) ++run;
  }
  for (size_t start = run; start < n; ++start) {
    // compare against a copy: if `<` raises, a[] is exactly as before this step (CPython)
    const Item pivot = a[start];
    size_t l = 0, r = start;
    while (l < r) {
      size_t p = l + ((r - l) >> 1);
      if (lt(pivot, a[p])) r = p;
      else l = p + 1;
    }
    for (size_t k = start; k > l; --k) a[k] = std::move(a[k - 1]);
    a[l] = pivot;
  }
}


TypeObject* seq_iter_type;
TypeObject* tuple_iter_type;  // same layout and slots; CPython's name for tuples
TypeObject* seq_reviter_type;
TypeObject* range_iter_type;

struct SeqIter : Object {
  ObjPtr seq;
  size_t i = 0;
  SeqIter(TypeObject* t, ObjPtr s) : Object(t), seq(std::move(s)) {}
};
struct RangeIter : Object {
  int64_t next, step, remaining;
  RangeIter(int64_t a, int64_t s, int64_t n) : Object(range_iter_type), next(a), step(s), remaining(n) {}
};

std::vector<const Object*>& repr_stack() {
  static std::vector<const Object*> s;
  return s;
}
struct ReprGuard {
  bool recursive = false;
  const Object* o;
  explicit ReprGuard(const Object* obj) : o(obj) {
    auto& s = repr_stack();
    recursive = std::find(s.begin(), s.end(), obj) != s.end();
    if (!recursive) s.push_back(obj);
  }
  ~ReprGuard() {
    if (!recursive) repr_stack().pop_back();
  }
};

std::string seq_repr(const std::vector<ObjPtr>& items, const char* open, const char* close, bool tuple1) {
  std::string out = open;
  // `items` is re-read each step and the item held: an item's __repr__ may resize a list
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    ObjPtr item = items[i];
    out += repr(item);
  }
  if (tuple1 && items.size() == 1) out += ",";
  out += close;
  return out;
}

// An index into `v` (negative counts from the end). The length is read after the key's
// __index__ ran, because that user code may resize the list (CPython does the same).
int64_t norm_index(const ObjPtr& key, const std::vector<ObjPtr>& v, const char* what) {
  if (!has_index(key))
    raise_type_error(std::string(what) + " indices must be integers or slices, not " + type_name(key));
  int64_t i = to_index_int64(key, ErrorType::IndexError);
  if (i < 0) i += static_cast<int64_t>(v.size());
  return i;
}

// slice.indices() against the length `v` has once the slice's own __index__ methods ran:
// the parts are converted first (user code), then clamped to the current length.
int64_t live_slice_indices(const SliceObject* sl, const std::vector<ObjPtr>& v, int64_t* start,
                           int64_t* stop, int64_t* step) {
  auto plain = [](const ObjPtr& x) { return is_none(x) || is_int(x); };
  if (plain(sl->start) && plain(sl->stop) && plain(sl->step))
    return sl->indices(static_cast<int64_t>(v.size()), start, stop, step);
  auto convert = [](const ObjPtr& x) -> ObjPtr {
    if (is_none(x) || is_int(x)) return x;
    if (!has_index(x)) raise_type_error("slice indices must be integers or None or have an __index__ method");
    return make_int(to_int64(x));
  };
  ObjPtr a = convert(sl->start), b = convert(sl->stop), c = convert(sl->step);
  ObjPtr ints = make_slice(a, b, c);
  return cast<SliceObject>(ints)->indices(static_cast<int64_t>(v.size()), start, stop, step);
}

std::vector<ObjPtr> slice_items(const std::vector<ObjPtr>& v, const SliceObject* sl) {
  int64_t start, stop, step;
  int64_t cnt = live_slice_indices(sl, v, &start, &stop, &step);
  std::vector<ObjPtr> out;
  out.reserve(alloc_count(cnt));
  for (int64_t k = 0, j = start; k < cnt; ++k, j += step) out.push_back(v[static_cast<size_t>(j)]);
  return out;
}

// Lexicographic comparison of two item vectors (CPython's list_richcompare).
ObjPtr seq_compare(const std::vector<ObjPtr>& a, const std::vector<ObjPtr>& b, CmpOp op) {
  size_t i = 0;
  // sizes re-read and items held each step: __eq__ may resize either list
  for (; i < a.size() && i < b.size(); ++i) {
    ObjPtr x = a[i], y = b[i];
    if (!eq(x, y)) break;
  }
  if (i >= a.size() || i >= b.size()) {
    size_t x = a.size(), y = b.size();
    bool r = false;
    switch (op) {
      case CmpOp::Lt: r = x < y; break;
      case CmpOp::Le: r = x <= y; break;
      case CmpOp::Eq: r = x == y; break;
      case CmpOp::Ne: r = x != y; break;
      case CmpOp::Gt: r = x > y; break;
      case CmpOp::Ge: r = x >= y; break;
      default: break;
    }
    return make_bool(r);
  }
  if (op == CmpOp::Eq) return False();
  if (op == CmpOp::Ne) return True();
  ObjPtr x = a[i], y = b[i];
  return compare(op, x, y);
}

template <int K>
ObjPtr list_cmp(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  if (!is_list(b)) return NotImplemented();
  return seq_compare(list_items(a), list_items(b), static_cast<CmpOp>(K));
}
template <int K>
ObjPtr tuple_cmp(Interpreter&, const ObjPtr& a, const ObjPtr& b) {
  if (!is_tuple(b)) return NotImplemented();
  return seq_compare(tuple_items(a), tuple_items(b), static_cast<CmpOp>(K));
}
template <int... K>
void fill_seq_cmps(std::integer_sequence<int, K...>) {
  ((list_type->compare[K] = &list_cmp<K>), ...);
  ((tuple_type->compare[K] = &tuple_cmp<K>), ...);
}

std::vector<ObjPtr> repeat_items(const std::vector<ObjPtr>& v, int64_t n) {
  std::vector<ObjPtr> out;
  if (n <= 0 || v.empty()) return out;
  if (static_cast<double>(v.size()) * static_cast<double>(n) > 2e8) raise_memory_error("");
  out.reserve(v.size() * static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) out.insert(out.end(), v.begin(), v.end());
  return out;
}

void list_setitem(Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) {
  auto& v = list_items(self);
  if (is_slice(key)) {
    // Copy first (value may alias self, and iterating it may run user code that resizes
    // the list); the indices are then computed against the length as it is afterwards.
    std::vector<ObjPtr> src = iterate(value);
    auto* sl = cast<SliceObject>(key);
    int64_t start, stop, step;
    int64_t cnt = live_slice_indices(sl, v, &start, &stop, &step);
    if (step == 1) {
      if (stop < start) stop = start;
      v.erase(v.begin() + start, v.begin() + stop);
      v.insert(v.begin() + start, src.begin(), src.end());
      return;
    }
    if (static_cast<int64_t>(src.size()) != cnt)
      raise_value_error("attempt to assign sequence of size " + std::to_string(src.size()) +
                        " to extended slice of size " + std::to_string(cnt));
    for (int64_t k = 0, j = start; k < cnt; ++k, j += step) v[static_cast<size_t>(j)] = src[static_cast<size_t>(k)];
    return;
  }
  int64_t i = norm_index(key, v, "list");
  if (i < 0 || i >= static_cast<int64_t>(v.size())) raise_index_error("list assignment index out of range");
  v[static_cast<size_t>(i)] = value;
}

void list_delitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  auto& v = list_items(self);
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t cnt = live_slice_indices(cast<SliceObject>(key), v, &start, &stop, &step);
    if (cnt == 0) return;
    std::vector<bool> drop(v.size(), false);
    for (int64_t k = 0, j = start; k < cnt; ++k, j += step) drop[static_cast<size_t>(j)] = true;
    std::vector<ObjPtr> keep;
    keep.reserve(v.size() - static_cast<size_t>(cnt));
    for (size_t k = 0; k < v.size(); ++k)
      if (!drop[k]) keep.push_back(std::move(v[k]));
    v = std::move(keep);
    return;
  }
  int64_t i = norm_index(key, v, "list");
  if (i < 0 || i >= static_cast<int64_t>(v.size())) raise_index_error("list assignment index out of range");
  v.erase(v.begin() + i);
}

#define LIST_METHOD(name) add_method(list_type, name, [](Interpreter & in, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr
#define END_METHOD )

int64_t index_in(const std::vector<ObjPtr>& v, PosArgs args, const char* fname, const char* missing) {
  check_nargs(fname, args, 1, 3);
  int64_t n = static_cast<int64_t>(v.size());
  int64_t a = 0, b = n;
  auto norm = [n](int64_t x) {
    if (x < 0) x += n;
    return std::max<int64_t>(0, std::min(x, n));
  };
  if (args.size() > 1) a = norm(to_int64(args[1]));
  if (args.size() > 2) b = norm(to_int64(args[2]));
  // the size is re-read and the item held each step: __eq__ may resize a list
  for (int64_t i = a; i < b && i < static_cast<int64_t>(v.size()); ++i) {
    ObjPtr x = v[static_cast<size_t>(i)];
    if (eq(x, args[0])) return i;
  }
  if (missing) raise_value_error(missing);
  return -1;
}

}  // namespace

void reset_repr_guards() {
  repr_stack().clear();
  reset_mapping_repr_guard();
}

ObjPtr make_seq_iter(const ObjPtr& seq) {
  return make_object<SeqIter>(is_tuple(seq) ? tuple_iter_type : seq_iter_type, seq);
}
ObjPtr make_range_iter(int64_t start, int64_t step, int64_t count) {
  return make_object<RangeIter>(start, step, count);
}
ObjPtr make_reversed_seq_iter(const ObjPtr& seq) {
  auto it = make_object<SeqIter>(seq_reviter_type, seq);
  it->i = static_cast<size_t>(is_list(seq) ? list_items(seq).size() : tuple_items(seq).size());
  return it;
}

void init_sequence_types() {
  seq_iter_type = new_type("list_iterator", "builtins");
  seq_iter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  seq_iter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<SeqIter*>(self.get());
    if (!it->seq) return nullptr;
    const auto& v = is_list(it->seq) ? list_items(it->seq) : tuple_items(it->seq);
    if (it->i >= v.size()) {
      it->seq = nullptr;
      return nullptr;
    }
    return v[it->i++];
  };
  seq_iter_type->len = [](Interpreter&, const ObjPtr& self) -> int64_t {
    auto* it = static_cast<SeqIter*>(self.get());
    if (!it->seq) return 0;
    const auto& v = is_list(it->seq) ? list_items(it->seq) : tuple_items(it->seq);
    return it->i >= v.size() ? 0 : static_cast<int64_t>(v.size() - it->i);
  };
  tuple_iter_type = new_type("tuple_iterator", "builtins");
  tuple_iter_type->iter = seq_iter_type->iter;
  tuple_iter_type->next = seq_iter_type->next;
  tuple_iter_type->len = seq_iter_type->len;
  seq_reviter_type = new_type("list_reverseiterator", "builtins");
  seq_reviter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  seq_reviter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<SeqIter*>(self.get());
    if (!it->seq) return nullptr;
    const auto& v = is_list(it->seq) ? list_items(it->seq) : tuple_items(it->seq);
    if (it->i == 0 || it->i > v.size()) {
      it->seq = nullptr;
      return nullptr;
    }
    return v[--it->i];
  };
  range_iter_type = new_type("range_iterator", "builtins");
  range_iter_type->iter = [](Interpreter&, const ObjPtr& self) { return self; };
  range_iter_type->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* it = static_cast<RangeIter*>(self.get());
    if (it->remaining <= 0) return nullptr;
    --it->remaining;
    int64_t v = it->next;
    it->next = static_cast<int64_t>(static_cast<uint64_t>(it->next) + static_cast<uint64_t>(it->step));
    return make_int(v);
  };
  range_iter_type->len = [](Interpreter&, const ObjPtr& self) -> int64_t {
    return std::max<int64_t>(0, static_cast<RangeIter*>(self.get())->remaining);
  };

  fill_seq_cmps(std::make_integer_sequence<int, kNumCmpOps>());

  // ---------------------------------------------------------------- list
  TypeObject* l = list_type;
  l->repr = [](Interpreter&, const ObjPtr& self) {
    ReprGuard g(self.get());
    if (g.recursive) return make_str("[...]");
    return make_str(seq_repr(list_items(self), "[", "]", false));
  };
  l->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(list_items(self).size()); };
  l->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    auto& v = list_items(self);
    if (is_slice(key)) return make_list(slice_items(v, cast<SliceObject>(key)));
    int64_t i = norm_index(key, v, "list");
    if (i < 0 || i >= static_cast<int64_t>(v.size())) raise_index_error("list index out of range");
    return v[static_cast<size_t>(i)];
  };
  l->setitem = list_setitem;
  l->delitem = list_delitem;
  l->iter = [](Interpreter&, const ObjPtr& self) { return make_seq_iter(self); };
  l->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    auto& v = list_items(self);
    for (size_t i = 0; i < v.size(); ++i) {
      ObjPtr x = v[i];
      if (eq(x, item)) return true;
    }
    return false;
  };
  l->binop[static_cast<int>(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_list(b)) return NotImplemented();
    std::vector<ObjPtr> out = list_items(a);
    out.insert(out.end(), list_items(b).begin(), list_items(b).end());
    return make_list(std::move(out));
  };
  l->binop[static_cast<int>(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    return make_list(repeat_items(list_items(a), to_index_int64(b, ErrorType::OverflowError)));
  };
  l->rbinop[static_cast<int>(BinOp::Mul)] = l->binop[static_cast<int>(BinOp::Mul)];
  l->ibinop[static_cast<int>(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!find_slot(b->type(), &TypeObject::iter) && !find_slot(b->type(), &TypeObject::getitem))
      return NotImplemented();
    std::vector<ObjPtr> src = iterate(b);
    auto& v = list_items(a);
    v.insert(v.end(), src.begin(), src.end());
    return a;
  };
  l->ibinop[static_cast<int>(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    auto& v = list_items(a);
    v = repeat_items(v, to_index_int64(b, ErrorType::OverflowError));
    return a;
  };
  l->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("list", kwargs);
    check_nargs("list", args, 0, 1);
    if (args.empty()) return make_list({});
    return make_list(iterate(args[0]));
  };

  LIST_METHOD("append") {
    check_nargs("list.append", args, 1, 1);
    list_items(self).push_back(args[0]);
    return None();
  } END_METHOD;
  LIST_METHOD("extend") {
    check_nargs("list.extend", args, 1, 1);
    std::vector<ObjPtr> src = iterate(args[0]);
    auto& v = list_items(self);
    v.insert(v.end(), src.begin(), src.end());
    return None();
  } END_METHOD;
  LIST_METHOD("insert") {
    check_nargs("insert", args, 2, 2);
    int64_t i = to_int64(args[0]);  // may run __index__: read the size afterwards
    auto& v = list_items(self);
    int64_t n = static_cast<int64_t>(v.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    v.insert(v.begin() + i, args[1]);
    return None();
  } END_METHOD;
  LIST_METHOD("pop") {
    check_nargs("pop", args, 0, 1);
    // the index first (it may run __index__, which may resize the list), then the size
    const bool last = args.empty();
    const int64_t given = last ? 0 : to_int64(args[0]);
    auto& v = list_items(self);
    if (v.empty()) raise_index_error("pop from empty list");
    int64_t n = static_cast<int64_t>(v.size());
    int64_t i = last ? n - 1 : given;
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("pop index out of range");
    ObjPtr r = v[static_cast<size_t>(i)];
    v.erase(v.begin() + i);
    return r;
  } END_METHOD;
  LIST_METHOD("remove") {
    check_nargs("list.remove", args, 1, 1);
    auto& v = list_items(self);
    for (size_t i = 0; i < v.size(); ++i) {
      ObjPtr x = v[i];
      if (eq(x, args[0])) {
        // __eq__ may have shrunk the list: like CPython's list_ass_slice, remove only
        // what is still there
        if (i < v.size()) v.erase(v.begin() + static_cast<int64_t>(i));
        return None();
      }
    }
    raise_value_error("list.remove(x): x not in list");
  } END_METHOD;
  LIST_METHOD("index") {
    int64_t i = index_in(list_items(self), args, "index", nullptr);
    if (i < 0) raise_value_error(repr(args[0]) + " is not in list");
    return make_int(i);
  } END_METHOD;
  LIST_METHOD("count") {
    check_nargs("count", args, 1, 1);
    const auto& v = list_items(self);
    int64_t n = 0;
    for (size_t i = 0; i < v.size(); ++i) {  // live, like CPython: __eq__ may resize it
      ObjPtr x = v[i];
      if (eq(x, args[0])) ++n;
    }
    return make_int(n);
  } END_METHOD;
  LIST_METHOD("sort") {
    static const Signature sig("sort", {"*", "key=", "reverse="});
    BoundArgs a = sig.bind(args, kwargs);
    bool reverse = a.given(1) && is_true(a[1]);
    // CPython's list_sort: the items are taken out of the list, which stays empty (and
    // unallocated) while keys and `<` run user code; any change to it in the meantime is
    // discarded and reported as "list modified during sort". The list always gets back all
    // of its items: sorted; in their original order when a key raised; for short lists in
    // the partially sorted order at the failing comparison (as CPython); for long ones in
    // the original order.
    auto& v = list_items(self);
    std::vector<ObjPtr> saved;
    saved.swap(v);  // v is now empty with no capacity: any append allocates
    std::vector<std::pair<ObjPtr, ObjPtr>> items;  // (key, value)
    bool keys_done = false;
    auto put_back = [&]() {
      std::vector<ObjPtr> out;
      if (keys_done) {
        out.reserve(items.size());
        for (auto& p : items) out.push_back(p.second);
      } else {
        out = std::move(saved);
      }
      const bool modified = v.capacity() != 0;
      std::vector<ObjPtr> garbage;
      garbage.swap(v);
      v = std::move(out);
      return modified;  // `garbage` (what user code put in) is dropped here
    };
    try {
      items.reserve(saved.size());
      for (const ObjPtr& x : saved) {
        if (a.given(0)) {
          ObjPtr arg[1] = {x};
          items.emplace_back(call(a[0], PosArgs(arg, 1)), x);
        } else {
          items.emplace_back(x, x);
        }
      }
      keys_done = true;
      if (reverse) std::reverse(items.begin(), items.end());
      if (items.size() >= 64) {
        // std::stable_sort may lose elements if `<` raises: keep the original to restore
        std::vector<std::pair<ObjPtr, ObjPtr>> original = items;
        try {
          cpython_sort(items);
        } catch (...) {
          items = std::move(original);
          throw;
        }
      } else {
        cpython_sort(items);
      }
    } catch (...) {
      if (keys_done && reverse) std::reverse(items.begin(), items.end());
      put_back();
      throw;
    }
    if (reverse) std::reverse(items.begin(), items.end());
    if (put_back()) raise_value_error("list modified during sort");
    return None();
  } END_METHOD;
  LIST_METHOD("reverse") {
    auto& v = list_items(self);
    std::reverse(v.begin(), v.end());
    return None();
  } END_METHOD;
  LIST_METHOD("copy") { return make_list(list_items(self)); } END_METHOD;
  LIST_METHOD("clear") {
    list_items(self).clear();
    return None();
  } END_METHOD;

  // ---------------------------------------------------------------- tuple
  TypeObject* t = tuple_type;
  t->repr = [](Interpreter&, const ObjPtr& self) {
    ReprGuard g(self.get());
    if (g.recursive) return make_str("(...)");
    return make_str(seq_repr(tuple_items(self), "(", ")", true));
  };
  t->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(tuple_items(self).size()); };
  t->hash = [](Interpreter&, const ObjPtr& self) { return hash_tuple(tuple_items(self)); };
  t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    auto& v = tuple_items(self);
    if (is_slice(key)) return make_tuple(slice_items(v, cast<SliceObject>(key)));
    int64_t i = norm_index(key, v, "tuple");
    if (i < 0 || i >= static_cast<int64_t>(v.size())) raise_index_error("tuple index out of range");
    return v[static_cast<size_t>(i)];
  };
  t->iter = [](Interpreter&, const ObjPtr& self) { return make_seq_iter(self); };
  t->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    for (auto& x : tuple_items(self))
      if (eq(x, item)) return true;
    return false;
  };
  t->binop[static_cast<int>(BinOp::Add)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_tuple(b)) return NotImplemented();
    std::vector<ObjPtr> out = tuple_items(a);
    out.insert(out.end(), tuple_items(b).begin(), tuple_items(b).end());
    return make_tuple(std::move(out));
  };
  t->binop[static_cast<int>(BinOp::Mul)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!has_index(b)) return NotImplemented();
    return make_tuple(repeat_items(tuple_items(a), to_index_int64(b, ErrorType::OverflowError)));
  };
  t->rbinop[static_cast<int>(BinOp::Mul)] = t->binop[static_cast<int>(BinOp::Mul)];
  t->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("tuple", kwargs);
    check_nargs("tuple", args, 0, 1);
    if (args.empty()) return make_tuple({});
    if (args[0]->type() == tuple_type) return args[0];  // not a namedtuple: tuple(p) is a plain tuple
    return make_tuple(iterate(args[0]));
  };
  add_method(t, "index", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    return make_int(index_in(tuple_items(self), args, "index", "tuple.index(x): x not in tuple"));
  });
  add_method(t, "count", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("count", args, 1, 1);
    int64_t n = 0;
    for (auto& x : tuple_items(self))
      if (eq(x, args[0])) ++n;
    return make_int(n);
  });

  // ---------------------------------------------------------------- range
  TypeObject* r = range_type;
  r->repr = [](Interpreter&, const ObjPtr& self) {
    auto* rg = cast<RangeObject>(self);
    std::string s = "range(" + std::to_string(rg->start) + ", " + std::to_string(rg->stop);
    if (rg->step != 1) s += ", " + std::to_string(rg->step);
    return make_str(s + ")");
  };
  r->len = [](Interpreter&, const ObjPtr& self) { return cast<RangeObject>(self)->length(); };
  r->iter = [](Interpreter&, const ObjPtr& self) {
    auto* rg = cast<RangeObject>(self);
    uint64_t n = rg->ulength();
    return make_range_iter(rg->start, rg->step, n > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<int64_t>(n));
  };
  r->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    auto* rg = cast<RangeObject>(self);
    if (is_slice(key)) {
      int64_t n = rg->length();
      int64_t start, stop, step;
      int64_t cnt = cast<SliceObject>(key)->indices(n, &start, &stop, &step);
      int64_t a = int_add(rg->start, int_mul(start, rg->step));
      int64_t st = int_mul(rg->step, step);
      return make_range(a, int_add(a, int_mul(cnt, st)), st);
    }
    if (!has_index(key))
      raise_type_error("range indices must be integers or slices, not " + type_name(key));
    __int128 n = static_cast<__int128>(rg->ulength());
    if (is_big_int(key)) raise_index_error("range object index out of range");
    __int128 i = to_int64(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) raise_index_error("range object index out of range");
    return make_int(static_cast<int64_t>(rg->start + i * rg->step));
  };
  r->contains = [](Interpreter&, const ObjPtr& self, const ObjPtr& item) {
    auto* rg = cast<RangeObject>(self);
    if (is_big_int(item)) return false;  // ranges are int64
    if (is_int(item)) {
      int64_t v = int_value(item);
      if (rg->step > 0 ? (v < rg->start || v >= rg->stop) : (v > rg->start || v <= rg->stop)) return false;
      return (static_cast<__int128>(v) - rg->start) % rg->step == 0;
    }
    uint64_t n = rg->ulength();
    for (uint64_t i = 0; i < n; ++i) {
      check_interrupt();
      if (eq(make_int(static_cast<int64_t>(rg->start + static_cast<__int128>(i) * rg->step)), item)) return true;
    }
    return false;
  };
  r->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_range(b)) return NotImplemented();
    auto *x = cast<RangeObject>(a), *y = cast<RangeObject>(b);
    uint64_t n = x->ulength();
    if (n != y->ulength()) return False();
    if (n == 0) return True();
    if (x->start != y->start) return False();
    return make_bool(n == 1 || x->step == y->step);
  };
  r->hash = [](Interpreter&, const ObjPtr& self) {
    auto* rg = cast<RangeObject>(self);
    return hash_tuple({make_int(static_cast<int64_t>(rg->ulength())), make_int(rg->start), make_int(rg->step)});
  };
  r->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("range", kwargs);
    if (args.empty()) raise_type_error("range expected at least 1 argument, got 0");
    if (args.size() > 3) raise_type_error("range expected at most 3 arguments, got " + std::to_string(args.size()));
    if (args.size() == 1) return make_range(0, to_int64(args[0]), 1);
    int64_t step = args.size() == 3 ? to_int64(args[2]) : 1;
    if (step == 0) raise_value_error("range() arg 3 must not be zero");
    return make_range(to_int64(args[0]), to_int64(args[1]), step);
  };
  add_getset(r, "start", [](Interpreter&, const ObjPtr& s) { return make_int(cast<RangeObject>(s)->start); });
  add_getset(r, "stop", [](Interpreter&, const ObjPtr& s) { return make_int(cast<RangeObject>(s)->stop); });
  add_getset(r, "step", [](Interpreter&, const ObjPtr& s) { return make_int(cast<RangeObject>(s)->step); });
  add_method(r, "index", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("index", args, 1, 1);
    auto* rg = cast<RangeObject>(self);
    if (is_small_int(args[0])) {
      int64_t v = int_value(args[0]);
      bool in = rg->step > 0 ? (v >= rg->start && v < rg->stop) : (v <= rg->start && v > rg->stop);
      __int128 d = static_cast<__int128>(v) - rg->start;
      if (in && d % rg->step == 0) return make_int(static_cast<int64_t>(d / rg->step));
    }
    raise_value_error(repr(args[0]) + " is not in range");
  });
  add_method(r, "count", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("count", args, 1, 1);
    return make_int(contains(self, args[0]) ? 1 : 0);
  });

  // ---------------------------------------------------------------- slice
  TypeObject* s = slice_type;
  s->repr = [](Interpreter&, const ObjPtr& self) {
    auto* sl = cast<SliceObject>(self);
    return make_str("slice(" + repr(sl->start) + ", " + repr(sl->stop) + ", " + repr(sl->step) + ")");
  };
  s->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) -> ObjPtr {
    check_no_kwargs("slice", kwargs);
    if (args.empty()) raise_type_error("slice expected at least 1 argument, got 0");
    if (args.size() > 3) raise_type_error("slice expected at most 3 arguments, got " + std::to_string(args.size()));
    if (args.size() == 1) return make_slice(None(), args[0], None());
    return make_slice(args[0], args[1], args.size() == 3 ? args[2] : None());
  };
  s->compare[static_cast<int>(CmpOp::Eq)] = [](Interpreter&, const ObjPtr& a, const ObjPtr& b) -> ObjPtr {
    if (!is_slice(b)) return NotImplemented();
    auto *x = cast<SliceObject>(a), *y = cast<SliceObject>(b);
    return make_bool(eq(x->start, y->start) && eq(x->stop, y->stop) && eq(x->step, y->step));
  };
  add_getset(s, "start", [](Interpreter&, const ObjPtr& o) { return cast<SliceObject>(o)->start; });
  add_getset(s, "stop", [](Interpreter&, const ObjPtr& o) { return cast<SliceObject>(o)->stop; });
  add_getset(s, "step", [](Interpreter&, const ObjPtr& o) { return cast<SliceObject>(o)->step; });
  add_method(s, "indices", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) {
    check_nargs("indices", args, 1, 1);
    int64_t n = to_int64(args[0]);
    if (n < 0) raise_value_error("length should not be negative");
    int64_t a, b, st;
    cast<SliceObject>(self)->indices(n, &a, &b, &st);
    return make_tuple({make_int(a), make_int(b), make_int(st)});
  });
}

}  // namespace sl
