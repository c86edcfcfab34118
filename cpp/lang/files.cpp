#include "lang/files.hpp"

#include <map>

#include "core/errors.hpp"
#include "core/run_effects.hpp"
#include "lang/builtin_exceptions.hpp"
#include "lang/object.hpp"

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
  const int err = host().read && host().last_errno ? host().last_errno() : 0;
  raise_os_error(err ? err : 2, path);
}

void write_file(const std::string& path, const std::string& data) {
  note_run_effect(RunEffect::FileWrite, normalize(path));
  if (host().write) {
    if (!host().write(path, data)) {
      const int err = host().last_errno ? host().last_errno() : 0;
      raise_os_error(err ? err : 13, path);
    }
    return;
  }
  store()[normalize(path)] = data;
}

void raise_os_error(int err, const std::string& filename) {
  struct Known {
    int err;
    const char* cls;  // the OSError subclass CPython picks for the errno
    const char* text;
  };
  static const Known kKnown[] = {
      {1, "PermissionError", "Operation not permitted"},
      {2, "FileNotFoundError", "No such file or directory"},
      {5, "OSError", "Input/output error"},
      {13, "PermissionError", "Permission denied"},
      {17, "FileExistsError", "File exists"},
      {20, "NotADirectoryError", "Not a directory"},
      {21, "IsADirectoryError", "Is a directory"},
      {22, "OSError", "Invalid argument"},
      {24, "OSError", "Too many open files"},
      {27, "OSError", "File too large"},
      {28, "OSError", "No space left on device"},
      {30, "OSError", "Read-only file system"},
      {32, "BrokenPipeError", "Broken pipe"},
      {36, "OSError", "File name too long"},
      {39, "OSError", "Directory not empty"},
      {40, "OSError", "Too many levels of symbolic links"},
  };
  std::string cls = "OSError";
  std::string text = "Unknown error " + std::to_string(err);
  for (const Known& k : kKnown)
    if (k.err == err) {
      cls = k.cls;
      text = k.text;
    }
  TypeObject* t = extra_builtin_exception(cls);
  if (!t) t = exception_type(cls == "FileNotFoundError"   ? ErrorType::FileNotFoundError
                             : cls == "IsADirectoryError" ? ErrorType::IsADirectoryError
                                                          : ErrorType::OSError);
  ObjPtr exc = make_exception(t, {make_int(err), make_str(text)});
  if (!filename.empty()) exc->instance_dict()->set("filename", make_str(filename));
  throw_exception(exc);
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
