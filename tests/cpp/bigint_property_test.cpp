// Property test of Python ints against CPython: 10,000 random operations on operands up to
// 2**512 (and the int64 edges where the small-int fast path hands over to BigInt), every
// result compared as text with what /usr/bin/python3 prints for the same program. Skips
// when /usr/bin/python3 is absent. SL_BIGINT_SEED=n picks another random program.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lang/bigint.hpp"
#include "modules/session.hpp"

namespace sl {
namespace {

struct Rng {
  uint64_t s;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  uint64_t below(uint64_t n) { return next() % n; }
};

// A random operand: mostly uniform bit sizes up to 512, plus the edges of int64 and powers
// of two (where carries and the small/big hand-over happen).
std::string operand(Rng& r) {
  BigInt v;
  switch (r.below(8)) {
    case 0: {  // int64 edges
      static const char* const edges[] = {"9223372036854775807", "-9223372036854775808", "9223372036854775808",
                                          "-9223372036854775809", "4294967296", "-1", "0", "1",
                                          "18446744073709551615", "18446744073709551616", "3037000499",
                                          "-3037000500"};
      return edges[r.below(sizeof edges / sizeof edges[0])];
    }
    case 1: {  // 2**k + {-1, 0, 1}
      v = BigInt(1).shl(r.below(513));
      v = v + BigInt(static_cast<int64_t>(r.below(3)) - 1);
      break;
    }
    default: {
      uint64_t bits = 1 + r.below(512);
      for (uint64_t b = 0; b < bits; b += 32) v = v.shl(32) + BigInt(static_cast<int64_t>(r.next() & 0xFFFFFFFFu));
      v = v.shr_floor(v.bit_length() > bits ? v.bit_length() - bits : 0);
      break;
    }
  }
  if (r.below(2)) v = -v;
  return v.to_string(10);
}

// The program: operand table V, then (op, i, j) triples run by one loop; each result (or
// "ExcType: message") is printed on its own line.
std::string make_program(uint64_t seed, int n_ops, int n_operands) {
  Rng r{seed * 2654435761u + 88172645463325252ull};
  std::ostringstream p;
  p << "V = [\n";
  for (int i = 0; i < n_operands; ++i) p << operand(r) << ",\n";
  p << "]\nOPS = [";
  for (int k = 0; k < n_ops; ++k)
    p << "(" << r.below(1000) << "," << r.below(static_cast<uint64_t>(n_operands)) << ","
      << r.below(static_cast<uint64_t>(n_operands)) << "),";
  p << "]\n";
  p << R"PY(S = [0, 1, 2, 3, 7, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 200, 511, 513]
def small(j):
    return S[j % len(S)]
F = [
 lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b,
 lambda a, b: a // b, lambda a, b: a % b, lambda a, b: divmod(a, b),
 lambda a, b: a / b, lambda a, b: repr(a / 7), lambda a, b: a ** (small(b) % 9),
 lambda a, b: pow(a, small(b) + 3, b), lambda a, b: pow(a, -1, b),
 lambda a, b: a << small(b), lambda a, b: a >> small(b), lambda a, b: a & b,
 lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: ~a, lambda a, b: -a, lambda a, b: abs(a),
 lambda a, b: (a < b, a <= b, a == b, a != b, a > b, a >= b),
 lambda a, b: hex(a), lambda a, b: oct(a), lambda a, b: bin(a),
 lambda a, b: format(a, ','), lambda a, b: format(a, '_x'), lambda a, b: format(a, '+,d'),
 lambda a, b: format(a, '>60'), lambda a, b: format(a, '#X'), lambda a, b: format(a, '.6e'),
 lambda a, b: '%d %x' % (a, b), lambda a, b: f'{a:_}',
 lambda a, b: int(str(a)) == a, lambda a, b: int(hex(a), 16) == a, lambda a, b: int(bin(a), 0) == a,
 lambda a, b: int(format(abs(a), 'o'), 8), lambda a, b: float(a), lambda a, b: hash(a),
 lambda a, b: a.bit_length(), lambda a, b: a.bit_count(),
 lambda a, b: a.to_bytes(70, 'little', signed=True).hex(),
 lambda a, b: int.from_bytes(abs(a).to_bytes(66, 'big'), 'big') == abs(a),
 lambda a, b: round(a, -small(b) % 40), lambda a, b: a == float(a), lambda a, b: a < float(b),
 lambda a, b: a + 0.5, lambda a, b: bool(a), lambda a, b: max(a, b), lambda a, b: sorted([b, a, 0])[1],
 lambda a, b: (a * b) // b == a if b else None, lambda a, b: (a // b) * b + a % b == a if b else None,
 lambda a, b: {a: 1}.get(b, 2), lambda a, b: a in {b, 1}, lambda a, b: str(-a),
]
R = []
for op, i, j in OPS:
    try:
        res = F[op % len(F)](V[i], V[j])
    except Exception as e:
        res = type(e).__name__ + ': ' + str(e)
    R.append(str(res))
print('\n'.join(R))
)PY";
  return p.str();
}

std::string run_cpython(const std::string& program, bool* ok) {
  *ok = false;
  char path[] = "/tmp/sl_bigint_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "";
  {
    std::ofstream f(path);
    f << program;
  }
  close(fd);
  std::string cmd = std::string("/usr/bin/python3 ") + path;
  FILE* p = popen(cmd.c_str(), "r");
  std::string out;
  if (p) {
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    *ok = pclose(p) == 0;
  }
  std::remove(path);
  return out;
}

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> v;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) v.push_back(l);
  return v;
}

TEST(BigIntProperty, TenThousandOperationsMatchCPython) {
  if (access("/usr/bin/python3", X_OK) != 0) GTEST_SKIP() << "/usr/bin/python3 not found";
  uint64_t seed = 12;
  if (const char* e = std::getenv("SL_BIGINT_SEED")) seed = std::strtoull(e, nullptr, 10);
  const int kOps = 10000;
  std::string prog = make_program(seed, kOps, 300);
  bool ok;
  std::string expected = run_cpython(prog, &ok);
  ASSERT_TRUE(ok) << "CPython failed on the generated program";
  Session s;
  RunResult r = s.run(prog);
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  std::vector<std::string> want = lines(expected), got = lines(r.stdout_text);
  ASSERT_EQ(want.size(), static_cast<size_t>(kOps));
  ASSERT_EQ(got.size(), want.size());
  // report the first mismatches with the operation that produced them
  std::string ops_text = prog.substr(prog.find("OPS = [") + 7);
  int bad = 0;
  for (size_t k = 0; k < want.size() && bad < 10; ++k) {
    if (want[k] == got[k]) continue;
    ++bad;
    size_t pos = 0;
    for (size_t c = 0; c < k; ++c) pos = ops_text.find("),", pos) + 2;
    ADD_FAILURE() << "op #" << k << " " << ops_text.substr(pos, ops_text.find("),", pos) - pos + 1)
                  << "\n  CPython:   " << want[k] << "\n  stridelab: " << got[k];
  }
}

}  // namespace
}  // namespace sl
