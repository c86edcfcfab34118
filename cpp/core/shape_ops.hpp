// shape_ops.hpp — rearranging elements without arithmetic: flips (views with negative
// strides, as NumPy returns), roll, tile, repeat and meshgrid, each following NumPy's
// algorithm closely enough that result layouts match: roll keeps the input's memory order
// (np.empty_like), tile's result is a reshaped view of its repeat buffer, repeat copies to C
// order, meshgrid(copy=False) returns broadcast views with stride-0 axes.
//
// Related modules: join_ops (concatenate/stack/atleast_Nd), pad, arith_ops (diff, outer,
// isclose), take_put (index helpers), windows (sliding_window_view).
// Not here: conversion of Python arguments (ints vs tuples); callers pass vectors/arrays.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.flip(m, axis=None): a view reversing the given axes (all when nullopt). Repeated axes
// raise ValueError "repeated axis". A 0-d input gives a 0-d view (NumPy returns the scalar).
ArrayPtr flip(const ArrayPtr& m, const std::optional<std::vector<int64_t>>& axes = std::nullopt);
ArrayPtr fliplr(const ArrayPtr& m);  // m[:, ::-1]; ValueError "Input must be >= 2-d."
ArrayPtr flipud(const ArrayPtr& m);  // m[::-1, ...]; ValueError "Input must be >= 1-d."
// np.rot90(m, k=1, axes=(0, 1)): a view (flips and a transpose), as NumPy.
ArrayPtr rot90(const ArrayPtr& m, int64_t k = 1, const std::vector<int64_t>& axes = {0, 1});

// np.roll(a, shift, axis=None). `shift` is an integer (or bool) array of 0 or 1 dimensions,
// broadcast against the axes as np.broadcast(shift, axis) does; axes = nullopt rolls the
// flattened array and returns it reshaped (a view of the rolled copy, as NumPy).
ArrayPtr roll(const ArrayPtr& a, const ArrayPtr& shift,
              const std::optional<std::vector<int64_t>>& axes = std::nullopt);
ArrayPtr roll(const ArrayPtr& a, int64_t shift,
              const std::optional<std::vector<int64_t>>& axes = std::nullopt);

// np.tile(A, reps) with reps as a tuple (an int is a 1-tuple).
ArrayPtr tile(const ArrayPtr& a, const std::vector<int64_t>& reps);

// np.repeat(a, repeats, axis=None). `repeats`: an integer/bool array of 0 or 1 dimensions
// (size 1 broadcasts), cast to int64 with 'safe' casting like NumPy.
ArrayPtr repeat(const ArrayPtr& a, const ArrayPtr& repeats, std::optional<int64_t> axis = std::nullopt);
ArrayPtr repeat(const ArrayPtr& a, int64_t repeats, std::optional<int64_t> axis = std::nullopt);

// np.meshgrid(*xi, copy=True, sparse=False, indexing='xy'); inputs of any dimension are
// flattened as NumPy does.
std::vector<ArrayPtr> meshgrid(const std::vector<ArrayPtr>& xi, const std::string& indexing = "xy",
                               bool sparse = false, bool copy = true);

}  // namespace sl
