// builtin_exceptions.cpp — see builtin_exceptions.hpp.
#include "lang/builtin_exceptions.hpp"

#include <map>

#include "lang/object.hpp"

namespace sl {

namespace {

struct Extra {
  const char* name;
  const char* parent;  // a class of the error table or an earlier entry
};

// CPython 3.11's hierarchy (Lib/test/exception_hierarchy.txt)
const Extra kExtras[] = {
    {"FileExistsError", "OSError"},
    {"PermissionError", "OSError"},
    {"NotADirectoryError", "OSError"},
    {"TimeoutError", "OSError"},
    {"InterruptedError", "OSError"},
    {"ProcessLookupError", "OSError"},
    {"ChildProcessError", "OSError"},
    {"BlockingIOError", "OSError"},
    {"ConnectionError", "OSError"},
    {"BrokenPipeError", "ConnectionError"},
    {"ConnectionAbortedError", "ConnectionError"},
    {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"},
    {"EOFError", "Exception"},
    {"PendingDeprecationWarning", "Warning"},
    {"SyntaxWarning", "Warning"},
    {"ImportWarning", "Warning"},
    {"UnicodeWarning", "Warning"},
    {"BytesWarning", "Warning"},
    {"ResourceWarning", "Warning"},
    {"EncodingWarning", "Warning"},
};

TypeObject* table_class(const std::string& name) {
  for (int i = 0; i < static_cast<int>(ErrorType::Count_); ++i) {
    TypeObject* t = exception_type(static_cast<ErrorType>(i));
    if (t->name == name && t->module == "builtins") return t;
  }
  return nullptr;
}

// name -> class, in kExtras order (made once, immortal like the table's classes)
std::vector<std::pair<std::string, TypeObject*>>& classes() {
  static auto* v = [] {
    auto* out = new std::vector<std::pair<std::string, TypeObject*>>();
    for (const Extra& e : kExtras) {
      TypeObject* base = table_class(e.parent);
      for (auto& [n, t] : *out)
        if (n == e.parent) base = t;
      auto* t = new TypeObject(e.name, "builtins", base);
      t->make_immortal();
      t->is_exception = true;
      t->error_type = base->error_type;  // the nearest class of the table
      t->subclassable = true;
      out->emplace_back(e.name, t);
    }
    return out;
  }();
  return *v;
}

}  // namespace

TypeObject* extra_builtin_exception(const std::string& name) {
  for (auto& [n, t] : classes())
    if (n == name) return t;
  return nullptr;
}

void for_each_extra_builtin_exception(void (*f)(void* ctx, TypeObject* cls), void* ctx) {
  for (auto& [n, t] : classes()) f(ctx, t);
}

}  // namespace sl
