// numpy_sets.cpp — set operations on 1-d views of arrays: np.isin, np.in1d (deprecated in
// NumPy 2, with its warning), np.intersect1d (return_indices=), np.union1d, np.setdiff1d,
// np.setxor1d. They follow numpy/lib/_arraysetops_impl.py: np.unique (core/unique) of each
// operand, concatenation (so dtypes promote as np.concatenate does), a sort, and
// comparisons of neighbours; membership compares in the promoted dtype, where NaN is never
// equal to anything.
#include <algorithm>
#include <cstring>

#include "core/assign.hpp"
#include "core/indexing.hpp"
#include "core/join_ops.hpp"
#include "core/sort.hpp"
#include "core/unique.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

// Equality of two contiguous 1-d arrays' neighbours: eq[i] = a[i] == a[i + 1] (dtype's ==).
std::vector<bool> neighbours_equal(const ArrayPtr& a) {
  const int64_t n = a->size();
  std::vector<bool> eq(alloc_count(n > 0 ? n - 1 : 0, sizeof(bool)));
  visit_dtype(a->dtype, [&](auto tag) {
    using T = decltype(tag);
    const uint8_t* p = a->data();
    for (int64_t i = 0; i + 1 < n; ++i) {
      T x, y;
      std::memcpy(&x, p + i * sizeof(T), sizeof(T));
      std::memcpy(&y, p + (i + 1) * sizeof(T), sizeof(T));
      eq[static_cast<size_t>(i)] = x == y;
    }
  });
  return eq;
}

ArrayPtr flat_c(const ArrayPtr& a) { return copy_array(ravel(a, 'C'), 'C'); }

ArrayPtr select_mask(const ArrayPtr& a, const std::vector<bool>& keep) {
  ArrayPtr m = new_array({static_cast<int64_t>(keep.size())}, DType::Bool);
  for (size_t i = 0; i < keep.size(); ++i) m->data()[i] = keep[i];
  return get_index(a, {IndexItem::make_array(m)});
}

// The membership mask of np.isin / np.in1d (1-d, over ravel(ar1)).
ArrayPtr in1d_mask(const ArrayPtr& ar1_in, const ArrayPtr& ar2_in, bool invert, const std::string& kind) {
  if (kind != "" && kind != "sort" && kind != "table")
    raise_value_error("Invalid kind: '" + kind + "'. Please use None, 'sort' or 'table'.");
  const bool ints = (dtype_is_integer(ar1_in->dtype) || ar1_in->dtype == DType::Bool) &&
                    (dtype_is_integer(ar2_in->dtype) || ar2_in->dtype == DType::Bool);
  if (kind == "table" && !ints)
    raise_value_error("The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
  const DType t = promote_types(ar1_in->dtype, ar2_in->dtype);
  ArrayPtr a1 = astype(ravel(ar1_in, 'C'), t, 'C');
  ArrayPtr a2 = astype(ravel(ar2_in, 'C'), t, 'C');
  ArrayPtr out = new_array({a1->size()}, DType::Bool);
  visit_dtype(t, [&](auto tag) {
    using T = decltype(tag);
    std::vector<T> vals;  // element-wise (T may be bool: no vector<bool>::data())
    for (int64_t i = 0; i < a2->size(); ++i) {
      T v;
      std::memcpy(&v, a2->data() + i * sizeof(T), sizeof(T));
      vals.push_back(v);
    }
    vals.erase(std::remove_if(vals.begin(), vals.end(), [](const T& v) { return v != v; }), vals.end());  // NaN matches nothing
    std::sort(vals.begin(), vals.end());
    const uint8_t* p = a1->data();
    for (int64_t i = 0; i < a1->size(); ++i) {
      T x;
      std::memcpy(&x, p + i * sizeof(T), sizeof(T));
      const bool found = x == x && std::binary_search(vals.begin(), vals.end(), x);
      out->data()[i] = found != invert;
    }
  });
  return out;
}

std::string kind_arg(const BoundArgs& b, size_t i) { return b.given(i) ? to_str(b[i], "kind") : ""; }

ArrayPtr unique_values(const ArrayPtr& a) { return unique(a).values; }

void init_sets(Interpreter&, ModuleObject& m) {
  def(m, "isin", {"element", "test_elements", "assume_unique=", "invert=", "*", "kind="}, [](const BoundArgs& b) {
    ArrayPtr element = to_array(b[0]);
    const bool invert = b.given(3) && is_true(b[3]);
    if (is_set(b[1])) {
      // NumPy makes a set a 0-d object array, equal to no number: nothing is "in" it
      ArrayPtr r = new_array(element->shape, DType::Bool);
      if (invert) std::memset(r->data(), 1, static_cast<size_t>(r->size()));
      return wrap_array(r);
    }
    ArrayPtr r = in1d_mask(element, to_array(b[1]), invert, kind_arg(b, 4));
    return wrap_array(reshape(r, element->shape));
  });
  def(m, "in1d", {"ar1", "ar2", "assume_unique=", "invert=", "*", "kind="}, [](const BoundArgs& b) {
    write_stderr("DeprecationWarning: `in1d` is deprecated. Use `np.isin` instead.\n");
    return wrap_array(in1d_mask(to_array(b[0]), to_array(b[1]), b.given(3) && is_true(b[3]), kind_arg(b, 4)));
  });
  def(m, "union1d", {"ar1", "ar2"}, [](const BoundArgs& b) {
    return wrap_array(unique_values(concatenate({to_array(b[0]), to_array(b[1])}, std::nullopt)));
  });
  def(m, "setxor1d", {"ar1", "ar2", "assume_unique="}, [](const BoundArgs& b) {
    const bool assume = b.given(2) && is_true(b[2]);
    ArrayPtr a1 = to_array(b[0]), a2 = to_array(b[1]);
    if (!assume) {
      a1 = unique_values(a1);
      a2 = unique_values(a2);
    }
    ArrayPtr aux = concatenate({a1, a2}, std::nullopt);
    if (aux->size() == 0) return wrap_array(aux);
    aux = sort(aux, -1, "quicksort");
    std::vector<bool> eq = neighbours_equal(aux);
    const size_t n = static_cast<size_t>(aux->size());
    // flag = [True, aux[1:] != aux[:-1], True]; keep = flag[1:] & flag[:-1]
    std::vector<bool> keep(n);
    for (size_t i = 0; i < n; ++i) keep[i] = (i + 1 == n || !eq[i]) && (i == 0 || !eq[i - 1]);
    return wrap_array(select_mask(aux, keep));
  });
  def(m, "setdiff1d", {"ar1", "ar2", "assume_unique="}, [](const BoundArgs& b) {
    ArrayPtr a1, a2;
    if (b.given(2) && is_true(b[2])) {
      a1 = ravel(to_array(b[0]), 'C');
      a2 = to_array(b[1]);
    } else {
      a1 = unique_values(to_array(b[0]));
      a2 = unique_values(to_array(b[1]));
    }
    return wrap_array(get_index(a1, {IndexItem::make_array(in1d_mask(a1, a2, true, ""))}));
  });
  def(m, "intersect1d", {"ar1", "ar2", "assume_unique=", "return_indices="}, [](const BoundArgs& b) -> ObjPtr {
    const bool assume = b.given(2) && is_true(b[2]);
    const bool ret_idx = b.given(3) && is_true(b[3]);
    ArrayPtr a1 = to_array(b[0]), a2 = to_array(b[1]), ind1, ind2;
    if (!assume) {
      UniqueResult u1 = unique(a1, ret_idx), u2 = unique(a2, ret_idx);
      a1 = u1.values;
      a2 = u2.values;
      ind1 = u1.indices;
      ind2 = u2.indices;
    } else {
      a1 = ravel(a1, 'C');
      a2 = ravel(a2, 'C');
    }
    ArrayPtr aux = concatenate({a1, a2}, 0);
    ArrayPtr order;
    if (ret_idx) {
      order = argsort(aux, -1, "stable");
      aux = get_index(aux, {IndexItem::make_array(order)});
    } else {
      aux = sort(aux, -1, "quicksort");
    }
    aux = flat_c(aux);
    std::vector<bool> eq = neighbours_equal(aux);
    ArrayPtr head = basic_index(aux, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
    ArrayPtr int1d = eq.empty() ? head : select_mask(head, eq);
    if (!ret_idx) return wrap_array(int1d);
    ArrayPtr o_head = basic_index(order, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
    ArrayPtr o_tail = basic_index(order, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})});
    ArrayPtr i1 = eq.empty() ? o_head : select_mask(o_head, eq);
    ArrayPtr i2 = eq.empty() ? o_tail : flat_c(select_mask(o_tail, eq));
    i2 = copy_array(i2, 'C');
    int64_t* p2 = reinterpret_cast<int64_t*>(i2->data());
    for (int64_t k = 0; k < i2->size(); ++k) p2[k] -= a1->size();
    if (!assume) {
      i1 = get_index(ind1, {IndexItem::make_array(i1)});
      i2 = get_index(ind2, {IndexItem::make_array(i2)});
    }
    return make_tuple({wrap_array(int1d), wrap_array(i1), wrap_array(i2)});
  });
}

}  // namespace

void register_numpy_sets() { register_numpy_part("numpy", init_sets); }

}  // namespace sl
