#include "core/matrix_builders.hpp"

#include <algorithm>
#include <cstring>
#include <type_traits>

#include "core/errors.hpp"
#include "core/ufunc.hpp"

namespace sl {
namespace {

// The bool mask of tri() as a plain vector (row-major n x m).
ArrayPtr tri_mask(int64_t n, int64_t m, int64_t k) {
  n = std::max<int64_t>(n, 0);
  m = std::max<int64_t>(m, 0);
  ArrayPtr r = new_array({n, m}, DType::Bool);
  bool* p = reinterpret_cast<bool*>(r->data());
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j) p[i * m + j] = j - k <= i;
  return r;
}

std::pair<int64_t, int64_t> last_two(const ArrayPtr& m) {
  if (m->ndim() == 0) raise_type_error("tri() missing 1 required positional argument: 'N'");
  if (m->ndim() == 1) return {m->shape[0], m->shape[0]};
  return {m->shape[m->ndim() - 2], m->shape[m->ndim() - 1]};
}

std::pair<ArrayPtr, ArrayPtr> mask_positions(const ArrayPtr& mask, bool want) {
  const int64_t n = mask->shape[0], m = mask->shape[1];
  const bool* p = reinterpret_cast<const bool*>(mask->data());
  int64_t count = 0;
  for (int64_t i = 0; i < n * m; ++i) count += p[i] == want;
  ArrayPtr rows = new_array({count}, DType::Int64), cols = new_array({count}, DType::Int64);
  int64_t* r = reinterpret_cast<int64_t*>(rows->data());
  int64_t* c = reinterpret_cast<int64_t*>(cols->data());
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j)
      if (p[i * m + j] == want) {
        *r++ = i;
        *c++ = j;
      }
  return {rows, cols};
}

}  // namespace

ArrayPtr tri(int64_t n, std::optional<int64_t> m, int64_t k, DType dtype) {
  ArrayPtr mask = tri_mask(n, m ? *m : n, k);
  if (dtype == DType::Bool) return mask;
  ArrayPtr r = new_array(mask->shape, dtype);
  const bool* p = reinterpret_cast<const bool*>(mask->data());
  const int isz = r->itemsize();
  const Scalar one = Scalar::from_bool(true).cast(dtype);
  for (int64_t i = 0; i < mask->size(); ++i)
    if (p[i]) one.store(r->data() + i * isz);
  return r;
}

ArrayPtr tril(const ArrayPtr& m, int64_t k) {
  auto [n, mm] = last_two(m);
  ArrayPtr zero = new_array({1}, m->dtype);
  return where_select(Operand::of(tri_mask(n, mm, k)), Operand::of(m), Operand::of(zero));
}

ArrayPtr triu(const ArrayPtr& m, int64_t k) {
  auto [n, mm] = last_two(m);
  ArrayPtr zero = new_array({1}, m->dtype);
  return where_select(Operand::of(tri_mask(n, mm, k - 1)), Operand::of(zero), Operand::of(m));
}

std::pair<ArrayPtr, ArrayPtr> tril_indices(int64_t n, int64_t k, std::optional<int64_t> m) {
  return mask_positions(tri_mask(n, m ? *m : n, k), true);
}

std::pair<ArrayPtr, ArrayPtr> triu_indices(int64_t n, int64_t k, std::optional<int64_t> m) {
  return mask_positions(tri_mask(n, m ? *m : n, k - 1), false);
}

ArrayPtr vander(const ArrayPtr& x, std::optional<int64_t> n_opt, bool increasing) {
  if (x->ndim() != 1) raise_value_error("x must be a one-dimensional array or sequence.");
  const int64_t len = x->shape[0];
  const int64_t n = n_opt ? *n_opt : len;
  if (n < 0) raise_value_error("negative dimensions are not allowed");
  const DType t = promote_types(x->dtype, DType::Int64);
  ArrayPtr v = new_array({len, n}, t);
  const int isz = v->itemsize();
  const uint8_t* xb = x->buffer->data();
  visit_dtype(t, [&](auto tag) {
    using T = decltype(tag);
    for (int64_t i = 0; i < len; ++i) {
      T xi{};
      Scalar::load(xb + x->offset + i * x->strides[0], x->dtype).cast(t).store(reinterpret_cast<uint8_t*>(&xi));
      uint8_t* row = v->data() + i * n * isz;
      T acc = T(1);
      for (int64_t j = 0; j < n; ++j) {
        // column j holds x**j; j >= 2 is the previous power times x (multiply.accumulate)
        if (j == 1) acc = xi;
        else if (j > 1) {
          if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)  // wraps like NumPy
            acc = static_cast<T>(static_cast<std::make_unsigned_t<T>>(acc) * static_cast<std::make_unsigned_t<T>>(xi));
          else
            acc = static_cast<T>(acc * xi);
        }
        const int64_t col = increasing ? j : n - 1 - j;
        std::memcpy(row + col * isz, &acc, sizeof(T));
      }
    }
  });
  return v;
}

}  // namespace sl
