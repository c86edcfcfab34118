// DEFLATE, CRC-32 and the ZIP container of .npz files (core/deflate, core/zip_archive).
// The dynamic-Huffman stream was made by CPython's zlib (compressobj(9, DEFLATED, -15)) from
// the text words() rebuilds; everything else round-trips through our own writer.
#include <gtest/gtest.h>

#include <string>

#include "core/deflate.hpp"
#include "core/errors.hpp"
#include "core/zip_archive.hpp"

using namespace sl;

namespace {

std::string unhex(const std::string& h) {
  std::string out;
  for (size_t i = 0; i + 1 < h.size(); i += 2) out.push_back(static_cast<char>(std::stoi(h.substr(i, 2), nullptr, 16)));
  return out;
}

// b' '.join(words[(i*7 + i//3) % len(words)] for i in range(400))
std::string words() {
  const char* w[] = {"the", "quick", "brown", "fox", "jumps", "over", "a", "lazy", "dog",
                     "while", "numpy", "arrays", "stride", "through", "memory"};
  std::string s;
  for (int i = 0; i < 400; ++i) s += (i ? " " : "") + std::string(w[(i * 7 + i / 3) % 15]);
  return s;
}

std::string inflate_all(const std::string& raw, size_t size) {
  return inflate_raw(reinterpret_cast<const uint8_t*>(raw.data()), raw.size(), size);
}

std::string pseudo_random(size_t n) {
  std::string s(n, '\0');
  uint32_t x = 12345;
  for (char& c : s) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(x >> 24);
  }
  return s;
}

}  // namespace

TEST(Deflate, Crc32KnownValues) {
  EXPECT_EQ(crc32_of("123456789"), 0xCBF43926u);
  EXPECT_EQ(crc32_of(""), 0u);
  EXPECT_EQ(crc32_of(words()), 0xf60e0b50u);
}

TEST(Deflate, InflatesZlibDynamicHuffman) {
  const std::string raw = unhex("edcf610e40300c86e1abb8da58d930a5ebcc9c9e48c47a04497ff5fdd25f0f3b686673962640402aa2cd17ec08d3e0aac21d488ec8e42d881e5358a31c86c89428478f479dcbfd2b55b58479119d9d9f41f4967c3789b63854c5b7f3bd8f9115ae70852b5ce10a57f80fe017");
  EXPECT_EQ((static_cast<uint8_t>(raw[0]) >> 1) & 3, 2);  // a dynamic block
  EXPECT_EQ(inflate_all(raw, 2219), words());
}

TEST(Deflate, RoundTrips) {
  std::string zeros(100000, '\0');
  std::string text;
  for (int i = 0; i < 50; ++i) text += words();
  for (const std::string& data : {std::string(), std::string("a"), zeros, text, pseudo_random(70000),
                                  pseudo_random(5) + zeros + pseudo_random(40000)}) {
    const std::string packed = deflate_raw(data);
    EXPECT_EQ(inflate_all(packed, data.size()), data) << data.size();
    EXPECT_LE(packed.size(), data.size() + 5 * (data.size() / 65535 + 1));
  }
  EXPECT_LT(deflate_raw(zeros).size(), 1000u);
  EXPECT_LT(deflate_raw(text).size(), text.size() / 10);
}

TEST(Deflate, MalformedDataRaises) {
  const std::string raw = unhex("edcf610e40300c86e1abb8da58d930a5ebcc9c9e48c47a04497ff5fdd25f0f3b686673962640402aa2cd17ec08d3e0aac21d488ec8e42d881e5358a31c86c89428478f479dcbfd2b55b58479119d9d9f41f4967c3789b63854c5b7f3bd8f9115ae70852b5ce10a57f80fe017");
  EXPECT_THROW(inflate_all(raw.substr(0, 40), 2219), PyError);   // truncated
  EXPECT_THROW(inflate_all(raw, 2218), PyError);                  // more data than declared
  EXPECT_THROW(inflate_all(raw, 3000), PyError);                  // less data than declared
  EXPECT_THROW(inflate_all(std::string("\x07", 1), 0), PyError);  // block type 3
  EXPECT_THROW(inflate_all(std::string("\x01\x05\x00\x00\x00", 5), 5), PyError);  // LEN/NLEN mismatch
  // a fixed block whose first symbol is a match (length 3, distance 1): before the output's start
  try {
    inflate_all(std::string("\x03\x02\x00", 3), 3);
    ADD_FAILURE() << "no error";
  } catch (const PyError& e) {
    EXPECT_NE(e.message.find("distance too far back"), std::string::npos) << e.message;
  }
}

TEST(ZipArchive, RoundTripStoredAndDeflated) {
  const std::vector<ZipEntry> entries = {{"a.npy", words()}, {"empty.npy", ""}, {"z.npy", std::string(5000, 'z')}};
  for (bool deflate : {false, true}) {
    const std::string zip = write_zip(entries, deflate);
    EXPECT_TRUE(looks_like_zip(zip));
    std::vector<ZipEntry> back = read_zip(zip);
    ASSERT_EQ(back.size(), entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      EXPECT_EQ(back[i].name, entries[i].name);
      EXPECT_EQ(back[i].data, entries[i].data);
    }
  }
  EXPECT_TRUE(read_zip(write_zip({}, false)).empty());
}

TEST(ZipArchive, MalformedArchivesRaise) {
  std::string zip = write_zip({{"a.npy", words()}}, true);
  EXPECT_THROW(read_zip("PK\x03\x04"), PyError);
  EXPECT_THROW(read_zip(zip.substr(0, zip.size() - 1)), PyError);  // no end record
  for (size_t cut : {size_t(10), size_t(40), zip.size() / 2}) EXPECT_THROW(read_zip(zip.substr(cut)), PyError);
  std::string flipped = zip;
  flipped[40] = static_cast<char>(flipped[40] ^ 0x55);  // inside the deflated data
  EXPECT_THROW(read_zip(flipped), PyError);
  // every single-byte corruption either reads or raises: never crashes
  for (size_t i = 0; i < zip.size(); ++i) {
    std::string bad = zip;
    bad[i] = static_cast<char>(bad[i] ^ 0xff);
    try {
      read_zip(bad);
    } catch (const PyError&) {
    }
  }
}
