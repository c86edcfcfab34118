// kde.cpp — gaussian_kde arithmetic (see kde.hpp for the operation order it reproduces).
#include "core/kde.hpp"

#include <cmath>

#include "core/errors.hpp"
#include "core/reduce_pairwise.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

const char* const kSubspaceMessage =
    "The data appears to lie in a lower-dimensional subspace of the space in which it is "
    "expressed. This has resulted in a singular data covariance matrix, which cannot be "
    "treated using the algorithms implemented in `gaussian_kde`. Consider performing "
    "principle component analysis / dimensionality reduction and using `gaussian_kde` with "
    "the transformed data.";

// Reference BLAS dtrsm('R', 'L', 'T', 'N'): B (m x k, row stride ldb) := B * inv(L^T),
// L = k x k lower at `l` (row stride ldl). Divides through the reciprocal, as BLAS does.
void trsm_right_lower_trans(const double* l, int64_t ldl, double* b, int64_t ldb, int64_t m, int64_t k) {
  for (int64_t kk = 0; kk < k; ++kk) {
    const double temp = 1.0 / l[kk * ldl + kk];
    for (int64_t i = 0; i < m; ++i) b[i * ldb + kk] = temp * b[i * ldb + kk];
    for (int64_t j = kk + 1; j < k; ++j) {
      const double a = l[j * ldl + kk];
      if (a != 0.0)
        for (int64_t i = 0; i < m; ++i) b[i * ldb + j] = b[i * ldb + j] - a * b[i * ldb + kk];
    }
  }
}

// Reference BLAS dsyrk('L', 'N') with alpha = -1, beta = 1: C (n x n lower) -= A A^T, A n x k.
void syrk_lower_minus(const double* a, int64_t lda, double* c, int64_t ldc, int64_t n, int64_t k) {
  for (int64_t j = 0; j < n; ++j)
    for (int64_t l = 0; l < k; ++l) {
      const double ajl = a[j * lda + l];
      if (ajl != 0.0) {
        const double temp = -1.0 * ajl;
        for (int64_t i = j; i < n; ++i) c[i * ldc + j] = c[i * ldc + j] + temp * a[i * lda + l];
      }
    }
}

// LAPACK dpotrf2 (recursive, lower) on the n x n block at `a` (row stride lda).
int potrf2(double* a, int64_t lda, int64_t n) {
  if (n == 0) return 0;
  if (n == 1) {
    if (a[0] <= 0.0 || std::isnan(a[0])) return 1;
    a[0] = std::sqrt(a[0]);
    return 0;
  }
  const int64_t n1 = n / 2, n2 = n - n1;
  int info = potrf2(a, lda, n1);
  if (info) return info;
  double* a21 = a + n1 * lda;
  double* a22 = a + n1 * lda + n1;
  trsm_right_lower_trans(a, lda, a21, lda, n2, n1);
  syrk_lower_minus(a21, lda, a22, lda, n2, n1);
  info = potrf2(a22, lda, n2);
  return info ? info + static_cast<int>(n1) : 0;
}

double pw_sum(const std::vector<double>& v) { return pairwise_sum_contig(v.data(), static_cast<int64_t>(v.size())); }

}  // namespace

std::vector<double> weighted_cov(const std::vector<double>& x, int64_t d, int64_t n, const std::vector<double>& w) {
  // np.average(X, axis=1, weights=w, returned=True)
  const double scl = pw_sum(w);
  std::vector<double> xc(x), row(alloc_count(n, sizeof(double)));
  for (int64_t i = 0; i < d; ++i) {
    for (int64_t l = 0; l < n; ++l) row[l] = x[i * n + l] * w[l];
    const double avg = pairwise_sum_contig(row.data(), n) / scl;
    for (int64_t l = 0; l < n; ++l) xc[i * n + l] = x[i * n + l] - avg;  // X -= avg[:, None]
  }
  std::vector<double> ww(alloc_count(n, sizeof(double)));
  for (int64_t l = 0; l < n; ++l) ww[l] = w[l] * w[l];
  const double fact = scl - 1.0 * pw_sum(ww) / scl;  // w_sum - ddof*sum(w*aweights)/w_sum
  const double inv = fact <= 0 ? 1.0 / 0.0 : 1.0 / fact;
  std::vector<double> xw(xc.size());
  for (int64_t i = 0; i < d; ++i)
    for (int64_t l = 0; l < n; ++l) xw[i * n + l] = xc[i * n + l] * w[l];
  std::vector<double> c(alloc_count(alloc_mul(d, d), sizeof(double)));
  for (int64_t i = 0; i < d; ++i)
    for (int64_t j = 0; j < d; ++j) {
      double s = 0.0;  // BLAS ddot / dgemm: left to right
      for (int64_t l = 0; l < n; ++l) s = s + xc[i * n + l] * xw[j * n + l];
      c[i * d + j] = s * inv;
    }
  return c;
}

int cholesky_lower_inplace(std::vector<double>& a, int64_t d) {
  int info = potrf2(a.data(), d, d);
  for (int64_t i = 0; i < d; ++i)
    for (int64_t j = i + 1; j < d; ++j) a[i * d + j] = 0.0;
  return info;
}

void kde_set_data(KdeModel& k, std::vector<double> data, int64_t d, int64_t n) {
  if (!(d * n > 1)) raise_value_error("`dataset` input should have multiple elements.");
  k.d = d;
  k.n = n;
  k.data = std::move(data);
  k.weights.assign(alloc_count(n), 1.0 / static_cast<double>(n));
  std::vector<double> ww(k.weights.size());
  for (size_t i = 0; i < ww.size(); ++i) ww[i] = k.weights[i] * k.weights[i];
  k.neff = 1.0 / pw_sum(ww);
  if (d > n)
    raise_value_error(
        "Number of dimensions is greater than number of samples. This results in a singular "
        "data covariance matrix, which cannot be treated using the algorithms implemented in "
        "`gaussian_kde`. Note that `gaussian_kde` interprets each *column* of `dataset` to be "
        "a point; consider transposing the input to `dataset`.");
  k.data_cov.clear();
}

double kde_scotts_factor(const KdeModel& k) { return std::pow(k.neff, -1.0 / static_cast<double>(k.d + 4)); }

double kde_silverman_factor(const KdeModel& k) {
  return std::pow(k.neff * (static_cast<double>(k.d) + 2.0) / 4.0, -1.0 / static_cast<double>(k.d + 4));
}

void kde_set_factor(KdeModel& k, double factor) {
  k.factor = factor;
  if (k.data_cov.empty()) {
    std::vector<double> cov = weighted_cov(k.data, k.d, k.n, k.weights);
    for (double v : cov)
      if (!std::isfinite(v)) raise_value_error("array must not contain infs or NaNs");
    std::vector<double> cho = cov;
    if (cholesky_lower_inplace(cho, k.d) != 0) raise(ErrorType::LinAlgError, kSubspaceMessage);
    k.data_cov = std::move(cov);
    k.data_cho = std::move(cho);
  }
  const double f2 = std::pow(factor, 2.0);
  k.covariance.resize(k.data_cov.size());
  k.cho_cov.resize(k.data_cho.size());
  for (size_t i = 0; i < k.data_cov.size(); ++i) k.covariance[i] = k.data_cov[i] * f2;
  for (size_t i = 0; i < k.data_cho.size(); ++i) k.cho_cov[i] = k.data_cho[i] * factor;
}

namespace {
// dtrsm('L', 'L', 'N', 'N') on a d x m row-major block: Y = inv(L) X (divides).
std::vector<double> whiten(const std::vector<double>& l, int64_t d, std::vector<double> x, int64_t m) {
  for (int64_t j = 0; j < m; ++j)
    for (int64_t kk = 0; kk < d; ++kk) {
      double& bk = x[kk * m + j];
      if (bk != 0.0) {
        bk = bk / l[kk * d + kk];
        for (int64_t i = kk + 1; i < d; ++i) x[i * m + j] = x[i * m + j] - bk * l[i * d + kk];
      }
    }
  return x;
}
}  // namespace

std::vector<double> kde_evaluate(const KdeModel& k, const std::vector<double>& points, int64_t m) {
  const int64_t d = k.d, n = k.n;
  std::vector<double> pts = whiten(k.cho_cov, d, k.data, n);
  std::vector<double> xi = whiten(k.cho_cov, d, points, m);
  double log_det = 0.0;  // np.log(np.diag(cho_cov)).sum(): d < 8, left to right
  {
    std::vector<double> logs(alloc_count(d, sizeof(double)));
    for (int64_t i = 0; i < d; ++i) logs[i] = std::log(k.cho_cov[i * d + i]);
    log_det = pw_sum(logs);
  }
  const double norm = std::pow(2 * M_PI, -static_cast<double>(d) / 2.) * std::exp(-log_det);
  std::vector<double> est(alloc_count(m, sizeof(double)), 0.0);
  for (int64_t i = 0; i < n; ++i) {
    const double wi = k.weights[i];
    for (int64_t j = 0; j < m; ++j) {
      double arg = 0;
      for (int64_t kk = 0; kk < d; ++kk) {
        const double r = pts[kk * n + i] - xi[kk * m + j];
        arg += r * r;
      }
      arg = std::exp(-arg / 2.) * norm;
      est[j] += wi * arg;
    }
  }
  return est;
}

double kde_integrate_box_1d(const KdeModel& k, double low, double high) {
  if (k.d != 1) raise_value_error("integrate_box_1d() only handles 1D pdfs");
  const double stdev = std::sqrt(k.covariance[0]);
  auto ndtr = [](double a) {  // cephes ndtr
    const double x = a * M_SQRT1_2, z = std::fabs(x);
    if (z < M_SQRT1_2) return 0.5 + 0.5 * std::erf(x);
    double y = 0.5 * std::erfc(z);
    return x > 0 ? 1.0 - y : y;
  };
  std::vector<double> terms(alloc_count(k.n, sizeof(double)));
  for (int64_t i = 0; i < k.n; ++i) {
    const double lo = (low - k.data[i]) / stdev, hi = (high - k.data[i]) / stdev;
    terms[i] = k.weights[i] * (ndtr(hi) - ndtr(lo));
  }
  return pw_sum(terms);
}

}  // namespace sl
