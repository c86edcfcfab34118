// numpy_temp_elision.hpp — NumPy's temporary elision (numpy/core/src/multiarray/number.c
// try_binary_elide, temp_elide.c): `a * b + c` writes the sum into the product when the
// product is a temporary nothing else can see (lang/temp_operands.hpp says which operands
// are), and `-(a + b)`, `(a + b) ** 2` negate/square it in place. Two things are observable,
// both as in NumPy: memory (one array instead of two at the peak of an expression) and the
// result's memory order, which is the temporary's (an F-ordered temporary plus a C-ordered
// array of the same shape gives an F-ordered sum, where a fresh result would be C).
// Also here: NumPy's fast scalar powers (`x ** 2` is np.square, `x ** -1` np.reciprocal,
// `x ** 0.5` np.sqrt for float and complex arrays), whose results, warnings and in-place
// forms follow from the ufunc they call. NumPy 2.x rules throughout.
#pragma once
#include "core/ufunc.hpp"
#include "lang/object.hpp"

namespace sl {

// The operand of `lhs OP rhs` that may receive the result: &lhs, &rhs (commutative
// operators only), or null. `id` is the ufunc of a Python operator.
const ObjPtr* elision_target(UFuncId id, const ObjPtr& lhs, const ObjPtr& rhs);

// True when the ndarray object `o` is a temporary a unary operator may overwrite.
bool can_elide_unary(const ObjPtr& o);

// NumPy's fast path of `base ** exponent` for an ndarray base (in place for `**=`, or when
// base is an elidable temporary); null when it does not apply.
ObjPtr fast_scalar_power(const ObjPtr& base, const ObjPtr& exponent, bool inplace);

}  // namespace sl
