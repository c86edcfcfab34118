// fuzz_args.cpp — libFuzzer target: the argument parsers that take user-described
// structure: format specs (format(), str.format, %), as_strided / np.ndarray(buffer=...) /
// __array_interface__ geometries (shape, strides, offset, pointer: small, negative, and the
// values where int64 arithmetic overflows), and einsum subscripts. The first byte picks the
// parser; the input becomes one small generated program, run like fuzz_program.
#include <string>

#include "tests/fuzz/fuzz_common.hpp"

namespace {
using sl::fuzz::py_literal;
using sl::fuzz::Reader;

std::string num(int64_t v) {
  // INT64_MIN has no literal: -(2**63) works in Python and in stridelab
  return v == INT64_MIN ? "(-2**62*2)" : "(" + std::to_string(v) + ")";
}

std::string tuple(Reader& in, int max_len) {
  const int n = static_cast<int>(in.range(0, max_len));
  std::string s = "(";
  for (int i = 0; i < n; ++i) s += num(in.wide()) + ",";
  return s + ")";
}

const char* kDtypes[] = {"np.int8", "np.uint8", "np.int16", "np.int32", "np.int64", "np.float32",
                         "np.float64", "np.bool_", "np.uint64"};

std::string touch(const std::string& v) {
  // read every element, write one, print: any escape from the buffer is an ASan report
  return "    s = " + v + ".sum()\n    r = repr(" + v + ")\n    if " + v + ".size and " + v +
         ".flags.writeable:\n        " + v + ".flat[" + v + ".size - 1] = 1\n        " + v + "[...] = 0\n";
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return -1;
  Reader in(data, size);
  const int mode = in.byte() % 7;
  std::string prog = "import numpy as np\nfrom numpy.lib.stride_tricks import as_strided\n";
  switch (mode) {
    case 0: {
      static const char* values[] = {"12345", "-7", "3.25", "-0.0", "float('nan')", "1e300", "'text'", "True",
                                     "None", "np.float64(2.5)", "np.int32(-3)", "2**62", "[1, 2]"};
      const char* v = values[in.byte() % (sizeof values / sizeof values[0])];
      prog += "try:\n    format(" + std::string(v) + ", " + py_literal(in.rest()) + ")\nexcept Exception:\n    pass\n";
      break;
    }
    case 1:
      prog += "try:\n    (" + py_literal(in.rest()) + ").format(1, 2.5, 'x', [3], a=4, b={'k': 5})\nexcept Exception:\n    pass\n";
      break;
    case 2:
      prog += "try:\n    (" + py_literal(in.rest()) + ") % (1, 2.5, 'x')\nexcept Exception:\n    pass\n";
      break;
    case 3: {
      const std::string dt = kDtypes[in.byte() % (sizeof kDtypes / sizeof kDtypes[0])];
      const int64_t n = in.range(0, 40), off = in.range(0, 8);
      prog += "x = np.arange(" + std::to_string(n) + ").astype(" + dt + ")[" + std::to_string(off) + ":]\n";
      prog += "try:\n    v = as_strided(x, shape=" + tuple(in, 4) + ", strides=" + tuple(in, 4) + ")\n" + touch("v") +
              "except Exception:\n    pass\n";
      break;
    }
    case 4: {
      prog += "a = np.arange(12.0).reshape(3, 4)\nb = np.arange(4)\n";
      prog += "try:\n    np.einsum(" + py_literal(in.rest()) + ", a, b)\nexcept Exception:\n    pass\n";
      break;
    }
    case 5: {
      const std::string dt = kDtypes[in.byte() % (sizeof kDtypes / sizeof kDtypes[0])];
      prog += "buf = np.arange(" + std::to_string(in.range(0, 32)) + ", dtype=np.int64)\n";
      prog += "try:\n    v = np.ndarray(" + tuple(in, 3) + ", dtype=" + dt + ", buffer=buf, offset=" + num(in.wide()) +
              (in.byte() & 1 ? ", strides=" + tuple(in, 3) : std::string()) + ")\n" + touch("v") +
              "except Exception:\n    pass\n";
      break;
    }
    case 6: {
      prog += "from mutable_str import MutableString\ns = MutableString('abcdefghijklmnop')\n";
      prog += "s.__array_interface__ = {'data': (s.data_ptr + " + num(in.wide()) + ", False), 'shape': " + tuple(in, 3) +
              ", 'strides': " + (in.byte() & 1 ? tuple(in, 3) : std::string("None")) + ", 'typestr': " +
              py_literal(std::string(in.byte() & 1 ? "<i" : "|u") + std::to_string(1 << (in.byte() % 4))) + "}\n";
      prog += "try:\n    v = np.asarray(s)\n" + touch("v") + "except Exception:\n    pass\n";
      break;
    }
  }
  sl::fuzz::run_program(prog);
  return 0;
}
