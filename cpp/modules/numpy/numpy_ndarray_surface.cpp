// numpy_ndarray_surface.cpp — the rest of ndarray's Python surface: `flat` (get and set),
// `data` (a memoryview of the array's bytes), `ctypes` (the address in engine memory, the
// same number __array_interface__ reports), setting `.dtype` in place with NumPy's rules,
// setflags, byteswap, real/imag/conj/conjugate for real dtypes, mT, device/to_device,
// getfield/setfield, tofile and the deprecated tostring.
// The memory model itself (views, casts, byte swapping) is core's; the methods that
// compute (reductions, sorting, ...) live with their areas.
#include <cstdio>
#include <cstring>

#include "core/assign.hpp"
#include "core/views.hpp"
#include "lang/files.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_warnings.hpp"

namespace sl {

ObjPtr make_flatiter(const ObjPtr& array);                  // numpy_flatiter.cpp
TypeObject* flatiter_type();                                // numpy_flatiter.cpp
void assign_flat(const ObjPtr& array, const ObjPtr& value);  // numpy_flatiter.cpp

namespace {

const ArrayPtr& arr(const ObjPtr& self) { return array_of(self); }

// ---- memoryview ----------------------------------------------------------------------------
// The subset of CPython's memoryview an ndarray's .data needs: len, nbytes, itemsize,
// format, shape, strides, ndim, readonly, obj, tobytes(), tolist(), hex(), bytes(m).

struct MemoryViewObject : Object {
  ObjPtr owner;  // the ndarray
  static TypeObject* type;
  explicit MemoryViewObject(ObjPtr o) : Object(type), owner(std::move(o)) {}
  const ArrayPtr& a() const { return array_of(owner); }
};
TypeObject* MemoryViewObject::type = nullptr;

const MemoryViewObject* mv(const ObjPtr& o) { return static_cast<const MemoryViewObject*>(o.get()); }

// struct-module format of a dtype ('d', 'f', 'q', 'B', '?', ...), as NumPy exports it.
std::string buffer_format(DType t) {
  char c = dtype_char(t);
  if (c == 'l') return "l";
  if (c == 'L') return "L";
  return std::string(1, c);
}

std::string c_order_bytes(const ArrayPtr& a) {
  ArrayPtr c = a->is_c_contiguous() ? a : copy_array(a, 'C');
  std::string out(static_cast<size_t>(c->nbytes()), '\0');
  if (!out.empty()) std::memcpy(&out[0], c->data(), out.size());
  return out;
}

TypeObject* memoryview_type() {
  if (MemoryViewObject::type) return MemoryViewObject::type;
  TypeObject* t = new_type("memoryview", "builtins");
  t->unhashable = true;
  t->repr = [](Interpreter&, const ObjPtr& self) {
    // CPython prints the address with %p: lowercase hex after 0x
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(self.get())));
    return make_str(std::string("<memory at ") + buf + ">");
  };
  t->len = [](Interpreter&, const ObjPtr& self) -> int64_t {
    const ArrayPtr& a = mv(self)->a();
    if (a->ndim() == 0) raise_type_error("0-dim memory has no length");
    return a->shape[0];
  };
  add_getset(t, "nbytes", [](Interpreter&, const ObjPtr& s) { return make_int(mv(s)->a()->nbytes()); });
  add_getset(t, "itemsize", [](Interpreter&, const ObjPtr& s) { return make_int(mv(s)->a()->itemsize()); });
  add_getset(t, "ndim", [](Interpreter&, const ObjPtr& s) { return make_int(mv(s)->a()->ndim()); });
  add_getset(t, "format", [](Interpreter&, const ObjPtr& s) { return make_str(buffer_format(mv(s)->a()->dtype)); });
  add_getset(t, "shape", [](Interpreter&, const ObjPtr& s) { return make_shape_tuple(mv(s)->a()->shape); });
  add_getset(t, "strides", [](Interpreter&, const ObjPtr& s) { return make_shape_tuple(mv(s)->a()->strides); });
  add_getset(t, "readonly", [](Interpreter&, const ObjPtr& s) { return make_bool(!mv(s)->a()->writeable); });
  add_getset(t, "obj", [](Interpreter&, const ObjPtr& s) { return mv(s)->owner; });
  add_getset(t, "c_contiguous", [](Interpreter&, const ObjPtr& s) { return make_bool(mv(s)->a()->is_c_contiguous()); });
  add_getset(t, "f_contiguous", [](Interpreter&, const ObjPtr& s) { return make_bool(mv(s)->a()->is_f_contiguous()); });
  add_getset(t, "contiguous", [](Interpreter&, const ObjPtr& s) {
    return make_bool(mv(s)->a()->is_c_contiguous() || mv(s)->a()->is_f_contiguous());
  });
  auto bytes_of = [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) { return make_bytes(c_order_bytes(mv(self)->a())); };
  add_method(t, "tobytes", bytes_of);
  add_method(t, "__bytes__", bytes_of);
  add_method(t, "hex", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    static const char* d = "0123456789abcdef";
    std::string out;
    for (unsigned char c : c_order_bytes(mv(self)->a())) {
      out += d[c >> 4];
      out += d[c & 15];
    }
    return make_str(out);
  });
  add_method(t, "tolist", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    return call_method(mv(self)->owner, "tolist", {});
  });
  add_method(t, "release", [](Interpreter&, const ObjPtr&, PosArgs, KwArgs) { return None(); });
  MemoryViewObject::type = t;
  return t;
}

// ---- ctypes ----------------------------------------------------------------------------------
// a.ctypes: .data is the address of element [0, ...] in engine memory (wasm linear memory in
// the browser), the same integer as a.__array_interface__['data'][0]; .shape / .strides.

struct CtypesObject : Object {
  ObjPtr owner;
  static TypeObject* type;
  explicit CtypesObject(ObjPtr o) : Object(type), owner(std::move(o)) {}
};
TypeObject* CtypesObject::type = nullptr;

TypeObject* ctypes_type() {
  if (CtypesObject::type) return CtypesObject::type;
  TypeObject* t = new_type("_ctypes", "numpy._core._internal");
  auto owner = [](const ObjPtr& s) -> const ArrayPtr& { return array_of(static_cast<CtypesObject*>(s.get())->owner); };
  add_getset(t, "data", [owner](Interpreter&, const ObjPtr& s) {
    return make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(owner(s)->data())));
  });
  add_getset(t, "shape", [owner](Interpreter&, const ObjPtr& s) { return make_shape_tuple(owner(s)->shape); });
  add_getset(t, "strides", [owner](Interpreter&, const ObjPtr& s) { return make_shape_tuple(owner(s)->strides); });
  add_getset(t, "_arr", [](Interpreter&, const ObjPtr& s) { return static_cast<CtypesObject*>(s.get())->owner; });
  CtypesObject::type = t;
  return t;
}

// ---- dtype assignment ------------------------------------------------------------------------
// a.dtype = t: NumPy's array_descr_set: a view of the same bytes with the new dtype; the last
// axis is rescaled when the itemsizes differ, which needs it C-contiguous.
void set_dtype(const ArrayPtr& a, DType t) {
  if (dtype_itemsize(t) == a->itemsize()) {
    a->dtype = t;
    return;
  }
  ArrayPtr v = view_as_dtype(a, t);  // raises NumPy's messages when impossible
  a->dtype = v->dtype;
  a->shape = v->shape;
  a->strides = v->strides;
}

template <class F>
void method(TypeObject* t, const char* name, std::initializer_list<const char*> params, F body) {
  auto sig = std::make_shared<Signature>(name, params);
  add_method(t, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
    return body(self, sig->bind(args, kw));
  });
}

// int(a) / float(a): arrays of one element, as that element (NumPy 2 warns for ndim > 0).
ObjPtr single_element(const ObjPtr& self) {
  const ArrayPtr& a = arr(self);
  if (a->size() != 1) raise_type_error("only length-1 arrays can be converted to Python scalars");
  if (a->ndim() > 0)
    numpy_warn(ErrorType::DeprecationWarning,
               "Conversion of an array with ndim > 0 to a scalar is deprecated, you should extract a single "
               "element from your array before performing this operation. (Deprecated NumPy 1.25.)");
  return make_numpy_scalar(Scalar::load(a->buffer->data() + a->byte_extent().first, a->dtype));
}

void init_surface(Interpreter&, ModuleObject& m) {
  m.set("flatiter", ObjPtr(flatiter_type()));  // per module object: sessions build fresh ones
  static bool done = false;  // ndarray is process-wide
  if (done) return;
  done = true;
  TypeObject* t = ndarray_type;
  if (!t->to_int)
    t->to_int = [](Interpreter&, const ObjPtr& self) {
      ObjPtr arg[1] = {single_element(self)};
      return call(ObjPtr(int_type), PosArgs(arg, 1));
    };
  if (!t->to_float)
    t->to_float = [](Interpreter&, const ObjPtr& self) {
      ObjPtr arg[1] = {single_element(self)};
      return call(ObjPtr(float_type), PosArgs(arg, 1));
    };
  // no __index__ slot: the interpreter would then take `[1, 2] * arr` for list repetition
  // (CPython tries the array's multiply first)
  memoryview_type();
  ctypes_type();
  add_getset(
      t, "flat", [](Interpreter&, const ObjPtr& s) { return make_flatiter(s); },
      [](Interpreter&, const ObjPtr& s, const ObjPtr& v) { assign_flat(s, v); });
  add_getset(t, "data", [](Interpreter&, const ObjPtr& s) { return ObjPtr(new MemoryViewObject(s)); });
  add_getset(t, "ctypes", [](Interpreter&, const ObjPtr& s) { return ObjPtr(new CtypesObject(s)); });
  add_getset(
      t, "dtype", [](Interpreter&, const ObjPtr& s) { return make_dtype_object(arr(s)->descr()); },
      [](Interpreter&, const ObjPtr& s, const ObjPtr& v) { set_dtype(arr(s), to_dtype(v)); });
  add_getset(t, "device", [](Interpreter&, const ObjPtr&) { return make_str("cpu"); });
  add_getset(t, "mT", [](Interpreter&, const ObjPtr& s) {
    const ArrayPtr& a = arr(s);
    if (a->ndim() < 2) raise_value_error("matrix transpose with ndim < 2 is undefined");
    return wrap_array(swapaxes(a, -1, -2));
  });
  // .real/.imag/conj()/conjugate(): numpy_complex.cpp (views of complex halves; real dtypes: self)
  add_method(generic_scalar_type, "tolist", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    return call_method(self, "item");
  });
  method(t, "to_device", {"device", "/", "*", "stream="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    if (!is_str(b[0]) || str_value(b[0]) != "cpu") raise_value_error("Unsupported device " + repr(b[0]) + ". Only 'cpu' is accepted.");
    if (b.given(1)) raise_value_error("The stream argument in to_device() is not supported");
    return s;
  });
  method(t, "setflags", {"write=", "align=", "uic="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    const ArrayPtr& a = arr(s);
    if (b.given(2) && is_true(b[2])) raise_value_error("cannot set WRITEBACKIFCOPY flag to True");
    if (b.given(1) && is_true(b[1]) && !a->is_aligned()) raise_value_error("cannot set aligned flag of mis-aligned array to True");
    if (b.given(0)) {
      bool want = is_true(b[0]);
      if (want && !a->writeable && a->base && !a->base->writeable)
        raise_value_error("cannot set WRITEABLE flag to True of this array");
      a->writeable = want;
    }
    return None();
  });
  method(t, "byteswap", {"inplace="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    const ArrayPtr& a = arr(s);
    bool inplace = b.has(0) && is_true(b[0]);
    ArrayPtr target = inplace ? a : copy_array(a, 'K');
    if (inplace && !a->writeable) raise_value_error("assignment destination is read-only");
    const int n = target->itemsize();
    if (n > 1)
      for_each_offset(target->shape, target->strides, target->offset, [&](int64_t p) {
        uint8_t* q = target->buffer->data() + p;
        std::reverse(q, q + n);
      });
    return inplace ? s : wrap_array(target);
  });
  method(t, "getfield", {"dtype", "offset="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    const ArrayPtr& a = arr(s);
    DType t2 = to_dtype(b[0]);
    int64_t off = b.given(1) ? to_int64(b[1]) : 0;
    if (off < 0) raise_value_error("offset must be non-negative");
    if (off + dtype_itemsize(t2) > a->itemsize())
      raise_value_error("Need 0 <= offset <= " + std::to_string(a->itemsize() - dtype_itemsize(t2)) +
                        " for requested size " + std::to_string(dtype_itemsize(t2)) + " but received offset = " +
                        std::to_string(off));
    return wrap_array(make_view(a, a->offset + off, a->shape, a->strides, t2));
  });
  method(t, "setfield", {"val", "dtype", "offset="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    const ArrayPtr& a = arr(s);
    DType t2 = to_dtype(b[1]);
    int64_t off = b.given(2) ? to_int64(b[2]) : 0;
    if (off < 0 || off + dtype_itemsize(t2) > a->itemsize())
      raise_value_error("Need 0 <= offset <= " + std::to_string(a->itemsize() - dtype_itemsize(t2)) +
                        " for requested size " + std::to_string(dtype_itemsize(t2)) + " but received offset = " +
                        std::to_string(off));
    assign_array(make_view(a, a->offset + off, a->shape, a->strides, t2), to_array(b[0]));
    return None();
  });
  // a.tofile: written in Python with np.fromfile (py/numpy_text_io.py, loaded on first use)
  method(t, "tofile", {"fid", "sep=", "format="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    std::vector<KwArg> kw;
    if (b.has(1)) kw.push_back({"sep", b[1]});
    if (b.has(2)) kw.push_back({"format", b[2]});
    return call(numpy_python_helper("_sl_tofile"), PosArgs(std::vector<ObjPtr>{s, b[0]}), KwArgs(kw));
  });
  method(t, "tostring", {"order="}, [](const ObjPtr& s, const BoundArgs& b) -> ObjPtr {
    numpy_warn(ErrorType::DeprecationWarning, "tostring() is deprecated. Use tobytes() instead.");
    return call_method(s, "tobytes", b.has(0) ? std::vector<ObjPtr>{b[0]} : std::vector<ObjPtr>{});
  });
}

}  // namespace

void register_numpy_ndarray_surface() { register_numpy_part("numpy", init_surface); }

}  // namespace sl
