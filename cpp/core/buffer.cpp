#include "core/buffer.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>

#include "core/buffer_events.hpp"
#include "core/errors.hpp"
#include "core/large_blocks.hpp"

namespace sl {

BufferObserver*& buffer_observer() {
  static BufferObserver* o = nullptr;
  return o;
}

namespace {
int64_t g_next_id = 1;
// Live owning buffers by start address, for find_containing. Entries are removed in ~Buffer.
std::map<uintptr_t, Buffer*>& registry() {
  // Never destroyed: buffers held by static objects may be freed after static destructors.
  static auto* r = new std::map<uintptr_t, Buffer*>();
  return *r;
}

// The bytes Buffer::allocate asked for, from the array's size: at least 1, rounded up to 16.
size_t allocated_bytes(int64_t nbytes) {
  size_t alloc = static_cast<size_t>(nbytes > 0 ? nbytes : 1);
  return (alloc + 15) & ~size_t(15);
}

void release_memory(void* p, size_t alloc) {
  if (alloc >= kLargeBlockMinBytes) large_block_release(p, alloc);
  else std::free(p);
}

[[noreturn]] void raise_unable(int64_t nbytes, const std::vector<int64_t>& shape, DType dtype) {
  raise_memory_error("Unable to allocate " + human_byte_size(nbytes) + " for an array with shape " +
                     shape_to_string(shape) + " and data type " + dtype_name(dtype));
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
                                         DType dtype, Fill fill) {
  // 64-bit checks before any size_t conversion (wasm32: size_t is 32 bits)
  if (nbytes < 0 || static_cast<uint64_t>(nbytes) > static_cast<uint64_t>(SIZE_MAX / 2))
    raise_unable(nbytes, shape, dtype);
  MemoryDomain* domain = current_memory_domain();
  if (!memory_charge(domain, nbytes)) raise_unable(nbytes, shape, dtype);
  const size_t alloc = allocated_bytes(nbytes);
  void* p = alloc >= kLargeBlockMinBytes ? large_block_acquire(alloc) : std::aligned_alloc(16, alloc);
  std::shared_ptr<Buffer> b;
  try {
    if (!p) raise_unable(nbytes, shape, dtype);
    b.reset(new Buffer());
    registry()[reinterpret_cast<uintptr_t>(p)] = b.get();
  } catch (...) {
    release_memory(p, alloc);
    memory_release(domain, nbytes);
    throw;
  }
  if (fill == Fill::Zeros) std::memset(p, 0, alloc);
#ifndef __EMSCRIPTEN__
  else std::memset(p, 0xA5, alloc);  // see Fill: unwritten bytes must show in the goldens
#endif
  b->data_ = static_cast<uint8_t*>(p);
  b->size_ = nbytes;
  b->id_ = g_next_id++;
  b->owns_ = true;
  b->domain_ = domain;
  if (BufferObserver* o = buffer_observer()) o->buffer_allocated(b->id_, nbytes);
  return b;
}

int64_t buffer_id_watermark() { return g_next_id - 1; }

std::shared_ptr<Buffer> Buffer::borrow(uint8_t* data, int64_t nbytes,
                                       std::shared_ptr<void> keepalive) {
  std::shared_ptr<Buffer> b(new Buffer());
  b->data_ = data;
  b->size_ = nbytes;
  b->id_ = g_next_id++;
  b->owns_ = false;
  b->domain_ = current_memory_domain();
  b->keepalive_ = std::move(keepalive);
  return b;
}

Buffer::~Buffer() {
  if (owns_) {
    if (BufferObserver* o = buffer_observer()) o->buffer_freed(id_, size_);
    registry().erase(reinterpret_cast<uintptr_t>(data_));
    memory_release(domain_, size_);
    release_memory(data_, allocated_bytes(size_));
  }
}

std::shared_ptr<Buffer> Buffer::find_containing(uintptr_t ptr, int64_t len) {
  auto& r = registry();
  auto it = r.upper_bound(ptr);
  if (it == r.begin()) return nullptr;
  --it;
  Buffer* b = it->second;
  uintptr_t start = it->first;
  if (b->domain_ != current_memory_domain() || len < 0) return nullptr;  // another session's
  const uint64_t from = static_cast<uint64_t>(ptr - start);  // ptr >= start (upper_bound)
  if (from <= static_cast<uint64_t>(b->size_) && static_cast<uint64_t>(len) <= static_cast<uint64_t>(b->size_) - from) {
    return b->shared_from_this();
  }
  return nullptr;
}

}  // namespace sl
