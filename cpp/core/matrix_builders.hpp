// matrix_builders.hpp — special matrices built from a size or a vector: np.tri, np.tril /
// np.triu (masks applied with np.where, as NumPy does, so any ndim >= 1 works and the
// result dtype is the input's), np.tril_indices / np.triu_indices, np.vander.
//
// Not here: Python argument conversion, the diagonal family (diagonals.hpp).
#pragma once
#include <optional>
#include <utility>

#include "core/ndarray.hpp"

namespace sl {

// np.tri(N, M=None, k=0, dtype): 1 where j <= i + k. Negative N/M give empty axes (NumPy's
// arange does the same).
ArrayPtr tri(int64_t n, std::optional<int64_t> m, int64_t k, DType dtype);
// np.tril(m, k) / np.triu(m, k): where(tri(*m.shape[-2:], k), m, 0) and its mirror. A 1-d m
// broadcasts against the square mask; a 0-d m is NumPy's TypeError from tri().
ArrayPtr tril(const ArrayPtr& m, int64_t k = 0);
ArrayPtr triu(const ArrayPtr& m, int64_t k = 0);
// np.tril_indices(n, k, m) / np.triu_indices: the (row, col) int64 positions of the
// triangle, in C order.
std::pair<ArrayPtr, ArrayPtr> tril_indices(int64_t n, int64_t k = 0, std::optional<int64_t> m = std::nullopt);
std::pair<ArrayPtr, ArrayPtr> triu_indices(int64_t n, int64_t k = 0, std::optional<int64_t> m = std::nullopt);
// np.vander(x, N=None, increasing=False): dtype promote_types(x.dtype, int64); powers by
// repeated multiplication (NumPy's multiply.accumulate), so the bits match.
ArrayPtr vander(const ArrayPtr& x, std::optional<int64_t> n = std::nullopt, bool increasing = false);

}  // namespace sl
