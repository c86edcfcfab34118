// memory_budget.cpp — MemoryDomain accounting and the replacement of the global operator
// new/delete that charges every C++ allocation to the current domain (see the header).
//
// Layout of an allocation: [Header (16 bytes)][the caller's n bytes]. The header records the
// charged domain (null: none) and n. Over-aligned allocations put the header in the last 16
// bytes of the alignment padding.
#include "core/memory_budget.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/large_blocks.hpp"

namespace sl {
namespace {

struct alignas(16) Header {
  MemoryDomain* domain;
  int64_t size;
};
static_assert(sizeof(Header) == 16, "allocation header must keep 16-byte alignment");

// Outside any session (start-up, tools, tests that use the core directly) allocations are
// charged to a default domain with the default limit. Constant-initialized: operator new
// may run before any dynamic initializer.
MemoryDomain g_default_domain;
MemoryDomain* g_current = &g_default_domain;
int g_suspended = 0;
uint32_t g_next_domain_id = 1;

// The out-of-memory reserve: released when malloc fails so that reporting can proceed.
constexpr size_t kReserveBytes = 1 << 20;
void* g_reserve = nullptr;
bool g_reserve_spent = false;

// No machine this runs on can hold 2**52 bytes (4 PiB): a larger request fails as the system
// would, before it is charged. So every charge is below 2**52 and in_use (a sum of live
// allocations) never overflows; comparisons against the limit are written as
// `bytes > limit - in_use` (both small) rather than an addition that could wrap.
constexpr int64_t kMaxChargeable = int64_t(1) << 52;

bool over_limit(const MemoryDomain* d, int64_t bytes) { return bytes > d->limit - d->in_use; }

int64_t slack_of(const MemoryDomain* d) {
  int64_t s = d->limit / 8;
  return s > (int64_t(1) << 20) ? s : (int64_t(1) << 20);
}

void charge_unchecked(MemoryDomain* d, int64_t n) {
  d->in_use += n;
  if (d->in_use > d->peak) d->peak = d->in_use;
}

void* raw_alloc(size_t total, size_t align) {
  auto attempt = [&]() -> void* {
    return align <= 16 ? std::malloc(total) : std::aligned_alloc(align, (total + align - 1) / align * align);
  };
  if (void* p = attempt()) return p;
  // A real out-of-memory: first the idle array blocks (large_blocks.hpp), then the reserve
  if (large_blocks_cached_bytes() > 0) {
    large_blocks_flush();
    if (void* p = attempt()) return p;
  }
  if (!g_reserve) return nullptr;
  std::free(g_reserve);
  g_reserve = nullptr;
  g_reserve_spent = true;
  return attempt();
}

enum class Failure { None, Budget, System };

// Returns null on failure (caller throws or returns null for nothrow), saying why.
void* budget_alloc(size_t n, size_t align, Failure* why = nullptr) {
  if (n > SIZE_MAX / 2 || static_cast<uint64_t>(n) > static_cast<uint64_t>(kMaxChargeable)) {  // wasm32: size_t(2**52) is 0
    if (why) *why = Failure::System;
    return nullptr;
  }
  MemoryDomain* d = g_current;
  const int64_t bytes = static_cast<int64_t>(n);
  if (d) {
    const bool large = bytes >= kLargeAllocation;
    if (large && !g_suspended && over_limit(d, bytes)) {
      if (why) *why = Failure::Budget;
      return nullptr;
    }
    charge_unchecked(d, bytes);
    if (!large && d->in_use > d->next_trigger && !g_suspended) {
      // never throw here (see the header): raise at the next safe point
      d->next_trigger = d->in_use + slack_of(d);
      request_memory_error();
    }
  }
  const size_t pad = align <= 16 ? sizeof(Header) : align;
  uint8_t* p = static_cast<uint8_t*>(raw_alloc(n + pad, align));
  if (!p) {
    if (d) d->in_use -= bytes;
    if (why) *why = Failure::System;
    return nullptr;
  }
  Header* h = reinterpret_cast<Header*>(p + pad) - 1;
  h->domain = d;
  h->size = bytes;
  return p + pad;
}

void budget_free(void* q, size_t align) {
  if (!q) return;
  Header* h = static_cast<Header*>(q) - 1;
  if (MemoryDomain* d = h->domain) {
    d->in_use -= h->size;
    if (d->in_use < d->limit) d->next_trigger = d->limit;
  }
  const size_t pad = align <= 16 ? sizeof(Header) : align;
  std::free(static_cast<uint8_t*>(q) - pad);
}

void* alloc_or_throw(size_t n, size_t align) {
  Failure why = Failure::None;
  void* p = budget_alloc(n ? n : 1, align, &why);
  if (p) return p;
  if (why == Failure::Budget) {
    // The session's limit: a Python MemoryError naming it. Building the message allocates a
    // little, which the suspension allows (bounded: one string).
    MemoryLimitSuspended unlimited;
    raise_memory_error(memory_limit_message(g_current));
  }
  throw std::bad_alloc();
}

}  // namespace

MemoryDomain* new_memory_domain(int64_t limit) {
  // plain malloc: a domain is not charged to anything and is never freed (see header)
  auto* d = static_cast<MemoryDomain*>(std::malloc(sizeof(MemoryDomain)));
  if (!d) throw std::bad_alloc();
  new (d) MemoryDomain();
  d->limit = limit > 0 ? limit : kDefaultMemoryLimit;
  d->next_trigger = d->limit;
  d->id = g_next_domain_id++;
  if (!g_reserve && !g_reserve_spent) g_reserve = std::malloc(kReserveBytes);
  return d;
}

MemoryDomain* current_memory_domain() { return g_current; }

MemoryDomainScope::MemoryDomainScope(MemoryDomain* d) : saved_(g_current) { g_current = d; }
MemoryDomainScope::~MemoryDomainScope() { g_current = saved_; }

MemoryLimitSuspended::MemoryLimitSuspended() { ++g_suspended; }
MemoryLimitSuspended::~MemoryLimitSuspended() { --g_suspended; }

bool memory_charge(MemoryDomain* d, int64_t bytes) {
  if (!d) return true;
  if (bytes < 0 || bytes > kMaxChargeable || (!g_suspended && over_limit(d, bytes))) return false;
  charge_unchecked(d, bytes);
  d->array_bytes += bytes;
  return true;
}

void memory_release(MemoryDomain* d, int64_t bytes) {
  if (!d) return;
  d->in_use -= bytes;
  d->array_bytes -= bytes;
  if (d->in_use < d->limit) d->next_trigger = d->limit;
}

void memory_begin_run(MemoryDomain* d) {
  if (d) d->next_trigger = d->in_use > d->limit ? d->in_use + slack_of(d) : d->limit;
}

bool memory_reserve_restore() {
  if (g_reserve) return true;
  g_reserve = std::malloc(kReserveBytes);
  if (g_reserve) g_reserve_spent = false;
  return g_reserve != nullptr;
}

bool memory_reserve_spent() { return g_reserve_spent; }

std::string human_byte_size(int64_t nbytes) {
  // NumPy's _size_to_string: binary units, 3 significant digits ("7.45 GiB", "800. MiB").
  static const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
  int bits = 0;
  for (uint64_t n = static_cast<uint64_t>(nbytes); n; n >>= 1) ++bits;
  int unit = (bits - 1 > 1 ? bits - 1 : 1) / 10;
  double n_units = static_cast<double>(nbytes) / static_cast<double>(uint64_t(1) << (unit * 10));
  if (std::nearbyint(n_units) == 1024 && unit < 6) {
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

std::string memory_limit_message(const MemoryDomain* d) {
  if (!d) return "out of memory";
  return "out of memory: this session's memory limit of " + human_byte_size(d->limit) +
         " is reached (" + human_byte_size(d->in_use) + " in use, of which " +
         human_byte_size(d->array_bytes) + " in arrays)";
}

}  // namespace sl

// ---- the global allocation functions ------------------------------------------------------
// Every C++ allocation of the process goes through the accounting above.

void* operator new(size_t n) { return sl::alloc_or_throw(n, 0); }
void* operator new[](size_t n) { return sl::alloc_or_throw(n, 0); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return sl::budget_alloc(n ? n : 1, 0); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return sl::budget_alloc(n ? n : 1, 0); }
void operator delete(void* p) noexcept { sl::budget_free(p, 0); }
void operator delete[](void* p) noexcept { sl::budget_free(p, 0); }
void operator delete(void* p, size_t) noexcept { sl::budget_free(p, 0); }
void operator delete[](void* p, size_t) noexcept { sl::budget_free(p, 0); }
void operator delete(void* p, const std::nothrow_t&) noexcept { sl::budget_free(p, 0); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { sl::budget_free(p, 0); }

void* operator new(size_t n, std::align_val_t a) { return sl::alloc_or_throw(n, static_cast<size_t>(a)); }
void* operator new[](size_t n, std::align_val_t a) { return sl::alloc_or_throw(n, static_cast<size_t>(a)); }
void* operator new(size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return sl::budget_alloc(n ? n : 1, static_cast<size_t>(a));
}
void* operator new[](size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
  return sl::budget_alloc(n ? n : 1, static_cast<size_t>(a));
}
void operator delete(void* p, std::align_val_t a) noexcept { sl::budget_free(p, static_cast<size_t>(a)); }
void operator delete[](void* p, std::align_val_t a) noexcept { sl::budget_free(p, static_cast<size_t>(a)); }
void operator delete(void* p, size_t, std::align_val_t a) noexcept { sl::budget_free(p, static_cast<size_t>(a)); }
void operator delete[](void* p, size_t, std::align_val_t a) noexcept { sl::budget_free(p, static_cast<size_t>(a)); }
void operator delete(void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
  sl::budget_free(p, static_cast<size_t>(a));
}
void operator delete[](void* p, std::align_val_t a, const std::nothrow_t&) noexcept {
  sl::budget_free(p, static_cast<size_t>(a));
}
