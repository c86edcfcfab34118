// numpy_ops.cpp — arithmetic for ndarrays and NumPy scalars: Python operators (+, -, *,
// /, //, %, **, @, <<, >>, &, |, ^, unary -, +, ~, abs, comparisons, in-place forms) and the
// ufunc objects of the numpy module (np.add, np.sqrt, ... with out=/where=/dtype= and the
// reduce/accumulate/at methods). Every computation goes through core/ufunc.hpp; Python
// scalars become weak operands (NEP 50), NumPy scalars strong 0-d arrays.
#include "core/indexing.hpp"
#include "core/reduce.hpp"
#include "core/linalg_products.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"
#include "lang/numpy_module.hpp"
#include "lang/numpy_objects.hpp"
#include "lang/numpy_ops.hpp"

namespace sl {

bool to_operand(const ObjPtr& o, Operand* out) {
  if (is_ndarray(o)) { *out = Operand::of(array_of(o)); return true; }
  if (is_bool(o)) { *out = Operand::py_bool(int_value(o) != 0); return true; }
  if (is_int(o)) { *out = Operand::py_int(int_value(o)); return true; }
  if (is_float(o)) { *out = Operand::py_float(float_value(o)); return true; }
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

// One template instance per (operator, reflected, in-place) through the tables above.
template <int K, int Mode>  // Mode 0: self OP other, 1: other OP self, 2: self OP= other
ObjPtr binop_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  Operand a, b;
  if (!to_operand(self, &a) || !to_operand(other, &b)) return NotImplemented();
  const UFuncId id = kBinMap[K].id;
  if (Mode == 2 && is_ndarray(self)) {
    apply_ufunc(id, {a, b}, array_of(self));
    return self;
  }
  if (Mode == 1) return wrap_result(apply_ufunc(id, {b, a}));
  return wrap_result(apply_ufunc(id, {a, b}));
}

template <int K>
ObjPtr cmp_slot(Interpreter&, const ObjPtr& self, const ObjPtr& other) {
  Operand a, b;
  if (!to_operand(self, &a) || !to_operand(other, &b)) return NotImplemented();
  return wrap_result(apply_ufunc(kCmpIds[K], {a, b}));
}

template <UFuncId Id>
ObjPtr unary_slot(Interpreter&, const ObjPtr& self) {
  Operand a;
  to_operand(self, &a);
  return wrap_result(apply_ufunc(Id, {a}));
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
  if (is_tuple(o) && tuple_items(o).size() == 1) return out_arg(tuple_items(o)[0]);
  if (!is_ndarray(o)) raise_type_error("return arrays must be of ArrayType");
  return array_of(o);
}

ObjPtr ufunc_call(Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  const UFuncId id = uid(self);
  const int nin = ufunc_nin(id);
  ObjPtr out_o, where_o, dtype_o;
  for (const KwArg& k : kwargs) {
    if (k.name == "out") out_o = k.value;
    else if (k.name == "where") where_o = k.value;
    else if (k.name == "dtype") dtype_o = k.value;
    else if (k.name == "casting" || k.name == "order" || k.name == "subok") continue;
    else raise_type_error(std::string(ufunc_name(id)) + "() got an unexpected keyword argument '" + k.name + "'");
  }
  if (static_cast<int>(args.size()) < nin || static_cast<int>(args.size()) > nin + 1)
    raise_type_error(std::string(ufunc_name(id)) + "() takes from " + std::to_string(nin) + " to " +
                     std::to_string(nin + 1) + " positional arguments but " + std::to_string(args.size()) +
                     " were given");
  std::vector<Operand> in;
  for (int k = 0; k < nin; ++k) in.push_back(operand_arg(args[k]));
  if (static_cast<int>(args.size()) == nin + 1) out_o = args[nin];
  ArrayPtr out = out_arg(out_o);
  ArrayPtr where;
  if (where_o && !(is_bool(where_o) && int_value(where_o))) where = to_array(where_o, DType::Bool);
  ArrayPtr r = apply_ufunc(id, in, out, where, to_optional_dtype(dtype_o));
  if (out) return out_o && is_tuple(out_o) ? tuple_items(out_o)[0] : out_o;
  return wrap_result(r);
}

AxisList axis_arg(const ObjPtr& o, bool has_default_zero) {
  if (!o) return has_default_zero ? AxisList(std::vector<int64_t>{0}) : AxisList();
  if (is_none(o)) return std::nullopt;
  return to_axes(o);
}

void install_ufunc_methods() {
  TypeObject* t = UFuncObject::type;
  t->call = ufunc_call;
  t->repr = [](Interpreter&, const ObjPtr& self) {
    return make_str(std::string("<ufunc '") + ufunc_name(uid(self)) + "'>");
  };
  add_getset(t, "__name__", [](Interpreter&, const ObjPtr& s) { return make_str(ufunc_name(uid(s))); });
  add_getset(t, "nin", [](Interpreter&, const ObjPtr& s) { return make_int(ufunc_nin(uid(s))); });
  add_getset(t, "nout", [](Interpreter&, const ObjPtr&) { return make_int(1); });
  static const Signature reduce_sig("reduce", {"array", "axis=", "dtype=", "out=", "keepdims="});
  add_method(t, "reduce", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = reduce_sig.bind(args, kw);
    ArrayPtr r = reduce_ufunc(uid(self), to_array(b[0]), axis_arg(b[1], true), to_optional_dtype(b[2]),
                              out_arg(b[3]), b.given(4) && is_true(b[4]));
    return wrap_result(r);
  });
  static const Signature acc_sig("accumulate", {"array", "axis=", "dtype=", "out="});
  add_method(t, "accumulate", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
    BoundArgs b = acc_sig.bind(args, kw);
    return wrap_array(accumulate_ufunc(uid(self), to_array(b[0]), b.given(1) ? to_int64(b[1]) : 0,
                                       to_optional_dtype(b[2]), out_arg(b[3])));
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
      if (!b.given(2)) raise_value_error("second operand needed for ufunc");
      vals = broadcast_to(to_array(b[2]), sel->shape);
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
      apply_ufunc(id, in, cell);
    }
    return None();
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
  struct Alias { const char* name; const char* target; };
  static const Alias aliases[] = {{"abs", "absolute"}, {"true_divide", "divide"}, {"mod", "remainder"},
                                  {"bitwise_not", "invert"}, {"conj", nullptr}};
  for (const Alias& a : aliases)
    if (a.target) m.set(a.name, m.get(a.target));
  install_arith(ndarray_type, true);
  install_arith(generic_scalar_type, false);
}

}  // namespace

void register_numpy_ops() { register_numpy_part("numpy", init_ops_module); }

}  // namespace sl
