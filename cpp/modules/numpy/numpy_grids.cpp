// numpy_grids.cpp — NumPy's index objects: np.s_ / np.index_exp (IndexExpression), np.mgrid /
// np.ogrid (nd_grid), np.r_ / np.c_ (AxisConcatenator, with the string directives 'axis',
// 'axis,ndmin' and 'axis,ndmin,trans1d'), and the iterators np.ndindex / np.ndenumerate.
//
// They follow numpy/lib/_index_tricks_impl.py step by step; the arithmetic on slice bounds
// (`(stop - start) / (step * 1.0)`, `nn * step + start`) goes through the Python protocol so
// Python and NumPy scalars behave as in NumPy. Complex steps (`np.mgrid[0:1:5j]`) are taken
// as "number of points" as soon as the interpreter has complex numbers (detected by type
// name). The 'r'/'c' directives build np.matrix, which stridelab does not have
// (NotImplementedError).
#include <cmath>

#include "core/assign.hpp"
#include "core/flat_index.hpp"
#include "core/join_ops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

const char* const kTricksModule = "numpy.lib._index_tricks_impl";

ObjPtr numpy_fn(const char* name) { return import_module(current_interpreter(), "numpy")->get(name); }

bool is_complex_obj(const ObjPtr& o) { return type_name(o) == "complex" || type_name(o).find("complex") == 0; }

bool is_py_or_np_scalar(const ObjPtr& o) { return is_int(o) || is_float(o) || is_numpy_scalar(o) || is_complex_obj(o); }

// np.array(a, copy=None, ndmin=ndmin): leading axes of length 1 added.
ArrayPtr with_ndmin(ArrayPtr a, int64_t ndmin) {
  if (a->ndim() >= ndmin) return a;
  Shape s = a->shape;
  s.insert(s.begin(), static_cast<size_t>(ndmin - a->ndim()), 1);
  return reshape(a, s);
}

// ---- IndexExpression: np.s_ / np.index_exp ---------------------------------------------------

struct IndexExprObject : Object {
  bool maketuple;
  IndexExprObject(TypeObject* t, bool mt) : Object(t), maketuple(mt) {}
};

TypeObject* index_expr_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("IndexExpression", kTricksModule);
    t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
      if (cast<IndexExprObject>(self)->maketuple && !is_tuple(key)) return make_tuple({key});
      return key;
    };
    return t;
  }();
  return t;
}

// ---- nd_grid: np.mgrid / np.ogrid ----------------------------------------------------------

struct GridObject : Object {
  bool sparse;
  GridObject(TypeObject* t, bool s) : Object(t), sparse(s) {}
};

ObjPtr or_default(const ObjPtr& o, int64_t v) { return is_none(o) ? make_int(v) : o; }

ObjPtr grid_single(const SliceObject* key) {
  ObjPtr step = key->step, stop = key->stop, start = or_default(key->start, 0);
  if (!is_none(step) && is_complex_obj(step)) {
    const double step_float = to_double(abs_op(step));
    const int64_t length = static_cast<int64_t>(step_float);
    ObjPtr st = make_int(length);
    if (length != 1) st = binary_op(BinOp::TrueDiv, binary_op(BinOp::Sub, stop, start), make_float(static_cast<double>(length - 1)));
    const DType typ = promote_operands({operand_arg(start), operand_arg(stop), operand_arg(make_float(step_float))});
    ObjPtr r = call(numpy_fn("arange"), {make_int(0), make_int(length), make_int(1)},
                    {KwArg{"dtype", make_dtype_object(typ)}});
    return binary_op(BinOp::Add, binary_op(BinOp::Mul, r, st), start);
  }
  return call(numpy_fn("arange"), {start, stop, step});
}

ObjPtr grid_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  const bool sparse = cast<GridObject>(self)->sparse;
  if (!is_tuple(key)) {
    if (!is_slice(key)) getattr(key, "step");  // NumPy's AttributeError ("'int' object has no attribute 'step'")
    return grid_single(static_cast<SliceObject*>(key.get()));
  }
  const std::vector<ObjPtr>& items = tuple_items(key);
  Shape size;
  std::vector<Operand> num_list{Operand::py_int(0)};
  for (const ObjPtr& kk : items) {
    ObjPtr step = getattr(kk, "step"), start = getattr(kk, "start"), stop = getattr(kk, "stop");
    start = or_default(start, 0);
    step = or_default(step, 1);
    if (is_complex_obj(step)) {
      step = abs_op(step);
      size.push_back(static_cast<int64_t>(to_double(step)));
    } else {
      ObjPtr q = binary_op(BinOp::TrueDiv, binary_op(BinOp::Sub, stop, start),
                           binary_op(BinOp::Mul, step, make_float(1.0)));
      const double c = std::ceil(to_double(q));
      if (std::isnan(c)) raise_value_error("cannot convert float NaN to integer");
      if (std::isinf(c)) raise_overflow_error("cannot convert float infinity to integer");
      size.push_back(static_cast<int64_t>(c));
    }
    num_list.push_back(operand_arg(start));
    num_list.push_back(operand_arg(stop));
    num_list.push_back(operand_arg(step));
  }
  const DType typ = promote_operands(num_list);
  std::vector<ObjPtr> nn;
  ArrayPtr dense;
  if (sparse) {
    for (int64_t s : size) {
      if (s < 0) raise_value_error("negative dimensions are not allowed");
      nn.push_back(wrap_array(reshape(indices_sparse({s}, typ)[0], {s})));
    }
  } else {
    dense = indices_dense(size, typ);
    for (size_t k = 0; k < size.size(); ++k)
      nn.push_back(wrap_array(basic_index(dense, {BasicIndex::make_int(static_cast<int64_t>(k))})));
  }
  for (size_t k = 0; k < items.size(); ++k) {
    const ObjPtr& kk = items[k];
    ObjPtr step = or_default(getattr(kk, "step"), 1), start = or_default(getattr(kk, "start"), 0);
    if (is_complex_obj(step)) {
      const int64_t n = static_cast<int64_t>(to_double(abs_op(step)));
      step = make_int(n);
      if (n != 1)
        step = binary_op(BinOp::TrueDiv, binary_op(BinOp::Sub, getattr(kk, "stop"), start), make_float(static_cast<double>(n - 1)));
    }
    ObjPtr v = binary_op(BinOp::Add, binary_op(BinOp::Mul, nn[k], step), start);
    if (sparse) nn[k] = v;
    else assign_array(array_of(nn[k]), to_array(v));
  }
  if (!sparse) return wrap_array(dense);
  const int64_t nd = static_cast<int64_t>(size.size());
  for (int64_t k = 0; k < nd; ++k) {
    std::vector<BasicIndex> sl(alloc_count(nd, sizeof(BasicIndex)), BasicIndex::make_newaxis());
    sl[static_cast<size_t>(k)] = BasicIndex::make_slice({});
    nn[static_cast<size_t>(k)] = wrap_array(basic_index(to_array(nn[static_cast<size_t>(k)]), sl));
  }
  return make_tuple(std::move(nn));  // NumPy 2: a tuple (1.x returned a list)
}

TypeObject* grid_type(bool sparse) {
  static TypeObject* types[2] = {nullptr, nullptr};
  TypeObject*& t = types[sparse ? 1 : 0];
  if (!t) {
    t = new_type(sparse ? "OGridClass" : "MGridClass", kTricksModule);
    t->getitem = grid_getitem;
  }
  return t;
}

// ---- AxisConcatenator: np.r_ / np.c_ ---------------------------------------------------------

struct ConcatObject : Object {
  int64_t axis, ndmin, trans1d;
  ConcatObject(TypeObject* t, int64_t a, int64_t n, int64_t tr) : Object(t), axis(a), ndmin(n), trans1d(tr) {}
};

bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// int(s) for a str: optional whitespace and sign, ASCII digits with single underscores
// between them (what Python accepts for base 10).
bool parse_py_int(const std::string& s, int64_t* out) {
  size_t i = 0, n = s.size();
  while (i < n && is_py_space(s[i])) ++i;
  while (n > i && is_py_space(s[n - 1])) --n;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (i >= n || !isdigit(static_cast<unsigned char>(s[i]))) return false;
  int64_t v = 0;
  for (; i < n; ++i) {
    if (s[i] == '_') {
      if (i + 1 >= n || !isdigit(static_cast<unsigned char>(s[i + 1]))) return false;
      continue;
    }
    if (!isdigit(static_cast<unsigned char>(s[i]))) return false;
    if (v > (INT64_MAX - 9) / 10) return false;
    v = v * 10 + (s[i] - '0');
  }
  *out = neg ? -v : v;
  return true;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out(1);
  for (char c : s) {
    if (c == ',') out.emplace_back();
    else out.back() += c;
  }
  return out;
}

ObjPtr concat_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  const ConcatObject* c = cast<ConcatObject>(self);
  if (is_str(key)) raise_not_implemented("np.r_/np.c_ with a string builds a numpy.matrix, which is not available in stridelab yet");
  std::vector<ObjPtr> items = is_tuple(key) ? tuple_items(key) : std::vector<ObjPtr>{key};
  int64_t trans1d = c->trans1d, ndmin = c->ndmin, axis = c->axis;
  struct Piece {
    ArrayPtr array;  // null for a scalar item
    ObjPtr scalar;
  };
  std::vector<Piece> objs;
  std::vector<Operand> result_type_objs;
  for (size_t k = 0; k < items.size(); ++k) {
    const ObjPtr& item = items[k];
    if (is_slice(item)) {
      const auto* s = static_cast<SliceObject*>(item.get());
      ObjPtr step = or_default(s->step, 1), start = or_default(s->start, 0), stop = s->stop;
      ObjPtr newobj;
      if (is_complex_obj(step)) {
        const int64_t size = static_cast<int64_t>(to_double(abs_op(step)));
        newobj = call(numpy_fn("linspace"), {start, stop}, {KwArg{"num", make_int(size)}});
      } else {
        newobj = call(numpy_fn("arange"), {start, stop, step});
      }
      ArrayPtr a = to_array(newobj);
      if (ndmin > 1) {
        a = with_ndmin(a, ndmin);
        if (trans1d != -1) a = swapaxes(a, -1, trans1d);
      }
      objs.push_back({a, nullptr});
      result_type_objs.push_back(Operand::of(a));
    } else if (is_str(item)) {
      if (k != 0) raise_value_error("special directives must be the first entry.");
      const std::string& d = str_value(item);
      if (d == "r" || d == "c")
        raise_not_implemented("np.r_['" + d + "'] builds a numpy.matrix, which is not available in stridelab yet");
      if (d.find(',') != std::string::npos) {
        std::vector<std::string> vec = split_commas(d);
        int64_t a = 0, n = 0, t = 0;
        if (!parse_py_int(vec[0], &a) || !parse_py_int(vec[1], &n) || (vec.size() == 3 && !parse_py_int(vec[2], &t)))
          raise_value_error("unknown special directive " + repr(item));
        axis = a;
        ndmin = n;
        if (vec.size() == 3) trans1d = t;
        continue;
      }
      int64_t a = 0;
      if (!parse_py_int(d, &a)) raise_value_error("unknown special directive");
      axis = a;
      continue;
    } else if (is_py_or_np_scalar(item)) {
      objs.push_back({nullptr, item});
      result_type_objs.push_back(operand_arg(item));
    } else {
      ArrayPtr a = to_array(item);
      const int64_t item_ndim = a->ndim();
      a = with_ndmin(a, ndmin);
      if (trans1d != -1 && item_ndim < ndmin) {
        const int64_t k2 = ndmin - item_ndim;
        int64_t k1 = trans1d;
        if (k1 < 0) k1 += k2 + 1;
        std::vector<int64_t> defaxes;
        for (int64_t i = 0; i < ndmin; ++i) defaxes.push_back(i);
        // defaxes[:k1] + defaxes[k2:] + defaxes[k1:k2], with Python's slice clamping
        auto part = [&](int64_t lo, int64_t hi, std::vector<int64_t>* out) {
          lo = std::clamp<int64_t>(lo < 0 ? lo + ndmin : lo, 0, ndmin);
          hi = std::clamp<int64_t>(hi < 0 ? hi + ndmin : hi, 0, ndmin);
          for (int64_t i = lo; i < hi; ++i) out->push_back(defaxes[static_cast<size_t>(i)]);
        };
        std::vector<int64_t> axes;
        part(0, k1, &axes);
        part(k2, ndmin, &axes);
        part(k1, k2, &axes);
        a = transpose(a, &axes);
      }
      objs.push_back({a, nullptr});
      result_type_objs.push_back(Operand::of(a));
    }
  }
  std::vector<ArrayPtr> arrays;
  if (!result_type_objs.empty()) {
    const DType final_dtype = promote_operands(result_type_objs);
    for (const Piece& p : objs) {
      ArrayPtr a = p.array ? p.array : to_array(p.scalar, final_dtype);
      if (a->dtype != final_dtype) a = astype(a, final_dtype);
      arrays.push_back(with_ndmin(a, ndmin));
    }
  }
  return wrap_array(concatenate(arrays, axis));
}

TypeObject* concat_type(bool column) {
  static TypeObject* types[2] = {nullptr, nullptr};
  TypeObject*& t = types[column ? 1 : 0];
  if (!t) {
    t = new_type(column ? "CClass" : "RClass", kTricksModule);
    t->getitem = concat_getitem;
    t->len = [](Interpreter&, const ObjPtr&) -> int64_t { return 0; };
  }
  return t;
}

// ---- np.ndindex / np.ndenumerate ---------------------------------------------------------------

struct NDIndexObject : Object {
  Shape shape;
  std::vector<int64_t> idx;
  bool done = false;
  explicit NDIndexObject(TypeObject* t) : Object(t) {}
};

// Advances a C-order multi-index; false when it wrapped around.
bool advance(std::vector<int64_t>& idx, const Shape& shape) {
  for (size_t d = idx.size(); d-- > 0;) {
    if (++idx[d] < shape[d]) return true;
    idx[d] = 0;
  }
  return false;
}

TypeObject* ndindex_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("ndindex", "numpy");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
      if (!kwargs.empty()) raise_type_error("ndindex() got an unexpected keyword argument '" + kwargs[0].name + "'");
      auto r = make_object<NDIndexObject>(cls);
      std::vector<ObjPtr> dims(args.begin(), args.end());
      if (dims.size() == 1 && is_tuple(dims[0])) dims = tuple_items(dims[0]);
      for (const ObjPtr& d : dims) r->shape.push_back(to_int64(d));
      for (int64_t d : r->shape) {
        if (d < 0) raise_value_error("negative dimensions are not allowed");
        if (d == 0) r->done = true;
      }
      r->idx.assign(r->shape.size(), 0);
      return r;
    };
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* it = cast<NDIndexObject>(self);
      if (it->done) return nullptr;
      ObjPtr r = make_shape_tuple(it->idx);
      if (!advance(it->idx, it->shape)) it->done = true;
      return r;
    };
    return t;
  }();
  return t;
}

struct NDEnumObject : Object {
  ArrayPtr array;
  std::vector<int64_t> idx;
  bool done = false;
  explicit NDEnumObject(TypeObject* t) : Object(t) {}
};

TypeObject* ndenumerate_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("ndenumerate", "numpy");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
      static const Signature sig("ndenumerate", {"arr"});
      BoundArgs b = sig.bind(args, kwargs);
      auto r = make_object<NDEnumObject>(cls);
      r->array = to_array(b[0]);
      r->idx.assign(alloc_count(r->array->ndim()), 0);
      r->done = r->array->size() == 0;
      return r;
    };
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = [](Interpreter&, const ObjPtr& self) -> ObjPtr {
      auto* it = cast<NDEnumObject>(self);
      if (it->done) return nullptr;
      ObjPtr value = make_numpy_scalar(it->array->get(it->idx.data()));
      ObjPtr r = make_tuple({make_shape_tuple(it->idx), value});
      if (!advance(it->idx, it->array->shape)) it->done = true;
      return r;
    };
    return t;
  }();
  return t;
}

void init_grids(Interpreter&, ModuleObject& m) {
  m.set("s_", make_object<IndexExprObject>(index_expr_type(), false));
  m.set("index_exp", make_object<IndexExprObject>(index_expr_type(), true));
  m.set("mgrid", make_object<GridObject>(grid_type(false), false));
  m.set("ogrid", make_object<GridObject>(grid_type(true), true));
  m.set("r_", make_object<ConcatObject>(concat_type(false), 0, 1, -1));
  m.set("c_", make_object<ConcatObject>(concat_type(true), -1, 2, 0));
  m.set("ndindex", ObjPtr(ndindex_type()));
  m.set("ndenumerate", ObjPtr(ndenumerate_type()));
}

}  // namespace

void register_numpy_grids() { register_numpy_part("numpy", init_grids); }

}  // namespace sl
