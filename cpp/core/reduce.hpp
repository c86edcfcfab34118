// reduce.hpp — reductions along axes, NumPy 2 semantics and bit-identical float results:
// sum/prod (pairwise float sums, NumPy's accumulator dtypes: bool and small signed ints
// sum in int64, small unsigned in uint64), min/max (NaN propagates), all/any, mean/var/std
// (numpy/_core/_methods.py operation for operation), ptp, argmin/argmax, cumsum/cumprod,
// count_nonzero, and the generic ufunc.reduce / ufunc.accumulate they are built on.
//
// Every function returns an array; a full reduction (axis=None, keepdims=False) returns a
// 0-d array that the interpreter turns into a NumPy scalar.
//
// Axis arguments: nullopt is axis=None; a list holds one or more possibly negative axes
// (AxisError when out of range, ValueError "duplicate value in 'axis'").
//
// where= (a bool array broadcastable to the input) skips the masked-out elements; a ufunc
// without identity then needs initial= (NumPy's ValueError otherwise). mean/var/std divide
// by the per-slice count of selected elements, as numpy/_core/_methods.py does.
//
// Not here: nan-functions (nan_reduce.hpp), median/percentile (stats.hpp).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc_table.hpp"

namespace sl {

using AxisList = std::optional<std::vector<int64_t>>;

// Normalised reduction flags per axis (AxisError / duplicate checks as NumPy).
std::vector<bool> reduction_axes(const AxisList& axis, int ndim);

// np.<ufunc>.reduce(a, axis, dtype, out, keepdims). For binary ufuncs with a loop whose
// inputs and output share a dtype; bool-output ufuncs (logical_and/or/xor) reduce in bool.
ArrayPtr reduce_ufunc(UFuncId id, const ArrayPtr& a, const AxisList& axis,
                      std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr,
                      bool keepdims = false, std::optional<Scalar> initial = std::nullopt,
                      ArrayPtr where = nullptr);
// np.<ufunc>.accumulate(a, axis, dtype, out) along one axis (0-d input: TypeError).
ArrayPtr accumulate_ufunc(UFuncId id, const ArrayPtr& a, int64_t axis,
                          std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr);

// np.<ufunc>.reduceat(a, indices, axis, dtype): along `axis`, piece k reduces
// a[indices[k]:indices[k+1]] (a[indices[k]] alone when the next index is not larger; the
// last piece runs to the end). IndexError "index 7 out-of-bounds in add.reduceat [0, 5)".
ArrayPtr reduceat_ufunc(UFuncId id, const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis,
                        std::optional<DType> dtype = std::nullopt);

// `initial` (initial=) replaces the identity / first element as the starting value.
ArrayPtr sum(const ArrayPtr& a, const AxisList& axis = std::nullopt,
             std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr, bool keepdims = false,
             std::optional<Scalar> initial = std::nullopt, ArrayPtr where = nullptr);
ArrayPtr prod(const ArrayPtr& a, const AxisList& axis = std::nullopt,
              std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr, bool keepdims = false,
              std::optional<Scalar> initial = std::nullopt, ArrayPtr where = nullptr);
ArrayPtr amax(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
              bool keepdims = false, std::optional<Scalar> initial = std::nullopt,
              ArrayPtr where = nullptr);
ArrayPtr amin(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
              bool keepdims = false, std::optional<Scalar> initial = std::nullopt,
              ArrayPtr where = nullptr);
ArrayPtr all(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
             bool keepdims = false, ArrayPtr where = nullptr);
ArrayPtr any(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
             bool keepdims = false, ArrayPtr where = nullptr);
ArrayPtr ptp(const ArrayPtr& a, const AxisList& axis = std::nullopt, ArrayPtr out = nullptr,
             bool keepdims = false);

// mean: ints/bool accumulate in float64; float32 stays float32 (sum in float32, then the
// division done in float64 and rounded, which is what NumPy 2 computes).
ArrayPtr mean(const ArrayPtr& a, const AxisList& axis = std::nullopt,
              std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr, bool keepdims = false,
              ArrayPtr where = nullptr);
ArrayPtr var(const ArrayPtr& a, const AxisList& axis = std::nullopt,
             std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr, double ddof = 0,
             bool keepdims = false, ArrayPtr where = nullptr);
ArrayPtr std_(const ArrayPtr& a, const AxisList& axis = std::nullopt,
              std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr, double ddof = 0,
              bool keepdims = false, ArrayPtr where = nullptr);

// argmax/argmin: first occurrence; NaN counts as the extreme (first NaN wins). axis=None
// indexes the C-order flattening. Errors: "attempt to get argmax of an empty sequence".
ArrayPtr argmax(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                ArrayPtr out = nullptr, bool keepdims = false);
ArrayPtr argmin(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                ArrayPtr out = nullptr, bool keepdims = false);

// cumsum/cumprod: axis=None works on the C-order flattening (result 1-d).
ArrayPtr cumsum(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr);
ArrayPtr cumprod(const ArrayPtr& a, std::optional<int64_t> axis = std::nullopt,
                 std::optional<DType> dtype = std::nullopt, ArrayPtr out = nullptr);

// count_nonzero: int64 result (0-d for axis=None; the interpreter returns a Python int
// then, as NumPy does).
ArrayPtr count_nonzero(const ArrayPtr& a, const AxisList& axis = std::nullopt, bool keepdims = false);

}  // namespace sl
