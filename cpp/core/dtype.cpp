#include "core/dtype.hpp"

#include <cstring>

#include "core/errors.hpp"

namespace sl {
namespace {
struct DTypeInfo {
  const char* name;
  char kind;
  char code;
  int itemsize;
};
const DTypeInfo kInfo[] = {
#define SL_DT_INFO(id, name, ctype, kind, code, size) {name, kind, code, size},
    SL_DTYPES(SL_DT_INFO)
#undef SL_DT_INFO
};
const DTypeInfo& info(DType t) { return kInfo[static_cast<int>(t)]; }

// Extra spellings np.dtype accepts (aliases of the native C types on LP64 Linux, which is
// what NumPy on our reference machine reports).
struct Alias {
  const char* spec;
  DType type;
};
const Alias kAliases[] = {
    {"bool_", DType::Bool},     {"bool8", DType::Bool},      {"byte", DType::Int8},
    {"ubyte", DType::UInt8},    {"short", DType::Int16},     {"ushort", DType::UInt16},
    {"intc", DType::Int32},     {"uintc", DType::UInt32},    {"int", DType::Int64},
    {"int_", DType::Int64},     {"intp", DType::Int64},      {"long", DType::Int64},
    {"longlong", DType::Int64}, {"uint", DType::UInt64},     {"uintp", DType::UInt64},
    {"ulong", DType::UInt64},   {"ulonglong", DType::UInt64}, {"float", DType::Float64},
    {"double", DType::Float64}, {"single", DType::Float32},  {"float_", DType::Float64},
    {"q", DType::Int64},        {"Q", DType::UInt64},        {"p", DType::Int64},
    {"P", DType::UInt64},
};
}  // namespace

const char* dtype_name(DType t) { return info(t).name; }
char dtype_kind(DType t) { return info(t).kind; }
char dtype_char(DType t) { return info(t).code; }
int dtype_itemsize(DType t) { return info(t).itemsize; }

std::string dtype_str(DType t) {
  const DTypeInfo& i = info(t);
  std::string s;
  s += i.itemsize == 1 ? '|' : '<';
  s += i.kind;
  s += std::to_string(i.itemsize);
  return s;
}

std::string dtype_repr(DType t) { return std::string("dtype('") + dtype_name(t) + "')"; }

DType parse_dtype(const std::string& spec) {
  for (int k = 0; k < kNumDTypes; ++k) {
    DType t = static_cast<DType>(k);
    if (spec == kInfo[k].name || (spec.size() == 1 && spec[0] == kInfo[k].code)) return t;
  }
  for (const Alias& a : kAliases)
    if (spec == a.spec) return a.type;
  // typestr: optional byte-order char, kind char, itemsize digits ("<f8", "i4", "|b1")
  std::string body = spec;
  if (!body.empty() && (body[0] == '<' || body[0] == '|' || body[0] == '=')) body = body.substr(1);
  if (body.size() >= 2 && std::strchr("biuf", body[0])) {
    std::string digits = body.substr(1);
    bool all_digits = !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
    if (all_digits && digits.size() <= 2) {
      int size = std::stoi(digits);
      for (int k = 0; k < kNumDTypes; ++k)
        if (kInfo[k].kind == body[0] && kInfo[k].itemsize == size) return static_cast<DType>(k);
    }
  }
  raise_type_error("data type '" + spec + "' not understood");
}

bool can_cast_safe(DType from, DType to) {
  if (from == to) return true;
  char fk = dtype_kind(from), tk = dtype_kind(to);
  int fs = dtype_itemsize(from), ts = dtype_itemsize(to);
  if (fk == 'b') return true;
  if (tk == 'b') return false;
  if (fk == 'f') return tk == 'f' && ts >= fs;
  if (tk == 'f') return ts == 8 || fs < ts;  // NumPy deems every int -> float64 safe
  if (fk == tk) return ts >= fs;
  if (fk == 'u' && tk == 'i') return ts > fs;
  return false;  // signed -> unsigned never safe
}

DType promote_types(DType a, DType b) {
  if (can_cast_safe(a, b)) return b;
  if (can_cast_safe(b, a)) return a;
  // Neither fits in the other: the smallest type both cast to safely.
  const DType order[] = {DType::Int16, DType::Int32, DType::Int64, DType::Float32, DType::Float64};
  for (DType t : order)
    if (can_cast_safe(a, t) && can_cast_safe(b, t)) return t;
  return DType::Float64;
}

}  // namespace sl
