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
#include <algorithm>
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

// Digit p (8 bits, p = 0 least significant) of x's radix key. The sorts below move the
// values themselves and recompute digits from them (no key arrays; no type punning).
template <class T>
inline int radix_digit(T x, int p) {
  return static_cast<int>((radix_key(x) >> (8 * p)) & 0xff);
}

// LSD passes over digits 0..top of v[0..n) (at most kLsdMax values), ping-ponging with
// scratch; passes whose digit is the same for every value are skipped. Ends sorted in v.
template <class T>
void lsd_digits(T* v, int64_t n, int top, T* scratch) {
  uint32_t hist[sizeof(T)][256] = {};
  for (int64_t i = 0; i < n; ++i) {
    const auto key = radix_key(v[i]);
    for (int p = 0; p <= top; ++p) ++hist[p][(key >> (8 * p)) & 0xff];
  }
  T* src = v;
  T* dst = scratch;
  for (int p = 0; p <= top; ++p) {
    uint32_t* h = hist[p];
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
    for (int64_t i = 0; i < n; ++i) dst[h[radix_digit(src[i], p)]++] = src[i];
    std::swap(src, dst);
  }
  if (src != v) std::memcpy(v, src, static_cast<size_t>(n) * sizeof(T));
}

// Buckets of at most this many values finish with LSD passes through a scratch of that
// size; larger ones are split in place by their top digit (MSD, American flag permutation),
// so a large sort needs no second array: np.sort of 4e6 float64 allocated three more 32 MB
// arrays before (the lane copy and two key buffers; issue 16, memory <= 1.2x NumPy's).
constexpr int64_t kLsdMax = 1 << 16;

template <class T>
void msd_digits(T* v, int64_t n, int digit, T* scratch) {
  if (n <= kLsdMax) {
    lsd_digits(v, n, digit, scratch);
    return;
  }
  int64_t count[256] = {};
  for (int64_t i = 0; i < n; ++i) ++count[radix_digit(v[i], digit)];
  for (int b = 0; b < 256; ++b)
    if (count[b] == n) {  // one bucket: the next digit decides
      if (digit > 0) msd_digits(v, n, digit - 1, scratch);
      return;
    }
  int64_t next[256], end[256];
  int64_t sum = 0;
  for (int b = 0; b < 256; ++b) {
    next[b] = sum;
    sum += count[b];
    end[b] = sum;
  }
  // every value moves straight to its bucket's next free slot; the one it displaces moves on
  for (int b = 0; b < 256; ++b) {
    while (next[b] < end[b]) {
      T x = v[next[b]];
      int d = radix_digit(x, digit);
      while (d != b) {
        std::swap(x, v[next[d]++]);
        d = radix_digit(x, digit);
      }
      v[next[b]++] = x;
    }
  }
  if (digit == 0) return;
  int64_t start = 0;
  for (int b = 0; b < 256; ++b) {
    if (count[b] > 1) msd_digits(v + start, count[b], digit - 1, scratch);
    start += count[b];
  }
}

// Value sort in place (MSD splits of large buckets, LSD passes for small ones, a scratch of
// at most kLsdMax values). The sorted sequence is unique for the lanes radix_lane_ok admits,
// so the algorithm cannot show.
template <class T>
void radix_sort(T* v, int64_t n) {
  std::vector<T> scratch(alloc_count(std::min<int64_t>(n, kLsdMax), sizeof(T)));
  msd_digits(v, n, static_cast<int>(sizeof(T)) - 1, scratch.data());
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
