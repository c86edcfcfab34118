// fuzz_invariants.hpp — the memory-model invariant the fuzz targets assert after every
// operation, computed independently of core/extent.cpp (128-bit arithmetic): every element
// of a non-empty array lies inside its buffer, and size * itemsize fits in int64.
#pragma once
#include <cstdio>
#include <cstdlib>

#include "core/memory_budget.hpp"
#include "core/ndarray.hpp"

namespace sl::fuzz {

[[noreturn]] inline void violation(const char* what, const NDArray& a) {
  std::fprintf(stderr, "INVARIANT VIOLATED: %s (ndim %d, offset %lld, buffer %lld bytes)\n", what, a.ndim(),
               static_cast<long long>(a.offset), static_cast<long long>(a.buffer->size()));
  std::abort();
}

inline void check_array(const NDArray& a) {
  if (!a.buffer) violation("no buffer", a);
  if (a.shape.size() != a.strides.size()) violation("shape/strides length", a);
  __int128 size = 1;
  for (int64_t d : a.shape) {
    if (d < 0) violation("negative dim", a);
    size *= d;
    if (size > (__int128(1) << 64)) size = __int128(1) << 64;  // saturate: only compared below
  }
  if (size * a.itemsize() > INT64_MAX) violation("size * itemsize overflows", a);
  if (size == 0) return;
  __int128 lo = a.offset, hi = a.offset;
  for (int k = 0; k < a.ndim(); ++k) {
    const __int128 span = __int128(a.shape[k] - 1) * a.strides[k];
    if (span < 0) lo += span;
    else hi += span;
  }
  hi += a.itemsize();
  if (lo < 0 || hi > a.buffer->size()) violation("element outside its buffer", a);
  if (a.size() != static_cast<int64_t>(size)) violation(".size differs from the product of the shape", a);
}

// The budget direct core calls are charged to (256 MiB: an allocation beyond is a
// MemoryError, as in a session).
inline MemoryDomain* fuzz_domain() {
  static MemoryDomain* d = new_memory_domain(256 << 20);
  return d;
}

}  // namespace sl::fuzz
