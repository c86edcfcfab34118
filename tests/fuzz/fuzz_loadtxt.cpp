// fuzz_loadtxt.cpp — libFuzzer target: np.loadtxt's tokenizer and number parsers. The first
// bytes pick the options (dtype, delimiter, comments, skiprows, usecols, ndmin, max_rows,
// unpack), the rest is the text. Results must satisfy the array invariant.
#include "core/dtype.hpp"
#include "core/errors.hpp"
#include "core/text_io.hpp"
#include "tests/fuzz/fuzz_common.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sl;
  MemoryDomainScope scope(sl::fuzz::fuzz_domain());
  sl::fuzz::Reader in(data, size);
  LoadtxtOptions opt;
  opt.dtype = static_cast<DType>(in.byte() % kNumDTypes);
  const uint8_t flags = in.byte();
  if (flags & 1) opt.delimiter = std::string(1, static_cast<char>(in.byte()));
  if (flags & 2) opt.comments = {};
  if (flags & 4) opt.comments = {std::string(1, static_cast<char>(in.byte())), "//"};
  if (flags & 8) opt.skiprows = in.range(0, 4);
  if (flags & 16) opt.usecols = std::vector<int64_t>{in.wide(), in.range(-3, 3)};
  if (flags & 32) opt.max_rows = in.wide();
  opt.ndmin = static_cast<int>(in.byte() % 3);
  opt.unpack = flags & 64;
  std::vector<TextWarning> warnings;
  opt.warnings = &warnings;
  try {
    ArrayPtr a = loadtxt(in.rest(), opt);
    sl::fuzz::check_array(*a);
  } catch (const PyError&) {
  }
  return 0;
}
