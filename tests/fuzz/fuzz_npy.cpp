// fuzz_npy.cpp — libFuzzer target: the .npy reader (magic, header length, the header's
// literal parser, dtype descriptors, shapes, data lengths) on arbitrary bytes, as a file and
// as a stream. Every result must be a valid array (its elements inside its buffer); a
// round trip through write_npy must read back the same bytes.
#include <cstring>

#include "core/errors.hpp"
#include "core/npy_io.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace sl;
  MemoryDomainScope scope(sl::fuzz::fuzz_domain());
  for (NpySource source : {NpySource::File, NpySource::Stream}) {
    try {
      ArrayPtr a = read_npy(data, size, source);
      sl::fuzz::check_array(*a);
      std::vector<uint8_t> again = write_npy(a);
      ArrayPtr b = read_npy(again.data(), again.size(), source);
      sl::fuzz::check_array(*b);
      if (a->shape != b->shape || a->dtype != b->dtype) abort();
    } catch (const PyError&) {
    }
  }
  return 0;
}
