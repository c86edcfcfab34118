// GoogleTest for the complex side of np.linalg.eig (linalg_eig.cpp), which no golden program
// can show until stridelab has complex dtypes: eig_parts' packed LAPACK results against what
// CPython + NumPy 1.24 (reference LAPACK) print for the same matrices, e.g.
//   w, v = np.linalg.eig(np.array([[0., -1.], [1., 0.]])); w.real, w.imag, v.real, v.imag
// (a pair j, j+1 packs v[:, j].real into vr column j and v[:, j].imag into column j+1), and the
// NotImplementedError eig/eigvals raise for such matrices meanwhile.
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/linalg_decomp.hpp"

using namespace sl;

namespace {

ArrayPtr square(const std::vector<double>& rows, int64_t n, DType dt = DType::Float64) {
  ArrayPtr a = new_array({n, n}, DType::Float64);
  double* d = reinterpret_cast<double*>(a->data());
  for (size_t i = 0; i < rows.size(); ++i) d[i] = rows[i];
  if (dt == DType::Float64) return a;
  ArrayPtr f = new_array({n, n}, dt);
  float* o = reinterpret_cast<float*>(f->data());
  for (size_t i = 0; i < rows.size(); ++i) o[i] = static_cast<float>(rows[i]);
  return f;
}

std::vector<double> values(const ArrayPtr& a) {
  const double* d = reinterpret_cast<const double*>(a->data());
  return std::vector<double>(d, d + shape_size(a->shape));
}

// vr is column-major per matrix: component i of column j at [i + j * n]
std::vector<double> column(const ArrayPtr& vr, int64_t n, int64_t j) {
  std::vector<double> all = values(vr);
  return std::vector<double>(all.begin() + j * n, all.begin() + (j + 1) * n);
}

}  // namespace

TEST(LinalgEig, RotationPair) {
  EigParts p = eig_parts(square({0, -1, 1, 0}, 2), true);
  EXPECT_EQ(values(p.wr), (std::vector<double>{0.0, 0.0}));
  EXPECT_EQ(values(p.wi), (std::vector<double>{1.0, -1.0}));
  EXPECT_EQ(column(p.vr, 2, 0), (std::vector<double>{0.7071067811865475, 0.0}));
  EXPECT_EQ(column(p.vr, 2, 1), (std::vector<double>{0.0, -0.7071067811865475}));
}

TEST(LinalgEig, PairAndRealEigenvalue) {
  EigParts p = eig_parts(square({4, 1, 2, -3, 3, 1, 0.1, 0.2, 1}, 3), true);
  EXPECT_EQ(values(p.wr), (std::vector<double>{3.607956066861635, 3.607956066861635, 0.7840878662767274}));
  EXPECT_EQ(values(p.wi), (std::vector<double>{1.7101882561358213, -1.7101882561358213, 0.0}));
  EXPECT_EQ(column(p.vr, 3, 0), (std::vector<double>{-0.161480266779787, 0.8503095263504882, 0.032510034915664676}));
  EXPECT_EQ(column(p.vr, 3, 1), (std::vector<double>{-0.49820377038162256, 0.0, -0.04042194509984838}));
  EXPECT_EQ(column(p.vr, 3, 2), (std::vector<double>{-0.24312293544307684, -0.6528887950324431, 0.717375396555127}));
  EigParts q = eig_parts(square({1, 2, 0, -2, 1, 0, 0, 0, 3}, 3), false);
  EXPECT_EQ(values(q.wr), (std::vector<double>{1.0, 1.0, 3.0}));
  EXPECT_EQ(values(q.wi), (std::vector<double>{2.0000000000000004, -2.0000000000000004, 0.0}));
}

TEST(LinalgEig, ComplexEigenvaluesGiveComplexResults) {
  // a rotation: eigenvalues +-i, eigenvectors a conjugate pair unpacked from LAPACK's form
  std::vector<ArrayPtr> r = eig(square({0, -1, 1, 0}, 2));
  ASSERT_EQ(r[0]->dtype, DType::Complex128);
  ASSERT_EQ(r[1]->dtype, DType::Complex128);
  const double* w = reinterpret_cast<const double*>(r[0]->data());
  EXPECT_EQ(w[0], 0.0);
  EXPECT_EQ(w[1], 1.0);
  EXPECT_EQ(w[3], -1.0);
  const double* v = reinterpret_cast<const double*>(r[1]->data());
  EXPECT_EQ(v[2], v[0]);    // v[0, 1] = conj(v[0, 0])
  EXPECT_EQ(v[3], -v[1]);
  EXPECT_EQ(eigvals(square({0, -1, 1, 0}, 2, DType::Float32))->dtype, DType::Complex64);
}
