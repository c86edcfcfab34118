// frombuffer.hpp — np.frombuffer's geometry: a 1-d view of `count` items of `dtype` starting
// `offset` bytes into an exporter's memory (a bytes object copied into a read-only buffer,
// or another array's C-contiguous memory), with NumPy's error messages. The view is built
// by the bounds-checked view constructor, so no count/offset can reach outside the buffer.
#pragma once
#include "core/ndarray.hpp"

namespace sl {

// `source` is the exporter's memory as a C-contiguous array (any dtype); the view has the
// source's writeability. ValueError "buffer size must be a multiple of element size",
// "offset must be non-negative and no greater than buffer length (4)", "buffer is smaller
// than requested size", "ndarray is not C-contiguous".
ArrayPtr frombuffer(const ArrayPtr& source, DType dtype, int64_t count = -1, int64_t offset = 0);

// A read-only owning uint8 array holding a copy of `bytes` (what a bytes object exports).
ArrayPtr readonly_bytes_array(const std::string& bytes);

}  // namespace sl
