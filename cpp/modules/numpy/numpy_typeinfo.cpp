// numpy_typeinfo.cpp — NumPy's type introspection: the abstract scalar hierarchy
// (generic > number > integer > signedinteger/unsignedinteger, inexact > floating /
// complexfloating, flexible > character), usable with isinstance/issubclass/issubdtype;
// iinfo/finfo (every attribute, NumPy's repr and str); issubdtype, isdtype, can_cast,
// result_type (NEP 50: Python scalars are weak), promote_types, min_scalar_type,
// common_type, isscalar, iterable, typecodes, True_/False_.
// The concrete scalar types (numpy.float64, ...) are made in numpy_objects.cpp, each under
// the abstract class its dtype kind names (abstract_scalar_base). Promotion itself is the
// core's (dtype.hpp, ufunc_types.hpp); this file only converts arguments and formats.
#include <cmath>
#include <cstdio>
#include <limits>

#include "core/dtype.hpp"
#include "core/ufunc_types.hpp"
#include "core/format_scalar.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_flex_scalars.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"

namespace sl {

namespace {

struct Abstract {
  TypeObject* number = nullptr;
  TypeObject* integer = nullptr;
  TypeObject* signedinteger = nullptr;
  TypeObject* unsignedinteger = nullptr;
  TypeObject* inexact = nullptr;
  TypeObject* floating = nullptr;
  TypeObject* complexfloating = nullptr;
  TypeObject* flexible = nullptr;
  TypeObject* character = nullptr;
};

ObjPtr abstract_construct(Interpreter&, TypeObject* cls, PosArgs, KwArgs) {
  raise_type_error("cannot create '" + cls->qualified_name() + "' instances");
}

const Abstract& abstract_types() {
  static const Abstract a = [] {
    Abstract a;
    auto make = [](const char* name, TypeObject* base) {
      TypeObject* t = new_type(name, "numpy", base);
      t->construct = abstract_construct;
      return t;
    };
    a.number = make("number", generic_scalar_type);
    a.integer = make("integer", a.number);
    a.signedinteger = make("signedinteger", a.integer);
    a.unsignedinteger = make("unsignedinteger", a.integer);
    a.inexact = make("inexact", a.number);
    a.floating = make("floating", a.inexact);
    a.complexfloating = make("complexfloating", a.inexact);
    a.flexible = make("flexible", generic_scalar_type);
    a.character = make("character", a.flexible);
    return a;
  }();
  return a;
}

bool is_scalar_class(const ObjPtr& o) {
  return is_type(o) && static_cast<TypeObject*>(o.get())->is_subtype_of(generic_scalar_type);
}
// numpy.float64 (a dtype's type), as opposed to numpy.generic / numpy.integer / ...
bool is_concrete_scalar_class(const ObjPtr& o) {
  if (!is_scalar_class(o)) return false;
  auto* t = static_cast<TypeObject*>(o.get());
  return t != generic_scalar_type && t->construct != abstract_construct;
}

// np.dtype(x), falling back to np.dtype(type(x)) for instances (np.iinfo(np.int32(10))).
DType dtype_of_instance_or_type(const ObjPtr& o) {
  try {
    return to_dtype(o);
  } catch (const PyError& e) {
    if (e.type != ErrorType::TypeError) throw;
    return to_dtype(ObjPtr(o->type()));
  }
}

// ---- iinfo / finfo ---------------------------------------------------------------------

struct InfoObject : ObjectWithDict {
  explicit InfoObject(TypeObject* t) : ObjectWithDict(t) {}
  DType dtype = DType::Float64;
  std::string repr_text, str_text;
};

TypeObject* iinfo_type();
TypeObject* finfo_type();

std::string u64_text(uint64_t v) { return std::to_string(v); }

ObjPtr python_int_u64(uint64_t v) {
  return make_int_u64(v);
}

ObjPtr make_iinfo(const ObjPtr& arg) {
  DType t = dtype_of_instance_or_type(arg);
  char kind = dtype_kind(t);
  if (kind != 'i' && kind != 'u') raise_value_error(std::string("Invalid integer data type '") + kind + "'.");
  int bits = dtype_itemsize(t) * 8;
  std::string lo, hi;
  uint64_t umax = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
  Ref<InfoObject> info(new InfoObject(iinfo_type()));
  info->dtype = t;
  DictObject* d = info->instance_dict();
  d->set("dtype", make_dtype_object(t));
  d->set("kind", make_str(std::string(1, kind)));
  d->set("bits", make_int(bits));
  d->set("key", make_str(std::string(1, kind) + std::to_string(bits)));
  if (kind == 'u') {
    lo = "0";
    hi = u64_text(umax);
  } else {
    int64_t mx = static_cast<int64_t>(umax >> 1);
    lo = std::to_string(-mx - 1);
    hi = std::to_string(mx);
  }
  info->repr_text = "iinfo(min=" + lo + ", max=" + hi + ", dtype=" + dtype_name(t) + ")";
  info->str_text = std::string("Machine parameters for ") + dtype_name(t) +
                   "\n---------------------------------------------------------------\nmin = " + lo +
                   "\nmax = " + hi + "\n---------------------------------------------------------------\n";
  return ObjPtr(info);
}

ObjPtr iinfo_getattr(Interpreter&, const ObjPtr& self, const std::string& name) {
  auto* info = static_cast<InfoObject*>(self.get());
  int bits = dtype_itemsize(info->dtype) * 8;
  uint64_t umax = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
  bool u = dtype_kind(info->dtype) == 'u';
  if (name == "min") return u ? make_int(0) : make_int(-static_cast<int64_t>(umax >> 1) - 1);
  if (name == "max") return u ? python_int_u64(umax) : make_int(static_cast<int64_t>(umax >> 1));
  return nullptr;
}

// "%24.16e" % value (NumPy's MachAr _float_to_str), stripped.
std::string e_format(double v, int width, int prec) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%*.*e", width, prec, v);
  std::string s(buf);
  return s.substr(s.find_first_not_of(' '));
}

ObjPtr make_finfo(const ObjPtr& arg) {
  DType t = dtype_of_instance_or_type(arg);
  char kind = dtype_kind(t);
  if (kind == 'c') t = parse_dtype("f" + std::to_string(dtype_itemsize(t) / 2));  // complex -> its float
  else if (kind != 'f')
    raise_value_error("data type <class 'numpy." + std::string(dtype_name(t)) + "'> not inexact");
  const int bits = dtype_itemsize(t) * 8;
  // IEEE 754 binary16/32/64: exponent bits, mantissa bits (NumPy's MachAr parameters).
  const int nexp = bits == 16 ? 5 : bits == 32 ? 8 : 11;
  const int nmant = bits - nexp - 1;
  const int machep = -nmant, negep = -nmant - 1;
  const int maxexp = 1 << (nexp - 1), minexp = 2 - maxexp;
  const double eps = std::ldexp(1.0, machep), epsneg = std::ldexp(1.0, negep);
  const double tiny = std::ldexp(1.0, minexp);
  const double huge = std::ldexp(2.0 - eps, maxexp - 1);
  const double subnormal = std::ldexp(1.0, minexp - nmant);
  const int precision = static_cast<int>(-std::log10(eps));
  auto as_t = [t](double v) { return Scalar::from_double(v).cast(t); };
  const Scalar resolution = as_t(std::pow(10.0, -precision));
  // the printf formats of NumPy's MachAr per precision
  const int width = bits == 16 ? 12 : bits == 32 ? 15 : 24, prec = bits == 16 ? 5 : bits == 32 ? 7 : 16;
  auto fmt = [&](double v) { return e_format(as_t(v).as_double(), width, prec); };

  Ref<InfoObject> info(new InfoObject(finfo_type()));
  info->dtype = t;
  DictObject* d = info->instance_dict();
  d->set("dtype", make_dtype_object(t));
  d->set("bits", make_int(bits));
  d->set("eps", make_numpy_scalar(as_t(eps)));
  d->set("epsneg", make_numpy_scalar(as_t(epsneg)));
  d->set("iexp", make_int(nexp));
  d->set("machep", make_int(machep));
  d->set("max", make_numpy_scalar(as_t(huge)));
  d->set("maxexp", make_int(maxexp));
  d->set("min", make_numpy_scalar(as_t(-huge)));
  d->set("minexp", make_int(minexp));
  d->set("negep", make_int(negep));
  d->set("nexp", make_int(nexp));
  d->set("nmant", make_int(nmant));
  d->set("precision", make_int(precision));
  d->set("resolution", make_numpy_scalar(resolution));
  d->set("smallest_normal", make_numpy_scalar(as_t(tiny)));
  d->set("smallest_subnormal", make_numpy_scalar(as_t(subnormal)));
  d->set("tiny", make_numpy_scalar(as_t(tiny)));
  const std::string name = dtype_name(t), smax = fmt(huge);
  info->repr_text = "finfo(resolution=" + scalar_str(resolution) + ", min=-" + smax + ", max=" + smax +
                    ", dtype=" + name + ")";
  char line[160];
  std::string s = "Machine parameters for " + name + "\n---------------------------------------------------------------\n";
  std::snprintf(line, sizeof line, "precision = %3d   resolution = %s\n", precision, fmt(resolution.as_double()).c_str());
  s += line;
  std::snprintf(line, sizeof line, "machep = %6d   eps =        %s\n", machep, fmt(eps).c_str());
  s += line;
  std::snprintf(line, sizeof line, "negep =  %6d   epsneg =     %s\n", negep, fmt(epsneg).c_str());
  s += line;
  std::snprintf(line, sizeof line, "minexp = %6d   tiny =       %s\n", minexp, fmt(tiny).c_str());
  s += line;
  std::snprintf(line, sizeof line, "maxexp = %6d   max =        %s\n", maxexp, smax.c_str());
  s += line;
  std::snprintf(line, sizeof line, "nexp =   %6d   min =        -max\n", nexp);
  s += line;
  s += "smallest_normal = " + fmt(tiny) + "   smallest_subnormal = " + fmt(subnormal) + "\n";
  s += "---------------------------------------------------------------\n";
  info->str_text = s;
  return ObjPtr(info);
}

TypeObject* info_type(const char* name) {
  TypeObject* t = new_type(name, "numpy");
  t->repr = [](Interpreter&, const ObjPtr& self) { return make_str(static_cast<InfoObject*>(self.get())->repr_text); };
  t->str = [](Interpreter&, const ObjPtr& self) { return make_str(static_cast<InfoObject*>(self.get())->str_text); };
  return t;
}

TypeObject* iinfo_type() {
  static TypeObject* t = [] {
    TypeObject* t = info_type("iinfo");
    t->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("iinfo", {"int_type"});
      return make_iinfo(sig.bind(args, kw)[0]);
    };
    t->getattr = iinfo_getattr;
    return t;
  }();
  return t;
}

TypeObject* finfo_type() {
  static TypeObject* t = [] {
    TypeObject* t = info_type("finfo");
    t->construct = [](Interpreter&, TypeObject*, PosArgs args, KwArgs kw) -> ObjPtr {
      static const Signature sig("finfo", {"dtype"});
      return make_finfo(sig.bind(args, kw)[0]);
    };
    return t;
  }();
  return t;
}

// ---- promotion and casting ---------------------------------------------------------------

Casting casting_of(const ObjPtr& o) {
  if (!o || is_none(o)) return Casting::Safe;
  std::string s = to_str(o, "casting");
  if (s == "no") return Casting::No;
  if (s == "equiv") return Casting::Equiv;
  if (s == "safe") return Casting::Safe;
  if (s == "same_kind") return Casting::SameKind;
  if (s == "unsafe") return Casting::Unsafe;
  raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '" + s + "')");
}

bool is_python_number(const ObjPtr& o) { return is_int(o) || is_float(o) || is_bool(o); }

// result_type's operands: arrays and NumPy scalars are strong, dtypes strong (as empty
// arrays of that dtype), Python scalars weak.
Operand result_type_operand(const ObjPtr& o) {
  if (is_python_number(o)) return operand_arg(o);
  if (is_ndarray(o)) return Operand::of(array_of(o));
  if (is_numpy_scalar(o)) return Operand::of(array_from_scalar(static_cast<ScalarObject*>(o.get())->value));
  return Operand::of(new_array({0}, to_dtype(o)));
}

DType float16_or_gap() {
  try {
    return parse_dtype("float16");
  } catch (const PyError&) {
    raise_not_implemented("numpy.min_scalar_type of a float needs float16, which is not available in stridelab yet");
  }
}

DType min_scalar_type(const ObjPtr& o) {
  Scalar s;
  bool weak;
  if (!to_scalar(o, &s, &weak)) {
    ArrayPtr a = to_array(o);
    if (a->ndim() != 0) return a->dtype;
    s = a->item0();
  }
  if (s.dtype == DType::Bool) return DType::Bool;
  if (dtype_is_float(s.dtype)) {
    double v = std::fabs(s.v.f);
    if (std::isnan(v) || std::isinf(v) || v < 65000.0) return float16_or_gap();
    if (v < 3.4e38) return DType::Float32;
    return DType::Float64;
  }
  if (dtype_is_unsigned(s.dtype) || s.v.i >= 0) {
    uint64_t u = dtype_is_unsigned(s.dtype) ? s.v.u : static_cast<uint64_t>(s.v.i);
    if (u <= 0xff) return DType::UInt8;
    if (u <= 0xffff) return DType::UInt16;
    if (u <= 0xffffffffULL) return DType::UInt32;
    return DType::UInt64;
  }
  int64_t i = s.v.i;
  if (i >= -128) return DType::Int8;
  if (i >= -32768) return DType::Int16;
  if (i >= INT32_MIN) return DType::Int32;
  return DType::Int64;
}

// NumPy's np.isdtype kinds
bool isdtype_kind(DType t, const ObjPtr& kind) {
  if (is_str(kind)) {
    const std::string& k = str_value(kind);
    char c = dtype_kind(t);
    if (k == "bool") return c == 'b';
    if (k == "signed integer") return c == 'i';
    if (k == "unsigned integer") return c == 'u';
    if (k == "integral") return c == 'i' || c == 'u';
    if (k == "real floating") return c == 'f';
    if (k == "complex floating") return c == 'c';
    if (k == "numeric") return c == 'i' || c == 'u' || c == 'f' || c == 'c';
    raise_value_error("kind argument is a string, but " + repr(kind) + " is not a known kind name.");
  }
  if (kind->type() == dtype_type || is_concrete_scalar_class(kind))
    return to_dtype(kind) == t;
  raise_type_error("kind argument must be comprised of NumPy dtypes or strings only, but is a " +
                   repr(ObjPtr(kind->type())) + ".");
}

void init_typeinfo(Interpreter&, ModuleObject& m) {
  const Abstract& a = abstract_types();
  generic_scalar_type->construct = abstract_construct;  // np.generic(1): cannot create
  m.set("number", ObjPtr(a.number));
  m.set("integer", ObjPtr(a.integer));
  m.set("signedinteger", ObjPtr(a.signedinteger));
  m.set("unsignedinteger", ObjPtr(a.unsignedinteger));
  m.set("inexact", ObjPtr(a.inexact));
  m.set("floating", ObjPtr(a.floating));
  m.set("complexfloating", ObjPtr(a.complexfloating));
  m.set("flexible", ObjPtr(a.flexible));
  m.set("character", ObjPtr(a.character));
  m.set("True_", make_numpy_scalar(Scalar::from_bool(true)));
  m.set("False_", make_numpy_scalar(Scalar::from_bool(false)));
  m.set("iinfo", ObjPtr(iinfo_type()));
  m.set("finfo", ObjPtr(finfo_type()));

  Ref<DictObject> codes = make_dict();
  codes->set("Character", make_str("c"));
  codes->set("Integer", make_str("bhilqnp"));
  codes->set("UnsignedInteger", make_str("BHILQNP"));
  codes->set("Float", make_str("efdg"));
  codes->set("Complex", make_str("FDG"));
  codes->set("AllInteger", make_str("bBhHiIlLqQnNpP"));
  codes->set("AllFloat", make_str("efdgFDG"));
  codes->set("Datetime", make_str("Mm"));
  codes->set("All", make_str("?bhilqnpBHILQNPefdgFDGSUVOMm"));
  m.set("typecodes", ObjPtr(codes));

  def_function(m, "issubdtype", {"arg1", "arg2"}, [](const BoundArgs& b) {
    auto cls = [](const ObjPtr& o) -> TypeObject* {
      if (is_scalar_class(o)) return static_cast<TypeObject*>(o.get());
      const DType t = to_descr(o).type;  // 'U3', structured dtypes: flexible
      return dtype_is_flexible(t) ? flexible_scalar_type(t) : scalar_type(t);
    };
    return make_bool(cls(b[0])->is_subtype_of(cls(b[1])));
  });
  def_function(m, "isdtype", {"dtype", "kind"}, [](const BoundArgs& b) {
    const ObjPtr& d = b[0];
    bool ok = d->type() == dtype_type || is_concrete_scalar_class(d);
    if (!ok) raise_type_error("dtype argument must be a NumPy dtype, but it is a " + repr(ObjPtr(d->type())) + ".");
    DType t = to_dtype(d);
    if (is_tuple(b[1])) {
      for (const ObjPtr& k : tuple_items(b[1]))
        if (isdtype_kind(t, k)) return True();
      return False();
    }
    return make_bool(isdtype_kind(t, b[1]));
  });
  def_function(m, "can_cast", {"from_", "to", "casting="}, [](const BoundArgs& b) {
    if (is_none(b[1])) raise_type_error("did not understand one of the types; 'None' not accepted");
    DType to = to_dtype(b[1]);
    Casting c = casting_of(b[2]);
    DType from;
    if (is_ndarray(b[0])) from = array_of(b[0])->dtype;
    else if (is_numpy_scalar(b[0])) from = static_cast<ScalarObject*>(b[0].get())->value.dtype;
    else if (is_python_number(b[0]))
      raise_type_error(
          "can_cast() does not support Python ints, floats, and complex because the result used to "
          "depend on the value.\nThis change was part of adopting NEP 50, we may explicitly allow them "
          "again in the future.");
    else if (is_none(b[0])) raise_type_error("did not understand one of the types; 'None' not accepted");
    else from = to_dtype(b[0]);
    return make_bool(can_cast_rule(from, to, c));
  });
  def_function(m, "promote_types", {"type1", "type2"}, [](const BoundArgs& b) {
    return make_dtype_object(promote_types(to_dtype(b[0]), to_dtype(b[1])));
  });
  def_function(m, "result_type", {"*arrays_and_dtypes"}, [](const BoundArgs& b) {
    if (b.varargs.empty()) raise_value_error("at least one array or dtype is required");
    std::vector<Operand> ops;
    for (const ObjPtr& o : b.varargs) ops.push_back(result_type_operand(o));
    return make_dtype_object(promote_operands(ops));
  });
  def_function(m, "min_scalar_type", {"a", "/"}, [](const BoundArgs& b) {
    return make_dtype_object(min_scalar_type(b[0]));
  });
  def_function(m, "common_type", {"*arrays"}, [](const BoundArgs& b) -> ObjPtr {
    int bits = 0;  // of the real precision: complex64 counts as 32
    bool is_complex = false;
    for (const ObjPtr& o : b.varargs) {
      DType t = to_dtype(getattr(o, "dtype"));
      char k = dtype_kind(t);
      if (k == 'c') {
        is_complex = true;
        bits = std::max(bits, dtype_itemsize(t) * 4);
      } else if (k == 'i' || k == 'u') bits = std::max(bits, 64);
      else if (k == 'f') bits = std::max(bits, dtype_itemsize(t) * 8);
      else raise_type_error("can't get common type for non-numeric array");
    }
    if (is_complex) return ObjPtr(scalar_type(parse_dtype("complex" + std::to_string(2 * bits))));
    if (bits == 0) return ObjPtr(scalar_type(float16_or_gap()));
    return ObjPtr(scalar_type(parse_dtype("float" + std::to_string(bits))));
  });
  def_function(m, "isscalar", {"element"}, [](const BoundArgs& b) {
    const ObjPtr& e = b[0];
    return make_bool(is_numpy_scalar(e) || is_python_number(e) || is_str(e) || is_bytes(e));
  });
  def_function(m, "iterable", {"y"}, [](const BoundArgs& b) {
    try {
      get_iter(b[0]);
      return True();
    } catch (const PyError& e) {
      if (e.type != ErrorType::TypeError) throw;
      return False();
    }
  });
}

}  // namespace

TypeObject* abstract_scalar_base(char kind) {
  const Abstract& a = abstract_types();
  switch (kind) {
    case 'i': return a.signedinteger;
    case 'u': return a.unsignedinteger;
    case 'f': return a.floating;
    case 'c': return a.complexfloating;
    case 'S': case 'U': return a.character;
    case 'V': return a.flexible;
    default: return generic_scalar_type;  // bool
  }
}

void register_numpy_typeinfo() { register_numpy_part("numpy", init_typeinfo); }

}  // namespace sl
