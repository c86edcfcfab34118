// ops_log_test.cpp — RunResult::ops_json: the bounded log of a run's ufunc and indexing
// operations that the page's Broadcast and Indexing views draw.
#include <gtest/gtest.h>

#include "modules/session.hpp"

using sl::RunResult;
using sl::Session;

namespace {

bool has(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

}  // namespace

TEST(OpsLog, BroadcastingUfuncWithNamesShapesStridesAndLine) {
  Session s;
  RunResult r = s.run("import numpy as np\nx = np.arange(3.0)\ny = np.ones((2, 1))\nz = x + y\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_TRUE(has(r.ops_json,
                  "{\"kind\":\"ufunc\",\"name\":\"add\",\"line\":4,\"operands\":["
                  "{\"shape\":[3],\"strides\":[8],\"dtype\":\"float64\",\"name\":\"x\",\"scalar\":false},"
                  "{\"shape\":[2,1],\"strides\":[8,8],\"dtype\":\"float64\",\"name\":\"y\",\"scalar\":false}],"
                  "\"result\":{\"shape\":[2,3],\"strides\":[24,8],\"dtype\":\"float64\",\"name\":\"z\",\"scalar\":false},"
                  "\"error\":null}"))
      << r.ops_json;
}

TEST(OpsLog, BroadcastErrorKeepsNumPysMessageAndScalarsAreWeak) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.zeros((3, 4))\nb = a * 2\nc = a + np.zeros(5)\n");
  ASSERT_TRUE(r.has_error);
  EXPECT_TRUE(has(r.ops_json, "{\"shape\":[],\"strides\":[],\"dtype\":\"int\",\"name\":null,\"scalar\":true}"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"line\":4")) << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"result\":null,\"error\":\"operands could not be broadcast together with shapes (3,4) (5,) \""))
      << r.ops_json;
}

TEST(OpsLog, FancyIndexRecordsPartsCopyAndSourceMapping) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.arange(12).reshape(3, 4)\nb = a[[2, 0], 1:3]\nc = a[a > 9]\n"
                      "v = a[1:]\nw = a[1, 2]\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  EXPECT_TRUE(has(r.ops_json,
                  "\"indices\":[{\"kind\":\"array\",\"shape\":[2],\"dtype\":\"int64\",\"values\":[2,0]},"
                  "{\"kind\":\"slice\",\"start\":1,\"stop\":3,\"step\":null}],\"copy\":true,\"mapping\":[9,10,1,2]"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "{\"kind\":\"mask\",\"shape\":[3,4],\"count\":2}],\"copy\":true,\"mapping\":[10,11]"))
      << r.ops_json;
  // a[1:] is a view; a[1, 2] is element access and is not logged
  EXPECT_TRUE(has(r.ops_json, "[{\"kind\":\"slice\",\"start\":1,\"stop\":null,\"step\":null}],\"copy\":false"))
      << r.ops_json;
  EXPECT_FALSE(has(r.ops_json, "[{\"kind\":\"int\",\"value\":1},{\"kind\":\"int\",\"value\":2}]")) << r.ops_json;
}

TEST(OpsLog, IsBoundedAndClearedPerRun) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.zeros(3)\nfor i in range(500):\n    a = a + 1\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  size_t count = 0;
  for (size_t p = r.ops_json.find("\"kind\":\"ufunc\""); p != std::string::npos; p = r.ops_json.find("\"kind\":\"ufunc\"", p + 1))
    ++count;
  EXPECT_EQ(count, 200u);
  RunResult r2 = s.run("x = 1 + 2\n");
  EXPECT_EQ(r2.ops_json, "[]");
}
