// reduce.cpp — ufunc.reduce and the reductions built directly on it (sum, prod, max, min,
// all, any, ptp, count_nonzero): axis normalisation, NumPy's reduction dtype rules,
// output allocation in the input's memory order, identity / first-element initialisation,
// then reduce_iter's NumPy-order iteration.
#include "core/reduce.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/reduce_iter.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_cast.hpp"
#include "core/ufunc_iter.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

const char* reduce_name(UFuncId id) { return ufunc_name(id); }

// `from` broadcasts to `to` without changing `to` (a where= mask against the input).
bool can_broadcast_to(const Shape& from, const Shape& to) {
  if (from.size() > to.size()) return false;
  const size_t lead = to.size() - from.size();
  for (size_t k = 0; k < from.size(); ++k)
    if (from[k] != 1 && from[k] != to[lead + k]) return false;
  return true;
}

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

// NumPy's reorderable flag: ufuncs with an identity, plus the "reorderable none" family.
bool reorderable(UFuncId id) {
  if (ufunc_info(id).identity != Identity::None) return true;
  return id == UFuncId::Maximum || id == UFuncId::Minimum || id == UFuncId::Fmax || id == UFuncId::Fmin;
}

// npyiter_shape_string: leading newaxis (-1) entries are dropped, a 1-entry shape gets a
// trailing comma only when it had exactly one entry to begin with.
std::string iter_shape_string(const std::vector<int64_t>& v) {
  size_t i = 0;
  while (i < v.size() && v[i] < 0) ++i;
  if (i == v.size()) return "()";
  std::string s = std::to_string(v[i++]);
  for (; i < v.size(); ++i) s += v[i] < 0 ? std::string(",newaxis") : "," + std::to_string(v[i]);
  return v.size() == 1 ? "(" + s + ",)" : "(" + s + ")";
}

// The out= checks of PyUFunc_ReduceWrapper + nditer, with their messages: ndim, then
// broadcasting of out (remapped through the reduction's op_axes) against the input, then an
// out dimension of 1 where the input has more (a reduction nditer was not asked for).
void check_reduce_out(UFuncId id, const NDArray& out, const NDArray& a, const std::vector<bool>& red,
                      const Shape& rshape, bool keepdims) {
  const int nd = a.ndim();
  if (out.ndim() != static_cast<int>(rshape.size())) {
    std::string msg = std::string("output parameter for reduction operation ") + reduce_name(id) +
                      " has the wrong number of dimensions: Found " + std::to_string(out.ndim()) +
                      " but expected " + std::to_string(rshape.size());
    if (keepdims) msg += " (must match the operand's when keepdims=True)";
    raise_value_error(msg);
  }
  // out's length per input axis (-1: newaxis)
  std::vector<int64_t> remap(nd, -1);
  std::vector<int> oax(nd, -1);
  for (int k = 0, j = 0; k < nd; ++k) {
    if (red[k] && !keepdims) continue;
    remap[k] = out.shape[j];
    oax[k] = j++;
  }
  for (int k = 0; k < nd; ++k) {
    if (remap[k] < 0 || remap[k] == 1 || remap[k] == a.shape[k] || a.shape[k] == 1) continue;
    raise_value_error("operands could not be broadcast together with remapped shapes "
                      "[original->remapped]: " + iter_shape_string(out.shape) + "->" +
                      iter_shape_string(remap) + " " + iter_shape_string(a.shape) + " ");
  }
  for (int k = 0; k < nd; ++k) {
    if (remap[k] == 1 && !red[k] && a.shape[k] != 1)
      raise_value_error("output operand requires a reduction along dimension " + std::to_string(oax[k]) +
                        ", but the reduction is not enabled. The dimension size of 1 does not "
                        "match the expected output shape.");
  }
  if (out.shape != rshape)  // an input axis of 1 against a longer out axis
    raise_value_error("operands could not be broadcast together with remapped shapes "
                      "[original->remapped]: " + iter_shape_string(out.shape) + "->" +
                      iter_shape_string(remap) + " " + iter_shape_string(a.shape) + " ");
  if (!out.writeable) raise_value_error("operand array with iterator write flag set is read-only");
}

void fill_value(const ArrayPtr& r, const Scalar& s) {
  const CastFn cf = find_cast(s.dtype, r->dtype);
  alignas(16) char src[16];
  s.store(reinterpret_cast<uint8_t*>(src));
  alignas(16) char val[16];
  cf(src, 0, val, 0, 1);
  const int n = r->itemsize();
  uint8_t* base = r->buffer->data();
  if (r->is_c_contiguous() || r->is_f_contiguous()) {
    uint8_t* p = r->data();
    const int64_t count = r->size();
    if (std::all_of(val, val + n, [](char c) { return c == 0; })) {
      std::memset(p, 0, static_cast<size_t>(count * n));
    } else {
      for (int64_t i = 0; i < count; ++i) std::memcpy(p + i * n, val, static_cast<size_t>(n));
    }
    return;
  }
  for_each_offset(r->shape, r->strides, r->offset,
                  [&](int64_t p) { std::memcpy(base + p, val, static_cast<size_t>(n)); });
}

void fill_identity(const ArrayPtr& r, Identity id) {
  Scalar s;
  switch (id) {
    case Identity::Zero: s = Scalar::from_int(0); break;
    case Identity::One: s = Scalar::from_int(1); break;
    case Identity::MinusOne: s = Scalar::from_int(-1); break;
    case Identity::True: s = Scalar::from_bool(true); break;
    case Identity::False: s = Scalar::from_bool(false); break;
    case Identity::MinusInf: s = Scalar::from_double(-INFINITY); break;
    case Identity::None: return;
  }
  fill_value(r, s);
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

ArrayPtr reduce_ufunc(UFuncId id, const ArrayPtr& a_swapped, const AxisList& axis, std::optional<DType> dtype,
                      ArrayPtr out, bool keepdims, std::optional<Scalar> initial, ArrayPtr where) {
  const ArrayPtr a_in = as_native(a_swapped);
  if (ufunc_nin(id) != 2) raise_value_error("reduce only supported for binary functions");
  if (ufunc_nout(id) != 1) raise_value_error("reduce only supported for functions returning a single value");
  const int nd = a_in->ndim();
  const std::vector<bool> red = reduction_axes(axis, nd);
  const DType lt = reduce_loop_dtype(id, a_in, dtype, out);
  if (lt == DType::Float16) {
    // NumPy's half reductions accumulate in float (HALF_pairwise_sum & co.) and round to
    // half at the end.
    ArrayPtr r = reduce_ufunc(id, a_in, axis, DType::Float32, nullptr, keepdims, initial);
    if (!out) return astype(r, DType::Float16);
    assign_array(out, astype(r, DType::Float16));
    return out;
  }
  const Identity ident = ufunc_info(id).identity;
  int nred = 0;
  for (bool r : red) nred += r ? 1 : 0;
  if (nred > 1 && !reorderable(id))
    raise_value_error(std::string("reduction operation '") + reduce_name(id) +
                      "' is not reorderable, so at most one axis may be specified");

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
  if (out) check_reduce_out(id, *out, *a_in, red, rshape, keepdims);
  if (where) {
    if (ident == Identity::None && !initial)
      raise_value_error(std::string("reduction operation '") + reduce_name(id) +
                        "' does not have an identity, so to use a where mask one has to specify 'initial'");
    if (where->dtype != DType::Bool)
      raise_type_error("Cannot cast array data from " + dtype_repr(where->dtype) +
                       " to dtype('bool') according to the rule 'safe'");
    if (where->ndim() > nd)
      raise_value_error("input operand has more dimensions than allowed by the axis remapping");
    if (!can_broadcast_to(where->shape, a_in->shape))
      raise_value_error("operands could not be broadcast together with remapped shapes "
                        "[original->remapped]: " + shape_str_compact(a_in->shape) + " " +
                        shape_str_compact(where->shape) + " ");
  }
  if (ident == Identity::None && !initial && red_len == 0 && shape_size(rshape) != 0)
    raise_value_error(std::string("zero-size array to reduction operation ") + reduce_name(id) +
                      " which has no identity");

  ArrayPtr a = a_in;
  if (out && may_share_memory(*out, *a)) a = copy_array(a, 'K');
  if (where && out && may_share_memory(*out, *where)) where = copy_array(where, 'K');

  // The result array (of the loop dtype) and its strides per input axis (0 when reduced).
  ArrayPtr result;
  Strides out_full(nd, 0);
  const bool direct_out = out && out->dtype == lt && out->is_aligned();
  if (direct_out) {
    result = out;
  } else {
    Strides mask_st;
    if (where) mask_st = broadcast_strides_to(*where, a->shape);
    const std::vector<int> order =
        reduce_axis_order(a->shape, a->strides, Strides(nd, 0), where ? &mask_st : nullptr);
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

  if (initial) {
    fill_value(result, *initial);
  } else if (ident != Identity::None) {
    fill_identity(result, ident);
  } else if (result->size() > 0) {
    // No identity: start from the first element along the reduced axes. With a single
    // reduced axis NumPy then reduces only the rest of that axis (which is what makes the
    // non-reorderable subtract.reduce right); with several (only reorderable, idempotent
    // ufuncs: max/min family) reducing the first element once more is harmless.
    std::vector<BasicIndex> idx;
    for (int k = 0; k < nd; ++k)
      idx.push_back(red[k] ? (keepdims ? BasicIndex::make_slice({0, 1, std::nullopt})
                                       : BasicIndex::make_int(0))
                           : BasicIndex::make_slice({}));
    assign_array(result, basic_index(a, idx));
    if (nred == 1) {
      std::vector<BasicIndex> rest;
      for (int k = 0; k < nd; ++k)
        rest.push_back(red[k] ? BasicIndex::make_slice({1, std::nullopt, std::nullopt})
                              : BasicIndex::make_slice({}));
      a = basic_index(a, rest);
    }
  }

  ReduceOperands ops;
  ops.in_data = reinterpret_cast<char*>(a->data());
  ops.in_strides = a->strides;
  ops.in_dtype = a->dtype;
  ops.out_data = reinterpret_cast<char*>(result->data());
  ops.out_strides = out_full;
  ops.loop_dtype = lt;
  if (where) {
    ops.mask_data = reinterpret_cast<const char*>(where->data());
    ops.mask_strides = broadcast_strides_to(*where, a->shape);
  }
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

ArrayPtr sum(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims,
             std::optional<Scalar> initial, ArrayPtr where) {
  return reduce_ufunc(UFuncId::Add, a, axis, dtype, out, keepdims, initial, where);
}
ArrayPtr prod(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out, bool keepdims,
              std::optional<Scalar> initial, ArrayPtr where) {
  return reduce_ufunc(UFuncId::Multiply, a, axis, dtype, out, keepdims, initial, where);
}
ArrayPtr amax(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, std::optional<Scalar> initial,
              ArrayPtr where) {
  return reduce_ufunc(UFuncId::Maximum, a, axis, std::nullopt, out, keepdims, initial, where);
}
ArrayPtr amin(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, std::optional<Scalar> initial,
              ArrayPtr where) {
  return reduce_ufunc(UFuncId::Minimum, a, axis, std::nullopt, out, keepdims, initial, where);
}
ArrayPtr all(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, ArrayPtr where) {
  return reduce_ufunc(UFuncId::LogicalAnd, a, axis, DType::Bool, out, keepdims, std::nullopt, where);
}
ArrayPtr any(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, ArrayPtr where) {
  return reduce_ufunc(UFuncId::LogicalOr, a, axis, DType::Bool, out, keepdims, std::nullopt, where);
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
