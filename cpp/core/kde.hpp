// kde.hpp — Gaussian kernel density estimation with SciPy's exact arithmetic
// (scipy.stats.gaussian_kde, SciPy 1.10, unweighted data).
//
// The numbers have to print like SciPy's, so every step follows the operation order of the
// code SciPy actually runs on the reference machine (NumPy + reference BLAS/LAPACK):
//   - weights w = 1/n each, neff = 1 / pairwise_sum(w*w);
//   - data covariance = np.cov(dataset, aweights=w) (ddof=1): pairwise-summed weighted mean,
//     w_sum - sum(w*w)/w_sum as the normalisation, products summed left to right (BLAS
//     ddot/dgemm), multiplied by 1/fact;
//   - Cholesky factor (lower) by LAPACK's recursive dpotrf2 (dtrsm by reciprocal, dsyrk);
//   - evaluation = SciPy's gaussian_kernel_estimate: points and data whitened by forward
//     substitution with the scaled factor (dtrsm, dividing by the diagonal), then for each
//     data point, for each evaluation point, estimate += w * exp(-r2/2) * norm.
// It deliberately does not do weights, resampling, integrate_box (d > 1) or logpdf.
// Data are d x n row-major doubles (row k = coordinate k of every point).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace sl {

struct KdeModel {
  int64_t d = 0, n = 0;
  std::vector<double> data;        // d*n, row-major
  std::vector<double> weights;     // n values 1/n
  double neff = 0;
  double factor = 0;
  std::vector<double> data_cov;    // d*d, np.cov(dataset, aweights=w)
  std::vector<double> data_cho;    // d*d, lower Cholesky factor of data_cov (upper zeroed)
  std::vector<double> covariance;  // data_cov * factor**2
  std::vector<double> cho_cov;     // data_cho * factor
};

// Fills d, n, data, weights and neff. Raises ValueError like SciPy for datasets with
// fewer than 2 elements or more dimensions than points.
void kde_set_data(KdeModel& k, std::vector<double> data, int64_t d, int64_t n);
double kde_scotts_factor(const KdeModel& k);      // neff ** (-1/(d+4))
double kde_silverman_factor(const KdeModel& k);   // (neff*(d+2)/4) ** (-1/(d+4))
// Sets factor and computes the covariances (data_cov/data_cho once). Raises
// numpy.linalg.LinAlgError with SciPy's "lower-dimensional subspace" message when the data
// covariance is not positive definite, ValueError when it holds infs or NaNs.
void kde_set_factor(KdeModel& k, double factor);
// Density at m points given as d x m row-major doubles.
std::vector<double> kde_evaluate(const KdeModel& k, const std::vector<double>& points, int64_t m);
// integrate_box_1d for d == 1 (ValueError otherwise)
double kde_integrate_box_1d(const KdeModel& k, double low, double high);

// Building blocks, exposed for tests.
// np.cov(x, aweights=w) for x d x n (ddof=1) -> d*d
std::vector<double> weighted_cov(const std::vector<double>& x, int64_t d, int64_t n,
                                 const std::vector<double>& w);
// LAPACK dpotrf2 (lower) in place on a row-major d x d matrix; returns info (0 = ok).
int cholesky_lower_inplace(std::vector<double>& a, int64_t d);

}  // namespace sl
