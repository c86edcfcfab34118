// deflate.hpp — raw DEFLATE (RFC 1951) for .npz archives (np.savez_compressed writes it,
// np.load reads what zlib wrote): inflate reads stored, fixed-Huffman and dynamic-Huffman
// blocks; deflate writes LZ77 matches (hash chains over a 32 KiB window) coded with the fixed
// Huffman table, or stored blocks when that would not be smaller. Plus the CRC-32 of ZIP.
// Every read is bounds-checked: malformed data raises ValueError ("invalid deflate data: ..."),
// and inflate never writes more than the size the archive declares.
// Not here: the ZIP container (zip_archive.hpp), zlib/gzip wrappers, dynamic-table encoding.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace sl {

uint32_t crc32_update(uint32_t crc, const uint8_t* data, size_t n);
inline uint32_t crc32_of(const std::string& s) {
  return crc32_update(0, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

std::string deflate_raw(const std::string& data);
// `expected_size`: the uncompressed size the container declares (the output must be exactly
// that long, else ValueError).
std::string inflate_raw(const uint8_t* data, size_t n, size_t expected_size);

}  // namespace sl
