// numpy_module.cpp — the `numpy` module's namespace: constants, types, and the memory-model
// functions (creation, views, broadcasting, memory introspection), plus
// `numpy.lib.stride_tricks`. Compute functions (ufuncs, reductions, sorting, random, I/O)
// are registered by their own numpy_*.cpp files through register_numpy_part().
#include <algorithm>
#include <cmath>

#include "core/assign.hpp"
#include "core/format_array.hpp"
#include "core/format_options.hpp"
#include "core/views.hpp"
#include "lang/module.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {

void init_ndarray_type();

namespace {

std::vector<NumpyPart>& parts() {
  static std::vector<NumpyPart> p;
  return p;
}

constexpr auto def = def_function;

ArangeArg arange_arg(const ObjPtr& o) {
  Scalar s;
  bool weak;
  if (!to_scalar(o, &s, &weak)) {
    ArrayPtr a = to_array(o);
    if (a->ndim() != 0) raise_type_error("arange: scalar arguments expected instead of a tuple.");
    s = a->item0();
  }
  if (dtype_is_float(s.dtype)) return ArangeArg{s.v.f, 0, true};
  return ArangeArg{s.as_double(), s.as_int64(), false};
}

ObjPtr like_impl(const BoundArgs& b, int fill_index) {
  ArrayPtr a = to_array(b[0]);
  std::optional<DType> dt = to_optional_dtype(b[1]);
  char order = to_order(b[2], 'K');
  std::optional<Shape> shape;
  if (b.given(4)) shape = to_shape(b[4]);
  ArrayPtr out = empty_like(a, dt, order, shape);
  if (fill_index == 1) fill(out, Scalar::from_int(1));
  if (fill_index == 2) assign_array(out, to_array(b[5]));
  return wrap_array(out);
}

void init_numpy(Interpreter& in, ModuleObject& m) {
  init_numpy_types();
  init_ndarray_type();
  add_complex_attributes();

  m.set("__version__", make_str("2.0.0"));
  m.set("pi", make_float(M_PI));
  m.set("e", make_float(M_E));
  m.set("inf", make_float(INFINITY));
  m.set("nan", make_float(NAN));
  m.set("newaxis", None());
  m.set("ndarray", ObjPtr(ndarray_type));
  m.set("dtype", ObjPtr(dtype_type));
  m.set("generic", ObjPtr(generic_scalar_type));
  for (int k = 0; k < kNumDTypes; ++k) {
    DType t = static_cast<DType>(k);
    m.set(t == DType::Bool ? "bool" : dtype_name(t), ObjPtr(scalar_type(t)));
  }
  struct Alias { const char* name; DType t; };
  static const Alias aliases[] = {
      {"bool_", DType::Bool},     {"int_", DType::Int64},     {"intp", DType::Int64},
      {"uint", DType::UInt64},    {"uintp", DType::UInt64},   {"double", DType::Float64},
      {"single", DType::Float32}, {"byte", DType::Int8},      {"ubyte", DType::UInt8},
      {"short", DType::Int16},    {"ushort", DType::UInt16},  {"intc", DType::Int32},
      {"uintc", DType::UInt32},   {"longlong", DType::Int64}, {"ulonglong", DType::UInt64},
      {"long", DType::Int64},     {"ulong", DType::UInt64},   {"half", DType::Float16},
      {"csingle", DType::Complex64}, {"cdouble", DType::Complex128},
  };
  for (const Alias& a : aliases) m.set(a.name, ObjPtr(scalar_type(a.t)));

  // ---- creation
  def(m, "array", {"object", "dtype=", "*", "copy=", "order=", "subok=", "ndmin=", "like="},
      [](const BoundArgs& b) {
        if (ArrayPtr f = flexible_array(b[0], b.given(1) ? b[1] : nullptr)) return wrap_array(f);
        std::optional<DType> dt = to_optional_dtype(b[1]);
        char order = to_order(b[3], 'K');
        int ndmin = b.given(5) ? static_cast<int>(to_int64(b[5])) : 0;
        ArrayPtr out;
        if (is_ndarray(b[0])) {
          const ArrayPtr& a = array_of(b[0]);
          bool nocopy = b.has(2) && !is_true(b[2]);
          if (nocopy && (!dt || *dt == a->dtype) && ndmin <= a->ndim()) return b[0];
          if (dt) warn_complex_cast(a->dtype, *dt);
          out = astype(a, dt ? *dt : a->dtype, order);
        } else {
          out = array_from_nested(to_nested(b[0]), dt, order == 'F' ? 'F' : 'C');
        }
        if (out->ndim() < ndmin) {
          Shape s = out->shape;
          while (static_cast<int>(s.size()) < ndmin) s.insert(s.begin(), 1);
          out = reshape(out, s);
        }
        return wrap_array(out);
      });
  def(m, "asarray", {"a", "dtype=", "order=", "*", "like="}, [](const BoundArgs& b) {
    std::optional<DType> dt = to_optional_dtype(b[1]);
    char order = to_order(b[2], 'K');
    if (is_ndarray(b[0])) {
      const ArrayPtr& a = array_of(b[0]);
      bool layout_ok = order == 'K' || order == 'A' || (order == 'C' ? a->is_c_contiguous() : a->is_f_contiguous());
      if ((!dt || *dt == a->dtype) && layout_ok) return b[0];
      if (dt) warn_complex_cast(a->dtype, *dt);
      return wrap_array(astype(a, dt ? *dt : a->dtype, order));
    }
    ArrayPtr a = to_array(b[0], dt);
    if (order == 'F' && a->ndim() > 1) a = copy_array(a, 'F');
    return wrap_array(a);
  });
  auto as_layout = [&m](const char* name, char order) {
    def(m, name, {"a", "dtype=", "*", "like="}, [order](const BoundArgs& b) {
      std::optional<DType> dt = to_optional_dtype(b[1]);
      ArrayPtr a = to_array(b[0], dt);
      bool ok = order == 'F' ? a->is_f_contiguous() : a->is_c_contiguous();
      if (ok && a->ndim() >= 1 && is_ndarray(b[0]) && array_of(b[0]) == a) return b[0];
      if (ok && a->ndim() >= 1) return wrap_array(a);
      ArrayPtr c = copy_array(a, order);
      if (c->ndim() == 0) c = reshape(c, {1});  // NumPy: at least 1-d
      return wrap_array(c);
    });
  };
  as_layout("ascontiguousarray", 'C');
  as_layout("asfortranarray", 'F');
  auto filled = [&m](const char* name, int kind) {
    def(m, name, {"shape", "dtype=", "order=", "*", "like="}, [kind](const BoundArgs& b) {
      Shape s = to_shape(b[0]);
      char o = to_order(b[2], 'C', "CF");
      if (b.given(1) && kind == 0) {  // records and strings: zero bytes ('' and 0 fields)
        Descr d = to_descr(b[1]);
        // an unsized 'S'/'U' (np.str_, str) holds one character, as NumPy sizes it; 'V' stays V0
        if (d.itemsize() == 0 && d.type == DType::Str) d = str_descr(1);
        if (d.itemsize() == 0 && d.type == DType::Bytes) d = bytes_descr(1);
        if (dtype_is_flexible(d.type)) return wrap_array(new_array(s, d, o == 'F'));
      }
      DType t = b.given(1) ? to_dtype(b[1]) : DType::Float64;
      return wrap_array(kind == 1 ? ones(s, t, o) : zeros(s, t, o));
    });
  };
  filled("zeros", 0);
  filled("empty", 0);  // zero-filled: deterministic output instead of garbage
  filled("ones", 1);
  def(m, "full", {"shape", "fill_value", "dtype=", "order=", "*", "like="}, [](const BoundArgs& b) {
    ArrayPtr fv = to_array(b[1]);
    DType t = b.given(2) ? to_dtype(b[2]) : fv->dtype;
    if (is_int(b[1]) && !is_bool(b[1])) fv = to_array(b[1], t);  // NEP 50: must fit the dtype
    return wrap_array(full(to_shape(b[0]), fv, t, to_order(b[3], 'C', "CF")));
  });
  def(m, "zeros_like", {"a", "dtype=", "order=", "subok=", "shape="}, [](const BoundArgs& b) { return like_impl(b, 0); });
  def(m, "empty_like", {"a", "dtype=", "order=", "subok=", "shape="}, [](const BoundArgs& b) { return like_impl(b, 0); });
  def(m, "ones_like", {"a", "dtype=", "order=", "subok=", "shape="}, [](const BoundArgs& b) { return like_impl(b, 1); });
  def(m, "full_like", {"a", "fill_value", "dtype=", "order=", "subok=", "shape="}, [](const BoundArgs& b) {
    // reorder to like_impl's layout: a, dtype, order, subok, shape, fill
    ArrayPtr a = to_array(b[0]);
    std::optional<Shape> shape;
    if (b.given(5)) shape = to_shape(b[5]);
    ArrayPtr out = empty_like(a, to_optional_dtype(b[2]), to_order(b[3], 'K'), shape);
    assign_array(out, to_array(b[1]));
    return wrap_array(out);
  });
  def(m, "arange", {"start=", "stop=", "step=", "dtype=", "*", "like="}, [](const BoundArgs& b) {
    std::optional<ArangeArg> stop, step;
    if (b.given(1)) stop = arange_arg(b[1]);
    if (b.given(2)) step = arange_arg(b[2]);
    if (!b.given(0)) {
      if (!stop) raise_type_error("arange() requires stop to be specified.");
      return wrap_array(arange(ArangeArg{0, 0, false}, stop, step, to_optional_dtype(b[3])));
    }
    return wrap_array(arange(arange_arg(b[0]), stop, step, to_optional_dtype(b[3])));
  });
  def(m, "linspace", {"start", "stop", "num=", "endpoint=", "retstep=", "dtype=", "axis="},
      [](const BoundArgs& b) {
        if (array_endpoints(b, {0, 1}))
          return forward_to_python("_linspace_nd", b, {"start", "stop", "num", "endpoint", "retstep", "dtype", "axis"});
        int64_t num = b.given(2) ? to_int64(b[2]) : 50;
        bool endpoint = b.has(3) ? is_true(b[3]) : true;
        double step = 0;
        ArrayPtr a = linspace(to_double(b[0]), to_double(b[1]), num, endpoint, to_optional_dtype(b[5]), &step);
        if (b.has(4) && is_true(b[4])) return make_tuple({wrap_array(a), make_numpy_scalar(Scalar::from_double(step))});
        return wrap_array(a);
      });
  def(m, "eye", {"N", "M=", "k=", "dtype=", "order=", "*", "like="}, [](const BoundArgs& b) {
    std::optional<int64_t> mm;
    if (b.given(1)) mm = to_int64(b[1]);
    return wrap_array(eye(to_int64(b[0]), mm, b.given(2) ? to_int64(b[2]) : 0,
                          b.given(3) ? to_dtype(b[3]) : DType::Float64, to_order(b[4], 'C', "CF")));
  });
  def(m, "identity", {"n", "dtype=", "*", "like="}, [](const BoundArgs& b) {
    return wrap_array(eye(to_int64(b[0]), std::nullopt, 0, b.given(1) ? to_dtype(b[1]) : DType::Float64));
  });
  def(m, "copy", {"a", "order=", "subok="}, [](const BoundArgs& b) {
    return wrap_array(copy_array(to_array(b[0]), to_order(b[1], 'K')));
  });

  // ---- views
  def(m, "reshape", {"a", "newshape", "order="}, [](const BoundArgs& b) {
    return wrap_array(reshape(to_array(b[0]), to_shape(b[1]), to_order(b[2], 'C', "CFA")));
  });
  def(m, "ravel", {"a", "order="}, [](const BoundArgs& b) {
    return wrap_array(ravel(to_array(b[0]), to_order(b[1], 'C')));
  });
  def(m, "transpose", {"a", "axes="}, [](const BoundArgs& b) {
    if (!b.given(1)) return wrap_array(transpose(to_array(b[0])));
    std::vector<int64_t> axes = to_axes(b[1]);
    return wrap_array(transpose(to_array(b[0]), &axes));
  });
  def(m, "swapaxes", {"a", "axis1", "axis2"}, [](const BoundArgs& b) {
    return wrap_array(swapaxes(to_array(b[0]), to_int64(b[1]), to_int64(b[2])));
  });
  def(m, "moveaxis", {"a", "source", "destination"}, [](const BoundArgs& b) {
    return wrap_array(moveaxis(to_array(b[0]), to_axes(b[1]), to_axes(b[2])));
  });
  def(m, "squeeze", {"a", "axis="}, [](const BoundArgs& b) {
    if (!b.given(1)) {
      ArrayPtr a = to_array(b[0]);
      ArrayPtr r = squeeze(a);
      return r->ndim() == a->ndim() && is_ndarray(b[0]) ? b[0] : wrap_array(r);  // NumPy returns a itself
    }
    std::vector<int64_t> axes = to_axes(b[1]);
    return wrap_array(squeeze(to_array(b[0]), &axes));
  });
  def(m, "expand_dims", {"a", "axis"}, [](const BoundArgs& b) {
    return wrap_array(expand_dims(to_array(b[0]), to_axes(b[1])));
  });
  def(m, "shape", {"a"}, [](const BoundArgs& b) { return make_shape_tuple(to_array(b[0])->shape); });
  def(m, "ndim", {"a"}, [](const BoundArgs& b) { return make_int(to_array(b[0])->ndim()); });
  def(m, "size", {"a", "axis="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (b.given(1)) return make_int(a->shape[normalize_axis(to_int64(b[1]), a->ndim())]);
    return make_int(a->size());
  });
  def(m, "shares_memory", {"a", "b", "max_work="}, [](const BoundArgs& b) {
    return make_bool(shares_memory(*to_array(b[0]), *to_array(b[1])));
  });
  def(m, "may_share_memory", {"a", "b", "max_work="}, [](const BoundArgs& b) {
    return make_bool(may_share_memory(*to_array(b[0]), *to_array(b[1])));
  });

  // ---- broadcasting
  def(m, "broadcast_to", {"array", "shape", "subok="}, [](const BoundArgs& b) {
    return wrap_array(broadcast_to(to_array(b[0]), to_shape(b[1])));
  });
  def(m, "broadcast_arrays", {"*args", "subok="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> in;
    for (const ObjPtr& o : b.varargs) in.push_back(to_array(o));
    std::vector<ObjPtr> out;
    for (const ArrayPtr& a : broadcast_arrays(in)) out.push_back(wrap_array(a));
    return make_tuple(std::move(out));  // NumPy 2 returns a tuple
  });
  def(m, "broadcast_shapes", {"*args"}, [](const BoundArgs& b) {
    std::vector<Shape> shapes;
    for (const ObjPtr& o : b.varargs) shapes.push_back(to_shape(o));
    return make_shape_tuple(broadcast_shapes(shapes));
  });

  for (const NumpyPart& p : parts())
    if (p.module == "numpy") p.init(in, m);
}

void init_stride_tricks(Interpreter& in, ModuleObject& m) {
  init_numpy_types();
  def(m, "as_strided", {"x", "shape=", "strides=", "subok=", "writeable="}, [](const BoundArgs& b) {
    std::optional<Shape> shape, strides;
    // NumPy takes tuple(shape) / tuple(strides): a bare int is not iterable
    auto as_tuple = [](const ObjPtr& o) {
      if (!is_sequence(o) && !is_ndarray(o))
        raise_type_error("'" + o->type()->tp_name() + "' object is not iterable");
      return to_shape(o);
    };
    if (b.given(1)) shape = as_tuple(b[1]);
    if (b.given(2)) strides = as_tuple(b[2]);
    bool writeable = b.has(4) ? is_true(b[4]) : true;
    return wrap_array(as_strided(to_array(b[0]), shape, strides, writeable));
  });
  for (const NumpyPart& p : parts())
    if (p.module == "numpy.lib.stride_tricks") p.init(in, m);
}

}  // namespace

void def_function(ModuleObject& m, const char* name, std::initializer_list<const char*> params,
                  std::function<ObjPtr(const BoundArgs&)> body) {
  auto sig = std::make_shared<Signature>(name, params);
  m.add_function(name, [sig, body](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
    return body(sig->bind(args, kw));
  });
}

void register_numpy_part(const std::string& module, ModuleInit init) {
  parts().push_back({module, std::move(init)});
}

// Each compute area's registration (its own numpy_*.cpp file).
void register_numpy_ops();
void register_numpy_reductions();
void register_numpy_random();
void register_numpy_sorting();
void register_numpy_io();
void register_numpy_shape();
void register_numpy_index_tricks();  // np-a: creation and index tricks
void register_numpy_grids();
void register_numpy_creation();
void register_numpy_manip();  // np-a: manipulation and sets
void register_numpy_select();
void register_numpy_sets();
void register_numpy_functional();
void register_numpy_gaps();
void register_numpy_typeinfo();
void register_numpy_products();  // np-a: products and einsum
void register_numpy_linalg_decomp();
void register_numpy_ndarray_new();
void register_numpy_elementwise();
void register_numpy_nanfuncs();
void register_numpy_histogram();
void register_numpy_stats();
void register_numpy_printing();
void register_numpy_pysource();
void register_numpy_exceptions();  // np-d: numpy.exceptions
void register_numpy_scalar_methods();  // np-d: ndarray methods of NumPy scalars
void register_numpy_errstate();
void register_numpy_ndarray_surface();
void register_numpy_nditer();
void register_numpy_complex();  // dtypes: np.real/imag/conj/angle/iscomplex...
void register_numpy_fft();      // dtypes: numpy.fft
void register_numpy_char();     // dtypes4: numpy.char / numpy.strings
void register_numpy_npz();      // np-e: .npz helpers (ZIP/DEFLATE)
void register_numpy_flex_scalars();  // np-f: np.str_, np.bytes_, np.void

void register_numpy_modules() {
  static bool done = false;
  if (done) return;
  done = true;
  register_numpy_ops();
  register_numpy_reductions();
  register_numpy_complex();
  register_numpy_fft();
  register_numpy_char();
  register_numpy_random();
  register_numpy_sorting();
  register_numpy_io();
  register_numpy_npz();
  register_numpy_shape();
  register_numpy_index_tricks();
  register_numpy_grids();
  register_numpy_creation();
  register_numpy_manip();
  register_numpy_select();
  register_numpy_sets();
  register_numpy_functional();
  register_numpy_typeinfo();
  register_numpy_flex_scalars();
  register_numpy_products();
  register_numpy_linalg_decomp();
  register_numpy_printing();
  register_numpy_errstate();
  register_numpy_ndarray_surface();
  register_numpy_nditer();
  register_numpy_pysource();
  register_numpy_exceptions();
  register_numpy_scalar_methods();
  register_numpy_gaps();  // NumPy names stridelab lacks: the honest NotImplementedError
  register_numpy_ndarray_new();
  register_numpy_elementwise();
  register_numpy_nanfuncs();
  register_numpy_histogram();
  register_numpy_stats();
  register_module("numpy", init_numpy);
  register_module("numpy.lib.stride_tricks", init_stride_tricks);
  // Submodules that only parts define (numpy.random, numpy.linalg, ...)
  std::vector<std::string> names;
  for (const NumpyPart& p : parts())
    if (p.module != "numpy" && p.module != "numpy.lib.stride_tricks" &&
        std::find(names.begin(), names.end(), p.module) == names.end())
      names.push_back(p.module);
  for (const std::string& name : names) {
    register_module(name, [name](Interpreter& in, ModuleObject& m) {
      init_numpy_types();
      for (const NumpyPart& p : parts())
        if (p.module == name) p.init(in, m);
    });
  }
}

}  // namespace sl
