// reduce.cpp — ufunc.reduce and the reductions built directly on it (sum, prod, max, min,
// all, any, ptp, count_nonzero): axis normalisation, NumPy's reduction dtype rules,
// output allocation in the input's memory order, identity / first-element initialisation,
// then reduce_iter's NumPy-order iteration.
#include "core/reduce.hpp"

#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/reduce_iter.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_cast.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

const char* reduce_name(UFuncId id) { return ufunc_name(id); }

// The loop dtype of a reduction (reducelike_promote_and_resolve): dtype= wins; without
// dtype and out, add/multiply lift bool and small integers to int64/uint64; with out= the
// loop is the promotion of (out, input) so the result is computed before casting into out.
DType reduce_loop_dtype(UFuncId id, const ArrayPtr& a, std::optional<DType> dtype, const ArrayPtr& out) {
  const UFuncInfo& info = ufunc_info(id);
  if (info.rule == TypeRule::BoolOut) return DType::Bool;  // logical_and/or/xor reduce in bool
  if (dtype) {
    ArrayPtr s0 = new_array({}, *dtype);
    return resolve_loop_types(id, {Operand(s0), Operand(s0)}, *dtype).out;
  }
  DType sig;
  if (out) {
    ArrayPtr o0 = new_array({}, out->dtype), a0 = new_array({}, a->dtype);
    return resolve_loop_types(id, {Operand(o0), Operand(a0)}, std::nullopt).out;
  } else {
    sig = a->dtype;
    if (id == UFuncId::Add || id == UFuncId::Multiply) {
      if (sig == DType::Bool) sig = DType::Int64;
      else if (dtype_is_integer(sig) && dtype_itemsize(sig) < 8)
        sig = dtype_is_unsigned(sig) ? DType::UInt64 : DType::Int64;
    }
  }
  ArrayPtr s0 = new_array({}, sig);
  return resolve_loop_types(id, {Operand(s0), Operand(s0)}, std::nullopt).out;
}

void fill_identity(const ArrayPtr& r, Identity id) {
  Scalar s;
  switch (id) {
    case Identity::Zero: s = Scalar::from_int(0); break;
    case Identity::One: s = Scalar::from_int(1); break;
    case Identity::MinusOne: s = Scalar::from_int(-1); break;
    case Identity::True: s = Scalar::from_bool(true); break;
    case Identity::False: s = Scalar::from_bool(false); break;
    case Identity::None: return;
  }
  const CastFn cf = find_cast(s.dtype, r->dtype);
  alignas(8) char src[8];
  s.store(reinterpret_cast<uint8_t*>(src));
  alignas(8) char val[8];
  cf(src, 0, val, 0, 1);
  const int n = r->itemsize();
  uint8_t* base = r->buffer->data();
  for_each_offset(r->shape, r->strides, r->offset,
                  [&](int64_t p) { std::memcpy(base + p, val, static_cast<size_t>(n)); });
}

}  // namespace

std::vector<bool> reduction_axes(const AxisList& axis, int ndim) {
  std::vector<bool> red(ndim, !axis.has_value());
  if (!axis) return red;
  for (int64_t ax : *axis) {
    const int k = normalize_axis(ax, ndim);
    if (red[k]) raise_value_error("duplicate value in 'axis'");
    red[k] = true;
  }
  return red;
}

ArrayPtr reduce_ufunc(UFuncId id, const ArrayPtr& a_in, const AxisList& axis, std::optional<DType> dtype,
                      ArrayPtr out, bool keepdims) {
  if (ufunc_nin(id) != 2) raise_value_error("reduce only supported for binary functions");
  const int nd = a_in->ndim();
  const std::vector<bool> red = reduction_axes(axis, nd);
  const DType lt = reduce_loop_dtype(id, a_in, dtype, out);
  const Identity ident = ufunc_info(id).identity;

  Shape rshape;  // result shape
  int64_t red_len = 1;
  for (int k = 0; k < nd; ++k) {
    if (red[k]) {
      red_len *= a_in->shape[k];
      if (keepdims) rshape.push_back(1);
    } else {
      rshape.push_back(a_in->shape[k]);
    }
  }
  if (out) {
    if (out->ndim() != static_cast<int>(rshape.size())) {
      std::string msg = std::string("output parameter for reduction operation ") + reduce_name(id) +
                        " has the wrong number of dimensions: Found " + std::to_string(out->ndim()) +
                        " but expected " + std::to_string(rshape.size());
      if (keepdims) msg += " (must match the operand's when keepdims=True)";
      raise_value_error(msg);
    }
    if (out->shape != rshape) {
      Shape remapped;
      std::string orig = shape_str_compact(out->shape), rem = "(";
      int j = 0;
      for (int k = 0; k < nd; ++k) {
        if (red[k] && !keepdims) rem += "newaxis";
        else rem += std::to_string(out->shape[j++]);
        if (k + 1 < nd || nd == 1) rem += ",";
      }
      rem += ")";
      raise_value_error("operands could not be broadcast together with remapped shapes "
                        "[original->remapped]: " + orig + "->" + rem + " " +
                        shape_str_compact(a_in->shape) + " ");
    }
    if (!out->writeable) raise_value_error("output array is read-only");
  }
  if (ident == Identity::None && red_len == 0 && shape_size(rshape) != 0)
    raise_value_error(std::string("zero-size array to reduction operation ") + reduce_name(id) +
                      " which has no identity");

  ArrayPtr a = a_in;
  if (out && may_share_memory(*out, *a)) a = copy_array(a, 'K');

  // The result array (of the loop dtype) and its strides per input axis (0 when reduced).
  ArrayPtr result;
  Strides out_full(nd, 0);
  const bool direct_out = out && out->dtype == lt && out->is_aligned();
  if (direct_out) {
    result = out;
  } else {
    const std::vector<int> order = reduce_axis_order(a->shape, a->strides, Strides(nd, 0));
    result = new_array(rshape, lt);
    // Map input axes to result axes; strides follow the iteration order (nditer allocation).
    std::vector<int> rax(nd, -1);
    for (int k = 0, j = 0; k < nd; ++k)
      if (!red[k] || keepdims) rax[k] = j++;
    if (result->size() == 0) {
      for (auto& s : result->strides) s = 0;
    } else {
      int64_t stride = dtype_itemsize(lt);
      for (int ax : order) {
        if (rax[ax] < 0) continue;
        result->strides[rax[ax]] = stride;
        stride *= red[ax] ? 1 : a->shape[ax];
      }
    }
  }
  for (int k = 0, j = 0; k < nd; ++k) {
    if (!red[k] || keepdims) {
      out_full[k] = red[k] ? 0 : result->strides[j];
      ++j;
    }
  }

  if (ident != Identity::None) {
    fill_identity(result, ident);
  } else if (result->size() > 0) {
    // No identity: start from the first element along the reduced axes (reducing it once
    // more is harmless for the idempotent max/min family).
    std::vector<BasicIndex> idx;
    for (int k = 0; k < nd; ++k)
      idx.push_back(red[k] ? (keepdims ? BasicIndex::make_slice({0, 1, std::nullopt})
                                       : BasicIndex::make_int(0))
                           : BasicIndex::make_slice({}));
    assign_array(result, basic_index(a, idx));
  }

  ReduceOperands ops;
  ops.in_data = reinterpret_cast<char*>(a->data());
  ops.in_strides = a->strides;
  ops.in_dtype = a->dtype;
  ops.out_data = reinterpret_cast<char*>(result->data());
  ops.out_strides = out_full;
  ops.loop_dtype = lt;
  LoopFn fn = find_loop(id, lt);
  if (!fn) raise_type_error(std::string("ufunc '") + ufunc_name(id) + "' has no loop for " + dtype_name(lt));
  run_reduce(fn, a->shape, ops);

  if (out && !direct_out) {
    // Unsafe cast into out, as NumPy's reduction does.
    uint8_t* dst = out->buffer->data();
    const uint8_t* src = result->buffer->data();
    const CastFn cf = find_cast(lt, out->dtype);
    for_each_offset2(out->shape, out->strides, out->offset, result->strides, result->offset,
                     [&](int64_t po, int64_t pr) {
                       cf(reinterpret_cast<const char*>(src + pr), 0,
                          reinterpret_cast<char*>(dst + po), 0, 1);
                     });
    return out;
  }
  return result;
}

ArrayPtr sum(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::Add, a, axis, dtype, out, keepdims);
}
ArrayPtr prod(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::Multiply, a, axis, dtype, out, keepdims);
}
ArrayPtr amax(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::Maximum, a, axis, std::nullopt, out, keepdims);
}
ArrayPtr amin(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::Minimum, a, axis, std::nullopt, out, keepdims);
}
ArrayPtr all(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::LogicalAnd, a, axis, DType::Bool, out, keepdims);
}
ArrayPtr any(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return reduce_ufunc(UFuncId::LogicalOr, a, axis, DType::Bool, out, keepdims);
}
ArrayPtr ptp(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  ArrayPtr hi = amax(a, axis, nullptr, keepdims);
  ArrayPtr lo = amin(a, axis, nullptr, keepdims);
  return apply_ufunc(UFuncId::Subtract, {hi, lo}, out);
}
ArrayPtr count_nonzero(const ArrayPtr& a, const AxisList& axis, bool keepdims) {
  ArrayPtr b = a->dtype == DType::Bool ? a : astype(a, DType::Bool);
  return reduce_ufunc(UFuncId::Add, b, axis, DType::Int64, nullptr, keepdims);
}

}  // namespace sl
