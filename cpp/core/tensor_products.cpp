#include "core/tensor_products.hpp"

#include <algorithm>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/linalg_products.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"

namespace sl {

ArrayPtr tensordot(const ArrayPtr& a, const ArrayPtr& b, std::vector<int64_t> axes_a, std::vector<int64_t> axes_b) {
  const int64_t nda = a->ndim(), ndb = b->ndim();
  bool equal = axes_a.size() == axes_b.size();
  if (equal) {
    for (size_t k = 0; k < axes_a.size(); ++k) {
      auto dim = [](const Shape& s, int64_t ax) {
        const int64_t n = static_cast<int64_t>(s.size());
        if (ax < -n || ax >= n) raise_index_error("tuple index out of range");
        return s[static_cast<size_t>(ax < 0 ? ax + n : ax)];
      };
      if (dim(a->shape, axes_a[k]) != dim(b->shape, axes_b[k])) {
        equal = false;
        break;
      }
      if (axes_a[k] < 0) axes_a[k] += nda;
      if (axes_b[k] < 0) axes_b[k] += ndb;
    }
  }
  if (!equal) raise_value_error("shape-mismatch for sum");
  auto contains = [](const std::vector<int64_t>& v, int64_t x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  std::vector<int64_t> notin, newaxes_a, newaxes_b;
  Shape olda, oldb;
  int64_t n2 = 1, m2 = 1;
  for (int64_t k = 0; k < nda; ++k)
    if (!contains(axes_a, k)) notin.push_back(k);
  newaxes_a = notin;
  newaxes_a.insert(newaxes_a.end(), axes_a.begin(), axes_a.end());
  for (int64_t ax : axes_a) n2 *= a->shape[static_cast<size_t>(ax)];
  for (int64_t ax : notin) {
    m2 *= a->shape[static_cast<size_t>(ax)];
    olda.push_back(a->shape[static_cast<size_t>(ax)]);
  }
  const Shape newshape_a{m2, n2};
  notin.clear();
  for (int64_t k = 0; k < ndb; ++k)
    if (!contains(axes_b, k)) notin.push_back(k);
  newaxes_b = axes_b;
  newaxes_b.insert(newaxes_b.end(), notin.begin(), notin.end());
  int64_t nb = 1, mb = 1;
  for (int64_t ax : axes_b) nb *= b->shape[static_cast<size_t>(ax)];
  for (int64_t ax : notin) {
    mb *= b->shape[static_cast<size_t>(ax)];
    oldb.push_back(b->shape[static_cast<size_t>(ax)]);
  }
  ArrayPtr at = reshape(transpose(a, &newaxes_a), newshape_a);
  ArrayPtr bt = reshape(transpose(b, &newaxes_b), {nb, mb});
  ArrayPtr res = dot(at, bt);
  Shape rs = olda;
  rs.insert(rs.end(), oldb.begin(), oldb.end());
  return reshape(res, rs);
}

ArrayPtr tensordot(const ArrayPtr& a, const ArrayPtr& b, int64_t n) {
  std::vector<int64_t> axes_a, axes_b;
  for (int64_t k = -n; k < 0; ++k) axes_a.push_back(k);
  for (int64_t k = 0; k < n; ++k) axes_b.push_back(k);
  return tensordot(a, b, axes_a, axes_b);
}

ArrayPtr inner(const ArrayPtr& a, const ArrayPtr& b) {
  if (a->ndim() == 0 || b->ndim() == 0) return dot(a, b);
  // b's last axis becomes its second-to-last (PyArray_InnerProduct), then np.dot
  ArrayPtr bt = b->ndim() >= 2 ? moveaxis(b, {-1}, {-2}) : b;
  return dot(a, bt);
}

ArrayPtr vdot(const ArrayPtr& a, const ArrayPtr& b) {
  ArrayPtr fa = ravel(a, 'C'), fb = ravel(b, 'C');
  // NumPy reshapes b to a's length
  if (fa->size() != fb->size())
    raise_value_error("cannot reshape array of size " + std::to_string(fb->size()) + " into shape (" +
                      std::to_string(fa->size()) + ",)");
  return dot(fa, fb);
}

ArrayPtr kron(const ArrayPtr& a_in, const ArrayPtr& b) {
  // a = array(a, ndmin=b.ndim)
  ArrayPtr a = a_in;
  if (a->ndim() < b->ndim()) {
    Shape s = a->shape;
    s.insert(s.begin(), static_cast<size_t>(b->ndim() - a->ndim()), 1);
    a = reshape(a, s);
  }
  const int nda = a->ndim(), ndb = b->ndim(), nd = std::max(nda, ndb);
  if (nda == 0 || ndb == 0) return apply_ufunc(UFuncId::Multiply, {Operand::of(a), Operand::of(b)});
  Shape as = a->shape, bs = b->shape;
  bs.insert(bs.begin(), static_cast<size_t>(nda - ndb), 1);
  ArrayPtr b_arr = b;
  if (nda > ndb) {
    std::vector<int64_t> ax;
    for (int k = 0; k < nda - ndb; ++k) ax.push_back(k);
    b_arr = expand_dims(b, ax);
  }
  std::vector<int64_t> odd, even;
  for (int k = 1; k < nd * 2; k += 2) odd.push_back(k);
  for (int k = 0; k < nd * 2; k += 2) even.push_back(k);
  ArrayPtr r = apply_ufunc(UFuncId::Multiply, {Operand::of(expand_dims(a, odd)), Operand::of(expand_dims(b_arr, even))});
  Shape shape;
  for (int k = 0; k < nd; ++k) shape.push_back(as[static_cast<size_t>(k)] * bs[static_cast<size_t>(k)]);
  return reshape(r, shape);
}

ArrayPtr cross(const ArrayPtr& a_in, const ArrayPtr& b_in, int64_t axisa, int64_t axisb, int64_t axisc, bool* deprecated_2d) {
  if (a_in->ndim() < 1 || b_in->ndim() < 1) raise_value_error("At least one array has zero dimension");
  ArrayPtr a = moveaxis(a_in, {normalize_axis(axisa, a_in->ndim(), "axisa")}, {-1});
  ArrayPtr b = moveaxis(b_in, {normalize_axis(axisb, b_in->ndim(), "axisb")}, {-1});
  const int64_t na = a->shape.back(), nb = b->shape.back();
  if ((na != 2 && na != 3) || (nb != 2 && nb != 3))
    raise_value_error("incompatible dimensions for cross product\n(dimension must be 2 or 3)");
  if (deprecated_2d) *deprecated_2d = na == 2 || nb == 2;
  auto comp = [](const ArrayPtr& x, int64_t i) { return basic_index(x, {BasicIndex::make_ellipsis(), BasicIndex::make_int(i)}); };
  Shape shape = broadcast_shapes({comp(a, 0)->shape, comp(b, 0)->shape});
  if (na == 3 || nb == 3) {
    shape.push_back(3);
    axisc = normalize_axis(axisc, static_cast<int>(shape.size()), "axisc");
  }
  const DType dtype = promote_types(a->dtype, b->dtype);
  ArrayPtr cp = new_array(shape, dtype);
  a = astype(a, dtype);
  b = astype(b, dtype);
  auto mul = [](const ArrayPtr& x, const ArrayPtr& y, const ArrayPtr& out) {
    return apply_ufunc(UFuncId::Multiply, {Operand::of(x), Operand::of(y)}, out);
  };
  auto isub = [](const ArrayPtr& x, const ArrayPtr& y) { apply_ufunc(UFuncId::Subtract, {Operand::of(x), Operand::of(y)}, x); };
  auto neg = [](const ArrayPtr& x) { apply_ufunc(UFuncId::Negative, {Operand::of(x)}, x); };
  const ArrayPtr a0 = comp(a, 0), a1 = comp(a, 1), b0 = comp(b, 0), b1 = comp(b, 1);
  if (na == 2 && nb == 2) {
    mul(a0, b1, cp);
    isub(cp, mul(a1, b0, nullptr));
    return cp;
  }
  const ArrayPtr cp0 = comp(cp, 0), cp1 = comp(cp, 1), cp2 = comp(cp, 2);
  if (na == 2) {
    const ArrayPtr b2 = comp(b, 2);
    mul(a1, b2, cp0);
    mul(a0, b2, cp1);
    neg(cp1);
    mul(a0, b1, cp2);
    isub(cp2, mul(a1, b0, nullptr));
  } else if (nb == 3) {
    const ArrayPtr a2 = comp(a, 2), b2 = comp(b, 2);
    mul(a1, b2, cp0);
    ArrayPtr tmp = copy_array(mul(a2, b1, nullptr), 'K');
    isub(cp0, tmp);
    mul(a2, b0, cp1);
    mul(a0, b2, tmp);
    isub(cp1, tmp);
    mul(a0, b1, cp2);
    mul(a1, b0, tmp);
    isub(cp2, tmp);
  } else {
    const ArrayPtr a2 = comp(a, 2);
    mul(a2, b1, cp0);
    neg(cp0);
    mul(a2, b0, cp1);
    mul(a0, b1, cp2);
    isub(cp2, mul(a1, b0, nullptr));
  }
  return moveaxis(cp, {-1}, {axisc});
}

}  // namespace sl
