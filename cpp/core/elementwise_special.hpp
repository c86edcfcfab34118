// elementwise_special.hpp — NumPy's element-wise functions that are Python compositions of
// ufuncs rather than ufuncs (numpy/lib/_function_base_impl.py, _ufunclike_impl.py), with
// the same arithmetic step by step so results are bit-identical:
//   sinc(x)  = sin(y) / y with y = pi * where(x == 0, 1e-20, x);
//   i0(x)    = Cephes' Chebyshev expansion (_chbevl) on |x| <= 8 and 8 < |x|, in the float
//              dtype of x (non-floats in float64);
//   fix(x)   = ceil(x), then floor(x) where x >= 0 (into out= when given);
//   isposinf / isneginf = isinf(x) & the sign bit.
// Not here: complex inputs (TypeError in NumPy for i0).
#pragma once
#include "core/ndarray.hpp"

namespace sl {

ArrayPtr sinc(const ArrayPtr& x);
ArrayPtr i0(const ArrayPtr& x);
ArrayPtr fix(const ArrayPtr& x, ArrayPtr out = nullptr);
ArrayPtr isposinf(const ArrayPtr& x, ArrayPtr out = nullptr);
ArrayPtr isneginf(const ArrayPtr& x, ArrayPtr out = nullptr);

}  // namespace sl
