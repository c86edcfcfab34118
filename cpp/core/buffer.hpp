// buffer.hpp — a block of bytes that arrays view. Buffers are shared (std::shared_ptr):
// every view keeps the bytes it looks at alive. A buffer either owns its memory (allocated
// here, 16-byte aligned, zero-filled) or borrows memory owned by something else (e.g. a
// MutableString), kept alive through `keepalive`.
//
// Allocation is charged to the current session's MemoryDomain (memory_budget.hpp), so that
// `np.zeros(10**10)` becomes a MemoryError with NumPy's message instead of aborting the
// wasm module, and one session can never use another's budget. A buffer also remembers the
// domain that allocated it: `find_containing` (the __array_interface__ pointer lookup) only
// ever returns buffers of the current session, so a pointer can never reach another
// session's memory.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/dtype.hpp"
#include "core/memory_budget.hpp"

namespace sl {

// What a new buffer holds. Zeros is the default (np.zeros, np.empty, and every result that is
// filled piecewise). Overwritten is for kernels that store every byte before anything can read
// the array (a gather, a mask selection, an element-wise ufunc result): clearing 80 MB only to
// overwrite it costs as much as the gather itself. The native build (goldens, gtest,
// sanitizers) fills such buffers with the byte 0xA5, so a kernel that leaves a byte unwritten
// prints garbage in the goldens instead of passing by luck; the wasm build leaves them as the
// allocator returns them.
enum class Fill : uint8_t { Zeros, Overwritten };

class Buffer : public std::enable_shared_from_this<Buffer> {
 public:
  // Allocates `nbytes` bytes (zeroed unless `fill` says the caller overwrites them). `shape` and
  // `dtype` only serve the MemoryError message
  // ("Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64").
  static std::shared_ptr<Buffer> allocate(int64_t nbytes, const std::vector<int64_t>& shape,
                                          DType dtype, Fill fill = Fill::Zeros);
  // Wraps memory owned elsewhere; `keepalive` holds its owner.
  static std::shared_ptr<Buffer> borrow(uint8_t* data, int64_t nbytes,
                                        std::shared_ptr<void> keepalive);
  ~Buffer();
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;

  uint8_t* data() const { return data_; }
  int64_t size() const { return size_; }
  int64_t id() const { return id_; }   // unique per process, never reused
  bool owns() const { return owns_; }

  // Finds a live buffer of the current memory domain containing [ptr, ptr+len) (for
  // __array_interface__ data pointers); null when there is none. len >= 0.
  static std::shared_ptr<Buffer> find_containing(uintptr_t ptr, int64_t len);

 private:
  Buffer() = default;
  uint8_t* data_ = nullptr;
  int64_t size_ = 0;
  int64_t id_ = 0;
  bool owns_ = false;
  MemoryDomain* domain_ = nullptr;  // charged for an owning buffer; the owner's for a borrow
  std::shared_ptr<void> keepalive_;
};

using BufferPtr = std::shared_ptr<Buffer>;

// "(1000000000,)" — a shape printed as a Python tuple.
std::string shape_to_string(const std::vector<int64_t>& shape);

}  // namespace sl
