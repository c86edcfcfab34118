// choose_ops.hpp — element-wise selection kernels of the manipulation functions:
// np.choose (with NumPy's modes and "invalid entry in choice array"), np.nan_to_num's
// replacement of NaN/±inf in place, and np.packbits / np.unpackbits (bit orders, axis,
// count). Python argument conversion and dtype promotion of the choices are the caller's.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.choose(a, choices, mode): `index` is int64, `choices` already share one dtype; all
// broadcast together (NumPy's MultiIter message on mismatch). mode "raise" | "wrap" | "clip".
// `out` (optional) receives the result (same shape; values cast unsafely).
ArrayPtr choose(const ArrayPtr& index, const std::vector<ArrayPtr>& choices, const std::string& mode,
                const ArrayPtr& out = nullptr);

// Replaces NaN by `nan`, +inf by `posinf`, -inf by `neginf` in a float array, in place
// (the values are first rounded to a's dtype).
void nan_to_num_inplace(const ArrayPtr& a, double nan, double posinf, double neginf);

// np.packbits(a, axis, bitorder): a of integer or bool dtype; axis nullopt packs the
// flattened array. bitorder "big" | "little".
ArrayPtr packbits(const ArrayPtr& a, std::optional<int64_t> axis, const std::string& bitorder);
// np.unpackbits(a, axis, count, bitorder): a must be uint8.
ArrayPtr unpackbits(const ArrayPtr& a, std::optional<int64_t> axis, std::optional<int64_t> count,
                    const std::string& bitorder);

}  // namespace sl
