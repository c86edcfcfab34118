#include "core/flex_items.hpp"
#include "lang/complex.hpp"
#include "modules/numpy/numpy_objects.hpp"

#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "core/assign.hpp"
#include "core/extent.hpp"
#include "core/format_array.hpp"
#include "core/format_scalar.hpp"
#include "lang/module.hpp"

namespace sl {

TypeObject* ndarray_type = nullptr;
TypeObject* dtype_type = nullptr;
TypeObject* flags_type = nullptr;
TypeObject* generic_scalar_type = nullptr;
static TypeObject* g_scalar_types[kNumDTypes] = {};

TypeObject* scalar_type(DType t) {
  t = dtype_native(t);
  if (static_cast<int>(t) >= kNumDTypes) raise_unsupported_dtype(t);
  return g_scalar_types[static_cast<int>(t)];
}

// ---- identity map: one live Python object per ArrayPtr ----------------------------------
namespace {
std::unordered_map<const NDArray*, NDArrayObject*>& live_arrays() {
  static std::unordered_map<const NDArray*, NDArrayObject*> m;
  return m;
}
class TrackedArrayObject : public NDArrayObject {
 public:
  explicit TrackedArrayObject(ArrayPtr a) : NDArrayObject(std::move(a)) { live_arrays()[array.get()] = this; }
  ~TrackedArrayObject() override {
    auto it = live_arrays().find(array.get());
    if (it != live_arrays().end() && it->second == this) live_arrays().erase(it);
  }
};
}  // namespace

ObjPtr wrap_array(const ArrayPtr& a) {
  auto it = live_arrays().find(a.get());
  if (it != live_arrays().end()) return ObjPtr(it->second);
  return ObjPtr(new TrackedArrayObject(a));
}

ObjPtr wrap_result(const ArrayPtr& a) {
  if (a->ndim() == 0 && dtype_is_flexible(a->dtype)) {
    // NumPy's np.str_ / np.bytes_ print and compare as str / bytes; a record (np.void)
    // stays a 0-d view of the array's bytes, as NumPy's void scalar from indexing does.
    if (a->dtype == DType::Str) return make_str(load_str_item(a->data(), a->itemsize()));
    if (a->dtype == DType::Bytes) return make_bytes(load_bytes_item(a->data(), a->itemsize()));
    auto it = live_arrays().find(a.get());
    if (it != live_arrays().end()) return ObjPtr(it->second);  // already an array the user holds
    auto* rec = new TrackedArrayObject(a);
    rec->void_scalar = true;
    return ObjPtr(rec);
  }
  if (a->ndim() == 0) return make_numpy_scalar(a->item0());
  return wrap_array(a);
}

ScalarObject::ScalarObject(const Scalar& s) : Object(scalar_type(s.dtype)), value(s) {}
FlagsObject::FlagsObject(ArrayPtr a) : Object(flags_type), array(std::move(a)) {}

ObjPtr make_numpy_scalar(const Scalar& s) {
  if (s.dtype == DType::Bool) {  // np.True_ and np.False_ are singletons: `x[0] is np.True_`
    static ObjPtr cache[2];
    ObjPtr& c = cache[s.v.b ? 1 : 0];
    if (!c) {
      c = ObjPtr(new ScalarObject(s));
      c->make_immortal();
    }
    return c;
  }
  return ObjPtr(new ScalarObject(s));
}

bool is_numpy_scalar(const ObjPtr& o) { return o->type()->is_subtype_of(generic_scalar_type); }

// ---- conversions ------------------------------------------------------------------------

Scalar python_int_scalar(const ObjPtr& o) {
  if (is_small_int(o)) return Scalar::from_int(int_value(o));
  uint64_t u;
  if (bigint_value(o).to_uint64(&u)) return Scalar::from_uint(u);
  raise_overflow_error("Python int too large to convert to C long");
}

bool to_scalar(const ObjPtr& o, Scalar* out, bool* weak) {
  if (is_bool(o)) { *out = Scalar::from_bool(int_value(o) != 0); *weak = true; return true; }
  if (is_int(o)) { *out = python_int_scalar(o); *weak = true; return true; }
  if (is_float(o)) { *out = Scalar::from_double(float_value(o)); *weak = true; return true; }
  if (is_complex(o)) {
    auto* c = static_cast<ComplexObject*>(o.get());
    *out = Scalar::from_complex(c->re, c->im);
    *weak = true;
    return true;
  }
  if (is_numpy_scalar(o)) { *out = static_cast<ScalarObject*>(o.get())->value; *weak = false; return true; }
  return false;
}

namespace {
// Depth-limited (NumPy's NPY_MAXDIMS): a list nested 100,000 deep, or one that contains
// itself, is NumPy's ValueError instead of a native stack overflow.
Nested to_nested_at(const ObjPtr& o, int depth) {
  Scalar s;
  bool weak;
  if (to_scalar(o, &s, &weak)) return Nested::scalar(s, weak);
  if (is_ndarray(o)) return Nested::of_array(array_of(o));
  const bool seq = is_sequence(o), rng = !seq && is_range(o);
  if ((seq || rng) && depth >= kMaxDims)
    raise_value_error("setting an array element with a sequence. The requested array would exceed "
                      "the maximum number of dimension of " + std::to_string(kMaxDims) + ".");
  if (seq) {
    // a copy of the items: nothing below runs user code today, but the list must not move
    const std::vector<ObjPtr> held = sequence_items(o);
    std::vector<Nested> items;
    items.reserve(held.size());
    for (const ObjPtr& item : held) items.push_back(to_nested_at(item, depth + 1));
    return Nested::sequence(std::move(items));
  }
  if (rng) {
    std::vector<Nested> items;
    for (const ObjPtr& item : iterate(o)) items.push_back(to_nested_at(item, depth + 1));
    return Nested::sequence(std::move(items));
  }
  ObjPtr iface = getattr_or_null(o, "__array_interface__");
  if (iface) {
    return Nested::of_array(array_from_interface(o, iface));
  }
  // the __array__ protocol (a.flat, user classes): np.array(obj) uses what it returns
  if (ObjPtr conv = getattr_or_null(o, "__array__")) {
    ObjPtr r = call(conv);
    if (!is_ndarray(r)) raise_value_error("object __array__ method not producing an array");
    return Nested::of_array(array_of(r));
  }
  if (is_str(o))
    raise_value_error("could not convert string to float: '" + str_value(o) + "'");
  raise_type_error("float() argument must be a string or a real number, not '" + type_name(o) + "'");
}
}  // namespace

Nested to_nested(const ObjPtr& o) { return to_nested_at(o, 0); }

ArrayPtr to_array(const ObjPtr& o, std::optional<DType> dtype) {
  if (is_ndarray(o)) {
    const ArrayPtr& a = array_of(o);
    if (!dtype || *dtype == a->dtype) return a;
  }
  // A foreign object exporting its memory: np.asarray(obj) and ufunc operands VIEW it (the
  // tutorial's `sa = np.asarray(s); sa += 2` changes the string); np.array copies (to_nested).
  if (!is_sequence(o) && !is_str(o) && !is_int(o) && !is_float(o) && !is_complex(o) && !is_numpy_scalar(o)) {
    if (ObjPtr iface = getattr_or_null(o, "__array_interface__")) {
      ArrayPtr v = array_from_interface(o, iface);
      return !dtype || *dtype == v->dtype ? v : astype(v, *dtype, 'K');
    }
  }
  return array_from_nested(to_nested(o), dtype);
}

Shape to_shape(const ObjPtr& o) {
  if (is_sequence(o)) {
    Shape s;
    for (const ObjPtr& d : sequence_items(o)) s.push_back(to_int64(d));
    return s;
  }
  if (is_ndarray(o)) {
    Shape s;
    ArrayPtr a = array_of(o);
    for_each_offset(a->shape, a->strides, a->offset,
                    [&](int64_t p) { s.push_back(Scalar::load(a->buffer->data() + p, a->dtype).as_int64()); });
    return s;
  }
  return {to_int64(o)};
}

std::vector<int64_t> to_axes(const ObjPtr& o) {
  if (is_sequence(o)) {
    std::vector<int64_t> v;
    for (const ObjPtr& d : sequence_items(o)) v.push_back(to_int64(d));
    return v;
  }
  return {to_int64(o)};
}

char to_order(const ObjPtr& o, char dflt, const char* allowed) {
  if (!o || is_none(o)) return dflt;
  if (!is_str(o)) raise_type_error("order must be str, not " + type_name(o));
  const std::string& s = str_value(o);
  if (s.size() == 1) {
    char c = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    for (const char* p = allowed; *p; ++p)
      if (*p == c) return c;
  }
  // NumPy's order converter knows all four letters whatever the function accepts
  const bool known = s.size() == 1 && std::string("CFAK").find(static_cast<char>(
                                          std::toupper(static_cast<unsigned char>(s[0])))) != std::string::npos;
  if (!known) raise_value_error("order must be one of 'C', 'F', 'A', or 'K' (got '" + s + "')");
  std::string opts;
  for (const char* p = allowed; *p; ++p) {
    if (!opts.empty()) opts += ", ";
    opts += std::string("'") + *p + "'";
  }
  raise_value_error("order must be one of " + opts + " (got '" + s + "')");
}

namespace {

// ---- scalar types --------------------------------------------------------------------------

const Scalar& sval(const ObjPtr& o) { return static_cast<ScalarObject*>(o.get())->value; }

ObjPtr scalar_repr_slot(Interpreter&, const ObjPtr& self) { return make_str(scalar_repr(sval(self))); }
ObjPtr scalar_str_slot(Interpreter&, const ObjPtr& self) { return make_str(scalar_str(sval(self))); }
bool scalar_truth(Interpreter&, const ObjPtr& self) { return sval(self).as_bool(); }
ObjPtr scalar_to_float(Interpreter&, const ObjPtr& self) { return make_float(sval(self).as_double()); }
ObjPtr scalar_to_int(Interpreter&, const ObjPtr& self) {
  const Scalar& s = sval(self);
  if (dtype_is_float(s.dtype)) {
    double d = s.v.f;
    if (std::isnan(d)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(d)) raise_overflow_error("cannot convert float infinity to integer");
    return double_to_int_obj(d);
  }
  if (dtype_is_unsigned(s.dtype)) return make_int_u64(s.v.u);
  return make_int(s.as_int64());
}
ObjPtr scalar_index(Interpreter& in, const ObjPtr& self) {
  const Scalar& s = sval(self);
  if (!dtype_is_integer(s.dtype))
    raise_type_error("'" + type_name(self) + "' object cannot be interpreted as an integer");
  return scalar_to_int(in, self);
}
int64_t scalar_hash(Interpreter&, const ObjPtr& self) {
  const Scalar& s = sval(self);
  if (dtype_is_float(s.dtype)) return hash(make_float(s.v.f));
  if (s.dtype == DType::Bool) return s.v.b ? 1 : 0;
  return hash(make_int(s.as_int64()));
}

ObjPtr scalar_construct(Interpreter&, TypeObject* cls, PosArgs args, KwArgs kwargs) {
  DType t = DType::Float64;
  for (int k = 0; k < kNumDTypes; ++k)
    if (cls == g_scalar_types[k]) t = static_cast<DType>(k);
  check_no_kwargs(dtype_name(t), kwargs);
  check_nargs(dtype_name(t), args, 0, 1);
  if (args.empty()) return make_numpy_scalar(Scalar::from_int(0).cast(t));
  const ObjPtr& v = args[0];
  if (is_str(v)) {
    const std::string& s = str_value(v);
    char* end = nullptr;
    if (dtype_is_float(t)) {
      double d = std::strtod(s.c_str(), &end);
      if (end == s.c_str() || *end) raise_value_error("could not convert string to float: '" + s + "'");
      return make_numpy_scalar(Scalar::from_double(d).cast(t));
    }
    long long i = std::strtoll(s.c_str(), &end, 10);
    if (end == s.c_str() || *end)
      raise_value_error("invalid literal for int() with base 10: '" + s + "'");
    return make_numpy_scalar(Scalar::from_int(i).cast(t));
  }
  Scalar s;
  bool weak;
  if (to_scalar(v, &s, &weak)) {
    if (weak && is_int(v) && !is_bool(v) && dtype_is_integer(t)) {
      // NumPy 2: np.uint8(300) raises like array assignment of an out-of-range Python int
      array_from_nested(Nested::scalar(s, true), t);
    }
    return make_numpy_scalar(s.cast(t));
  }
  ArrayPtr a = to_array(v, t);
  return wrap_result(a);
}

// ---- flags -------------------------------------------------------------------------------

struct FlagName {
  const char* key;
  const char* attr;
  bool Flags::*member;
};
bool Flags::*flag_member(const std::string& key) {
  static const FlagName names[] = {
      {"C_CONTIGUOUS", "c_contiguous", &Flags::c_contiguous}, {"C", nullptr, &Flags::c_contiguous},
      {"CONTIGUOUS", "contiguous", &Flags::c_contiguous},     {"F_CONTIGUOUS", "f_contiguous", &Flags::f_contiguous},
      {"F", nullptr, &Flags::f_contiguous},                   {"FORTRAN", "fortran", &Flags::f_contiguous},
      {"OWNDATA", "owndata", &Flags::owndata},                {"O", nullptr, &Flags::owndata},
      {"WRITEABLE", "writeable", &Flags::writeable},          {"W", nullptr, &Flags::writeable},
      {"ALIGNED", "aligned", &Flags::aligned},                {"A", nullptr, &Flags::aligned},
  };
  for (const FlagName& f : names)
    if (key == f.key || (f.attr && key == f.attr)) return f.member;
  return nullptr;
}

ObjPtr flags_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  const ArrayPtr& a = static_cast<FlagsObject*>(self.get())->array;
  if (is_str(key)) {
    const std::string& k = str_value(key);
    if (k == "WRITEBACKIFCOPY" || k == "X") return False();
    if (auto m = flag_member(k)) {
      Flags f = a->flags();
      return make_bool(f.*m);
    }
  }
  raise(ErrorType::KeyError, "Unknown flag");
}

ObjPtr flags_getattr(Interpreter&, const ObjPtr& self, const std::string& name) {
  const ArrayPtr& a = static_cast<FlagsObject*>(self.get())->array;
  if (name == "writebackifcopy") return False();
  for (char c : name)
    if (std::isupper(static_cast<unsigned char>(c))) return nullptr;
  if (auto m = flag_member(name)) {
    Flags f = a->flags();
    return make_bool(f.*m);
  }
  return nullptr;
}

bool flags_setattr(Interpreter&, const ObjPtr& self, const std::string& name, const ObjPtr& value) {
  const ArrayPtr& a = static_cast<FlagsObject*>(self.get())->array;
  if (name == "writeable" && value) {
    bool want = is_true(value);
    if (want && !a->writeable && a->base && !a->base->writeable)
      raise_value_error("cannot set WRITEABLE flag to True of this array");
    a->writeable = want;
    return true;
  }
  raise(ErrorType::AttributeError, "attribute '" + name + "' of 'numpy.flagsobj' objects is not writable");
}

ObjPtr flags_repr(Interpreter&, const ObjPtr& self) {
  Flags f = static_cast<FlagsObject*>(self.get())->array->flags();
  auto b = [](bool x) { return x ? "True" : "False"; };
  std::string s;
  s += std::string("  C_CONTIGUOUS : ") + b(f.c_contiguous) + "\n";
  s += std::string("  F_CONTIGUOUS : ") + b(f.f_contiguous) + "\n";
  s += std::string("  OWNDATA : ") + b(f.owndata) + "\n";
  s += std::string("  WRITEABLE : ") + b(f.writeable) + "\n";
  s += std::string("  ALIGNED : ") + b(f.aligned) + "\n";
  s += "  WRITEBACKIFCOPY : False\n";
  return make_str(s);
}

}  // namespace

void init_numpy_types() {
  if (ndarray_type) return;
  init_object_model();
  ndarray_type = new_type("ndarray", "numpy");

  init_dtype_type();

  flags_type = new_type("flagsobj", "numpy");
  flags_type->getitem = flags_getitem;
  flags_type->getattr = flags_getattr;
  flags_type->setattr = flags_setattr;
  flags_type->repr = flags_repr;

  generic_scalar_type = new_type("generic", "numpy");
  generic_scalar_type->repr = scalar_repr_slot;
  generic_scalar_type->str = scalar_str_slot;
  generic_scalar_type->truth = scalar_truth;
  generic_scalar_type->to_float = scalar_to_float;
  generic_scalar_type->to_int = scalar_to_int;
  generic_scalar_type->hash = scalar_hash;
  generic_scalar_type->construct = scalar_construct;
  for (int k = 0; k < kNumDTypes; ++k) {
    DType t = static_cast<DType>(k);
    std::string name = t == DType::Bool ? "bool" : dtype_name(t);
    TypeObject* st = new_type(name, "numpy", abstract_scalar_base(dtype_kind(t)));
    if (dtype_is_integer(t)) st->index = scalar_index;
    st->construct = scalar_construct;
    g_scalar_types[k] = st;
  }
  auto sv = [](const ObjPtr& self) { return static_cast<ScalarObject*>(self.get())->value; };
  add_getset(generic_scalar_type, "dtype", [sv](Interpreter&, const ObjPtr& s) { return make_dtype_object(sv(s).dtype); });
  add_getset(generic_scalar_type, "itemsize", [sv](Interpreter&, const ObjPtr& s) { return make_int(dtype_itemsize(sv(s).dtype)); });
  add_getset(generic_scalar_type, "ndim", [](Interpreter&, const ObjPtr&) { return make_int(0); });
  add_getset(generic_scalar_type, "shape", [](Interpreter&, const ObjPtr&) { return make_tuple({}); });
  add_getset(generic_scalar_type, "size", [](Interpreter&, const ObjPtr&) { return make_int(1); });
  add_method(generic_scalar_type, "item", [sv](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
    Scalar s = sv(self);
    if (s.dtype == DType::Bool) return make_bool(s.v.b);
    if (dtype_is_float(s.dtype)) return make_float(s.v.f);
    if (dtype_is_complex(s.dtype)) return make_complex(s.v.f, s.im);
    return make_int(s.as_int64());
  });
}

}  // namespace sl
