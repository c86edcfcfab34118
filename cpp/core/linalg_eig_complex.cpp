// linalg_eig_complex.cpp — numpy.linalg.eigvals of stacks of complex square matrices through
// ZGEEV (lapack_zgeev.cpp): _assert_finite first, complex128 results (complex64 for
// complex64 input), never converted to real (NumPy keeps complex input's eigenvalues complex).
#include <cmath>
#include <complex>
#include <vector>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/interrupt.hpp"
#include "core/lapack.hpp"
#include "core/linalg_decomp.hpp"
#include "core/linalg_stack.hpp"

namespace sl {

ArrayPtr eigvals_complex(const ArrayPtr& a) {
  assert_stacked_square(*a);
  ArrayPtr c = astype(a, DType::Complex128, 'C');  // a C-contiguous complex128 copy
  const int nd = c->ndim();
  const int64_t n = c->shape[static_cast<size_t>(nd - 1)];
  const Shape batch(c->shape.begin(), c->shape.end() - 2);
  const int64_t count = shape_size(batch), nn = alloc_mul(n, n);
  const auto* src = reinterpret_cast<const std::complex<double>*>(c->data());
  for (int64_t i = 0; i < alloc_mul(count, nn); ++i)
    if (!std::isfinite(src[i].real()) || !std::isfinite(src[i].imag()))
      raise_linalg_error("Array must not contain infs or NaNs");
  ArrayPtr out = new_array(stack_shape(batch, {n}), DType::Complex128);
  auto* w = reinterpret_cast<std::complex<double>*>(out->data());
  std::vector<std::complex<double>> m(alloc_count(nn, sizeof(std::complex<double>)));
  const int ni = static_cast<int>(n);
  for (int64_t b = 0; b < count; ++b) {
    check_interrupt();
    const std::complex<double>* s = src + b * nn;
    for (int64_t i = 0; i < n; ++i)  // C order -> column-major
      for (int64_t j = 0; j < n; ++j) m[static_cast<size_t>(i + j * n)] = s[i * n + j];
    if (lapack::zgeev_values(ni, m.data(), std::max(ni, 1), w + b * n) != 0)
      raise_linalg_error("Eigenvalues did not converge");
  }
  return a->dtype == DType::Complex64 ? astype(out, DType::Complex64) : out;
}

}  // namespace sl
