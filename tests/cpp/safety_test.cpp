// safety_test.cpp — issue 17 regressions at the C++ level: the overflow-checked extent
// module, the view gate, cross-session isolation of __array_interface__ pointers, the
// per-session memory budget (arrays, strings, lists, dicts) and interrupt requests.
#include <gtest/gtest.h>

#include <string>

#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/memory_budget.hpp"
#include "core/ndarray.hpp"
#include "modules/session.hpp"

namespace sl {
namespace {

std::string error_of(const RunResult& r) { return r.has_error ? r.error.type + ": " + r.error.message : ""; }

TEST(Extent, CheckedSizeMatchesNumpy) {
  EXPECT_EQ(checked_size({2, 3}, 8), 6);
  EXPECT_EQ(checked_size({}, 8), 1);
  EXPECT_EQ(checked_size({0, 5}, 8), 0);
  // itemsize * product of the non-zero dims must fit, even with a zero dim (NumPy)
  EXPECT_THROW(checked_size({0, int64_t(1) << 62, int64_t(1) << 62}, 8), PyError);
  EXPECT_THROW(checked_size({(int64_t(1) << 61) + 1}, 8), PyError);
  EXPECT_THROW(checked_size({int64_t(1) << 32, int64_t(1) << 32}, 8), PyError);
  EXPECT_THROW(checked_size({-1}, 8), PyError);
  EXPECT_THROW(checked_size(Shape(65, 1), 8), PyError);
  EXPECT_EQ(checked_size(Shape(64, 1), 8), 1);
}

TEST(Extent, ByteExtentDetectsOverflow) {
  ByteExtent e;
  ASSERT_TRUE(try_byte_extent(8, {3, 2}, {16, -8}, 8, &e));
  EXPECT_EQ(e.lo, 0);
  EXPECT_EQ(e.hi, 48);
  EXPECT_FALSE(try_byte_extent(0, {(int64_t(1) << 61) + 1}, {8}, 8, &e));
  EXPECT_FALSE(try_byte_extent(0, {3}, {INT64_MAX / 2}, 8, &e));
  ASSERT_TRUE(try_byte_extent(5, {0, 7}, {1000, 1000}, 8, &e));
  EXPECT_EQ(e.lo, 5);
  EXPECT_EQ(e.hi, 5);
}

TEST(Extent, PointersAndAllocationCounts) {
  uintptr_t p = 0;
  EXPECT_FALSE(pointer_from_int64(-1, &p));
  EXPECT_TRUE(pointer_from_int64(4096, &p));
  EXPECT_EQ(p, 4096u);
  if (sizeof(uintptr_t) == 4) EXPECT_FALSE(pointer_from_int64(int64_t(1) << 32, &p));
  EXPECT_EQ(alloc_count(10, 8), 10u);
  EXPECT_THROW(alloc_count(int64_t(1) << 62, 8), PyError);
  EXPECT_THROW(alloc_count(-1, 1), PyError);
}

TEST(Extent, EveryViewIsChecked) {
  ArrayPtr a = new_array({8}, DType::Int64);
  EXPECT_NO_THROW(make_view(a, 8, {7}, {8}, DType::Int64));
  EXPECT_THROW(make_view(a, 8, {8}, {8}, DType::Int64), PyError);
  EXPECT_THROW(make_view(a, 0, {(int64_t(1) << 61) + 1}, {8}, DType::Int64), PyError);
  EXPECT_THROW(make_view(a, 56, {2}, {-8 * (int64_t(1) << 60)}, DType::Int64), PyError);
  EXPECT_THROW(make_view(a, 0, {2, 2}, {8}, DType::Int64), PyError);
  ArrayPtr empty = make_view(a, 64, {0, 3}, {INT64_MAX, 8}, DType::Int64);
  EXPECT_EQ(empty->size(), 0);
}

TEST(Safety, AsStridedOverflowIsAnErrorAndWritesNothing) {
  Session s;
  RunResult r = s.run(
      "import numpy as np\n"
      "x = np.arange(8)[1:]\n"
      "v = np.lib.stride_tricks.as_strided(x, shape=(2**61 + 1,), strides=(8,))\n");
  EXPECT_EQ(error_of(r),
            "ValueError: array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum "
            "possible size.");
  r = s.run("v = np.lib.stride_tricks.as_strided(x, shape=(2**32, 2**32), strides=(0, 0))\n");
  EXPECT_EQ(r.error.type, "ValueError");
  r = s.run("print(x.sum(), x.size)");
  EXPECT_EQ(r.stdout_text, "28 7\n");
}

TEST(Safety, ArrayInterfaceCannotReachAnotherSession) {
  Session a, b;
  ASSERT_FALSE(a.run("import numpy as np\nvictim = np.arange(4)\n").has_error);
  ArrayPtr victim = a.global_array("victim");
  ASSERT_TRUE(victim);
  const auto ptr = static_cast<long long>(reinterpret_cast<uintptr_t>(victim->data()));
  const std::string iface = "{'data': (" + std::to_string(ptr) +
                            ", False), 'shape': (4,), 'typestr': '<i8', 'version': 3}";
  RunResult r = b.run(
      "import numpy as np\n"
      "class Thief:\n"
      "    pass\n"
      "t = Thief()\n"
      "t.__array_interface__ = " + iface + "\n"
      "v = np.asarray(t)\n"
      "v[:] = -42\n");
  EXPECT_EQ(r.error.type, "ValueError") << r.error.traceback;
  EXPECT_NE(r.error.message.find("does not point into memory owned by this session"), std::string::npos);
  // the owner itself can still view its own memory that way
  RunResult own = a.run(
      "class Mine:\n"
      "    pass\n"
      "m = Mine()\n"
      "m.__array_interface__ = " + iface + "\n"
      "print(np.asarray(m))\n");
  EXPECT_EQ(own.stdout_text, "[0 1 2 3]\n") << own.error.traceback;
  EXPECT_EQ(a.run("print(victim)").stdout_text, "[0 1 2 3]\n");
  // p + 2**32 (what a wasm32 truncation would turn back into p) is rejected
  const std::string far = "{'data': (" + std::to_string(ptr) + " + 2**32, False), 'shape': (4,), 'typestr': '<i8'}";
  r = a.run("m.__array_interface__ = " + far + "\nnp.asarray(m)\n");
  EXPECT_EQ(r.error.type, "ValueError");
}

TEST(Budget, ListsStringsDictsAndArraysAreCounted) {
  Session s(64 << 20);  // 64 MiB
  const int64_t base = s.memory_in_use();
  EXPECT_GT(base, 0);
  RunResult r = s.run("L = [str(i) * 3 for i in range(100000)]\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  const int64_t with_list = s.memory_in_use();
  EXPECT_GT(with_list - base, 100000 * 20);  // the strings and the list's slots
  ASSERT_FALSE(s.run("del L\n").has_error);
  EXPECT_LT(s.memory_in_use() - base, 1 << 20);  // given back (AST and caches aside)

  r = s.run("L = []\nwhile True:\n    L.append(len(L))\n");
  EXPECT_EQ(r.error.type, "MemoryError");
  EXPECT_NE(r.error.message.find("memory limit of 64.0 MiB"), std::string::npos) << r.error.message;
  ASSERT_FALSE(s.run("del L\n").has_error);

  r = s.run("t = 'x'\nwhile True:\n    t = t + t\n");
  EXPECT_EQ(r.error.type, "MemoryError");
  r = s.run("d = {}\ni = 0\nwhile True:\n    d[i] = i\n    i += 1\n");
  EXPECT_EQ(r.error.type, "MemoryError");
  ASSERT_FALSE(s.run("del d\n").has_error);

  r = s.run("import numpy as np\na = np.zeros(10**8)\n");
  EXPECT_EQ(error_of(r),
            "MemoryError: Unable to allocate 763. MiB for an array with shape (100000000,) and data type float64");
  r = s.run("a = np.zeros(2 * 10**6)\nprint(a.nbytes)\n");
  EXPECT_EQ(r.stdout_text, "16000000\n") << r.error.traceback;
  EXPECT_GT(s.memory_in_use() - base, 16000000);
  // the session is still usable
  EXPECT_EQ(s.run("print(sum(range(10)))").stdout_text, "45\n");
}

TEST(Budget, CaughtMemoryErrorLeavesTheSessionUsable) {
  Session s(32 << 20);
  RunResult r = s.run(
      "L = []\n"
      "try:\n"
      "    while True:\n"
      "        L.append([0] * 100)\n"
      "except MemoryError as e:\n"
      "    n = len(L)\n"
      "    del L\n"
      "    print('caught', n > 1000)\n");
  EXPECT_EQ(r.stdout_text, "caught True\n") << r.error.traceback;
  EXPECT_FALSE(r.has_error);
  EXPECT_EQ(s.run("print([i * i for i in range(5)])").stdout_text, "[0, 1, 4, 9, 16]\n");
}

TEST(Budget, SessionsHaveSeparateBudgets) {
  Session big(256 << 20), small(16 << 20);
  ASSERT_FALSE(big.run("import numpy as np\na = np.ones(10**7)\n").has_error);  // 80 MB
  RunResult r = small.run("import numpy as np\nb = np.ones(10**7)\n");
  EXPECT_EQ(r.error.type, "MemoryError");
  r = small.run("b = np.ones(10**5)\nprint(b.sum())\n");
  EXPECT_EQ(r.stdout_text, "100000.0\n");
  EXPECT_EQ(big.run("print(a.sum())").stdout_text, "10000000.0\n");
}

// Without a cycle collector, the cycles Python code builds (functions <-> their module's
// globals, classes <-> methods, `a.me = a`, a list containing itself) must be cut when the
// session goes, or every session that imported numpy kept ~0.9 MB forever (fuzz_program).
TEST(Budget, DestroyedSessionReleasesItsReferenceCycles) {
  const char* program =
      "import numpy as np, statistics, dataclasses, json, collections\n"
      "class A:\n    def f(self):\n        return self\n"
      "a = A(); a.me = a; a.x = np.ones(1000)\n"
      "L = [np.zeros(100)]; L.append(L)\nD = {}; D['d'] = D\n"
      "def outer():\n    def inner():\n        return inner\n    return inner\ng = outer()\n";
  // the first session also pays for process-lifetime caches (native types made on first
  // import): measure the second
  for (int round = 0; round < 2; ++round) {
    const MemoryDomain* d = nullptr;
    {
      Session s;
      d = s.memory_domain();
      RunResult r = s.run(program);
      ASSERT_FALSE(r.has_error) << r.error.traceback;
      ASSERT_GT(d->in_use, 1 << 20);
    }
    EXPECT_EQ(d->array_bytes, 0);
    if (round == 1) EXPECT_LT(d->in_use, 64 * 1024) << "bytes still charged to a destroyed session";
  }
}

TEST(Interrupt, RequestBetweenRunsDoesNotFireInTheNextRun) {
  Session s;
  volatile int32_t flag = 0;
  s.set_interrupt_flag(&flag);
  flag = 1;  // a Stop that arrives after a run ended
  RunResult r = s.run("t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n");
  EXPECT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_EQ(r.stdout_text, "499500\n");
  s.set_interrupt_flag(nullptr);
}

}  // namespace
}  // namespace sl

namespace sl {
namespace {

TEST(AstLifetime, RepeatedCellsDoNotAccumulateTrees) {
  Session s;
  std::string cell = "x = 0\n";
  for (int i = 0; i < 300; ++i) cell += "x = x + " + std::to_string(i) + "  # padding padding padding\n";
  ASSERT_FALSE(s.run(cell).has_error);
  const int64_t after_one = s.memory_in_use();
  for (int i = 0; i < 200; ++i) ASSERT_FALSE(s.run(cell).has_error);
  // each tree is ~100 kB: 200 kept trees would be ~20 MB
  EXPECT_LT(s.memory_in_use() - after_one, 1 << 20);
}

TEST(AstLifetime, FunctionsAndGeneratorsKeepTheirTrees) {
  Session s;
  ASSERT_FALSE(s.run("def f(n):\n    return [i * n for i in range(3)]\n"
                     "g = (k * 10 for k in range(5))\n"
                     "lam = [lambda v, j=j: v + j for j in range(3)]\n"
                     "class C:\n    def m(self):\n        return (lambda: 'method')()\n"
                     "exec('def from_exec(a):\\n    return a * 2')\n"
                     "def outer():\n    def inner():\n        return 'inner'\n    return inner\n"
                     "inn = outer()\ndel outer\n")
                   .has_error);
  for (int i = 0; i < 20; ++i) ASSERT_FALSE(s.run("y = [0] * 10\n").has_error);
  RunResult r = s.run("print(f(2), next(g), next(g), [h(1) for h in lam], C().m(), from_exec(21), inn())\n"
                      "print(list(g))\n");
  EXPECT_EQ(r.stdout_text, "[0, 2, 4] 0 10 [1, 2, 3] method 42 inner\n[20, 30, 40]\n") << r.error.traceback;
  // once nothing refers to them, their trees go too (no crash when everything is dropped)
  ASSERT_FALSE(s.run("del f, g, lam, C, from_exec, inn\n").has_error);
  EXPECT_EQ(s.run("print('ok')").stdout_text, "ok\n");
}

}  // namespace
}  // namespace sl
