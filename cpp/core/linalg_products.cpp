#include "core/linalg_products.hpp"

#include <type_traits>
#include <vector>

#include "core/arith_ops.hpp"
#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/matmul_kernel.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// C[i, j] = sum_l A[i, l] * Bt[j, l], accumulated in l order in T (bool: or of ands;
// integers wrap).
template <class T>
void product_rows(const T* A, const T* Bt, uint8_t* out, int64_t n, int64_t m, int64_t k) {
  for (int64_t i = 0; i < n; ++i) {
    check_interrupt();  // long products stay stoppable
    const T* ar = A + i * k;
    for (int64_t j = 0; j < m; ++j) {
      const T* br = Bt + j * k;
      T acc{};
      if constexpr (std::is_same_v<T, bool>) {
        for (int64_t l = 0; l < k && !acc; ++l) acc = ar[l] && br[l];
      } else if constexpr (std::is_integral_v<T>) {
        uint64_t u = 0;
        for (int64_t l = 0; l < k; ++l) u += static_cast<uint64_t>(ar[l]) * static_cast<uint64_t>(br[l]);
        acc = static_cast<T>(u);
      } else {
        for (int64_t l = 0; l < k; ++l) acc = acc + ar[l] * br[l];
      }
      std::memcpy(out + (i * m + j) * sizeof(T), &acc, sizeof(T));
    }
  }
}

// x itself when its elements are of dtype t and aligned (NumPy's ALIGNED flag: float64/float32
// strides are then whole elements; the blocked kernel reads any such view), else a C-ordered
// copy converted to t.
ArrayPtr readable_as(const ArrayPtr& x, DType t) { return x->dtype == t && x->is_aligned() ? x : astype(x, t, 'C'); }

// out (C-contiguous, n x m) = a2 (n x k view) times the rows of bt2 (m x k view). The blocked
// float kernel reads the operands in place when they already hold the result dtype (`a @ b`
// of two 1000 x 1000 float64 matrices used to copy both, 16 MB); everything else is first
// converted to the result dtype in C order (astype's shared conversion loops).
void product(const ArrayPtr& a2, const ArrayPtr& bt2, uint8_t* out, int64_t n, int64_t m, int64_t k,
             DType t) {
  // float64/float32: the cache-blocked SIMD kernel, same sums in the same order (its header)
  if ((t == DType::Float64 || t == DType::Float32) && blocked_product_worthwhile(n, m, k)) {
    ArrayPtr A = readable_as(a2, t), Bt = readable_as(bt2, t);
    const int64_t isz = dtype_itemsize(t);
    const int64_t ars = A->strides[0] / isz, acs = A->strides[1] / isz;
    const int64_t brs = Bt->strides[0] / isz, bcs = Bt->strides[1] / isz;
    if (t == DType::Float64)
      blocked_product(reinterpret_cast<const double*>(A->data()), ars, acs, reinterpret_cast<const double*>(Bt->data()),
                      brs, bcs, reinterpret_cast<double*>(out), m, 1, n, m, k);
    else
      blocked_product(reinterpret_cast<const float*>(A->data()), ars, acs, reinterpret_cast<const float*>(Bt->data()),
                      brs, bcs, reinterpret_cast<float*>(out), m, 1, n, m, k);
    return;
  }
  ArrayPtr A = astype(a2, t, 'C'), Bt = astype(bt2, t, 'C');
  visit_dtype(t, [&](auto tag) {
    using T = decltype(tag);
    product_rows<T>(reinterpret_cast<const T*>(A->data()), reinterpret_cast<const T*>(Bt->data()), out, n,
                    m, k);
  });
}

const char* kMatmulSig = "(n?,k),(k,m?)->(n?,m?)";

std::string remapped(const Shape& s) {
  std::string r = "(";
  for (size_t i = 0; i + 2 < s.size(); ++i) r += std::to_string(s[i]) + ",";
  return r + "newaxis,newaxis)";
}

}  // namespace

ArrayPtr dot(const ArrayPtr& a, const ArrayPtr& b) {
  if (a->ndim() == 0 || b->ndim() == 0) {
    // NumPy's BLAS branch (float results, both operands at most 2-d) allocates a C-ordered
    // result; everything else goes through np.multiply (operands' memory order).
    const DType t = promote_types(a->dtype, b->dtype);
    ArrayPtr r = arith_multiply(a, b);
    if (dtype_is_float(t) && a->ndim() <= 2 && b->ndim() <= 2 && !r->is_c_contiguous()) {
      ArrayPtr c = new_array(r->shape, t);
      assign_array(c, r);
      return c;
    }
    return r;
  }
  const int64_t l = a->shape.back();
  const int match = b->ndim() > 1 ? b->ndim() - 2 : 0;
  if (b->shape[match] != l)
    raise_value_error("shapes " + shape_str_compact(a->shape) + " and " + shape_str_compact(b->shape) +
                      " not aligned: " + std::to_string(l) + " (dim " + std::to_string(a->ndim() - 1) +
                      ") != " + std::to_string(b->shape[match]) + " (dim " + std::to_string(match) + ")");
  Shape shape(a->shape.begin(), a->shape.end() - 1);
  int64_t n = 1, m = 1;
  for (int64_t d : shape) n *= d;
  for (int k = 0; k < b->ndim(); ++k)
    if (k != match) {
      shape.push_back(b->shape[k]);
      m *= b->shape[k];
    }
  const DType t = promote_types(a->dtype, b->dtype);
  ArrayPtr out = new_array(shape, t);
  if (out->size() == 0) return out;
  // b with its summed axis last: its C-order traversal gives one row per output column.
  ArrayPtr bt = b->ndim() == 1 ? b : moveaxis(b, {match}, {-1});
  product(reshape(a, {n, l}), reshape(bt, {m, l}), out->data(), n, m, l, t);
  return out;
}

ArrayPtr matmul(const ArrayPtr& a, const ArrayPtr& b) {
  for (int op = 0; op < 2; ++op) {
    const NDArray& x = op == 0 ? *a : *b;
    if (x.ndim() == 0)
      raise_value_error("matmul: Input operand " + std::to_string(op) +
                        " does not have enough dimensions (has 0, gufunc core with signature " +
                        kMatmulSig + " requires 1)");
  }
  const bool a_vec = a->ndim() == 1, b_vec = b->ndim() == 1;
  const int64_t n = a_vec ? 1 : a->shape[a->ndim() - 2];
  const int64_t k = a->shape.back();
  const int64_t kb = b_vec ? b->shape[0] : b->shape[b->ndim() - 2];
  const int64_t m = b_vec ? 1 : b->shape.back();
  if (kb != k)
    raise_value_error(std::string("matmul: Input operand 1 has a mismatch in its core dimension 0, "
                                  "with gufunc signature ") + kMatmulSig + " (size " +
                      std::to_string(kb) + " is different from " + std::to_string(k) + ")");
  const Shape ba(a->shape.begin(), a->shape.end() - (a_vec ? 1 : 2));
  const Shape bb(b->shape.begin(), b->shape.end() - (b_vec ? 1 : 2));
  // Broadcast the loop (batch) dimensions with the iterator's message on mismatch.
  Shape batch(std::max(ba.size(), bb.size()), 1);
  for (const Shape* s : {&ba, &bb})
    for (size_t i = 0; i < s->size(); ++i) {
      int64_t& o = batch[batch.size() - s->size() + i];
      const int64_t d = (*s)[i];
      if (d == o || d == 1) continue;
      if (o != 1)
        raise_value_error("operands could not be broadcast together with remapped shapes "
                          "[original->remapped]: " + shape_str_compact(a->shape) + "->" +
                          remapped(a->shape) + " " + shape_str_compact(b->shape) + "->" +
                          remapped(b->shape) + "  and requested shape (" + std::to_string(n) + "," +
                          std::to_string(m) + ")");
      o = d;
    }
  Shape shape = batch;
  if (!a_vec) shape.push_back(n);
  if (!b_vec) shape.push_back(m);
  const DType t = promote_types(a->dtype, b->dtype);
  ArrayPtr out = new_array(shape, t);
  if (out->size() == 0) return out;
  // Matrix views of every batch element: a as (n, k), b transposed as (m, k).
  auto matrix = [](const ArrayPtr& x, bool vec, const Shape& xb, const Shape& batch,
                   const std::vector<int64_t>& idx, bool transpose_last) {
    int64_t off = x->offset;
    const size_t lead = batch.size() - xb.size();
    for (size_t i = 0; i < xb.size(); ++i)
      if (xb[i] != 1) off += idx[lead + i] * x->strides[i];
    const int nd = x->ndim();
    Shape s;
    Strides st;
    if (vec) {
      s = {1, x->shape[0]};
      st = {0, x->strides[0]};
    } else if (transpose_last) {
      s = {x->shape[nd - 1], x->shape[nd - 2]};
      st = {x->strides[nd - 1], x->strides[nd - 2]};
    } else {
      s = {x->shape[nd - 2], x->shape[nd - 1]};
      st = {x->strides[nd - 2], x->strides[nd - 1]};
    }
    return make_view(x, off, s, st, x->dtype);
  };
  const int64_t nbatch = shape_size(batch);
  std::vector<int64_t> idx(batch.size(), 0);
  const int64_t step = n * m * out->itemsize();
  for (int64_t bi = 0; bi < nbatch; ++bi) {
    ArrayPtr am = matrix(a, a_vec, ba, batch, idx, false);
    ArrayPtr bm = matrix(b, b_vec, bb, batch, idx, true);
    product(am, bm, out->data() + bi * step, n, m, k, t);
    for (size_t d = batch.size(); d-- > 0;) {
      if (++idx[d] < batch[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

}  // namespace sl
