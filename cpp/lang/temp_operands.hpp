// temp_operands.hpp — which operands of the operator being evaluated are temporaries that
// only the interpreter holds, for NumPy's temporary elision (modules/numpy/
// numpy_temp_elision.cpp): in `a * b + c` the product is referenced by nothing but the
// evaluation while `+` runs, so NumPy writes the sum into it instead of allocating.
//
// NumPy finds such operands from CPython's reference counts plus a backtrace check that the
// operator was called straight from the bytecode loop (multiarray/temp_elide.c): C code may
// call PyNumber_Add on a refcount-1 object it still uses. Here the interpreter says so
// itself: eval_binop / eval_unary register their operands for the duration of the operator
// call (TempOperandsScope), and an operand counts only while it is registered AND its
// refcount is 1 (the evaluation's own reference). C++ code that calls an operator (sum(),
// functools.reduce, ...) registers nothing, so a temporary it keeps using is never
// overwritten; user code run by the operator (a Python __add__) holds its arguments, which
// raises their refcount above 1. Deliberately knows nothing about arrays.
#pragma once
#include "lang/object.hpp"

namespace sl {

namespace temp_operands_detail {
inline const Object* registered[2] = {nullptr, nullptr};
}

// Registers the operands of one operator call (either may be null); restores the enclosing
// call's registration when it ends, also by an exception.
class TempOperandsScope {
 public:
  TempOperandsScope(const Object* a, const Object* b)
      : saved_{temp_operands_detail::registered[0], temp_operands_detail::registered[1]} {
    temp_operands_detail::registered[0] = a && a->refcount() == 1 ? a : nullptr;
    temp_operands_detail::registered[1] = b && b->refcount() == 1 ? b : nullptr;
  }
  ~TempOperandsScope() {
    temp_operands_detail::registered[0] = saved_[0];
    temp_operands_detail::registered[1] = saved_[1];
  }
  TempOperandsScope(const TempOperandsScope&) = delete;
  TempOperandsScope& operator=(const TempOperandsScope&) = delete;

 private:
  const Object* saved_[2];
};

// True when `o` is an operand of the operator call being evaluated and nothing but that
// evaluation references it: overwriting it cannot be observed.
inline bool is_expression_temporary(const Object* o) {
  return o && o->refcount() == 1 &&
         (o == temp_operands_detail::registered[0] || o == temp_operands_detail::registered[1]);
}

}  // namespace sl
