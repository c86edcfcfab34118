#include "core/histogram_rules.hpp"

#include <cmath>

#include "core/histogram.hpp"
#include "core/reduce.hpp"
#include "core/stats.hpp"

namespace sl {
namespace {

const char* const kRules[] = {"stone", "auto", "doane", "fd", "rice", "scott", "sqrt", "sturges"};

// _ptp: max - min, signed integers subtracted as unsigned (no overflow)
double ptp_value(const ArrayPtr& x) {
  const Scalar hi = amax(x)->item0(), lo = amin(x)->item0();
  if (dtype_is_integer(x->dtype) && dtype_is_signed(x->dtype))
    return static_cast<double>(static_cast<uint64_t>(hi.as_int64()) - static_cast<uint64_t>(lo.as_int64()));
  if (dtype_is_integer(x->dtype)) return static_cast<double>(hi.as_uint64() - lo.as_uint64());
  return hi.as_double() - lo.as_double();
}

double size_d(const ArrayPtr& x) { return static_cast<double>(x->size()); }

double sturges(const ArrayPtr& x) { return ptp_value(x) / (std::log2(size_d(x)) + 1.0); }

double fd(const ArrayPtr& x) {
  ArrayPtr q = new_array({2}, DType::Float64);
  reinterpret_cast<double*>(q->data())[0] = 75;
  reinterpret_cast<double*>(q->data())[1] = 25;
  ArrayPtr p = percentile(x, Operand(q));
  const double iqr = Scalar::load(p->data(), p->dtype).as_double() - Scalar::load(p->data() + p->strides[0], p->dtype).as_double();
  return 2.0 * iqr * std::pow(size_d(x), -1.0 / 3.0);
}

double stone(const ArrayPtr& x, const Operand& first, const Operand& last) {
  const int64_t n = x->size();
  const double ptp_x = ptp_value(x);
  if (n <= 1 || ptp_x == 0) return 0;
  const int64_t upper = std::max<int64_t>(100, static_cast<int64_t>(std::sqrt(static_cast<double>(n))));
  int64_t best_bins = 1;
  double best = 0;
  for (int64_t nbins = 1; nbins <= upper; ++nbins) {
    const double hh = ptp_x / static_cast<double>(nbins);
    HistBins b;
    b.count = nbins;
    ArrayPtr counts = histogram(x, b, std::make_pair(first, last)).counts;
    // p_k = counts / n (float64); p_k.dot(p_k) sums the squares in order
    const int64_t* c = reinterpret_cast<const int64_t*>(counts->data());
    double dot = 0;
    for (int64_t i = 0; i < nbins; ++i) {
      const double p = static_cast<double>(c[i]) / static_cast<double>(n);
      dot += p * p;
    }
    const double j = (2 - static_cast<double>(n + 1) * dot) / hh;
    if (nbins == 1 || j < best) {  // min() keeps the first minimum
      best = j;
      best_bins = nbins;
    }
  }
  return ptp_x / static_cast<double>(best_bins);
}

double doane(const ArrayPtr& x) {
  const double sz = size_d(x);
  if (x->size() <= 2) return 0.0;
  const double sg1 = std::sqrt(6.0 * (sz - 2) / ((sz + 1.0) * (sz + 3)));
  const double sigma = std_(x)->item0().as_double();
  if (!(sigma > 0.0)) return 0.0;
  ArrayPtr temp = apply_ufunc(UFuncId::Subtract, {Operand(x), Operand(mean(x))});
  apply_ufunc(UFuncId::TrueDivide, {Operand(temp), Operand::py_float(sigma)}, temp);
  apply_ufunc(UFuncId::Power, {Operand(temp), Operand::py_int(3)}, temp);
  const double g1 = mean(temp)->item0().as_double();
  return ptp_value(x) / (1.0 + std::log2(sz) + std::log2(1.0 + std::fabs(g1) / sg1));
}

}  // namespace

bool is_histogram_rule(const std::string& name) {
  for (const char* r : kRules)
    if (name == r) return true;
  return false;
}

double histogram_rule_width(const std::string& name, const ArrayPtr& x, const Operand& first, const Operand& last) {
  if (name == "sqrt") return ptp_value(x) / std::sqrt(size_d(x));
  if (name == "sturges") return sturges(x);
  if (name == "rice") return ptp_value(x) / (2.0 * std::pow(size_d(x), 1.0 / 3));
  if (name == "scott")
    return std::pow(24.0 * std::pow(M_PI, 0.5) / size_d(x), 1.0 / 3.0) * std_(x)->item0().as_double();
  if (name == "stone") return stone(x, first, last);
  if (name == "doane") return doane(x);
  if (name == "fd") return fd(x);
  // auto
  const double fd_bw = fd(x), st = sturges(x);
  return fd_bw != 0 ? std::min(fd_bw, st) : st;
}

}  // namespace sl
