// linalg_eig.cpp — numpy.linalg.eig/eigvals on stacks of real square matrices through DGEEV
// (lapack_eig.cpp), following numpy/linalg/_linalg.py: _assert_finite first, the gufunc's
// complex outputs, then `w.real` / `vt.real` when every eigenvalue of the stack is real.
//
// Those are views into the complex outputs (strides 16 bytes per element, not owning their
// data), and astype(float64, copy=False) keeps them: we build the same complex-shaped buffer
// (re, im pairs) and return the real-part views. float32 input: astype(float32) copies.
//
// When any eigenvalue of the stack is complex the results are complex128 (complex64 for
// float32 input), the eigenvectors unpacked from LAPACK's form (a conjugate pair j, j+1
// stores re in column j and im in column j+1: v_j = re + i*im, v_j+1 = re - i*im), as
// NumPy's mk_geev_complex_eigenvectors does.
#include <algorithm>
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

bool all_real(const EigParts& p) {
  const double* wi = reinterpret_cast<const double*>(p.wi->data());
  const int64_t count = shape_size(p.wi->shape);
  for (int64_t i = 0; i < count; ++i)
    if (wi[i] != 0.0) return false;
  return true;
}

// A complex result from interleaved (re, im) values in C order: complex128, or a complex64
// copy for float32 input (astype(complex64)).
ArrayPtr complex_result(const Shape& shape, const std::vector<double>& reim, DType rt) {
  const int64_t count = shape_size(shape);
  if (rt == DType::Float32) {
    ArrayPtr out = new_array(shape, DType::Complex64);
    float* o = reinterpret_cast<float*>(out->data());
    for (int64_t i = 0; i < 2 * count; ++i) o[i] = static_cast<float>(reim[static_cast<size_t>(i)]);
    return out;
  }
  ArrayPtr out = new_array(shape, DType::Complex128);
  std::copy(reim.begin(), reim.begin() + 2 * count, reinterpret_cast<double*>(out->data()));
  return out;
}

std::vector<double> complex_values(const EigParts& p) {
  const int64_t count = shape_size(p.wr->shape);
  const double* wr = reinterpret_cast<const double*>(p.wr->data());
  const double* wi = reinterpret_cast<const double*>(p.wi->data());
  std::vector<double> w(static_cast<size_t>(2 * count));
  for (int64_t i = 0; i < count; ++i) {
    w[static_cast<size_t>(2 * i)] = wr[i];
    w[static_cast<size_t>(2 * i + 1)] = wi[i];
  }
  return w;
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
  // The gufunc's vt[..., i, j] is component i of eigenvector j: VR's column-major layout read
  // in C order per matrix.
  const int64_t n = a->shape.back(), count = shape_size(p.wr->shape) / std::max<int64_t>(n, 1);
  const double* vr = reinterpret_cast<const double*>(p.vr->data());
  if (!all_real(p)) {
    const double* wi = reinterpret_cast<const double*>(p.wi->data());
    std::vector<double> v(static_cast<size_t>(2 * shape_size(p.vr->shape)));
    auto put = [&](int64_t b, int64_t i, int64_t j, double re, double im) {
      const size_t k = static_cast<size_t>(2 * ((b * n + i) * n + j));
      v[k] = re;
      v[k + 1] = im;
    };
    for (int64_t b = 0; b < count; ++b) {
      const double* m = vr + b * n * n;
      for (int64_t j = 0; j < n; ++j) {
        if (wi[b * n + j] == 0.0 || j + 1 == n) {
          for (int64_t i = 0; i < n; ++i) put(b, i, j, m[j * n + i], 0.0);
          continue;
        }
        for (int64_t i = 0; i < n; ++i) {
          put(b, i, j, m[j * n + i], m[(j + 1) * n + i]);
          put(b, i, j + 1, m[j * n + i], -m[(j + 1) * n + i]);
        }
        ++j;
      }
    }
    return {complex_result(p.wr->shape, complex_values(p), rt), complex_result(p.vr->shape, v, rt)};
  }
  std::vector<double> v(static_cast<size_t>(shape_size(p.vr->shape)));
  for (int64_t b = 0; b < count; ++b)
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < n; ++j) v[static_cast<size_t>((b * n + i) * n + j)] = vr[(b * n + j) * n + i];
  return {real_part(p.wr->shape, reinterpret_cast<const double*>(p.wr->data()), rt), real_part(p.vr->shape, v.data(), rt)};
}

ArrayPtr eigvals(const ArrayPtr& a) {
  assert_stacked_square(*a);
  if (dtype_is_complex(a->dtype)) return eigvals_complex(a);
  const DType rt = linalg_result_type({a.get()});
  EigParts p = eig_parts(a, false);
  if (!all_real(p)) return complex_result(p.wr->shape, complex_values(p), rt);
  return real_part(p.wr->shape, reinterpret_cast<const double*>(p.wr->data()), rt);
}

}  // namespace sl
