// suggestions.cpp — see suggestions.hpp.
#include "lang/suggestions.hpp"

#include <algorithm>
#include <set>

#include "lang/interpreter.hpp"

namespace sl {

namespace {
constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
  return a == b ? kCaseCost : kMoveCost;
}

size_t levenshtein(const char* a, size_t an, const char* b, size_t bn, size_t max_cost) {
  while (an && bn && a[0] == b[0]) {
    ++a;
    ++b;
    --an;
    --bn;
  }
  while (an && bn && a[an - 1] == b[bn - 1]) {
    --an;
    --bn;
  }
  if (an == 0 || bn == 0) return (an + bn) * kMoveCost;
  if (an > kMaxStringSize || bn > kMaxStringSize) return max_cost + 1;
  if (bn < an) {
    std::swap(a, b);
    std::swap(an, bn);
  }
  if ((bn - an) * kMoveCost > max_cost) return max_cost + 1;
  size_t buffer[kMaxStringSize];
  size_t tmp = kMoveCost;
  for (size_t i = 0; i < an; ++i) {
    buffer[i] = tmp;
    tmp += kMoveCost;
  }
  size_t result = 0;
  for (size_t bi = 0; bi < bn; ++bi) {
    char code = b[bi];
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < an; ++i) {
      size_t substitute = distance + substitution_cost(code, a[i]);
      distance = buffer[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}
}  // namespace

std::string best_suggestion(const std::string& name, const std::vector<std::string>& candidates) {
  if (candidates.size() >= kMaxCandidates) return "";
  size_t best_dist = SIZE_MAX;
  const std::string* best = nullptr;
  for (const std::string& item : candidates) {
    if (item == name) continue;
    size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
    if (best_dist != SIZE_MAX) max_distance = std::min(max_distance, best_dist - 1);
    size_t d = levenshtein(name.data(), name.size(), item.data(), item.size(), max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_dist) {
      best = &item;
      best_dist = d;
    }
  }
  return best ? *best : "";
}

std::string suggest_name(const std::string& name, Frame* f, Interpreter& in) {
  if (f && f->scope && f->scope->kind != ast::ScopeKind::Module) {
    std::string s = best_suggestion(name, f->scope->slot_names);
    if (!s.empty()) return s;
  }
  std::vector<std::string> cands;
  DictObject* g = f ? f->globals : in.globals();
  (void)in;
  for (auto& k : g->keys())
    if (is_str(k)) cands.push_back(str_value(k));
  std::string s = best_suggestion(name, cands);
  if (!s.empty()) return s;
  // CPython's builtins namespace, in its order (ties go to the first candidate)
  static const std::vector<std::string> kBuiltinNames = {
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__build_class__",
    "__import__", "abs", "all", "any", "ascii", "bin", "breakpoint", "callable", "chr", "compile",
    "delattr", "dir", "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash",
    "hex", "id", "input", "isinstance", "issubclass", "iter", "aiter", "len", "locals", "max",
    "min", "next", "anext", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted",
    "sum", "vars", "None", "Ellipsis", "NotImplemented", "False", "True", "bool", "memoryview",
    "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice",
    "staticmethod", "str", "super", "tuple", "type", "zip", "__debug__", "BaseException",
    "BaseExceptionGroup", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
    "ArithmeticError", "AssertionError", "AttributeError", "BufferError", "EOFError",
    "ImportError", "LookupError", "MemoryError", "NameError", "OSError", "ReferenceError",
    "RuntimeError", "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemError",
    "TypeError", "ValueError", "Warning", "FloatingPointError", "OverflowError",
    "ZeroDivisionError", "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning",
    "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
    "SyntaxWarning", "UnicodeWarning", "UserWarning", "BlockingIOError", "ChildProcessError",
    "ConnectionError", "FileExistsError", "FileNotFoundError", "InterruptedError",
    "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError",
    "TimeoutError", "IndentationError", "IndexError", "KeyError", "ModuleNotFoundError",
    "NotImplementedError", "RecursionError", "UnboundLocalError", "UnicodeError",
    "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError",
    "TabError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError",
    "ExceptionGroup", "EnvironmentError", "IOError", "open", "quit", "exit", "copyright",
    "credits", "license", "help",
  };
  return best_suggestion(name, kBuiltinNames);
}

// The dunder names CPython lists for the slots a native type fills (dir([]) has '__len__').
static void add_slot_names(const TypeObject* t, std::set<std::string>& names) {
  struct SlotName {
    bool (*has)(const TypeObject*);
    const char* name;
  };
  static const SlotName kSlots[] = {
      {[](const TypeObject* x) { return bool(x->repr); }, "__repr__"},
      {[](const TypeObject* x) { return bool(x->str); }, "__str__"},
      {[](const TypeObject* x) { return bool(x->hash); }, "__hash__"},
      {[](const TypeObject* x) { return bool(x->len); }, "__len__"},
      {[](const TypeObject* x) { return bool(x->getitem); }, "__getitem__"},
      {[](const TypeObject* x) { return bool(x->setitem); }, "__setitem__"},
      {[](const TypeObject* x) { return bool(x->delitem); }, "__delitem__"},
      {[](const TypeObject* x) { return bool(x->contains); }, "__contains__"},
      {[](const TypeObject* x) { return bool(x->iter); }, "__iter__"},
      {[](const TypeObject* x) { return bool(x->next); }, "__next__"},
      {[](const TypeObject* x) { return bool(x->call); }, "__call__"},
  };
  for (const auto& s : kSlots)
    if (s.has(t)) names.insert(s.name);
  static const char* kCmp[kNumCmpOps] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int i = 0; i < kNumCmpOps; ++i)
    if (t->compare[i]) names.insert(kCmp[i]);
  for (int i = 0; i < kNumBinOps; ++i)
    if (t->binop[i]) names.insert(binop_dunder(static_cast<BinOp>(i)));
}

std::vector<std::string> dir_names(const ObjPtr& obj) {
  std::set<std::string> names;
  auto add_dict = [&](DictObject* d) {
    if (!d) return;
    for (auto& k : d->keys())
      if (is_str(k)) names.insert(str_value(k));
  };
  if (obj->type() != module_type) {
    add_dict(obj->peek_instance_dict());
    const TypeObject* t = is_type(obj) ? static_cast<const TypeObject*>(obj.get()) : obj->type();
    for (; t; t = t->base) {
      add_dict(t->dict.get());
      add_slot_names(t, names);
    }
    if (!is_type(obj)) names.insert("__class__");
  } else {
    add_dict(obj->instance_dict());
  }
  return std::vector<std::string>(names.begin(), names.end());
}

std::string suggest_attribute(const ObjPtr& obj, const std::string& name) {
  return best_suggestion(name, dir_names(obj));
}

}  // namespace sl
