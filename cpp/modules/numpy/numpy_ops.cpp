// numpy_ops.cpp — arithmetic for ndarrays and NumPy scalars: Python operators (+, -, *,
// /, //, %, **, @, <<, >>, &, |, ^, unary -, +, ~, abs, comparisons, in-place forms) and the
// ufunc objects of the numpy module (np.add, np.sqrt, ... with out=/where=/dtype= and the
// reduce/accumulate/at methods), plus the element-wise functions that are not table ufuncs:
// np.clip / np.round / np.around / np.where and the ndarray methods clip/round.
// Every computation goes through core/ufunc.hpp; Python scalars become weak operands
// (NEP 50), NumPy scalars strong 0-d arrays. One shortcut: float64 scalar arithmetic and
// comparisons whose result raises no floating-point flag are computed here directly
// (fast_float64_binop / fast_float64_compare), because sum(arr) and Python loops over a
// float64 array do one such operation per element.
#include <cfloat>
#include <cmath>

#include "core/assign.hpp"
#include "core/fp_errors.hpp"
#include "modules/numpy/numpy_errstate.hpp"
#include "lang/complex.hpp"
#include "core/indexing.hpp"
#include "core/reduce.hpp"
#include "core/string_compare.hpp"
#include "core/linalg_products.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"
#include "modules/numpy/numpy_temp_elision.hpp"
#include "modules/numpy/ops_log.hpp"

namespace sl {

bool to_operand(const ObjPtr& o, Operand* out) {
  if (is_ndarray(o)) { *out = Operand::of(array_of(o)); return true; }
  if (is_bool(o)) { *out = Operand::py_bool(int_value(o) != 0); return true; }
  if (is_int(o)) {
    Scalar s = python_int_scalar(o);
    *out = s.dtype == DType::UInt64 ? Operand::py_uint(s.v.u) : Operand::py_int(s.v.i);
    return true;
  }
  if (is_float(o)) { *out = Operand::py_float(float_value(o)); return true; }
  if (is_complex(o)) {
    auto* c = static_cast<ComplexObject*>(o.get());
    *out = Operand::py_complex(c->re, c->im);
    return true;
  }
  if (is_numpy_scalar(o)) {
    *out = Operand::of(array_from_scalar(static_cast<ScalarObject*>(o.get())->value));
    return true;
  }
  if (is_sequence(o)) { *out = Operand::of(to_array(o)); return true; }
  return false;
}

Operand operand_arg(const ObjPtr& o) {
  Operand op;
  if (!to_operand(o, &op)) op = Operand::of(to_array(o));  // raises a clear TypeError
  return op;
}

namespace {

struct BinMap {
  BinOp op;
  UFuncId id;
};
const BinMap kBinMap[] = {
    {BinOp::Add, UFuncId::Add},           {BinOp::Sub, UFuncId::Subtract},
    {BinOp::Mul, UFuncId::Multiply},      {BinOp::TrueDiv, UFuncId::TrueDivide},
    {BinOp::FloorDiv, UFuncId::FloorDivide}, {BinOp::Mod, UFuncId::Remainder},
    {BinOp::Pow, UFuncId::Power},         {BinOp::LShift, UFuncId::LeftShift},
    {BinOp::RShift, UFuncId::RightShift}, {BinOp::And, UFuncId::BitwiseAnd},
    {BinOp::Xor, UFuncId::BitwiseXor},    {BinOp::Or, UFuncId::BitwiseOr},
};
const CmpOp kCmpOps[] = {CmpOp::Lt, CmpOp::Le, CmpOp::Eq, CmpOp::Ne, CmpOp::Gt, CmpOp::Ge};
const UFuncId kCmpIds[] = {UFuncId::Less, UFuncId::LessEqual, UFuncId::Equal,
                           UFuncId::NotEqual, UFuncId::Greater, UFuncId::GreaterEqual};

ObjPtr matmul_op(const ObjPtr& a, const ObjPtr& b) {
  Operand x, y;
  if (!to_operand(a, &x) || !to_operand(b, &y)) return NotImplemented();
  auto arr = [](const Operand& o) { return o.array ? o.array : array_from_scalar(o.value); };
  return wrap_result(matmul(arr(x), arr(y)));
}

// Floating-point status flags of the operation just run, acted on per np.seterr: NumPy
// names scalar arithmetic "scalar divide", everything else by the ufunc's name.
void report_fp(UFuncId id, bool scalar_math) {
  if (int flags = take_fp_flags())
    report_fp_errors(flags, scalar_math ? std::string("scalar ") + ufunc_name(id) : std::string(ufunc_name(id)));
}

// np.float64 scalar OP (np.float64 | Python float) for + - * /: the ufunc machinery (0-d
// arrays, type resolution, buffers) costs ~1.3 us per operation, 14x CPython + NumPy in
// `acc = acc + v` over an array. NEP 50 makes the result float64 whatever the side of the
// Python float. Computed here only when the result is finite and raises no flag np.seterr
// could act on (no overflow, invalid, divide by zero or underflow); otherwise null, and
// the ufunc path recomputes and reports it as before.
bool float64_value(const ObjPtr& o, double* v, bool* numpy) {
  if (o->type() == float_type) { *v = float_value(o); return true; }
  if (o->type() == scalar_type(DType::Float64)) {
    *v = static_cast<ScalarObject*>(o.get())->value.v.f;
    *numpy = true;
    return true;
  }
  return false;
}

ObjPtr fast_float64_binop(UFuncId id, int mode, const ObjPtr& self, const ObjPtr& other) {
  if (id != UFuncId::Add && id != UFuncId::Subtract && id != UFuncId::Multiply && id != UFuncId::TrueDivide)
    return nullptr;
  double x, y;
  bool numpy = false;
  if (!float64_value(self, &x, &numpy) || !float64_value(other, &y, &numpy) || !numpy) return nullptr;
  if (mode == 1) std::swap(x, y);
  double r;
  switch (id) {
    case UFuncId::Add: r = x + y; break;
    case UFuncId::Subtract: r = x - y; break;
    case UFuncId::Multiply: r = x * y; break;
    default:
      if (y == 0) return nullptr;  // divide by zero / invalid: warned by the ufunc path
      r = x / y;
  }
  if (!std::isfinite(r)) return nullptr;             // overflow, invalid, or a non-finite input
  if (r != 0 && std::fabs(r) < DBL_MIN) return nullptr;  // subnormal: underflow
  if (r == 0 && (id == UFuncId::Multiply || id == UFuncId::TrueDivide) && x != 0) return nullptr;
  return make_numpy_scalar(Scalar::from_double(r));
}

// np.float64 scalar compared with np.float64 / Python float: np.True_ / np.False_. NaN
// operands take the ufunc path.
ObjPtr fast_float64_compare(UFuncId id, const ObjPtr& self, const ObjPtr& other) {
  double x, y;
  bool numpy = false;
  if (!float64_value(self, &x, &numpy) || !float64_value(other, &y, &numpy) || !numpy) return nullptr;
  if (std::isnan(x) || std::isnan(y)) return nullptr;
  bool r;
  switch (id) {
    case UFuncId::Less: r = x < y; break;
    case UFuncId::LessEqual: r = x <= y; break;
    case UFuncId::Equal: r = x == y; break;
    case UFuncId::NotEqual: r = x != y; break;
    case UFuncId::Greater: r = x > y; break;
    default: r = x >= y;
  }
  return make_numpy_scalar(Scalar::from_bool(r));
}

// The operators, one function for all of them: the table installs a thin template instance
// per (operator, reflected, in-place) that calls it (kept out of the templates: 36 copies of
// this body cost ~20 kB of wasm).
ObjPtr binop_impl(UFuncId id, int mode, const ObjPtr& self, const ObjPtr& other) {  // mode 0: self OP other, 1: other OP self, 2: self OP= other
  if (id == UFuncId::Power && mode != 1)
    if (ObjPtr r = fast_scalar_power(self, other, mode == 2)) return r;
  if (ObjPtr r = fast_float64_binop(id, mode, self, other)) return r;
  // NumPy's temporary elision: `lhs OP rhs` computed as `target OP= other` when the target
  // is a temporary of the expression (numpy_temp_elision.hpp); decided before the operands
  // below take their own references to the arrays. An in-place operator's target is its
  // array operand.
  const ObjPtr& lhs = mode == 1 ? other : self;
  const ObjPtr& rhs = mode == 1 ? self : other;
  const ObjPtr* target = mode == 2 ? (is_ndarray(self) ? &self : nullptr) : elision_target(id, lhs, rhs);
  Operand a, b;
  if (!to_operand(self, &a) || !to_operand(other, &b)) return NotImplemented();
  const bool scalar_math = !is_ndarray(self) && !is_ndarray(other);
  take_fp_flags();
  if (target) {
    const bool into_lhs = target == &lhs;
    const Operand& l = mode == 1 ? b : a;
    const Operand& r = mode == 1 ? a : b;
    logged_ufunc(id, {into_lhs ? l : r, into_lhs ? r : l}, array_of(*target));
    report_fp(id, false);
    return *target;
  }
  ArrayPtr r = mode == 1 ? logged_ufunc(id, {b, a}) : logged_ufunc(id, {a, b});
  report_fp(id, scalar_math);
  return wrap_result(r);
}

template <int K, int Mode>
ObjPtr binop_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  return binop_impl(kBinMap[K].id, Mode, self, other);
}

// A comparison with an 'S'/'U' array on one side and an 'S'/'U' array, str, bytes or list of
// them on the other (core/string_compare); null when it is not a string comparison.
ArrayPtr string_comparison(const ObjPtr& self, const ObjPtr& other, UFuncId op) {
  auto strings = [](const ObjPtr& o) -> ArrayPtr {
    if (is_ndarray(o)) return is_string_array(*array_of(o)) ? array_of(o) : nullptr;
    if (is_str(o) || is_bytes(o)) return flexible_array(o, nullptr);
    return nullptr;
  };
  ArrayPtr a = strings(self), b = strings(other);
  const bool array_side = (a && is_ndarray(self)) || (b && is_ndarray(other));
  if (!array_side) return nullptr;
  if (!a && is_list(self)) a = flexible_array(self, nullptr);
  if (!b && is_list(other)) b = flexible_array(other, nullptr);
  if (!a || !b || !is_string_array(*a) || !is_string_array(*b)) return nullptr;
  return compare_strings(a, b, op);
}

template <int K>
ObjPtr cmp_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  if (ObjPtr r = fast_float64_compare(kCmpIds[K], self, other)) return r;
  if (ArrayPtr r = string_comparison(self, other, kCmpIds[K])) return wrap_result(r);
  Operand a, b;
  if (!to_operand(self, &a) || !to_operand(other, &b)) return NotImplemented();
  return wrap_result(logged_ufunc(kCmpIds[K], {a, b}));
}

ObjPtr unary_impl(UFuncId id, const ObjPtr& self) {
  // NumPy negates, inverts, ... a temporary in place (not abs of a complex temporary: the
  // result is real); decided before the operand takes its own reference
  const bool in_place = can_elide_unary(self) && (id != UFuncId::Absolute || !dtype_is_complex(array_of(self)->dtype));
  Operand a;
  to_operand(self, &a);
  take_fp_flags();
  if (in_place) {
    logged_ufunc(id, {a}, array_of(self));
    report_fp(id, false);
    return self;
  }
  ArrayPtr r = logged_ufunc(id, {a});
  report_fp(id, !is_ndarray(self));
  return wrap_result(r);
}

template <UFuncId Id>
ObjPtr unary_slot(Interpreter&, const ObjPtr& self) {
  return unary_impl(Id, self);
}

template <int... K>
void install_binops(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->binop[static_cast<int>(kBinMap[K].op)] = binop_slot<K, 0>), ...);
  ((t->rbinop[static_cast<int>(kBinMap[K].op)] = binop_slot<K, 1>), ...);
}
template <int... K>
void install_ibinops(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->ibinop[static_cast<int>(kBinMap[K].op)] = binop_slot<K, 2>), ...);
}
template <int... K>
void install_cmps(TypeObject* t, std::integer_sequence<int, K...>) {
  ((t->compare[static_cast<int>(kCmpOps[K])] = cmp_slot<K>), ...);
}

ObjPtr divmod_objects(const ObjPtr& a, const ObjPtr& b) {
  Operand x, y;
  if (!to_operand(a, &x) || !to_operand(b, &y)) return NotImplemented();
  take_fp_flags();
  std::vector<ArrayPtr> r = apply_ufunc_multi(UFuncId::Divmod, {x, y}, {});
  if (int flags = take_fp_flags())
    report_fp_errors(flags, !is_ndarray(a) && !is_ndarray(b) ? "scalar divmod" : "divmod");
  return make_tuple({wrap_result(r[0]), wrap_result(r[1])});
}

void install_arith(TypeObject* t, bool inplace) {
  install_binops(t, std::make_integer_sequence<int, 12>{});
  if (inplace) install_ibinops(t, std::make_integer_sequence<int, 12>{});
  install_cmps(t, std::make_integer_sequence<int, 6>{});
  t->binop[static_cast<int>(BinOp::MatMul)] = [](Interpreter&, const ObjPtr& s, const ObjPtr& o) {
    return matmul_op(s, o);
  };
  t->rbinop[static_cast<int>(BinOp::MatMul)] = [](Interpreter&, const ObjPtr& s, const ObjPtr& o) {
    return matmul_op(o, s);
  };
  // divmod(a, b) finds __divmod__: (a // b, a % b), as np.divmod computes it.
  add_method(t, "__divmod__", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs) -> ObjPtr {
    if (args.size() != 1) raise_type_error("expected 1 argument, got " + std::to_string(args.size()));
    return divmod_objects(self, args[0]);
  });
  t->neg = unary_slot<UFuncId::Negative>;
  t->pos = unary_slot<UFuncId::Positive>;
  t->invert = unary_slot<UFuncId::Invert>;
  t->abs = unary_slot<UFuncId::Absolute>;
}

// ---- ufunc objects -------------------------------------------------------------------------

struct UFuncObject : Object {
  static TypeObject* type;
  UFuncId id;
  explicit UFuncObject(UFuncId i) : Object(type), id(i) {}
};
TypeObject* UFuncObject::type = nullptr;
UFuncId uid(const ObjPtr& o) { return static_cast<UFuncObject*>(o.get())->id; }

ArrayPtr out_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return nullptr;
  if (is_tuple(o)) {
    if (tuple_items(o).size() != 1)
      raise_value_error("The 'out' tuple must have exactly one entry per ufunc output");
    return out_arg(tuple_items(o)[0]);
  }
  if (!is_ndarray(o)) raise_type_error("return arrays must be of ArrayType");
  return array_of(o);
}

Casting casting_arg(const ObjPtr& o) {
  if (!o) return Casting::SameKind;
  static const char* const kNames[] = {"no", "equiv", "safe", "same_kind", "unsafe"};
  if (is_str(o)) {
    for (int k = 0; k < 5; ++k)
      if (str_value(o) == kNames[k]) return static_cast<Casting>(k);
  }
  raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got " +
                    repr(o) + ")");
}

// out= of a ufunc with `nout` outputs: positional extras or the keyword (an array when
// nout == 1, else a tuple with one entry per output, None meaning "allocate").
std::vector<ObjPtr> out_objects(UFuncId id, PosArgs args, const ObjPtr& out_kw) {
  const int nin = ufunc_nin(id), nout = ufunc_nout(id);
  std::vector<ObjPtr> outs(nout);
  if (static_cast<int>(args.size()) > nin) {
    if (out_kw) raise_type_error("cannot specify 'out' as both a positional and keyword argument");
    for (int j = 0; j + nin < static_cast<int>(args.size()); ++j) outs[j] = args[nin + j];
  } else if (out_kw) {
    if (is_tuple(out_kw)) {
      if (static_cast<int>(tuple_items(out_kw).size()) != nout)
        raise_value_error("The 'out' tuple must have exactly one entry per ufunc output");
      for (int j = 0; j < nout; ++j) outs[j] = tuple_items(out_kw)[j];
    } else if (nout == 1) {
      outs[0] = out_kw;
    } else if (!is_none(out_kw)) {
      raise_type_error("'out' must be a tuple of arrays");
    }
  }
  for (ObjPtr& o : outs)
    if (o && is_none(o)) o = nullptr;
  return outs;
}

ObjPtr ufunc_call(Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  const UFuncId id = uid(self);
  const int nin = ufunc_nin(id), nout = ufunc_nout(id);
  ObjPtr out_o, where_o, dtype_o, casting_o, order_o;
  for (const KwArg& k : kwargs) {
    if (k.name == "out") out_o = k.value;
    else if (k.name == "where") where_o = k.value;
    else if (k.name == "dtype") dtype_o = k.value;
    else if (k.name == "casting") casting_o = k.value;
    else if (k.name == "order") order_o = k.value;
    else if (k.name == "subok") continue;
    else raise_type_error(std::string(ufunc_name(id)) + "() got an unexpected keyword argument '" + k.name + "'");
  }
  if (static_cast<int>(args.size()) < nin || static_cast<int>(args.size()) > nin + nout)
    raise_type_error(std::string(ufunc_name(id)) + "() takes from " + std::to_string(nin) + " to " +
                     std::to_string(nin + nout) + " positional arguments but " + std::to_string(args.size()) +
                     " were given");
  std::vector<Operand> in;
  for (int k = 0; k < nin; ++k) in.push_back(operand_arg(args[k]));
  // order= lays out the results the ufunc allocates: 'K' (default) follows the inputs, 'A'
  // is 'F' when every input array is F-contiguous, else 'C' (NumPy's iterator rule)
  char order = to_order(order_o, 'K');
  if (order == 'A') {
    bool all_f = true;
    for (const Operand& o : in) all_f = all_f && (!o.array || o.array->is_f_contiguous());
    order = all_f ? 'F' : 'C';
  }
  auto laid_out = [order](ArrayPtr r) {
    if ((order == 'C' && !r->is_c_contiguous()) || (order == 'F' && !r->is_f_contiguous())) return copy_array(r, order);
    return r;
  };
  std::vector<ObjPtr> out_objs = out_objects(id, args, out_o);
  std::vector<ArrayPtr> outs;
  for (const ObjPtr& o : out_objs) outs.push_back(out_arg(o));
  ArrayPtr where;
  if (where_o && !(is_bool(where_o) && int_value(where_o))) where = to_array(where_o);  // must be bool already: apply_ufunc raises the 'safe' cast error
  take_fp_flags();
  if (nout == 1) {
    ArrayPtr r = logged_ufunc(id, in, outs[0], where, to_optional_dtype(dtype_o), casting_arg(casting_o));
    report_fp(id, false);
    if (outs[0]) return out_objs[0];
    return wrap_result(laid_out(r));
  }
  std::vector<ArrayPtr> rs = apply_ufunc_multi(id, in, outs, where, to_optional_dtype(dtype_o), casting_arg(casting_o));
  report_fp(id, false);
  std::vector<ObjPtr> items;
  for (int j = 0; j < nout; ++j) items.push_back(out_objs[j] ? out_objs[j] : wrap_result(laid_out(rs[j])));
  return make_tuple(std::move(items));
}

AxisList axis_arg(const ObjPtr& o, bool has_default_zero) {
  if (!o) return has_default_zero ? AxisList(std::vector<int64_t>{0}) : AxisList();
  if (is_none(o)) return std::nullopt;
  return to_axes(o);
}

// reduce's initial=: None (or absent) means the ufunc's identity.
std::optional<Scalar> initial_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  Scalar v;
  bool weak = false;
  if (!to_scalar(o, &v, &weak)) raise_type_error("initial must be a scalar");
  return v;
}

void install_ufunc_methods() {
  TypeObject* t = UFuncObject::type;
  t->call = ufunc_call;
  t->repr = [](Interpreter&, const ObjPtr& self) {
    return make_str(std::string("<ufunc '") + ufunc_name(uid(self)) + "'>");
  };
  add_getset(t, "__name__", [](Interpreter&, const ObjPtr& s) { return make_str(ufunc_name(uid(s))); });
  add_getset(t, "nin", [](Interpreter&, const ObjPtr& s) { return make_int(ufunc_nin(uid(s))); });
  add_getset(t, "nout", [](Interpreter&, const ObjPtr& s) { return make_int(ufunc_nout(uid(s))); });
  add_getset(t, "nargs", [](Interpreter&, const ObjPtr& s) { return make_int(ufunc_nin(uid(s)) + ufunc_nout(uid(s))); });
  add_getset(t, "signature", [](Interpreter&, const ObjPtr&) { return None(); });
  add_getset(t, "types", [](Interpreter&, const ObjPtr& s) {
    std::vector<ObjPtr> items;
    for (const std::string& sig : ufunc_type_signatures(uid(s))) items.push_back(make_str(sig));
    return make_list(std::move(items));
  });
  add_getset(t, "ntypes", [](Interpreter&, const ObjPtr& s) {
    return make_int(static_cast<int64_t>(ufunc_type_signatures(uid(s)).size()));
  });
  add_getset(t, "identity", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
    switch (ufunc_info(uid(s)).identity) {
      case Identity::Zero: return make_int(0);
      case Identity::One: return make_int(1);
      case Identity::MinusOne: return make_int(-1);
      case Identity::True: return make_bool(true);
      case Identity::False: return make_bool(false);
      case Identity::MinusInf: return make_float(-INFINITY);
      case Identity::None: break;
    }
    return None();
  });
  static const Signature reduce_sig("reduce", {"array", "axis=", "dtype=", "out=", "keepdims=", "initial=", "where="});
  add_method(t, "reduce", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = reduce_sig.bind(args, kw);
    ArrayPtr a = to_array(b[0]);
    AxisList axes = axis_arg(b[1], true);
    // NumPy keeps reduce(scalar) and reduce(scalar, axis=0 or -1) working: nothing to reduce.
    if (a->ndim() == 0 && axes && axes->size() == 1 && (b[1] == nullptr || !is_tuple(b[1])) &&
        ((*axes)[0] == 0 || (*axes)[0] == -1))
      axes = std::nullopt;
    ArrayPtr where;
    if (b.has(6) && !(is_bool(b[6]) && int_value(b[6])))
      where = is_ndarray(b[6]) ? array_of(b[6]) : to_array(is_none(b[6]) ? False() : b[6], DType::Bool);
    ArrayPtr r = reduce_ufunc(uid(self), a, axes, to_optional_dtype(b[2]),
                              out_arg(b[3]), b.given(4) && is_true(b[4]), initial_arg(b.given(5) ? b[5] : nullptr), where);
    if (out_arg(b[3])) return is_tuple(b[3]) ? tuple_items(b[3])[0] : b[3];
    return wrap_result(r);
  });
  static const Signature acc_sig("accumulate", {"array", "axis=", "dtype=", "out="});
  add_method(t, "accumulate", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = acc_sig.bind(args, kw);
    return wrap_array(accumulate_ufunc(uid(self), to_array(b[0]), b.given(1) ? to_int64(b[1]) : 0,
                                       to_optional_dtype(b[2]), out_arg(b[3])));
  });
  static const Signature reduceat_sig("reduceat", {"array", "indices", "axis=", "dtype=", "out="});
  add_method(t, "reduceat", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = reduceat_sig.bind(args, kw);
    if (ufunc_nin(uid(self)) != 2) raise_value_error("reduceat only supported for binary functions");
    ArrayPtr r = reduceat_ufunc(uid(self), to_array(b[0]), to_shape(b[1]), b.given(2) ? to_int64(b[2]) : 0,
                                to_optional_dtype(b[3]));
    if (ArrayPtr out = out_arg(b[4])) {
      assign_array(out, r);
      return is_tuple(b[4]) ? tuple_items(b[4])[0] : b[4];
    }
    return wrap_array(r);
  });
  // ufunc.outer(A, B, **kwargs): A reshaped to A.shape + (1,) * B.ndim, then the ufunc itself
  // (inputs become arrays first: Python scalars are strong here, as in NumPy).
  add_method(t, "outer", [](Interpreter& in, const ObjPtr& self, PosArgs args, KwArgs kw) {
    if (ufunc_nin(uid(self)) != 2) raise_value_error("outer product only supported for binary functions");
    if (args.size() != 2) raise_type_error("exactly two arguments expected");
    ArrayPtr a = to_array(args[0]), b = to_array(args[1]);
    Shape s = a->shape;
    s.insert(s.end(), static_cast<size_t>(b->ndim()), 1);
    std::vector<ObjPtr> nargs{wrap_array(reshape(a, s)), wrap_array(b)};
    return ufunc_call(in, self, PosArgs(nargs), kw);
  });
  // ufunc.at(a, indices, b): unbuffered, so repeated indices apply repeatedly.
  static const Signature at_sig("at", {"a", "indices", "b="});
  add_method(t, "at", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = at_sig.bind(args, kw);
    if (!is_ndarray(b[0])) raise_type_error("first operand must be array");
    const ArrayPtr& a = array_of(b[0]);
    const UFuncId id = uid(self);
    // flat element numbers selected by the index, in the index's order
    ArrayPtr numbers = reshape(arange({0, 0, false}, ArangeArg{0, a->size(), false}, std::nullopt, std::nullopt), a->shape);
    ArrayPtr sel = get_index(numbers, to_index(b[1]));
    ArrayPtr vals;
    if (ufunc_nin(id) == 2) {
      if (!b.has(2)) raise_value_error("second operand needed for ufunc");
      vals = broadcast_to(to_array(b[2]), sel->shape);
    } else if (b.has(2)) {
      raise_value_error("second operand provided when ufunc is unary");
    }
    const uint8_t* sbase = sel->buffer->data();
    std::vector<int64_t> flat;
    for_each_offset(sel->shape, sel->strides, sel->offset,
                    [&](int64_t p) { flat.push_back(Scalar::load(sbase + p, DType::Int64).v.i); });
    std::vector<int64_t> voffs;
    if (vals)
      for_each_offset(vals->shape, vals->strides, vals->offset, [&](int64_t p) { voffs.push_back(p); });
    std::vector<int64_t> idx(a->ndim());
    for (size_t k = 0; k < flat.size(); ++k) {
      int64_t f = flat[k];
      for (int d = a->ndim() - 1; d >= 0; --d) { idx[d] = f % a->shape[d]; f /= a->shape[d]; }
      std::vector<BasicIndex> bi;
      for (int64_t i : idx) bi.push_back(BasicIndex::make_int(i));
      ArrayPtr cell = basic_index(a, bi);
      std::vector<Operand> in{Operand::of(cell)};
      if (vals) in.push_back(Operand::of(array_from_scalar(Scalar::load(vals->buffer->data() + voffs[k], vals->dtype))));
      // NumPy resolves ufunc.at's descriptors with unsafe casting (int_array += 1.5 works).
      apply_ufunc(id, in, cell, nullptr, std::nullopt, Casting::Unsafe);
    }
    return None();
  });
}

// ---- element-wise functions that are not table ufuncs ---------------------------------------

std::optional<Operand> bound_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return operand_arg(o);
}

// np.clip(a, a_min, a_max, out=None, *, min=, max=) with NumPy >= 2.1's argument rules: the
// bounds come either both positionally (a_min/a_max) or from the min=/max= keywords; a None
// (or absent) bound means "no bound", and no bound at all returns a copy (np.positive).
ObjPtr clip_call(const ObjPtr& a, const ObjPtr& lo, const ObjPtr& hi, const ObjPtr& out_o) {
  std::optional<Operand> l = bound_arg(lo), h = bound_arg(hi);
  ArrayPtr out = out_arg(out_o);
  ArrayPtr r = clip(Operand::of(is_ndarray(a) ? array_of(a) : to_array(a)), l, h, out);
  if (out) return is_tuple(out_o) ? tuple_items(out_o)[0] : out_o;
  return wrap_result(r);
}

ObjPtr round_call(const ObjPtr& a, const ObjPtr& decimals, const ObjPtr& out_o) {
  ArrayPtr out = out_arg(out_o);
  const int64_t d = decimals && !is_none(decimals) ? to_int64(decimals) : 0;
  ArrayPtr r = around(is_ndarray(a) ? array_of(a) : to_array(a), d, out);
  if (out) return out_o;
  return wrap_result(r);
}

void install_elementwise_functions(ModuleObject& m) {
  static const Signature clip_sig("clip", {"a", "a_min=", "a_max=", "out=", "*", "min=", "max="});
  m.add_function("clip", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
    BoundArgs b = clip_sig.bind(args, kw);
    // (b[i] is null when omitted; given() would also treat an explicit None as omitted)
    if (!b[1] && !b[2]) return clip_call(b[0], b[4], b[5], b[3]);
    if (!b[1]) raise_type_error("clip() missing 1 required positional argument: 'a_min'");
    if (!b[2]) raise_type_error("clip() missing 1 required positional argument: 'a_max'");
    if (b[4] || b[5])
      raise_value_error("Passing `min` or `max` keyword argument when `a_min` and `a_max` are provided is forbidden.");
    return clip_call(b[0], b[1], b[2], b[3]);
  });
  static const Signature clip_msig("clip", {"self", "min=", "max=", "out="});
  if (!type_lookup(ndarray_type, "clip"))
    add_method(ndarray_type, "clip", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
      std::vector<ObjPtr> all{self};
      all.insert(all.end(), args.begin(), args.end());
      BoundArgs b = clip_msig.bind(PosArgs(all), kw);
      return clip_call(self, b[1], b[2], b[3]);
    });
  for (const char* name : {"round", "around"}) {
    auto sig = std::make_shared<Signature>(name, std::initializer_list<const char*>{"a", "decimals=", "out="});
    m.add_function(name, [sig](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
      BoundArgs b = sig->bind(args, kw);
      return round_call(b[0], b[1], b[2]);
    });
  }
  static const Signature round_msig("round", {"self", "decimals=", "out="});
  if (!type_lookup(ndarray_type, "round"))
    add_method(ndarray_type, "round", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
      std::vector<ObjPtr> all{self};
      all.insert(all.end(), args.begin(), args.end());
      BoundArgs b = round_msig.bind(PosArgs(all), kw);
      return round_call(self, b[1], b[2]);
    });
  // np.where(condition, [x, y]): one argument is np.nonzero(condition).
  static const Signature where_sig("where", {"condition", "x=", "y="});
  m.add_function("where", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
    BoundArgs b = where_sig.bind(args, kw);
    if (b.has(1) != b.has(2)) raise_value_error("either both or neither of x and y should be given");
    if (!b.has(1)) {
      std::vector<ObjPtr> items;
      for (const ArrayPtr& ix : nonzero(to_array(b[0]))) items.push_back(wrap_array(ix));
      return make_tuple(std::move(items));
    }
    return wrap_array(where_select(operand_arg(b[0]), operand_arg(b[1]), operand_arg(b[2])));  // 0-d stays an array
  });
}

void init_ops_module(Interpreter&, ModuleObject& m) {
  if (!UFuncObject::type) {
    UFuncObject::type = new_type("ufunc", "numpy");
    install_ufunc_methods();
  }
  m.set("ufunc", ObjPtr(UFuncObject::type));
#define SL_UF_DEF(id, name, nin, rule, loops, identity) m.set(name, ObjPtr(new UFuncObject(UFuncId::id)));
  SL_UFUNCS(SL_UF_DEF)
#undef SL_UF_DEF
  for (const UFuncAlias& a : ufunc_aliases()) m.set(a.name, m.get(ufunc_name(a.id)));
  install_arith(ndarray_type, true);
  install_arith(generic_scalar_type, false);
  install_elementwise_functions(m);
}

}  // namespace

void register_numpy_ops() { register_numpy_part("numpy", init_ops_module); }

}  // namespace sl
