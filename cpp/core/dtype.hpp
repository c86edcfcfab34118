// dtype.hpp — the closed set of element storage types. One table defines every type's name,
// kind, char code, itemsize and NumPy number; every per-dtype switch in the project is
// driven by it (visit_dtype below), never written by hand.
//
// A DType says what is stored at an element's address:
//   - the kernel types (SL_DTYPES): bool, int8..uint64, float32, float64 — typed loops exist
//     for each and visit_dtype visits exactly these;
//   - the other builtin numerics (SL_DTYPES_EXTRA): float16 (computed through float32, as
//     NumPy's half loops do), complex64, complex128 — dedicated code handles them;
//   - the flexible types (SL_DTYPES_FLEX): bytes 'S', str 'U' (UTF-32) and void 'V'
//     (raw bytes and structured records); their itemsize and fields live in the array's
//     descriptor (dtype_descr.hpp), not in the DType;
//   - the non-native byte order twins of the multi-byte numerics (SL_DTYPES_SWAPPED, '>i4'
//     on our little-endian targets). They are distinct DTypes on purpose: a typed kernel
//     can never read their bytes as native values by mistake (visit_dtype raises for them);
//     kernels get a native copy at their boundary (as_native in views.hpp), as NumPy casts
//     non-native operands before its loops.
// Deliberately absent: object, datetime/timedelta, longdouble.
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

// X(id, name, kind, char code, itemsize)
#define SL_DTYPES_EXTRA(X)                  \
  X(Float16, "float16", 'f', 'e', 2)        \
  X(Complex64, "complex64", 'c', 'F', 8)    \
  X(Complex128, "complex128", 'c', 'D', 16)

// X(id, name, kind, char code) — itemsize from the descriptor
#define SL_DTYPES_FLEX(X)      \
  X(Bytes, "bytes", 'S', 'S')  \
  X(Str, "str", 'U', 'U')      \
  X(Void, "void", 'V', 'V')

// X(id, native twin)
#define SL_DTYPES_SWAPPED(X)                                                      \
  X(Int16Swapped, Int16) X(Int32Swapped, Int32) X(Int64Swapped, Int64)            \
  X(UInt16Swapped, UInt16) X(UInt32Swapped, UInt32) X(UInt64Swapped, UInt64)      \
  X(Float32Swapped, Float32) X(Float64Swapped, Float64) X(Float16Swapped, Float16) \
  X(Complex64Swapped, Complex64) X(Complex128Swapped, Complex128)

enum class DType : uint8_t {
#define SL_DT_ENUM(id, ...) id,
  SL_DTYPES(SL_DT_ENUM) SL_DTYPES_EXTRA(SL_DT_ENUM) SL_DTYPES_FLEX(SL_DT_ENUM)
  SL_DTYPES_SWAPPED(SL_DT_ENUM)
#undef SL_DT_ENUM
};
constexpr int kNumKernelDTypes = 11;  // visit_dtype's set: DType values [0, 11)
constexpr int kNumDTypes = 14;        // builtin numerics (each has a NumPy scalar type): [0, 14)
constexpr int kNumAllDTypes = 28;     // every DType value

const char* dtype_name(DType t);   // "float64"; flexible types: "bytes", "str", "void"
char dtype_kind(DType t);          // 'b', 'i', 'u', 'f', 'c', 'S', 'U', 'V'
char dtype_char(DType t);          // 'd'
int dtype_itemsize(DType t);       // 8; 0 for the flexible types (see Descr::itemsize)
int dtype_num(DType t);            // NumPy's type number: int32 -> 5, float64 -> 12
int dtype_alignment(DType t);      // C alignment: complex128 -> 8, bool -> 1
const char* dtype_class_name(DType t);  // numpy.dtypes class: "Float64DType"
std::string dtype_str(DType t);    // "<f8", "|u1", ">i4"; flexible: "|S0", "<U0", "|V0"
std::string dtype_repr(DType t);   // "dtype('float64')", "dtype('>i4')"
inline bool dtype_is_float(DType t) { return dtype_kind(t) == 'f'; }
inline bool dtype_is_complex(DType t) { return dtype_kind(t) == 'c'; }
inline bool dtype_is_signed(DType t) { return dtype_kind(t) == 'i'; }
inline bool dtype_is_unsigned(DType t) { return dtype_kind(t) == 'u'; }
inline bool dtype_is_integer(DType t) { return dtype_is_signed(t) || dtype_is_unsigned(t); }
inline bool dtype_is_kernel(DType t) { return static_cast<int>(t) < kNumKernelDTypes; }
inline bool dtype_is_flexible(DType t) { return t == DType::Bytes || t == DType::Str || t == DType::Void; }
// Numbers (bool included) in either byte order.
inline bool dtype_is_numeric(DType t) { return !dtype_is_flexible(t); }
bool dtype_is_swapped(DType t);    // stored in the non-native byte order
DType dtype_native(DType t);       // the native twin (t itself when native or flexible)
DType dtype_swapped(DType t);      // the other-byte-order twin (t itself for 1-byte/flexible)
// '=' (native), '|' (not applicable: 1-byte and flexible-without-multibyte), '>' (swapped),
// as NumPy's dtype.byteorder reports it. Str ('U') is '=' like any multi-byte type.
char dtype_byteorder(DType t);

// Parses what np.dtype(...) accepts as a string for ONE builtin numeric type: names
// ("int32", "float", "double", "complex", "half", "int_", "intp", ...), char codes ("d",
// "i", "B", "?", "e", "D"), typestrs ("<f8", "|u1", "=i4", ">i4", "i4", "c16", "f2").
// Unknown specs raise TypeError "data type 'x' not understood". Flexible and structured
// specs ("U5", "S3", "i4,f8") are parsed by parse_descr (dtype_descr.hpp).
DType parse_dtype(const std::string& spec);
// Same without raising: false when `spec` is not a builtin numeric type.
bool try_parse_dtype(const std::string& spec, DType* out);

// NumPy's np.promote_types for the numeric types (symmetric, bool lowest; the result is
// always in native byte order, as NumPy's).
DType promote_types(DType a, DType b);
// np.can_cast(from, to, casting='safe') for the numeric types (byte order is irrelevant).
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

// TypeError for a kernel that has no loop for `t` (float16, complex, strings, records and
// non-native byte order reach a kernel that was not taught them).
[[noreturn]] void raise_unsupported_dtype(DType t);

// Calls f(ctype{}) with the C type of `t` (a value of that type, default-initialised, used
// only for its type). Every per-dtype dispatch of the typed kernels goes through here; a
// type outside the kernel set raises TypeError (raise_unsupported_dtype) instead of being
// misread.
template <class F>
decltype(auto) visit_dtype(DType t, F&& f) {
  switch (t) {
#define SL_DT_VISIT(id, name, ctype, kind, code, size) \
  case DType::id: return f(ctype{});
    SL_DTYPES(SL_DT_VISIT)
#undef SL_DT_VISIT
    default: break;
  }
  raise_unsupported_dtype(t);
}

}  // namespace sl
