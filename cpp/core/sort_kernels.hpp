// sort_kernels.hpp — the typed 1-d sorting algorithms NumPy 1.24 runs, step for step, on a
// contiguous buffer: introsort (median-of-3 quicksort, insertion sort for partitions of at
// most 16 elements, heapsort once the depth budget 2*floor(log2 n) is spent), heapsort, and a
// stable sort. Each comes as a value sort and an index sort ("argsort").
//
// Why step for step: quicksort and heapsort are unstable, so the order of equal elements in
// argsort's output (and of -0.0 vs 0.0 in sort's) is whatever NumPy's exact sequence of
// compares and swaps produces. The stable sort's result is unique, so std::stable_sort with
// the same ordering gives NumPy's timsort/radix-sort answer.
//
// Ordering: NumPy's `less`: plain `<` for integers and bool (compared as raw bytes), and for
// floats `a < b || (b != b && a == a)`, which sorts NaNs to the end and keeps them mutually
// equivalent. Deliberately absent: NumPy's AVX-512 value sort for 32-bit types (x86-simd-sort)
// — machine-specific, and it differs from introsort only in where -0.0/0.0 and NaN payloads
// land.
#pragma once
#include <algorithm>
#include <complex>
#include <cstdint>
#include <type_traits>
#include <utility>

namespace sl {
namespace sortk {

// The element type a kernel works on: bool is handled as its raw byte (NumPy compares
// npy_bool bytes; a view may hold bytes other than 0/1).
template <class T>
using elem_t = std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>;

template <class T>
inline bool less(const T& a, const T& b) {
  if constexpr (std::is_floating_point_v<T>) return a < b || (b != b && a == a);
  else return a < b;
}
// Complex numbers (NumPy's CDOUBLE_LT): lexicographic, NaNs last — R + Rj < R + nanj <
// nan + Rj < nan + nanj.
template <class F>
inline bool less(const std::complex<F>& x, const std::complex<F>& y) {
  const F ar = x.real(), ai = x.imag(), br = y.real(), bi = y.imag();
  if (ar < br) return ai == ai || bi != bi;
  if (ar > br) return bi != bi && ai == ai;
  if (ar == br || (ar != ar && br != br)) return ai < bi || (bi != bi && ai == ai);
  return br != br;
}
template <class T>
inline bool less_equal(const T& a, const T& b) { return !less(b, a); }

// floor(log2(n)) for n >= 1, 0 for n == 0 (npy_get_msb)
inline int msb(uint64_t n) {
  int d = 0;
  while (n >>= 1) ++d;
  return d;
}

constexpr int64_t kSmallQuicksort = 15;

template <class T>
void heapsort(T* start, int64_t n) {
  T* a = start - 1;  // 1-based heap indexing
  T tmp;
  int64_t i, j, l;
  for (l = n >> 1; l > 0; --l) {
    tmp = a[l];
    for (i = l, j = l << 1; j <= n;) {
      if (j < n && less(a[j], a[j + 1])) j += 1;
      if (less(tmp, a[j])) { a[i] = a[j]; i = j; j += j; }
      else break;
    }
    a[i] = tmp;
  }
  for (; n > 1;) {
    tmp = a[n];
    a[n] = a[1];
    n -= 1;
    for (i = 1, j = 2; j <= n;) {
      if (j < n && less(a[j], a[j + 1])) j++;
      if (less(tmp, a[j])) { a[i] = a[j]; i = j; j += j; }
      else break;
    }
    a[i] = tmp;
  }
}

template <class T>
void aheapsort(const T* v, int64_t* tosort, int64_t n) {
  int64_t* a = tosort - 1;
  int64_t i, j, l, tmp;
  for (l = n >> 1; l > 0; --l) {
    tmp = a[l];
    for (i = l, j = l << 1; j <= n;) {
      if (j < n && less(v[a[j]], v[a[j + 1]])) j += 1;
      if (less(v[tmp], v[a[j]])) { a[i] = a[j]; i = j; j += j; }
      else break;
    }
    a[i] = tmp;
  }
  for (; n > 1;) {
    tmp = a[n];
    a[n] = a[1];
    n -= 1;
    for (i = 1, j = 2; j <= n;) {
      if (j < n && less(v[a[j]], v[a[j + 1]])) j++;
      if (less(v[tmp], v[a[j]])) { a[i] = a[j]; i = j; j += j; }
      else break;
    }
    a[i] = tmp;
  }
}

// Introsort over [start, start + num). The explicit stack holds the larger partition, so it
// never exceeds 2 * 64 entries.
template <class T>
void quicksort(T* start, int64_t num) {
  if (num <= 1) return;
  T vp;
  T* pl = start;
  T* pr = start + num - 1;
  T* stack[128];
  T** sptr = stack;
  int depth[128];
  int* psdepth = depth;
  int cdepth = msb(static_cast<uint64_t>(num)) * 2;
  T *pm, *pi, *pj, *pk;
  for (;;) {
    if (cdepth < 0) {
      heapsort(pl, pr - pl + 1);
      goto stack_pop;
    }
    while ((pr - pl) > kSmallQuicksort) {
      pm = pl + ((pr - pl) >> 1);
      if (less(*pm, *pl)) std::swap(*pm, *pl);
      if (less(*pr, *pm)) std::swap(*pr, *pm);
      if (less(*pm, *pl)) std::swap(*pm, *pl);
      vp = *pm;
      pi = pl;
      pj = pr - 1;
      std::swap(*pm, *pj);
      for (;;) {
        do ++pi; while (less(*pi, vp));
        do --pj; while (less(vp, *pj));
        if (pi >= pj) break;
        std::swap(*pi, *pj);
      }
      pk = pr - 1;
      std::swap(*pi, *pk);
      if (pi - pl < pr - pi) {
        *sptr++ = pi + 1;
        *sptr++ = pr;
        pr = pi - 1;
      } else {
        *sptr++ = pl;
        *sptr++ = pi - 1;
        pl = pi + 1;
      }
      *psdepth++ = --cdepth;
    }
    for (pi = pl + 1; pi <= pr; ++pi) {  // insertion sort
      vp = *pi;
      pj = pi;
      pk = pi - 1;
      while (pj > pl && less(vp, *pk)) *pj-- = *pk--;
      *pj = vp;
    }
  stack_pop:
    if (sptr == stack) break;
    pr = *(--sptr);
    pl = *(--sptr);
    cdepth = *(--psdepth);
  }
}

template <class T>
void aquicksort(const T* v, int64_t* tosort, int64_t num) {
  if (num <= 1) return;
  T vp;
  int64_t* pl = tosort;
  int64_t* pr = tosort + num - 1;
  int64_t* stack[128];
  int64_t** sptr = stack;
  int depth[128];
  int* psdepth = depth;
  int cdepth = msb(static_cast<uint64_t>(num)) * 2;
  int64_t *pm, *pi, *pj, *pk, vi;
  for (;;) {
    if (cdepth < 0) {
      aheapsort(v, pl, pr - pl + 1);
      goto stack_pop;
    }
    while ((pr - pl) > kSmallQuicksort) {
      pm = pl + ((pr - pl) >> 1);
      if (less(v[*pm], v[*pl])) std::swap(*pm, *pl);
      if (less(v[*pr], v[*pm])) std::swap(*pr, *pm);
      if (less(v[*pm], v[*pl])) std::swap(*pm, *pl);
      vp = v[*pm];
      pi = pl;
      pj = pr - 1;
      std::swap(*pm, *pj);
      for (;;) {
        do ++pi; while (less(v[*pi], vp));
        do --pj; while (less(vp, v[*pj]));
        if (pi >= pj) break;
        std::swap(*pi, *pj);
      }
      pk = pr - 1;
      std::swap(*pi, *pk);
      if (pi - pl < pr - pi) {
        *sptr++ = pi + 1;
        *sptr++ = pr;
        pr = pi - 1;
      } else {
        *sptr++ = pl;
        *sptr++ = pi - 1;
        pl = pi + 1;
      }
      *psdepth++ = --cdepth;
    }
    for (pi = pl + 1; pi <= pr; ++pi) {
      vi = *pi;
      vp = v[vi];
      pj = pi;
      pk = pi - 1;
      while (pj > pl && less(vp, v[*pk])) *pj-- = *pk--;
      *pj = vi;
    }
  stack_pop:
    if (sptr == stack) break;
    pr = *(--sptr);
    pl = *(--sptr);
    cdepth = *(--psdepth);
  }
}

template <class T>
void stablesort(T* start, int64_t n) {
  std::stable_sort(start, start + n, [](const T& a, const T& b) { return less(a, b); });
}

// Stable index sort; `tosort` may hold any permutation (lexsort chains these).
template <class T>
void astablesort(const T* v, int64_t* tosort, int64_t n) {
  std::stable_sort(tosort, tosort + n, [v](int64_t a, int64_t b) { return less(v[a], v[b]); });
}

}  // namespace sortk
}  // namespace sl
