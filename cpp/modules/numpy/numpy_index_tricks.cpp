// numpy_index_tricks.cpp — argument conversion for the diagonal and triangle family (diag,
// diagonal, diagflat, trace, fill_diagonal, tri, tril, triu, *_indices[_from], vander) and
// the flat/multi-index conversions (indices, unravel_index, ravel_multi_index), plus the
// ndarray methods diagonal() and trace(). The semantics live in core/diagonals,
// core/matrix_builders and core/flat_index; the index objects (r_, mgrid, ndindex, ...) are
// in numpy_grids.cpp.
#include "core/assign.hpp"
#include "core/diagonals.hpp"
#include "core/flat_index.hpp"
#include "core/matrix_builders.hpp"
#include "core/reduce.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

int64_t int_or(const BoundArgs& b, size_t i, int64_t dflt) { return b.given(i) ? to_int64(b[i]) : dflt; }
std::optional<int64_t> opt_int(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return std::nullopt;
  return to_int64(b[i]);
}

ObjPtr pair_tuple(const std::pair<ArrayPtr, ArrayPtr>& p) {
  return make_tuple({wrap_array(p.first), wrap_array(p.second)});
}

// a.trace()/np.trace: the diagonal view summed over its last axis (NumPy's sum, so the
// accumulator dtype and the pairwise order are sum's).
ObjPtr trace_impl(const ArrayPtr& a, const BoundArgs& b, size_t first) {
  ArrayPtr d = diagonal(a, int_or(b, first, 0), int_or(b, first + 1, 0), int_or(b, first + 2, 1));
  ArrayPtr out;
  if (b.given(first + 4)) {
    if (!is_ndarray(b[first + 4])) raise_type_error("output must be an array");
    out = array_of(b[first + 4]);
  }
  ArrayPtr r = sum(d, std::vector<int64_t>{-1}, to_optional_dtype(b.has(first + 3) ? b[first + 3] : None()), out);
  if (out) return b[first + 4];
  return wrap_result(r);
}

// ravel_multi_index's mode: one string, or a sequence with one per dimension.
std::vector<std::string> modes_arg(const BoundArgs& b, size_t i, size_t ndim) {
  std::vector<std::string> modes;
  if (!b.given(i)) return std::vector<std::string>(ndim, "raise");
  auto check = [](const std::string& s) {
    if (s != "raise" && s != "wrap" && s != "clip")
      raise_value_error("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + repr(make_str(s)) + ")");
    return s;
  };
  if (is_str(b[i])) return std::vector<std::string>(ndim, check(str_value(b[i])));
  for (const ObjPtr& o : iterate(b[i])) modes.push_back(check(to_str(o, "mode")));
  if (modes.size() != ndim)
    raise_value_error("list of clipmodes has wrong length (" + std::to_string(modes.size()) + " instead of " +
                      std::to_string(ndim) + ")");
  return modes;
}

// A result that NumPy returns as scalars when the input index was a scalar.
ObjPtr tuple_of_results(const std::vector<ArrayPtr>& v) {
  std::vector<ObjPtr> out;
  for (const ArrayPtr& a : v) out.push_back(wrap_result(a));
  return make_tuple(std::move(out));
}

char order_arg(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return 'C';
  const std::string& s = to_str(b[i], "order");
  if (s == "C" || s == "c") return 'C';
  if (s == "F" || s == "f") return 'F';
  if (s == "A" || s == "a" || s == "K" || s == "k") raise_value_error("only 'C' or 'F' order is permitted");
  raise_value_error("order must be one of 'C', 'F', 'A', or 'K' (got " + repr(b[i]) + ")");
}

void add_array_method(const char* name, std::initializer_list<const char*> params,
                      std::function<ObjPtr(const ArrayPtr&, const BoundArgs&)> body) {
  if (type_lookup(ndarray_type, name)) return;
  auto sig = std::make_shared<Signature>(name, params);
  add_method(ndarray_type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    return body(array_of(self), sig->bind(a, k));
  });
}

void init_index_tricks(Interpreter&, ModuleObject& m) {
  // ---- diagonals
  def(m, "diagonal", {"a", "offset=", "axis1=", "axis2="}, [](const BoundArgs& b) {
    return wrap_array(diagonal(to_array(b[0]), int_or(b, 1, 0), int_or(b, 2, 0), int_or(b, 3, 1)));
  });
  add_array_method("diagonal", {"offset=", "axis1=", "axis2="}, [](const ArrayPtr& a, const BoundArgs& b) {
    return wrap_array(diagonal(a, int_or(b, 0, 0), int_or(b, 1, 0), int_or(b, 2, 1)));
  });
  def(m, "diag", {"v", "k="}, [](const BoundArgs& b) { return wrap_array(diag(to_array(b[0]), int_or(b, 1, 0))); });
  def(m, "diagflat", {"v", "k="}, [](const BoundArgs& b) { return wrap_array(diagflat(to_array(b[0]), int_or(b, 1, 0))); });
  def(m, "trace", {"a", "offset=", "axis1=", "axis2=", "dtype=", "out="},
      [](const BoundArgs& b) { return trace_impl(to_array(b[0]), b, 1); });
  add_array_method("trace", {"offset=", "axis1=", "axis2=", "dtype=", "out="},
                   [](const ArrayPtr& a, const BoundArgs& b) { return trace_impl(a, b, 0); });
  def(m, "fill_diagonal", {"a", "val", "wrap="}, [](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise(ErrorType::AttributeError, "'" + type_name(b[0]) + "' object has no attribute 'ndim'");
    const ArrayPtr& a = array_of(b[0]);
    ArrayPtr val = is_ndarray(b[1]) ? array_of(b[1]) : to_array(b[1], a->dtype);
    fill_diagonal(a, val, b.given(2) && is_true(b[2]));
    return None();
  });
  def(m, "diag_indices", {"n", "ndim="}, [](const BoundArgs& b) {
    const int64_t n = to_int64(b[0]);
    const int64_t nd = int_or(b, 1, 2);
    ObjPtr idx = wrap_array(arange({0, 0, false}, ArangeArg{static_cast<double>(n), n, false}, std::nullopt, std::nullopt));
    std::vector<ObjPtr> items(alloc_count(std::max<int64_t>(nd, 0), sizeof(ObjPtr)), idx);  // the same array, ndim times
    return make_tuple(std::move(items));
  });
  def(m, "diag_indices_from", {"arr"}, [](const BoundArgs& b) {
    auto [n, nd] = diag_indices_from_shape(to_array(b[0]));
    ObjPtr idx = wrap_array(arange({0, 0, false}, ArangeArg{static_cast<double>(n), n, false}, std::nullopt, std::nullopt));
    return make_tuple(std::vector<ObjPtr>(static_cast<size_t>(nd), idx));
  });

  // ---- triangles and special matrices
  def(m, "tri", {"N", "M=", "k=", "dtype=", "*", "like="}, [](const BoundArgs& b) {
    return wrap_array(tri(to_int64(b[0]), opt_int(b, 1), int_or(b, 2, 0), b.given(3) ? to_dtype(b[3]) : DType::Float64));
  });
  def(m, "tril", {"m", "k="}, [](const BoundArgs& b) { return wrap_array(tril(to_array(b[0]), int_or(b, 1, 0))); });
  def(m, "triu", {"m", "k="}, [](const BoundArgs& b) { return wrap_array(triu(to_array(b[0]), int_or(b, 1, 0))); });
  def(m, "tril_indices", {"n", "k=", "m="}, [](const BoundArgs& b) {
    return pair_tuple(tril_indices(to_int64(b[0]), int_or(b, 1, 0), opt_int(b, 2)));
  });
  def(m, "triu_indices", {"n", "k=", "m="}, [](const BoundArgs& b) {
    return pair_tuple(triu_indices(to_int64(b[0]), int_or(b, 1, 0), opt_int(b, 2)));
  });
  def(m, "tril_indices_from", {"arr", "k="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (a->ndim() != 2) raise_value_error("input array must be 2-d");
    return pair_tuple(tril_indices(a->shape[0], int_or(b, 1, 0), a->shape[1]));
  });
  def(m, "triu_indices_from", {"arr", "k="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (a->ndim() != 2) raise_value_error("input array must be 2-d");
    return pair_tuple(triu_indices(a->shape[0], int_or(b, 1, 0), a->shape[1]));
  });
  def(m, "vander", {"x", "N=", "increasing="}, [](const BoundArgs& b) {
    return wrap_array(vander(to_array(b[0]), opt_int(b, 1), b.given(2) && is_true(b[2])));
  });

  // ---- flat <-> multi-index
  def(m, "indices", {"dimensions", "dtype=", "sparse="}, [](const BoundArgs& b) {
    Shape dims;
    for (const ObjPtr& o : iterate(b[0])) dims.push_back(to_int64(o));
    const DType t = b.given(1) ? to_dtype(b[1]) : DType::Int64;
    if (b.given(2) && is_true(b[2])) {
      std::vector<ObjPtr> out;
      for (const ArrayPtr& a : indices_sparse(dims, t)) out.push_back(wrap_array(a));
      return make_tuple(std::move(out));
    }
    return wrap_array(indices_dense(dims, t));
  });
  def(m, "unravel_index", {"indices", "shape", "order="}, [](const BoundArgs& b) {
    return tuple_of_results(unravel_index(to_array(b[0]), to_shape(b[1]), order_arg(b, 2)));
  });
  def(m, "ravel_multi_index", {"multi_index", "dims", "mode=", "order="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> mi;
    for (const ObjPtr& o : iterate(b[0])) mi.push_back(to_array(o));
    const Shape dims = to_shape(b[1]);
    return wrap_result(ravel_multi_index(mi, dims, modes_arg(b, 2, dims.size()), order_arg(b, 3)));
  });
}

}  // namespace

void register_numpy_index_tricks() { register_numpy_part("numpy", init_index_tricks); }

}  // namespace sl
