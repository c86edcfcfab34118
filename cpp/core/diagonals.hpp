// diagonals.hpp — the diagonal family: a.diagonal() as NumPy's read-only view, np.diag (1-d ->
// square matrix, 2-d -> the diagonal view), np.diagflat, np.trace, np.fill_diagonal and
// np.diag_indices, with NumPy's layouts, dtypes and error messages.
//
// Not here: Python argument conversion, triangles (matrix_builders.hpp).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// a.diagonal(offset, axis1, axis2): a view with axis1 and axis2 removed and the diagonal
// appended as the last axis (stride = stride1 + stride2); never writeable (NumPy >= 1.9).
// ValueError "diag requires an array of at least two dimensions", "axis1 and axis2 cannot be
// the same"; AxisError "axis1: axis 2 is out of bounds for array of dimension 2".
ArrayPtr diagonal(const ArrayPtr& a, int64_t offset = 0, int64_t axis1 = 0, int64_t axis2 = 1);
// np.diag(v, k): a 1-d v gives a fresh (n+|k|, n+|k|) matrix, a 2-d v its diagonal view;
// anything else is ValueError "Input must be 1- or 2-d.".
ArrayPtr diag(const ArrayPtr& v, int64_t k = 0);
// np.diagflat(v, k): v flattened onto the k-th diagonal of a fresh square matrix.
ArrayPtr diagflat(const ArrayPtr& v, int64_t k = 0);
// np.fill_diagonal(a, val, wrap): a.flat[:end:step] = val (val cycled, cast unsafely — the
// caller converts val to a.dtype first).
void fill_diagonal(const ArrayPtr& a, const ArrayPtr& val, bool wrap = false);
// np.diag_indices_from's checks; returns (n, ndim) for np.diag_indices.
std::pair<int64_t, int> diag_indices_from_shape(const ArrayPtr& a);

}  // namespace sl
