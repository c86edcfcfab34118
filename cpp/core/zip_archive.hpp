// zip_archive.hpp — the ZIP container of .npz files (APPNOTE.TXT): read_zip lists the entries
// of an archive through its central directory (ZIP64 sizes/offsets included, as Python's
// zipfile writes them for np.savez) and unpacks stored or deflated data, checking each CRC-32;
// write_zip writes entries stored (np.savez) or deflated (np.savez_compressed) with the fixed
// 1980-01-01 timestamp (deterministic archives). Every offset and size is bounds-checked:
// malformed archives raise ValueError ("File is not a zip file", "Bad CRC-32 for file 'x'",
// ...) and nothing reads outside the given bytes.
// Not here: encryption, multi-disk archives, methods other than stored/deflate (ValueError
// "That compression method is not supported"), ZIP64 writing (entries over 4 GiB).
#pragma once
#include <string>
#include <vector>

namespace sl {

struct ZipEntry {
  std::string name;
  std::string data;
};

// The entries in central-directory order.
std::vector<ZipEntry> read_zip(const std::string& archive);
std::string write_zip(const std::vector<ZipEntry>& entries, bool deflate);
// True when `data` starts like a ZIP archive (np.load's test for an .npz: a local file
// header, or the end record of an empty archive)
bool looks_like_zip(const std::string& data);

}  // namespace sl
