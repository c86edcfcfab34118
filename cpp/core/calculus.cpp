#include "core/calculus.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/arith_ops.hpp"
#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/reduce.hpp"
#include "core/sort.hpp"
#include "core/indexing.hpp"
#include "core/join_ops.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// a[..., start:stop, ...] along `axis`.
ArrayPtr along(const ArrayPtr& a, int axis, std::optional<int64_t> start, std::optional<int64_t> stop) {
  std::vector<BasicIndex> idx(static_cast<size_t>(a->ndim()), BasicIndex::make_slice({}));
  idx[static_cast<size_t>(axis)] = BasicIndex::make_slice({start, stop, std::nullopt});
  return basic_index(a, idx);
}
// a[..., i, ...] along `axis`.
ArrayPtr at(const ArrayPtr& a, int axis, int64_t i) {
  std::vector<BasicIndex> idx(static_cast<size_t>(a->ndim()), BasicIndex::make_slice({}));
  idx[static_cast<size_t>(axis)] = BasicIndex::make_int(i);
  return basic_index(a, idx);
}

// Python arithmetic on ufunc operands: two Python scalars give a Python scalar (weak), as
// `2. * dx` does for a Python dx; anything else goes through the ufunc.
Operand op(UFuncId id, const Operand& x, const Operand& y) {
  ArrayPtr r = apply_ufunc(id, {x, y});
  if (x.is_weak() && y.is_weak()) {
    const Scalar s = r->item0();
    return dtype_is_float(s.dtype) ? Operand::py_float(s.as_double()) : Operand::py_int(s.as_int64());
  }
  return Operand::of(r);
}
Operand neg(const Operand& x) {
  if (x.is_weak()) return x.value.dtype == DType::Float64 ? Operand::py_float(-x.value.as_double())
                                                          : Operand::py_int(-x.value.as_int64());
  return Operand::of(apply_ufunc(UFuncId::Negative, {x}));
}
Operand pf(double v) { return Operand::py_float(v); }
Operand arr(const ArrayPtr& a) { return Operand::of(a); }
ArrayPtr as_array(const Operand& o) { return o.is_array() ? o.array : array_from_scalar(o.value); }

// One axis' spacing: a scalar (uniform) or the coordinate differences (1-d).
struct Spacing {
  bool uniform = true;
  Operand dx;
  ArrayPtr diffs;
};

}  // namespace

std::vector<ArrayPtr> gradient(const ArrayPtr& f_in, const std::vector<Operand>& varargs,
                               const std::optional<std::vector<int64_t>>& axis, int64_t edge_order) {
  const int N = f_in->ndim();
  std::vector<int> axes;
  if (!axis) {
    for (int k = 0; k < N; ++k) axes.push_back(k);
  } else {
    axes = layout::normalize_axis_tuple(*axis, N, false);
  }
  const size_t len_axes = axes.size();
  std::vector<Spacing> dx(len_axes);
  const size_t n = varargs.size();
  auto is_scalar = [](const Operand& o) { return o.is_weak() || o.array->ndim() == 0; };
  if (n == 0) {
    for (Spacing& s : dx) s.dx = pf(1.0);
  } else if (n == 1 && is_scalar(varargs[0])) {
    for (Spacing& s : dx) s.dx = varargs[0];
  } else if (n == len_axes) {
    for (size_t i = 0; i < n; ++i) {
      const Operand& d = varargs[i];
      if (is_scalar(d)) {
        dx[i].dx = d;
        continue;
      }
      if (d.array->ndim() != 1) raise_value_error("distances must be either scalars or 1d");
      if (d.array->shape[0] != f_in->shape[static_cast<size_t>(axes[i])])
        raise_value_error("when 1d, distances must match the length of the corresponding dimension");
      ArrayPtr dist = dtype_is_integer(d.array->dtype) ? astype(d.array, DType::Float64) : d.array;
      ArrayPtr diffx = diff(dist);
      ArrayPtr first = basic_index(diffx, {BasicIndex::make_int(0)});
      if (all(apply_ufunc(UFuncId::Equal, {arr(diffx), arr(first)}))->item0().as_bool()) {
        dx[i].dx = arr(copy_array(first));
      } else {
        dx[i].uniform = false;
        dx[i].diffs = diffx;
      }
    }
  } else {
    raise_type_error("invalid number of arguments");
  }
  if (edge_order > 2) raise_value_error("'edge_order' greater than 2 not supported");

  ArrayPtr f = f_in;
  DType otype = f->dtype;
  if (!dtype_is_float(otype)) {
    if (dtype_is_integer(otype)) f = astype(f, DType::Float64);
    otype = DType::Float64;
  }
  std::vector<ArrayPtr> outvals;
  for (size_t ai = 0; ai < len_axes; ++ai) {
    const int ax = axes[ai];
    if (f->shape[static_cast<size_t>(ax)] < edge_order + 1)
      raise_value_error("Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) "
                        "elements are required.");
    ArrayPtr out = empty_like(f, otype, 'K', std::nullopt);
    const Spacing& sp = dx[ai];
    ArrayPtr f2 = along(f, ax, std::nullopt, -2), f3 = along(f, ax, 1, -1), f4 = along(f, ax, 2, std::nullopt);
    if (sp.uniform) {
      Operand num = arr(apply_ufunc(UFuncId::Subtract, {arr(f4), arr(f2)}));
      assign_array(along(out, ax, 1, -1), as_array(op(UFuncId::TrueDivide, num, op(UFuncId::Multiply, pf(2.0), sp.dx))));
    } else {
      const ArrayPtr& d = sp.diffs;
      Operand dx1 = arr(basic_index(d, {BasicIndex::make_slice({0, -1, std::nullopt})}));
      Operand dx2 = arr(basic_index(d, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})}));
      Operand s12 = op(UFuncId::Add, dx1, dx2);
      Operand a = op(UFuncId::TrueDivide, neg(dx2), op(UFuncId::Multiply, dx1, s12));
      Operand b = op(UFuncId::TrueDivide, op(UFuncId::Subtract, dx2, dx1), op(UFuncId::Multiply, dx1, dx2));
      Operand c = op(UFuncId::TrueDivide, dx1, op(UFuncId::Multiply, dx2, s12));
      Shape shape(static_cast<size_t>(N), 1);
      shape[static_cast<size_t>(ax)] = -1;
      auto shaped = [&](const Operand& o) {
        Shape s = shape;
        s[static_cast<size_t>(ax)] = o.array->size();
        return arr(reshape(o.array, s));
      };
      Operand t = op(UFuncId::Add, op(UFuncId::Multiply, shaped(a), arr(f2)), op(UFuncId::Multiply, shaped(b), arr(f3)));
      t = op(UFuncId::Add, t, op(UFuncId::Multiply, shaped(c), arr(f4)));
      assign_array(along(out, ax, 1, -1), as_array(t));
    }
    auto dscalar = [&](int64_t i) { return arr(copy_array(basic_index(sp.diffs, {BasicIndex::make_int(i)}))); };
    if (edge_order == 1) {
      const Operand dx0 = sp.uniform ? sp.dx : dscalar(0);
      Operand d0 = arr(apply_ufunc(UFuncId::Subtract, {arr(at(f, ax, 1)), arr(at(f, ax, 0))}));
      assign_array(at(out, ax, 0), as_array(op(UFuncId::TrueDivide, d0, dx0)));
      const Operand dxn = sp.uniform ? sp.dx : dscalar(-1);
      Operand dn = arr(apply_ufunc(UFuncId::Subtract, {arr(at(f, ax, -1)), arr(at(f, ax, -2))}));
      assign_array(at(out, ax, -1), as_array(op(UFuncId::TrueDivide, dn, dxn)));
    } else {
      Operand a, b, c;
      if (sp.uniform) {
        a = op(UFuncId::TrueDivide, pf(-1.5), sp.dx);
        b = op(UFuncId::TrueDivide, pf(2.0), sp.dx);
        c = op(UFuncId::TrueDivide, pf(-0.5), sp.dx);
      } else {
        Operand dx1 = dscalar(0), dx2 = dscalar(1);
        Operand s12 = op(UFuncId::Add, dx1, dx2);
        a = op(UFuncId::TrueDivide, neg(op(UFuncId::Add, op(UFuncId::Multiply, pf(2.0), dx1), dx2)),
               op(UFuncId::Multiply, dx1, s12));
        b = op(UFuncId::TrueDivide, s12, op(UFuncId::Multiply, dx1, dx2));
        c = op(UFuncId::TrueDivide, neg(dx1), op(UFuncId::Multiply, dx2, s12));
      }
      Operand t = op(UFuncId::Add, op(UFuncId::Multiply, a, arr(at(f, ax, 0))), op(UFuncId::Multiply, b, arr(at(f, ax, 1))));
      t = op(UFuncId::Add, t, op(UFuncId::Multiply, c, arr(at(f, ax, 2))));
      assign_array(at(out, ax, 0), as_array(t));
      if (sp.uniform) {
        a = op(UFuncId::TrueDivide, pf(0.5), sp.dx);
        b = op(UFuncId::TrueDivide, pf(-2.0), sp.dx);
        c = op(UFuncId::TrueDivide, pf(1.5), sp.dx);
      } else {
        Operand dx1 = dscalar(-2), dx2 = dscalar(-1);
        Operand s12 = op(UFuncId::Add, dx1, dx2);
        a = op(UFuncId::TrueDivide, dx2, op(UFuncId::Multiply, dx1, s12));
        b = op(UFuncId::TrueDivide, neg(op(UFuncId::Add, dx2, dx1)), op(UFuncId::Multiply, dx1, dx2));
        c = op(UFuncId::TrueDivide, op(UFuncId::Add, op(UFuncId::Multiply, pf(2.0), dx2), dx1),
               op(UFuncId::Multiply, dx2, s12));
      }
      t = op(UFuncId::Add, op(UFuncId::Multiply, a, arr(at(f, ax, -3))), op(UFuncId::Multiply, b, arr(at(f, ax, -2))));
      t = op(UFuncId::Add, t, op(UFuncId::Multiply, c, arr(at(f, ax, -1))));
      assign_array(at(out, ax, -1), as_array(t));
    }
    outvals.push_back(out);
  }
  return outvals;
}

ArrayPtr trapezoid(const ArrayPtr& y, const ArrayPtr& x, const Operand& dx, int64_t axis) {
  const int nd = y->ndim();
  const int ax = normalize_axis(axis, nd);
  Operand d = dx;
  if (x) {
    if (x->ndim() == 1) {
      ArrayPtr dd = diff(x);
      Shape shape(static_cast<size_t>(nd), 1);
      shape[static_cast<size_t>(ax)] = dd->shape[0];
      d = arr(reshape(dd, shape));
    } else {
      d = arr(diff(x, 1, axis));
    }
  }
  ArrayPtr s = apply_ufunc(UFuncId::Add, {arr(along(y, ax, 1, std::nullopt)), arr(along(y, ax, std::nullopt, -1))});
  ArrayPtr t = apply_ufunc(UFuncId::Multiply, {d, arr(s)});
  t = apply_ufunc(UFuncId::TrueDivide, {arr(t), pf(2.0)});
  return sum(t, std::vector<int64_t>{ax});
}

ArrayPtr ediff1d(const ArrayPtr& ary_in, const ArrayPtr& to_end, const ArrayPtr& to_begin) {
  ArrayPtr ary = reshape(ary_in->is_c_contiguous() ? ary_in : copy_array(ary_in, 'C'), {ary_in->size()});
  const DType dt = ary->dtype;
  const int64_t len = ary->size();
  ArrayPtr hi = basic_index(ary, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})});
  ArrayPtr lo = basic_index(ary, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
  if (!to_begin && !to_end) return apply_ufunc(UFuncId::Subtract, {arr(hi), arr(lo)});
  auto part = [&](const ArrayPtr& p, const char* name) -> ArrayPtr {
    if (!p) return nullptr;
    if (!can_cast_same_kind(p->dtype, dt))
      raise_type_error(std::string("dtype of `") + name + "` must be compatible with input `ary` under the `same_kind` rule.");
    return reshape(p->is_c_contiguous() ? p : copy_array(p, 'C'), {p->size()});
  };
  ArrayPtr b = part(to_begin, "to_begin"), e = part(to_end, "to_end");
  const int64_t lb = b ? b->size() : 0, le = e ? e->size() : 0;
  const int64_t ld = std::max<int64_t>(len - 1, 0);
  ArrayPtr result = new_array({ld + lb + le}, dt);
  if (lb > 0) assign_array(basic_index(result, {BasicIndex::make_slice({std::nullopt, lb, std::nullopt})}), b);
  if (le > 0) assign_array(basic_index(result, {BasicIndex::make_slice({lb + ld, std::nullopt, std::nullopt})}), e);
  apply_ufunc(UFuncId::Subtract, {arr(hi), arr(lo)}, basic_index(result, {BasicIndex::make_slice({lb, lb + ld, std::nullopt})}));
  return result;
}

ArrayPtr interp(const ArrayPtr& x_in, const ArrayPtr& xp_in, const ArrayPtr& fp_in, std::optional<double> left,
                std::optional<double> right, std::optional<double> period) {
  auto as_double_1d = [](const ArrayPtr& a) {
    if (a->ndim() > 1) raise_value_error("object too deep for desired array");
    if (a->ndim() < 1) raise_value_error("object of too small depth for desired array");
    if (!can_cast_safe(a->dtype, DType::Float64))
      raise_type_error("Cannot cast array data from " + dtype_repr(a->dtype) + " to dtype('float64') according to the rule 'safe'");
    return astype(a, DType::Float64, 'C');
  };
  ArrayPtr x = astype(x_in, DType::Float64, 'C');
  ArrayPtr xp, fp;
  if (period) {
    if (*period == 0) raise_value_error("period must be a non-zero value");
    const double p = std::fabs(*period);
    left.reset();
    right.reset();
    if (xp_in->ndim() != 1 || fp_in->ndim() != 1) raise_value_error("Data points must be 1-D sequences");
    if (xp_in->shape[0] != fp_in->shape[0]) raise_value_error("fp and xp are not of the same length");
    x = apply_ufunc(UFuncId::Remainder, {arr(x), pf(p)});
    ArrayPtr xpm = apply_ufunc(UFuncId::Remainder, {arr(astype(xp_in, DType::Float64)), pf(p)});
    ArrayPtr order = argsort(xpm);
    ArrayPtr xs = get_index(xpm, {IndexItem::make_array(order)});
    ArrayPtr fs = get_index(astype(fp_in, DType::Float64), {IndexItem::make_array(order)});
    ArrayPtr xl = apply_ufunc(UFuncId::Subtract, {arr(basic_index(xs, {BasicIndex::make_slice({-1, std::nullopt, std::nullopt})})), pf(p)});
    ArrayPtr xr = apply_ufunc(UFuncId::Add, {arr(basic_index(xs, {BasicIndex::make_slice({0, 1, std::nullopt})})), pf(p)});
    xp = concatenate({xl, xs, xr});
    fp = concatenate({basic_index(fs, {BasicIndex::make_slice({-1, std::nullopt, std::nullopt})}), fs,
                      basic_index(fs, {BasicIndex::make_slice({0, 1, std::nullopt})})});
  } else {
    xp = as_double_1d(xp_in);
    fp = as_double_1d(fp_in);
  }
  const int64_t lenxp = xp->size();
  if (lenxp == 0) raise_value_error("array of sample points is empty");
  if (fp->size() != lenxp) raise_value_error("fp and xp are not of the same length.");
  const double* dx = reinterpret_cast<const double*>(xp->data());
  const double* dy = reinterpret_cast<const double*>(fp->data());
  const double* dz = reinterpret_cast<const double*>(x->data());
  ArrayPtr res = new_array(x->shape, DType::Float64);
  double* dres = reinterpret_cast<double*>(res->data());
  const int64_t lenx = x->size();
  const double lval = left ? *left : dy[0];
  const double rval = right ? *right : dy[lenxp - 1];
  if (lenxp == 1) {
    for (int64_t i = 0; i < lenx; ++i) {
      const double v = dz[i];
      dres[i] = v < dx[0] ? lval : (v > dx[0] ? rval : dy[0]);
    }
    return res;
  }
  std::vector<double> slopes;
  if (lenxp <= lenx) {
    slopes.resize(static_cast<size_t>(lenxp - 1));
    for (int64_t i = 0; i < lenxp - 1; ++i) slopes[static_cast<size_t>(i)] = (dy[i + 1] - dy[i]) / (dx[i + 1] - dx[i]);
  }
  for (int64_t i = 0; i < lenx; ++i) {
    const double v = dz[i];
    if (std::isnan(v)) {
      dres[i] = v;
      continue;
    }
    int64_t j;
    if (v > dx[lenxp - 1]) j = lenxp;
    else if (v < dx[0]) j = -1;
    else j = (std::upper_bound(dx, dx + lenxp, v) - dx) - 1;
    if (j == -1) {
      dres[i] = lval;
    } else if (j == lenxp) {
      dres[i] = rval;
    } else if (j == lenxp - 1 || dx[j] == v) {
      dres[i] = dy[j];
    } else {
      const double slope = slopes.empty() ? (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]) : slopes[static_cast<size_t>(j)];
      double r = slope * (v - dx[j]) + dy[j];
      if (std::isnan(r)) {
        r = slope * (v - dx[j + 1]) + dy[j + 1];
        if (std::isnan(r) && dy[j] == dy[j + 1]) r = dy[j];
      }
      dres[i] = r;
    }
  }
  return res;
}

}  // namespace sl
