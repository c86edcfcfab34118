// GoogleTest for the cache-blocked float64/float32 product kernel (core/matmul_kernel).
//
// 1. The kernel against the plain loop it replaced (every output summed in l order from +0):
//    bit-identical for shapes that cross every tile and cache-block edge (MR/NR remainders,
//    KC = 256, MC = 96, NC = 1024), strided destinations, the transposed (matrix @ vector)
//    path, and inputs with infinities, NaNs, signed zeros, subnormals and huge values.
// 2. np.matmul / np.dot through the kernel against NumPy's bytes: FNV-1a hashes of results
//    of CPython + NumPy 1.24 (/usr/bin/python3, netlib BLAS) for the same LCG inputs as
//    linalg_test.cpp's RND, computed by
//      def rnd(shape, seed): x = seed; for each element: x = (x*6364136223846793005 +
//          1442695040888963407) % 2**64; v = (x >> 11) * 2.0**-53 - 0.5
//      def fnv(a): h = 1469598103934665603; for byte in a.tobytes(): h = ((h ^ byte) *
//          1099511628211) % 2**64
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/linalg_products.hpp"
#include "core/matmul_kernel.hpp"
#include "core/views.hpp"

using namespace sl;

namespace {

uint64_t lcg(uint64_t& x) {
  x = x * 6364136223846793005ULL + 1442695040888963407ULL;
  return x;
}

// mostly ordinary values, some special ones (every 7th draw) when `specials`
template <class T>
std::vector<T> values(int64_t count, uint64_t seed, bool specials) {
  std::vector<T> v(static_cast<size_t>(count));
  uint64_t x = seed;
  const T table[] = {std::numeric_limits<T>::infinity(), -std::numeric_limits<T>::infinity(),
                     std::numeric_limits<T>::quiet_NaN(), T(0), -T(0), std::numeric_limits<T>::denorm_min(),
                     std::numeric_limits<T>::max() / T(4), T(1e-30)};
  for (auto& e : v) {
    const uint64_t r = lcg(x);
    if (specials && (r >> 60) == 7)
      e = table[(r >> 20) % 8];
    else
      e = static_cast<T>(static_cast<double>(r >> 11) * 0x1p-53 - 0.5) * T(r & 1 ? 3 : 1);
  }
  return v;
}

template <class T>
bool same_bits(T a, T b) {
  if (std::isnan(a) && std::isnan(b)) return true;  // NaN payloads are not printed
  return std::memcmp(&a, &b, sizeof(T)) == 0;
}

// strided_ab: A stored column-major and Bt as B itself (row-major k x m), read in place by
// the kernel through their strides (linalg_products passes views, no copies)
template <class T>
void check_against_plain_loop(int64_t n, int64_t m, int64_t k, bool specials, bool strided_c, bool strided_ab = false) {
  const std::vector<T> A = values<T>(n * k, 11 + n * 7 + k, specials), Bt = values<T>(m * k, 23 + m * 5 + k, specials);
  // C strided: transposed destination (column-major n x m)
  const int64_t rsc = strided_c ? 1 : m, csc = strided_c ? n : 1;
  std::vector<T> C(static_cast<size_t>(n * m), T(42));
  if (strided_ab) {
    std::vector<T> Acol(A.size()), B(Bt.size());
    for (int64_t i = 0; i < n; ++i)
      for (int64_t l = 0; l < k; ++l) Acol[static_cast<size_t>(l * n + i)] = A[static_cast<size_t>(i * k + l)];
    for (int64_t j = 0; j < m; ++j)
      for (int64_t l = 0; l < k; ++l) B[static_cast<size_t>(l * m + j)] = Bt[static_cast<size_t>(j * k + l)];
    blocked_product(Acol.data(), 1, n, B.data(), 1, m, C.data(), rsc, csc, n, m, k);
  } else {
    blocked_product(A.data(), k, 1, Bt.data(), k, 1, C.data(), rsc, csc, n, m, k);
  }
  for (int64_t i = 0; i < n; ++i)
    for (int64_t j = 0; j < m; ++j) {
      T acc{};
      for (int64_t l = 0; l < k; ++l) acc = acc + A[i * k + l] * Bt[j * k + l];
      const T got = C[i * rsc + j * csc];
      ASSERT_TRUE(same_bits(acc, got)) << "n=" << n << " m=" << m << " k=" << k << " at (" << i << "," << j
                                       << "): " << got << " != " << acc;
    }
}

TEST(MatmulKernel, BitIdenticalToSequentialSums) {
  const int64_t dims[] = {1, 2, 3, 4, 5, 7, 8, 9, 13, 17, 33};
  for (int64_t n : dims)
    for (int64_t m : dims)
      for (int64_t k : {int64_t(0), int64_t(1), int64_t(5), int64_t(31)}) {
        check_against_plain_loop<double>(n, m, k, true, false);
        check_against_plain_loop<float>(n, m, k, true, false);
      }
}

TEST(MatmulKernel, CacheBlockEdges) {
  // k across KC (256), n across MC (96), m across NC (1024), remainders of every tile size
  check_against_plain_loop<double>(97, 21, 513, true, false);
  check_against_plain_loop<float>(101, 19, 300, true, false);
  check_against_plain_loop<double>(5, 1030, 40, false, false);
  check_against_plain_loop<float>(3, 1033, 17, false, false);
  check_against_plain_loop<double>(193, 9, 257, false, true);
}

TEST(MatmulKernel, OperandsReadThroughStrides) {
  const int64_t dims[] = {1, 3, 4, 9, 17};
  for (int64_t n : dims)
    for (int64_t m : dims)
      for (int64_t k : {int64_t(1), int64_t(5), int64_t(31)}) {
        check_against_plain_loop<double>(n, m, k, true, false, true);
        check_against_plain_loop<float>(n, m, k, true, true, true);
      }
  check_against_plain_loop<double>(97, 21, 513, true, false, true);
  check_against_plain_loop<double>(300, 1, 70, true, false, true);  // the transposed path
  check_against_plain_loop<float>(3, 1033, 17, false, false, true);
}

TEST(MatmulKernel, MatrixVectorAndStridedDestination) {
  check_against_plain_loop<double>(300, 1, 70, true, false);
  check_against_plain_loop<double>(1, 300, 70, true, false);
  check_against_plain_loop<float>(77, 3, 260, true, true);
  check_against_plain_loop<double>(2, 50, 9, true, true);
}

// ---- through np.matmul / np.dot, against NumPy's bytes ------------------------------------

ArrayPtr rnd(const Shape& shape, uint64_t seed, DType t = DType::Float64) {
  ArrayPtr a = new_array(shape, DType::Float64);
  double* d = reinterpret_cast<double*>(a->data());
  uint64_t x = seed;
  for (int64_t i = 0; i < a->size(); ++i) d[i] = static_cast<double>(lcg(x) >> 11) * 0x1p-53 - 0.5;
  return t == DType::Float64 ? a : astype(a, t, 'C');
}

uint64_t fnv(const ArrayPtr& a) {
  ArrayPtr c = copy_array(a, 'C');
  uint64_t h = 1469598103934665603ULL;
  const uint8_t* p = c->data();
  for (int64_t i = 0; i < c->size() * c->itemsize(); ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
  return h;
}

TEST(MatmulKernel, NumPyBytes) {
  ArrayPtr a = rnd({300, 300}, 1), b = rnd({300, 300}, 2);
  EXPECT_EQ(fnv(matmul(a, b)), 3014085251266480873ULL);
  EXPECT_EQ(fnv(dot(a, b)), 3014085251266480873ULL);
  EXPECT_EQ(fnv(matmul(rnd({97, 300}, 3), rnd({300, 1030}, 4))), 15008318695831412791ULL);
  EXPECT_EQ(fnv(matmul(rnd({130, 270}, 5, DType::Float32), rnd({270, 70}, 6, DType::Float32))),
            14874998736984406472ULL);
  EXPECT_EQ(fnv(matmul(rnd({300, 300}, 7), rnd({300}, 8))), 1184386859413396685ULL);
  EXPECT_EQ(fnv(matmul(rnd({300}, 9), rnd({300, 200}, 10))), 13586660341861214106ULL);
  EXPECT_EQ(fnv(matmul(rnd({3, 50, 40}, 11), rnd({3, 40, 60}, 12))), 842576259981363583ULL);
  EXPECT_EQ(fnv(dot(rnd({3, 50, 40}, 11), rnd({3, 40, 60}, 12))), 12753335137712524504ULL);
  EXPECT_EQ(fnv(matmul(rnd({200, 64}, 13, DType::Float32), rnd({64}, 14, DType::Float32))),
            2146446099531692671ULL);
  ArrayPtr s = rnd({120, 80}, 15);
  EXPECT_EQ(fnv(matmul(s, transpose(s))), 10184995826905672057ULL);  // NumPy: dsyrk
}

}  // namespace
