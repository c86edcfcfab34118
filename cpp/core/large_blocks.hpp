// large_blocks.hpp — where array buffers of 1 MiB and more get their memory: a small cache of
// recently freed large blocks in front of malloc.
//
// Why: wasm memory only grows. With plain malloc (Emscripten's dlmalloc, one heap, no mmap), a
// freed 500 MB array becomes free heap, the interpreter's next small objects are carved out of
// its start, and the next 500 MB array no longer fits there: the memory grows by another 500 MB
// (`a = np.empty(N); del a` repeated in one cell doubled the memory; `z = x[:, :, None] + y`
// re-run grew it by 96 MB every time, ~400 ms per growth step). Freed large blocks therefore
// wait here, out of malloc's reach, and a request of (almost) the same size takes one back.
//
// Invariants: a cached block is never handed to two owners; what the cache holds is bounded (four
// blocks, each for at most two runs: large_blocks_begin_run), and every cached block goes back to
// malloc before a large request it cannot serve falls back to malloc, so a large allocation
// never fails or grows the heap because of the cache. Memory budgets (memory_budget.hpp) are charged by the
// caller, not here: a cached block belongs to no session. Contents are not cleared (as malloc's
// are not): callers fill what they hand out (Buffer::allocate). Not thread-safe (one engine
// thread). Deliberately not a general allocator: no splitting, no coalescing.
#pragma once
#include <cstddef>

namespace sl {

constexpr size_t kLargeBlockMinBytes = size_t(1) << 20;

// 16-byte aligned, `bytes` (a multiple of 16, >= kLargeBlockMinBytes) usable; null when even
// malloc, after the cache was emptied, fails.
void* large_block_acquire(size_t bytes);
// Gives back a block from large_block_acquire(bytes) (same `bytes`).
void large_block_release(void* p, size_t bytes);
// A top-level run starts: blocks cached for two runs without reuse go back to malloc.
void large_blocks_begin_run();
// Every cached block goes back to malloc (an allocation failed, or a test wants a clean heap).
void large_blocks_flush();
// Bytes currently cached (tests, the memory panel).
size_t large_blocks_cached_bytes();

}  // namespace sl
