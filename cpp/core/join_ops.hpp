// join_ops.hpp — joining arrays: np.concatenate (with NumPy's dtype promotion, `dtype=` and
// `casting=` checks, and its output layout: the result follows the inputs' common memory
// order, so joining Fortran arrays gives a Fortran array), np.stack and its wrappers
// vstack / hstack / dstack / column_stack, and the atleast_1d/2d/3d views they build on.
//
// Every joining function returns a fresh array. atleast_Nd returns the input itself when it
// already has enough dimensions and otherwise a view with NumPy's strides (0 on new axes).
// Python-level conveniences (atleast_1d(a, b) returning a list, lists of scalars) are the
// interpreter's job.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.concatenate(arrays, axis=0, dtype=None, casting="same_kind"); axis = nullopt is
// axis=None (every input flattened in C order, 0-d inputs allowed).
ArrayPtr concatenate(const std::vector<ArrayPtr>& arrays, std::optional<int64_t> axis = 0,
                     std::optional<DType> dtype = std::nullopt,
                     const std::string& casting = "same_kind");
// np.stack(arrays, axis=0, dtype=None, casting="same_kind")
ArrayPtr stack(const std::vector<ArrayPtr>& arrays, int64_t axis = 0,
               std::optional<DType> dtype = std::nullopt, const std::string& casting = "same_kind");
ArrayPtr vstack(const std::vector<ArrayPtr>& arrays, std::optional<DType> dtype = std::nullopt,
                const std::string& casting = "same_kind");
ArrayPtr hstack(const std::vector<ArrayPtr>& arrays, std::optional<DType> dtype = std::nullopt,
                const std::string& casting = "same_kind");
ArrayPtr dstack(const std::vector<ArrayPtr>& arrays);
ArrayPtr column_stack(const std::vector<ArrayPtr>& arrays);

// Views (or `a` itself) with at least 1/2/3 dimensions, placed as NumPy places them:
// 1-d (N,) -> (1, N) for 2d and (1, N, 1) for 3d; 2-d (M, N) -> (M, N, 1) for 3d.
ArrayPtr atleast_1d(const ArrayPtr& a);
ArrayPtr atleast_2d(const ArrayPtr& a);
ArrayPtr atleast_3d(const ArrayPtr& a);

}  // namespace sl
