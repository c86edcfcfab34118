// reduce_pairwise.hpp — NumPy's pairwise summation (numpy/_core/src/umath/loops_utils.h.src,
// @TYPE@_pairwise_sum), reproduced operation for operation so float sums are bit-identical:
// runs shorter than 8 are summed left to right from 0; runs up to 128 use 8 interleaved
// accumulators combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)) plus a sequential tail;
// longer runs split at n/2 rounded down to a multiple of 8 and recurse.
//
// It only ever sees one inner-loop run: how NumPy cuts an axis into runs (buffer blocks of
// 8192, iteration order) is reduce_iter's business.
#pragma once
#include <cstdint>
#include <cstring>

namespace sl {

template <class T>
inline T pw_load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

// Contiguous fast path: same arithmetic, plain indexing the compiler can vectorise
// (8 independent accumulator lanes).
template <class T>
T pairwise_sum_contig(const T* a, int64_t n) {
  if (n < 8) {
    T res = 0.;
    for (int64_t i = 0; i < n; ++i) res += a[i];
    return res;
  }
  if (n <= 128) {
    T r[8];
    for (int j = 0; j < 8; ++j) r[j] = a[j];
    int64_t i = 8;
    const int64_t end = n - (n % 8);
    for (; i < end; i += 8)
      for (int j = 0; j < 8; ++j) r[j] += a[i + j];
    T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += a[i];
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_sum_contig(a, n2) + pairwise_sum_contig(a + n2, n - n2);
}

template <class T>
T pairwise_sum(const char* a, int64_t n, int64_t stride) {
  if (stride == static_cast<int64_t>(sizeof(T)) &&
      reinterpret_cast<uintptr_t>(a) % alignof(T) == 0)
    return pairwise_sum_contig(reinterpret_cast<const T*>(a), n);
  if (n < 8) {
    T res = 0.;
    for (int64_t i = 0; i < n; ++i) res += pw_load<T>(a + i * stride);
    return res;
  }
  if (n <= 128) {
    T r[8];
    for (int j = 0; j < 8; ++j) r[j] = pw_load<T>(a + j * stride);
    int64_t i = 8;
    const int64_t end = n - (n % 8);
    for (; i < end; i += 8)
      for (int j = 0; j < 8; ++j) r[j] += pw_load<T>(a + (i + j) * stride);
    T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
    for (; i < n; ++i) res += pw_load<T>(a + i * stride);
    return res;
  }
  int64_t n2 = n / 2;
  n2 -= n2 % 8;
  return pairwise_sum<T>(a, n2, stride) + pairwise_sum<T>(a + n2 * stride, n - n2, stride);
}

}  // namespace sl
