#include "core/covariance.hpp"

#include <algorithm>
#include <cmath>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/join_ops.hpp"
#include "core/layout_order.hpp"
#include "core/linalg_products.hpp"
#include "core/reduce.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

Operand arr(const ArrayPtr& a) { return Operand::of(a); }

// np.array(m, ndmin=2, dtype=dtype): a copy with leading axes added.
ArrayPtr ndmin2(const ArrayPtr& a, DType dt) {
  ArrayPtr r = astype(a, dt, 'K');
  if (r == a) r = copy_array(a, 'K');
  while (r->ndim() < 2) {
    Shape s = r->shape;
    s.insert(s.begin(), 1);
    r = reshape(r, s);
  }
  return r;
}

bool any_true(const ArrayPtr& a) { return any(a)->item0().as_bool(); }

}  // namespace

AverageResult average(const ArrayPtr& a, const std::optional<std::vector<int64_t>>& axis_in, const ArrayPtr& weights,
                      std::optional<bool> keepdims, bool returned) {
  std::optional<std::vector<int64_t>> axis;
  if (axis_in) {
    std::vector<int64_t> ax;
    for (int k : layout::normalize_axis_tuple(*axis_in, a->ndim(), false)) ax.push_back(k);
    axis = ax;
  }
  const bool kd = keepdims.value_or(false);
  AverageResult r;
  if (!weights) {
    r.avg = mean(a, axis, std::nullopt, nullptr, kd);
    const double ratio = static_cast<double>(a->size()) / static_cast<double>(r.avg->size());
    r.scl = new_array({}, r.avg->dtype);
    Scalar::from_double(ratio).cast(r.avg->dtype).store(r.scl->data());
  } else {
    ArrayPtr wgt = weights;
    DType rt = promote_types(a->dtype, wgt->dtype);
    if (!dtype_is_float(a->dtype)) rt = promote_types(rt, DType::Float64);
    if (a->shape != wgt->shape) {
      if (!axis) raise_type_error("Axis must be specified when shapes of a and weights differ.");
      Shape want;
      for (int64_t ax : *axis) want.push_back(a->shape[static_cast<size_t>(ax)]);
      if (wgt->shape != want)
        raise_value_error("Shape of weights must be consistent with shape of a along specified axis.");
      // wgt.transpose(argsort(axis)).reshape(a's shape with 1 outside axis)
      std::vector<int64_t> perm(axis->size());
      for (size_t i = 0; i < perm.size(); ++i) perm[i] = static_cast<int64_t>(i);
      std::stable_sort(perm.begin(), perm.end(), [&](int64_t x, int64_t y) { return (*axis)[x] < (*axis)[y]; });
      wgt = transpose(wgt, &perm);
      Shape bs;
      for (int k = 0; k < a->ndim(); ++k) {
        bool in = false;
        for (int64_t ax : *axis) in = in || ax == k;
        bs.push_back(in ? a->shape[static_cast<size_t>(k)] : 1);
      }
      wgt = reshape(wgt, bs);
    }
    r.scl = sum(wgt, axis, rt, nullptr, kd);
    if (any_true(apply_ufunc(UFuncId::Equal, {arr(r.scl), Operand::py_float(0.0)})))
      raise(ErrorType::ZeroDivisionError, "Weights sum to zero, can't be normalized");
    ArrayPtr prod = apply_ufunc(UFuncId::Multiply, {arr(a), arr(wgt)}, nullptr, nullptr, rt);
    r.avg = apply_ufunc(UFuncId::TrueDivide, {arr(sum(prod, axis, std::nullopt, nullptr, kd)), arr(r.scl)});
  }
  if (returned && r.scl->shape != r.avg->shape) r.scl = copy_array(broadcast_to(r.scl, r.avg->shape));
  return r;
}

ArrayPtr cov(const ArrayPtr& m, const ArrayPtr& y, bool rowvar, bool bias, std::optional<double> ddof_in,
             const ArrayPtr& fweights, const ArrayPtr& aweights, std::optional<DType> dtype) {
  if (ddof_in && *ddof_in != std::trunc(*ddof_in)) raise_value_error("ddof must be integer");
  if (m->ndim() > 2) raise_value_error("m has more than 2 dimensions");
  if (y && y->ndim() > 2) raise_value_error("y has more than 2 dimensions");
  DType dt = dtype ? *dtype : promote_types(m->dtype, DType::Float64);
  if (!dtype && y) dt = promote_types(dt, y->dtype);
  ArrayPtr X = ndmin2(m, dt);
  if (!rowvar && m->ndim() != 1) X = transpose(X);
  if (X->shape[0] == 0) return new_array({0, 0}, DType::Float64);
  if (y) {
    ArrayPtr Y = ndmin2(y, dt);
    if (!rowvar && Y->shape[0] != 1) Y = transpose(Y);
    X = concatenate({X, Y}, 0);
  } else {
    X = copy_array(X, 'K');
  }
  const double ddof = ddof_in ? *ddof_in : (bias ? 0 : 1);
  const int64_t nobs = X->shape[1];
  ArrayPtr w;
  ArrayPtr aw;
  if (fweights) {
    ArrayPtr fw = astype(fweights, DType::Float64);
    if (fw == fweights) fw = copy_array(fweights);
    if (!all(apply_ufunc(UFuncId::Equal, {arr(fw), arr(around(fw))}))->item0().as_bool())
      raise_type_error("fweights must be integer");
    if (fw->ndim() > 1) raise(ErrorType::RuntimeError, "cannot handle multidimensional fweights");
    if (fw->ndim() == 0 || fw->shape[0] != nobs) raise(ErrorType::RuntimeError, "incompatible numbers of samples and fweights");
    if (any_true(apply_ufunc(UFuncId::Less, {arr(fw), Operand::py_int(0)}))) raise_value_error("fweights cannot be negative");
    w = fw;
  }
  if (aweights) {
    aw = astype(aweights, DType::Float64);
    if (aw->ndim() > 1) raise(ErrorType::RuntimeError, "cannot handle multidimensional aweights");
    if (aw->ndim() == 0 || aw->shape[0] != nobs) raise(ErrorType::RuntimeError, "incompatible numbers of samples and aweights");
    if (any_true(apply_ufunc(UFuncId::Less, {arr(aw), Operand::py_int(0)}))) raise_value_error("aweights cannot be negative");
    if (!w) w = aw;
    else apply_ufunc(UFuncId::Multiply, {arr(w), arr(aw)}, w);
  }
  AverageResult av = average(X, std::vector<int64_t>{1}, w, std::nullopt, true);
  const double w_sum = av.scl->item0().as_double();
  double fact;
  if (!w) {
    fact = static_cast<double>(nobs) - ddof;
  } else if (ddof == 0) {
    fact = w_sum;
  } else if (!aw) {
    fact = w_sum - ddof;
  } else {
    // Python's builtin sum() over the elements of w*aweights
    ArrayPtr wa = apply_ufunc(UFuncId::Multiply, {arr(w), arr(aw)});
    double s = 0;
    const double* p = reinterpret_cast<const double*>(wa->data());
    for (int64_t i = 0; i < wa->size(); ++i) s += p[i];
    fact = w_sum - ddof * s / w_sum;
  }
  if (fact <= 0) fact = 0.0;
  ArrayPtr avg = reshape(av.avg, {av.avg->size(), 1});
  apply_ufunc(UFuncId::Subtract, {arr(X), arr(avg)}, X);
  ArrayPtr XT = w ? transpose(apply_ufunc(UFuncId::Multiply, {arr(X), arr(w)})) : transpose(X);
  ArrayPtr c = dot(X, XT);
  ArrayPtr inv = apply_ufunc(UFuncId::TrueDivide, {Operand::py_int(1), Operand::py_float(fact)});
  apply_ufunc(UFuncId::Multiply, {arr(c), arr(inv)}, c);
  return squeeze(c);
}

ArrayPtr corrcoef(const ArrayPtr& x, const ArrayPtr& y, bool rowvar, std::optional<DType> dtype) {
  ArrayPtr c = cov(x, y, rowvar, false, std::nullopt, nullptr, nullptr, dtype);
  if (c->ndim() != 2) {
    if (c->ndim() == 0) return apply_ufunc(UFuncId::TrueDivide, {arr(c), arr(c)});
    raise_value_error("Input must be 1- or 2-d.");
  }
  const int64_t n = std::min(c->shape[0], c->shape[1]);
  ArrayPtr d = new_array({n}, c->dtype);
  for (int64_t i = 0; i < n; ++i)
    assign_array(basic_index(d, {BasicIndex::make_int(i)}),
                 basic_index(c, {BasicIndex::make_int(i), BasicIndex::make_int(i)}));
  ArrayPtr sd = apply_ufunc(UFuncId::Sqrt, {arr(d)});
  apply_ufunc(UFuncId::TrueDivide, {arr(c), arr(reshape(sd, {n, 1}))}, c);
  apply_ufunc(UFuncId::TrueDivide, {arr(c), arr(reshape(sd, {1, n}))}, c);
  clip(arr(c), Operand::py_int(-1), Operand::py_int(1), c);
  return c;
}

}  // namespace sl
