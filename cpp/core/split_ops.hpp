// split_ops.hpp — np.array_split / np.split and the hsplit / vsplit / dsplit wrappers: the
// pieces are views (basic slices along the axis, Python slice semantics for the division
// points, so out-of-order or negative points give empty pieces exactly as in NumPy).
#pragma once
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// indices_or_sections given as a number of sections ...
std::vector<ArrayPtr> array_split(const ArrayPtr& a, int64_t sections, int64_t axis = 0);
// ... or as the list of division points.
std::vector<ArrayPtr> array_split(const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis = 0);
// np.split: like array_split, but a number of sections must divide the axis exactly
// (ValueError "array split does not result in an equal division"; 0 sections is Python's
// ZeroDivisionError "integer modulo by zero").
std::vector<ArrayPtr> split(const ArrayPtr& a, int64_t sections, int64_t axis = 0);
std::vector<ArrayPtr> split(const ArrayPtr& a, const std::vector<int64_t>& indices, int64_t axis = 0);
std::vector<ArrayPtr> hsplit(const ArrayPtr& a, int64_t sections);
std::vector<ArrayPtr> hsplit(const ArrayPtr& a, const std::vector<int64_t>& indices);
std::vector<ArrayPtr> vsplit(const ArrayPtr& a, int64_t sections);
std::vector<ArrayPtr> vsplit(const ArrayPtr& a, const std::vector<int64_t>& indices);
std::vector<ArrayPtr> dsplit(const ArrayPtr& a, int64_t sections);
std::vector<ArrayPtr> dsplit(const ArrayPtr& a, const std::vector<int64_t>& indices);

}  // namespace sl
