#include "core/matmul_kernel.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/interrupt.hpp"

// The sums must stay one multiply and one add per term (see the header): no contraction
// into fused multiply-adds (clang's default is to contract within an expression; simd128 and
// baseline x86-64 have no FMA, but a wider target must not change the bits).
#ifdef __clang__
#pragma STDC FP_CONTRACT OFF
#endif

namespace sl {
namespace {

template <class T>
struct Vec;
template <>
struct Vec<double> {
  typedef double type __attribute__((vector_size(16)));
};
template <>
struct Vec<float> {
  typedef float type __attribute__((vector_size(16)));
};

// Cache blocks (elements): an A block MC x KC stays in L2, a packed B micro-panel KC x NR in
// L1 while the MR-row panels of A stream past it; the B block KC x NC in the last level.
constexpr int64_t KC = 256;
constexpr int64_t MC = 96;
constexpr int64_t NC = 1024;

template <class T>
struct Tile {
  using V = typename Vec<T>::type;
  static constexpr int L = 16 / sizeof(T);  // lanes per vector
  static constexpr int NV = 2;               // vectors per tile row (3 measured no faster)
  static constexpr int NR = NV * L;          // columns of the register tile
};

// Rows [r0, r0 + count) x columns [p0, p0 + kc) of a matrix (element (r, l) at
// src[r * rs + l * cs]) as panels of W rows, l-major inside a panel: dst[panel][l][w]. Rows
// past the end are zero (their outputs are never stored). A's rows make the MR panels, Bt's
// rows (B's columns) the NR panels. Reads along whichever of the two directions is
// contiguous in memory.
template <class T, int W>
__attribute__((noinline)) void pack_panels(const T* src, int64_t rs, int64_t cs, int64_t r0, int64_t count, int64_t p0,
                                           int64_t kc, T* dst) {
  for (int64_t rp = 0; rp < count; rp += W) {
    T* panel = dst + (rp / W) * kc * W;
    const int live = static_cast<int>(std::min<int64_t>(W, count - rp));
    if (cs == 1) {
      for (int w = 0; w < live; ++w) {
        const T* row = src + (r0 + rp + w) * rs + p0;
        for (int64_t l = 0; l < kc; ++l) panel[l * W + w] = row[l];
      }
    } else {
      for (int64_t l = 0; l < kc; ++l) {
        const T* col = src + (p0 + l) * cs + (r0 + rp) * rs;
        for (int w = 0; w < live; ++w) panel[l * W + w] = col[w * rs];
      }
    }
    for (int w = live; w < W; ++w)
      for (int64_t l = 0; l < kc; ++l) panel[l * W + w] = T(0);
  }
}

// The MR x NR register tile: continue the sums held in C (or start them at +0 when `first`)
// over kc more terms, in l order, and store the rows x cols valid part back.
// Kept out of line on purpose: V8 runs a wasm function in its baseline compiler (Liftoff)
// until a call returns after the function got hot, with no on-stack replacement, so a
// product inlined into one long call would run its first (often only) time several times
// slower; a tile call returns thousands of times per product and tiers up early.
template <class T, int MR>
__attribute__((noinline)) void micro_tile(int kc, const T* Ap, const T* Bp, T* C, int64_t rsc, int64_t csc, int rows, int cols, bool first) {
  using V = typename Tile<T>::V;
  constexpr int L = Tile<T>::L, NV = Tile<T>::NV, NR = Tile<T>::NR;
  T tile[MR][NR];
  if (first) {
    std::fill(&tile[0][0], &tile[0][0] + MR * NR, T(0));
  } else {
    for (int r = 0; r < MR; ++r)
      for (int c = 0; c < NR; ++c) tile[r][c] = r < rows && c < cols ? C[r * rsc + c * csc] : T(0);
  }
  V acc[MR][NV];
  for (int r = 0; r < MR; ++r)
    for (int v = 0; v < NV; ++v) std::memcpy(&acc[r][v], &tile[r][v * L], sizeof(V));
  // pointer walks with 32-bit counters: no 64-bit index arithmetic in the wasm32 loop
  for (int l = 0; l < kc; ++l, Ap += MR, Bp += NR) {
    V b[NV];
    for (int v = 0; v < NV; ++v) std::memcpy(&b[v], Bp + v * L, sizeof(V));
    for (int r = 0; r < MR; ++r) {
      V a;
      for (int q = 0; q < L; ++q) a[q] = Ap[r];  // splat, keeping the sign of zero
      for (int v = 0; v < NV; ++v) acc[r][v] = acc[r][v] + a * b[v];
    }
  }
  for (int r = 0; r < MR; ++r)
    for (int v = 0; v < NV; ++v) std::memcpy(&tile[r][v * L], &acc[r][v], sizeof(V));
  for (int r = 0; r < rows; ++r)
    for (int c = 0; c < cols; ++c) C[r * rsc + c * csc] = tile[r][c];
}

template <class T, int MR>
void blocked(const T* A, int64_t ars, int64_t acs, const T* Bt, int64_t brs, int64_t bcs, T* C, int64_t rsc,
             int64_t csc, int64_t n, int64_t m, int64_t k) {
  constexpr int NR = Tile<T>::NR;
  const int64_t kcap = std::min(k, KC);
  const int64_t ncap = (std::min(m, NC) + NR - 1) / NR * NR;
  const int64_t mcap = (std::min(n, MC) + MR - 1) / MR * MR;
  std::vector<T> Bp(static_cast<size_t>(kcap * ncap)), Ap(static_cast<size_t>(kcap * mcap));
  for (int64_t j0 = 0; j0 < m; j0 += NC) {
    const int64_t nc = std::min(NC, m - j0);
    for (int64_t p0 = 0; p0 < k; p0 += KC) {
      const int64_t kc = std::min(KC, k - p0);
      pack_panels<T, NR>(Bt, brs, bcs, j0, nc, p0, kc, Bp.data());
      for (int64_t i0 = 0; i0 < n; i0 += MC) {
        check_interrupt();  // long products stay stoppable
        const int64_t mc = std::min(MC, n - i0);
        pack_panels<T, MR>(A, ars, acs, i0, mc, p0, kc, Ap.data());
        for (int64_t jp = 0; jp < nc; jp += NR) {
          const T* bp = Bp.data() + (jp / NR) * kc * NR;
          const int cols = static_cast<int>(std::min<int64_t>(NR, nc - jp));
          for (int64_t ip = 0; ip < mc; ip += MR) {
            const int rows = static_cast<int>(std::min<int64_t>(MR, mc - ip));
            micro_tile<T, MR>(static_cast<int>(kc), Ap.data() + (ip / MR) * kc * MR, bp, C + (i0 + ip) * rsc + (j0 + jp) * csc, rsc,
                              csc, rows, cols, p0 == 0);
          }
        }
      }
    }
  }
}

template <class T>
void product(const T* A, int64_t ars, int64_t acs, const T* Bt, int64_t brs, int64_t bcs, T* C, int64_t rsc,
             int64_t csc, int64_t n, int64_t m, int64_t k) {
  if (k == 0) {  // empty sums: +0 everywhere (C may be uninitialised)
    for (int64_t i = 0; i < n; ++i)
      for (int64_t j = 0; j < m; ++j) C[i * rsc + j * csc] = T(0);
    return;
  }
  // The vectors run across output columns: with fewer columns than a tile and more rows
  // (matrix @ vector), compute the transpose instead (same products, same order per output).
  if (m < Tile<T>::NR && n > m) {
    std::swap(A, Bt);
    std::swap(ars, brs);
    std::swap(acs, bcs);
    std::swap(rsc, csc);
    std::swap(n, m);
  }
  if (n < 4)
    blocked<T, 1>(A, ars, acs, Bt, brs, bcs, C, rsc, csc, n, m, k);
  else
    blocked<T, 4>(A, ars, acs, Bt, brs, bcs, C, rsc, csc, n, m, k);
}

}  // namespace

void blocked_product(const double* A, int64_t ars, int64_t acs, const double* Bt, int64_t brs, int64_t bcs,
                     double* C, int64_t rsc, int64_t csc, int64_t n, int64_t m, int64_t k) {
  product<double>(A, ars, acs, Bt, brs, bcs, C, rsc, csc, n, m, k);
}
void blocked_product(const float* A, int64_t ars, int64_t acs, const float* Bt, int64_t brs, int64_t bcs,
                     float* C, int64_t rsc, int64_t csc, int64_t n, int64_t m, int64_t k) {
  product<float>(A, ars, acs, Bt, brs, bcs, C, rsc, csc, n, m, k);
}

bool blocked_product_worthwhile(int64_t n, int64_t m, int64_t k) {
  // an inner product (or a handful of them) has nothing to vectorise without reordering
  if (std::max(n, m) < 4) return false;
  return static_cast<double>(n) * static_cast<double>(m) * static_cast<double>(k) >= 512;
}

}  // namespace sl
