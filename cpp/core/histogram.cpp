#include "core/histogram.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/arith_ops.hpp"
#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/format_scalar.hpp"
#include "core/histogram_rules.hpp"
#include "core/indexing.hpp"
#include "core/reduce.hpp"
#include "core/search.hpp"
#include "core/sort.hpp"
#include "core/ufunc_loops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {
using namespace loops;

constexpr int64_t kBlock = 65536;  // numpy/lib/_histograms_impl.py: BLOCK

// The values of a (any layout) in C order, as a contiguous copy when needed; bool data
// become uint8 (_ravel_and_check_weights: "Converting input from bool ...").
ArrayPtr flat(const ArrayPtr& a_in) {
  ArrayPtr a = a_in->dtype == DType::Bool ? astype(a_in, DType::UInt8) : a_in;
  ArrayPtr c = a->is_c_contiguous() ? a : copy_array(a, 'C');
  return reshape(c, {c->size()});
}

// The counting loops read the data widened to one of three types: signed integers as int64,
// unsigned as uint64, floats as double (a copy per block of kBlock values unless the data
// already has that type). Widening changes no result: every comparison and conversion below
// depends on the value only (the common dtypes of data and bounds come from the data's own
// dtype, BoundCmp), and one loop per wide type instead of one per dtype keeps the code small.
// wide_kind raises for a dtype the kernels do not know (float16, complex), as visit_dtype does.
enum class Wide { I64, U64, F64 };
Wide wide_kind(DType t) {
  return visit_dtype(t, [](auto tag) {
    using T = decltype(tag);
    if constexpr (is_float<T>) return Wide::F64;
    else if constexpr (std::is_signed_v<T>) return Wide::I64;
    else return Wide::U64;
  });
}
// f(x, start, count) for consecutive runs of the flat data a as dtype t (cast per block of
// kBlock values by astype, whose loops are convert<>: the values are those convert<> gives);
// data already of dtype t is read in place (flat(): C-contiguous).
template <class F>
void for_blocks_as(const ArrayPtr& a, DType t, F&& f) {
  const int64_t len = a->size();
  if (a->dtype == t) {
    f(static_cast<const void*>(a->data()), int64_t(0), len);
    return;
  }
  for (int64_t s = 0; s < len; s += kBlock) {
    const int64_t m = std::min(kBlock, len - s);
    ArrayPtr w = astype(basic_index(a, {BasicIndex::make_slice({s, s + m, std::nullopt})}), t, 'C');
    f(static_cast<const void*>(w->data()), s, m);
  }
}
// The same, widened (see Wide): f receives a const int64_t*, uint64_t* or double*.
template <class F>
void for_wide_blocks(const ArrayPtr& a, F&& f) {
  auto as = [&](auto tag, DType t) {
    using W = decltype(tag);
    for_blocks_as(a, t, [&](const void* x, int64_t s, int64_t m) { f(static_cast<const W*>(x), s, m); });
  };
  switch (wide_kind(a->dtype)) {
    case Wide::I64: return as(int64_t{}, DType::Int64);
    case Wide::U64: return as(uint64_t{}, DType::UInt64);
    case Wide::F64: return as(double{}, DType::Float64);
  }
}

std::string bound_str(const Operand& o) {
  if (o.is_weak()) return scalar_str(o.value);
  return scalar_str(o.array->item0());
}
double bound_value(const Operand& o) { return o.is_weak() ? o.value.as_double() : o.array->item0().as_double(); }
Scalar bound_scalar(const Operand& o) { return o.is_weak() ? o.value : o.array->item0(); }
bool bound_is_float(const Operand& o) {
  return dtype_is_float(o.is_weak() ? o.value.dtype : o.array->dtype);
}
bool bound_finite(const Operand& o) { return !bound_is_float(o) || std::isfinite(bound_value(o)); }

// first - 0.5 / last + 0.5 with NumPy 2's scalar typing (a weak int becomes a Python float).
Operand shift_half(const Operand& o, double d) {
  if (o.is_weak()) return Operand::py_float(bound_value(o) + d);
  return Operand::of(apply_ufunc(UFuncId::Add, {o, Operand::py_float(d)}));
}

bool bound_less(const Operand& x, const Operand& y) {
  return apply_ufunc(UFuncId::Less, {x, y})->item0().as_bool();
}
bool bound_equal(const Operand& x, const Operand& y) {
  return apply_ufunc(UFuncId::Equal, {x, y})->item0().as_bool();
}

// _unsigned_subtract(x, y) of two scalars: signed integers subtract as their unsigned type
// (no overflow), everything else in the common dtype. Returns a strong 0-d array.
ArrayPtr unsigned_subtract(const Operand& x, const Operand& y) {
  const DType dt = promote_operands({x, y});
  if (dtype_is_integer(dt) && dtype_is_signed(dt)) {
    const uint64_t a = static_cast<uint64_t>(bound_scalar(x).as_int64());
    const uint64_t b = static_cast<uint64_t>(bound_scalar(y).as_int64());
    ArrayPtr r = new_array({}, DType::UInt64);
    Scalar::from_uint(a - b).store(r->data());
    return r;
  }
  return apply_ufunc(UFuncId::Subtract, {x, y}, nullptr, nullptr, dt);
}

// _get_outer_edges
std::pair<Operand, Operand> outer_edges(const ArrayPtr& a, const HistRange& range) {
  Operand first, last;
  if (range) {
    first = range->first;
    last = range->second;
    if (bound_less(last, first)) raise_value_error("max must be larger than min in range parameter.");
    if (!bound_finite(first) || !bound_finite(last))
      raise_value_error("supplied range of [" + bound_str(first) + ", " + bound_str(last) + "] is not finite");
  } else if (a->size() == 0) {
    first = Operand::py_int(0);
    last = Operand::py_int(1);
  } else {
    first = Operand::of(amin(a));
    last = Operand::of(amax(a));
    if (!bound_finite(first) || !bound_finite(last))
      raise_value_error("autodetected range of [" + bound_str(first) + ", " + bound_str(last) + "] is not finite");
  }
  if (bound_equal(first, last)) {
    first = shift_half(first, -0.5);
    last = shift_half(last, 0.5);
  }
  return {first, last};
}

// np.linspace(first, last, num, dtype=E) as NumPy 2 computes it: arithmetic in the inexact
// common dtype of the two bounds (float32 for float32 scalars), then cast to E.
ArrayPtr edges_linspace(const Operand& first, const Operand& last, int64_t num, DType E) {
  DType dt = promote_operands({first, last});
  if (!dtype_is_float(dt)) dt = DType::Float64;
  ArrayPtr y = new_array({num}, E);
  visit_dtype(dt, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (is_float<T>) {
      const T start = static_cast<T>(bound_value(first)), stop = static_cast<T>(bound_value(last));
      const T delta = static_cast<T>(stop - start);
      const int64_t div = num - 1;
      const T step = static_cast<T>(delta / static_cast<T>(div));
      visit_dtype(E, [&](auto etag) {
        using R = decltype(etag);
        if constexpr (is_float<R>) {
          R* out = reinterpret_cast<R*>(y->data());
          for (int64_t i = 0; i < num; ++i) {
            T v = static_cast<T>(i);
            v = step == T(0) ? static_cast<T>(static_cast<T>(v / static_cast<T>(div)) * delta)
                             : static_cast<T>(v * step);
            out[i] = static_cast<R>(static_cast<T>(v + start));
          }
          if (num > 1) out[num - 1] = static_cast<R>(stop);
        }
      });
    }
  });
  return y;
}

struct BinEdges {
  ArrayPtr edges;
  bool uniform = false;
  Operand first, last;
  int64_t n = 0;
};

// _get_bin_edges
BinEdges get_bin_edges(const ArrayPtr& a, const HistBins& bins, const HistRange& range, const ArrayPtr& weights) {
  BinEdges be;
  int64_t n_equal = -1;
  if (bins.kind == HistBins::Kind::Rule) {
    if (!is_histogram_rule(bins.rule))
      raise_value_error("'" + bins.rule + "' is not a valid estimator for `bins`");
    if (weights) raise_type_error("Automated estimation of the number of bins is not supported for weighted data");
    std::tie(be.first, be.last) = outer_edges(a, range);
    ArrayPtr x = a;
    if (range) {
      ArrayPtr keep = apply_ufunc(UFuncId::GreaterEqual, {Operand(a), be.first});
      apply_ufunc(UFuncId::LogicalAnd, {Operand(keep), Operand(apply_ufunc(UFuncId::LessEqual, {Operand(a), be.last}))}, keep);
      x = get_index(a, {IndexItem::make_array(keep)});
    }
    if (x->size() == 0) {
      n_equal = 1;
    } else {
      double width = histogram_rule_width(bins.rule, x, be.first, be.last);
      if (width != 0 && !std::isnan(width)) {
        const double span = unsigned_subtract(be.last, be.first)->item0().as_double();
        n_equal = static_cast<int64_t>(std::ceil(span / width));
      } else {
        n_equal = std::isnan(width) ? -2 : 1;
      }
      if (n_equal == -2) raise_value_error("cannot convert float NaN to integer");
    }
  } else if (bins.kind == HistBins::Kind::Count) {
    if (bins.count < 1) raise_value_error("`bins` must be positive, when an integer");
    n_equal = bins.count;
    std::tie(be.first, be.last) = outer_edges(a, range);
  } else {
    if (bins.edges->ndim() != 1) raise_value_error("`bins` must be 1d, when an array");
    be.edges = bins.edges;
    const int64_t k = be.edges->size();
    if (k > 1) {
      ArrayPtr lo = basic_index(be.edges, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
      ArrayPtr hi = basic_index(be.edges, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})});
      if (any(apply_ufunc(UFuncId::Greater, {Operand(lo), Operand(hi)}))->item0().as_bool())
        raise_value_error("`bins` must increase monotonically, when an array");
    }
    return be;
  }
  // bin_type = result_type(first_edge, last_edge, a), integers -> float
  DType bin_type = promote_operands({be.first, be.last, Operand(new_array({}, a->dtype))});
  if (!dtype_is_float(bin_type)) bin_type = DType::Float64;
  be.edges = edges_linspace(be.first, be.last, n_equal + 1, bin_type);
  be.uniform = true;
  be.n = n_equal;
  return be;
}

// NumPy's comparison of data x (dtype of a) with a bound, in their NEP 50 common dtype.
struct BoundCmp {
  DType common;
  double f = 0;
  int64_t i = 0;
  uint64_t u = 0;
};
BoundCmp make_cmp(DType data, const Operand& b) {
  BoundCmp c;
  c.common = promote_operands({Operand(new_array({}, data)), b});
  const Scalar s = bound_scalar(b);
  if (dtype_is_float(c.common)) {
    c.f = c.common == DType::Float32 ? static_cast<double>(static_cast<float>(s.as_double())) : s.as_double();
  } else if (dtype_is_integer(c.common) && !dtype_is_signed(c.common)) {
    c.u = s.as_uint64();
  } else {
    c.i = s.as_int64();
  }
  return c;
}
// sign of (x - bound): -1, 0, 1; NaN gives 2 (every comparison false)
template <class T>
int cmp3(T x, const BoundCmp& c) {
  if (c.common == DType::Float32) {
    const float a = static_cast<float>(x), b = static_cast<float>(c.f);
    return a < b ? -1 : (a > b ? 1 : (a == b ? 0 : 2));
  }
  if (dtype_is_float(c.common)) {
    const double a = static_cast<double>(x);
    return a < c.f ? -1 : (a > c.f ? 1 : (a == c.f ? 0 : 2));
  }
  if constexpr (is_float<T>) {
    return 2;  // unreachable: float data makes the common dtype float
  } else if (dtype_is_signed(c.common)) {
    const int64_t a = static_cast<int64_t>(x);
    return a < c.i ? -1 : (a > c.i ? 1 : 0);
  } else {
    const uint64_t a = static_cast<uint64_t>(x);
    return a < c.u ? -1 : (a > c.u ? 1 : 0);
  }
}

// The equal-width fast path: index = ((x - first) / (last - first)) * n in NumPy's dtypes,
// then the one-off corrections against the edges. What depends on the bounds only is computed
// once (UniformPlan); the loop writes each value's bin, or -1 when it falls outside.
struct UniformPlan {
  int64_t n = 0;
  BoundCmp lo, hi;
  double first = 0, denom = 0;
  const void* edges = nullptr;
  bool e32 = false, c32 = false;  // edges float32; arithmetic in float32 too
};
UniformPlan uniform_plan(const BinEdges& be, DType data) {
  UniformPlan p;
  p.n = be.n;
  p.lo = make_cmp(data, be.first);
  p.hi = make_cmp(data, be.last);
  p.first = bound_value(be.first);
  p.denom = unsigned_subtract(be.last, be.first)->item0().as_double();
  p.edges = be.edges->data();
  p.e32 = be.edges->dtype == DType::Float32;
  p.c32 = p.e32 && promote_operands({be.first, be.last}) == DType::Float32;
  return p;
}
// Count: ++out[bin] (the unweighted histogram, no second pass); else out[k] = bin or -1.
template <bool Count, class T, class E, class C>
void uniform_indices(const T* x, int64_t len, const UniformPlan& p, int64_t* out) {
  const int64_t n = p.n;
  const E* edges = static_cast<const E*>(p.edges);
  const E first = static_cast<E>(p.first);
  const C denom = static_cast<C>(p.denom);
  const C cn = static_cast<C>(n);
  for (int64_t k = 0; k < len; ++k) {
    if constexpr (!Count) out[k] = -1;
    const T v = x[k];
    const int c1 = cmp3(v, p.lo), c2 = cmp3(v, p.hi);
    if (!(c1 == 0 || c1 == 1) || !(c2 == 0 || c2 == -1)) continue;
    const E xe = convert<E>(v);
    const C f = static_cast<C>(static_cast<C>(static_cast<C>(static_cast<E>(xe - first)) / denom) * cn);
    int64_t i = convert<int64_t>(f);
    if (i == n) --i;
    if (i < 0) i = 0;  // (NumPy would index edges[-1]; cannot happen for finite data)
    if (xe < edges[i]) --i;
    if (i >= 0 && i != n - 1 && xe >= edges[i + 1]) ++i;
    if (i < 0 || i >= n) continue;
    if constexpr (Count) ++out[i];
    else out[k] = i;
  }
}
template <bool Count, class T>
void uniform_dispatch(const T* x, int64_t len, const UniformPlan& p, int64_t* out) {
  if (p.c32) uniform_indices<Count, T, float, float>(x, len, p, out);
  else if (p.e32) uniform_indices<Count, T, float, double>(x, len, p, out);
  else uniform_indices<Count, T, double, double>(x, len, p, out);
}

// counts[i] for explicit edges: edges[i] <= x < edges[i+1], the last bin closed; compared
// in the common dtype of the data and the edges (as searchsorted does).
void edge_counts(const ArrayPtr& a, const ArrayPtr& edges_in, DType common, int64_t* counts) {
  const int64_t k = edges_in->size();
  if (k < 2) return;
  visit_dtype(common, [&](auto ctag) {
    using K = decltype(ctag);
    if constexpr (!is_bool<K>) {
      ArrayPtr ec = astype(flat(edges_in), common);
      const K* e = reinterpret_cast<const K*>(ec->data());
      const K last = e[k - 1];
      for_blocks_as(a, common, [&](const void* xv, int64_t, int64_t len) {
        const K* x = static_cast<const K*>(xv);
        for (int64_t j = 0; j < len; ++j) {
          const K v = x[j];
          if constexpr (is_float<K>) {
            if (v != v) continue;
          }
          if (!(v <= last)) continue;
          const int64_t pos = std::upper_bound(e, e + k - 1, v) - e;  // edges[:-1] <= v
          if (pos == 0) continue;
          ++counts[pos - 1];
        }
      });
    }
  });
}

// _search_sorted_inclusive(sa, edges) for the weighted explicit-edges path.
ArrayPtr search_inclusive(const ArrayPtr& sa, const ArrayPtr& edges) {
  const int64_t k = edges->size();
  ArrayPtr lo = basic_index(edges, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
  ArrayPtr hi = basic_index(edges, {BasicIndex::make_slice({-1, std::nullopt, std::nullopt})});
  ArrayPtr a = searchsorted(sa, lo, "left"), b = searchsorted(sa, hi, "right");
  ArrayPtr r = new_array({k}, DType::Int64);
  std::memcpy(r->data(), a->data(), static_cast<size_t>(8 * (k - 1)));
  std::memcpy(r->data() + 8 * (k - 1), b->data(), 8);
  return r;
}

}  // namespace

ArrayPtr bincount(const ArrayPtr& x_in, const ArrayPtr& weights, int64_t minlength) {
  if (minlength < 0) raise_value_error("'minlength' must not be negative");
  if (x_in->ndim() > 1) raise_value_error("object too deep for desired array");
  if (x_in->ndim() == 0) raise_value_error("object of too small depth for desired array");
  if (dtype_is_float(x_in->dtype) || x_in->dtype == DType::UInt64)
    raise_type_error("Cannot cast array data from " + dtype_repr(x_in->dtype) +
                     " to dtype('int64') according to the rule 'safe'");
  // A native int64 C-contiguous input is read in place (NumPy's PyArray_ContiguousFromAny
  // does not copy it either; a copy of 10^7 values was a third of bincount's time); anything
  // else is converted once. (Byte-swapped int64 is a DType of its own, so never read here.)
  const bool in_place = x_in->dtype == DType::Int64 && x_in->is_c_contiguous() && x_in->offset % 8 == 0;
  ArrayPtr x = in_place ? x_in : astype(x_in, DType::Int64, 'C');
  const int64_t n = x->size();
  const int64_t* xv = reinterpret_cast<const int64_t*>(x->data());
  // NumPy's minmax pass, then its one check: branch-free, so the compiler vectorizes it
  int64_t mn = 0, mx = -1;
  for (int64_t i = 0; i < n; ++i) {
    mn = std::min(mn, xv[i]);
    mx = std::max(mx, xv[i]);
  }
  if (mn < 0) raise_value_error("'list' argument must have no negative elements");
  const int64_t len = std::max(mx + 1, minlength);
  if (!weights) {
    ArrayPtr r = zeros({len}, DType::Int64);
    int64_t* rv = reinterpret_cast<int64_t*>(r->data());
    for (int64_t i = 0; i < n; ++i) ++rv[xv[i]];
    return r;
  }
  if (weights->ndim() != 1 && !(weights->ndim() == 0 && false))
    raise_value_error(weights->ndim() > 1 ? "object too deep for desired array"
                                          : "object of too small depth for desired array");
  if (weights->size() != n) raise_value_error("The weights and list don't have the same length.");
  ArrayPtr w = astype(weights, DType::Float64, 'C');
  const double* wv = reinterpret_cast<const double*>(w->data());
  ArrayPtr r = zeros({len}, DType::Float64);
  double* rv = reinterpret_cast<double*>(r->data());
  for (int64_t i = 0; i < n; ++i) rv[xv[i]] += wv[i];
  return r;
}

ArrayPtr digitize(const ArrayPtr& x, const ArrayPtr& bins, bool right) {
  if (bins->ndim() > 1) raise_value_error("object too deep for desired array");
  if (bins->ndim() == 0) raise_value_error("object of too small depth for desired array");
  // _monotonicity (check_array_monotonic on the bins as float64)
  ArrayPtr b = astype(bins, DType::Float64, 'C');
  const double* e = reinterpret_cast<const double*>(b->data());
  const int64_t n = b->size();
  int mono = 1;
  int64_t i = 1;
  if (n > 0) {
    while (i < n && e[i] == e[0]) ++i;
    if (i < n) {
      const bool inc = e[0] < e[i];
      for (int64_t j = i + 1; j < n && mono != 0; ++j)
        if (inc ? e[j - 1] > e[j] : e[j - 1] < e[j]) mono = 0;
      if (mono != 0) mono = inc ? 1 : -1;
    }
  }
  if (mono == 0) raise_value_error("bins must be monotonically increasing or decreasing");
  const std::string side = right ? "left" : "right";
  if (mono == 1) return searchsorted(bins, x, side);
  ArrayPtr rev = basic_index(bins, {BasicIndex::make_slice({std::nullopt, std::nullopt, -1})});
  ArrayPtr s = searchsorted(rev, x, side);
  return apply_ufunc(UFuncId::Subtract, {Operand::py_int(n), Operand(s)});
}

ArrayPtr histogram_bin_edges(const ArrayPtr& a, const HistBins& bins, const HistRange& range, const ArrayPtr& weights) {
  ArrayPtr x = flat(a);
  if (weights && weights->shape != a->shape) raise_value_error("weights should have the same shape as a.");
  return get_bin_edges(x, bins, range, weights).edges;
}

HistogramResult histogram(const ArrayPtr& a_in, const HistBins& bins, const HistRange& range, bool density,
                          const ArrayPtr& weights_in) {
  // _ravel_and_check_weights
  if (weights_in && weights_in->shape != a_in->shape) raise_value_error("weights should have the same shape as a.");
  ArrayPtr a = flat(a_in);
  ArrayPtr weights = weights_in ? flat(weights_in) : nullptr;
  BinEdges be = get_bin_edges(a, bins, range, weights);
  const DType ntype = weights ? weights->dtype : DType::Int64;
  const int64_t len = a->size();
  ArrayPtr n;
  if (be.uniform) {
    const int64_t nb = be.n;
    n = zeros({nb}, ntype);
    wide_kind(a->dtype);  // an unsupported data dtype raises first
    const UniformPlan plan = uniform_plan(be, a->dtype);
    if (!weights) {
      int64_t* counts = reinterpret_cast<int64_t*>(n->data());
      for_wide_blocks(a, [&](const auto* x, int64_t, int64_t m) { uniform_dispatch<true>(x, m, plan, counts); });
    } else {
      std::vector<int64_t> idx(static_cast<size_t>(std::min(kBlock, len)));
      // per block: bincount(indices, weights) in float64 from zero, cast, added into n
      ArrayPtr w = astype(weights, DType::Float64, 'C');
      const double* wv = reinterpret_cast<const double*>(w->data());
      std::vector<double> block(static_cast<size_t>(nb));
      ArrayPtr bl = new_array({nb}, DType::Float64);
      for_wide_blocks(a, [&](const auto* x, int64_t start, int64_t len_all) {
        for (int64_t s = 0; s < len_all; s += kBlock) {
          const int64_t m = std::min(kBlock, len_all - s);
          std::fill(block.begin(), block.end(), 0.0);
          uniform_dispatch<false>(x + s, m, plan, idx.data());
          const double* wb = wv + start + s;
          for (int64_t k = 0; k < m; ++k)
            if (idx[k] >= 0) block[static_cast<size_t>(idx[k])] += wb[k];
          std::memcpy(bl->data(), block.data(), static_cast<size_t>(nb) * 8);
          apply_ufunc(UFuncId::Add, {Operand(n), Operand(astype(bl, ntype))}, n);
        }
      });
    }
  } else {
    const ArrayPtr& edges = be.edges;
    const int64_t k = edges->size();
    const DType common = promote_types(a->dtype, edges->dtype);
    if (!weights) {
      n = zeros({std::max<int64_t>(k - 1, 0)}, DType::Int64);
      wide_kind(a->dtype);  // an unsupported data dtype raises before the edges' one
      edge_counts(a, edges, common, reinterpret_cast<int64_t*>(n->data()));
    } else {
      // cum_n += cw[_search_sorted_inclusive(sa, edges)] per block; n = diff(cum_n)
      ArrayPtr cum = zeros({k}, ntype);
      for (int64_t s = 0; s < len; s += kBlock) {
        const int64_t m = std::min(kBlock, len - s);
        ArrayPtr ta = basic_index(a, {BasicIndex::make_slice({s, s + m, std::nullopt})});
        ArrayPtr tw = basic_index(weights, {BasicIndex::make_slice({s, s + m, std::nullopt})});
        ArrayPtr order = argsort(ta);
        ArrayPtr sa = get_index(ta, {IndexItem::make_array(order)});
        ArrayPtr sw = get_index(tw, {IndexItem::make_array(order)});
        ArrayPtr cw = zeros({m + 1}, ntype);
        ArrayPtr cs = cumsum(sw);
        assign_array(basic_index(cw, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})}), cs);
        ArrayPtr bi = search_inclusive(sa, edges);
        apply_ufunc(UFuncId::Add, {Operand(cum), Operand(get_index(cw, {IndexItem::make_array(bi)}))}, cum);
      }
      n = diff(cum);
    }
  }
  if (density) {
    ArrayPtr db = astype(diff(be.edges), DType::Float64);
    ArrayPtr q = apply_ufunc(UFuncId::TrueDivide, {Operand(n), Operand(db)});
    ArrayPtr total = sum(n);
    return {apply_ufunc(UFuncId::TrueDivide, {Operand(q), Operand(total)}), be.edges};
  }
  return {n, be.edges};
}

HistogramDDResult histogramdd(const std::vector<ArrayPtr>& sample, const std::vector<HistBins>& bins,
                              const std::vector<HistRange>& ranges, bool density, const ArrayPtr& weights) {
  const size_t D = sample.size();
  if (bins.size() != D) raise_value_error("The dimension of bins must be equal to the dimension of the sample x.");
  if (ranges.size() != D) raise_value_error("range argument must have one entry per dimension");
  const int64_t N = D ? sample[0]->size() : 0;
  HistogramDDResult res;
  Shape nbin(D);
  std::vector<ArrayPtr> cols;
  for (size_t i = 0; i < D; ++i) {
    ArrayPtr col = flat(sample[i]);
    cols.push_back(col);
    const std::string idx = std::to_string(i);
    if (bins[i].kind == HistBins::Kind::Edges && bins[i].edges->ndim() == 1) {
      ArrayPtr e = bins[i].edges;
      if (e->size() > 1) {
        ArrayPtr lo = basic_index(e, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
        ArrayPtr hi = basic_index(e, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})});
        if (any(apply_ufunc(UFuncId::Greater, {Operand(lo), Operand(hi)}))->item0().as_bool())
          raise_value_error("`bins[" + idx + "]` must be monotonically increasing, when an array");
      }
      res.edges.push_back(e);
    } else if (bins[i].kind == HistBins::Kind::Count) {
      if (bins[i].count < 1) raise_value_error("`bins[" + idx + "]` must be positive, when an integer");
      auto [smin, smax] = outer_edges(col, ranges[i]);
      // np.linspace(smin, smax, n + 1) without dtype: the bounds' inexact dtype
      DType dt = promote_operands({smin, smax});
      if (!dtype_is_float(dt)) dt = DType::Float64;
      res.edges.push_back(edges_linspace(smin, smax, bins[i].count + 1, dt));
    } else {
      raise_value_error("`bins[" + idx + "]` must be a scalar or 1d array");
    }
    nbin[i] = res.edges[i]->size() + 1;
  }
  // flat index of every sample into the histogram with outlier rows/columns
  std::vector<int64_t> xy(static_cast<size_t>(N), 0);
  for (size_t i = 0; i < D; ++i) {
    ArrayPtr cnt = searchsorted(res.edges[i], cols[i], "right");
    const int64_t* c = reinterpret_cast<const int64_t*>(cnt->data());
    ArrayPtr last = basic_index(res.edges[i], {BasicIndex::make_int(-1)});
    ArrayPtr on_edge = apply_ufunc(UFuncId::Equal, {Operand(cols[i]), Operand(last)});
    const bool* oe = reinterpret_cast<const bool*>(on_edge->data());
    for (int64_t k = 0; k < N; ++k) xy[static_cast<size_t>(k)] = xy[static_cast<size_t>(k)] * nbin[i] + (c[k] - (oe[k] ? 1 : 0));
  }
  int64_t total = 1;
  for (int64_t b : nbin) total *= b;
  ArrayPtr flatidx = new_array({N}, DType::Int64);
  if (N) std::memcpy(flatidx->data(), xy.data(), static_cast<size_t>(N) * 8);
  ArrayPtr h = bincount(flatidx, weights ? flat(weights) : nullptr, total);
  h = astype(reshape(h, nbin), DType::Float64);
  std::vector<BasicIndex> core;
  for (size_t i = 0; i < D; ++i) core.push_back(BasicIndex::make_slice({1, -1, std::nullopt}));
  h = copy_array(basic_index(h, core), 'C');
  if (density) {
    ArrayPtr s = sum(h);
    for (size_t i = 0; i < D; ++i) {
      Shape shape(D, 1);
      shape[i] = nbin[i] - 2;
      ArrayPtr de = reshape(diff(res.edges[i]), shape);
      h = apply_ufunc(UFuncId::TrueDivide, {Operand(h), Operand(de)});
    }
    apply_ufunc(UFuncId::TrueDivide, {Operand(h), Operand(s)}, h);
  }
  res.hist = h;
  return res;
}

}  // namespace sl
