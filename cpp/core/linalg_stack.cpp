#include "core/linalg_stack.hpp"

#include <cstring>
#include <type_traits>

#include "core/errors.hpp"

namespace sl {

void raise_linalg_error(const std::string& msg) { raise(ErrorType::LinAlgError, msg); }

void assert_stacked_2d(const NDArray& a) {
  if (a.ndim() < 2)
    raise_linalg_error(std::to_string(a.ndim()) + "-dimensional array given. Array must be at least two-dimensional");
}

void assert_stacked_square(const NDArray& a) {
  assert_stacked_2d(a);
  if (a.shape[static_cast<size_t>(a.ndim() - 1)] != a.shape[static_cast<size_t>(a.ndim() - 2)])
    raise_linalg_error("Last 2 dimensions of the array must be square");
}

namespace {
// The LAPACK kernels here are real: a complex operand would silently lose its imaginary
// parts, so it is refused (the ufuncs, fft and eig's complex results do not come this way).
void refuse_complex(DType t) {
  if (dtype_is_complex(t)) raise_not_implemented("numpy.linalg on complex matrices is not available in stridelab yet");
}
}  // namespace

DType linalg_result_type(std::initializer_list<const NDArray*> arrays) {
  for (const NDArray* a : arrays) refuse_complex(a->dtype);
  for (const NDArray* a : arrays)
    if (a->dtype != DType::Float32) return DType::Float64;
  return DType::Float32;
}

void load_fortran(const NDArray& a, int64_t off, int64_t rows, int64_t cols, int64_t rs, int64_t cs, double* dst) {
  refuse_complex(a.dtype);
  const uint8_t* base = a.buffer->data();
  for (int64_t j = 0; j < cols; ++j)
    for (int64_t i = 0; i < rows; ++i) dst[i + j * rows] = Scalar::load(base + off + i * rs + j * cs, a.dtype).as_double();
}

void store_c(const double* src, int64_t rows, int64_t cols, uint8_t* out, DType t) {
  visit_dtype(t, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) {
      for (int64_t i = 0; i < rows; ++i)
        for (int64_t j = 0; j < cols; ++j) {
          const T v = static_cast<T>(src[i + j * rows]);
          std::memcpy(out + (i * cols + j) * static_cast<int64_t>(sizeof(T)), &v, sizeof(T));
        }
    }
  });
}

int64_t batch_offset(const NDArray& x, const Shape& xb, const Shape& batch, const std::vector<int64_t>& idx) {
  int64_t off = x.offset;
  const size_t lead = batch.size() - xb.size();
  for (size_t i = 0; i < xb.size(); ++i)
    if (xb[i] != 1) off += idx[lead + i] * x.strides[i];
  return off;
}

void next_index(std::vector<int64_t>& idx, const Shape& shape) {
  for (size_t d = shape.size(); d-- > 0;) {
    if (++idx[d] < shape[d]) return;
    idx[d] = 0;
  }
}

}  // namespace sl
