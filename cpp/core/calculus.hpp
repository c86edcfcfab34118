// calculus.hpp — numerical calculus helpers of numpy/lib/_function_base_impl.py, computed
// with the same ufunc operations on the same views so results are bit-identical:
//   gradient   — central differences inside, one-sided (edge_order 1 or 2) at the edges,
//                uniform spacing (scalars) or coordinates (1-d arrays, reduced to a scalar
//                when evenly spaced); integers are differentiated in float64;
//   trapezoid  — (d * (y[1:] + y[:-1]) / 2.0).sum(axis) (np.trapz is its old name);
//   ediff1d    — ary[1:] - ary[:-1] of the flattened input with to_begin / to_end;
//   interp     — compiled_base.c's arr_interp: slopes, NaN retries, left/right, period.
// Not here: complex inputs.
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc.hpp"

namespace sl {

// varargs: the spacings as given (weak/strong scalars, or 1-d coordinate arrays).
// Returns one array per differentiated axis.
std::vector<ArrayPtr> gradient(const ArrayPtr& f, const std::vector<Operand>& varargs,
                               const std::optional<std::vector<int64_t>>& axis, int64_t edge_order);

// dx is used when x is null.
ArrayPtr trapezoid(const ArrayPtr& y, const ArrayPtr& x, const Operand& dx, int64_t axis);

ArrayPtr ediff1d(const ArrayPtr& ary, const ArrayPtr& to_end = nullptr, const ArrayPtr& to_begin = nullptr);

// left/right/period: nullopt when not given. Result float64 of x's shape.
ArrayPtr interp(const ArrayPtr& x, const ArrayPtr& xp, const ArrayPtr& fp, std::optional<double> left,
                std::optional<double> right, std::optional<double> period);

}  // namespace sl
