// numpy_select.cpp — selecting and placing by condition or index: np.select, np.choose (+
// method), np.compress (+ method), np.extract, np.place, np.putmask, np.nan_to_num,
// np.packbits, np.unpackbits. Argument rules and messages follow NumPy 2; the element
// loops are core/choose_ops, core indexing and take/put.
#include <cmath>
#include <limits>

#include "core/assign.hpp"
#include "core/choose_ops.hpp"
#include "core/indexing.hpp"
#include "core/take_put.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

// np.select: NEP 50 promotion with Python int/float/complex kept weak, as NumPy does.
Operand choice_operand(const ObjPtr& o) {
  if ((is_int(o) && !is_bool(o)) || is_float(o)) return operand_arg(o);
  return Operand::of(to_array(o));
}

ObjPtr select_impl(const BoundArgs& b) {
  std::vector<ObjPtr> conds = iterate(b[0]), choices = iterate(b[1]);
  if (conds.size() != choices.size()) raise_value_error("list of cases must be same length as list of conditions");
  if (conds.empty()) raise_value_error("select with an empty condition list is not possible");
  std::vector<Operand> ops;
  for (const ObjPtr& c : choices) ops.push_back(choice_operand(c));
  ops.push_back(choice_operand(b.has(2) ? b[2] : make_int(0)));
  const DType dtype = promote_operands(ops);
  std::vector<ArrayPtr> cond_arrays, choice_arrays;
  for (const ObjPtr& c : conds) cond_arrays.push_back(to_array(c));
  for (const Operand& o : ops)
    choice_arrays.push_back(o.is_array() ? o.array : array_from_scalar(weak_scalar_as(o.value, dtype)));
  cond_arrays = broadcast_arrays(cond_arrays);
  choice_arrays = broadcast_arrays(choice_arrays);
  for (size_t i = 0; i < cond_arrays.size(); ++i)
    if (cond_arrays[i]->dtype != DType::Bool)
      raise_type_error("invalid entry " + std::to_string(i) + " in condlist: should be boolean ndarray");
  Shape result_shape = choice_arrays[0]->ndim() == 0 ? cond_arrays[0]->shape
                                                     : broadcast_shapes({cond_arrays[0]->shape, choice_arrays[0]->shape});
  ArrayPtr result = new_array(result_shape, dtype);
  assign_array(result, astype(choice_arrays.back(), dtype));
  // later conditions first, so that the first matching condition wins
  for (size_t i = cond_arrays.size(); i-- > 0;) {
    ArrayPtr choice = broadcast_to(astype(choice_arrays[i], dtype), result_shape);
    ArrayPtr cond = broadcast_to(cond_arrays[i], result_shape);
    const int isz = result->itemsize();
    ArrayPtr c = copy_array(choice, 'C');
    int64_t k = 0;
    for_each_offset2(result_shape, result->strides, result->offset, cond->strides, cond->offset, [&](int64_t pr, int64_t pc) {
      if (cond->buffer->data()[pc]) std::memcpy(result->buffer->data() + pr, c->data() + k * isz, static_cast<size_t>(isz));
      ++k;
    });
  }
  return wrap_array(result);
}

// np.choose's index argument: converted to intp with 'safe' casting.
ArrayPtr intp_arg(const ObjPtr& o) {
  ArrayPtr a = to_array(o);
  if (a->dtype == DType::Int64) return a;
  if (!can_cast_rule(a->dtype, DType::Int64, Casting::Safe))
    raise_type_error("Cannot cast array data from " + dtype_repr(a->dtype) + " to dtype('int64') according to the rule 'safe'");
  return astype(a, DType::Int64);
}

std::string mode_arg(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return "raise";
  const std::string& s = to_str(b[i], "mode");
  if (s == "raise" || s == "wrap" || s == "clip") return s;
  raise_value_error("clipmode must be one of 'clip', 'raise', or 'wrap' (got " + repr(b[i]) + ")");
}

ObjPtr choose_call(const ObjPtr& a, const ObjPtr& choices_o, const ObjPtr& out_o, const std::string& mode) {
  ArrayPtr index = intp_arg(a);
  std::vector<ObjPtr> items = is_ndarray(choices_o) ? std::vector<ObjPtr>{} : iterate(choices_o);
  std::vector<Operand> ops;
  if (is_ndarray(choices_o)) {
    const ArrayPtr& c = array_of(choices_o);
    if (c->ndim() == 0) raise_value_error("0-d arrays cannot be used as choices");
    for (int64_t k = 0; k < c->shape[0]; ++k) ops.push_back(Operand::of(basic_index(c, {BasicIndex::make_int(k)})));
  } else {
    for (const ObjPtr& o : items) ops.push_back(operand_arg(o));
  }
  if (ops.empty()) raise_value_error("0-length sequence.");
  const DType t = promote_operands(ops);
  std::vector<ArrayPtr> arrays;
  for (const Operand& o : ops)
    arrays.push_back(o.is_array() ? (o.array->dtype == t ? o.array : astype(o.array, t))
                                  : array_from_scalar(weak_scalar_as(o.value, t)));
  ArrayPtr out;
  if (out_o && !is_none(out_o)) {
    if (!is_ndarray(out_o)) raise_type_error("return arrays must be of ArrayType");
    out = array_of(out_o);
  }
  ArrayPtr r = choose(index, arrays, mode, out);
  if (out) return out_o;
  return wrap_result(r);
}

ObjPtr compress_call(const ObjPtr& cond_o, const ArrayPtr& a, const ObjPtr& axis_o) {
  ArrayPtr cond = to_array(cond_o);
  if (cond->ndim() != 1) raise_value_error("condition must be a 1-d array");
  ArrayPtr idx = nonzero(cond)[0];
  std::optional<int64_t> axis;
  if (axis_o && !is_none(axis_o)) axis = to_int64(axis_o);
  return wrap_array(take(a, idx, axis));
}

ObjPtr nan_to_num_impl(const BoundArgs& b) {
  const bool copy = b.has(1) ? is_true(b[1]) : true;
  ArrayPtr x = to_array(b[0]);
  const bool scalar = x->ndim() == 0;
  if (copy) x = copy_array(x, 'K');
  if (!dtype_is_float(x->dtype)) return scalar ? wrap_result(x) : (is_ndarray(b[0]) && !copy ? b[0] : wrap_array(x));
  double maxf, minf;
  if (x->dtype == DType::Float32) {
    maxf = std::numeric_limits<float>::max();
    minf = -maxf;
  } else {
    maxf = std::numeric_limits<double>::max();
    minf = -maxf;
  }
  const double nan = b.given(2) ? to_double(b[2]) : 0.0;
  if (b.given(3)) maxf = to_double(b[3]);
  if (b.given(4)) minf = to_double(b[4]);
  nan_to_num_inplace(x, nan, maxf, minf);
  if (scalar) return wrap_result(x);
  return is_ndarray(b[0]) && !copy ? b[0] : wrap_array(x);
}

std::optional<int64_t> opt_axis(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return std::nullopt;
  return to_int64(b[i]);
}

void init_select(Interpreter&, ModuleObject& m) {
  def(m, "select", {"condlist", "choicelist", "default="}, select_impl);
  def(m, "choose", {"a", "choices", "out=", "mode="},
      [](const BoundArgs& b) { return choose_call(b[0], b[1], b.has(2) ? b[2] : nullptr, mode_arg(b, 3)); });
  static const Signature choose_sig("choose", {"choices", "out=", "mode="});
  if (!type_lookup(ndarray_type, "choose"))
    add_method(ndarray_type, "choose", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
      BoundArgs b = choose_sig.bind(a, k);
      return choose_call(self, b[0], b.has(1) ? b[1] : nullptr, mode_arg(b, 2));
    });
  def(m, "compress", {"condition", "a", "axis=", "out="},
      [](const BoundArgs& b) { return compress_call(b[0], to_array(b[1]), b.has(2) ? b[2] : nullptr); });
  static const Signature compress_sig("compress", {"condition", "axis=", "out="});
  if (!type_lookup(ndarray_type, "compress"))
    add_method(ndarray_type, "compress", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
      BoundArgs b = compress_sig.bind(a, k);
      return compress_call(b[0], array_of(self), b.has(1) ? b[1] : nullptr);
    });
  def(m, "extract", {"condition", "arr"}, [](const BoundArgs& b) {
    ArrayPtr cond = ravel(to_array(b[0]), 'C');
    return wrap_array(take(ravel(to_array(b[1]), 'C'), nonzero(cond)[0], std::nullopt));
  });
  def(m, "place", {"arr", "mask", "vals"}, [](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("argument 1 must be numpy.ndarray, not " + type_name(b[0]));
    const ArrayPtr& arr = array_of(b[0]);
    ArrayPtr mask = to_array(b[1]);
    if (mask->size() != arr->size()) raise_value_error("place: mask and data must be the same size");
    ArrayPtr vals = ravel(to_array(b[2], arr->dtype), 'C');
    ArrayPtr flat_mask = ravel(mask, 'C');
    std::vector<int64_t> where;
    for (int64_t i = 0; i < flat_mask->size(); ++i)
      if (Scalar::load(flat_mask->buffer->data() + flat_mask->offset + i * flat_mask->strides[0], flat_mask->dtype).as_bool())
        where.push_back(i);
    if (where.empty()) return None();
    if (vals->size() == 0) raise_value_error("Cannot insert from an empty array!");
    ArrayPtr ind = new_array({static_cast<int64_t>(where.size())}, DType::Int64);
    std::memcpy(ind->data(), where.data(), where.size() * 8);
    put(arr, ind, vals, "raise");
    return None();
  });
  def(m, "putmask", {"a", "mask", "values"}, [](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("argument a of putmask must be a numpy array");
    const ArrayPtr& a = array_of(b[0]);
    ArrayPtr mask = to_array(b[1], DType::Bool);
    if (mask->size() != a->size()) raise_value_error("putmask: mask and data must be the same size");
    ArrayPtr vals = ravel(to_array(b[2], a->dtype), 'C');
    if (!a->writeable) raise_value_error("putmask: output array is read-only");
    if (vals->size() == 0) return None();
    ArrayPtr fm = ravel(mask, 'C');
    std::vector<int64_t> pos;
    for (int64_t i = 0; i < fm->size(); ++i)
      if (fm->buffer->data()[fm->offset + i * fm->strides[0]]) pos.push_back(i);
    // putmask uses values[i % len(values)] for flat position i (unlike place's cycling)
    ArrayPtr ind = new_array({static_cast<int64_t>(pos.size())}, DType::Int64);
    ArrayPtr v = new_array({static_cast<int64_t>(pos.size())}, a->dtype);
    const int isz = a->itemsize();
    for (size_t k = 0; k < pos.size(); ++k) {
      reinterpret_cast<int64_t*>(ind->data())[k] = pos[k];
      std::memcpy(v->data() + k * isz, vals->data() + (pos[k] % vals->size()) * isz, static_cast<size_t>(isz));
    }
    put(a, ind, v, "raise");
    return None();
  });
  def(m, "nan_to_num", {"x", "copy=", "nan=", "posinf=", "neginf="}, nan_to_num_impl);
  def(m, "packbits", {"a", "/", "axis=", "bitorder="}, [](const BoundArgs& b) {
    return wrap_array(packbits(to_array(b[0]), opt_axis(b, 1), b.given(2) ? to_str(b[2], "bitorder") : "big"));
  });
  def(m, "unpackbits", {"a", "/", "axis=", "count=", "bitorder="}, [](const BoundArgs& b) {
    return wrap_array(unpackbits(to_array(b[0]), opt_axis(b, 1), opt_axis(b, 2),
                                 b.given(3) ? to_str(b[3], "bitorder") : "big"));
  });
}

}  // namespace

void register_numpy_select() { register_numpy_part("numpy", init_select); }

}  // namespace sl
