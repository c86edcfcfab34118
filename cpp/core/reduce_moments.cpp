// reduce_moments.cpp — mean, var, std, following numpy/_core/_methods.py (_mean, _var,
// _std) step by step so results are bit-identical: the sum is the pairwise ufunc
// reduction, the division by the element count (an np.intp, hence a float64 division in
// NumPy 2 even for float32 sums, rounded back to the sum's dtype), var subtracts a
// keepdims mean with a broadcasting ufunc (whose output layout decides the second sum's
// iteration order), squares in place and sums again. For float64 data reduced over every
// axis (contiguous) or over axis 0 of a C-ordered matrix, the subtract / square / sum steps
// are fused into one pass without the temporary (sum_sq_dev_fused): the same operations in
// the same order, so the same bits, with a third of the memory traffic.
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/reduce.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_loops.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// _count_reduce_items
int64_t count_items(const ArrayPtr& a, const AxisList& axis) {
  const std::vector<bool> red = reduction_axes(axis, a->ndim());
  int64_t n = 1;
  for (int k = 0; k < a->ndim(); ++k)
    if (red[k]) n *= a->shape[k];
  return n;
}

// _count_reduce_items with where=: umr_sum(broadcast_to(where, arr.shape), axis, intp,
// keepdims) — the number of selected elements of each output slice.
ArrayPtr count_where(const ArrayPtr& a, const AxisList& axis, const ArrayPtr& where, bool keepdims) {
  return sum(broadcast_to(where, a->shape), axis, DType::Int64, nullptr, keepdims);
}

// r = r / denom computed in float64 and cast back (true_divide(r, intp, out=r,
// casting='unsafe') in NumPy 2).
void divide_in_place(const ArrayPtr& r, double denom) {
  uint8_t* base = r->buffer->data();
  if (dtype_is_complex(r->dtype)) {
    // NumPy's complex divide loop with a real divisor (in complex128): rat = 0/d,
    // scl = 1/(d + 0*rat), (re + im*rat)*scl, (im - re*rat)*scl; rounded back for complex64
    const double rat = 0.0 / denom, scl = 1.0 / (denom + 0.0 * rat);
    const bool c64 = r->dtype == DType::Complex64;
    for_each_offset(r->shape, r->strides, r->offset, [&](int64_t p) {
      Scalar v = Scalar::load(base + p, r->dtype);
      Scalar q = Scalar::from_complex((v.v.f + v.im * rat) * scl, (v.im - v.v.f * rat) * scl);
      (c64 ? q.cast(DType::Complex64) : q).store(base + p);
    });
    return;
  }
  visit_dtype(r->dtype, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      if ((r->is_c_contiguous() || r->is_f_contiguous()) && r->is_aligned()) {
        // the same per-element arithmetic, as a plain loop
        T* p = reinterpret_cast<T*>(r->data());
        const int64_t n = r->size();
        for (int64_t i = 0; i < n; ++i) p[i] = static_cast<T>(static_cast<double>(p[i]) / denom);
        return;
      }
    }
    for_each_offset(r->shape, r->strides, r->offset, [&](int64_t p) {
      T v;
      std::memcpy(&v, base + p, sizeof(T));
      double q = loops::convert<double>(v) / denom;
      T w = loops::convert<T>(q);
      std::memcpy(base + p, &w, sizeof(T));
    });
  });
}

// The same with a per-element count array (broadcast against r).
void divide_in_place(const ArrayPtr& r, const ArrayPtr& denom) {
  if (denom->ndim() == 0) {
    divide_in_place(r, static_cast<double>(denom->item0().as_int64()));
    return;
  }
  apply_ufunc(UFuncId::TrueDivide, {Operand(r), Operand(denom)}, r, nullptr, std::nullopt, Casting::Unsafe);
}

bool is_int_or_bool(DType t) { return dtype_is_integer(t) || t == DType::Bool; }

// sum((a - arrmean)**2) over the reduced axes, as _var computes it (subtract into a new
// array laid out like a, square in place, add.reduce), without the temporary, for the two
// float64 layouts whose summation order reduce_iter reduces to a simple form:
//   - every axis of a C- or F-contiguous array: the temporary is contiguous in the same
//     order, so the sum runs over memory order in buffer blocks of 8192, each pairwise
//     summed and added to an accumulator that starts at 0 (add's identity);
//   - axis 0 of a C-contiguous matrix with at least 2 columns: the output moves along the
//     inner axis, so each output element accumulates its column row after row from 0.
// Each element is (a - m) * (a - m) exactly as the subtract and multiply loops round it.
// Returns null for anything else (the caller takes the general path). The inner loops are
// functions of their own: V8 tiers a wasm function up only between calls, and a loop that
// runs once over the whole array would otherwise stay in the baseline code.
// pairwise_sum_contig (reduce_pairwise.hpp) over (a[i] - m)^2: the same association, the
// squares formed as they are read instead of from a temporary
inline double sq_dev(double v, double m) {
  const double d = v - m;
  return d * d;
}
double pairwise_sq_dev(const double* a, double m, int64_t n) {
  if (n < 8) {
    double res = 0.;
    for (int64_t i = 0; i < n; ++i) res += sq_dev(a[i], m);
    return res;
  }
  if (n <= 128) {
    double r[8];
    for (int j = 0; j < 8; ++j) r[j] = sq_dev(a[j], m);
    int64_t i = 8;
    const int64_t end = n - (n % 8);
    for (; i < end; i += 8)
      for (int j = 0; j < 8; ++j) r[j] += sq_dev(a[i + j], m);
    double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += sq_dev(a[i], m);
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_sq_dev(a, m, n2) + pairwise_sq_dev(a + n2, m, n - n2);
}
[[gnu::noinline]] void add_sq_dev_row(const double* __restrict row, const double* __restrict mean,
                                      double* __restrict o, int64_t n) {
  for (int64_t j = 0; j < n; ++j) {
    const double d = row[j] - mean[j];
    o[j] = o[j] + d * d;
  }
}

ArrayPtr sum_sq_dev_fused(const ArrayPtr& a, const std::vector<bool>& red, const ArrayPtr& arrmean,
                          bool keepdims) {
  if (a->dtype != DType::Float64 || !a->is_aligned() || a->size() == 0 || arrmean->dtype != DType::Float64 ||
      !arrmean->is_c_contiguous() || !arrmean->is_aligned())
    return nullptr;
  const int nd = a->ndim();
  const double* p = reinterpret_cast<const double*>(a->data());
  const double* mean = reinterpret_cast<const double*>(arrmean->data());
  const bool every = std::all_of(red.begin(), red.end(), [](bool r) { return r; });
  if (every && (a->is_c_contiguous() || a->is_f_contiguous())) {
    constexpr int64_t kBlock = 8192;  // reduce_iter's kBufSize (NPY_BUFSIZE)
    const int64_t n = a->size();
    const double m = mean[0];
    double acc = 0.0;
    for (int64_t off = 0; off < n; off += kBlock) {
      acc += pairwise_sq_dev(p + off, m, std::min(kBlock, n - off));
      check_interrupt();
    }
    ArrayPtr r = new_array(keepdims ? Shape(static_cast<size_t>(nd), 1) : Shape{}, DType::Float64);
    *reinterpret_cast<double*>(r->data()) = acc;
    return r;
  }
  if (nd == 2 && red[0] && !red[1] && a->is_c_contiguous() && a->shape[1] >= 2 &&
      arrmean->size() == a->shape[1]) {
    const int64_t n0 = a->shape[0], n1 = a->shape[1];
    ArrayPtr r = new_array(keepdims ? Shape{1, n1} : Shape{n1}, DType::Float64);  // zeros
    double* o = reinterpret_cast<double*>(r->data());
    for (int64_t i = 0; i < n0; ++i) {
      add_sq_dev_row(p + i * n1, mean, o, n1);
      if ((i & 63) == 63) check_interrupt();
    }
    return r;
  }
  return nullptr;
}

}  // namespace

ArrayPtr mean(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out,
              bool keepdims, ArrayPtr where) {
  if (!dtype && is_int_or_bool(a->dtype)) dtype = DType::Float64;
  if (where) {
    ArrayPtr rcount = count_where(a, axis, where, keepdims);
    ArrayPtr ret = sum(a, axis, dtype, out, keepdims, std::nullopt, where);
    divide_in_place(ret, rcount);
    return ret;
  }
  const int64_t n = count_items(a, axis);
  if (!dtype && dtype_native(a->dtype) == DType::Float16) {
    // _mean: float16 sums in float32; the quotient goes back to float16 (a full reduction
    // divides the float32 scalar by the intp count in float64, then rounds once to half).
    ArrayPtr ret = sum(a, axis, DType::Float32, nullptr, keepdims);
    if (ret->ndim() == 0 && !out) {
      const double q = ret->item0().as_double() / static_cast<double>(n);
      return array_from_scalar(Scalar::from_double(q).cast(DType::Float16));
    }
    divide_in_place(ret, static_cast<double>(n));
    if (!out) return astype(ret, DType::Float16);
    assign_array(out, ret);
    return out;
  }
  ArrayPtr ret = sum(a, axis, dtype, out, keepdims);
  divide_in_place(ret, static_cast<double>(n));
  return ret;
}

ArrayPtr var(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out,
             double ddof, bool keepdims, ArrayPtr where) {
  if (!dtype && is_int_or_bool(a->dtype)) dtype = DType::Float64;
  if (where) {
    ArrayPtr rcount = count_where(a, axis, where, keepdims);
    ArrayPtr arrmean = sum(a, axis, dtype, nullptr, /*keepdims=*/true, std::nullopt, where);
    divide_in_place(arrmean, rcount->ndim() == 0 ? rcount : reshape(rcount, arrmean->shape));
    ArrayPtr x = apply_ufunc(UFuncId::Subtract, {a, arrmean});
    apply_ufunc(UFuncId::Multiply, {x, x}, x);
    ArrayPtr ret = sum(x, axis, dtype, out, keepdims, std::nullopt, where);
    // rcount = maximum(rcount - ddof, 0), a float64 array when ddof is a float
    ArrayPtr denom = apply_ufunc(UFuncId::Subtract, {Operand(rcount), Operand::py_float(ddof)});
    denom = apply_ufunc(UFuncId::Maximum, {Operand(denom), Operand::py_int(0)});
    apply_ufunc(UFuncId::TrueDivide, {Operand(ret), Operand(denom)}, ret, nullptr, std::nullopt, Casting::Unsafe);
    return ret;
  }
  const int64_t n = count_items(a, axis);
  ArrayPtr arrmean = sum(a, axis, dtype, nullptr, /*keepdims=*/true);
  divide_in_place(arrmean, static_cast<double>(n));
  ArrayPtr ret;
  if (!out && (!dtype || *dtype == DType::Float64))
    ret = sum_sq_dev_fused(a, reduction_axes(axis, a->ndim()), arrmean, keepdims);
  if (!ret) {
    ArrayPtr x = apply_ufunc(UFuncId::Subtract, {a, arrmean});
    apply_ufunc(UFuncId::Multiply, {x, x}, x);
    ret = sum(x, axis, dtype, out, keepdims);
  }
  // rcount = max(rcount - ddof, 0)
  double denom = static_cast<double>(n) - ddof;
  if (!(denom > 0)) denom = std::isnan(denom) ? denom : 0.0;
  divide_in_place(ret, denom);
  return ret;
}

ArrayPtr std_(const ArrayPtr& a, const AxisList& axis, std::optional<DType> dtype, ArrayPtr out,
              double ddof, bool keepdims, ArrayPtr where) {
  ArrayPtr ret = var(a, axis, dtype, out, ddof, keepdims, where);
  return apply_ufunc(UFuncId::Sqrt, {ret}, ret);
}

}  // namespace sl
