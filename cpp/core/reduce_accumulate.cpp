// reduce_accumulate.cpp — ufunc.accumulate and cumsum/cumprod: out[0] = a[0] and
// out[i] = op(out[i-1], a[i]) along the axis, sequentially (as NumPy's accumulate loop),
// with the reduction dtype rules (cumsum of bool/int8 accumulates in int64) and the
// result laid out like the input (F in, F out).
#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/join_ops.hpp"
#include "core/half.hpp"
#include "core/reduce.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_cast.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

DType accumulate_dtype(UFuncId id, const ArrayPtr& a, std::optional<DType> dtype, const ArrayPtr& out) {
  if (ufunc_info(id).rule == TypeRule::BoolOut) return DType::Bool;
  if (dtype) {
    ArrayPtr s0 = new_array({}, *dtype);
    return resolve_loop_types(id, {Operand(s0), Operand(s0)}, *dtype).out;
  }
  if (out) {
    ArrayPtr o0 = new_array({}, out->dtype), a0 = new_array({}, a->dtype);
    return resolve_loop_types(id, {Operand(o0), Operand(a0)}, std::nullopt).out;
  }
  DType sig = a->dtype;
  if (id == UFuncId::Add || id == UFuncId::Multiply) {
    if (sig == DType::Bool) sig = DType::Int64;
    else if (dtype_is_integer(sig) && dtype_itemsize(sig) < 8)
      sig = dtype_is_unsigned(sig) ? DType::UInt64 : DType::Int64;
  }
  ArrayPtr s0 = new_array({}, sig);
  return resolve_loop_types(id, {Operand(s0), Operand(s0)}, std::nullopt).out;
}

}  // namespace

ArrayPtr accumulate_ufunc(UFuncId id, const ArrayPtr& a_in, int64_t axis, std::optional<DType> dtype,
                          ArrayPtr out) {
  if (ufunc_nin(id) != 2) raise_value_error("accumulate only supported for binary functions");
  if (ufunc_nout(id) != 1) raise_value_error("accumulate only supported for functions returning a single value");
  if (a_in->ndim() == 0) raise_type_error("cannot accumulate on a scalar");
  const int ax = normalize_axis(axis, a_in->ndim());
  const DType lt = accumulate_dtype(id, a_in, dtype, out);
  if (out && out->shape != a_in->shape) {
    if (out->ndim() == a_in->ndim())
      raise_value_error("operands could not be broadcast together with remapped shapes "
                        "[original->remapped]: " + shape_str_compact(out->shape) + "->" +
                        shape_str_compact(out->shape) + " " + shape_str_compact(a_in->shape) + "->" +
                        shape_str_compact(a_in->shape) + " ");
    raise_value_error("operands could not be broadcast together with shapes " +
                      shape_str_compact(a_in->shape) + " " + shape_str_compact(out->shape) + " ");
  }
  ArrayPtr a = as_native(a_in);
  if (out && may_share_memory(*out, *a)) a = copy_array(a, 'K');
  // Work in the loop dtype: the input cast once (NumPy casts through its buffers).
  if (a->dtype != lt) a = astype(a, lt, 'K');
  // The loops below get these operands unbuffered, and a loop's contiguous path uses typed
  // pointers: a misaligned input (a view(dtype) or as_strided at an odd offset) is copied, a
  // misaligned out gets the result through a fresh array (UB found by fuzz_array_ops).
  if (!a->is_aligned()) a = copy_array(a, 'K');
  ArrayPtr r = (out && out->dtype == lt && out->is_aligned()) ? out : alloc_like_operands(a->shape, lt, {a});
  if (r->size() > 0) {
    // float16 accumulates in half: each step computes in float32 and rounds to half, as
    // NumPy's half loop does element by element.
    const bool half_steps = lt == DType::Float16;
    LoopFn fn = find_loop(id, half_steps ? DType::Float32 : lt);
    if (!fn) raise_type_error(std::string("ufunc '") + ufunc_name(id) + "' has no loop for " + dtype_name(lt));
    Shape oshape;
    Strides oa, orr;
    for (int k = 0; k < a->ndim(); ++k)
      if (k != ax) {
        oshape.push_back(a->shape[k]);
        oa.push_back(a->strides[k]);
        orr.push_back(r->strides[k]);
      }
    const int64_t n = a->shape[ax], sa = a->strides[ax], sr = r->strides[ax];
    const int64_t isz = dtype_itemsize(lt);
    uint8_t* abase = a->buffer->data();
    uint8_t* rbase = r->buffer->data();
    for_each_offset2(oshape, oa, a->offset, orr, r->offset, [&](int64_t pa, int64_t pr) {
      char* src = reinterpret_cast<char*>(abase + pa);
      char* dst = reinterpret_cast<char*>(rbase + pr);
      std::memmove(dst, src, static_cast<size_t>(isz));
      if (n > 1 && half_steps) {
        for (int64_t i = 1; i < n; ++i) {
          half prev, x;
          std::memcpy(&prev, dst + (i - 1) * sr, 2);
          std::memcpy(&x, src + i * sa, 2);
          float in0 = half_to_float(prev), in1 = half_to_float(x), res = 0;
          char* args[3] = {reinterpret_cast<char*>(&in0), reinterpret_cast<char*>(&in1), reinterpret_cast<char*>(&res)};
          const int64_t steps[3] = {0, 0, 0};
          fn(args, 1, steps);
          const half h = float_to_half(res);
          std::memcpy(dst + i * sr, &h, 2);
        }
      } else if (n > 1) {
        char* args[3] = {dst, src + sa, dst + sr};
        const int64_t steps[3] = {sr, sa, sr};
        fn(args, n - 1, steps);
      }
    });
  }
  if (out && r != out) {
    assign_array(out, r);
    return out;
  }
  return r;
}

namespace {
// PyArray_CumSum/CumProd: axis=None (and any axis of a 0-d array, as PyArray_CheckAxis
// does) works on the C-order flattening, whose out must have exactly as many elements.
ArrayPtr cumulate(UFuncId id, const ArrayPtr& a, std::optional<int64_t> axis, std::optional<DType> dtype,
                  ArrayPtr out) {
  if (axis && a->ndim() > 0) return accumulate_ufunc(id, a, *axis, dtype, out);
  ArrayPtr flat = ravel(a, 'C');
  if (axis) normalize_axis(*axis, 1);
  if (!axis && out && (out->ndim() != 1 || out->size() != flat->size()))
    raise_value_error("provided out is the wrong size for the accumulation.");
  return accumulate_ufunc(id, flat, 0, dtype, out);
}
}  // namespace

ArrayPtr cumsum(const ArrayPtr& a, std::optional<int64_t> axis, std::optional<DType> dtype, ArrayPtr out) {
  return cumulate(UFuncId::Add, a, axis, dtype, out);
}

ArrayPtr cumprod(const ArrayPtr& a, std::optional<int64_t> axis, std::optional<DType> dtype, ArrayPtr out) {
  return cumulate(UFuncId::Multiply, a, axis, dtype, out);
}

ArrayPtr reduceat_ufunc(UFuncId id, const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis,
                        std::optional<DType> dtype) {
  const int ax = normalize_axis(axis, a->ndim());
  const int64_t n = a->shape[ax];
  for (int64_t i : indices)
    if (i < 0 || i >= n)
      raise(ErrorType::IndexError, "index " + std::to_string(i) + " out-of-bounds in " + ufunc_name(id) +
                                       ".reduceat [0, " + std::to_string(n) + ")");
  // Each piece is the ufunc's own reduce over a slice along `axis`: a one-element slice when
  // the next index does not move forward (the element itself, in the reduction's dtype).
  std::vector<ArrayPtr> pieces;
  for (size_t k = 0; k < indices.size(); ++k) {
    const int64_t start = indices[k];
    int64_t end = k + 1 < indices.size() ? indices[k + 1] : n;
    if (end <= start) end = start + 1;
    std::vector<BasicIndex> idx(static_cast<size_t>(ax), BasicIndex::make_slice(SliceSpec{}));
    idx.push_back(BasicIndex::make_slice(SliceSpec{start, end, std::nullopt}));
    pieces.push_back(reduce_ufunc(id, basic_index(a, idx), std::vector<int64_t>{ax}, dtype));
  }
  if (pieces.empty()) {  // no indices: an empty axis, in the reduction's dtype
    Shape s = a->shape;
    s[static_cast<size_t>(ax)] = 0;
    DType t = dtype ? *dtype : a->dtype;
    if (n > 0) {
      std::vector<BasicIndex> idx(static_cast<size_t>(ax), BasicIndex::make_slice(SliceSpec{}));
      idx.push_back(BasicIndex::make_slice(SliceSpec{0, 1, std::nullopt}));
      t = reduce_ufunc(id, basic_index(a, idx), std::vector<int64_t>{ax}, dtype)->dtype;
    }
    return new_array(s, t);
  }
  return stack(pieces, ax);
}

}  // namespace sl
