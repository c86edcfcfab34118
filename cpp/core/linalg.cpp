#include "core/linalg.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/linalg_stack.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {


// ---- the reference LAPACK/BLAS routines NumPy's gesv/getrf go through -------------------
// Column-major storage, 0-based indices; `lda` is the leading dimension. Each routine
// performs the floating-point operations of its Fortran counterpart in the same order.

// IDAMAX: first index of the largest |x| (NaNs never win after the first element).
int idamax(int n, const double* x) {
  int best = 0;
  double dmax = std::fabs(x[0]);
  for (int i = 1; i < n; ++i)
    if (std::fabs(x[i]) > dmax) {
      best = i;
      dmax = std::fabs(x[i]);
    }
  return best;
}

// DLASWP(n, A, lda, k1, k2, ipiv, 1): row interchanges k1..k2 (inclusive) on n columns.
void dlaswp(int n, double* a, int lda, int k1, int k2, const int* ipiv) {
  for (int i = k1; i <= k2; ++i) {
    const int ip = ipiv[i];
    if (ip == i) continue;
    for (int j = 0; j < n; ++j) std::swap(a[i + j * lda], a[ip + j * lda]);
  }
}

// DTRSM('L', 'L', 'N', 'U'): B := inv(L) B, L unit lower triangular (m x m), B m x n.
void dtrsm_lower_unit(int m, int n, const double* a, int lda, double* b, int ldb) {
  for (int j = 0; j < n; ++j) {
    double* bj = b + j * ldb;
    for (int k = 0; k < m; ++k) {
      if (bj[k] == 0.0) continue;
      for (int i = k + 1; i < m; ++i) bj[i] = bj[i] - bj[k] * a[i + k * lda];
    }
  }
}

// DTRSM('L', 'U', 'N', 'N'): B := inv(U) B, U upper triangular (m x m), B m x n.
void dtrsm_upper(int m, int n, const double* a, int lda, double* b, int ldb) {
  for (int j = 0; j < n; ++j) {
    check_interrupt();
    double* bj = b + j * ldb;
    for (int k = m - 1; k >= 0; --k) {
      if (bj[k] == 0.0) continue;
      bj[k] = bj[k] / a[k + k * lda];
      for (int i = 0; i < k; ++i) bj[i] = bj[i] - bj[k] * a[i + k * lda];
    }
  }
}

// DGEMM('N', 'N', m, n, k, -1, A, lda, B, ldb, 1, C, ldc): C := C - A B.
void dgemm_minus(int m, int n, int k, const double* a, int lda, const double* b, int ldb, double* c,
                 int ldc) {
  for (int j = 0; j < n; ++j) {
    check_interrupt();  // O(n^3) work: stay stoppable
    for (int l = 0; l < k; ++l) {
      const double temp = -1.0 * b[l + j * ldb];
      const double* al = a + l * lda;
      double* cj = c + j * ldc;
      for (int i = 0; i < m; ++i) cj[i] = cj[i] + temp * al[i];
    }
  }
}

// DGETRF2: recursive LU with partial pivoting of an m x n block. ipiv is 0-based and
// relative to the block; returns INFO (0, or 1 + index of the first exactly-zero pivot).
int dgetrf2(int m, int n, double* a, int lda, int* ipiv) {
  if (m == 0 || n == 0) return 0;
  if (m == 1) {
    ipiv[0] = 0;
    return a[0] == 0.0 ? 1 : 0;
  }
  if (n == 1) {
    const int i = idamax(m, a);
    ipiv[0] = i;
    if (a[i] == 0.0) return 1;
    if (i != 0) std::swap(a[0], a[i]);
    if (std::fabs(a[0]) >= DBL_MIN) {  // DLAMCH('S')
      const double r = 1.0 / a[0];
      for (int k = 1; k < m; ++k) a[k] = r * a[k];  // DSCAL
    } else {
      for (int k = 1; k < m; ++k) a[k] = a[k] / a[0];
    }
    return 0;
  }
  const int n1 = std::min(m, n) / 2, n2 = n - n1;
  int info = 0;
  int iinfo = dgetrf2(m, n1, a, lda, ipiv);
  if (info == 0 && iinfo > 0) info = iinfo;
  double* a12 = a + n1 * lda;
  dlaswp(n2, a12, lda, 0, n1 - 1, ipiv);
  dtrsm_lower_unit(n1, n2, a, lda, a12, lda);
  dgemm_minus(m - n1, n2, n1, a + n1, lda, a12, lda, a12 + n1, lda);
  iinfo = dgetrf2(m - n1, n2, a12 + n1, lda, ipiv + n1);
  if (info == 0 && iinfo > 0) info = iinfo + n1;
  for (int i = n1; i < std::min(m, n); ++i) ipiv[i] += n1;
  dlaswp(n1, a, lda, n1, std::min(m, n) - 1, ipiv);
  return info;
}

// DGETRF for a square n x n matrix: blocked (NB = 64, ILAENV's value) above 64 columns.
int dgetrf(int n, double* a, int lda, int* ipiv) {
  const int nb = 64;
  if (nb >= n) return dgetrf2(n, n, a, lda, ipiv);
  int info = 0;
  for (int j = 0; j < n; j += nb) {
    const int jb = std::min(n - j, nb);
    const int iinfo = dgetrf2(n - j, jb, a + j + j * lda, lda, ipiv + j);
    if (info == 0 && iinfo > 0) info = iinfo + j;
    for (int i = j; i < std::min(n, j + jb); ++i) ipiv[i] += j;
    dlaswp(j, a, lda, j, j + jb - 1, ipiv);
    if (j + jb < n) {
      dlaswp(n - j - jb, a + (j + jb) * lda, lda, j, j + jb - 1, ipiv);
      dtrsm_lower_unit(jb, n - j - jb, a + j + j * lda, lda, a + j + (j + jb) * lda, lda);
      dgemm_minus(n - j - jb, n - j - jb, jb, a + (j + jb) + j * lda, lda, a + j + (j + jb) * lda, lda,
                  a + (j + jb) + (j + jb) * lda, lda);
    }
  }
  return info;
}

// DGETRS('N') after DGETRF: solves A X = B in place (B n x nrhs, column-major).
void dgetrs(int n, int nrhs, const double* lu, const int* ipiv, double* b) {
  dlaswp(nrhs, b, n, 0, n - 1, ipiv);
  dtrsm_lower_unit(n, nrhs, lu, n, b, n);
  dtrsm_upper(n, nrhs, lu, n, b, n);
}

}  // namespace

ArrayPtr inv(const ArrayPtr& a) {
  assert_stacked_square(*a);
  const int nd = a->ndim();
  const int64_t n = a->shape[nd - 1];
  const DType rt = linalg_result_type({a.get()});
  ArrayPtr out = new_array(a->shape, rt);
  const Shape batch(a->shape.begin(), a->shape.end() - 2);
  const int64_t count = out->size() ? shape_size(batch) : 0;
  std::vector<double> lu(alloc_count(alloc_mul(n, n), sizeof(double))), b(alloc_count(alloc_mul(n, n), sizeof(double)));
  std::vector<int> ipiv(alloc_count(n, sizeof(int)));
  std::vector<int64_t> idx(batch.size(), 0);
  for (int64_t bi = 0; bi < count; ++bi, next_index(idx, batch)) {
    load_fortran(*a, batch_offset(*a, batch, batch, idx), n, n, a->strides[nd - 2], a->strides[nd - 1],
                 lu.data());
    std::fill(b.begin(), b.end(), 0.0);
    for (int64_t i = 0; i < n; ++i) b[i + i * n] = 1.0;
    if (dgetrf(static_cast<int>(n), lu.data(), static_cast<int>(n), ipiv.data()) > 0)
      raise_linalg_error("Singular matrix");
    dgetrs(static_cast<int>(n), static_cast<int>(n), lu.data(), ipiv.data(), b.data());
    store_c(b.data(), n, n, out->data() + bi * n * n * out->itemsize(), rt);
  }
  return out;
}

void slogdet_values(const ArrayPtr& a, const ArrayPtr& sign_out, const ArrayPtr& logdet_out) {
  assert_stacked_square(*a);
  const int nd = a->ndim();
  const int64_t n = a->shape[nd - 1];
  const Shape batch(a->shape.begin(), a->shape.end() - 2);
  const int64_t count = shape_size(batch);
  std::vector<double> lu(alloc_count(alloc_mul(n, n), sizeof(double)));
  std::vector<int> ipiv(alloc_count(n, sizeof(int)));
  std::vector<int64_t> idx(batch.size(), 0);
  for (int64_t bi = 0; bi < count; ++bi, next_index(idx, batch)) {
    double sign = 1.0, logdet = 0.0;
    if (n > 0) {
      load_fortran(*a, batch_offset(*a, batch, batch, idx), n, n, a->strides[nd - 2], a->strides[nd - 1],
                   lu.data());
      const int info = dgetrf(static_cast<int>(n), lu.data(), static_cast<int>(n), ipiv.data());
      if (info == 0) {
        // umath_linalg's slogdet_single_element / slogdet_from_factored_diagonal
        int changes = 0;
        for (int64_t i = 0; i < n; ++i) changes += ipiv[i] != i;
        sign = (changes % 2) ? -1.0 : 1.0;
        for (int64_t i = 0; i < n; ++i) {
          double e = lu[i + i * n];
          if (e < 0) {
            sign = -sign;
            e = -e;
          }
          logdet += std::log(e);
        }
      } else {
        sign = 0.0;
        logdet = -INFINITY;
      }
    }
    if (sign_out) store_c(&sign, 1, 1, sign_out->data() + bi * sign_out->itemsize(), sign_out->dtype);
    if (logdet_out) store_c(&logdet, 1, 1, logdet_out->data() + bi * logdet_out->itemsize(), logdet_out->dtype);
  }
}

ArrayPtr det(const ArrayPtr& a) {
  assert_stacked_square(*a);
  const DType rt = linalg_result_type({a.get()});
  const Shape batch(a->shape.begin(), a->shape.end() - 2);
  ArrayPtr sign = new_array(batch, DType::Float64), logdet = new_array(batch, DType::Float64);
  slogdet_values(a, sign, logdet);
  ArrayPtr out = new_array(batch, rt);
  const double* sg = reinterpret_cast<const double*>(sign->data());
  const double* ld = reinterpret_cast<const double*>(logdet->data());
  for (int64_t i = 0; i < out->size(); ++i) {
    const double d = sg[i] * std::exp(ld[i]);  // det_from_slogdet
    store_c(&d, 1, 1, out->data() + i * out->itemsize(), rt);
  }
  return out;
}

ArrayPtr solve(const ArrayPtr& a, const ArrayPtr& b) {
  assert_stacked_square(*a);
  const bool vec = b->ndim() == 1;  // gufunc solve1 (m,m),(m)->(m), else solve (m,m),(m,n)->(m,n)
  const char* name = vec ? "solve1" : "solve";
  const char* sig = vec ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
  const int core_b = vec ? 1 : 2;
  if (b->ndim() < core_b)
    raise_value_error(std::string(name) + ": Input operand 1 does not have enough dimensions (has " +
                      std::to_string(b->ndim()) + ", gufunc core with signature " + sig + " requires " +
                      std::to_string(core_b) + ")");
  const int nda = a->ndim(), ndb = b->ndim();
  const int64_t m = a->shape[nda - 1];
  const int64_t bm = b->shape[ndb - core_b];
  if (bm != m)
    raise_value_error(std::string(name) + ": Input operand 1 has a mismatch in its core dimension 0, "
                      "with gufunc signature " + sig + " (size " + std::to_string(bm) +
                      " is different from " + std::to_string(m) + ")");
  const int64_t nrhs = vec ? 1 : b->shape[ndb - 1];
  const Shape ba(a->shape.begin(), a->shape.end() - 2);
  const Shape bb(b->shape.begin(), b->shape.end() - core_b);
  Shape batch(std::max(ba.size(), bb.size()), 1);
  for (const Shape* s : {&ba, &bb})
    for (size_t i = 0; i < s->size(); ++i) {
      int64_t& o = batch[batch.size() - s->size() + i];
      const int64_t d = (*s)[i];
      if (d == o || d == 1) continue;
      if (o != 1) {
        auto remap = [&](const Shape& full, const Shape& own) {
          std::string r = "(";
          for (int64_t v : own) r += std::to_string(v) + ",";
          return shape_str_compact(full) + "->" + r + (vec ? "newaxis)" : "newaxis,newaxis)");
        };
        raise_value_error("operands could not be broadcast together with remapped shapes "
                          "[original->remapped]: " + remap(a->shape, ba) + " " + remap(b->shape, bb) +
                          "  and requested shape " +
                          (vec ? "(" + std::to_string(m) + ",)"
                               : "(" + std::to_string(m) + "," + std::to_string(nrhs) + ")"));
      }
      o = d;
    }
  Shape shape = batch;
  shape.push_back(m);
  if (!vec) shape.push_back(nrhs);
  const DType rt = linalg_result_type({a.get(), b.get()});
  ArrayPtr out = new_array(shape, rt);
  const int64_t count = out->size() ? shape_size(batch) : 0;
  std::vector<double> lu(alloc_count(alloc_mul(m, m), sizeof(double))), x(alloc_count(alloc_mul(m, nrhs), sizeof(double)));
  std::vector<int> ipiv(alloc_count(m, sizeof(int)));
  std::vector<int64_t> idx(batch.size(), 0);
  for (int64_t bi = 0; bi < count; ++bi, next_index(idx, batch)) {
    load_fortran(*a, batch_offset(*a, ba, batch, idx), m, m, a->strides[nda - 2], a->strides[nda - 1],
                 lu.data());
    const int64_t boff = batch_offset(*b, bb, batch, idx);
    if (vec) load_fortran(*b, boff, m, 1, b->strides[ndb - 1], 0, x.data());
    else load_fortran(*b, boff, m, nrhs, b->strides[ndb - 2], b->strides[ndb - 1], x.data());
    if (dgetrf(static_cast<int>(m), lu.data(), static_cast<int>(m), ipiv.data()) > 0)
      raise_linalg_error("Singular matrix");
    dgetrs(static_cast<int>(m), static_cast<int>(nrhs), lu.data(), ipiv.data(), x.data());
    store_c(x.data(), m, nrhs, out->data() + bi * m * nrhs * out->itemsize(), rt);
  }
  return out;
}

}  // namespace sl
