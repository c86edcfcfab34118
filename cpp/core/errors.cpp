#include "core/errors.hpp"

#include <cstring>

namespace sl {
namespace {
struct ErrorInfo {
  const char* name;
  ErrorType parent;
};
const ErrorInfo kErrors[] = {
#define SL_ERR_INFO(id, name, parent) {name, ErrorType::parent},
    SL_ERROR_TYPES(SL_ERR_INFO)
#undef SL_ERR_INFO
};
}  // namespace

const char* error_type_name(ErrorType t) { return kErrors[static_cast<int>(t)].name; }

const char* error_class_name(ErrorType t) {
  const char* full = error_type_name(t);
  const char* dot = std::strrchr(full, '.');
  const char* name = dot ? dot + 1 : full;
  if (std::strncmp(name, "_UFunc", 6) == 0) return "UFuncTypeError";
  return name;
}

ErrorType error_parent(ErrorType t) { return kErrors[static_cast<int>(t)].parent; }

bool error_is_subclass(ErrorType t, ErrorType ancestor) {
  for (;;) {
    if (t == ancestor) return true;
    ErrorType p = error_parent(t);
    if (p == t) return false;  // BaseException is its own parent
    t = p;
  }
}

void raise(ErrorType t, const std::string& message) { throw PyError(t, message); }

}  // namespace sl
