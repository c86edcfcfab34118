// memory_budget.hpp — per-session memory accounting and limits.
//
// A MemoryDomain is one session's budget. Every heap allocation made while a domain is
// current is charged to it: C++ `operator new` (lists, strings, dicts, objects, ASTs, the
// interpreter's own structures — this file replaces the global operator new/delete) and
// array buffers (Buffer::allocate charges explicitly, its bytes do not go through operator
// new). Freeing returns the bytes to the domain that was charged, whichever is current at
// the time (each allocation remembers its domain in a 16-byte header).
//
// Limits:
//   - an array buffer that would take the domain over its limit is a MemoryError with
//     NumPy's message (buffer.cpp);
//   - any other allocation of >= kLargeAllocation bytes (container growth: lists, strings,
//     dicts, temporaries) over the limit throws MemoryError naming the limit, at once;
//   - a smaller allocation never throws (it may happen in a destructor or an engine cache,
//     where throwing would abort): when one takes the domain over the limit, a MemoryError
//     is requested and raised at the next check_interrupt() (interrupt.hpp: every loop
//     iteration and call), a safe point. The next request comes only after a further slack
//     (1/8 of the limit, at least 1 MiB) of growth, or once usage fell below the limit, so
//     that an `except MemoryError:` handler can run; a loop of small allocations that keeps
//     catching it still stops after bounded growth.
//   - MemoryLimitSuspended lifts both while an error is built and reported.
// The true out-of-memory case (malloc fails: wasm's 4 GiB ceiling) frees a reserve block
// kept for that moment, so the error can be reported; the reserve is re-acquired before
// the next run (`memory_reserve_restore`).
//
// Domains are never freed (a few dozen bytes each): allocations made by a session may
// outlive it (objects cached process-wide), and their header must stay valid.
//
// Not here: what a MemoryError looks like to Python (lang, modules/session.cpp).
#pragma once
#include <cstdint>
#include <string>

namespace sl {

struct MemoryDomain {
  int64_t limit = int64_t(1) << 30;  // bytes
  int64_t in_use = 0;                // bytes currently charged (arrays + everything else)
  int64_t peak = 0;
  int64_t array_bytes = 0;           // the part of in_use that is array buffers
  int64_t next_trigger = int64_t(1) << 30;  // small allocations request a MemoryError above this
  uint32_t id = 0;
};

constexpr int64_t kDefaultMemoryLimit = int64_t(1) << 30;
constexpr int64_t kLargeAllocation = 64 * 1024;

// A fresh domain with the given limit (bytes, > 0).
MemoryDomain* new_memory_domain(int64_t limit = kDefaultMemoryLimit);
// The domain charged by allocations now: a session's while it runs, else a process-wide
// default domain (1 GiB limit).
MemoryDomain* current_memory_domain();

// Makes `d` current for the lifetime of the scope (nests; restores the previous one).
class MemoryDomainScope {
 public:
  explicit MemoryDomainScope(MemoryDomain* d);
  ~MemoryDomainScope();
  MemoryDomainScope(const MemoryDomainScope&) = delete;
  MemoryDomainScope& operator=(const MemoryDomainScope&) = delete;

 private:
  MemoryDomain* saved_;
};

// While alive, allocations are charged but never refused (used to build the report of a
// MemoryError; keep such scopes short and bounded).
class MemoryLimitSuspended {
 public:
  MemoryLimitSuspended();
  ~MemoryLimitSuspended();
  MemoryLimitSuspended(const MemoryLimitSuspended&) = delete;
  MemoryLimitSuspended& operator=(const MemoryLimitSuspended&) = delete;
};

// Charges / releases `bytes` to the current domain without allocating (array buffers).
// charge returns false (and charges nothing) when the limit would be exceeded.
bool memory_charge(MemoryDomain* d, int64_t bytes);
void memory_release(MemoryDomain* d, int64_t bytes);

// Called when a run starts: a run that starts above the limit may still grow by the slack
// before small allocations request a MemoryError (so that `del big` can run).
void memory_begin_run(MemoryDomain* d);
// Re-acquires the out-of-memory reserve if it was spent; false when even that fails.
bool memory_reserve_restore();
// True once the reserve was spent since the last restore (a real malloc failure happened).
bool memory_reserve_spent();

// "1.00 GiB"-style text for messages (NumPy's _size_to_string).
std::string human_byte_size(int64_t nbytes);
// The message of a MemoryError caused by the session limit, e.g. "out of memory: this
// session's memory limit of 256 MiB is reached (256 MiB in use, of which 200 MiB arrays)".
std::string memory_limit_message(const MemoryDomain* d);

}  // namespace sl
