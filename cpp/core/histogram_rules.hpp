// histogram_rules.hpp — the bin-width estimators behind np.histogram(bins='auto' | 'fd' |
// 'doane' | 'scott' | 'stone' | 'rice' | 'sturges' | 'sqrt'), as
// numpy/lib/_histograms_impl.py's _hist_bin_* functions compute them (in float64; 'stone'
// minimises its cross-validation estimate over 1..max(100, sqrt(n)) bins).
// Not here: turning the width into a bin count (histogram.cpp).
#pragma once
#include <string>

#include "core/ndarray.hpp"
#include "core/ufunc.hpp"

namespace sl {

bool is_histogram_rule(const std::string& name);
// The width for the non-empty data x (already cut to the range); `first`/`last` are the
// range's edges (what 'stone' histograms with). 0 means "one bin".
double histogram_rule_width(const std::string& name, const ArrayPtr& x, const Operand& first,
                            const Operand& last);

}  // namespace sl
