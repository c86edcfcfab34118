// wrapping.hpp — int64 byte-offset arithmetic that wraps like NumPy's C code instead of
// overflowing (UB in C++).
//
// Where it is used: offsets and strides derived from a view that is empty along some axis, and
// the element walks' step past the last element of an axis (computed, never used; a length-1
// axis may have any stride).
// Such a view's strides are never checked (it addresses no element), so index arithmetic on it
// can exceed int64; the result is then empty too (or an IndexError is raised) and the wrapped
// value is never used to address memory. For a non-empty source every element exists inside
// the buffer, so nothing wraps. Not for sizes or element counts: those are overflow-checked
// (extent.hpp) and raise.
#pragma once

#include <cstdint>

namespace sl {

inline int64_t wrapping_add(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) + static_cast<uint64_t>(b));
}

inline int64_t wrapping_sub(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
}

inline int64_t wrapping_mul(int64_t a, int64_t b) {
  return static_cast<int64_t>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
}

}  // namespace sl
