// sort_radix.hpp — an LSD radix sort / argsort for 4- and 8-byte numbers, used as a fast
// path only where its result is provably the one NumPy's algorithms give:
//   * value sort: the sorted sequence is unique unless two elements compare equal with
//     different bits (-0.0 / 0.0) or NaNs (whose order among themselves is algorithm-made):
//     so floats holding a NaN or a -0.0 are refused;
//   * argsort: a stable sort's result is unique, and so is an unstable one's when there are
//     no ties. The radix sort is stable, so the caller either wants a stable argsort, or
//     checks afterwards that no two neighbours of the sorted values are equal (else it redoes
//     the lane with NumPy's introsort, whose tie order is what NumPy prints).
// Keys: bits mapped to unsigned integers whose order is the numeric order (sign bit flipped
// for signed integers; for floats all bits flipped when negative, else the sign bit set).
//
// Not here: 1- and 2-byte types and bool (introsort is quick enough there), NaN handling.
#pragma once
#include <cmath>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>
#include "core/extent.hpp"

namespace sl {
namespace sortk {

template <class T>
constexpr bool radix_ok = (sizeof(T) == 4 || sizeof(T) == 8) && !std::is_same_v<T, bool> && (std::is_integral_v<T> || std::is_floating_point_v<T>);

constexpr int64_t kRadixMin = 256;  // shorter lanes use the comparison sorts

template <class T>
using radix_key_t = std::conditional_t<sizeof(T) == 8, uint64_t, uint32_t>;

template <class T>
inline radix_key_t<T> radix_key(T v) {
  using K = radix_key_t<T>;
  K k;
  std::memcpy(&k, &v, sizeof(K));
  constexpr K sign = K(1) << (sizeof(K) * 8 - 1);
  if constexpr (std::is_floating_point_v<T>) return (k & sign) ? ~k : (k | sign);
  else if constexpr (std::is_signed_v<T>) return k ^ sign;
  else return k;
}

// Whether a lane may take the radix path (floats: no NaN, no -0.0).
template <class T>
bool radix_lane_ok(const T* v, int64_t n) {
  if constexpr (!radix_ok<T>) {
    return false;
  } else {
    if (n < kRadixMin) return false;
    if constexpr (std::is_floating_point_v<T>) {
      for (int64_t i = 0; i < n; ++i) {
        const T x = v[i];
        if (x != x || (x == 0 && std::signbit(x))) return false;
      }
    }
    return true;
  }
}

// Stable LSD radix argsort of v[0..n): idx receives the permutation (any initial content).
// Passes whose digit is the same for every key are skipped.
template <class T>
void radix_argsort(const T* v, int64_t* idx, int64_t n) {
  using K = radix_key_t<T>;
  constexpr int kPasses = sizeof(K);
  std::vector<K> keys(alloc_count(n, sizeof(K))), keys2(static_cast<size_t>(n));
  std::vector<int64_t> idx2(alloc_count(n, sizeof(int64_t)));
  std::vector<uint32_t> hist(static_cast<size_t>(kPasses) * 256, 0);
  for (int64_t i = 0; i < n; ++i) {
    const K k = radix_key(v[i]);
    keys[i] = k;
    idx[i] = i;
    for (int p = 0; p < kPasses; ++p) ++hist[p * 256 + ((k >> (8 * p)) & 0xff)];
  }
  K* ks = keys.data();
  K* kd = keys2.data();
  int64_t* is = idx;
  int64_t* id = idx2.data();
  for (int p = 0; p < kPasses; ++p) {
    uint32_t* h = &hist[p * 256];
    bool trivial = false;
    for (int b = 0; b < 256; ++b)
      if (h[b] == static_cast<uint64_t>(n)) trivial = true;
    if (trivial) continue;
    uint32_t sum = 0;
    for (int b = 0; b < 256; ++b) {
      const uint32_t c = h[b];
      h[b] = sum;
      sum += c;
    }
    for (int64_t i = 0; i < n; ++i) {
      const K k = ks[i];
      const uint32_t pos = h[(k >> (8 * p)) & 0xff]++;
      kd[pos] = k;
      id[pos] = is[i];
    }
    std::swap(ks, kd);
    std::swap(is, id);
  }
  if (is != idx) std::memcpy(idx, is, static_cast<size_t>(n) * sizeof(int64_t));
}

template <class T>
inline T radix_unkey(radix_key_t<T> k) {
  using K = radix_key_t<T>;
  constexpr K sign = K(1) << (sizeof(K) * 8 - 1);
  if constexpr (std::is_floating_point_v<T>) k = (k & sign) ? (k ^ sign) : ~k;
  else if constexpr (std::is_signed_v<T>) k ^= sign;
  T v;
  std::memcpy(&v, &k, sizeof(T));
  return v;
}

// Value sort in place: the keys are sorted and mapped back.
template <class T>
void radix_sort(T* v, int64_t n) {
  using K = radix_key_t<T>;
  constexpr int kPasses = sizeof(K);
  std::vector<K> keys(alloc_count(n, sizeof(K))), keys2(static_cast<size_t>(n));
  std::vector<uint32_t> hist(static_cast<size_t>(kPasses) * 256, 0);
  for (int64_t i = 0; i < n; ++i) {
    const K k = radix_key(v[i]);
    keys[i] = k;
    for (int p = 0; p < kPasses; ++p) ++hist[p * 256 + ((k >> (8 * p)) & 0xff)];
  }
  K* ks = keys.data();
  K* kd = keys2.data();
  for (int p = 0; p < kPasses; ++p) {
    uint32_t* h = &hist[p * 256];
    bool trivial = false;
    for (int b = 0; b < 256; ++b)
      if (h[b] == static_cast<uint64_t>(n)) trivial = true;
    if (trivial) continue;
    uint32_t sum = 0;
    for (int b = 0; b < 256; ++b) {
      const uint32_t c = h[b];
      h[b] = sum;
      sum += c;
    }
    for (int64_t i = 0; i < n; ++i) {
      const K k = ks[i];
      kd[h[(k >> (8 * p)) & 0xff]++] = k;
    }
    std::swap(ks, kd);
  }
  for (int64_t i = 0; i < n; ++i) v[i] = radix_unkey<T>(ks[i]);
}

// True when some neighbours of v taken in idx order compare equal (a tie).
template <class T>
bool has_ties(const T* v, const int64_t* idx, int64_t n) {
  for (int64_t i = 1; i < n; ++i)
    if (v[idx[i]] == v[idx[i - 1]]) return true;
  return false;
}

}  // namespace sortk
}  // namespace sl
