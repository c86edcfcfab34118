// flat_index.hpp — conversions between flat element numbers and multi-indices: np.indices
// (dense or sparse grids), np.unravel_index and np.ravel_multi_index with their modes,
// orders and NumPy's error messages.
//
// Index arrays arrive as arrays of any dtype; the integer check ("only int indices
// permitted") happens here. Not here: Python argument conversion.
#pragma once
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.indices(dimensions, dtype, sparse=False): dense -> one array of shape (N, *dims);
// sparse -> N arrays, the k-th of shape (1, .., dims[k], .., 1).
ArrayPtr indices_dense(const Shape& dims, DType dtype);
std::vector<ArrayPtr> indices_sparse(const Shape& dims, DType dtype);

// np.unravel_index(indices, shape, order): one int64 array per dimension, each shaped like
// `indices` (0-d for a scalar index). ValueError "index 10 is out of bounds for array with
// size 9"; TypeError "only int indices permitted".
std::vector<ArrayPtr> unravel_index(const ArrayPtr& indices, const Shape& dims, char order = 'C');

// np.ravel_multi_index(multi_index, dims, mode, order); `modes` has one entry per dimension
// ("raise", "wrap" or "clip"). The coordinate arrays are broadcast together.
ArrayPtr ravel_multi_index(const std::vector<ArrayPtr>& multi_index, const Shape& dims,
                           const std::vector<std::string>& modes, char order = 'C');

}  // namespace sl
