// ops_log_test.cpp — RunResult::ops_json: the bounded log of a run's ufunc, indexing and
// reduction operations that the page's Broadcast and Indexing views draw.
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
  // a[1:] is a view
  EXPECT_TRUE(has(r.ops_json, "[{\"kind\":\"slice\",\"start\":1,\"stop\":null,\"step\":null}],\"copy\":false"))
      << r.ops_json;
  // a[1, 2] is element access: a NumPy scalar, a copy of element 6
  EXPECT_TRUE(has(r.ops_json,
                  "\"indices\":[{\"kind\":\"int\",\"value\":1},{\"kind\":\"int\",\"value\":2}],\"copy\":true,\"mapping\":[6],"
                  "\"result\":{\"shape\":[],\"strides\":[],\"dtype\":\"int64\",\"name\":null,\"scalar\":true}"))
      << r.ops_json;
}

TEST(OpsLog, IntegerIndexingAndElementAssignment) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.arange(12).reshape(3, 4)\nrow = a[-2]\na[0] = 5\na[2, -1] = 7\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  // a[-2]: a view of row 1, elements 4..7
  EXPECT_TRUE(has(r.ops_json,
                  "{\"kind\":\"index\",\"name\":\"getitem\",\"line\":3,\"assign\":false,"
                  "\"source\":{\"shape\":[3,4],\"strides\":[32,8],\"dtype\":\"int64\",\"name\":\"a\",\"scalar\":false},"
                  "\"indices\":[{\"kind\":\"int\",\"value\":-2}],\"copy\":false,\"mapping\":[4,5,6,7],"
                  "\"result\":{\"shape\":[4],\"strides\":[8],\"dtype\":\"int64\",\"name\":\"row\",\"scalar\":false}"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json,
                  "\"name\":\"setitem\",\"line\":4,\"assign\":true,"
                  "\"source\":{\"shape\":[3,4],\"strides\":[32,8],\"dtype\":\"int64\",\"name\":\"a\",\"scalar\":false},"
                  "\"indices\":[{\"kind\":\"int\",\"value\":0}],\"copy\":false,\"mapping\":[0,1,2,3]"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"name\":\"setitem\",\"line\":5,\"assign\":true")) << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "[{\"kind\":\"int\",\"value\":2},{\"kind\":\"int\",\"value\":-1}],\"copy\":false,\"mapping\":[11]")) << r.ops_json;
}

TEST(OpsLog, ReductionsRecordAxesAndResultShape) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.ones((2, 3, 4), dtype=np.float32)\ncols = a.sum(axis=0)\n"
                      "m = np.mean(a)\nb = a.max(axis=(0, -1))\nk = np.argmax(a, axis=-2)\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  const std::string src = "\"operands\":[{\"shape\":[2,3,4],\"strides\":[48,16,4],\"dtype\":\"float32\",\"name\":\"a\",\"scalar\":false}],";
  EXPECT_TRUE(has(r.ops_json, "{\"kind\":\"reduce\",\"name\":\"sum\",\"line\":3," + src +
                                  "\"axis\":[0],\"result\":{\"shape\":[3,4],\"strides\":[16,4],\"dtype\":\"float32\",\"name\":\"cols\",\"scalar\":false},\"error\":null}"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "{\"kind\":\"reduce\",\"name\":\"mean\",\"line\":4," + src +
                                  "\"axis\":null,\"result\":{\"shape\":[],\"strides\":[],\"dtype\":\"float32\",\"name\":null,\"scalar\":true},\"error\":null}"))
      << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"name\":\"max\",\"line\":5," + src + "\"axis\":[0,2],\"result\":{\"shape\":[3]")) << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"name\":\"argmax\",\"line\":6," + src + "\"axis\":[1],\"result\":{\"shape\":[2,4]")) << r.ops_json;
}

TEST(OpsLog, AReductionErrorIsRecordedAndRaisedUnchanged) {
  Session s;
  RunResult r = s.run("import numpy as np\na = np.ones((2, 3))\na.sum(axis=2)\n");
  ASSERT_TRUE(r.has_error);
  EXPECT_EQ(r.error.message, "axis 2 is out of bounds for array of dimension 2");
  EXPECT_TRUE(has(r.ops_json, "\"kind\":\"reduce\",\"name\":\"sum\",\"line\":3")) << r.ops_json;
  EXPECT_TRUE(has(r.ops_json, "\"axis\":[2],\"result\":null,\"error\":\"axis 2 is out of bounds for array of dimension 2\"}")) << r.ops_json;
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
