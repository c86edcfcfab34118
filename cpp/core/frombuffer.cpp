#include "core/frombuffer.hpp"

#include <cstring>

#include "core/errors.hpp"

namespace sl {

ArrayPtr frombuffer(const ArrayPtr& source, DType dtype, int64_t count, int64_t offset) {
  if (!source->is_c_contiguous()) raise_value_error("ndarray is not C-contiguous");
  const int64_t len = source->nbytes();
  const int64_t itemsize = dtype_itemsize(dtype);
  if (offset < 0 || offset > len)
    raise_value_error("offset must be non-negative and no greater than buffer length (" + std::to_string(len) + ")");
  const int64_t avail = len - offset;
  int64_t n = count;
  if (count < 0) {
    if (avail % itemsize != 0) raise_value_error("buffer size must be a multiple of element size");
    n = avail / itemsize;
  } else if (count > avail / itemsize) {
    raise_value_error("buffer is smaller than requested size");
  }
  ArrayPtr v = checked_view(source, source->offset + offset, {n}, {itemsize}, dtype);
  v->writeable = source->writeable;
  return v;
}

ArrayPtr readonly_bytes_array(const std::string& bytes) {
  ArrayPtr a = new_array({static_cast<int64_t>(bytes.size())}, DType::UInt8);
  if (!bytes.empty()) std::memcpy(a->data(), bytes.data(), bytes.size());
  a->writeable = false;
  return a;
}

}  // namespace sl
