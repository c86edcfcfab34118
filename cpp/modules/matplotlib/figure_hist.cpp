// figure_hist.cpp — np.histogram's arithmetic for plt.hist (numpy/lib/histograms.py,
// NumPy 1.24): linspace edges, the uniform-bin fast path with its +-1 ULP index
// corrections, the sorted-search path for explicit edges, and density = n / db / n.sum().
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/errors.hpp"
#include "modules/matplotlib/figure_model.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {
std::string pyfloat(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char buf[64];
  for (int p = 1; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  std::string s = buf;
  if (s.find_first_of(".e") == std::string::npos) s += ".0";
  return s;
}
}  // namespace

void histogram(const std::vector<double>& a, int64_t bins, const std::vector<double>* edges_given,
               const std::optional<std::pair<double, double>>& range, bool density,
               std::vector<double>* counts, std::vector<double>* edges) {
  std::vector<int64_t> n;
  if (edges_given) {
    const std::vector<double>& e = *edges_given;
    for (size_t i = 1; i < e.size(); ++i)
      if (e[i] < e[i - 1]) raise_value_error("`bins` must increase monotonically, when an array");
    *edges = e;
    std::vector<double> s = a;
    std::sort(s.begin(), s.end(), [](double x, double y) { return x < y || (!std::isnan(x) && std::isnan(y)); });
    std::vector<int64_t> cum(e.size());
    for (size_t i = 0; i < e.size(); ++i) {
      bool last = i + 1 == e.size();
      auto it = last ? std::upper_bound(s.begin(), s.end(), e[i], [](double v, double x) { return v < x || (!std::isnan(v) && std::isnan(x)); })
                     : std::lower_bound(s.begin(), s.end(), e[i], [](double x, double v) { return x < v || (!std::isnan(x) && std::isnan(v)); });
      cum[i] = it - s.begin();
    }
    for (size_t i = 1; i < cum.size(); ++i) n.push_back(cum[i] - cum[i - 1]);
  } else {
    if (bins < 1) raise_value_error("`bins` must be positive, when an integer");
    double first, last;
    if (range) {
      first = range->first;
      last = range->second;
      if (first > last) raise_value_error("max must be larger than min in range parameter.");
      if (!std::isfinite(first) || !std::isfinite(last))
        raise_value_error("supplied range of [" + pyfloat(first) + ", " + pyfloat(last) + "] is not finite");
    } else if (a.empty()) {
      first = 0;
      last = 1;
    } else {
      first = a[0];
      last = a[0];
      for (double v : a) {  // np.min / np.max propagate NaN
        if (std::isnan(v) || std::isnan(first)) first = NAN;
        else first = std::min(first, v);
        if (std::isnan(v) || std::isnan(last)) last = NAN;
        else last = std::max(last, v);
      }
      if (!std::isfinite(first) || !std::isfinite(last))
        raise_value_error("autodetected range of [" + pyfloat(first) + ", " + pyfloat(last) + "] is not finite");
    }
    if (first == last) {
      first -= 0.5;
      last += 0.5;
    }
    // np.linspace(first, last, bins + 1)
    edges->resize(alloc_count(bins + 1, sizeof(double)));
    const double step = (last - first) / static_cast<double>(bins);
    for (int64_t i = 0; i <= bins; ++i)
      (*edges)[i] = step == 0 ? (static_cast<double>(i) / bins) * (last - first) + first : static_cast<double>(i) * step + first;
    (*edges)[bins] = last;
    const double norm = static_cast<double>(bins) / (last - first);
    n.assign(alloc_count(bins), 0);
    for (double v : a) {
      if (!(v >= first && v <= last)) continue;
      int64_t idx = static_cast<int64_t>((v - first) * norm);
      if (idx == bins) idx -= 1;
      if (v < (*edges)[idx]) idx -= 1;
      if (v >= (*edges)[idx + 1] && idx != bins - 1) idx += 1;
      n[static_cast<size_t>(idx)] += 1;
    }
  }
  counts->resize(n.size());
  if (density) {
    int64_t total = 0;
    for (int64_t c : n) total += c;
    for (size_t i = 0; i < n.size(); ++i)
      (*counts)[i] = static_cast<double>(n[i]) / ((*edges)[i + 1] - (*edges)[i]) / static_cast<double>(total);
  } else {
    for (size_t i = 0; i < n.size(); ++i) (*counts)[i] = static_cast<double>(n[i]);
  }
}

}  // namespace sl
