// ufunc.cpp — apply_ufunc: broadcasting, out=/where= handling, overlap safety, then one
// call into the strided iterator with the resolved loop.
#include "core/ufunc.hpp"

#include <array>
#include <optional>
#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/fp_status.hpp"
#include "core/ufunc_iter.hpp"
#include "core/ufunc_loops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

template <bool V>
void fixed_result_loop(char** args, int64_t n, const int64_t* s) {
  char* o = args[2];
  for (int64_t i = 0; i < n; ++i, o += s[2]) *reinterpret_cast<bool*>(o) = V;
}

// nditer's broadcasting: all operands together (inputs, out, where), then out must not
// need broadcasting itself.
Shape broadcast_all(const std::vector<Shape>& shapes, const Shape* out_shape) {
  size_t nd = 0;
  for (const Shape& s : shapes) nd = std::max(nd, s.size());
  Shape b(nd, 1);
  bool ok = true;
  for (const Shape& s : shapes) {
    for (size_t k = 0; k < s.size(); ++k) {
      int64_t& d = b[nd - s.size() + k];
      if (d == 1) d = s[k];
      else if (s[k] != 1 && s[k] != d) ok = false;
    }
  }
  if (!ok) {
    std::string msg = "operands could not be broadcast together with shapes ";
    for (const Shape& s : shapes) msg += shape_str_compact(s) + " ";
    raise_value_error(msg);
  }
  if (out_shape && *out_shape != b)
    raise_value_error("non-broadcastable output operand with shape " +
                      shape_str_compact(*out_shape) + " doesn't match the broadcast shape " +
                      shape_str_compact(b));
  return b;
}

// True when `in` may be read while `out` is written element by element in the same order:
// disjoint memory, or the very same elements at the same positions.
bool overlap_is_safe(const NDArray& out, const NDArray& in, const Shape& shape) {
  if (!may_share_memory(out, in)) return true;
  if (in.dtype != out.dtype || in.data() != out.data()) return false;
  return broadcast_strides_to(in, shape) == broadcast_strides_to(out, shape);
}

}  // namespace

ArrayPtr alloc_like_operands(const Shape& shape, DType dtype, const std::vector<ArrayPtr>& ops, Fill fill) {
  std::vector<Strides> st;
  for (const ArrayPtr& a : ops) st.push_back(broadcast_strides_to(*a, shape));
  std::vector<const Strides*> p;
  for (const Strides& s : st) p.push_back(&s);
  return alloc_in_order(shape, dtype, iter_axis_order(shape, p), fill);
}

// NumPy's trivial single-output loop (ufunc_object.c, try_trivial_single_output_loop) decides
// the layout of the result before its iterator would: when every input that is not 0-d has
// the same shape and the loop's dtype (no cast), and those of 2 or more dimensions are all
// C-contiguous or all F-contiguous (both is compatible with either), the result is allocated
// F-ordered if the F-only ones fixed the order, else C-ordered. Without this, the iterator's
// axis sort, where a length-1 axis compares with nothing, puts such an axis outermost:
// `f[:, None, :] + 1` of a Fortran f would not keep NumPy's (8, 24, 24) strides. Returns
// nullopt when the trivial loop does not apply; true for F.
static std::optional<bool> trivial_loop_fortran(const std::vector<Operand>& inputs, const LoopTypes& lt,
                                                int nout, const ArrayPtr& where) {
  if (nout != 1 || where) return std::nullopt;
  const Shape* shape = nullptr;
  bool c_fixed = false, f_fixed = false;
  for (size_t k = 0; k < inputs.size(); ++k) {
    const ArrayPtr& a = inputs[k].array;
    if (!a || a->ndim() == 0) continue;  // Python scalars and 0-d arrays broadcast with stride 0
    if (shape && a->shape != *shape) return std::nullopt;
    shape = &a->shape;
    if (a->dtype != lt.in[k] || !a->is_aligned()) return std::nullopt;
    if (a->ndim() == 1) continue;
    const bool c = a->is_c_contiguous(), f = a->is_f_contiguous();
    if (!c && !f) return std::nullopt;
    if (c && f) continue;
    (c ? c_fixed : f_fixed) = true;
  }
  if (!shape || (c_fixed && f_fixed)) return std::nullopt;
  return f_fixed;
}

static void check_arity(UFuncId id, size_t n) {
  if (static_cast<int>(n) != ufunc_nin(id))
    raise_type_error(std::string(ufunc_name(id)) + "() takes from " + std::to_string(ufunc_nin(id)) +
                     " to " + std::to_string(ufunc_nin(id) + 1) + " positional arguments but " +
                     std::to_string(n) + " were given");
}

DType ufunc_result_dtype(UFuncId id, const std::vector<Operand>& inputs, std::optional<DType> dtype) {
  check_arity(id, inputs.size());
  return resolve_loop_types(id, inputs, dtype).out;
}

ArrayPtr apply_ufunc(UFuncId id, const std::vector<Operand>& inputs, ArrayPtr out, ArrayPtr where,
                     std::optional<DType> dtype, Casting casting) {
  if (ufunc_nout(id) != 1) {
    std::vector<ArrayPtr> outs(ufunc_nout(id));
    outs[0] = out;
    return apply_ufunc_multi(id, inputs, outs, where, dtype, casting)[0];
  }
  return apply_ufunc_multi(id, inputs, {out}, where, dtype, casting)[0];
}

std::vector<ArrayPtr> apply_ufunc_multi(UFuncId id, const std::vector<Operand>& inputs_in,
                                        std::vector<ArrayPtr> outs, ArrayPtr where,
                                        std::optional<DType> dtype, Casting casting) {
  // Non-native byte order operands are cast to native first (NumPy's buffered casts); a
  // non-native out= receives the native result through a swapping copy.
  std::vector<Operand> swapped_copies;
  const std::vector<Operand>* inputs_p = &inputs_in;
  for (const Operand& op : inputs_in)
    if (op.is_array() && dtype_is_swapped(op.array->dtype)) {
      swapped_copies = inputs_in;
      for (Operand& o : swapped_copies)
        if (o.is_array()) o.array = as_native(o.array);
      inputs_p = &swapped_copies;
      break;
    }
  const std::vector<Operand>& inputs = *inputs_p;
  for (size_t j = 0; j < outs.size(); ++j) {
    if (!outs[j] || !dtype_is_swapped(outs[j]->dtype)) continue;
    ArrayPtr target = outs[j];
    if (!target->writeable) raise_value_error("output array is read-only");
    std::vector<ArrayPtr> native_outs = outs;
    native_outs[j] = where ? as_native(target) : nullptr;  // where= keeps the unmasked values
    std::vector<ArrayPtr> results = apply_ufunc_multi(id, inputs, native_outs, where, dtype, casting);
    if (!can_cast_rule(results[j]->dtype, target->dtype, casting))
      raise_output_cast_error(id, results[j]->dtype, target->dtype, casting);
    assign_array(target, results[j]);
    results[j] = target;
    return results;
  }
  const int nin = ufunc_nin(id);
  const int nout = ufunc_nout(id);
  check_arity(id, inputs.size());
  outs.resize(nout);
  const LoopTypes lt = resolve_loop_types(id, inputs, dtype, casting);
  const DType out_types[2] = {lt.out, lt.out2};
  // float16 loops compute in float32 (NumPy's half loops convert each operand to float and
  // the result back): the operands are cast into float32 buffers and the result rounded to
  // half when stored.
  LoopTypes run = lt;
  for (int k = 0; k < nin; ++k)
    if (run.in[k] == DType::Float16) run.in[k] = DType::Float32;
  DType run_out_types[2] = {out_types[0], out_types[1]};
  for (DType& t : run_out_types)
    if (t == DType::Float16) t = DType::Float32;
  run.out = run_out_types[0];

  // Shapes in nditer's operand order: inputs, outputs, where.
  std::vector<Shape> shapes;
  for (const Operand& op : inputs) shapes.push_back(op.is_array() ? op.array->shape : Shape{});
  const Shape* given_shape = nullptr;
  for (const ArrayPtr& o : outs)
    if (o) {
      shapes.push_back(o->shape);
      if (!given_shape) given_shape = &o->shape;
    }
  if (where) {
    if (where->dtype != DType::Bool)
      raise_type_error("Cannot cast array data from " + dtype_repr(where->dtype) +
                       " to dtype('bool') according to the rule 'safe'");
    shapes.push_back(where->shape);
  }
  Shape shape = broadcast_all(shapes, given_shape);
  for (const ArrayPtr& o : outs)  // every given output must have the broadcast shape
    if (o) broadcast_all(shapes, &o->shape);

  std::vector<ArrayPtr> arrs;
  for (const Operand& op : inputs)
    if (op.is_array()) arrs.push_back(op.array);
  if (where) arrs.push_back(where);
  for (int j = 0; j < nout; ++j) {
    if (outs[j]) {
      if (!outs[j]->writeable) raise_value_error("output array is read-only");
      if (!can_cast_rule(out_types[j], outs[j]->dtype, casting))
        raise_output_cast_error(id, out_types[j], outs[j]->dtype, casting);
    } else {
      // every element is stored unless a where= mask leaves some as allocated (NumPy: garbage;
      // here zeros)
      const Fill fill = where ? Fill::Zeros : Fill::Overwritten;
      if (const std::optional<bool> fortran = trivial_loop_fortran(inputs, lt, nout, where))
        outs[j] = new_array(shape, out_types[j], *fortran, fill);
      else
        outs[j] = alloc_like_operands(shape, out_types[j], arrs, fill);
    }
  }

  // Inputs (and the mask) that overlap an output in any other way than element-for-element
  // are copied first, so in-place operations give NumPy's result.
  std::vector<ArrayPtr> in_arrays(nin);
  for (int k = 0; k < nin; ++k) {
    if (!inputs[k].is_array()) continue;
    in_arrays[k] = inputs[k].array;
    for (const ArrayPtr& o : outs)
      if (!overlap_is_safe(*o, *in_arrays[k], shape)) {
        in_arrays[k] = copy_array(in_arrays[k], 'K');
        break;
      }
  }
  if (where)
    for (const ArrayPtr& o : outs)
      if (may_share_memory(*o, *where)) {
        where = copy_array(where, 'K');
        break;
      }

  std::vector<IterOperand> ops(nin + nout);
  std::vector<std::array<char, 16>> scalar_store(nin);
  for (int k = 0; k < nin; ++k) {
    IterOperand& op = ops[k];
    op.loop_dtype = run.in[k];
    if (in_arrays[k]) {
      op.data = reinterpret_cast<char*>(in_arrays[k]->data());
      op.strides = broadcast_strides_to(*in_arrays[k], shape);
      op.dtype = in_arrays[k]->dtype;
    } else {
      // Weak Python scalar: converted once (OverflowError if it does not fit), stride 0.
      // (never read by the constant-result loops, where it may not fit)
      const bool fixed = lt.special == LoopTypes::Special::FixedTrue ||
                         lt.special == LoopTypes::Special::FixedFalse;
      Scalar v = fixed ? inputs[k].value.cast(lt.in[k]) : weak_scalar_as(inputs[k].value, lt.in[k]);
      v.store(reinterpret_cast<uint8_t*>(scalar_store[k].data()));
      op.data = scalar_store[k].data();
      op.strides = Strides(shape.size(), 0);
      op.dtype = lt.in[k];
    }
  }
  for (int j = 0; j < nout; ++j) {
    IterOperand& o = ops[nin + j];
    o.data = reinterpret_cast<char*>(outs[j]->data());
    o.strides = broadcast_strides_to(*outs[j], shape);
    o.dtype = outs[j]->dtype;
    o.loop_dtype = run_out_types[j];
  }

  IterOperand mask_op;
  if (where) {
    mask_op.data = reinterpret_cast<char*>(where->data());
    mask_op.strides = broadcast_strides_to(*where, shape);
    mask_op.dtype = mask_op.loop_dtype = DType::Bool;
  }

  LoopFn fn = nullptr;
  switch (lt.special) {
    case LoopTypes::Special::FixedTrue: fn = &fixed_result_loop<true>; break;
    case LoopTypes::Special::FixedFalse: fn = &fixed_result_loop<false>; break;
    case LoopTypes::Special::MixedSignCompare:
      fn = find_mixed_compare_loop(id, lt.in[0] == DType::Int64);
      break;
    case LoopTypes::Special::None: fn = find_loop(id, run.in[0]); break;
  }
  if (!fn) raise_type_error(std::string("ufunc '") + ufunc_name(id) + "' has no loop for " + dtype_name(lt.in[0]));
  std::unique_ptr<LoopObserver> fp = lt.special == LoopTypes::Special::None ? fp_status_observer(id, run) : nullptr;
  run_elementwise(fn, nin, ops, shape, where ? &mask_op : nullptr, fp.get());
  return outs;
}

}  // namespace sl
