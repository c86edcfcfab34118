// lapack_blas.hpp — the reference BLAS routines (netlib BLAS 3.11, what the reference NumPy
// links) that numpy.linalg's LAPACK calls go through, written so that every floating-point
// operation happens in the same order as the Fortran: column-major storage, 0-based indices,
// `ld` = leading dimension. Only the variants our decompositions call exist (e.g. DSYMV/DSYR2
// for the lower triangle). Compiled without FMA contraction (as Debian's BLAS is), so
// products and sums round separately.
//
// Not here: LAPACK routines (lapack_*.cpp), NumPy-level functions (linalg_decomp.hpp).
#pragma once
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace sl::blas {

// DDOT: sequential sum (the reference unrolls by 5 but adds left to right).
inline double ddot(int n, const double* x, int incx, const double* y, int incy) {
  double t = 0.0;
  for (int i = 0; i < n; ++i) t = t + x[i * incx] * y[i * incy];
  return t;
}

// DAXPY: y += a * x
inline void daxpy(int n, double a, const double* x, int incx, double* y, int incy) {
  if (n <= 0 || a == 0.0) return;
  for (int i = 0; i < n; ++i) y[i * incy] = y[i * incy] + a * x[i * incx];
}

// DSCAL: x = a * x
inline void dscal(int n, double a, double* x, int incx) {
  for (int i = 0; i < n; ++i) x[i * incx] = a * x[i * incx];
}

inline void dswap(int n, double* x, int incx, double* y, int incy) {
  for (int i = 0; i < n; ++i) std::swap(x[i * incx], y[i * incy]);
}

inline void dcopy(int n, const double* x, int incx, double* y, int incy) {
  for (int i = 0; i < n; ++i) y[i * incy] = x[i * incx];
}

// DROT: plane rotation
inline void drot(int n, double* x, int incx, double* y, int incy, double c, double s) {
  for (int i = 0; i < n; ++i) {
    const double t = c * x[i * incx] + s * y[i * incy];
    y[i * incy] = c * y[i * incy] - s * x[i * incx];
    x[i * incx] = t;
  }
}

// IDAMAX: first index of the largest |x|
inline int idamax(int n, const double* x, int incx) {
  if (n < 1) return -1;
  int best = 0;
  double dmax = std::fabs(x[0]);
  for (int i = 1; i < n; ++i)
    if (std::fabs(x[i * incx]) > dmax) {
      best = i;
      dmax = std::fabs(x[i * incx]);
    }
  return best;
}

// DNRM2 (BLAS 3.10+, Blue's algorithm with three accumulators).
inline double dnrm2(int n, const double* x, int incx) {
  if (n <= 0) return 0.0;
  constexpr double tsml = 0x1p-511, tbig = 0x1p486, ssml = 0x1p537, sbig = 0x1p-538;
  bool notbig = true;
  double asml = 0, amed = 0, abig = 0;
  for (int i = 0; i < n; ++i) {
    const double ax = std::fabs(x[i * incx]);
    if (ax > tbig) {
      abig = abig + (ax * sbig) * (ax * sbig);
      notbig = false;
    } else if (ax < tsml) {
      if (notbig) asml = asml + (ax * ssml) * (ax * ssml);
    } else {
      amed = amed + ax * ax;
    }
  }
  double scl = 1.0, sumsq;
  if (abig > 0) {
    if (amed > 0 || std::isnan(amed)) abig = abig + (amed * sbig) * sbig;
    scl = 1.0 / sbig;
    sumsq = abig;
  } else if (asml > 0) {
    if (amed > 0 || std::isnan(amed)) {
      amed = std::sqrt(amed);
      asml = std::sqrt(asml) / ssml;
      double ymin, ymax;
      if (asml > amed) {
        ymin = amed;
        ymax = asml;
      } else {
        ymin = asml;
        ymax = amed;
      }
      scl = 1.0;
      sumsq = ymax * ymax * (1.0 + (ymin / ymax) * (ymin / ymax));
    } else {
      scl = 1.0 / ssml;
      sumsq = asml;
    }
  } else {
    sumsq = amed;
  }
  return scl * std::sqrt(sumsq);
}

// DGEMV('N'): y = alpha*A*x + beta*y, A m x n
inline void dgemv_n(int m, int n, double alpha, const double* a, int lda, const double* x, int incx, double beta,
                    double* y, int incy) {
  if (m == 0 || n == 0 || (alpha == 0.0 && beta == 1.0)) return;
  if (beta != 1.0)
    for (int i = 0; i < m; ++i) y[i * incy] = beta == 0.0 ? 0.0 : beta * y[i * incy];
  if (alpha == 0.0) return;
  for (int j = 0; j < n; ++j) {
    const double temp = alpha * x[j * incx];
    const double* aj = a + j * lda;
    for (int i = 0; i < m; ++i) y[i * incy] = y[i * incy] + temp * aj[i];
  }
}

// DGEMV('T'): y = alpha*A^T*x + beta*y, A m x n
inline void dgemv_t(int m, int n, double alpha, const double* a, int lda, const double* x, int incx, double beta,
                    double* y, int incy) {
  if (m == 0 || n == 0 || (alpha == 0.0 && beta == 1.0)) return;
  if (beta != 1.0)
    for (int j = 0; j < n; ++j) y[j * incy] = beta == 0.0 ? 0.0 : beta * y[j * incy];
  if (alpha == 0.0) return;
  for (int j = 0; j < n; ++j) {
    double temp = 0.0;
    const double* aj = a + j * lda;
    for (int i = 0; i < m; ++i) temp = temp + aj[i] * x[i * incx];
    y[j * incy] = y[j * incy] + alpha * temp;
  }
}

// DGER: A += alpha * x * y^T
inline void dger(int m, int n, double alpha, const double* x, int incx, const double* y, int incy, double* a, int lda) {
  if (m == 0 || n == 0 || alpha == 0.0) return;
  for (int j = 0; j < n; ++j) {
    if (y[j * incy] != 0.0) {
      const double temp = alpha * y[j * incy];
      double* aj = a + j * lda;
      for (int i = 0; i < m; ++i) aj[i] = aj[i] + x[i * incx] * temp;
    }
  }
}

// DSYMV('L'): y = alpha*A*x + beta*y, A symmetric stored in the lower triangle
inline void dsymv_l(int n, double alpha, const double* a, int lda, const double* x, double beta, double* y) {
  if (n == 0 || (alpha == 0.0 && beta == 1.0)) return;
  if (beta != 1.0)
    for (int i = 0; i < n; ++i) y[i] = beta == 0.0 ? 0.0 : beta * y[i];
  if (alpha == 0.0) return;
  for (int j = 0; j < n; ++j) {
    const double temp1 = alpha * x[j];
    double temp2 = 0.0;
    y[j] = y[j] + temp1 * a[j + j * lda];
    for (int i = j + 1; i < n; ++i) {
      y[i] = y[i] + temp1 * a[i + j * lda];
      temp2 = temp2 + a[i + j * lda] * x[i];
    }
    y[j] = y[j] + alpha * temp2;
  }
}

// DSYR2('L'): A += alpha*x*y^T + alpha*y*x^T (lower triangle)
inline void dsyr2_l(int n, double alpha, const double* x, const double* y, double* a, int lda) {
  if (n == 0 || alpha == 0.0) return;
  for (int j = 0; j < n; ++j) {
    if (x[j] != 0.0 || y[j] != 0.0) {
      const double temp1 = alpha * y[j], temp2 = alpha * x[j];
      for (int i = j; i < n; ++i) a[i + j * lda] = a[i + j * lda] + x[i] * temp1 + y[i] * temp2;
    }
  }
}

// DGEMM('N','N'): C = alpha*A*B + beta*C; A m x k, B k x n
inline void dgemm_nn(int m, int n, int k, double alpha, const double* a, int lda, const double* b, int ldb, double beta,
                     double* c, int ldc) {
  if (m == 0 || n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) return;
  for (int j = 0; j < n; ++j) {
    double* cj = c + j * ldc;
    if (beta == 0.0) for (int i = 0; i < m; ++i) cj[i] = 0.0;
    else if (beta != 1.0) for (int i = 0; i < m; ++i) cj[i] = beta * cj[i];
    for (int l = 0; l < k; ++l) {
      const double temp = alpha * b[l + j * ldb];
      const double* al = a + l * lda;
      for (int i = 0; i < m; ++i) cj[i] = cj[i] + temp * al[i];
    }
  }
}

// DGEMM('N','T'): C = alpha*A*B^T + beta*C; A m x k, B n x k
inline void dgemm_nt(int m, int n, int k, double alpha, const double* a, int lda, const double* b, int ldb, double beta,
                     double* c, int ldc) {
  if (m == 0 || n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) return;
  for (int j = 0; j < n; ++j) {
    double* cj = c + j * ldc;
    if (beta == 0.0) for (int i = 0; i < m; ++i) cj[i] = 0.0;
    else if (beta != 1.0) for (int i = 0; i < m; ++i) cj[i] = beta * cj[i];
    for (int l = 0; l < k; ++l) {
      const double temp = alpha * b[j + l * ldb];
      const double* al = a + l * lda;
      for (int i = 0; i < m; ++i) cj[i] = cj[i] + temp * al[i];
    }
  }
}

// DGEMM('T','N'): C = alpha*A^T*B + beta*C; A k x m, B k x n
inline void dgemm_tn(int m, int n, int k, double alpha, const double* a, int lda, const double* b, int ldb, double beta,
                     double* c, int ldc) {
  if (m == 0 || n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) return;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      double temp = 0.0;
      for (int l = 0; l < k; ++l) temp = temp + a[l + i * lda] * b[l + j * ldb];
      double& cij = c[i + j * ldc];
      cij = beta == 0.0 ? alpha * temp : alpha * temp + beta * cij;
    }
}

// DSYRK('L','N'): C = alpha*A*A^T + beta*C (lower); A n x k
inline void dsyrk_ln(int n, int k, double alpha, const double* a, int lda, double beta, double* c, int ldc) {
  if (n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) return;
  for (int j = 0; j < n; ++j) {
    if (beta == 0.0) for (int i = j; i < n; ++i) c[i + j * ldc] = 0.0;
    else if (beta != 1.0) for (int i = j; i < n; ++i) c[i + j * ldc] = beta * c[i + j * ldc];
    for (int l = 0; l < k; ++l) {
      if (a[j + l * lda] != 0.0) {
        const double temp = alpha * a[j + l * lda];
        for (int i = j; i < n; ++i) c[i + j * ldc] = c[i + j * ldc] + temp * a[i + l * lda];
      }
    }
  }
}

// DSYRK('U','T'): C = alpha*A^T*A + beta*C (upper); A k x n
inline void dsyrk_ut(int n, int k, double alpha, const double* a, int lda, double beta, double* c, int ldc) {
  if (n == 0 || ((alpha == 0.0 || k == 0) && beta == 1.0)) return;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i <= j; ++i) {
      double temp = 0.0;
      for (int l = 0; l < k; ++l) temp = temp + a[l + i * lda] * a[l + j * lda];
      double& cij = c[i + j * ldc];
      cij = beta == 0.0 ? alpha * temp : alpha * temp + beta * cij;
    }
}

// DTRSM('R','L','T','N'): B = alpha * B * inv(A^T), A lower n x n, B m x n
inline void dtrsm_rltn(int m, int n, double alpha, const double* a, int lda, double* b, int ldb) {
  for (int k = 0; k < n; ++k) {
    const double temp = 1.0 / a[k + k * lda];
    for (int i = 0; i < m; ++i) b[i + k * ldb] = temp * b[i + k * ldb];
    for (int j = k + 1; j < n; ++j) {
      if (a[j + k * lda] != 0.0) {
        const double t = a[j + k * lda];
        for (int i = 0; i < m; ++i) b[i + j * ldb] = b[i + j * ldb] - t * b[i + k * ldb];
      }
    }
    if (alpha != 1.0)
      for (int i = 0; i < m; ++i) b[i + k * ldb] = alpha * b[i + k * ldb];
  }
}

// DTRSM('L','U','T','N'): B = alpha * inv(A^T) * B, A upper m x m, B m x n
inline void dtrsm_lutn(int m, int n, double alpha, const double* a, int lda, double* b, int ldb) {
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < m; ++i) {
      double temp = alpha * b[i + j * ldb];
      for (int k = 0; k < i; ++k) temp = temp - a[k + i * lda] * b[k + j * ldb];
      temp = temp / a[i + i * lda];
      b[i + j * ldb] = temp;
    }
}

// DLAPY2: sqrt(x^2 + y^2) without needless overflow
inline double dlapy2(double x, double y) {
  const bool xn = std::isnan(x), yn = std::isnan(y);
  double r = 0;
  if (xn) r = x;
  if (yn) r = y;
  if (xn || yn) return r;
  const double xa = std::fabs(x), ya = std::fabs(y);
  const double w = std::max(xa, ya), z = std::min(xa, ya);
  if (z == 0.0 || w > std::numeric_limits<double>::max()) return w;
  return w * std::sqrt(1.0 + (z / w) * (z / w));
}

// DLAMCH values LAPACK uses (eps is the relative machine precision of a rounding machine)
constexpr double kEps = 0x1p-53;         // DLAMCH('E')
constexpr double kSafmin = 0x1p-1022;    // DLAMCH('S')
constexpr double kPrec = 0x1p-52;        // DLAMCH('P') = eps * base

}  // namespace sl::blas
