// linalg_stack.hpp — what every numpy.linalg function does around its LAPACK call: the
// stacked-matrix checks and their LinAlgError messages, _commonType's result dtype, copying
// one matrix of a stack (any strides, any real dtype) into column-major float64 and back
// into a C-ordered result of the result dtype, and the walk over the stack's matrices (Stack).
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include "core/extent.hpp"
#include "core/interrupt.hpp"
#include "core/ndarray.hpp"

namespace sl {

[[noreturn]] void raise_linalg_error(const std::string& msg);
// "%d-dimensional array given. Array must be at least two-dimensional"
void assert_stacked_2d(const NDArray& a);
// ... and "Last 2 dimensions of the array must be square"
void assert_stacked_square(const NDArray& a);
// _commonType: float32 only when every input is float32, float64 otherwise (the computation
// is always float64, as NumPy's 'd' gufunc signatures).
DType linalg_result_type(std::initializer_list<const NDArray*> arrays);
// Copies the (rows x cols) matrix at byte offset `off` with row/column strides rs/cs into
// column-major float64.
void load_fortran(const NDArray& a, int64_t off, int64_t rows, int64_t cols, int64_t rs, int64_t cs, double* dst);
// Stores a column-major float64 (rows x cols) matrix into C-contiguous memory of dtype t.
void store_c(const double* src, int64_t rows, int64_t cols, uint8_t* out, DType t);
// Byte offset of batch element `idx` of an operand whose batch dimensions are `xb`
// (broadcast against `batch`: size-1 dimensions stay put).
int64_t batch_offset(const NDArray& x, const Shape& xb, const Shape& batch, const std::vector<int64_t>& idx);
void next_index(std::vector<int64_t>& idx, const Shape& shape);

// The stack's batch shape and a loop over its matrices (column-major float64 copies).
struct Stack {
  const ArrayPtr& a;
  Shape batch;
  int64_t m, n, count;
  explicit Stack(const ArrayPtr& x) : a(x) {
    const int nd = x->ndim();
    batch.assign(x->shape.begin(), x->shape.end() - 2);
    m = x->shape[static_cast<size_t>(nd - 2)];
    n = x->shape[static_cast<size_t>(nd - 1)];
    count = shape_size(batch);
  }
  template <class F>
  void each(F&& f) const {
    std::vector<double> buf(alloc_count(alloc_mul(m, n), sizeof(double)));
    std::vector<int64_t> idx(batch.size(), 0);
    const int nd = a->ndim();
    for (int64_t b = 0; b < count; ++b, next_index(idx, batch)) {
      check_interrupt();
      load_fortran(*a, batch_offset(*a, batch, batch, idx), m, n, a->strides[static_cast<size_t>(nd - 2)],
                   a->strides[static_cast<size_t>(nd - 1)], buf.data());
      f(b, buf.data());
    }
  }
};

// batch + tail, e.g. the (..., K) shape of a stacked result
inline Shape stack_shape(const Shape& batch, std::initializer_list<int64_t> tail) {
  Shape s = batch;
  s.insert(s.end(), tail.begin(), tail.end());
  return s;
}

// The bytes of batch element b of a C-contiguous stacked result with `per` elements each.
inline uint8_t* stack_slot(const ArrayPtr& out, int64_t b, int64_t per) {
  return out->data() + b * per * out->itemsize();
}

}  // namespace sl
