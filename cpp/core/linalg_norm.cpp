// np.linalg.norm (declared in linalg.hpp). Every intermediate NumPy builds (abs(x), x * x,
// the reductions) is kept as a dense buffer in the memory order NumPy would give it, so the
// sums can run in NumPy's order: add.reduce sums each innermost run of reduced elements
// pairwise (8-way unrolled blocks, recursive halves above 128, runs cut at the ufunc buffer
// size of 8192) and accumulates other axes element by element; the default norm is a
// sequential dot product (reference BLAS ddot).
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/layout_order.hpp"
#include "core/lapack.hpp"
#include "core/linalg.hpp"
#include "core/reduce_pairwise.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

// An intermediate array: logical shape, memory order of its axes (outermost first) and the
// elements in memory order.
template <class T>
struct Mem {
  Shape shape;
  std::vector<int> order;
  std::vector<T> data;
};

template <class T>
Mem<T> load_mem(const ArrayPtr& x, const std::vector<int>& order) {
  std::vector<int64_t> perm(order.begin(), order.end());
  return Mem<T>{x->shape, order, layout::read_as<T>(*transpose(x, &perm))};
}

template <class T, class F>
Mem<T> map(Mem<T> m, F f) {
  for (T& v : m.data) v = f(v);
  return m;
}


enum class Reduce { Add, Max, Min };

// ufunc.reduce over the logical axes marked in `red`.
template <class T>
Mem<T> reduce(const Mem<T>& m, const std::vector<bool>& red, Reduce op, bool keepdims) {
  const int nd = static_cast<int>(m.shape.size());
  if (op != Reduce::Add)
    for (int k = 0; k < nd; ++k)
      if (red[k] && m.shape[k] == 0)
        raise_value_error(std::string("zero-size array to reduction operation ") +
                          (op == Reduce::Max ? "maximum" : "minimum") + " which has no identity");
  Mem<T> out;
  std::vector<int> newaxis(nd, -1);
  for (int k = 0; k < nd; ++k)
    if (!red[k] || keepdims) {
      newaxis[k] = static_cast<int>(out.shape.size());
      out.shape.push_back(red[k] ? 1 : m.shape[k]);
    }
  for (int k : m.order)
    if (newaxis[k] >= 0) out.order.push_back(newaxis[k]);
  const T init = op == Reduce::Add ? T(0)
                 : op == Reduce::Max ? -std::numeric_limits<T>::infinity()
                                     : std::numeric_limits<T>::infinity();
  out.data.assign(alloc_count(shape_size(out.shape)), init);
  if (m.data.empty()) return out;
  // Memory-order axes, size-1 axes dropped, neighbours of the same kind coalesced.
  std::vector<int64_t> gsize;
  std::vector<bool> gred;
  for (int k : m.order) {
    if (m.shape[k] == 1) continue;
    if (!gsize.empty() && gred.back() == red[k]) gsize.back() *= m.shape[k];
    else {
      gsize.push_back(m.shape[k]);
      gred.push_back(red[k]);
    }
  }
  if (gsize.empty()) {
    gsize.push_back(1);
    gred.push_back(true);
  }
  const int g = static_cast<int>(gsize.size());
  std::vector<int64_t> ostride(g, 0);  // output element stride of each kept group
  int64_t acc = 1;
  for (int i = g - 1; i >= 0; --i)
    if (!gred[i]) {
      ostride[i] = acc;
      acc *= gsize[i];
    }
  auto combine = [op](T a, T b) {
    if (op == Reduce::Add) return a + b;
    if (std::isnan(a) || std::isnan(b)) return std::numeric_limits<T>::quiet_NaN();
    return op == Reduce::Max ? (b > a ? b : a) : (b < a ? b : a);
  };
  const int64_t n = gsize[g - 1];
  const bool inner_reduced = gred[g - 1];
  std::vector<int64_t> idx(g - 1, 0);
  const T* in = m.data.data();
  T* o = out.data.data();
  const int64_t outer = static_cast<int64_t>(m.data.size()) / n;
  for (int64_t r = 0; r < outer; ++r, in += n) {
    if ((r & 1023) == 0) check_interrupt();
    int64_t ob = 0;
    for (int i = 0; i < g - 1; ++i) ob += idx[i] * ostride[i];
    if (inner_reduced) {
      if (op == Reduce::Add) {
        for (int64_t c = 0; c < n; c += 8192) o[ob] = o[ob] + pairwise_sum_contig(in + c, std::min<int64_t>(8192, n - c));
      } else {
        for (int64_t j = 0; j < n; ++j) o[ob] = combine(o[ob], in[j]);
      }
    } else {
      for (int64_t j = 0; j < n; ++j) o[ob + j] = combine(o[ob + j], in[j]);
    }
    for (int i = g - 2; i >= 0; --i) {
      if (++idx[i] < gsize[i]) break;
      idx[i] = 0;
    }
  }
  return out;
}

template <class T>
Mem<T> reduce_axes(const Mem<T>& m, const std::vector<int64_t>& axes, Reduce op, bool keepdims) {
  const int nd = static_cast<int>(m.shape.size());
  std::vector<bool> red(nd, false);
  for (int64_t ax : axes) {
    const int k = normalize_axis(ax, nd);
    if (red[k]) raise_value_error("duplicate value in 'axis'");
    red[k] = true;
  }
  return reduce(m, red, op, keepdims);
}

template <class T>
ArrayPtr to_array(const Mem<T>& m) {
  ArrayPtr out = layout::new_array_in_order(m.shape, dtype_of<T>(), m.order);
  if (!m.data.empty()) std::memcpy(out->data(), m.data.data(), m.data.size() * sizeof(T));
  return out;
}

// `x **= e` on an array: NumPy's fast_scalar_power turns some exponents into other ufuncs.
template <class T>
T array_power(T x, double e) {
  if (e == 1.0) return x;
  if (e == -1.0) return T(1) / x;
  if (e == 0.0) return T(1);
  if (e == 0.5) return std::sqrt(x);
  if (e == 2.0) return x * x;
  return std::pow(x, static_cast<T>(e));
}

// Singular values of an m x n matrix (row-major), descending: LAPACK's DGESDD('N'), as
// NumPy's svd(compute_uv=False) (so the norm's digits are NumPy's).
std::vector<double> singular_values(std::vector<double> a, int64_t m, int64_t n) {
  const int64_t k = std::min(m, n);
  std::vector<double> f(alloc_count(alloc_mul(m, n), sizeof(double))), s(alloc_count(k, sizeof(double)));
  for (int64_t i = 0; i < m; ++i)
    for (int64_t j = 0; j < n; ++j) f[static_cast<size_t>(i + j * m)] = a[static_cast<size_t>(i * n + j)];
  if (k > 0 && lapack::dgesdd('N', static_cast<int>(m), static_cast<int>(n), f.data(), static_cast<int>(m), s.data(),
                              nullptr, 1, nullptr, 1) != 0)
    raise(ErrorType::LinAlgError, "SVD did not converge");
  return s;
}

// norm(x, 2 | -2 | 'nuc', axis=(row, col)): amax / amin / sum of the singular values of each
// matrix; the other axes keep their order (NumPy moves row, col to the end first).
template <class T>
Mem<T> svd_norm(const ArrayPtr& x, int row, int col, int which) {
  Mem<T> out;
  std::vector<int> rest;
  for (int k = 0; k < x->ndim(); ++k)
    if (k != row && k != col) {
      rest.push_back(k);
      out.order.push_back(static_cast<int>(out.shape.size()));
      out.shape.push_back(x->shape[k]);
    }
  const int64_t m = x->shape[row], n = x->shape[col];
  const int64_t count = shape_size(out.shape);
  std::vector<int64_t> idx(rest.size(), 0);
  const uint8_t* base = x->buffer->data();
  for (int64_t b = 0; b < count; ++b) {
    check_interrupt();
    int64_t off = x->offset;
    for (size_t k = 0; k < rest.size(); ++k) off += idx[k] * x->strides[rest[k]];
    std::vector<double> a(alloc_count(alloc_mul(m, n), sizeof(double)));
    for (int64_t i = 0; i < m; ++i)
      for (int64_t j = 0; j < n; ++j) {
        T v;
        std::memcpy(&v, base + off + i * x->strides[row] + j * x->strides[col], sizeof(T));
        a[i * n + j] = static_cast<double>(v);
      }
    const std::vector<double> sv = singular_values(std::move(a), m, n);
    if (sv.empty() && which != 0)
      raise_value_error(std::string("zero-size array to reduction operation ") +
                        (which > 0 ? "maximum" : "minimum") + " which has no identity");
    T r = 0;
    if (which > 0) r = static_cast<T>(sv.front());
    else if (which < 0) r = static_cast<T>(sv.back());
    else
      for (double s : sv) r = r + static_cast<T>(s);
    out.data.push_back(r);
    for (int k = static_cast<int>(rest.size()) - 1; k >= 0; --k) {
      if (++idx[k] < out.shape[k]) break;
      idx[k] = 0;
    }
  }
  return out;
}

bool is_number(const NormOrder& o, double v) { return o.kind == NormOrder::Number && o.p == v; }

template <class T>
ArrayPtr norm_typed(const ArrayPtr& xf, const std::vector<int>& keep, const std::vector<int>& temp_order,
                    const NormOrder& ord, const std::optional<std::vector<int64_t>>& axis_in, bool keepdims) {
  const int nd = xf->ndim();
  const bool is_str = ord.kind == NormOrder::String;
  if (!axis_in) {
    const bool fro = is_str && (ord.name == "f" || ord.name == "fro") && nd == 2;
    if (ord.kind == NormOrder::None || fro || (is_number(ord, 2) && nd == 1)) {
      // sqrt(x.ravel(order='K').dot(...)): a sequential sum of squares in memory order.
      std::vector<int64_t> perm(keep.begin(), keep.end());
      const std::vector<T> v = layout::read_as<T>(*transpose(xf, &perm));
      T s = 0;
      for (T e : v) s = s + e * e;
      Mem<T> r{{}, {}, {std::sqrt(s)}};
      ArrayPtr ret = to_array(r);
      return keepdims ? reshape(ret, Shape(nd, 1)) : ret;
    }
  }
  std::vector<int64_t> axis;
  if (axis_in) axis = *axis_in;
  else
    for (int k = 0; k < nd; ++k) axis.push_back(k);
  const Mem<T> x = load_mem<T>(xf, temp_order);
  auto absolute = [](T v) { return std::abs(v); };
  auto square = [](T v) { return v * v; };
  if (axis.size() == 1) {
    const double inf = std::numeric_limits<double>::infinity();
    if (is_number(ord, inf)) return to_array(reduce_axes(map(x, absolute), axis, Reduce::Max, keepdims));
    if (is_number(ord, -inf)) return to_array(reduce_axes(map(x, absolute), axis, Reduce::Min, keepdims));
    if (is_number(ord, 0))
      return to_array(reduce_axes(map(x, [](T v) { return T(v != 0); }), axis, Reduce::Add, keepdims));
    if (is_number(ord, 1)) return to_array(reduce_axes(map(x, absolute), axis, Reduce::Add, keepdims));
    if (ord.kind == NormOrder::None || is_number(ord, 2))
      return to_array(map(reduce_axes(map(x, square), axis, Reduce::Add, keepdims),
                          [](T v) { return std::sqrt(v); }));
    if (is_str) raise_value_error("Invalid norm order '" + ord.name + "' for vectors");
    const double p = ord.p;
    Mem<T> ret = reduce_axes(map(map(x, absolute), [p](T v) { return array_power(v, p); }), axis,
                             Reduce::Add, keepdims);
    const T e = T(1) / static_cast<T>(p);  // reciprocal(ord, dtype=ret.dtype)
    // ret **= e: array fast paths, but plain pow when ret is a NumPy scalar (0-d).
    if (ret.shape.empty()) ret = map(ret, [e](T v) { return std::pow(v, e); });
    else ret = map(ret, [e](T v) { return array_power(v, double(e)); });
    return to_array(ret);
  }
  if (axis.size() == 2) {
    int row = normalize_axis(axis[0], nd), col = normalize_axis(axis[1], nd);
    if (row == col) raise_value_error("Duplicate axes given.");
    const double inf = std::numeric_limits<double>::infinity();
    Mem<T> ret;
    if (is_number(ord, 2) || is_number(ord, -2) || (is_str && ord.name == "nuc")) {
      ret = svd_norm<T>(xf, row, col, is_number(ord, 2) ? 1 : is_number(ord, -2) ? -1 : 0);
    } else if (is_number(ord, 1) || is_number(ord, -1)) {
      const int c = col > row ? col - 1 : col;
      ret = reduce_axes(reduce_axes(map(x, absolute), {row}, Reduce::Add, false), {c},
                        is_number(ord, 1) ? Reduce::Max : Reduce::Min, false);
    } else if (is_number(ord, inf) || is_number(ord, -inf)) {
      const int r = row > col ? row - 1 : row;
      ret = reduce_axes(reduce_axes(map(x, absolute), {col}, Reduce::Add, false), {r},
                        is_number(ord, inf) ? Reduce::Max : Reduce::Min, false);
    } else if (ord.kind == NormOrder::None || (is_str && (ord.name == "fro" || ord.name == "f"))) {
      ret = map(reduce_axes(map(x, square), axis, Reduce::Add, false), [](T v) { return std::sqrt(v); });
    } else {
      raise_value_error("Invalid norm order for matrices.");
    }
    ArrayPtr out = to_array(ret);
    if (!keepdims) return out;
    Shape s = xf->shape;
    s[row] = 1;
    s[col] = 1;
    return reshape(out, s);
  }
  raise_value_error("Improper number of dimensions to norm.");
}

}  // namespace

ArrayPtr norm(const ArrayPtr& x, const NormOrder& ord, const std::optional<std::vector<int64_t>>& axis,
              bool keepdims) {
  // x.astype(float) for non-inexact input: a float64 copy keeping x's memory order.
  ArrayPtr xf = x;
  std::vector<int> temp_order;
  if (!dtype_is_float(x->dtype)) {
    xf = layout::new_array_in_order(x->shape, DType::Float64, layout::keep_order(*x));
    std::vector<int64_t> perm;
    for (int k : layout::keep_order(*x)) perm.push_back(k);
    const std::vector<double> v = layout::read_as<double>(*transpose(x, &perm));
    if (!v.empty()) std::memcpy(xf->data(), v.data(), v.size() * sizeof(double));
  }
  const std::vector<int> keep = layout::keep_order(*xf);
  temp_order = layout::result_axis_order(xf->shape, {xf.get()});
  if (xf->dtype == DType::Float32) return norm_typed<float>(xf, keep, temp_order, ord, axis, keepdims);
  return norm_typed<double>(xf, keep, temp_order, ord, axis, keepdims);
}

}  // namespace sl
