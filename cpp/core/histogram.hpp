// histogram.hpp — counting values into bins, reproducing NumPy 2's arithmetic so that edges
// and (weighted) counts are bit-identical:
//   bincount   — sequential accumulation (float64 with weights, int64 counts);
//   digitize   — NumPy's monotonicity check, then searchsorted on the (possibly reversed)
//                bins;
//   histogram  — numpy/lib/_histograms_impl.py: equal bins computed with NumPy's
//                linspace and index formula ((x - first) / (last - first) * n, corrected by
//                one against the edges), blocks of 65536 values for weighted sums; explicit
//                edges counted with [e_i, e_i+1) bins (the last one closed), weighted sums
//                by differences of sorted cumulative sums; the string rules ('auto', 'fd',
//                'doane', 'scott', 'stone', 'rice', 'sturges', 'sqrt') choose the bin count;
//   histogramdd / histogram2d — searchsorted per dimension, one bincount of the flat
//                index, float64 counts.
// Errors carry NumPy's messages ("`bins` must be positive, when an integer", "max must be
// larger than min in range parameter.", "autodetected range of [a, b] is not finite", ...).
// Not here: Python argument parsing (what a bins= object is) — the caller says.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc.hpp"

namespace sl {

// np.bincount(x, weights, minlength): x 1-d non-negative integers (bool allowed).
ArrayPtr bincount(const ArrayPtr& x, const ArrayPtr& weights = nullptr, int64_t minlength = 0);

// np.digitize(x, bins, right): int64 indices of x's shape.
ArrayPtr digitize(const ArrayPtr& x, const ArrayPtr& bins, bool right = false);

// What a bins= argument is.
struct HistBins {
  enum class Kind { Count, Edges, Rule } kind = Kind::Count;
  int64_t count = 10;     // Count
  ArrayPtr edges;         // Edges (any dimensionality: checked here)
  std::string rule;       // Rule
};

// range=(lo, hi): each a weak Python scalar or a NumPy scalar (0-d array).
using HistRange = std::optional<std::pair<Operand, Operand>>;

struct HistogramResult {
  ArrayPtr counts;  // int64, the weights' dtype, or float64 with density
  ArrayPtr edges;
};

HistogramResult histogram(const ArrayPtr& a, const HistBins& bins, const HistRange& range = std::nullopt,
                          bool density = false, const ArrayPtr& weights = nullptr);
ArrayPtr histogram_bin_edges(const ArrayPtr& a, const HistBins& bins, const HistRange& range = std::nullopt,
                             const ArrayPtr& weights = nullptr);

struct HistogramDDResult {
  ArrayPtr hist;  // float64, one axis per dimension
  std::vector<ArrayPtr> edges;
};
// sample: one 1-d array per dimension (all of one length). bins/ranges: one entry per
// dimension (the caller expands a single int).
HistogramDDResult histogramdd(const std::vector<ArrayPtr>& sample, const std::vector<HistBins>& bins,
                              const std::vector<HistRange>& ranges, bool density,
                              const ArrayPtr& weights = nullptr);

}  // namespace sl
