// step_hook_test.cpp — the interpreter's per-statement hook as the stepping UI sees it
// (RunOptions::steps -> StepPoint after every simple statement of the cell): the order of
// the points through loops, calls, exceptions and generators, the call depth Step Over
// uses, and the variables each point shows.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "modules/session.hpp"
#include "modules/step_hook.hpp"

using sl::RunOptions;
using sl::RunResult;
using sl::Session;
using sl::StepPoint;

namespace {

struct Recorder : sl::StepObserver {
  std::vector<StepPoint> points;
  size_t cap = 100000;
  bool on_step(const StepPoint& p) override {
    points.push_back(p);
    return points.size() < cap;
  }
  // "line@depth" for every point, "!" marking one that raised
  std::string trace() const {
    std::string s;
    for (const auto& p : points) {
      if (!s.empty()) s += " ";
      s += std::to_string(p.line) + "@" + std::to_string(p.depth) + (p.raised ? "!" : "");
    }
    return s;
  }
};

RunResult step(Session& s, Recorder& rec, const std::string& code) {
  RunOptions o;
  o.steps = &rec;
  return s.run(code, "<cell>", o);
}

const StepPoint::Var* var(const StepPoint& p, const std::string& name) {
  for (const auto& v : p.vars)
    if (v.name == name) return &v;
  return nullptr;
}

}  // namespace

TEST(StepHook, EveryStatementOfALoopBodyOnEveryIteration) {
  Session s;
  Recorder rec;
  RunResult r = step(s, rec, "t = 0\nfor i in range(3):\n    t += i\n    if i == 1:\n        t *= 10\nt\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_EQ(rec.trace(), "1@0 3@0 3@0 5@0 3@0 6@0");
  EXPECT_EQ(r.value_repr, "12");
  // the snapshot after `t *= 10` shows t == 10
  ASSERT_EQ(rec.points.size(), 6u);
  ASSERT_NE(var(rec.points[3], "t"), nullptr);
  EXPECT_EQ(sl::to_int64(var(rec.points[3], "t")->value), 10);  // repr needs a running interpreter
}

TEST(StepHook, CallsGoDeeperAndShowLocals) {
  Session s;
  Recorder rec;
  RunResult r = step(s, rec, "def f(x):\n    y = x * 2\n    return y + 1\na = f(3)\nb = a\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_EQ(rec.trace(), "1@0 2@1 3@1 4@0 5@0");
  EXPECT_EQ(rec.points[1].function, "f");
  EXPECT_EQ(rec.points[0].function, "<module>");
  const StepPoint::Var* y = var(rec.points[1], "y");
  ASSERT_NE(y, nullptr);
  EXPECT_TRUE(y->local);
  EXPECT_EQ(sl::to_int64(y->value), 6);
}

TEST(StepHook, AStatementThatRaisesIsOnePointAndTheHandlerFollows) {
  Session s;
  Recorder rec;
  RunResult r = step(s, rec,
                     "def g():\n    return 1 / 0\ntry:\n    g()\nexcept ZeroDivisionError:\n    z = 1\nz\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_EQ(rec.trace(), "1@0 2@1! 6@0 7@0");
  Recorder rec2;
  RunResult r2 = step(s, rec2, "x = 1\nx = [][0]\nx = 2\n");
  ASSERT_TRUE(r2.has_error);
  EXPECT_EQ(rec2.trace(), "1@0 2@0!");
}

TEST(StepHook, GeneratorBodiesInterleaveWithTheirConsumer) {
  Session s;
  Recorder rec;
  RunResult r = step(s, rec,
                     "def gen(n):\n    for i in range(n):\n        yield i\n    k = 'done'\n"
                     "out = []\nfor v in gen(2):\n    out.append(v)\nout\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  // `yield i` is a point when it suspends, before the consumer's body sees the value
  EXPECT_EQ(rec.trace(), "1@0 5@0 3@1 7@0 3@1 7@0 4@1 8@0");
}

TEST(StepHook, ComprehensionsAndFunctionsOfOtherCellsAreNotPoints) {
  Session s;
  ASSERT_FALSE(s.run("def h(v):\n    w = v + 1\n    return w\n").has_error);
  Recorder rec;
  RunResult r = step(s, rec, "q = [h(i) for i in range(3)]\nq\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_EQ(rec.trace(), "1@0 2@0");
}

TEST(StepHook, OutputSoFarAndCap) {
  Session s;
  Recorder rec;
  rec.cap = 3;
  RunResult r = step(s, rec, "for i in range(10):\n    print(i)\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  ASSERT_EQ(rec.points.size(), 3u);  // recording stopped, the run did not
  EXPECT_EQ(rec.points[0].stdout_length, 2u);
  EXPECT_EQ(rec.points[2].stdout_length, 6u);
  EXPECT_EQ(r.stdout_text, "0\n1\n2\n3\n4\n5\n6\n7\n8\n9\n");
}

TEST(StepHook, OffByDefaultAndRemovedAfterTheRun) {
  Session s;
  Recorder rec;
  ASSERT_FALSE(step(s, rec, "a = 1\n").has_error);
  size_t n = rec.points.size();
  ASSERT_FALSE(s.run("b = 2\nc = 3\n").has_error);
  EXPECT_EQ(rec.points.size(), n);
}
