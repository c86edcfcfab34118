// numpy_flex_scalars.hpp — the scalar type objects of the flexible dtypes: np.str_ (U),
// np.bytes_ (S) and np.void (V), placed in NumPy 2's abstract hierarchy (str_ and bytes_
// under np.character, void under np.flexible; str_ is also a str and bytes_ a bytes for
// issubclass). They are what dtype.type returns, np.dtype() accepts and issubdtype compares.
//
// Partial, by the engine's design: the interpreter has no str/bytes subclasses, so an
// element of a U/S array is a plain str/bytes (prints like NumPy's np.str_, but its type and
// NumPy 2's repr `np.str_('ab')` differ) and np.str_(x) / np.bytes_(x) return plain str /
// bytes; np.void(...) instances are not available (a record element is a 0-d array view).
#pragma once
#include "core/dtype.hpp"
#include "lang/object.hpp"

namespace sl {

// np.str_ / np.bytes_ / np.void for DType::Str / Bytes / Void (created on first use).
TypeObject* flexible_scalar_type(DType t);
// The flexible dtype a type object stands for (np.str_ -> Str ...); false for other objects.
bool flexible_dtype_of_type(const TypeObject* t, DType* out);

}  // namespace sl
