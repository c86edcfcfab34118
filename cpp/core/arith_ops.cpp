#include "core/arith_ops.hpp"

#include <cmath>
#include <memory>
#include <type_traits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/join_ops.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// Geometry of one operand of a loop: byte strides (already broadcast) and start offset.
struct Geo {
  const uint8_t* base;
  Strides strides;
  int64_t offset;
};

// Broadcasts a geometry to `shape` (stride 0 on new and stretched axes).
Geo broadcast_geo(const uint8_t* base, const Shape& ashape, const Strides& astrides, int64_t offset,
                  const Shape& shape) {
  Geo g{base, Strides(shape.size(), 0), offset};
  const size_t lead = shape.size() - ashape.size();
  for (size_t k = 0; k < ashape.size(); ++k)
    if (ashape[k] != 1) g.strides[lead + k] = astrides[k];
  return g;
}

// An operand seen as C type T: the array itself when it already has that dtype, else a
// C-ordered converted copy made by astype (whose conversion loops are shared with the rest
// of the core, keeping this file's code small).
template <class T>
struct Typed {
  ArrayPtr owned;
  Geo geo;
  T at(int64_t p) const {
    T v;
    std::memcpy(&v, geo.base + p, sizeof(T));
    return v;
  }
};

template <class T>
Typed<T> typed(const NDArray& a, const Shape& shape) {
  Typed<T> t;
  if (a.dtype == dtype_of<T>()) {
    t.geo = broadcast_geo(a.buffer->data(), a.shape, a.strides, a.offset, shape);
    return t;
  }
  ArrayPtr view = std::make_shared<NDArray>(a);  // astype takes an ArrayPtr
  t.owned = astype(view, dtype_of<T>(), 'C');
  t.geo = broadcast_geo(t.owned->buffer->data(), t.owned->shape, t.owned->strides, t.owned->offset, shape);
  return t;
}

// Visits `shape` in C order with three operands in lockstep: f(off0, off1, off2).
template <class F>
void walk3(const Shape& shape, const Strides& s0, int64_t o0, const Strides& s1, int64_t o1,
           const Strides& s2, int64_t o2, F&& f) {
  const int nd = static_cast<int>(shape.size());
  for (int k = 0; k < nd; ++k)
    if (shape[k] == 0) return;
  if (nd == 0) { f(o0, o1, o2); return; }
  std::vector<int64_t> idx(nd, 0);
  const int64_t n = shape[nd - 1], i0 = s0[nd - 1], i1 = s1[nd - 1], i2 = s2[nd - 1];
  for (;;) {
    int64_t p0 = o0, p1 = o1, p2 = o2;
    for (int64_t i = 0; i < n; ++i, p0 += i0, p1 += i1, p2 += i2) f(p0, p1, p2);
    int k = nd - 2;
    for (; k >= 0; --k) {
      o0 += s0[k];
      o1 += s1[k];
      o2 += s2[k];
      if (++idx[k] < shape[k]) break;
      o0 -= s0[k] * shape[k];
      o1 -= s1[k] * shape[k];
      o2 -= s2[k] * shape[k];
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

// Wrapping integer arithmetic (NumPy's integer loops wrap; signed overflow is UB in C++).
template <class T>
T wrap_sub(T a, T b) {
  if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
    return static_cast<T>(static_cast<uint64_t>(a) - static_cast<uint64_t>(b));
  else
    return a - b;
}
template <class T>
T wrap_mul(T a, T b) {
  if constexpr (std::is_same_v<T, bool>)
    return a && b;
  else if constexpr (std::is_integral_v<T>)
    return static_cast<T>(static_cast<uint64_t>(a) * static_cast<uint64_t>(b));
  else
    return a * b;
}

// out = op(x, y) element-wise over out's shape (x and y broadcast to it), computed in the
// output dtype's C type after converting the inputs (NumPy casts inputs to the loop type).
template <class Op>
void binary_loop(const NDArray& x, const NDArray& y, const NDArray& out, Op op) {
  uint8_t* ob = out.buffer->data();
  visit_dtype(out.dtype, [&](auto tag) {
    using T = decltype(tag);
    const Typed<T> tx = typed<T>(x, out.shape), ty = typed<T>(y, out.shape);
    walk3(out.shape, tx.geo.strides, tx.geo.offset, ty.geo.strides, ty.geo.offset, out.strides, out.offset,
          [&](int64_t px, int64_t py, int64_t po) {
            T r = op(tx.at(px), ty.at(py));
            std::memcpy(ob + po, &r, sizeof(T));
          });
  });
}

// One step of np.diff: a[1:] - a[:-1] (bool: a[1:] != a[:-1]) along `axis`.
ArrayPtr diff_once(const ArrayPtr& a, int axis) {
  std::vector<BasicIndex> i1(a->ndim(), BasicIndex::make_slice({})), i2 = i1;
  i1[axis] = BasicIndex::make_slice({1, std::nullopt, std::nullopt});
  i2[axis] = BasicIndex::make_slice({std::nullopt, -1, std::nullopt});
  ArrayPtr x = basic_index(a, i1), y = basic_index(a, i2);
  ArrayPtr out = layout::new_result_like(x->shape, a->dtype, {x.get(), y.get()});
  binary_loop(*x, *y, *out, [](auto p, auto q) {
    if constexpr (std::is_same_v<decltype(p), bool>) return decltype(p)(p != q);  // np.not_equal
    else return wrap_sub(p, q);
  });
  return out;
}

template <class T>
bool both_nan(T a, T b) {
  if constexpr (std::is_floating_point_v<T>) return std::isnan(a) && std::isnan(b);
  else return false;
}

}  // namespace

ArrayPtr diff(const ArrayPtr& a_in, int64_t n, int64_t axis, const ArrayPtr& prepend,
              const ArrayPtr& append) {
  if (n == 0) return a_in;
  if (n < 0) raise_value_error("order must be non-negative but got " + std::to_string(n));
  const int nd = a_in->ndim();
  if (nd == 0) raise_value_error("diff requires input that is at least one dimensional");
  const int ax = normalize_axis(axis, nd);
  ArrayPtr a = a_in;
  if (prepend || append) {
    auto along_axis = [&](const ArrayPtr& v) {
      if (v->ndim() != 0) return v;
      Shape s = a_in->shape;
      s[ax] = 1;
      return broadcast_to(v, s);
    };
    std::vector<ArrayPtr> combined;
    if (prepend) combined.push_back(along_axis(prepend));
    combined.push_back(a_in);
    if (append) combined.push_back(along_axis(append));
    a = concatenate(combined, ax);
  }
  for (int64_t i = 0; i < n; ++i) {
    a = diff_once(a, ax);
    if (a->shape[ax] == 0) break;  // further steps would give the same empty array
  }
  return a;
}

ArrayPtr outer(const ArrayPtr& a, const ArrayPtr& b) {
  ArrayPtr x = ravel(a), y = ravel(b);
  ArrayPtr xc = reshape(x, {x->size(), 1}), yr = reshape(y, {1, y->size()});
  ArrayPtr out = new_array({x->size(), y->size()}, promote_types(a->dtype, b->dtype));
  binary_loop(*xc, *yr, *out, [](auto p, auto q) { return wrap_mul(p, q); });
  return out;
}

ArrayPtr arith_multiply(const ArrayPtr& a, const ArrayPtr& b) {
  const Shape shape = layout::broadcast_operand_shapes({a->shape, b->shape});
  ArrayPtr xb = broadcast_to(a, shape), yb = broadcast_to(b, shape);
  ArrayPtr out = layout::new_result_like(shape, promote_types(a->dtype, b->dtype), {xb.get(), yb.get()});
  binary_loop(*a, *b, *out, [](auto p, auto q) { return wrap_mul(p, q); });
  return out;
}

ArrayPtr isclose(const ArrayPtr& a, const ArrayPtr& b, double rtol, double atol, bool equal_nan) {
  const Shape shape = layout::broadcast_operand_shapes({a->shape, b->shape});
  const DType ty = b->dtype == DType::Float32 ? DType::Float32 : DType::Float64;  // result_type(y, 1.)
  const DType tc = promote_types(a->dtype, ty);  // x - y and x == y
  ArrayPtr xb = broadcast_to(a, shape), yb = broadcast_to(b, shape);
  ArrayPtr out = layout::new_result_like(shape, DType::Bool, {xb.get(), yb.get()});
  uint8_t* ob = out->buffer->data();
  visit_dtype(tc, [&](auto ctag) {
    using C = decltype(ctag);
    if constexpr (std::is_floating_point_v<C>) {
      visit_dtype(ty, [&](auto ytag) {
        using Y = decltype(ytag);
        if constexpr (std::is_floating_point_v<Y>) {
          const Typed<C> tx = typed<C>(*a, shape);
          const Typed<Y> tyy = typed<Y>(*b, shape);
          const Y rt = static_cast<Y>(rtol), at = static_cast<Y>(atol);
          walk3(shape, tx.geo.strides, tx.geo.offset, tyy.geo.strides, tyy.geo.offset, out->strides,
                out->offset, [&](int64_t px, int64_t py, int64_t po) {
                  const Y yv = tyy.at(py);
                  const C x = tx.at(px), y = static_cast<C>(yv);
                  const Y tol = at + rt * std::abs(yv);
                  bool r = (std::abs(x - y) <= static_cast<C>(tol) && std::isfinite(yv)) || x == y;
                  if (equal_nan && std::isnan(x) && std::isnan(y)) r = true;
                  ob[po] = r;
                });
        }
      });
    }
  });
  if (out->ndim() == 0) return out;
  return make_view(out, out->offset, out->shape, out->strides, out->dtype);  // result[()]
}

bool allclose(const ArrayPtr& a, const ArrayPtr& b, double rtol, double atol, bool equal_nan) {
  ArrayPtr r = isclose(a, b, rtol, atol, equal_nan);
  bool all = true;
  const uint8_t* base = r->buffer->data();
  for_each_offset(r->shape, r->strides, r->offset, [&](int64_t p) { all = all && base[p]; });
  return all;
}

bool array_equal(const ArrayPtr& a1, const ArrayPtr& a2, bool equal_nan) {
  if (a1->shape != a2->shape) return false;
  const DType t1 = a1->dtype, t2 = a2->dtype;
  bool equal = true;
  const bool ints = !dtype_is_float(t1) && !dtype_is_float(t2);
  if (ints && dtype_is_float(promote_types(t1, t2))) {
    // int64 with uint64: compare the mathematical values exactly.
    const uint8_t *b1 = a1->buffer->data(), *b2 = a2->buffer->data();
    for_each_offset2(a1->shape, a1->strides, a1->offset, a2->strides, a2->offset, [&](int64_t p, int64_t q) {
      if (!equal) return;
      Scalar x = Scalar::load(b1 + p, t1), y = Scalar::load(b2 + q, t2);
      const bool xneg = dtype_is_signed(t1) && x.v.i < 0, yneg = dtype_is_signed(t2) && y.v.i < 0;
      equal = xneg == yneg && x.as_uint64() == y.as_uint64();
    });
    return equal;
  }
  visit_dtype(promote_types(t1, t2), [&](auto tag) {
    using T = decltype(tag);
    const Typed<T> x = typed<T>(*a1, a1->shape), y = typed<T>(*a2, a1->shape);
    Strides none(a1->shape.size(), 0);
    walk3(a1->shape, x.geo.strides, x.geo.offset, y.geo.strides, y.geo.offset, none, 0,
          [&](int64_t p, int64_t q, int64_t) {
            if (!equal) return;
            const T u = x.at(p), v = y.at(q);
            if (equal_nan && both_nan(u, v)) return;
            equal = u == v;
          });
  });
  return equal;
}

}  // namespace sl
