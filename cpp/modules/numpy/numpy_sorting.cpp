// numpy_sorting.cpp — sorting and searching in the numpy module (sort, argsort, lexsort,
// searchsorted, unique, the ndarray sort/argsort/searchsorted methods) and the ranking of
// scipy.stats (rankdata, scipy.stats.mstats.rankdata), over core/sort, search, unique, rank.
#include "core/rank.hpp"
#include "core/search.hpp"
#include "core/sort.hpp"
#include "core/sort_flex.hpp"
#include "core/views.hpp"
#include "core/unique.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

std::optional<int64_t> axis_or_none(const BoundArgs& b, size_t i, std::optional<int64_t> dflt) {
  if (!b.has(i)) return dflt;
  if (is_none(b[i])) return std::nullopt;
  return to_int64(b[i]);
}
std::string kind_of(const BoundArgs& b, size_t i) {
  return b.given(i) ? to_str(b[i], "kind") : std::string("quicksort");
}
ArrayPtr sorter_of(const BoundArgs& b, size_t i) { return b.given(i) ? to_array(b[i]) : nullptr; }

// order=: a view of `a` whose record type lists the named fields first (sort_flex's
// reorder_fields), compared in that order; `a` itself for None.
ArrayPtr ordered_view(const ArrayPtr& a, const BoundArgs& b, size_t i) {
  if (!b.given(i) || is_none(b[i])) return a;
  const ObjPtr& order = b[i];
  const Descr d = a->descr();
  if (!d.has_fields()) raise_value_error("Cannot specify order when the array has no fields.");
  std::vector<std::string> names;
  if (is_str(order)) {
    names.push_back(str_value(order));
  } else if (is_list(order) || is_tuple(order)) {
    for (const ObjPtr& k : is_list(order) ? list_items(order) : tuple_items(order)) names.push_back(str(k));
  } else {
    raise_value_error("unsupported order value: " + str(order));
  }
  return make_view(a, a->offset, a->shape, a->strides, reorder_fields(d, names));
}

constexpr auto def = def_function;  // numpy_module.hpp
void method(const char* name, std::initializer_list<const char*> params,
            std::function<ObjPtr(const ObjPtr&, const BoundArgs&)> body) {
  if (type_lookup(ndarray_type, name)) return;
  auto sig = std::make_shared<Signature>(name, params);
  add_method(ndarray_type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    return body(self, sig->bind(args, kw));
  });
}

void init_sorting(Interpreter&, ModuleObject& m) {
  def(m, "sort", {"a", "axis=", "kind=", "order="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    ArrayPtr r = sort(ordered_view(a, b, 3), axis_or_none(b, 1, -1), kind_of(b, 2));
    r->set_descr(a->descr());  // a fresh copy: back to the fields' own order
    return wrap_array(r);
  });
  def(m, "argsort", {"a", "axis=", "kind=", "order="}, [](const BoundArgs& b) {
    return wrap_array(argsort(ordered_view(to_array(b[0]), b, 3), axis_or_none(b, 1, -1), kind_of(b, 2)));
  });
  def(m, "lexsort", {"keys", "axis="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> keys;
    if (is_ndarray(b[0]) && array_of(b[0])->ndim() >= 1) {
      ArrayPtr k = array_of(b[0]);
      for (const ObjPtr& row : iterate(b[0])) keys.push_back(to_array(row));
      (void)k;
    } else {
      for (const ObjPtr& o : iterate(b[0])) keys.push_back(to_array(o));
    }
    return wrap_array(lexsort(keys, b.given(1) ? to_int64(b[1]) : -1));
  });
  def(m, "searchsorted", {"a", "v", "side=", "sorter="}, [](const BoundArgs& b) {
    ArrayPtr r = searchsorted(to_array(b[0]), to_array(b[1]), b.given(2) ? to_str(b[2], "side") : "left", sorter_of(b, 3));
    return wrap_result(r);
  });
  def(m, "unique", {"ar", "return_index=", "return_inverse=", "return_counts=", "axis=", "*", "equal_nan="},
      [](const BoundArgs& b) {
        bool ri = b.given(1) && is_true(b[1]), rv = b.given(2) && is_true(b[2]), rc = b.given(3) && is_true(b[3]);
        UniqueResult u = b.given(4) && !is_none(b[4])
                             ? unique_axis(to_array(b[0]), to_int64(b[4]), ri, rv, rc)
                             : unique(to_array(b[0]), ri, rv, rc, b.has(5) ? is_true(b[5]) : true);
        if (!ri && !rv && !rc) return wrap_array(u.values);
        std::vector<ObjPtr> out{wrap_array(u.values)};
        if (ri) out.push_back(wrap_array(u.indices));
        if (rv) out.push_back(wrap_array(u.inverse));
        if (rc) out.push_back(wrap_array(u.counts));
        return make_tuple(std::move(out));
      });
  method("sort", {"axis=", "kind=", "order="}, [](const ObjPtr& self, const BoundArgs& b) {
    sort_inplace(ordered_view(array_of(self), b, 2), b.given(0) ? to_int64(b[0]) : -1, kind_of(b, 1));
    return None();
  });
  method("argsort", {"axis=", "kind=", "order="}, [](const ObjPtr& self, const BoundArgs& b) {
    return wrap_array(argsort(ordered_view(array_of(self), b, 2), axis_or_none(b, 0, -1), kind_of(b, 1)));
  });
  method("searchsorted", {"v", "side=", "sorter="}, [](const ObjPtr& self, const BoundArgs& b) {
    return wrap_result(searchsorted(array_of(self), to_array(b[0]), b.given(1) ? to_str(b[1], "side") : "left", sorter_of(b, 2)));
  });
}

void init_stats(Interpreter&, ModuleObject& m) {
  def(m, "rankdata", {"a", "method=", "*", "axis=", "nan_policy="}, [](const BoundArgs& b) {
    return wrap_array(rankdata(to_array(b[0]), b.given(1) ? to_str(b[1], "method") : "average",
                               axis_or_none(b, 2, std::nullopt), b.given(3) ? to_str(b[3], "nan_policy") : "propagate"));
  });
}

void init_mstats(Interpreter&, ModuleObject& m) {
  def(m, "rankdata", {"data", "axis=", "use_missing="}, [](const BoundArgs& b) {
    return wrap_array(mstats_rankdata(to_array(b[0]), nullptr, axis_or_none(b, 1, std::nullopt),
                                      b.given(2) && is_true(b[2])));
  });
}

}  // namespace

void register_numpy_sorting() {
  register_numpy_part("numpy", init_sorting);
  register_numpy_part("scipy.stats", init_stats);
  register_numpy_part("scipy.stats.mstats", init_mstats);
}

}  // namespace sl
