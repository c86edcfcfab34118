// itertools_module.cpp — the `itertools` module, natively: every iterator of CPython 3.11's
// itertools (count, cycle, repeat, accumulate, chain, compress, dropwhile, filterfalse,
// groupby, islice, pairwise, starmap, takewhile, tee, zip_longest, product, permutations,
// combinations, combinations_with_replacement) with CPython's orders, reprs and messages.
//
// All of them are lazy (infinite iterators work); product/permutations/combinations
// materialise their input pools first, as CPython does. Not provided: pickling support
// (__reduce__/__setstate__).
#include <algorithm>
#include <deque>
#include <memory>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "lang/module.hpp"

namespace sl {

namespace {

ObjPtr self_iter(Interpreter&, const ObjPtr& self) { return self; }

TypeObject* iter_type(const char* name) {
  TypeObject* t = new_type(name, "itertools");
  t->iter = self_iter;
  return t;
}

// CPython's arg-count messages for the functions that take positional args only
void check_count(const char* name, PosArgs args, size_t lo, size_t hi) {
  if (args.size() >= lo && args.size() <= hi) return;
  std::string n = name;
  if (lo == hi)
    raise_type_error(n + " expected " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") + ", got " +
                     std::to_string(args.size()));
  if (args.size() < lo)
    raise_type_error(n + " expected at least " + std::to_string(lo) + " argument" + (lo == 1 ? "" : "s") +
                     ", got " + std::to_string(args.size()));
  raise_type_error(n + " expected at most " + std::to_string(hi) + " arguments, got " + std::to_string(args.size()));
}

void no_kwargs(const char* name, KwArgs kw) {
  if (!kw.empty()) raise_type_error(std::string(name) + "() takes no keyword arguments");
}

// ---------------------------------------------------------------------------------------
// count, cycle, repeat
// ---------------------------------------------------------------------------------------
struct CountObject : Object {
  ObjPtr cur, step;
  CountObject(TypeObject* t, ObjPtr c, ObjPtr s) : Object(t), cur(std::move(c)), step(std::move(s)) {}
};
struct CycleObject : Object {
  ObjPtr it;  // null once the first pass is done
  std::vector<ObjPtr> saved;
  size_t pos = 0;
  CycleObject(TypeObject* t, ObjPtr i) : Object(t), it(std::move(i)) {}
};
struct RepeatObject : Object {
  ObjPtr value;
  int64_t times;  // -1: forever
  RepeatObject(TypeObject* t, ObjPtr v, int64_t n) : Object(t), value(std::move(v)), times(n) {}
};

// ---------------------------------------------------------------------------------------
// one-input transformers
// ---------------------------------------------------------------------------------------
struct AccumulateObject : Object {
  ObjPtr it, func, total, initial;
  AccumulateObject(TypeObject* t, ObjPtr i, ObjPtr f, ObjPtr init)
      : Object(t), it(std::move(i)), func(std::move(f)), initial(std::move(init)) {}
};
struct ChainObject : Object {
  ObjPtr sources;  // iterator over the iterables
  ObjPtr active;   // current iterator, or null
  ChainObject(TypeObject* t, ObjPtr s) : Object(t), sources(std::move(s)) {}
};
struct CompressObject : Object {
  ObjPtr data, selectors;
  CompressObject(TypeObject* t, ObjPtr d, ObjPtr s) : Object(t), data(std::move(d)), selectors(std::move(s)) {}
};
struct PredObject : Object {  // dropwhile / takewhile / filterfalse
  ObjPtr pred, it;
  bool done = false;  // dropwhile: dropping finished; takewhile: stopped
  PredObject(TypeObject* t, ObjPtr p, ObjPtr i) : Object(t), pred(std::move(p)), it(std::move(i)) {}
};
struct IsliceObject : Object {
  ObjPtr it;
  int64_t next_index, stop, step, index = 0;  // stop -1: none
  IsliceObject(TypeObject* t, ObjPtr i, int64_t a, int64_t b, int64_t s)
      : Object(t), it(std::move(i)), next_index(a), stop(b), step(s) {}
};
struct PairwiseObject : Object {
  ObjPtr it, old;
  PairwiseObject(TypeObject* t, ObjPtr i) : Object(t), it(std::move(i)) {}
};
struct StarmapObject : Object {
  ObjPtr func, it;
  StarmapObject(TypeObject* t, ObjPtr f, ObjPtr i) : Object(t), func(std::move(f)), it(std::move(i)) {}
};
struct ZipLongestObject : Object {
  std::vector<ObjPtr> its;  // null entries: exhausted
  size_t active;
  ObjPtr fill;
  ZipLongestObject(TypeObject* t, std::vector<ObjPtr> i, ObjPtr f)
      : Object(t), its(std::move(i)), active(its.size()), fill(std::move(f)) {}
};

// ---------------------------------------------------------------------------------------
// groupby and its _grouper
// ---------------------------------------------------------------------------------------
struct GroupbyObject : Object {
  ObjPtr it, keyfunc, tgtkey, currkey, currvalue;
  const Object* currgrouper = nullptr;  // the grouper allowed to advance (identity only)
  GroupbyObject(TypeObject* t, ObjPtr i, ObjPtr k) : Object(t), it(std::move(i)), keyfunc(std::move(k)) {}
  // advances to the next item; false when exhausted
  bool step() {
    ObjPtr v = iter_next(it);
    if (!v) return false;
    ObjPtr k = is_none(keyfunc) ? v : call(keyfunc, {v});
    currvalue = std::move(v);
    currkey = std::move(k);
    return true;
  }
};
struct GrouperObject : Object {
  Ref<GroupbyObject> parent;
  ObjPtr tgtkey;
  GrouperObject(TypeObject* t, Ref<GroupbyObject> p, ObjPtr k) : Object(t), parent(std::move(p)), tgtkey(std::move(k)) {}
};

// ---------------------------------------------------------------------------------------
// tee: the iterators share one buffer; each keeps its absolute position in the stream
// ---------------------------------------------------------------------------------------
struct TeeShared {
  ObjPtr it;
  std::deque<ObjPtr> buffer;  // items [base, base + buffer.size())
  int64_t base = 0;
  std::vector<int64_t*> positions;  // positions of the live tee objects (for trimming)
  bool exhausted = false;
};
struct TeeObject : Object {
  std::shared_ptr<TeeShared> shared;
  int64_t pos;
  TeeObject(TypeObject* t, std::shared_ptr<TeeShared> s, int64_t p) : Object(t), shared(std::move(s)), pos(p) {
    shared->positions.push_back(&pos);
  }
  ~TeeObject() override {
    auto& v = shared->positions;
    v.erase(std::find(v.begin(), v.end(), &pos));
  }
};

// ---------------------------------------------------------------------------------------
// combinatorics: indices over materialised pools (CPython's algorithms and orders)
// ---------------------------------------------------------------------------------------
enum class Comb { Product, Permutations, Combinations, CombinationsWR };
struct CombObject : Object {
  Comb kind;
  std::vector<std::vector<ObjPtr>> pools;  // product: one per position; others: one pool
  std::vector<size_t> indices, cycles;
  size_t r = 0;
  bool first = true, stopped = false;
  CombObject(TypeObject* t, Comb k) : Object(t), kind(k) {}
};

TypeObject *count_t, *cycle_t, *repeat_t, *accumulate_t, *chain_t, *compress_t, *dropwhile_t, *takewhile_t,
    *filterfalse_t, *groupby_t, *grouper_t, *islice_t, *pairwise_t, *starmap_t, *tee_t, *zip_longest_t,
    *product_t, *permutations_t, *combinations_t, *cwr_t;

std::vector<ObjPtr> result_of(const CombObject* c) {
  std::vector<ObjPtr> out;
  out.reserve(c->indices.size());
  if (c->kind == Comb::Product) {
    for (size_t i = 0; i < c->indices.size(); ++i) out.push_back(c->pools[i][c->indices[i]]);
  } else {
    size_t n = c->kind == Comb::Permutations ? c->r : c->indices.size();
    for (size_t i = 0; i < n; ++i) out.push_back(c->pools[0][c->indices[i]]);
  }
  return out;
}

ObjPtr comb_next(Interpreter&, const ObjPtr& self) {
  auto* c = cast<CombObject>(self);
  if (c->stopped) return nullptr;
  if (c->first) {
    c->first = false;
    return make_tuple(result_of(c));
  }
  switch (c->kind) {
    case Comb::Product: {
      size_t i = c->indices.size();
      while (i-- > 0) {
        if (++c->indices[i] < c->pools[i].size()) return make_tuple(result_of(c));
        c->indices[i] = 0;
      }
      break;
    }
    case Comb::Combinations: {
      size_t n = c->pools[0].size(), r = c->indices.size();
      size_t i = r;
      while (i-- > 0) {
        if (c->indices[i] != i + n - r) {
          ++c->indices[i];
          for (size_t j = i + 1; j < r; ++j) c->indices[j] = c->indices[j - 1] + 1;
          return make_tuple(result_of(c));
        }
      }
      break;
    }
    case Comb::CombinationsWR: {
      size_t n = c->pools[0].size(), r = c->indices.size();
      size_t i = r;
      while (i-- > 0) {
        if (c->indices[i] != n - 1) {
          size_t v = c->indices[i] + 1;
          for (size_t j = i; j < r; ++j) c->indices[j] = v;
          return make_tuple(result_of(c));
        }
      }
      break;
    }
    case Comb::Permutations: {
      size_t n = c->pools[0].size(), r = c->r;
      size_t i = r;
      while (i-- > 0) {
        if (--c->cycles[i] == 0) {
          std::rotate(c->indices.begin() + static_cast<long>(i), c->indices.begin() + static_cast<long>(i) + 1,
                      c->indices.end());
          c->cycles[i] = n - i;
        } else {
          size_t j = c->cycles[i];
          std::swap(c->indices[i], c->indices[n - j]);
          return make_tuple(result_of(c));
        }
      }
      break;
    }
  }
  c->stopped = true;
  return nullptr;
}

// r argument of permutations/combinations
int64_t r_arg(const ObjPtr& o, bool permutations) {
  if (permutations && !is_int(o)) raise_type_error("Expected int as r");
  int64_t r = to_int64(o);
  if (r < 0) raise_value_error("r must be non-negative");
  return r;
}

ObjPtr make_comb(TypeObject* t, Comb kind, std::vector<ObjPtr> pool, int64_t r) {
  auto c = make_object<CombObject>(t, kind);
  size_t n = pool.size();
  c->r = static_cast<size_t>(r);
  c->pools.push_back(std::move(pool));
  switch (kind) {
    case Comb::Combinations:
      if (c->r > n) c->stopped = true;
      for (size_t i = 0; i < c->r && !c->stopped; ++i) c->indices.push_back(i);
      break;
    case Comb::CombinationsWR:
      if (n == 0 && c->r > 0) c->stopped = true;
      c->indices.assign(c->stopped ? 0 : c->r, 0);
      break;
    case Comb::Permutations:
      if (c->r > n) c->stopped = true;
      for (size_t i = 0; i < n; ++i) c->indices.push_back(i);
      for (size_t i = 0; i < c->r && !c->stopped; ++i) c->cycles.push_back(n - i);
      break;
    case Comb::Product: break;
  }
  return c;
}

// islice argument: None or an int in [0, maxsize]
int64_t islice_index(const ObjPtr& o, const char* msg) {
  if (is_none(o)) return -1;
  if (!has_index(o)) raise_value_error(msg);
  int64_t v = -1;
  try {
    v = to_int64(o);
  } catch (PyError&) {
    v = -1;
  }
  if (v < 0) raise_value_error(msg);
  return v;
}

ObjPtr tee_next(Interpreter&, const ObjPtr& self) {
  auto* t = cast<TeeObject>(self);
  TeeShared& s = *t->shared;
  int64_t off = t->pos - s.base;
  if (off >= static_cast<int64_t>(s.buffer.size())) {
    if (s.exhausted) return nullptr;
    ObjPtr v = iter_next(s.it);
    if (!v) {
      s.exhausted = true;
      return nullptr;
    }
    s.buffer.push_back(std::move(v));
  }
  ObjPtr v = s.buffer[static_cast<size_t>(t->pos - s.base)];
  ++t->pos;
  // drop what every live tee has consumed
  int64_t lowest = t->pos;
  for (int64_t* p : s.positions) lowest = std::min(lowest, *p);
  while (s.base < lowest && !s.buffer.empty()) {
    s.buffer.pop_front();
    ++s.base;
  }
  return v;
}

void init_types() {
  count_t = iter_type("count");
  count_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("count", {"start=", "step="});
    BoundArgs a = sig.bind(args, kw);
    ObjPtr start = a.get(0, make_int(0)), step = a.get(1, make_int(1));
    if (!is_number(start) || !is_number(step)) raise_type_error("a number is required");
    return make_object<CountObject>(t, start, step);
  };
  count_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* c = cast<CountObject>(self);
    ObjPtr v = c->cur;
    c->cur = binary_op(BinOp::Add, c->cur, c->step);
    return v;
  };
  count_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* c = cast<CountObject>(self);
    bool unit = is_int(c->step) && !is_bool(c->step) && int_value(c->step) == 1;
    return make_str("count(" + repr(c->cur) + (unit ? "" : ", " + repr(c->step)) + ")");
  };

  cycle_t = iter_type("cycle");
  cycle_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("cycle", kw);
    check_count("cycle", args, 1, 1);
    return make_object<CycleObject>(t, get_iter(args[0]));
  };
  cycle_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* c = cast<CycleObject>(self);
    if (c->it) {
      if (ObjPtr v = iter_next(c->it)) {
        c->saved.push_back(v);
        return v;
      }
      c->it = nullptr;
    }
    if (c->saved.empty()) return nullptr;
    ObjPtr v = c->saved[c->pos];
    c->pos = (c->pos + 1) % c->saved.size();
    return v;
  };

  repeat_t = iter_type("repeat");
  repeat_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("repeat", {"object", "times="});
    BoundArgs a = sig.bind(args, kw);
    int64_t n = -1;
    if (a.has(1)) n = std::max<int64_t>(0, to_int64(a[1]));
    return make_object<RepeatObject>(t, a[0], n);
  };
  repeat_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* r = cast<RepeatObject>(self);
    if (r->times == 0) return nullptr;
    if (r->times > 0) --r->times;
    return r->value;
  };
  repeat_t->repr = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* r = cast<RepeatObject>(self);
    return make_str("repeat(" + repr(r->value) + (r->times < 0 ? "" : ", " + std::to_string(r->times)) + ")");
  };

  accumulate_t = iter_type("accumulate");
  accumulate_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    for (auto& k : kw)
      if (k.name != "initial" && k.name != "func" && k.name != "iterable")
        raise_type_error("'" + k.name + "' is an invalid keyword argument for accumulate()");
    static const Signature sig("accumulate", {"iterable", "func=", "*", "initial="});
    BoundArgs a = sig.bind(args, kw);
    return make_object<AccumulateObject>(t, get_iter(a[0]), a.get(1, None()), a.get(2, None()));
  };
  accumulate_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* a = cast<AccumulateObject>(self);
    if (a->initial && !is_none(a->initial)) {
      a->total = a->initial;
      a->initial = nullptr;
      return a->total;
    }
    ObjPtr v = iter_next(a->it);
    if (!v) return nullptr;
    if (!a->total) a->total = v;
    else if (is_none(a->func)) a->total = binary_op(BinOp::Add, a->total, v);
    else a->total = call(a->func, {a->total, v});
    return a->total;
  };

  chain_t = iter_type("chain");
  chain_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("chain", kw);
    return make_object<ChainObject>(t, get_iter(make_tuple(std::vector<ObjPtr>(args.begin(), args.end()))));
  };
  chain_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* c = cast<ChainObject>(self);
    for (;;) {
      if (!c->active) {
        if (!c->sources) return nullptr;
        ObjPtr src = iter_next(c->sources);
        if (!src) {
          c->sources = nullptr;
          return nullptr;
        }
        c->active = get_iter(src);
      }
      if (ObjPtr v = iter_next(c->active)) return v;
      c->active = nullptr;
    }
  };
  add_static_method(chain_t, "from_iterable", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("from_iterable", kw);
    check_nargs("from_iterable", args, 1, 1);
    return make_object<ChainObject>(chain_t, get_iter(args[0]));
  });

  compress_t = iter_type("compress");
  compress_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("compress", {"data", "selectors"});
    BoundArgs a = sig.bind(args, kw);
    return make_object<CompressObject>(t, get_iter(a[0]), get_iter(a[1]));
  };
  compress_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* c = cast<CompressObject>(self);
    for (;;) {
      ObjPtr d = iter_next(c->data);
      if (!d) return nullptr;
      ObjPtr s = iter_next(c->selectors);
      if (!s) return nullptr;
      if (is_true(s)) return d;
    }
  };

  ConstructFn pred_ctor = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs(t->name.c_str(), kw);
    check_count(t->name.c_str(), args, 2, 2);
    return make_object<PredObject>(t, args[0], get_iter(args[1]));
  };
  dropwhile_t = iter_type("dropwhile");
  dropwhile_t->construct = pred_ctor;
  dropwhile_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* p = cast<PredObject>(self);
    for (;;) {
      ObjPtr v = iter_next(p->it);
      if (!v || p->done) return v;
      if (!is_true(call(p->pred, {v}))) {
        p->done = true;
        return v;
      }
    }
  };
  takewhile_t = iter_type("takewhile");
  takewhile_t->construct = pred_ctor;
  takewhile_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* p = cast<PredObject>(self);
    if (p->done) return nullptr;
    ObjPtr v = iter_next(p->it);
    if (!v) return nullptr;
    if (is_true(call(p->pred, {v}))) return v;
    p->done = true;
    return nullptr;
  };
  filterfalse_t = iter_type("filterfalse");
  filterfalse_t->construct = pred_ctor;
  filterfalse_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* p = cast<PredObject>(self);
    for (;;) {
      ObjPtr v = iter_next(p->it);
      if (!v) return nullptr;
      bool keep = is_none(p->pred) ? !is_true(v) : !is_true(call(p->pred, {v}));
      if (keep) return v;
    }
  };

  groupby_t = iter_type("groupby");
  grouper_t = iter_type("_grouper");
  groupby_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("groupby", {"iterable", "key="});
    BoundArgs a = sig.bind(args, kw);
    return make_object<GroupbyObject>(t, get_iter(a[0]), a.get(1, None()));
  };
  groupby_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* g = cast<GroupbyObject>(self);
    g->currgrouper = nullptr;
    // skip to the next key
    for (;;) {
      if (!g->currkey) {
        if (!g->step()) return nullptr;
      } else if (g->tgtkey && eq(g->tgtkey, g->currkey)) {
        if (!g->step()) return nullptr;
      } else {
        break;
      }
    }
    g->tgtkey = g->currkey;
    auto grouper = make_object<GrouperObject>(grouper_t, Ref<GroupbyObject>(g), g->tgtkey);
    g->currgrouper = grouper.get();
    return make_tuple({g->currkey, grouper});
  };
  grouper_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* gr = cast<GrouperObject>(self);
    GroupbyObject* g = gr->parent.get();
    if (g->currgrouper != gr) return nullptr;
    if (!g->currvalue) {
      if (!g->step()) return nullptr;
    }
    if (!eq(gr->tgtkey, g->currkey)) return nullptr;
    ObjPtr v = g->currvalue;
    g->currvalue = nullptr;
    g->currkey = nullptr;
    return v;
  };

  islice_t = iter_type("islice");
  islice_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("islice", kw);
    check_count("islice", args, 2, 4);
    static const char* kStop = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    static const char* kIdx = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    int64_t start = 0, stop = -1, step = 1;
    if (args.size() == 2) {
      stop = islice_index(args[1], kStop);
    } else {
      int64_t a = islice_index(args[1], kIdx);
      stop = islice_index(args[2], kStop);
      start = a < 0 ? 0 : a;
      if (args.size() == 4) {
        if (is_none(args[3])) {
          step = 1;
        } else {
          int64_t s = -1;
          if (has_index(args[3])) {
            try {
              s = to_int64(args[3]);
            } catch (PyError&) {
              s = -1;
            }
          }
          if (s <= 0) raise_value_error("Step for islice() must be a positive integer or None.");
          step = s;
        }
      }
    }
    return make_object<IsliceObject>(t, get_iter(args[0]), start, stop, step);
  };
  islice_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* s = cast<IsliceObject>(self);
    if (!s->it) return nullptr;
    while (s->index < s->next_index) {
      if (s->stop >= 0 && s->index >= s->stop) break;
      if (!iter_next(s->it)) {
        s->it = nullptr;
        return nullptr;
      }
      ++s->index;
    }
    if (s->stop >= 0 && s->index >= s->stop) {
      s->it = nullptr;
      return nullptr;
    }
    ObjPtr v = iter_next(s->it);
    if (!v) {
      s->it = nullptr;
      return nullptr;
    }
    ++s->index;
    int64_t nxt;
    if (__builtin_add_overflow(s->next_index, s->step, &nxt)) nxt = INT64_MAX;
    s->next_index = nxt;
    if (s->stop >= 0 && s->next_index > s->stop) s->next_index = s->stop;
    return v;
  };

  pairwise_t = iter_type("pairwise");
  pairwise_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("pairwise", kw);
    check_count("pairwise", args, 1, 1);
    return make_object<PairwiseObject>(t, get_iter(args[0]));
  };
  pairwise_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* p = cast<PairwiseObject>(self);
    if (!p->it) return nullptr;
    if (!p->old) {
      p->old = iter_next(p->it);
      if (!p->old) {
        p->it = nullptr;
        return nullptr;
      }
    }
    ObjPtr v = iter_next(p->it);
    if (!v) {
      p->it = nullptr;
      p->old = nullptr;
      return nullptr;
    }
    ObjPtr r = make_tuple({p->old, v});
    p->old = v;
    return r;
  };

  starmap_t = iter_type("starmap");
  starmap_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    no_kwargs("starmap", kw);
    check_count("starmap", args, 2, 2);
    return make_object<StarmapObject>(t, args[0], get_iter(args[1]));
  };
  starmap_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* s = cast<StarmapObject>(self);
    ObjPtr v = iter_next(s->it);
    if (!v) return nullptr;
    std::vector<ObjPtr> a = iterate(v);
    return call(s->func, PosArgs(a));
  };

  tee_t = iter_type("_tee");
  tee_t->next = tee_next;
  add_method(tee_t, "__copy__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
    auto* t = cast<TeeObject>(self);
    return make_object<TeeObject>(tee_t, t->shared, t->pos);
  });

  zip_longest_t = iter_type("zip_longest");
  zip_longest_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    ObjPtr fill = None();
    for (auto& k : kw) {
      if (k.name != "fillvalue") raise_type_error("zip_longest() got an unexpected keyword argument");
      fill = k.value;
    }
    std::vector<ObjPtr> its;
    for (auto& a : args) its.push_back(get_iter(a));
    return make_object<ZipLongestObject>(t, std::move(its), fill);
  };
  zip_longest_t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
    auto* z = cast<ZipLongestObject>(self);
    if (z->its.empty() || z->active == 0) return nullptr;
    std::vector<ObjPtr> out;
    out.reserve(z->its.size());
    for (auto& it : z->its) {
      if (!it) {
        out.push_back(z->fill);
        continue;
      }
      ObjPtr v = iter_next(it);
      if (!v) {
        it = nullptr;
        if (--z->active == 0) return nullptr;
        v = z->fill;
      }
      out.push_back(std::move(v));
    }
    return make_tuple(std::move(out));
  };

  product_t = iter_type("product");
  product_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    int64_t repeat = 1;
    for (auto& k : kw) {
      if (k.name != "repeat") raise_type_error("product() got an unexpected keyword argument '" + k.name + "'");
      repeat = to_int64(k.value);
    }
    if (repeat < 0) raise_value_error("repeat argument cannot be negative");
    std::vector<std::vector<ObjPtr>> pools;
    for (auto& a : args) pools.push_back(iterate(a));
    auto c = make_object<CombObject>(t, Comb::Product);
    if (!pools.empty() && static_cast<uint64_t>(repeat) > (uint64_t(1) << 24) / pools.size())
      raise_memory_error("");  // the index vector alone would not fit
    for (int64_t i = 0; i < repeat; ++i)
      for (auto& p : pools) c->pools.push_back(p);
    for (auto& p : c->pools)
      if (p.empty()) c->stopped = true;
    c->indices.assign(c->pools.size(), 0);
    return c;
  };
  product_t->next = comb_next;

  permutations_t = iter_type("permutations");
  permutations_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("permutations", {"iterable", "r="});
    BoundArgs a = sig.bind(args, kw);
    std::vector<ObjPtr> pool = iterate(a[0]);
    int64_t r = a.given(1) ? r_arg(a[1], true) : static_cast<int64_t>(pool.size());
    return make_comb(t, Comb::Permutations, std::move(pool), r);
  };
  permutations_t->next = comb_next;
  combinations_t = iter_type("combinations");
  combinations_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("combinations", {"iterable", "r"});
    BoundArgs a = sig.bind(args, kw);
    std::vector<ObjPtr> pool = iterate(a[0]);
    return make_comb(t, Comb::Combinations, std::move(pool), r_arg(a[1], false));
  };
  combinations_t->next = comb_next;
  cwr_t = iter_type("combinations_with_replacement");
  cwr_t->construct = [](Interpreter&, TypeObject* t, PosArgs args, KwArgs kw) -> ObjPtr {
    static const Signature sig("combinations_with_replacement", {"iterable", "r"});
    BoundArgs a = sig.bind(args, kw);
    std::vector<ObjPtr> pool = iterate(a[0]);
    return make_comb(t, Comb::CombinationsWR, std::move(pool), r_arg(a[1], false));
  };
  cwr_t->next = comb_next;
}

}  // namespace

void register_itertools_module() {
  register_module("itertools", [](Interpreter&, ModuleObject& m) {
    static bool ready = false;
    if (!ready) {
      init_types();
      ready = true;
    }
    for (TypeObject* t : {count_t, cycle_t, repeat_t, accumulate_t, chain_t, compress_t, dropwhile_t, takewhile_t,
                          filterfalse_t, groupby_t, islice_t, pairwise_t, starmap_t, zip_longest_t, product_t,
                          permutations_t, combinations_t, cwr_t})
      m.set(t->name, ObjPtr(t));
    m.set("_grouper", ObjPtr(grouper_t));
    m.set("_tee", ObjPtr(tee_t));
    m.add_function("tee", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
      no_kwargs("tee", kw);
      check_count("tee", args, 1, 2);
      int64_t n = args.size() > 1 ? to_int64(args[1]) : 2;
      if (n < 0) raise_value_error("n must be >= 0");
      std::vector<ObjPtr> out;
      if (n == 0) return make_tuple({});
      ObjPtr it = get_iter(args[0]);
      if (it->type() == tee_t) {  // tee of a tee: copies share its buffer (CPython)
        out.push_back(it);
        for (int64_t i = 1; i < n; ++i) out.push_back(make_object<TeeObject>(tee_t, cast<TeeObject>(it)->shared,
                                                                            cast<TeeObject>(it)->pos));
        return make_tuple(std::move(out));
      }
      auto shared = std::make_shared<TeeShared>();
      shared->it = it;
      for (int64_t i = 0; i < n; ++i) out.push_back(make_object<TeeObject>(tee_t, shared, 0));
      return make_tuple(std::move(out));
    });
  });
}

}  // namespace sl
