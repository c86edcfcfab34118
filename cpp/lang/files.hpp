// files.hpp — the file system that np.load / np.save / np.loadtxt / np.savetxt see.
// An in-memory store (the page's per-session virtual files: sample data, dropped files),
// optionally backed by a host (the CLI gives the real file system). Paths are plain
// strings; no directories are modelled beyond what the host provides.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sl {

// The most a host read may return (CLI: the real file system). Larger files, and special
// files that never end (/dev/zero), are an OSError "[Errno 27] File too large" instead of an
// unbounded read; a directory is IsADirectoryError.
constexpr int64_t kMaxHostFileBytes = int64_t(1) << 30;

struct FileHost {
  // Return false when the file does not exist / cannot be written; a read may raise
  // (IsADirectoryError, OSError) for what CPython reports that way.
  std::function<bool(const std::string& path, std::string& data)> read;
  std::function<bool(const std::string& path, const std::string& data)> write;
  // The errno of the last failed read/write (ENOENT, EACCES, ...), when the host knows it;
  // without it a failed read is ENOENT and a failed write EACCES.
  std::function<int()> last_errno;
};

// Raises the OSError subclass CPython raises for errno `err` (FileNotFoundError for ENOENT,
// PermissionError for EACCES/EPERM, IsADirectoryError, NotADirectoryError, FileExistsError,
// BrokenPipeError, else OSError) with .errno/.strerror/.filename and CPython's message
// "[Errno 2] No such file or directory: 'x'" (no filename part when `filename` is empty).
[[noreturn]] void raise_os_error(int err, const std::string& filename);
void set_file_host(FileHost host);

// Raises FileNotFoundError "[Errno 2] No such file or directory: 'x'" like CPython.
std::string read_file(const std::string& path);
void write_file(const std::string& path, const std::string& data);
bool file_exists(const std::string& path);
// Puts a file in the in-memory store even when a host is set (JS writeFile, sample data).
void store_file(const std::string& path, std::string data);
// In-memory files only (for the page's file list)
std::vector<std::string> list_files();
bool remove_file(const std::string& path);

}  // namespace sl
