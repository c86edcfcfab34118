// numpy_objects.hpp — the Python-visible NumPy objects: ndarray, dtype, the scalar types
// (numpy.float64, numpy.int32, ... one TypeObject per entry of the dtype table), the flags
// object, and the conversions between them and core values. The module functions live in
// numpy_module*.cpp; the ndarray's methods in numpy_ndarray*.cpp.
//
// Conventions: a 0-d result of indexing or a reduction is returned as a NumPy scalar
// (wrap_result), as NumPy does; everything array-like the user passes goes through
// to_array (np.asarray semantics), and dtype arguments through to_dtype.
#pragma once
#include <optional>

#include "core/creation.hpp"
#include "core/indexing.hpp"
#include "core/ndarray.hpp"
#include "lang/args.hpp"
#include "lang/object.hpp"

namespace sl {

extern TypeObject* ndarray_type;
extern TypeObject* dtype_type;
extern TypeObject* flags_type;
extern TypeObject* generic_scalar_type;  // numpy.generic, base of the scalar types
TypeObject* scalar_type(DType t);        // numpy.float64, numpy.int32, ...
// The abstract class a scalar type of dtype kind `kind` derives from (numpy.signedinteger
// for 'i', numpy.floating for 'f', ..., numpy.generic for bool); numpy_typeinfo.cpp.
TypeObject* abstract_scalar_base(char kind);
void init_numpy_types();                 // idempotent

class NDArrayObject : public ObjectWithDict {
 public:
  explicit NDArrayObject(ArrayPtr a) : ObjectWithDict(ndarray_type), array(std::move(a)) {}
  ArrayPtr native_array() const override { return array; }
  ArrayPtr array;
  // A record read out of a structured array (a[0], iteration): NumPy's np.void scalar. It
  // stays a 0-d view of the array's bytes (writes go through, as NumPy's do); only its
  // str()/repr() follow np.void's (numpy_ndarray.cpp). A 0-d array the user made is not one.
  bool void_scalar = false;
};

// numpy.dtype (numpy_dtype.cpp): the full descriptor; `dtype` is descr.type.
struct DTypeObject : Object {
  Descr descr;
  DType dtype;
  explicit DTypeObject(const Descr& d);
};
void init_dtype_type();  // called by init_numpy_types
// .real/.imag/.conj() of arrays and scalars (numpy_complex.cpp); called by init_numpy.
void add_complex_attributes();

struct ScalarObject : Object {
  Scalar value;
  explicit ScalarObject(const Scalar& s);
};

struct FlagsObject : Object {
  ArrayPtr array;
  explicit FlagsObject(ArrayPtr a);
};

// Python identity of arrays matters (`b.base is a`): the same ArrayPtr always maps to the
// same Python object while that object is alive.
ObjPtr wrap_array(const ArrayPtr& a);
// 0-d arrays become NumPy scalars, everything else an ndarray object.
ObjPtr wrap_result(const ArrayPtr& a);
ObjPtr make_numpy_scalar(const Scalar& s);
ObjPtr make_dtype_object(DType t);
ObjPtr make_dtype_object(const Descr& d);

inline bool is_ndarray(const ObjPtr& o) { return o->type() == ndarray_type; }
inline const ArrayPtr& array_of(const ObjPtr& o) { return static_cast<NDArrayObject*>(o.get())->array; }
bool is_numpy_scalar(const ObjPtr& o);
// np.asarray(o): ndarrays as they are; NumPy scalars, Python scalars and nested
// lists/tuples converted. TypeError for what cannot become a numeric array.
ArrayPtr to_array(const ObjPtr& o, std::optional<DType> dtype = std::nullopt);
// Stores a Python value into a view of a flexible dtype (numpy_records.cpp): a tuple into
// records, str/bytes into 'U'/'S' items, lists over the first axis; numeric views as usual.
void assign_flexible(const ArrayPtr& target, const ObjPtr& value);
// np.array(obj, dtype) when the result is a string or record array; null otherwise.
ArrayPtr flexible_array(const ObjPtr& obj, const ObjPtr& dtype);
// Nested tree for np.array's discovery (shape, ragged error, dtype inference).
Nested to_nested(const ObjPtr& o);
// dtype= argument: np.float64, float, int, bool, 'f8', '>i4', np.dtype('int32'), ... as a
// numeric DType; a flexible type ('U5', records) raises TypeError (use to_descr where the
// function supports them).
DType to_dtype(const ObjPtr& o);
std::optional<DType> to_optional_dtype(const ObjPtr& o);  // None/null -> nullopt
// Every form np.dtype(o, align=align) accepts (numpy_dtype.cpp).
Descr to_descr(const ObjPtr& o, bool align = false);
std::optional<Descr> to_optional_descr(const ObjPtr& o);  // None/null -> nullopt
// shape argument: an int or a sequence of ints
Shape to_shape(const ObjPtr& o);
// axis list argument: an int or a tuple of ints
std::vector<int64_t> to_axes(const ObjPtr& o);
// order argument: 'C', 'F', 'A', 'K' (None -> dflt)
char to_order(const ObjPtr& o, char dflt, const char* allowed = "CFAK");
// np.asarray(obj) for an object exposing __array_interface__ (a dict with 'data': (ptr,
// readonly), 'shape', 'typestr', optional 'strides'): a view of the live buffer holding that
// memory. A pointer outside every live buffer is a ValueError, never a wild access.
ArrayPtr array_from_interface(const ObjPtr& owner, const ObjPtr& iface);
// Python index -> index items (tuples, ints, slices, None, ..., arrays, lists)
std::vector<IndexItem> to_index(const ObjPtr& key);
// A Python/NumPy scalar as a core Scalar; `weak` tells whether it was a Python scalar.
bool to_scalar(const ObjPtr& o, Scalar* out, bool* weak);
// A Python int as NumPy 2 discovers it: int64, or uint64 for values in [2**63, 2**64)
// (discover_descriptor_from_pylong). Beyond that NumPy 2 makes an object array, which
// stridelab does not have: OverflowError "Python int too large to convert to C long"
// (NumPy's message for the same value converted to int64).
Scalar python_int_scalar(const ObjPtr& o);

}  // namespace sl
