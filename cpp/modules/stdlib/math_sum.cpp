// math_sum.cpp — the summing functions of `math` with CPython's exact algorithms, so that
// results agree to the last bit: fsum (Shewchuk's partials with CPython's half-even fix-up
// and its overflow/inf/nan rules), hypot and dist (3.11's vector_norm: scaled, Veltkamp-
// Dekker split squares summed with compensation, a final differential correction), prod.
#include <cfloat>
#include <cmath>
#include <vector>

#include "lang/args.hpp"
#include "lang/builtin_types.hpp"
#include "modules/stdlib/math_parts.hpp"

namespace sl {

namespace {

double fsum(const ObjPtr& iterable) {
  std::vector<double> p;
  double special_sum = 0.0, inf_sum = 0.0;
  bool overflow = false;
  for_each(iterable, [&](const ObjPtr& item) {
    double x = to_double(item), xsave = x;
    size_t i = 0;
    for (size_t j = 0; j < p.size(); ++j) {
      double y = p[j];
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y, yr = hi - x, lo = y - yr;
      if (lo != 0.0) p[i++] = lo;
      x = hi;
    }
    p.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        // nonfinite: an intermediate overflow, or an inf/nan among the summands
        if (std::isfinite(xsave)) {
          overflow = true;
          return false;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        p.clear();
      } else {
        p.push_back(x);
      }
    }
    return true;
  });
  if (overflow) raise_overflow_error("intermediate overflow in fsum");
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
    return special_sum;
  }
  double hi = 0.0;
  size_t n = p.size();
  if (n > 0) {
    double lo = 0.0;
    hi = p[--n];
    // sum_exact(ps, hi) from the top, stop when the sum becomes inexact
    while (n > 0) {
      double x = hi, y = p[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // half-even rounding across multiple partials
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
      double y = lo * 2.0, x = hi + y, yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return hi;
}

// CPython 3.11's vector_norm: the Euclidean norm of vec (all |x| <= max, finite unless
// max is inf or found_nan), correctly rounded in nearly all cases
double vector_norm(std::vector<double>& vec, double max, bool found_nan) {
  const double T27 = 134217729.0;  // ldexp(1.0, 27) + 1.0
  size_t n = vec.size();
  if (std::isinf(max)) return max;
  if (found_nan) return NAN;
  if (max == 0.0 || n <= 1) return max;
  int max_e;
  std::frexp(max, &max_e);
  if (max_e < -1023) {  // ldexp(1.0, -max_e) would overflow: make subnormals normal first
    for (double& x : vec) x /= DBL_MIN;
    return DBL_MIN * vector_norm(vec, max / DBL_MIN, found_nan);
  }
  double scale = std::ldexp(1.0, -max_e);
  double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, oldcsum, x, t, hi, lo;
  for (double v : vec) {
    x = v * scale;  // lossless scaling
    t = x * T27;    // Veltkamp-Dekker split
    hi = t - (t - x);
    lo = x - hi;
    x = hi * hi;
    oldcsum = csum;
    csum += x;
    frac1 += (oldcsum - csum) + x;
    x = 2.0 * hi * lo;
    oldcsum = csum;
    csum += x;
    frac2 += (oldcsum - csum) + x;
    frac3 += lo * lo;
  }
  double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
  x = h;
  t = x * T27;
  hi = t - (t - x);
  lo = x - hi;
  x = -hi * hi;
  oldcsum = csum;
  csum += x;
  frac1 += (oldcsum - csum) + x;
  x = -2.0 * hi * lo;
  oldcsum = csum;
  csum += x;
  frac2 += (oldcsum - csum) + x;
  x = -lo * lo;
  oldcsum = csum;
  csum += x;
  frac3 += (oldcsum - csum) + x;
  x = csum - 1.0 + (frac1 + frac2 + frac3);
  return (h + x / (2.0 * h)) / scale;
}

// |x| of each coordinate, their max, whether one is NaN
double norm_of(std::vector<double>& v) {
  double max = 0.0;
  bool nan = false;
  for (double& x : v) {
    x = std::fabs(x);
    nan |= std::isnan(x);
    if (x > max) max = x;
  }
  return vector_norm(v, max, nan);
}

}  // namespace

void add_math_sum_functions(ModuleObject& m) {
  m.add_function("fsum", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("fsum", kw);
    check_nargs("fsum", a, 1, 1);
    return make_float(fsum(a[0]));
  });
  m.add_function("hypot", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("hypot", kw);
    std::vector<double> v;
    for (auto& x : a) v.push_back(to_double(x));
    return make_float(norm_of(v));
  });
  m.add_function("dist", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    check_no_kwargs("dist", kw);
    if (a.size() != 2) raise_type_error("dist expected 2 arguments, got " + std::to_string(a.size()));
    std::vector<ObjPtr> p = iterate(a[0]), q = iterate(a[1]);
    if (p.size() != q.size()) raise_value_error("both points must have the same number of dimensions");
    std::vector<double> v;
    for (size_t i = 0; i < p.size(); ++i) v.push_back(to_double(p[i]) - to_double(q[i]));
    return make_float(norm_of(v));
  });
  m.add_function("prod", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) -> ObjPtr {
    static const Signature sig("prod", {"iterable", "/", "*", "start="});
    BoundArgs b = sig.bind(a, kw);
    ObjPtr acc = b.has(1) ? b[1] : make_int(1);
    for_each(b[0], [&](const ObjPtr& x) {
      acc = binary_op(BinOp::Mul, acc, x);
      return true;
    });
    return acc;
  });
}

}  // namespace sl
