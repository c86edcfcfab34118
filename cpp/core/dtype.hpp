// dtype.hpp — the closed set of element types. One table (SL_DTYPES) defines every dtype's
// name, C type, kind, char code and itemsize; every per-dtype switch in the project is
// driven by it (visit_dtype below), never written by hand.
//
// Deliberately absent: float16, complex, object, strings, structured and non-native byte
// order (big-endian data is swapped on .npy read instead). Parsing such a spec raises
// TypeError like NumPy does for an unknown spec.
#pragma once
#include <cstdint>
#include <string>
#include <type_traits>

namespace sl {

// X(id, name, ctype, kind, char code, itemsize)
#define SL_DTYPES(X)                          \
  X(Bool, "bool", bool, 'b', '?', 1)          \
  X(Int8, "int8", int8_t, 'i', 'b', 1)        \
  X(Int16, "int16", int16_t, 'i', 'h', 2)     \
  X(Int32, "int32", int32_t, 'i', 'i', 4)     \
  X(Int64, "int64", int64_t, 'i', 'l', 8)     \
  X(UInt8, "uint8", uint8_t, 'u', 'B', 1)     \
  X(UInt16, "uint16", uint16_t, 'u', 'H', 2)  \
  X(UInt32, "uint32", uint32_t, 'u', 'I', 4)  \
  X(UInt64, "uint64", uint64_t, 'u', 'L', 8)  \
  X(Float32, "float32", float, 'f', 'f', 4)   \
  X(Float64, "float64", double, 'f', 'd', 8)

enum class DType : uint8_t {
#define SL_DT_ENUM(id, name, ctype, kind, code, size) id,
  SL_DTYPES(SL_DT_ENUM)
#undef SL_DT_ENUM
};
constexpr int kNumDTypes = 11;

const char* dtype_name(DType t);   // "float64"
char dtype_kind(DType t);          // 'b', 'i', 'u', 'f'
char dtype_char(DType t);          // 'd'
int dtype_itemsize(DType t);       // 8
std::string dtype_str(DType t);    // "<f8", "|u1", "|b1"
std::string dtype_repr(DType t);   // "dtype('float64')"
inline bool dtype_is_float(DType t) { return dtype_kind(t) == 'f'; }
inline bool dtype_is_signed(DType t) { return dtype_kind(t) == 'i'; }
inline bool dtype_is_unsigned(DType t) { return dtype_kind(t) == 'u'; }
inline bool dtype_is_integer(DType t) { return dtype_is_signed(t) || dtype_is_unsigned(t); }

// Parses what np.dtype(...) accepts as a string: names ("int32", "float", "double",
// "uint8", "bool", "int_", "intp", ...), char codes ("d", "i", "B", "?"), typestrs
// ("<f8", "|u1", "=i4", "i4", "f8"). Unknown specs raise TypeError "data type 'x' not
// understood".
DType parse_dtype(const std::string& spec);

// NumPy's np.promote_types for the dtypes we have (symmetric, bool lowest).
DType promote_types(DType a, DType b);
// np.can_cast(from, to, casting='safe')
bool can_cast_safe(DType from, DType to);

template <DType T> struct dtype_ctype;
#define SL_DT_CTYPE(id, name, ctype, kind, code, size) \
  template <> struct dtype_ctype<DType::id> { using type = ctype; };
SL_DTYPES(SL_DT_CTYPE)
#undef SL_DT_CTYPE

template <class C> constexpr DType dtype_of();
#define SL_DT_OF(id, name, ctype, kind, code, size) \
  template <> constexpr DType dtype_of<ctype>() { return DType::id; }
SL_DTYPES(SL_DT_OF)
#undef SL_DT_OF

// Calls f(ctype{}) with the C type of `t` (a value of that type, default-initialised, used
// only for its type). Every per-dtype dispatch goes through here.
template <class F>
decltype(auto) visit_dtype(DType t, F&& f) {
  switch (t) {
#define SL_DT_VISIT(id, name, ctype, kind, code, size) \
  case DType::id: return f(ctype{});
    SL_DTYPES(SL_DT_VISIT)
#undef SL_DT_VISIT
  }
  return f(double{});  // unreachable: the switch covers the closed set
}

}  // namespace sl
