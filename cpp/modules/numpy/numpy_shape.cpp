// numpy_shape.cpp — joining, tiling, flipping, padding, take/put, index helpers, products
// and numpy.linalg, plus sliding_window_view in numpy.lib.stride_tricks. Argument
// conversion only; the semantics live in core/join_ops, shape_ops, pad, take_put,
// arith_ops, linalg*, windows.
#include "core/arith_ops.hpp"
#include "core/assign.hpp"
#include "core/join_ops.hpp"
#include "core/linalg.hpp"
#include "core/linalg_products.hpp"
#include "core/pad.hpp"
#include "core/shape_ops.hpp"
#include "core/split_ops.hpp"
#include "core/take_put.hpp"
#include "core/windows.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;  // numpy_module.hpp
std::vector<ArrayPtr> arrays_of(const ObjPtr& seq) {
  std::vector<ArrayPtr> v;
  for (const ObjPtr& o : iterate(seq)) v.push_back(to_array(o));
  return v;
}
std::vector<ArrayPtr> arrays_of(const std::vector<ObjPtr>& objs) {
  std::vector<ArrayPtr> v;
  for (const ObjPtr& o : objs) v.push_back(to_array(o));
  return v;
}
ObjPtr tuple_of(const std::vector<ArrayPtr>& v) {
  std::vector<ObjPtr> out;
  for (const ArrayPtr& a : v) out.push_back(wrap_array(a));
  return make_tuple(std::move(out));
}
// Index arguments that are not arrays (lists, tuples) are built straight as intp, as
// np.take's PyArray_FromAny(..., intp) does (so [1.0] and [] work; casting rules apply to
// ndarrays only). np.ix_ does the same for empty non-arrays (explicit astype(intp)).
ArrayPtr index_arg(const ObjPtr& o) {
  ArrayPtr a = to_array(o);
  if (!is_ndarray(o) && !is_numpy_scalar(o) && (a->size() == 0 || dtype_is_float(a->dtype)) &&
      a->dtype != DType::Int64)
    a = astype(a, DType::Int64);
  return a;
}
ArrayPtr ix_arg(const ObjPtr& o) {
  ArrayPtr a = to_array(o);
  if (!is_ndarray(o) && a->size() == 0) a = astype(a, DType::Int64);
  return a;
}
std::vector<ArrayPtr> index_args(const std::vector<ObjPtr>& objs) {
  std::vector<ArrayPtr> v;
  for (const ObjPtr& o : objs) v.push_back(ix_arg(o));
  return v;
}
std::optional<int64_t> opt_axis(const BoundArgs& b, size_t i, std::optional<int64_t> dflt) {
  if (!b.has(i)) return dflt;
  if (is_none(b[i])) return std::nullopt;
  return to_int64(b[i]);
}
std::optional<std::vector<int64_t>> opt_axes(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return std::nullopt;
  return to_axes(b[i]);
}
std::string str_or(const BoundArgs& b, size_t i, const char* dflt) {
  return b.given(i) ? to_str(b[i], "argument") : std::string(dflt);
}

// np.split & co.: `indices_or_sections` is a sequence/array of division points or a number
// of sections (NumPy tries len() first). The pieces come back as a list.
ObjPtr list_of(const std::vector<ArrayPtr>& v) {
  std::vector<ObjPtr> out;
  for (const ArrayPtr& a : v) out.push_back(wrap_array(a));
  return make_list(std::move(out));
}
template <class BySections, class ByIndices>
ObjPtr split_call(const ObjPtr& ios, BySections by_sections, ByIndices by_indices) {
  if (is_sequence(ios) || is_ndarray(ios)) return list_of(by_indices(to_axes(ios)));
  return list_of(by_sections(to_int64(ios)));
}

// np.pad(array, pad_width, mode=function, **kwargs): the zero-padded array, then
// function(vector, (before, after), axis, kwargs) on every 1-d lane of every axis (in place).
ObjPtr pad_with_function(const ArrayPtr& array, const ArrayPtr& width, const ObjPtr& fn, const std::vector<KwArg>& kw) {
  const auto w = pad_width_pairs(width, array->ndim());
  ArrayPtr padded = pad_simple(array, w);
  Ref<DictObject> kwargs = make_dict();
  for (const KwArg& k : kw) kwargs->set(k.name, k.value);
  for (int axis = 0; axis < padded->ndim(); ++axis) {
    ArrayPtr view = moveaxis(padded, {axis}, {-1});
    Shape outer(view->shape.begin(), view->shape.end() - 1);
    const int64_t count = shape_size(outer);
    ObjPtr pair = make_tuple({make_int(w[static_cast<size_t>(axis)].first), make_int(w[static_cast<size_t>(axis)].second)});
    for (int64_t i = 0; i < count; ++i) {
      std::vector<BasicIndex> ix;
      for (int64_t f = i, d = static_cast<int64_t>(outer.size()) - 1; d >= 0; --d) {
        ix.insert(ix.begin(), BasicIndex::make_int(f % outer[static_cast<size_t>(d)]));
        f /= outer[static_cast<size_t>(d)];
      }
      ix.push_back(BasicIndex::make_ellipsis());
      call(fn, {wrap_array(basic_index(view, ix)), pair, make_int(axis), ObjPtr(kwargs)});
    }
  }
  return wrap_array(padded);
}

void init_split(ModuleObject& m) {
  def(m, "split", {"ary", "indices_or_sections", "axis="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    const int64_t axis = b.given(2) ? to_int64(b[2]) : 0;
    return split_call(b[1], [&](int64_t n) { return split(a, n, axis); },
                      [&](const std::vector<int64_t>& ix) { return split(a, ix, axis); });
  });
  def(m, "array_split", {"ary", "indices_or_sections", "axis="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    const int64_t axis = b.given(2) ? to_int64(b[2]) : 0;
    return split_call(b[1], [&](int64_t n) { return array_split(a, n, axis); },
                      [&](const std::vector<int64_t>& ix) { return array_split(a, ix, axis); });
  });
  using BySec = std::vector<ArrayPtr> (*)(const ArrayPtr&, int64_t);
  using ByIdx = std::vector<ArrayPtr> (*)(const ArrayPtr&, const std::vector<int64_t>&);
  auto wrapper = [&m](const char* name, BySec by_sections, ByIdx by_indices) {
    def(m, name, {"ary", "indices_or_sections"}, [by_sections, by_indices](const BoundArgs& b) {
      ArrayPtr a = to_array(b[0]);
      return split_call(b[1], [&](int64_t n) { return by_sections(a, n); },
                        [&](const std::vector<int64_t>& ix) { return by_indices(a, ix); });
    });
  };
  wrapper("hsplit", hsplit, hsplit);
  wrapper("vsplit", vsplit, vsplit);
  wrapper("dsplit", dsplit, dsplit);
}

void init_shape(Interpreter&, ModuleObject& m) {
  init_split(m);
  def(m, "concatenate", {"arrays", "axis=", "out=", "*", "dtype=", "casting="}, [](const BoundArgs& b) {
    return wrap_array(concatenate(arrays_of(b[0]), opt_axis(b, 1, 0), to_optional_dtype(b[3]), str_or(b, 4, "same_kind")));
  });
  def(m, "stack", {"arrays", "axis=", "out=", "*", "dtype=", "casting="}, [](const BoundArgs& b) {
    return wrap_array(stack(arrays_of(b[0]), b.given(1) ? to_int64(b[1]) : 0, to_optional_dtype(b[3]), str_or(b, 4, "same_kind")));
  });
  def(m, "vstack", {"tup", "*", "dtype=", "casting="}, [](const BoundArgs& b) {
    return wrap_array(vstack(arrays_of(b[0]), to_optional_dtype(b[1]), str_or(b, 2, "same_kind")));
  });
  m.set("row_stack", m.get("vstack"));
  def(m, "hstack", {"tup", "*", "dtype=", "casting="}, [](const BoundArgs& b) {
    return wrap_array(hstack(arrays_of(b[0]), to_optional_dtype(b[1]), str_or(b, 2, "same_kind")));
  });
  def(m, "dstack", {"tup"}, [](const BoundArgs& b) { return wrap_array(dstack(arrays_of(b[0]))); });
  def(m, "column_stack", {"tup"}, [](const BoundArgs& b) { return wrap_array(column_stack(arrays_of(b[0]))); });
  auto atleast = [&m](const char* name, ArrayPtr (*f)(const ArrayPtr&)) {
    def(m, name, {"*arys"}, [f](const BoundArgs& b) -> ObjPtr {
      std::vector<ArrayPtr> out;
      for (const ObjPtr& o : b.varargs) out.push_back(f(to_array(o)));
      if (out.size() == 1) return wrap_array(out[0]);
      return tuple_of(out);
    });
  };
  atleast("atleast_1d", atleast_1d);
  atleast("atleast_2d", atleast_2d);
  atleast("atleast_3d", atleast_3d);
  def(m, "tile", {"A", "reps"}, [](const BoundArgs& b) { return wrap_array(tile(to_array(b[0]), to_axes(b[1]))); });
  def(m, "repeat", {"a", "repeats", "axis="}, [](const BoundArgs& b) {
    return wrap_array(repeat(to_array(b[0]), index_arg(b[1]), opt_axis(b, 2, std::nullopt)));
  });
  def(m, "flip", {"m", "axis="}, [](const BoundArgs& b) { return wrap_result(flip(to_array(b[0]), opt_axes(b, 1))); });
  def(m, "fliplr", {"m"}, [](const BoundArgs& b) { return wrap_array(fliplr(to_array(b[0]))); });
  def(m, "flipud", {"m"}, [](const BoundArgs& b) { return wrap_array(flipud(to_array(b[0]))); });
  def(m, "roll", {"a", "shift", "axis="}, [](const BoundArgs& b) {
    return wrap_array(roll(to_array(b[0]), to_array(b[1]), opt_axes(b, 2)));
  });
  def(m, "pad", {"array", "pad_width", "mode=", "**kwargs"}, [](const BoundArgs& b) {
    ArrayPtr array = to_array(b[0]);
    ArrayPtr width = to_array(b[1]);
    if (b.given(2) && is_callable(b[2])) return pad_with_function(array, width, b[2], b.varkw);
    PadOptions o;
    for (const KwArg& k : b.varkw) {
      o.given.push_back(k.name);
      if (k.name == "constant_values") o.constant_values = to_array(k.value);
      else if (k.name == "end_values") o.end_values = to_array(k.value);
      else if (k.name == "stat_length" && !is_none(k.value)) o.stat_length = to_array(k.value);
      else if (k.name == "reflect_type") o.reflect_type = to_str(k.value, "reflect_type");
    }
    return wrap_array(pad(array, width, str_or(b, 2, "constant"), o));
  });
  def(m, "diff", {"a", "n=", "axis=", "prepend=", "append="}, [](const BoundArgs& b) {
    return wrap_array(diff(to_array(b[0]), b.given(1) ? to_int64(b[1]) : 1, b.given(2) ? to_int64(b[2]) : -1,
                           b.has(3) ? to_array(b[3]) : nullptr, b.has(4) ? to_array(b[4]) : nullptr));
  });
  def(m, "meshgrid", {"*xi", "copy=", "sparse=", "indexing="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> r = meshgrid(arrays_of(b.varargs), str_or(b, 2, "xy"), b.given(1) && is_true(b[1]),
                                       b.has(0) ? is_true(b[0]) : true);
    return tuple_of(r);  // NumPy 2 returns a tuple
  });
  def(m, "outer", {"a", "b", "out="}, [](const BoundArgs& b) { return wrap_array(outer(to_array(b[0]), to_array(b[1]))); });
  def(m, "dot", {"a", "b", "out="}, [](const BoundArgs& b) { return wrap_result(dot(to_array(b[0]), to_array(b[1]))); });
  def(m, "matmul", {"x1", "x2", "/", "out="}, [](const BoundArgs& b) { return wrap_result(matmul(to_array(b[0]), to_array(b[1]))); });
  def(m, "isclose", {"a", "b", "rtol=", "atol=", "equal_nan="}, [](const BoundArgs& b) {
    return wrap_result(isclose(to_array(b[0]), to_array(b[1]), b.given(2) ? to_double(b[2]) : 1e-05,
                               b.given(3) ? to_double(b[3]) : 1e-08, b.given(4) && is_true(b[4])));
  });
  def(m, "allclose", {"a", "b", "rtol=", "atol=", "equal_nan="}, [](const BoundArgs& b) {
    return make_bool(allclose(to_array(b[0]), to_array(b[1]), b.given(2) ? to_double(b[2]) : 1e-05,
                              b.given(3) ? to_double(b[3]) : 1e-08, b.given(4) && is_true(b[4])));
  });
  def(m, "array_equal", {"a1", "a2", "equal_nan="}, [](const BoundArgs& b) {
    return make_bool(array_equal(to_array(b[0]), to_array(b[1]), b.given(2) && is_true(b[2])));
  });
  def(m, "take", {"a", "indices", "axis=", "out=", "mode="}, [](const BoundArgs& b) {
    return wrap_result(take(to_array(b[0]), index_arg(b[1]), opt_axis(b, 2, std::nullopt), str_or(b, 4, "raise")));
  });
  def(m, "put", {"a", "ind", "v", "mode="}, [](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("argument 1 must be numpy.ndarray, not " + type_name(b[0]));
    put(array_of(b[0]), to_array(b[1]), to_array(b[2]), str_or(b, 3, "raise"));
    return None();
  });
  def(m, "take_along_axis", {"arr", "indices", "axis"}, [](const BoundArgs& b) {
    return wrap_array(take_along_axis(to_array(b[0]), to_array(b[1]), is_none(b[2]) ? std::nullopt : std::optional<int64_t>(to_int64(b[2]))));
  });
  def(m, "put_along_axis", {"arr", "indices", "values", "axis"}, [](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("put_along_axis needs an ndarray");
    put_along_axis(array_of(b[0]), to_array(b[1]), to_array(b[2]),
                   is_none(b[3]) ? std::nullopt : std::optional<int64_t>(to_int64(b[3])));
    return None();
  });
  def(m, "nonzero", {"a"}, [](const BoundArgs& b) { return tuple_of(nonzero(to_array(b[0]))); });
  def(m, "argwhere", {"a"}, [](const BoundArgs& b) { return wrap_array(argwhere(to_array(b[0]))); });
  def(m, "flatnonzero", {"a"}, [](const BoundArgs& b) { return wrap_array(flatnonzero(to_array(b[0]))); });
  def(m, "ix_", {"*args"}, [](const BoundArgs& b) { return tuple_of(ix_(index_args(b.varargs))); });
  // ndarray methods that are the same operations
  auto meth = [](const char* name, std::initializer_list<const char*> params,
                 std::function<ObjPtr(const ArrayPtr&, const BoundArgs&)> body) {
    if (type_lookup(ndarray_type, name)) return;
    auto sig = std::make_shared<Signature>(name, params);
    add_method(ndarray_type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
      return body(array_of(self), sig->bind(a, k));
    });
  };
  meth("repeat", {"repeats", "axis="}, [](const ArrayPtr& a, const BoundArgs& b) {
    return wrap_array(repeat(a, index_arg(b[0]), opt_axis(b, 1, std::nullopt)));
  });
  meth("take", {"indices", "axis=", "out=", "mode="}, [](const ArrayPtr& a, const BoundArgs& b) {
    return wrap_result(take(a, index_arg(b[0]), opt_axis(b, 1, std::nullopt), str_or(b, 3, "raise")));
  });
  meth("nonzero", {}, [](const ArrayPtr& a, const BoundArgs&) { return tuple_of(nonzero(a)); });
  meth("dot", {"b", "out="}, [](const ArrayPtr& a, const BoundArgs& b) { return wrap_result(dot(a, to_array(b[0]))); });
  meth("put", {"indices", "values", "mode="}, [](const ArrayPtr& a, const BoundArgs& b) {
    put(a, to_array(b[0]), to_array(b[1]), str_or(b, 2, "raise"));
    return None();
  });
}

void init_linalg(Interpreter&, ModuleObject& m) {
  m.set("LinAlgError", ObjPtr(exception_type(ErrorType::LinAlgError)));
  def(m, "inv", {"a"}, [](const BoundArgs& b) { return wrap_array(inv(to_array(b[0]))); });
  def(m, "det", {"a"}, [](const BoundArgs& b) { return wrap_result(det(to_array(b[0]))); });
  def(m, "solve", {"a", "b"}, [](const BoundArgs& b) { return wrap_array(solve(to_array(b[0]), to_array(b[1]))); });
  def(m, "norm", {"x", "ord=", "axis=", "keepdims="}, [](const BoundArgs& b) {
    NormOrder ord;
    if (b.given(1)) ord = is_str(b[1]) ? NormOrder::string(str_value(b[1])) : NormOrder::number(to_double(b[1]));
    return wrap_result(norm(to_array(b[0]), ord, b.given(2) ? std::optional<std::vector<int64_t>>(to_axes(b[2])) : std::nullopt,
                            b.given(3) && is_true(b[3])));
  });
}

void init_windows(Interpreter&, ModuleObject& m) {
  def(m, "sliding_window_view", {"x", "window_shape", "axis=", "*", "subok=", "writeable="}, [](const BoundArgs& b) {
    return wrap_array(sliding_window_view(to_array(b[0]), to_axes(b[1]), b.given(2) ? std::optional<std::vector<int64_t>>(to_axes(b[2])) : std::nullopt,
                                          b.given(4) && is_true(b[4])));
  });
}

}  // namespace

void register_numpy_shape() {
  register_numpy_part("numpy", init_shape);
  register_numpy_part("numpy.linalg", init_linalg);
  register_numpy_part("numpy.lib.stride_tricks", init_windows);
}

}  // namespace sl
