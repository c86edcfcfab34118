// zip_archive.cpp — see zip_archive.hpp.
#include "core/zip_archive.hpp"

#include <cstdint>

#include "core/deflate.hpp"
#include "core/errors.hpp"

namespace sl {
namespace {

constexpr uint32_t kLocalSig = 0x04034b50, kCentralSig = 0x02014b50, kEndSig = 0x06054b50;
constexpr uint32_t kZip64EndSig = 0x06064b50, kZip64LocatorSig = 0x07064b50;

[[noreturn]] void bad_zip(const std::string& why = "File is not a zip file") { raise_value_error(why); }

struct Reader {
  const std::string& s;
  uint64_t u(size_t at, int bytes) const {
    if (at > s.size() || s.size() - at < static_cast<size_t>(bytes)) bad_zip();
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(s[at + static_cast<size_t>(i)]);
    return v;
  }
};

void put(std::string& out, uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

}  // namespace

bool looks_like_zip(const std::string& data) {
  // a local file header, or the end record of an archive without entries (NumPy's test)
  return data.size() >= 4 && (data.compare(0, 4, "PK\x03\x04") == 0 || data.compare(0, 4, "PK\x05\x06") == 0);
}

std::vector<ZipEntry> read_zip(const std::string& a) {
  Reader r{a};
  // End of central directory: the last signature within the final 22 + 65535 bytes
  if (a.size() < 22) bad_zip();
  size_t end = std::string::npos;
  const size_t lowest = a.size() > 22 + 65535 ? a.size() - 22 - 65535 : 0;
  for (size_t at = a.size() - 22 + 1; at-- > lowest;)
    if (r.u(at, 4) == kEndSig) {
      end = at;
      break;
    }
  if (end == std::string::npos) bad_zip();
  uint64_t count = r.u(end + 10, 2), cd_size = r.u(end + 12, 4), cd_offset = r.u(end + 16, 4);
  if (end >= 20 && r.u(end - 20, 4) == kZip64LocatorSig) {
    const uint64_t z64 = r.u(end - 20 + 8, 8);
    if (z64 > a.size() || r.u(static_cast<size_t>(z64), 4) != kZip64EndSig) bad_zip();
    count = r.u(static_cast<size_t>(z64) + 32, 8);
    cd_size = r.u(static_cast<size_t>(z64) + 40, 8);
    cd_offset = r.u(static_cast<size_t>(z64) + 48, 8);
  }
  if (cd_offset > a.size() || cd_size > a.size() - cd_offset) bad_zip();
  if (count > cd_size / 46) bad_zip();  // a central record is at least 46 bytes
  std::vector<ZipEntry> out;
  size_t at = static_cast<size_t>(cd_offset);
  for (uint64_t k = 0; k < count; ++k) {
    if (r.u(at, 4) != kCentralSig) bad_zip("Bad magic number for central directory");
    const uint64_t flags = r.u(at + 8, 2), method = r.u(at + 10, 2), crc = r.u(at + 16, 4);
    uint64_t csize = r.u(at + 20, 4), usize = r.u(at + 24, 4);
    const size_t name_len = static_cast<size_t>(r.u(at + 28, 2)), extra_len = static_cast<size_t>(r.u(at + 30, 2));
    const size_t comment_len = static_cast<size_t>(r.u(at + 32, 2));
    uint64_t local = r.u(at + 42, 4);
    if (a.size() - (at + 46) < name_len + extra_len + comment_len) bad_zip();
    ZipEntry e;
    e.name = a.substr(at + 46, name_len);
    // ZIP64 extra field: the 8-byte values of the fields that hold 0xFFFFFFFF, in order
    for (size_t x = at + 46 + name_len, xe = x + extra_len; x + 4 <= xe;) {
      const uint64_t id = r.u(x, 2), len = r.u(x + 2, 2);
      if (len > xe - x - 4) bad_zip();
      if (id == 1) {
        size_t f = x + 4, fe = f + static_cast<size_t>(len);
        auto next = [&](uint64_t& v) {
          if (v != 0xFFFFFFFFu) return;
          if (fe - f < 8) bad_zip("Corrupt extra field");
          v = r.u(f, 8);
          f += 8;
        };
        next(usize);
        next(csize);
        next(local);
      }
      x += 4 + static_cast<size_t>(len);
    }
    if (flags & 1) raise_not_implemented("encrypted zip entries are not supported");
    if (local > a.size() || r.u(static_cast<size_t>(local), 4) != kLocalSig) bad_zip("Bad magic number for file header");
    const size_t data_at = static_cast<size_t>(local) + 30 + static_cast<size_t>(r.u(static_cast<size_t>(local) + 26, 2)) +
                           static_cast<size_t>(r.u(static_cast<size_t>(local) + 28, 2));
    if (data_at > a.size() || csize > a.size() - data_at) bad_zip();
    const auto* p = reinterpret_cast<const uint8_t*>(a.data()) + data_at;
    if (method == 0) {
      if (csize != usize) bad_zip();
      e.data.assign(reinterpret_cast<const char*>(p), static_cast<size_t>(csize));
    } else if (method == 8) {
      if (usize > (uint64_t(1) << 31)) raise_memory_error("zip entry '" + e.name + "' is too large");
      e.data = inflate_raw(p, static_cast<size_t>(csize), static_cast<size_t>(usize));
    } else {
      raise_not_implemented("That compression method is not supported");
    }
    if (crc32_of(e.data) != crc) bad_zip("Bad CRC-32 for file '" + e.name + "'");
    out.push_back(std::move(e));
    at += 46 + name_len + extra_len + comment_len;
  }
  return out;
}

std::string write_zip(const std::vector<ZipEntry>& entries, bool deflate) {
  std::string out, central;
  constexpr uint64_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01, time 00:00:00
  for (const ZipEntry& e : entries) {
    const std::string body = deflate ? deflate_raw(e.data) : e.data;
    const uint32_t crc = crc32_of(e.data);
    if (e.data.size() >= 0xFFFFFFFFu || body.size() >= 0xFFFFFFFFu || out.size() >= 0xFFFFFFFFu || e.name.size() > 0xFFFF)
      raise_value_error("zip entry '" + e.name + "' is too large for a stridelab archive (no ZIP64)");
    const uint64_t offset = out.size();
    const uint64_t method = deflate ? 8 : 0;
    auto header = [&](std::string& h, bool is_central) {
      put(h, is_central ? kCentralSig : kLocalSig, 4);
      if (is_central) put(h, 20, 2);  // version made by: 2.0
      put(h, 20, 2);                  // version needed: 2.0
      put(h, 0, 2);                   // flags
      put(h, method, 2);
      put(h, 0, 2);  // time
      put(h, kDosDate, 2);
      put(h, crc, 4);
      put(h, body.size(), 4);
      put(h, e.data.size(), 4);
      put(h, e.name.size(), 2);
      put(h, 0, 2);  // extra
      if (is_central) {
        put(h, 0, 2);               // comment
        put(h, 0, 2);               // disk
        put(h, 0, 2);               // internal attributes
        put(h, 0600u << 16, 4);     // external: a regular file, rw-------
        put(h, offset, 4);
      }
      h += e.name;
    };
    header(out, false);
    out += body;
    header(central, true);
  }
  const uint64_t cd_offset = out.size();
  if (entries.size() > 0xFFFF || cd_offset + central.size() >= 0xFFFFFFFFu)
    raise_value_error("archive too large for a stridelab archive (no ZIP64)");
  out += central;
  put(out, kEndSig, 4);
  put(out, 0, 2);
  put(out, 0, 2);
  put(out, entries.size(), 2);
  put(out, entries.size(), 2);
  put(out, central.size(), 4);
  put(out, cd_offset, 4);
  put(out, 0, 2);
  return out;
}

}  // namespace sl
