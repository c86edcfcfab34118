#include "lang/files.hpp"

#include <map>

#include "core/errors.hpp"
#include "core/run_effects.hpp"

namespace sl {
namespace {
std::map<std::string, std::string>& store() {
  static std::map<std::string, std::string> s;
  return s;
}
FileHost& host() {
  static FileHost h;
  return h;
}
std::string normalize(const std::string& path) {
  return path.rfind("./", 0) == 0 ? path.substr(2) : path;
}
}  // namespace

void set_file_host(FileHost h) { host() = std::move(h); }

std::string read_file(const std::string& path) {
  note_run_effect(RunEffect::FileRead, normalize(path));  // a replay may read other contents
  auto it = store().find(normalize(path));
  if (it != store().end()) return it->second;
  std::string data;
  if (host().read && host().read(path, data)) return data;
  raise(ErrorType::FileNotFoundError, "[Errno 2] No such file or directory: '" + path + "'");
}

void write_file(const std::string& path, const std::string& data) {
  note_run_effect(RunEffect::FileWrite, normalize(path));
  if (host().write) {
    if (!host().write(path, data))
      raise(ErrorType::OSError, "[Errno 13] Permission denied: '" + path + "'");
    return;
  }
  store()[normalize(path)] = data;
}

bool file_exists(const std::string& path) {
  if (store().count(normalize(path))) return true;
  std::string data;
  try {
    return host().read && host().read(path, data);
  } catch (const PyError&) {
    return true;  // a directory, a file too large to read: it exists
  }
}

std::vector<std::string> list_files() {
  std::vector<std::string> out;
  for (auto& kv : store()) out.push_back(kv.first);
  return out;
}

void store_file(const std::string& path, std::string data) { store()[normalize(path)] = std::move(data); }

bool remove_file(const std::string& path) { return store().erase(normalize(path)) > 0; }

}  // namespace sl
