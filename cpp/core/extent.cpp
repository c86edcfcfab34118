#include "core/extent.hpp"

#include <string>

#include "core/buffer.hpp"
#include "core/errors.hpp"

namespace sl {

void raise_array_too_big() {
  raise_value_error(
      "array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.");
}

int64_t checked_size(const Shape& shape, int64_t itemsize) {
  // NumPy (PyArray_NewFromDescr_int): nbytes starts at the itemsize and is multiplied by
  // every non-zero dim with an overflow check; a zero dim makes the array empty.
  if (shape.size() > static_cast<size_t>(kMaxDims))
    raise_value_error("maximum supported dimension for an ndarray is currently " + std::to_string(kMaxDims) +
                      ", found " + std::to_string(shape.size()));
  int64_t nbytes = itemsize > 0 ? itemsize : 1, size = 1;
  bool empty = false;
  for (int64_t d : shape) {
    if (d < 0) raise_value_error("negative dimensions are not allowed");
    if (d == 0) {
      empty = true;
      continue;
    }
    if (mul_overflows(nbytes, d, &nbytes)) raise_array_too_big();
    size *= d;  // cannot overflow: |size| <= nbytes
  }
  return empty ? 0 : size;
}

bool size_fits(const Shape& shape, int64_t* size) {
  int64_t n = 1;
  for (int64_t d : shape) {
    if (d < 0) return false;
    if (mul_overflows(n, d, &n)) return false;
  }
  *size = n;
  return true;
}

bool try_byte_extent(int64_t offset, const Shape& shape, const Strides& strides, int64_t itemsize,
                     ByteExtent* out) {
  if (shape.size() != strides.size()) return false;
  for (int64_t d : shape)
    if (d == 0) {
      *out = {offset, offset};
      return true;
    }
  int64_t lo = offset, hi = offset;
  for (size_t k = 0; k < shape.size(); ++k) {
    if (shape[k] < 0) return false;
    int64_t span;
    if (mul_overflows(shape[k] - 1, strides[k], &span)) return false;
    if (span < 0 ? add_overflows(lo, span, &lo) : add_overflows(hi, span, &hi)) return false;
  }
  if (add_overflows(hi, itemsize, &hi)) return false;
  *out = {lo, hi};
  return true;
}

void check_view_in_buffer(int64_t buffer_size, int64_t offset, const Shape& shape,
                          const Strides& strides, int64_t itemsize) {
  if (shape.size() != strides.size()) raise_value_error("mismatch in length of strides and shape");
  if (checked_size(shape, itemsize) == 0) return;  // no element is ever addressed
  ByteExtent e;
  if (!try_byte_extent(offset, shape, strides, itemsize, &e))
    raise_value_error("the requested view reaches outside its buffer: its byte extent overflows "
                      "a 64-bit integer (" + std::to_string(buffer_size) + "-byte buffer)");
  if (e.lo < 0 || e.hi > buffer_size)
    raise_value_error("the requested view reaches outside its buffer: it needs bytes [" +
                      std::to_string(e.lo) + ", " + std::to_string(e.hi) + ") of a " +
                      std::to_string(buffer_size) + "-byte buffer");
}

bool pointer_from_int64(int64_t value, uintptr_t* out) {
  if (value < 0) return false;
  if (static_cast<uint64_t>(value) > static_cast<uint64_t>(UINTPTR_MAX)) return false;
  *out = static_cast<uintptr_t>(value);
  return true;
}

size_t alloc_count(int64_t count, int64_t elem_size) {
  int64_t bytes = 0;
  if (count < 0 || elem_size < 0 || mul_overflows(count, elem_size, &bytes) ||
      static_cast<uint64_t>(bytes) > static_cast<uint64_t>(SIZE_MAX / 2)) {
    raise_memory_error("Unable to allocate " +
                       (count >= 0 && elem_size >= 0 && !mul_overflows(count, elem_size, &bytes)
                            ? human_byte_size(bytes)
                            : std::string("more than 8.00 EiB")) +
                       " for a temporary buffer");
  }
  return static_cast<size_t>(count);
}

int64_t alloc_mul(int64_t a, int64_t b) {
  int64_t r = 0;
  if (a < 0 || b < 0 || mul_overflows(a, b, &r))
    raise_memory_error("Unable to allocate more than 8.00 EiB for a temporary buffer");
  return r;
}

}  // namespace sl
