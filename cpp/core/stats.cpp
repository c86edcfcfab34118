#include "core/stats.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/ufunc_loops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {
using namespace loops;

// The reduced axes of `a` seen as "lines": one gather per combination of kept axes.
struct Lines {
  Shape kept_shape, red_shape;
  Strides kept_strides, red_strides;
  int64_t n = 1;  // elements per line
};

Lines make_lines(const ArrayPtr& a, const std::vector<bool>& red) {
  Lines l;
  for (int k = 0; k < a->ndim(); ++k) {
    if (red[k]) {
      l.red_shape.push_back(a->shape[k]);
      l.red_strides.push_back(a->strides[k]);
      l.n *= a->shape[k];
    } else {
      l.kept_shape.push_back(a->shape[k]);
      l.kept_strides.push_back(a->strides[k]);
    }
  }
  return l;
}

Shape kept_result_shape(const ArrayPtr& a, const std::vector<bool>& red, bool keepdims) {
  Shape s;
  for (int k = 0; k < a->ndim(); ++k)
    if (!red[k]) s.push_back(a->shape[k]);
    else if (keepdims) s.push_back(1);
  return s;
}

template <class T>
bool nan_last_less(T x, T y) {
  if constexpr (is_float<T>) return x < y || (x == x && y != y);
  else return x < y;
}

template <class T>
bool has_nan(const std::vector<T>& v) {
  if constexpr (is_float<T>) {
    for (T x : v)
      if (x != x) return true;
  }
  return false;
}

// nan-functions: the NaNs of a line are dropped (_remove_nan_1d) before the statistic.
template <class T>
void drop_nans(std::vector<T>& v) {
  if constexpr (is_float<T>) v.erase(std::remove_if(v.begin(), v.end(), [](T x) { return x != x; }), v.end());
}

// Element type of line buffers (std::vector<bool> is not a container of bools).
template <class T>
using line_t = std::conditional_t<std::is_same_v<T, bool>, uint8_t, T>;

// Visits every line of `a` (C type T): f(line_index, values) with the values gathered in
// a buffer of line_t<T>.
template <class T, class F>
void for_each_line(const ArrayPtr& a, const Lines& l, F&& f) {
  std::vector<line_t<T>> buf(alloc_count(l.n, sizeof(line_t<T>)));
  const uint8_t* base = a->buffer->data();
  int64_t li = 0;
  for_each_offset(l.kept_shape, l.kept_strides, a->offset, [&](int64_t start) {
    buf.resize(static_cast<size_t>(l.n));  // f may have shortened it (drop_nans)
    size_t i = 0;
    for_each_offset(l.red_shape, l.red_strides, start, [&](int64_t p) {
      std::memcpy(&buf[i++], base + p, sizeof(T));
    });
    f(li++, buf);
  });
}

// _ureduce's keepdims: r[..., np.newaxis at each reduced axis] — a view whose inserted
// axes have stride 0 (the q axes, if any, stay in front).
ArrayPtr insert_kept_axes(const ArrayPtr& r, const std::vector<bool>& red, bool keepdims) {
  if (!keepdims) return r;
  const size_t lead = r->shape.size() - std::count(red.begin(), red.end(), false);
  Shape shape(r->shape.begin(), r->shape.begin() + lead);
  Strides strides(r->strides.begin(), r->strides.begin() + lead);
  size_t j = lead;
  for (bool is_red : red) {
    shape.push_back(is_red ? 1 : r->shape[j]);
    strides.push_back(is_red ? 0 : r->strides[j]);
    if (!is_red) ++j;
  }
  return make_view(r, r->offset, shape, strides, r->dtype);
}

ArrayPtr finish(ArrayPtr r, const ArrayPtr& out) {
  if (!out) return r;
  if (out->shape != r->shape)
    raise_value_error("Wrong shape of argument 'out', shape=" + shape_str_compact(r->shape) +
                      " is required; got shape=" + shape_str_compact(out->shape) + ".");
  assign_array(out, r);
  return out;
}

// _ureduce's axis handling: normalize_axis_tuple ("repeated axis" for duplicates).
std::vector<bool> stat_axes(const ArrayPtr& a, const AxisList& axis) {
  std::vector<bool> red(a->ndim(), !axis.has_value());
  if (!axis) return red;
  for (int k : layout::normalize_axis_tuple(*axis, a->ndim(), false)) red[k] = true;
  return red;
}

// NumPy's _QuantileMethods, in its dict order (the order of the error message). Discrete
// methods pick an element (result in the data's dtype); the others interpolate between the
// neighbours of a virtual index n*q + (alpha + q*(1 - alpha - beta)) - 1 (or a special form).
enum class Method {
  InvertedCdf, AveragedInvertedCdf, ClosestObservation, InterpolatedInvertedCdf, Hazen, Weibull,
  Linear, MedianUnbiased, NormalUnbiased, Lower, Higher, Midpoint, Nearest
};
struct MethodInfo {
  const char* name;
  Method method;
  bool discrete;
  double alpha, beta;  // _compute_virtual_index constants (continuous H&F methods)
};
const MethodInfo kMethods[] = {
    {"inverted_cdf", Method::InvertedCdf, true, 0, 0},
    {"averaged_inverted_cdf", Method::AveragedInvertedCdf, false, 0, 0},
    {"closest_observation", Method::ClosestObservation, true, 0, 0},
    {"interpolated_inverted_cdf", Method::InterpolatedInvertedCdf, false, 0, 1},
    {"hazen", Method::Hazen, false, 0.5, 0.5},
    {"weibull", Method::Weibull, false, 0, 0},
    {"linear", Method::Linear, false, 1, 1},
    {"median_unbiased", Method::MedianUnbiased, false, 1 / 3.0, 1 / 3.0},
    {"normal_unbiased", Method::NormalUnbiased, false, 3 / 8.0, 3 / 8.0},
    {"lower", Method::Lower, true, 0, 0},
    {"higher", Method::Higher, true, 0, 0},
    {"midpoint", Method::Midpoint, false, 0, 0},
    {"nearest", Method::Nearest, true, 0, 0},
};

const MethodInfo& parse_method(const std::string& m) {
  for (const MethodInfo& mi : kMethods)
    if (m == mi.name) return mi;
  std::string keys;
  for (const MethodInfo& mi : kMethods) keys += std::string(keys.empty() ? "" : ", ") + "'" + mi.name + "'";
  raise_value_error("'" + m + "' is not a valid method. Use one of: dict_keys([" + keys + "])");
}

// Python's float % 2 == 0 (floor modulo) for an integral float.
template <class Q>
bool even(Q x) { return x - Q(2) * std::floor(x / Q(2)) == Q(0); }

// The element index a discrete method takes (before NaN handling).
template <class Q>
int64_t discrete_index(Method m, int64_t n, Q q) {
  switch (m) {
    case Method::Lower: return static_cast<int64_t>(std::floor(static_cast<Q>(n - 1) * q));
    case Method::Higher: return static_cast<int64_t>(std::ceil(static_cast<Q>(n - 1) * q));
    case Method::Nearest: return static_cast<int64_t>(std::nearbyint(static_cast<Q>(n - 1) * q));
    default: break;
  }
  // _discret_interpolation_to_boundaries
  Q index = static_cast<Q>(n) * q - Q(1);
  if (m == Method::ClosestObservation) index = index - Q(0.5);
  const Q prev = std::floor(index);
  const Q gamma = index - prev;
  const bool cond = m == Method::ClosestObservation ? (gamma == Q(0) && even(prev)) : gamma == Q(0);
  const int64_t r = static_cast<int64_t>(cond ? prev : prev + Q(1));
  return r < 0 ? 0 : r;
}

template <class Q>
Q virtual_index(const MethodInfo& mi, int64_t n, Q q) {
  switch (mi.method) {
    case Method::Linear: return static_cast<Q>(n - 1) * q;
    case Method::AveragedInvertedCdf: return static_cast<Q>(n) * q - Q(1);
    case Method::Midpoint: {
      const Q v = static_cast<Q>(n - 1) * q;
      return Q(0.5) * (std::floor(v) + std::ceil(v));
    }
    default: {
      const Q c = static_cast<Q>(1 - mi.alpha - mi.beta);
      return static_cast<Q>(n) * q + (static_cast<Q>(mi.alpha) + q * c) - Q(1);
    }
  }
}

// The quantiles as values of their own dtype, plus how they type the result.
struct QSpec {
  Shape shape;                 // q.shape
  std::vector<double> values;  // q (after /100 for percentile), C order
  bool weak = false;           // Python scalar
  bool integral = false;       // integer q (quantile only): elements are taken exactly
  DType qdtype = DType::Float64;
};

QSpec make_qspec(const Operand& q, bool percentile) {
  QSpec s;
  if (q.is_weak()) {
    s.weak = true;
    const bool is_int = q.value.dtype != DType::Float64 && q.value.dtype != DType::Float32;
    s.integral = is_int && !percentile;
    s.qdtype = s.integral ? DType::Int64 : DType::Float64;
    double v = q.value.as_double();
    if (percentile) v = v / 100.0;
    s.values.push_back(v);
  } else {
    const ArrayPtr& a = q.array;
    if (a->ndim() > 2) raise_value_error("q must be a scalar or 1d");
    s.shape = a->shape;
    s.integral = !dtype_is_float(a->dtype) && !percentile;
    s.qdtype = dtype_is_float(a->dtype) ? a->dtype : (s.integral ? DType::Int64 : DType::Float64);
    const uint8_t* base = a->buffer->data();
    for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
      double v = Scalar::load(base + p, a->dtype).as_double();
      if (percentile) v = s.qdtype == DType::Float32 ? static_cast<double>(static_cast<float>(v) / 100.0f)
                                                     : v / 100.0;
      s.values.push_back(v);
    });
  }
  for (double v : s.values)
    if (!(v >= 0.0 && v <= 1.0))
      raise_value_error(percentile ? "Percentiles must be in the range [0, 100]"
                                   : "Quantiles must be in the range [0, 1]");
  return s;
}

// One quantile of one line (partially reordered in place). Q is the C type of q arithmetic,
// C the result's.
template <class T, class C, class Q>
C quantile_value(std::vector<T>& v, Q q, const MethodInfo& mi, bool weak) {
  const int64_t n = static_cast<int64_t>(v.size());
  if (n == 0) raise_index_error("index 0 is out of bounds for axis 0 with size 0");
  auto kth = [&](int64_t k) -> T {
    std::nth_element(v.begin(), v.begin() + k, v.end(), nan_last_less<T>);
    return v[static_cast<size_t>(k)];
  };
  if (has_nan(v)) return static_cast<C>(NAN);
  if (mi.discrete) return convert<C>(kth(std::min<int64_t>(discrete_index(mi.method, n, q), n - 1)));
  const Q vi = virtual_index(mi, n, q);
  // _get_indexes: out-of-range virtual indexes take the last / first element
  int64_t prev = static_cast<int64_t>(std::floor(vi)), next = prev + 1;
  if (vi >= static_cast<Q>(n - 1)) prev = next = -1;
  if (vi < 0) prev = next = 0;
  if (vi != vi) prev = next = -1;
  Q gamma = vi - static_cast<Q>(prev);
  if (mi.method == Method::Midpoint) gamma = std::fmod(vi, Q(1)) == 0 ? Q(0) : Q(0.5);
  if (mi.method == Method::AveragedInvertedCdf) gamma = gamma == Q(0) ? Q(0.5) : Q(1);
  const T a = kth(prev < 0 ? n - 1 : prev);
  const T b = kth(next < 0 ? n - 1 : next);
  T diff;
  if constexpr (is_int<T>) diff = wrap_sub(b, a);
  else diff = static_cast<T>(b - a);
  // weak q: gamma is a Python float (1 - t in double); strong: arrays of Q.
  const C t = static_cast<C>(gamma);
  const C omt = weak ? static_cast<C>(1.0 - static_cast<double>(gamma)) : static_cast<C>(Q(1) - gamma);
  C r = convert<C>(a) + convert<C>(diff) * t;
  if (gamma >= Q(0.5)) r = convert<C>(b) - convert<C>(diff) * omt;
  return r;
}

template <class T>
ArrayPtr quantile_impl(const ArrayPtr& a, const QSpec& qs, const std::vector<bool>& red, bool keepdims,
                       const MethodInfo& m, bool skip_nan) {
  const Lines l = make_lines(a, red);
  Shape rshape = qs.shape;
  for (int64_t d : kept_result_shape(a, red, false)) rshape.push_back(d);
  int64_t nlines = 1;
  for (int64_t d : l.kept_shape) nlines *= d;
  const DType tdt = dtype_of<T>();
  const bool take = qs.integral || m.discrete;
  DType rdt;
  if (take) rdt = tdt;
  else if (qs.weak) rdt = dtype_is_float(tdt) ? tdt : DType::Float64;
  else rdt = promote_types(tdt, qs.qdtype);
  ArrayPtr r = new_array(rshape, rdt);
  if (r->size() == 0) return insert_kept_axes(r, red, keepdims);
  uint8_t* rb = r->data();
  const int64_t isz = dtype_itemsize(rdt);
  using E = line_t<T>;
  for_each_line<T>(a, l, [&](int64_t li, std::vector<E>& v) {
    if (skip_nan) drop_nans(v);
    for (size_t qi = 0; qi < qs.values.size(); ++qi) {
      uint8_t* dst = rb + (static_cast<int64_t>(qi) * nlines + li) * isz;
      const double q = qs.values[qi];
      if (skip_nan && v.empty()) {  // an all-NaN slice: NaN of the result dtype
        visit_dtype(rdt, [&](auto ctag) {
          using C = decltype(ctag);
          if constexpr (is_float<C>) {
            const C nan = static_cast<C>(NAN);
            std::memcpy(dst, &nan, sizeof(C));
          }
        });
        continue;
      }
      if (take && !m.discrete) {
        // integer q: the element at (n-1)*q, exactly
        const int64_t n = static_cast<int64_t>(v.size());
        if (n == 0) raise_index_error("index 0 is out of bounds for axis 0 with size 0");
        E x;
        if (has_nan(v)) {
          x = static_cast<E>(NAN);
        } else {
          const int64_t k = (n - 1) * static_cast<int64_t>(q);
          std::nth_element(v.begin(), v.begin() + k, v.end(), nan_last_less<E>);
          x = v[static_cast<size_t>(k)];
        }
        std::memcpy(dst, &x, sizeof(E));
        continue;
      }
      visit_dtype(rdt, [&](auto ctag) {
        using C = decltype(ctag);
        if constexpr (is_float<C>) {
          C val = qs.qdtype == DType::Float32
                      ? quantile_value<E, C, float>(v, static_cast<float>(q), m, qs.weak)
                      : quantile_value<E, C, double>(v, q, m, qs.weak);
          std::memcpy(dst, &val, sizeof(C));
        } else if constexpr (std::is_same_v<C, T>) {  // integer/bool results (taken elements)
          E val = quantile_value<E, E, double>(v, q, m, qs.weak);
          std::memcpy(dst, &val, sizeof(E));
        }
      });
    }
  });
  return insert_kept_axes(r, red, keepdims);
}

ArrayPtr quantile_common(const ArrayPtr& a, const Operand& q, const AxisList& axis, ArrayPtr out,
                         bool keepdims, const std::string& method, bool percentile, bool skip_nan) {
  const MethodInfo& m = parse_method(method);
  const QSpec qs = make_qspec(q, percentile);
  const std::vector<bool> red = stat_axes(a, axis);
  if (a->dtype == DType::Bool && !(qs.integral || m.discrete))
    raise_type_error("numpy boolean subtract, the `-` operator, is not supported, use the "
                     "bitwise_xor, the `^` operator, or the logical_xor function instead.");
  ArrayPtr r = visit_dtype(a->dtype, [&](auto tag) {
    return quantile_impl<decltype(tag)>(a, qs, red, keepdims, m, skip_nan);
  });
  return finish(r, out);
}

ArrayPtr median_impl(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims, bool skip_nan) {
  const std::vector<bool> red = stat_axes(a, axis);
  const Lines l = make_lines(a, red);
  const DType rdt = dtype_is_float(a->dtype) ? a->dtype : DType::Float64;
  ArrayPtr r = new_array(kept_result_shape(a, red, false), rdt);
  uint8_t* rb = r->data();
  visit_dtype(a->dtype, [&](auto tag) {
    using T = decltype(tag);
    visit_dtype(rdt, [&](auto ctag) {
      using C = decltype(ctag);
      using E = line_t<T>;
      if constexpr (is_float<C>) {
        for_each_line<T>(a, l, [&](int64_t li, std::vector<E>& v) {
          if (skip_nan) drop_nans(v);
          const int64_t n = static_cast<int64_t>(v.size());
          C res;
          if (n == 0 || has_nan(v)) {
            res = static_cast<C>(NAN);  // mean of an empty slice / NaN in the slice
          } else {
            // mean(part[middle]): the ufunc sum 0 + (0 + a [+ b]), then / count in float64
            const int64_t h = n / 2;
            std::nth_element(v.begin(), v.begin() + h, v.end(), nan_last_less<E>);
            C s = C(0);
            int cnt = 1;
            if (n % 2 == 0) {
              const E lo = *std::max_element(v.begin(), v.begin() + h, nan_last_less<E>);
              s += convert<C>(lo);
              cnt = 2;
            }
            s += convert<C>(v[static_cast<size_t>(h)]);
            s = C(0) + s;
            res = static_cast<C>(static_cast<double>(s) / cnt);
          }
          std::memcpy(rb + li * static_cast<int64_t>(sizeof(C)), &res, sizeof(C));
        });
      }
    });
  });
  return finish(insert_kept_axes(r, red, keepdims), out);
}

}  // namespace

ArrayPtr median(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return median_impl(a, axis, out, keepdims, false);
}
ArrayPtr nanmedian(const ArrayPtr& a, const AxisList& axis, ArrayPtr out, bool keepdims) {
  return median_impl(a, axis, out, keepdims, true);
}

ArrayPtr quantile(const ArrayPtr& a, const Operand& q, const AxisList& axis, ArrayPtr out, bool keepdims,
                  const std::string& method) {
  return quantile_common(a, q, axis, out, keepdims, method, false, false);
}

ArrayPtr percentile(const ArrayPtr& a, const Operand& q, const AxisList& axis, ArrayPtr out,
                    bool keepdims, const std::string& method) {
  return quantile_common(a, q, axis, out, keepdims, method, true, false);
}

ArrayPtr nanquantile(const ArrayPtr& a, const Operand& q, const AxisList& axis, ArrayPtr out, bool keepdims,
                     const std::string& method) {
  return quantile_common(a, q, axis, out, keepdims, method, false, true);
}

ArrayPtr nanpercentile(const ArrayPtr& a, const Operand& q, const AxisList& axis, ArrayPtr out,
                       bool keepdims, const std::string& method) {
  return quantile_common(a, q, axis, out, keepdims, method, true, true);
}

}  // namespace sl
