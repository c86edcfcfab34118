// kde_test.cpp — core/kde against numbers printed by SciPy 1.10 (gaussian_kde) and NumPy
// 1.24 (np.cov with aweights) on the reference machine.
#include <gtest/gtest.h>

#include <cmath>

#include "core/errors.hpp"
#include "core/kde.hpp"

namespace sl {
namespace {

// Relative tolerance of a few ULPs: NumPy's power is SVML on the reference machine.
void expect_close(double got, double want) { EXPECT_NEAR(got, want, 4e-16 * std::fabs(want)) << want; }

TEST(Kde, WeightedCovarianceMatchesNpCov) {
  std::vector<double> d = {0.0, 1, 2, 5, 3, 1.0, 0, 3, 1, 2};
  std::vector<double> w(5, 1.0 / 5);
  std::vector<double> c = weighted_cov(d, 2, 5, w);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0], 3.7);
  EXPECT_EQ(c[1], 0.4);
  EXPECT_EQ(c[2], 0.4000000000000001);  // dot products are not symmetric in rounding
  EXPECT_EQ(c[3], 1.3);
}

TEST(Kde, CholeskyLower) {
  std::vector<double> a = {4, 2, 2, 2, 5, 3, 2, 3, 6};
  ASSERT_EQ(cholesky_lower_inplace(a, 3), 0);
  EXPECT_DOUBLE_EQ(a[0], 2);
  EXPECT_DOUBLE_EQ(a[3], 1);
  EXPECT_DOUBLE_EQ(a[4], 2);
  EXPECT_DOUBLE_EQ(a[6], 1);
  EXPECT_DOUBLE_EQ(a[7], 1);
  EXPECT_DOUBLE_EQ(a[8], 2);
  EXPECT_EQ(a[1], 0);  // upper triangle cleared
  std::vector<double> singular = {1, 1, 1, 1};
  EXPECT_EQ(cholesky_lower_inplace(singular, 2), 2);
}

TEST(Kde, OneDimensionalMatchesScipy) {
  KdeModel k;
  kde_set_data(k, {1.0, 2.0, 4.0, 7.0}, 1, 4);
  kde_set_factor(k, kde_scotts_factor(k));
  expect_close(k.factor, 0.757858283255199);
  expect_close(k.covariance[0], 4.0204442424896225);
  std::vector<double> v = kde_evaluate(k, {0.0, 3.0, 5.0}, 3);
  expect_close(v[0], 0.08108293717362489);
  expect_close(v[1], 0.12489472894581576);
  expect_close(v[2], 0.097211816849826);
}

TEST(Kde, TwoDimensionalMatchesScipy) {
  KdeModel k;
  kde_set_data(k, {0.0, 1, 2, 5, 3, 1.0, 0, 3, 1, 2}, 2, 5);
  kde_set_factor(k, kde_scotts_factor(k));
  expect_close(k.covariance[0], 2.1637731262775213);
  expect_close(k.covariance[1], 0.23392141905702932);
  expect_close(k.covariance[3], 0.7602446119353452);
  std::vector<double> v = kde_evaluate(k, {0.0, 1.5, 0.5, 2.0}, 2);
  expect_close(v[0], 0.0384692622951124);
  expect_close(v[1], 0.03923293020967969);
}

TEST(Kde, Errors) {
  KdeModel k;
  try {
    kde_set_data(k, {1.0}, 1, 1);
    FAIL();
  } catch (const PyError& e) {
    EXPECT_EQ(e.type, ErrorType::ValueError);
  }
  KdeModel c;
  kde_set_data(c, {2.0, 2.0, 2.0}, 1, 3);
  try {
    kde_set_factor(c, 0.5);
    FAIL();
  } catch (const PyError& e) {
    EXPECT_EQ(e.type, ErrorType::LinAlgError);
  }
  KdeModel wide;
  EXPECT_THROW(kde_set_data(wide, std::vector<double>(6, 1.0), 3, 2), PyError);
}

}  // namespace
}  // namespace sl
