#include "core/large_blocks.hpp"

#include <cstdint>
#include <cstdlib>

namespace sl {
namespace {

struct Cached {
  void* p = nullptr;
  size_t bytes = 0;
  uint64_t freed_at_run = 0;
};

// Few slots: a program alternates between a handful of big arrays at most; a linear scan of
// four entries costs nothing next to a megabyte allocation.
constexpr int kSlots = 4;
Cached g_slots[kSlots];
uint64_t g_run = 0;

// A block serves a request when it is at least as big and wastes at most 1/8 of itself (or
// 64 KiB for small blocks): a 500 MB block must not be spent on a 20 MB array.
bool fits(size_t block, size_t want) {
  if (block < want) return false;
  const size_t waste = block - want;
  return waste <= block / 8 || waste <= (size_t(64) << 10);
}

void drop(Cached& c) {
  std::free(c.p);
  c = Cached{};
}

}  // namespace

void* large_block_acquire(size_t bytes) {
  int best = -1;
  for (int i = 0; i < kSlots; ++i)
    if (g_slots[i].p && fits(g_slots[i].bytes, bytes) && (best < 0 || g_slots[i].bytes < g_slots[best].bytes))
      best = i;
  if (best >= 0) {
    void* p = g_slots[best].p;
    g_slots[best] = Cached{};
    return p;
  }
  // No fit: whatever is cached goes back first, so malloc can coalesce it with its neighbours
  // before it asks for more memory.
  large_blocks_flush();
  return std::aligned_alloc(16, bytes);
}

void large_block_release(void* p, size_t bytes) {
  if (!p) return;
  int slot = -1;
  for (int i = 0; i < kSlots && slot < 0; ++i)
    if (!g_slots[i].p) slot = i;
  if (slot < 0) {  // full: the oldest goes back to malloc
    slot = 0;
    for (int i = 1; i < kSlots; ++i)
      if (g_slots[i].freed_at_run < g_slots[slot].freed_at_run) slot = i;
    drop(g_slots[slot]);
  }
  g_slots[slot] = Cached{p, bytes, g_run};
}

void large_blocks_begin_run() {
  ++g_run;
  for (auto& c : g_slots)
    if (c.p && g_run - c.freed_at_run > 2) drop(c);
}

void large_blocks_flush() {
  for (auto& c : g_slots)
    if (c.p) drop(c);
}

size_t large_blocks_cached_bytes() {
  size_t n = 0;
  for (auto& c : g_slots) n += c.bytes;
  return n;
}

}  // namespace sl
