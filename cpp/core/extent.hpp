// extent.hpp — THE overflow-checked size and extent arithmetic of the engine.
//
// Every shape product, every `(shape - 1) * stride` sum and every byte offset that a user
// can influence is computed here, in int64 with __builtin_*_overflow, so that a wrapped
// value can never reach an allocation, an address or `.size`. Every constructor of an array
// or of a view over existing bytes goes through these functions:
//   - new_array (ndarray.cpp)            -> checked_size
//   - make_view / checked_view           -> check_view_in_buffer (every view is checked)
//   - as_strided, reshape, broadcast_to  -> the same, plus checked_size / size_fits
//   - __array_interface__, np.ndarray(buffer=...), frombuffer, np.load
//                                        -> pointer_from_int64, then checked_view
// A new constructor of a view over user-described memory MUST end in checked_view
// (ndarray.hpp): never compute `offset + sum((shape-1)*strides)` by hand.
//
// Also here: the int64 -> size_t conversion for host allocations (`alloc_count`), which
// raises MemoryError instead of truncating on 32-bit targets (wasm32), and the wasm32
// pointer check (a 64-bit integer is validated before it is ever cast to a pointer).
//
// Not here: what an array *means* (ndarray.hpp) or how buffers are accounted (buffer.hpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace sl {

using Shape = std::vector<int64_t>;
using Strides = std::vector<int64_t>;

// NumPy 2's NPY_MAXDIMS: the most dimensions an array may have, and the deepest nesting
// np.array converts.
constexpr int kMaxDims = 64;

inline bool mul_overflows(int64_t a, int64_t b, int64_t* out) { return __builtin_mul_overflow(a, b, out); }
inline bool add_overflows(int64_t a, int64_t b, int64_t* out) { return __builtin_add_overflow(a, b, out); }

// NumPy's message when itemsize * size does not fit in a signed 64-bit integer.
[[noreturn]] void raise_array_too_big();

// Element count of `shape`. Raises ValueError for more than kMaxDims dims (NumPy 2's
// "maximum supported dimension for an ndarray is currently 64, found 65"),
// "negative dimensions are not allowed" for a
// negative dim and NumPy's "array is too big; ..." when itemsize times the product of the
// non-zero dims overflows int64 (NumPy checks this even for arrays with a zero dim).
int64_t checked_size(const Shape& shape, int64_t itemsize);

// The product of `shape` when it fits in int64 (zero dims absorb), false on overflow.
// NumPy's nditer check ("iterator is too large"), used by broadcasting.
bool size_fits(const Shape& shape, int64_t* size);

// [lo, hi): the bytes, relative to the start of a buffer, that the elements of the
// geometry touch. {offset, offset} for an empty geometry.
struct ByteExtent {
  int64_t lo = 0, hi = 0;
};
// False when any intermediate value overflows int64 (the geometry is then unusable).
bool try_byte_extent(int64_t offset, const Shape& shape, const Strides& strides, int64_t itemsize,
                     ByteExtent* out);

// Raises ValueError unless shape and strides have the same length, no dim is negative,
// size * itemsize fits (checked_size) and every element of a non-empty geometry lies in
// [0, buffer_size): "the requested view reaches outside its buffer: it needs bytes [lo, hi)
// of a N-byte buffer".
void check_view_in_buffer(int64_t buffer_size, int64_t offset, const Shape& shape,
                          const Strides& strides, int64_t itemsize);

// A Python integer used as an address (__array_interface__'s data pointer): false when it
// is negative or does not fit this target's pointers (a wasm32 address is < 2**32). The
// caller validates the 64-bit value with this before any cast, so `p + 2**32` is never
// silently truncated to `p`.
bool pointer_from_int64(int64_t value, uintptr_t* out);

// `count` elements of `elem_size` bytes as a size_t element count for a host container
// (std::vector, std::string): raises MemoryError when count * elem_size does not fit in
// size_t / the address space (wasm32: 4 GiB) or count is negative. Use it for every
// container whose length comes from user input.
size_t alloc_count(int64_t count, int64_t elem_size = 1);
// a * b for an allocation's element count: MemoryError (like alloc_count) on overflow.
int64_t alloc_mul(int64_t a, int64_t b);

}  // namespace sl
