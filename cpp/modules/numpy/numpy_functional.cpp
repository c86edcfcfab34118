// numpy_functional.cpp — the functions that call user code element-wise or lane-wise:
// np.apply_along_axis, np.apply_over_axes, np.vectorize (objects: otypes=, excluded=,
// keyword arguments, decorator use, the first element evaluated twice to find the output
// type when otypes is not given — as NumPy does), np.piecewise, and np.frompyfunc (which
// needs object arrays: NotImplementedError until stridelab has them).
//
// User functions can do anything, including changing the arrays being iterated: every
// input is converted (or viewed) before the first call and results are copied out at once.
#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/indexing.hpp"
#include "core/join_ops.hpp"
#include "core/reduce.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

ObjPtr call_with(const ObjPtr& f, const std::vector<ObjPtr>& args, const std::vector<KwArg>& kw) {
  return call(f, PosArgs(args), KwArgs(kw));
}

// ---- apply_along_axis / apply_over_axes ----------------------------------------------------

ObjPtr apply_along_axis_impl(const BoundArgs& b) {
  ArrayPtr arr = to_array(b[2]);
  const int nd = arr->ndim();
  const int axis = normalize_axis(to_int64(b[1]), nd);
  std::vector<int64_t> perm;
  for (int k = 0; k < nd; ++k)
    if (k != axis) perm.push_back(k);
  perm.push_back(axis);
  ArrayPtr view = transpose(arr, &perm);
  Shape outer(view->shape.begin(), view->shape.end() - 1);
  const int64_t count = shape_size(outer);
  if (count == 0) raise_value_error("Cannot apply_along_axis when any iteration dimensions are 0");
  auto lane = [&](int64_t flat) {
    std::vector<BasicIndex> ix;
    for (size_t d = outer.size(); d-- > 0;) {
      ix.insert(ix.begin(), BasicIndex::make_int(flat % outer[d]));
      flat /= outer[d];
    }
    ix.push_back(BasicIndex::make_ellipsis());
    return basic_index(view, ix);
  };
  auto eval = [&](int64_t flat) {
    std::vector<ObjPtr> args{wrap_array(lane(flat))};
    args.insert(args.end(), b.varargs.begin(), b.varargs.end());
    return to_array(call_with(b[0], args, b.varkw));
  };
  ArrayPtr res = eval(0);
  Shape bshape = outer;
  bshape.insert(bshape.end(), res->shape.begin(), res->shape.end());
  ArrayPtr buff = new_array(bshape, res->dtype);
  auto store = [&](int64_t flat, const ArrayPtr& r) {
    std::vector<IndexItem> ix;
    for (size_t d = outer.size(); d-- > 0;) {
      ix.insert(ix.begin(), IndexItem::make_int(flat % outer[d]));
      flat /= outer[d];
    }
    ix.push_back(IndexItem::make_ellipsis());
    set_index(buff, ix, r);
  };
  store(0, res);
  for (int64_t i = 1; i < count; ++i) store(i, eval(i));
  // buff_permute = dims[:axis] + dims[ndim-res.ndim:] + dims[axis:ndim-res.ndim]
  const int64_t bn = buff->ndim(), rn = res->ndim();
  std::vector<int64_t> bp;
  for (int64_t k = 0; k < axis; ++k) bp.push_back(k);
  for (int64_t k = bn - rn; k < bn; ++k) bp.push_back(k);
  for (int64_t k = axis; k < bn - rn; ++k) bp.push_back(k);
  return wrap_array(transpose(buff, &bp));
}

int64_t ndim_of(const ObjPtr& o) { return to_int64(getattr(o, "ndim")); }

ObjPtr apply_over_axes_impl(const BoundArgs& b) {
  ObjPtr val = wrap_array(to_array(b[1]));
  const int64_t n = ndim_of(b[1]);
  std::vector<int64_t> axes = to_array(b[2])->ndim() == 0 ? std::vector<int64_t>{to_int64(b[2])} : to_axes(b[2]);
  for (int64_t axis : axes) {
    if (axis < 0) axis += n;
    ObjPtr res = call(b[0], {val, make_int(axis)});
    if (ndim_of(res) == ndim_of(val)) {
      val = res;
      continue;
    }
    ArrayPtr e = expand_dims(to_array(res), {axis});
    if (e->ndim() != ndim_of(val)) raise_value_error("function is not returning an array of the correct shape");
    val = wrap_array(e);
  }
  return val;
}

// ---- np.vectorize -------------------------------------------------------------------------

struct VectorizeObject : ObjectWithDict {
  ObjPtr pyfunc;  // null until given (decorator with arguments)
  std::vector<DType> otypes;
  Ref<SetObject> excluded = make_set();  // a live set: `v.excluded.add(0)` works, as in NumPy
  ObjPtr signature;  // the signature= string, or null
  ObjPtr core_dims;  // its parse: (input core dims, output core dims)
  explicit VectorizeObject(TypeObject* t) : ObjectWithDict(t) {}
};

TypeObject* vectorize_type();

std::vector<DType> otypes_arg(const ObjPtr& o) {
  std::vector<DType> out;
  if (!o || is_none(o)) return out;
  if (is_str(o)) {
    for (char c : str_value(o)) out.push_back(to_dtype(make_str(std::string(1, c))));
    return out;
  }
  for (const ObjPtr& t : iterate(o)) out.push_back(to_dtype(t));
  return out;
}

bool is_excluded(const VectorizeObject* v, const ObjPtr& key) { return contains(ObjPtr(v->excluded), key); }
bool contains_any(const VectorizeObject* v) { return v->excluded->size() > 0; }


// The element `e` (C order of the broadcast shape) of a broadcast input, as a Python scalar
// (NumPy converts the inputs to object arrays: elements become Python ints/floats/bools).
ObjPtr py_element(const ArrayPtr& a, const std::vector<int64_t>& offs, int64_t e) {
  const Scalar s = Scalar::load(a->buffer->data() + offs[static_cast<size_t>(e)], a->dtype);
  if (s.dtype == DType::Bool) return make_bool(s.v.b);
  if (dtype_is_float(s.dtype)) return make_float(s.as_double());
  if (dtype_is_unsigned(s.dtype)) return make_int(static_cast<int64_t>(s.v.u));
  return make_int(s.as_int64());
}

ObjPtr vectorize_call(Interpreter&, const ObjPtr& self, PosArgs args_in, KwArgs kwargs_in) {
  auto* v = cast<VectorizeObject>(self);
  if (!v->pyfunc) {  // @np.vectorize(otypes=...) then decorating a function
    if (args_in.size() != 1 || !kwargs_in.empty() || !is_callable(args_in[0]))
      raise_type_error("vectorize() missing required argument 'pyfunc'");
    v->pyfunc = args_in[0];
    return self;
  }
  // Split vectorized arguments from excluded ones (positions or keyword names).
  std::vector<ObjPtr> the_args(args_in.begin(), args_in.end());
  std::vector<KwArg> kwargs(kwargs_in.begin(), kwargs_in.end());
  std::vector<size_t> inds;
  std::vector<std::string> names;
  std::vector<ObjPtr> vargs;
  for (size_t i = 0; i < the_args.size(); ++i)
    if (!is_excluded(v, make_int(static_cast<int64_t>(i)))) {
      inds.push_back(i);
      vargs.push_back(the_args[i]);
    }
  for (const KwArg& k : kwargs)
    if (!is_excluded(v, make_str(k.name))) {
      names.push_back(k.name);
      vargs.push_back(k.value);
    }
  auto invoke = [&](const std::vector<ObjPtr>& elems) {
    std::vector<ObjPtr> a = the_args;
    std::vector<KwArg> kw = kwargs;
    for (size_t n = 0; n < inds.size(); ++n) a[inds[n]] = elems[n];
    for (size_t n = 0; n < names.size(); ++n)
      for (KwArg& k : kw)
        if (k.name == names[n]) k.value = elems[inds.size() + n];
    return call_with(v->pyfunc, a, kw);
  };
  if (v->signature) {
    // NumPy's _vectorize_call_with_signature (py/numpy_vectorize_sig.py), given a function
    // of the vectorized arguments only
    ObjPtr func = v->pyfunc;
    if (!kwargs.empty() || contains_any(v)) {
      func = make_function("func", [invoke](Interpreter&, const ObjPtr&, PosArgs a, KwArgs) {
        return invoke(std::vector<ObjPtr>(a.begin(), a.end()));
      });
    }
    ObjPtr otypes = None();
    if (!v->otypes.empty()) {
      std::vector<ObjPtr> ds;
      for (DType d : v->otypes) ds.push_back(make_dtype_object(d));
      otypes = make_list(std::move(ds));
    }
    ObjPtr helper = numpy_python_helper("_vectorize_call_with_signature");
    ObjPtr call_args[4] = {func, make_tuple(vargs), v->core_dims, otypes};
    return call(helper, PosArgs(call_args, 4));
  }
  if (vargs.empty()) return invoke({});
  std::vector<ArrayPtr> arrays;
  for (const ObjPtr& o : vargs) arrays.push_back(to_array(o));
  std::vector<DType> otypes = v->otypes;
  size_t nout = otypes.size();
  if (otypes.empty()) {
    for (const ArrayPtr& a : arrays)
      if (a->size() == 0) raise_value_error("cannot call `vectorize` on size 0 inputs unless `otypes` is set");
    std::vector<ObjPtr> first;
    for (const ArrayPtr& a : arrays) first.push_back(make_numpy_scalar(ravel(a, 'C')->item0()));  // arg.flat[0]
    ObjPtr out = invoke(first);
    std::vector<ObjPtr> outs = is_tuple(out) ? tuple_items(out) : std::vector<ObjPtr>{out};
    nout = outs.size();
    for (const ObjPtr& o : outs) otypes.push_back(to_array(o)->dtype);
  }
  const Shape shape = [&] {
    std::vector<Shape> shapes;
    for (const ArrayPtr& a : arrays) shapes.push_back(a->shape);
    return broadcast_shapes(shapes);
  }();
  std::vector<ArrayPtr> bc;
  std::vector<std::vector<int64_t>> offs(arrays.size());
  for (size_t k = 0; k < arrays.size(); ++k) {
    bc.push_back(broadcast_to(arrays[k], shape));
    for_each_offset(shape, bc[k]->strides, bc[k]->offset, [&](int64_t p) { offs[k].push_back(p); });
  }
  const int64_t count = shape_size(shape);
  std::vector<std::vector<ObjPtr>> results(nout);
  for (int64_t e = 0; e < count; ++e) {
    std::vector<ObjPtr> elems;
    for (size_t k = 0; k < bc.size(); ++k) elems.push_back(py_element(bc[k], offs[k], e));
    ObjPtr out = invoke(elems);
    if (nout == 1) {
      results[0].push_back(out);
    } else {
      if (!is_tuple(out) || tuple_items(out).size() != nout)
        raise_value_error("function returned an unexpected number of outputs");
      for (size_t k = 0; k < nout; ++k) results[k].push_back(tuple_items(out)[k]);
    }
  }
  std::vector<ObjPtr> outs;
  for (size_t k = 0; k < nout; ++k) {
    ArrayPtr r = new_array(shape, otypes[k]);
    for (int64_t e = 0; e < count; ++e) {
      ArrayPtr x = to_array(results[k][static_cast<size_t>(e)], otypes[k]);
      if (x->ndim() != 0) raise_value_error("setting an array element with a sequence.");
      std::memcpy(r->data() + e * r->itemsize(), x->data(), static_cast<size_t>(r->itemsize()));
    }
    outs.push_back(wrap_array(r));
  }
  if (nout == 1) return outs[0];
  return make_tuple(std::move(outs));
}

TypeObject* vectorize_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("vectorize", "numpy");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) -> ObjPtr {
      static const Signature sig("vectorize", {"pyfunc=", "otypes=", "doc=", "excluded=", "cache=", "signature="});
      BoundArgs b = sig.bind(args, kwargs);
      auto v = make_object<VectorizeObject>(cls);
      if (b.has(0)) v->pyfunc = b[0];
      v->otypes = otypes_arg(b.has(1) ? b[1] : nullptr);
      if (b.given(3))
        for (const ObjPtr& e : iterate(b[3])) v->excluded->add(e);
      if (b.given(5)) {
        ObjPtr parse = numpy_python_helper("_vectorize_parse_signature");
        v->core_dims = call(parse, PosArgs(&b.values[5], 1));
        v->signature = b[5];
      }
      ObjPtr doc = b.given(2) ? b[2] : (v->pyfunc ? getattr_or_null(v->pyfunc, "__doc__") : nullptr);
      v->instance_dict()->set(make_str("__doc__"), doc ? doc : None());
      return v;
    };
    t->call = vectorize_call;
    add_getset(t, "pyfunc", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
      const auto* v = cast<VectorizeObject>(s);
      return v->pyfunc ? v->pyfunc : None();
    });
    add_getset(t, "otypes", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
      const auto* v = cast<VectorizeObject>(s);
      if (v->otypes.empty()) return None();
      std::string chars;
      for (DType d : v->otypes) chars += dtype_char(d);
      return make_str(chars);
    });
    add_getset(t, "signature", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
      const auto* v = cast<VectorizeObject>(s);
      return v->signature ? v->signature : None();
    });
    add_getset(t, "excluded", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
      return ObjPtr(cast<VectorizeObject>(s)->excluded);
    });
    return t;
  }();
  return t;
}

// ---- np.piecewise -------------------------------------------------------------------------

ObjPtr piecewise_impl(const BoundArgs& b) {
  ArrayPtr x = to_array(b[0]);
  std::vector<ObjPtr> funcs = iterate(b[2]);
  const size_t n2 = funcs.size();
  ObjPtr condlist = b[1];
  auto scalar_like = [](const ObjPtr& o) { return is_int(o) || is_float(o) || is_numpy_scalar(o) || is_str(o); };
  if (scalar_like(condlist)) condlist = make_list({condlist});
  else {
    ObjPtr first = getitem(condlist, make_int(0));
    if (!is_list(first) && !is_ndarray(first) && x->ndim() != 0) condlist = make_list({condlist});
  }
  ArrayPtr conds = to_array(condlist, DType::Bool);
  size_t n = static_cast<size_t>(conds->ndim() == 0 ? 1 : conds->shape[0]);
  if (conds->ndim() == 0) conds = reshape(conds, {1});
  if (n == n2 - 1) {
    ArrayPtr anyc = any(conds, std::vector<int64_t>{0}, nullptr, true);
    ArrayPtr condelse = new_array(anyc->shape, DType::Bool);
    ArrayPtr ac = copy_array(anyc, 'C');
    for (int64_t i = 0; i < ac->size(); ++i) condelse->data()[i] = !ac->data()[i];
    conds = concatenate({conds, condelse}, 0);
    ++n;
  } else if (n != n2) {
    raise_value_error("with " + std::to_string(n) + " condition(s), either " + std::to_string(n) + " or " +
                      std::to_string(n + 1) + " functions are expected");
  }
  ArrayPtr y = empty_like(x, std::nullopt, 'K', std::nullopt);
  for (size_t k = 0; k < n; ++k) {
    ArrayPtr cond = basic_index(conds, {BasicIndex::make_int(static_cast<int64_t>(k))});
    std::vector<IndexItem> ix{IndexItem::make_array(cond)};
    if (!is_callable(funcs[k])) {
      set_index(y, ix, to_array(funcs[k]));
      continue;
    }
    ArrayPtr vals = get_index(x, ix);
    if (vals->size() > 0) {
      std::vector<ObjPtr> args{wrap_array(vals)};
      args.insert(args.end(), b.varargs.begin(), b.varargs.end());
      set_index(y, ix, to_array(call_with(funcs[k], args, b.varkw)));
    }
  }
  return wrap_array(y);
}

void init_functional(Interpreter&, ModuleObject& m) {
  def(m, "apply_along_axis", {"func1d", "axis", "arr", "*args", "**kwargs"}, apply_along_axis_impl);
  def(m, "apply_over_axes", {"func", "a", "axes"}, apply_over_axes_impl);
  def(m, "piecewise", {"x", "condlist", "funclist", "*args", "**kw"}, piecewise_impl);
  m.set("vectorize", ObjPtr(vectorize_type()));
  def(m, "frompyfunc", {"func", "nin", "nout", "*", "identity="}, [](const BoundArgs&) -> ObjPtr {
    raise_not_implemented("numpy.frompyfunc returns object arrays, which stridelab does not have yet; "
                          "np.vectorize(func) gives typed results");
  });
}

}  // namespace

void register_numpy_functional() { register_numpy_part("numpy", init_functional); }

}  // namespace sl
