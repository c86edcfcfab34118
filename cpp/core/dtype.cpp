#include "core/dtype.hpp"

#include <cstring>

#include "core/errors.hpp"

namespace sl {
namespace {

static_assert(static_cast<int>(DType::Float16) == kNumKernelDTypes, "kernel types come first");
static_assert(static_cast<int>(DType::Bytes) == kNumDTypes, "then the other builtin numerics");
static_assert(static_cast<int>(DType::Complex128Swapped) + 1 == kNumAllDTypes, "table size");

struct DTypeInfo {
  const char* name;
  char kind;
  char code;
  int itemsize;
  DType twin;        // the other byte order's twin (self for 1-byte and flexible types)
  bool swapped;
};
// Filled from the X-macro tables: one row per DType value, in enum order.
const DTypeInfo kInfo[] = {
#define SL_DT_INFO(id, name, ctype, kind, code, size) {name, kind, code, size, DType::id, false},
    SL_DTYPES(SL_DT_INFO)
#undef SL_DT_INFO
#define SL_DT_INFO_X(id, name, kind, code, size) {name, kind, code, size, DType::id, false},
    SL_DTYPES_EXTRA(SL_DT_INFO_X)
#undef SL_DT_INFO_X
#define SL_DT_INFO_F(id, name, kind, code) {name, kind, code, 0, DType::id, false},
    SL_DTYPES_FLEX(SL_DT_INFO_F)
#undef SL_DT_INFO_F
#define SL_DT_INFO_S(id, twin) {nullptr, 0, 0, 0, DType::twin, true},
    SL_DTYPES_SWAPPED(SL_DT_INFO_S)
#undef SL_DT_INFO_S
};
static_assert(sizeof(kInfo) / sizeof(kInfo[0]) == kNumAllDTypes, "one row per DType");

const DTypeInfo& raw_info(DType t) { return kInfo[static_cast<int>(t)]; }
// Name, kind, code and size of a swapped type are its native twin's.
const DTypeInfo& info(DType t) {
  const DTypeInfo& i = raw_info(t);
  return i.swapped ? raw_info(i.twin) : i;
}

// NumPy's type numbers and numpy.dtypes class names, per builtin DType (enum order of the
// kernel, extra and flexible rows).
struct NumPyIdentity {
  DType type;
  int num;
  int alignment;
  const char* class_name;
};
const NumPyIdentity kIdentity[] = {
    {DType::Bool, 0, 1, "BoolDType"},          {DType::Int8, 1, 1, "Int8DType"},
    {DType::Int16, 3, 2, "Int16DType"},        {DType::Int32, 5, 4, "Int32DType"},
    {DType::Int64, 7, 8, "Int64DType"},        {DType::UInt8, 2, 1, "UInt8DType"},
    {DType::UInt16, 4, 2, "UInt16DType"},      {DType::UInt32, 6, 4, "UInt32DType"},
    {DType::UInt64, 8, 8, "UInt64DType"},      {DType::Float32, 11, 4, "Float32DType"},
    {DType::Float64, 12, 8, "Float64DType"},   {DType::Float16, 23, 2, "Float16DType"},
    {DType::Complex64, 14, 4, "Complex64DType"}, {DType::Complex128, 15, 8, "Complex128DType"},
    {DType::Bytes, 18, 1, "BytesDType"},       {DType::Str, 19, 4, "StrDType"},
    {DType::Void, 20, 1, "VoidDType"},
};
static_assert(sizeof(kIdentity) / sizeof(kIdentity[0]) == kNumDTypes + 3, "one row per builtin");
const NumPyIdentity& identity(DType t) { return kIdentity[static_cast<int>(dtype_native(t))]; }

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
    {"half", DType::Float16},   {"complex", DType::Complex128}, {"cdouble", DType::Complex128},
    {"csingle", DType::Complex64}, {"cfloat", DType::Complex128}, {"complex_", DType::Complex128},
    {"q", DType::Int64},        {"Q", DType::UInt64},        {"p", DType::Int64},
    {"P", DType::UInt64},
};
}  // namespace

const char* dtype_name(DType t) { return info(t).name; }
char dtype_kind(DType t) { return info(t).kind; }
char dtype_char(DType t) { return info(t).code; }
int dtype_itemsize(DType t) { return info(t).itemsize; }
int dtype_num(DType t) { return identity(t).num; }
int dtype_alignment(DType t) { return identity(t).alignment; }
const char* dtype_class_name(DType t) { return identity(t).class_name; }
bool dtype_is_swapped(DType t) { return raw_info(t).swapped; }
DType dtype_native(DType t) { return raw_info(t).swapped ? raw_info(t).twin : t; }
DType dtype_swapped(DType t) {
  if (raw_info(t).swapped) return raw_info(t).twin;
  static_assert(kNumAllDTypes <= 64, "twin search below is a short scan");
  for (int k = kNumDTypes + 3; k < kNumAllDTypes; ++k)
    if (kInfo[k].twin == t) return static_cast<DType>(k);
  return t;
}

char dtype_byteorder(DType t) {
  if (dtype_is_swapped(t)) return '>';
  if (t == DType::Str) return '=';
  return dtype_itemsize(t) <= 1 ? '|' : '=';
}

std::string dtype_str(DType t) {
  const DTypeInfo& i = info(t);
  std::string s;
  s += dtype_is_swapped(t) ? '>' : (t == DType::Str || i.itemsize > 1) ? '<' : '|';
  s += i.kind;
  s += std::to_string(i.itemsize);
  return s;
}

std::string dtype_repr(DType t) {
  // NumPy names the native builtins and spells everything else with its typestr.
  if (dtype_is_swapped(t)) return "dtype('" + dtype_str(t) + "')";
  return std::string("dtype('") + dtype_name(t) + "')";
}

void raise_unsupported_dtype(DType t) {
  raise_type_error(std::string("this operation does not support dtype ") +
                   (dtype_is_flexible(t) ? std::string(dtype_name(t)) : dtype_str(t)) +
                   " in stridelab yet");
}

bool try_parse_dtype(const std::string& spec, DType* out) {
  for (int k = 0; k < kNumDTypes; ++k) {
    if (spec == kInfo[k].name || (spec.size() == 1 && spec[0] == kInfo[k].code)) {
      *out = static_cast<DType>(k);
      return true;
    }
  }
  for (const Alias& a : kAliases)
    if (spec == a.spec) { *out = a.type; return true; }
  // typestr: optional byte-order char, kind char, itemsize digits ("<f8", "i4", "|b1", ">c16")
  std::string body = spec;
  char order = '=';
  if (!body.empty() && std::strchr("<>|=", body[0])) {
    order = body[0];
    body = body.substr(1);
  }
  if (body.size() == 1 && order != '=') {  // "<d", ">i" : order + char code
    for (int k = 0; k < kNumDTypes; ++k)
      if (body[0] == kInfo[k].code) {
        DType t = static_cast<DType>(k);
        *out = order == '>' ? dtype_swapped(t) : t;
        return true;
      }
  }
  if (body.size() >= 2 && std::strchr("biufc", body[0])) {
    std::string digits = body.substr(1);
    bool all_digits = !digits.empty() && digits.find_first_not_of("0123456789") == std::string::npos;
    if (all_digits && digits.size() <= 2) {
      int size = std::stoi(digits);
      for (int k = 0; k < kNumDTypes; ++k)
        if (kInfo[k].kind == body[0] && kInfo[k].itemsize == size) {
          DType t = static_cast<DType>(k);
          *out = order == '>' ? dtype_swapped(t) : t;  // '<' '=' '|' are native here
          return true;
        }
    }
  }
  return false;
}

DType parse_dtype(const std::string& spec) {
  DType t;
  if (try_parse_dtype(spec, &t)) return t;
  raise_type_error("data type '" + spec + "' not understood");
}

bool can_cast_safe(DType from, DType to) {
  from = dtype_native(from);
  to = dtype_native(to);
  if (from == to) return true;
  char fk = dtype_kind(from), tk = dtype_kind(to);
  int fs = dtype_itemsize(from), ts = dtype_itemsize(to);
  if (fk == 'b') return true;
  if (tk == 'b') return false;
  if (tk == 'c') {  // a complex holds what its (half-size) component float holds
    if (fk == 'c') return ts >= fs;
    tk = 'f';
    ts /= 2;
  }
  if (fk == 'c') return false;
  if (fk == 'f') return tk == 'f' && ts >= fs;
  if (tk == 'f') return ts == 8 || fs < ts;  // NumPy deems every int -> float64 safe
  if (fk == tk) return ts >= fs;
  if (fk == 'u' && tk == 'i') return ts > fs;
  return false;  // signed -> unsigned never safe
}

DType promote_types(DType a, DType b) {
  a = dtype_native(a);
  b = dtype_native(b);
  if (can_cast_safe(a, b)) return b;
  if (can_cast_safe(b, a)) return a;
  // Neither fits in the other: the smallest type both cast to safely.
  const DType order[] = {DType::Int16,   DType::Int32,   DType::Int64,     DType::Float16,
                         DType::Float32, DType::Float64, DType::Complex64, DType::Complex128};
  for (DType t : order)
    if (can_cast_safe(a, t) && can_cast_safe(b, t)) return t;
  return DType::Float64;
}

}  // namespace sl
