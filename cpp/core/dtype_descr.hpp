// dtype_descr.hpp — the full NumPy data-type descriptor: a DType (what is stored) plus, for
// the flexible types, the FlexInfo that a type number cannot say — the itemsize of 'S5' /
// 'U5' / 'V8', the fields of a structured record (names, types, offsets, titles, padding
// from align=True) and subarray types ('(2,3)f8'). Builtin numeric descriptors carry no
// FlexInfo, so copying a Descr of a native type is copying a byte and a null pointer.
//
// Also here: the textual forms NumPy gives a descriptor (str, name, repr, the short repr
// in an array's `dtype=`, .str, the .npy header's descr) and the parser for the string
// specs np.dtype accepts ('U5', 'S3', '>i4', 'i4,f8', '(2,3)f8'). The Python-level forms
// (lists of tuples, dicts) are converted by the numpy module into builder calls below.
//
// Not here: how elements of these types are computed, compared or printed (kernels and
// format files), and object/datetime types.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "core/dtype.hpp"

namespace sl {

struct FlexInfo;
struct Field;

struct Descr {
  DType type = DType::Float64;
  std::shared_ptr<const FlexInfo> flex;  // non-null iff dtype_is_flexible(type)

  Descr() = default;
  Descr(DType t);  // NOLINT: builtins convert implicitly; a flexible t is unsized ('S0')
  Descr(DType t, std::shared_ptr<const FlexInfo> f) : type(t), flex(std::move(f)) {}

  int64_t itemsize() const;
  int alignment() const;
  bool has_fields() const;
  const std::vector<Field>& fields() const;  // empty unless has_fields()
  bool is_subarray() const;
  const Descr& subarray_base() const;   // only when is_subarray()
  const std::vector<int64_t>& subarray_shape() const;
  bool is_aligned_struct() const;
  bool is_native() const { return !dtype_is_swapped(type); }
  // NumPy's dtype.isbuiltin: 1 for the builtin numeric descriptors in native order, 0 for
  // everything built (sized strings, records, swapped).
  int isbuiltin() const;
};

struct Field {
  std::string name;
  Descr type;
  int64_t offset = 0;
  std::string title;  // empty: no title
};

struct FlexInfo {
  int64_t itemsize = 0;
  std::vector<Field> fields;   // records only, in `names` order
  bool aligned_struct = false;  // built with align=True (dtype.isalignedstruct)
  int alignment = 1;            // NumPy's dtype.alignment
  // Subarray ('(2,3)f8'): `sub_base` repeated over `sub_shape`; null otherwise.
  std::shared_ptr<const Descr> sub_base;
  std::vector<int64_t> sub_shape;
};

// NumPy's equivalence (dtype == dtype): same type, byte order, size and, for records, the
// same names, field types, offsets and itemsize.
bool operator==(const Descr& a, const Descr& b);
inline bool operator!=(const Descr& a, const Descr& b) { return !(a == b); }

// ---- builders ----------------------------------------------------------------------------
Descr bytes_descr(int64_t nbytes);     // 'S<n>'
Descr str_descr(int64_t nchars);       // 'U<n>' (4 bytes per character)
Descr void_descr(int64_t nbytes);      // 'V<n>'
// A record from (name, type) pairs laid out one after another; align=True pads each field
// to its alignment and the itemsize to the largest alignment, as a C compiler would.
// ValueError for duplicate names ("field 'a' occurs more than once").
struct FieldSpec {
  std::string name;
  Descr type;
  std::string title;
};
Descr struct_descr(const std::vector<FieldSpec>& fields, bool align);
// A record from explicit offsets (the dict form); itemsize 0 means "just past the last
// field" (rounded up to the alignment when align). Checks NumPy's errors.
Descr struct_descr_offsets(const std::vector<FieldSpec>& fields, const std::vector<int64_t>& offsets,
                           int64_t itemsize, bool align);
// ('i4', (2, 3)): a subarray type. An empty shape gives `base` itself.
Descr subarray_descr(const Descr& base, const std::vector<int64_t>& shape);
// Native byte order version of `d` (fields converted recursively), as NumPy's
// newbyteorder('=') / what kernels need; `d` itself when already native.
Descr descr_native(const Descr& d);
// newbyteorder(order): 'S' swaps, '<' / 'L' little, '>' / 'B' big, '=' / 'N' native,
// '|' / 'I' ignore (unchanged). Applied recursively to fields.
Descr descr_newbyteorder(const Descr& d, char order);
bool descr_has_swapped(const Descr& d);  // any part stored in non-native order

// ---- text --------------------------------------------------------------------------------
std::string descr_name(const Descr& d);    // dtype.name: 'int32', 'str160', 'void96'
std::string descr_str(const Descr& d);     // dtype.str: '<i4', '<U5', '|V12'
std::string descr_to_str(const Descr& d);  // str(dtype): 'int32', '<U5', "[('a', '<i4')]"
std::string descr_repr(const Descr& d);    // repr(dtype): "dtype([('a', '<i4')])"
// The `dtype=` part of an array repr (NumPy's dtype_short_repr): int32, '<U5', '>i4',
// [('a', '<i4'), ('b', '<f8')].
std::string descr_short_repr(const Descr& d);
// NumPy's _construction_repr(d, short=True): "'<i4'", "'u1'", "'?'", "'<U5'", "[...]".
std::string descr_construction_repr(const Descr& d, bool short_form);
// dtype.descr as a Python literal (the .npy header's 'descr' value): "'<i4'" for
// non-records, "[('a', '<i4'), ('', '|V4'), ('b', '<f8')]" with padding entries.
std::string descr_array_descr(const Descr& d);

// ---- parsing -----------------------------------------------------------------------------
// Every string np.dtype accepts: builtin specs (parse_dtype), 'S5' 'a5' 'U5' 'V8' (with
// byte order), 'str' 'bytes' 'void' 'U' 'S' (unsized), comma strings ('i4,f8' -> fields
// f0, f1; '(2,3)f8' and '3i4' subarrays). TypeError "data type 'x' not understood".
Descr parse_descr(const std::string& spec, bool align = false);

// np.promote_types / result_type for descriptors: numbers promote as promote_types; S
// with S and U with U take the larger size, S with U gives U; a number with a string gives
// a string long enough for any value of the number (NumPy's rule); equal records stay.
// TypeError (NumPy's DTypePromotionError message) otherwise.
Descr promote_descr(const Descr& a, const Descr& b);

}  // namespace sl
