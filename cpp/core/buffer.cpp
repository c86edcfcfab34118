#include "core/buffer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "core/errors.hpp"

namespace sl {
namespace {
int64_t g_limit = int64_t(1) << 30;
int64_t g_in_use = 0;
int64_t g_next_id = 1;
// Live buffers by start address, for find_containing. Entries are removed in ~Buffer.
std::map<uintptr_t, Buffer*>& registry() {
  // Never destroyed: buffers held by static objects may be freed after static destructors.
  static auto* r = new std::map<uintptr_t, Buffer*>();
  return *r;
}

// NumPy's _size_to_string: binary units, 3 significant digits ("7.45 GiB", "800. MiB").
std::string human_size(int64_t nbytes) {
  static const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  int bits = 0;
  for (uint64_t n = static_cast<uint64_t>(nbytes); n; n >>= 1) ++bits;
  int unit = (bits - 1 > 1 ? bits - 1 : 1) / 10;
  double n_units = static_cast<double>(nbytes) / static_cast<double>(uint64_t(1) << (unit * 10));
  if (std::nearbyint(n_units) == 1024) {
    unit += 1;
    n_units /= 1024;
  }
  char buf[64];
  if (unit == 0)
    std::snprintf(buf, sizeof buf, "%.0f %s", n_units, units[unit]);
  else if (std::nearbyint(n_units) < 1000)
    std::snprintf(buf, sizeof buf, "%#.3g %s", n_units, units[unit]);
  else
    std::snprintf(buf, sizeof buf, "%#.0f %s", n_units, units[unit]);
  return buf;
}
}  // namespace

std::string shape_to_string(const std::vector<int64_t>& shape) {
  std::string s = "(";
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) s += ", ";
    s += std::to_string(shape[i]);
  }
  if (shape.size() == 1) s += ",";
  return s + ")";
}

std::shared_ptr<Buffer> Buffer::allocate(int64_t nbytes, const std::vector<int64_t>& shape,
                                         DType dtype) {
  if (nbytes < 0 || nbytes > g_limit - g_in_use) {
    raise_memory_error("Unable to allocate " + human_size(nbytes) + " for an array with shape " +
                       shape_to_string(shape) + " and data type " + dtype_name(dtype));
  }
  void* p = nullptr;
  size_t alloc = static_cast<size_t>(nbytes > 0 ? nbytes : 1);
  alloc = (alloc + 15) & ~size_t(15);
  p = std::aligned_alloc(16, alloc);
  if (!p) {
    raise_memory_error("Unable to allocate " + human_size(nbytes) + " for an array with shape " +
                       shape_to_string(shape) + " and data type " + dtype_name(dtype));
  }
  std::memset(p, 0, alloc);
  std::shared_ptr<Buffer> b(new Buffer());
  b->data_ = static_cast<uint8_t*>(p);
  b->size_ = nbytes;
  b->id_ = g_next_id++;
  b->owns_ = true;
  g_in_use += nbytes;
  registry()[reinterpret_cast<uintptr_t>(p)] = b.get();
  return b;
}

std::shared_ptr<Buffer> Buffer::borrow(uint8_t* data, int64_t nbytes,
                                       std::shared_ptr<void> keepalive) {
  std::shared_ptr<Buffer> b(new Buffer());
  b->data_ = data;
  b->size_ = nbytes;
  b->id_ = g_next_id++;
  b->owns_ = false;
  b->keepalive_ = std::move(keepalive);
  return b;
}

Buffer::~Buffer() {
  if (owns_) {
    registry().erase(reinterpret_cast<uintptr_t>(data_));
    g_in_use -= size_;
    std::free(data_);
  }
}

void Buffer::set_memory_limit(int64_t bytes) { g_limit = bytes; }
int64_t Buffer::memory_limit() { return g_limit; }
int64_t Buffer::bytes_in_use() { return g_in_use; }

std::shared_ptr<Buffer> Buffer::find_containing(uintptr_t ptr, int64_t len) {
  auto& r = registry();
  auto it = r.upper_bound(ptr);
  if (it == r.begin()) return nullptr;
  --it;
  Buffer* b = it->second;
  uintptr_t start = it->first;
  if (ptr >= start && len >= 0 && ptr - start + static_cast<uint64_t>(len) <= static_cast<uint64_t>(b->size_)) {
    return b->shared_from_this();
  }
  return nullptr;
}

}  // namespace sl
