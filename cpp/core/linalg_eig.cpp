// linalg_eig.cpp — numpy.linalg.eig/eigvals on stacks of real square matrices through DGEEV
// (lapack_eig.cpp), following numpy/linalg/_linalg.py: _assert_finite first, the gufunc's
// complex outputs, then `w.real` / `vt.real` when every eigenvalue of the stack is real.
//
// Those are views into the complex outputs (strides 16 bytes per element, not owning their
// data), and astype(float64, copy=False) keeps them: we build the same complex-shaped buffer
// (re, im pairs) and return the real-part views. float32 input: astype(float32) copies.
//
// Deliberately absent until stridelab has complex dtypes: complex eigenvalues (a
// NotImplementedError naming the missing dtype). eig_parts already returns LAPACK's packed
// form (wr, wi, and complex pairs as consecutive re/im vector columns) for that day.
#include <cmath>
#include <string>
#include <vector>

#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/lapack.hpp"
#include "core/linalg_decomp.hpp"
#include "core/linalg_stack.hpp"

namespace sl {

EigParts eig_parts(const ArrayPtr& a, bool vectors) {
  assert_stacked_square(*a);
  Stack st(a);
  const int64_t n = st.n;
  EigParts r;
  r.wr = new_array(stack_shape(st.batch, {n}), DType::Float64);
  r.wi = new_array(stack_shape(st.batch, {n}), DType::Float64);
  if (vectors) r.vr = new_array(stack_shape(st.batch, {n, n}), DType::Float64);
  // _assert_finite on the whole stack before any computation
  st.each([&](int64_t, double* m) {
    for (int64_t i = 0; i < n * n; ++i)
      if (!std::isfinite(m[i])) raise_linalg_error("Array must not contain infs or NaNs");
  });
  std::vector<double> vr(alloc_count(vectors ? alloc_mul(n, n) : 0, sizeof(double)));
  st.each([&](int64_t b, double* m) {
    double* wr = reinterpret_cast<double*>(stack_slot(r.wr, b, n));
    double* wi = reinterpret_cast<double*>(stack_slot(r.wi, b, n));
    const int ni = static_cast<int>(n);
    if (lapack::dgeev(vectors, ni, m, ni, wr, wi, vr.data(), std::max(ni, 1)) != 0)
      raise_linalg_error("Eigenvalues did not converge");
    if (vectors) std::copy(vr.begin(), vr.end(), reinterpret_cast<double*>(stack_slot(r.vr, b, n * n)));
  });
  return r;
}

namespace {

// All eigenvalues real, or NotImplementedError naming the complex dtype NumPy would return.
void require_real(const EigParts& p, DType rt, const char* fname) {
  const double* wi = reinterpret_cast<const double*>(p.wi->data());
  const int64_t count = shape_size(p.wi->shape);
  for (int64_t i = 0; i < count; ++i)
    if (wi[i] != 0.0)
      raise_not_implemented(std::string("numpy.linalg.") + fname + " of a matrix with complex eigenvalues returns " +
                            (rt == DType::Float32 ? "complex64" : "complex128") +
                            " arrays, a dtype not available in stridelab yet");
}

// The real part of a complex result holding `values` (C order): a strided view for float64,
// a contiguous float32 copy otherwise.
ArrayPtr real_part(const Shape& shape, const double* values, DType rt) {
  const int64_t count = shape_size(shape);
  if (rt == DType::Float32) {
    ArrayPtr out = new_array(shape, DType::Float32);
    float* o = reinterpret_cast<float*>(out->data());
    for (int64_t i = 0; i < count; ++i) o[i] = static_cast<float>(values[i]);
    return out;
  }
  Shape cshape = shape;
  cshape.push_back(2);
  ArrayPtr complex_buf = new_array(cshape, DType::Float64);  // (re, im) pairs; im stays 0
  double* c = reinterpret_cast<double*>(complex_buf->data());
  for (int64_t i = 0; i < count; ++i) {
    c[2 * i] = values[i];
    c[2 * i + 1] = 0.0;
  }
  Strides strides(shape.size());
  int64_t step = 16;
  for (size_t k = shape.size(); k-- > 0;) {
    strides[k] = step;
    step *= shape[k];
  }
  return make_view(complex_buf, 0, shape, strides, DType::Float64);
}

}  // namespace

std::vector<ArrayPtr> eig(const ArrayPtr& a) {
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  EigParts p = eig_parts(a, true);
  require_real(p, rt, "eig");
  // The gufunc's vt[..., i, j] is component i of eigenvector j: VR's column-major layout read
  // in C order per matrix.
  const int64_t n = a->shape.back(), count = shape_size(p.wr->shape) / std::max<int64_t>(n, 1);
  std::vector<double> v(static_cast<size_t>(shape_size(p.vr->shape)));
  const double* vr = reinterpret_cast<const double*>(p.vr->data());
  for (int64_t b = 0; b < count; ++b)
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < n; ++j) v[static_cast<size_t>((b * n + i) * n + j)] = vr[(b * n + j) * n + i];
  return {real_part(p.wr->shape, reinterpret_cast<const double*>(p.wr->data()), rt), real_part(p.vr->shape, v.data(), rt)};
}

ArrayPtr eigvals(const ArrayPtr& a) {
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  EigParts p = eig_parts(a, false);
  require_real(p, rt, "eigvals");
  return real_part(p.wr->shape, reinterpret_cast<const double*>(p.wr->data()), rt);
}

}  // namespace sl
