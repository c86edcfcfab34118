// ufunc_extras.cpp — element-wise functions that are not table ufuncs: clip (a 3-input
// ufunc in NumPy), round/around (NumPy's multiply-rint-divide in PyArray_Round) and where.
// They reuse the iterator and the type rules of the ufunc machinery.
#include <array>
#include <limits>

#include "core/assign.hpp"
#include "core/bool_byte.hpp"
#include "core/errors.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_iter.hpp"
#include "core/ufunc_loops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {
using namespace loops;

// numpy/_core/src/umath/clip.cpp: MIN(MAX(x, lo), hi) where a NaN first argument wins.
template <class T>
inline T clip_max(T a, T b) {
  if constexpr (is_float<T>) {
    if (std::isnan(a)) return a;
  }
  return a > b ? a : b;
}
template <class T>
inline T clip_min(T a, T b) {
  if constexpr (is_float<T>) {
    if (std::isnan(a)) return a;
  }
  return a < b ? a : b;
}

template <class T>
void clip_loop(char** args, int64_t n, const int64_t* s) {
  char *x = args[0], *lo = args[1], *hi = args[2], *o = args[3];
  if (s[1] == 0 && s[2] == 0) {
    const T mn = *reinterpret_cast<const T*>(lo), mx = *reinterpret_cast<const T*>(hi);
    if constexpr (is_float<T>) {
      if (std::isnan(mn) || std::isnan(mx)) {
        const T v = std::isnan(mn) ? mn : mx;
        for (int64_t i = 0; i < n; ++i, o += s[3]) *reinterpret_cast<T*>(o) = v;
        return;
      }
      for (int64_t i = 0; i < n; ++i, x += s[0], o += s[3]) {
        T v = *reinterpret_cast<const T*>(x);
        if (v < mn) v = mn;
        if (v > mx) v = mx;
        *reinterpret_cast<T*>(o) = v;
      }
    } else {
      for (int64_t i = 0; i < n; ++i, x += s[0], o += s[3])
        *reinterpret_cast<T*>(o) = clip_min(clip_max(*reinterpret_cast<const T*>(x), mn), mx);
    }
    return;
  }
  for (int64_t i = 0; i < n; ++i, x += s[0], lo += s[1], hi += s[2], o += s[3])
    *reinterpret_cast<T*>(o) = clip_min(clip_max(*reinterpret_cast<const T*>(x),
                                                 *reinterpret_cast<const T*>(lo)),
                                        *reinterpret_cast<const T*>(hi));
}

template <class T>
void where_loop(char** args, int64_t n, const int64_t* s) {
  char *c = args[0], *x = args[1], *y = args[2], *o = args[3];
  for (int64_t i = 0; i < n; ++i, c += s[0], x += s[1], y += s[2], o += s[3])
    *reinterpret_cast<T*>(o) = bool_byte(c) ? *reinterpret_cast<const T*>(x) : *reinterpret_cast<const T*>(y);
}

// A 3-input element-wise operation: loop dtypes per input, result dtype, optional out.
ArrayPtr run_ternary(LoopFn fn, const std::vector<Operand>& in, const DType* in_types, DType res,
                     ArrayPtr out, const char* name) {
  std::vector<Shape> shapes;
  std::vector<ArrayPtr> arrs;
  for (const Operand& op : in) {
    shapes.push_back(op.is_array() ? op.array->shape : Shape{});
    if (op.is_array()) arrs.push_back(op.array);
  }
  if (out) shapes.push_back(out->shape);
  Shape shape;
  {
    size_t nd = 0;
    for (const Shape& s : shapes) nd = std::max(nd, s.size());
    shape.assign(nd, 1);
    bool ok = true;
    for (const Shape& s : shapes)
      for (size_t k = 0; k < s.size(); ++k) {
        int64_t& d = shape[nd - s.size() + k];
        if (d == 1) d = s[k];
        else if (s[k] != 1 && s[k] != d) ok = false;
      }
    if (!ok) {
      std::string msg = "operands could not be broadcast together with shapes ";
      for (const Shape& s : shapes) msg += shape_str_compact(s) + " ";
      raise_value_error(msg);
    }
  }
  if (out) {
    if (out->shape != shape)
      raise_value_error("non-broadcastable output operand with shape " + shape_str_compact(out->shape) +
                        " doesn't match the broadcast shape " + shape_str_compact(shape));
    if (!out->writeable) raise_value_error("output array is read-only");
    if (!can_cast_same_kind(res, out->dtype))
      raise(ErrorType::UFuncOutputCastingError, std::string("Cannot cast ufunc '") + name + "' output from " + dtype_repr(res) +
                       " to " + dtype_repr(out->dtype) + " with casting rule 'same_kind'");
  } else {
    out = alloc_like_operands(shape, res, arrs);
  }
  std::vector<IterOperand> ops(4);
  std::vector<std::array<char, 16>> store(3);
  for (int k = 0; k < 3; ++k) {
    ops[k].loop_dtype = in_types[k];
    if (in[k].is_array()) {
      ArrayPtr a = in[k].array;
      if (may_share_memory(*out, *a) &&
          !(a->data() == out->data() && a->dtype == out->dtype &&
            broadcast_strides_to(*a, shape) == broadcast_strides_to(*out, shape)))
        a = copy_array(a, 'K');
      ops[k].data = reinterpret_cast<char*>(a->data());
      ops[k].strides = broadcast_strides_to(*a, shape);
      ops[k].dtype = a->dtype;
    } else {
      Scalar v = in_types[k] == DType::Bool ? in[k].value.cast(DType::Bool)
                                            : weak_scalar_as(in[k].value, in_types[k]);
      v.store(reinterpret_cast<uint8_t*>(store[k].data()));
      ops[k].data = store[k].data();
      ops[k].strides = Strides(shape.size(), 0);
      ops[k].dtype = in_types[k];
    }
  }
  ops[3].data = reinterpret_cast<char*>(out->data());
  ops[3].strides = broadcast_strides_to(*out, shape);
  ops[3].dtype = out->dtype;
  ops[3].loop_dtype = res;
  run_elementwise(fn, 3, ops, shape);
  return out;
}

double power_of_ten(int64_t n) {
  static const double p10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
  if (n < 9) return p10[n];
  double r = 1e9;
  while (n-- > 9) r *= 10.;
  return r;
}

// Python int bound that covers every value of an integer dtype (NumPy 2's _clip drops it).
bool covers_range(const Operand& bound, DType t, bool is_min) {
  if (!bound.is_weak() || !dtype_is_integer(t)) return false;
  if (bound.value.dtype != DType::Int64 && bound.value.dtype != DType::UInt64) return false;
  return visit_dtype(t, [&](auto tag) -> bool {
    using T = decltype(tag);
    if constexpr (!is_int<T>) {
      return false;
    } else {
      const bool big = bound.value.dtype == DType::UInt64;
      if (is_min) {
        if (big) return false;
        if constexpr (std::is_signed_v<T>) return bound.value.v.i <= std::numeric_limits<T>::min();
        else return bound.value.v.i <= 0;
      }
      if (big) return bound.value.v.u >= static_cast<uint64_t>(std::numeric_limits<T>::max());
      return bound.value.v.i >= 0 &&
             static_cast<uint64_t>(bound.value.v.i) >= static_cast<uint64_t>(std::numeric_limits<T>::max());
    }
  });
}

}  // namespace

ArrayPtr clip(const Operand& a, const std::optional<Operand>& lo_in, const std::optional<Operand>& hi_in,
              ArrayPtr out) {
  std::optional<Operand> lo = lo_in, hi = hi_in;
  if (a.is_array()) {
    if (lo && covers_range(*lo, a.array->dtype, true)) lo.reset();
    if (hi && covers_range(*hi, a.array->dtype, false)) hi.reset();
  }
  if (!lo && !hi) return apply_ufunc(UFuncId::Positive, {a}, out);
  if (!lo) return apply_ufunc(UFuncId::Minimum, {a, *hi}, out);
  if (!hi) return apply_ufunc(UFuncId::Maximum, {a, *lo}, out);
  const std::vector<Operand> in = {a, *lo, *hi};
  const DType t = promote_operands(in);
  const DType types[3] = {t, t, t};
  LoopFn fn = visit_dtype(t, [](auto tag) -> LoopFn { return &clip_loop<decltype(tag)>; });
  return run_ternary(fn, in, types, t, out, "clip");
}

ArrayPtr where_select(const Operand& cond_in, const Operand& x_in, const Operand& y_in) {
  // non-native operands are selected from native copies (the result is native)
  auto native = [](const Operand& o) { return o.is_array() ? Operand(as_native(o.array)) : o; };
  const Operand cond = native(cond_in), x = native(x_in), y = native(y_in);
  const DType t = promote_operands({x, y});
  const DType types[3] = {DType::Bool, t, t};
  LoopFn fn = visit_numeric(t, [](auto tag) -> LoopFn { return &where_loop<decltype(tag)>; });
  return run_ternary(fn, {cond, x, y}, types, t, nullptr, "where");
}

ArrayPtr around(const ArrayPtr& a, int64_t decimals, ArrayPtr out) {
  if (out && out->size() != a->size()) raise_value_error("invalid output shape");
  const bool is_int = dtype_is_integer(a->dtype);
  if (decimals >= 0) {
    if (is_int) {
      if (out) {
        assign_array(out, a);
        return out;
      }
      return copy_array(a, 'K');
    }
    if (decimals == 0) return apply_ufunc(UFuncId::Rint, {a}, out);
  }
  const bool fortran = a->is_f_contiguous() && !a->is_c_contiguous();
  const UFuncId op1 = decimals >= 0 ? UFuncId::Multiply : UFuncId::TrueDivide;
  const UFuncId op2 = decimals >= 0 ? UFuncId::TrueDivide : UFuncId::Multiply;
  const int64_t d = decimals >= 0 ? decimals
                                  : (decimals == std::numeric_limits<int64_t>::min()
                                         ? std::numeric_limits<int32_t>::max() : -decimals);
  const Operand f = Operand::py_float(power_of_ten(d));
  ArrayPtr target = out ? out : new_array(a->shape, is_int ? DType::Float64 : a->dtype, fortran);
  ArrayPtr ret = apply_ufunc(op1, {a, f}, target);
  apply_ufunc(UFuncId::Rint, {ret}, ret);
  apply_ufunc(op2, {ret, f}, ret);
  if (is_int && !out) return astype(ret, a->dtype, fortran ? 'F' : 'C');
  return ret;
}

}  // namespace sl
