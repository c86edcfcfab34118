// line_profile_test.cpp — the per-line cost of a run (RunOptions::profile): the golden
// programs of tests/profile (see its README: expected numbers in `# cost:` comments, every
// other line zero), and the accounting through calls, loops and errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "modules/session.hpp"

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// line -> "allocated=A temporaries=T/B views=V copies=C hits=H" from the run's lines_json
std::map<int, std::string> costs_of(const std::string& json) {
  std::map<int, std::string> out;
  std::regex row(
      R"re(\{"line":(\d+),"hits":(\d+),"allocated":(\d+),"temporaries":(\d+),"temporaryBytes":(\d+),"views":(\d+),"copies":(\d+),"ms":[0-9.]+\})re");
  for (std::sregex_iterator it(json.begin(), json.end(), row), end; it != end; ++it) {
    const auto& m = *it;
    out[std::stoi(m[1])] = "allocated=" + m[3].str() + " temporaries=" + m[4].str() + "/" + m[5].str() +
                           " views=" + m[6].str() + " copies=" + m[7].str() + " hits=" + m[2].str();
  }
  return out;
}

std::string without_hits(const std::string& s) { return s.substr(0, s.find(" hits=")); }

sl::RunResult profile(sl::Session& s, const std::string& code) {
  sl::RunOptions o;
  o.profile = true;
  return s.run(code, "<cell>", o);
}

}  // namespace

TEST(LineProfile, GoldenPrograms) {
  const std::filesystem::path dir = std::filesystem::path(SL_SOURCE_DIR) / "tests" / "profile";
  int programs = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".py") continue;
    ++programs;
    SCOPED_TRACE(entry.path().filename().string());
    const std::string code = read(entry.path());
    sl::Session s;
    ASSERT_FALSE(s.run("import numpy as np\n").has_error);
    sl::RunResult r = profile(s, code);
    ASSERT_FALSE(r.has_error) << r.error.traceback;
    const auto got = costs_of(r.lines_json);
    std::istringstream lines(code);
    std::string text;
    for (int line = 1; std::getline(lines, text); ++line) {
      auto at = text.find("# cost: ");
      auto g = got.find(line);
      if (at == std::string::npos) {
        if (g != got.end())
          EXPECT_EQ(without_hits(g->second), "allocated=0 temporaries=0/0 views=0 copies=0") << "line " << line << ": " << text;
        continue;
      }
      std::string want = text.substr(at + 8);
      ASSERT_NE(g, got.end()) << "line " << line << " did not run: " << text;
      const std::string have = want.find(" hits=") == std::string::npos ? without_hits(g->second) : g->second;
      EXPECT_EQ(have, want) << "line " << line << ": " << text;
    }
  }
  EXPECT_GE(programs, 3);
}

TEST(LineProfile, OffUnlessAsked) {
  sl::Session s;
  sl::RunResult r = s.run("x = 1\n");
  EXPECT_EQ(r.lines_json, "");
  sl::RunResult p = profile(s, "x = 1\ny = 2\n");
  EXPECT_NE(p.lines_json.find("{\"line\":2,\"hits\":1,"), std::string::npos) << p.lines_json;
}

TEST(LineProfile, AnErrorEndsTheRunButTheLinesBeforeItCount) {
  sl::Session s;
  ASSERT_FALSE(s.run("import numpy as np\n").has_error);
  sl::RunResult r = profile(s, "a = np.zeros(4)\nb = a + np.ones(5)\n");
  ASSERT_TRUE(r.has_error);
  const auto got = costs_of(r.lines_json);
  ASSERT_EQ(got.count(1), 1u);
  EXPECT_EQ(got.at(1), "allocated=32 temporaries=0/0 views=0 copies=1 hits=1");
  // np.ones(5) was made and freed by the failing statement
  ASSERT_EQ(got.count(2), 1u);
  EXPECT_EQ(got.at(2), "allocated=0 temporaries=1/40 views=0 copies=0 hits=1");
}
