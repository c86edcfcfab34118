#include "core/shape_ops.hpp"

#include <cmath>
#include <cstdlib>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

BasicIndex full_slice() { return BasicIndex::make_slice({}); }
BasicIndex reversed_slice() { return BasicIndex::make_slice({std::nullopt, std::nullopt, -1}); }

// np.array(a, copy=False, ndmin=d): a view with leading length-1 axes. Their stride is
// what NumPy's _prepend_ones picks: the itemsize for Fortran-ordered (or 0-d) arrays,
// strides[0] * shape[0] otherwise.
ArrayPtr prepend_ones(const ArrayPtr& a, int ndmin) {
  const int k = ndmin - a->ndim();
  if (k <= 0) return a;
  const bool fortran = a->is_f_contiguous() && !a->is_c_contiguous();
  const int64_t s = (fortran || a->ndim() == 0) ? a->itemsize() : a->strides[0] * a->shape[0];
  Shape shape(k, 1);
  Strides strides(k, s);
  shape.insert(shape.end(), a->shape.begin(), a->shape.end());
  strides.insert(strides.end(), a->strides.begin(), a->strides.end());
  return make_view(a, a->offset, shape, strides, a->dtype);
}

}  // namespace

// ---- flips ------------------------------------------------------------------------------

ArrayPtr flip(const ArrayPtr& m, const std::optional<std::vector<int64_t>>& axes) {
  const int nd = m->ndim();
  std::vector<BasicIndex> idx(nd, full_slice());
  if (!axes) {
    for (int k = 0; k < nd; ++k) idx[k] = reversed_slice();
  } else {
    for (int ax : layout::normalize_axis_tuple(*axes, nd, false)) idx[ax] = reversed_slice();
  }
  return basic_index(m, idx);
}

ArrayPtr fliplr(const ArrayPtr& m) {
  if (m->ndim() < 2) raise_value_error("Input must be >= 2-d.");
  return basic_index(m, {full_slice(), reversed_slice()});
}

ArrayPtr flipud(const ArrayPtr& m) {
  if (m->ndim() < 1) raise_value_error("Input must be >= 1-d.");
  return basic_index(m, {reversed_slice(), BasicIndex::make_ellipsis()});
}

ArrayPtr rot90(const ArrayPtr& m, int64_t k, const std::vector<int64_t>& axes) {
  if (axes.size() != 2) raise_value_error("len(axes) must be 2.");
  const int64_t nd = m->ndim(), a0 = axes[0], a1 = axes[1];
  if (a0 == a1 || std::abs(a0 - a1) == nd) raise_value_error("Axes must be different.");
  if (a0 >= nd || a0 < -nd || a1 >= nd || a1 < -nd)
    raise_value_error("Axes=(" + std::to_string(a0) + ", " + std::to_string(a1) +
                      ") out of range for array of ndim=" + std::to_string(nd) + ".");
  k %= 4;
  if (k < 0) k += 4;
  if (k == 0) return basic_index(m, {full_slice()});  // m[:]
  if (k == 2) return flip(flip(m, std::vector<int64_t>{a0}), std::vector<int64_t>{a1});
  std::vector<int64_t> perm(nd);
  for (int64_t i = 0; i < nd; ++i) perm[i] = i;
  std::swap(perm[normalize_axis(a0, static_cast<int>(nd))], perm[normalize_axis(a1, static_cast<int>(nd))]);
  if (k == 1) return transpose(flip(m, std::vector<int64_t>{a1}), &perm);
  return flip(transpose(m, &perm), std::vector<int64_t>{a1});
}

// ---- roll -------------------------------------------------------------------------------

ArrayPtr roll(const ArrayPtr& a, const ArrayPtr& shift, const std::optional<std::vector<int64_t>>& axes) {
  if (!axes) return reshape(roll(ravel(a), shift, std::vector<int64_t>{0}), a->shape);
  const int nd = a->ndim();
  const std::vector<int> ax = layout::normalize_axis_tuple(*axes, nd, true);
  // for sh, ax in np.broadcast(shift, axis)
  const Shape b = broadcast_shapes({shift->shape, Shape{static_cast<int64_t>(ax.size())}});
  if (b.size() > 1) raise_value_error("'shift' and 'axis' should be scalars or 1D sequences");
  const int64_t pairs = b[0];
  const bool float_shift = dtype_is_float(shift->dtype);
  std::vector<double> fvals;
  std::vector<int64_t> ivals;
  if (float_shift) fvals = layout::read_as<double>(*shift);
  else ivals = layout::read_as<int64_t>(*shift);  // bool/ints (uint64 wraps like C)
  std::vector<double> fshift(nd, 0.0);
  std::vector<int64_t> ishift(nd, 0);
  const int64_t nshift = shift->size();
  for (int64_t i = 0; i < pairs; ++i) {
    const int64_t si = nshift == 1 ? 0 : i;
    const int axis = ax[ax.size() == 1 ? 0 : i];
    if (float_shift) fshift[axis] += fvals[si];
    else ishift[axis] += ivals[si];
  }
  std::vector<int64_t> offset(nd, 0);
  for (int k = 0; k < nd; ++k) {
    const int64_t n = a->shape[k] ? a->shape[k] : 1;  // an empty axis: nothing matters
    if (float_shift) {
      double o = std::fmod(fshift[k], double(n));
      if (o < 0) o += double(n);
      // NumPy slices with the float offset: a TypeError unless the offset is zero.
      if (o != 0)
        raise_type_error("slice indices must be integers or None or have an __index__ method");
    } else {
      int64_t o = ishift[k] % n;
      offset[k] = o < 0 ? o + n : o;
    }
  }
  const std::vector<int> order = layout::keep_order(*a);
  ArrayPtr result = layout::new_array_in_order(a->shape, a->dtype, order);
  // Each rolled axis splits into two (source, destination) slice pairs; copy every
  // combination of blocks, as NumPy's itertools.product loop does.
  std::vector<int> rolled;
  for (int k = 0; k < nd; ++k)
    if (offset[k]) rolled.push_back(k);
  const int64_t combos = int64_t(1) << rolled.size();
  for (int64_t c = 0; c < combos; ++c) {
    std::vector<BasicIndex> src(nd, full_slice()), dst(nd, full_slice());
    for (size_t r = 0; r < rolled.size(); ++r) {
      const int k = rolled[r];
      const int64_t o = offset[k];
      if (c & (int64_t(1) << r)) {
        src[k] = BasicIndex::make_slice({-o, std::nullopt, std::nullopt});
        dst[k] = BasicIndex::make_slice({std::nullopt, o, std::nullopt});
      } else {
        src[k] = BasicIndex::make_slice({std::nullopt, -o, std::nullopt});
        dst[k] = BasicIndex::make_slice({o, std::nullopt, std::nullopt});
      }
    }
    layout::assign_in_order(basic_index(result, dst), basic_index(a, src), order);
  }
  if (result->size() == 0) result->strides.assign(result->shape.size(), 0);  // NumPy: fresh empties
  return result;
}

ArrayPtr roll(const ArrayPtr& a, int64_t shift, const std::optional<std::vector<int64_t>>& axes) {
  return roll(a, array_from_scalar(Scalar::from_int(shift)), axes);
}

// ---- repeat / tile ----------------------------------------------------------------------

ArrayPtr repeat(const ArrayPtr& a_in, const ArrayPtr& repeats, std::optional<int64_t> axis) {
  // PyArray_ContiguousFromAny(repeats, NPY_INTP, 0, 1)
  if (repeats->ndim() > 1) raise_value_error("object too deep for desired array");
  const std::vector<int64_t> counts = layout::read_indices(*repeats);
  const bool broadcast = repeats->ndim() == 0 || counts.size() == 1;
  // PyArray_CheckAxis: axis=None and 0-d inputs work on the flattened array.
  ArrayPtr a = a_in;
  int ax = 0;
  if (!axis || a->ndim() == 0) {
    if (a->ndim() != 1) a = ravel(a);
    if (axis) ax = normalize_axis(*axis, 1);
  } else {
    ax = normalize_axis(*axis, a->ndim());
  }
  const int64_t n = a->shape[ax];
  if (!broadcast && static_cast<int64_t>(counts.size()) != n)
    raise_value_error("operands could not be broadcast together with shape (" + std::to_string(n) +
                      ",) (" + std::to_string(counts.size()) + ",)");
  // NumPy's npy_intp arithmetic wraps (PyArray_Repeat): a wrapped negative total gives
  // "negative dimensions are not allowed" (kept). A total that wraps to a non-negative value
  // makes NumPy allocate that many elements and then copy the true count past the end (a
  // crash there); here it is "array is too big" (fuzz_array_ops found the overrun).
  int64_t total = 0;
  bool wrapped = false;
  if (broadcast) {
    wrapped = mul_overflows(counts[0], n, &total);  // stores the wrapped product
  } else {
    for (int64_t c : counts) {
      if (c < 0) raise_value_error("repeats may not contain negative values.");
      wrapped = add_overflows(total, c, &total) || wrapped;  // stores the wrapped sum
    }
  }
  if (wrapped && total >= 0) raise_array_too_big();
  Shape shape = a->shape;
  shape[ax] = total;
  ArrayPtr out = new_array(shape, a->dtype);
  if (out->size() == 0) return out;
  ArrayPtr src = a->is_c_contiguous() ? a : copy_array(a, 'C');
  int64_t outer = 1, chunk = a->itemsize();
  for (int k = 0; k < ax; ++k) outer *= a->shape[k];
  for (int k = ax + 1; k < a->ndim(); ++k) chunk *= a->shape[k];
  const uint8_t* s = src->data();
  uint8_t* d = out->data();
  for (int64_t i = 0; i < outer; ++i) {
    for (int64_t j = 0; j < n; ++j, s += chunk) {
      const int64_t reps = broadcast ? counts[0] : counts[j];
      for (int64_t r = 0; r < reps; ++r, d += chunk) std::memcpy(d, s, static_cast<size_t>(chunk));
    }
  }
  return out;
}

ArrayPtr repeat(const ArrayPtr& a, int64_t repeats, std::optional<int64_t> axis) {
  return repeat(a, array_from_scalar(Scalar::from_int(repeats)), axis);
}

ArrayPtr tile(const ArrayPtr& a, const std::vector<int64_t>& reps_in) {
  const int d = static_cast<int>(reps_in.size());
  bool all_ones = true;
  for (int64_t r : reps_in) all_ones = all_ones && r == 1;
  if (all_ones) {
    // np.array(A, copy=True, ndmin=d): a copy keeping A's layout, then the ndmin view.
    const std::vector<int> order = layout::keep_order(*a);
    ArrayPtr c = layout::new_array_in_order(a->shape, a->dtype, order);
    layout::assign_in_order(c, a, order);
    return prepend_ones(c, d);
  }
  ArrayPtr c = prepend_ones(a, d);
  std::vector<int64_t> reps = reps_in;
  if (d < c->ndim()) reps.insert(reps.begin(), c->ndim() - d, 1);
  Shape shape_out(c->ndim());
  for (int k = 0; k < c->ndim(); ++k)  // every extent product can overflow (fuzz_array_ops)
    if (mul_overflows(c->shape[k], reps[k], &shape_out[k])) raise_array_too_big();
  int64_t n = c->size();
  if (n > 0) {
    // c.reshape(-1, n).repeat(nrep, 0) for every axis whose repetition is not 1
    const Shape in_shape = c->shape;
    for (size_t k = 0; k < in_shape.size(); ++k) {
      if (reps[k] != 1) c = repeat(reshape(c, {-1, n}), reps[k], 0);
      n /= in_shape[k];
    }
  }
  return reshape(c, shape_out);
}

// ---- meshgrid ---------------------------------------------------------------------------

std::vector<ArrayPtr> meshgrid(const std::vector<ArrayPtr>& xi, const std::string& indexing,
                               bool sparse, bool copy) {
  if (indexing != "xy" && indexing != "ij")
    raise_value_error("Valid values for `indexing` are 'xy' and 'ij'.");
  const size_t ndim = xi.size();
  std::vector<ArrayPtr> output;
  for (size_t i = 0; i < ndim; ++i) {
    Shape s(ndim, 1);
    s[i] = -1;
    output.push_back(reshape(xi[i], s));
  }
  if (indexing == "xy" && ndim > 1) {
    // switch first and second axis
    Shape s0(ndim, 1), s1(ndim, 1);
    s0[1] = -1;
    s1[0] = -1;
    output[0] = reshape(output[0], s0);
    output[1] = reshape(output[1], s1);
  }
  if (!sparse) {
    // np.broadcast_arrays: the inputs themselves when their shapes agree; otherwise views
    // made by the iterator, which gives every length-1 (stretched or not) axis stride 0.
    std::vector<Shape> shapes;
    for (const ArrayPtr& x : output) shapes.push_back(x->shape);
    const Shape shape = broadcast_shapes(shapes);
    bool same = true;
    for (const ArrayPtr& x : output) same = same && x->shape == shape;
    if (!same)
      for (ArrayPtr& x : output) {
        Strides st(shape.size(), 0);
        for (size_t k = 0; k < shape.size(); ++k)
          if (x->shape[k] != 1) st[k] = x->strides[k];
        x = make_view(x, x->offset, shape, st, x->dtype);
      }
  }
  if (copy)
    for (ArrayPtr& x : output) x = copy_array(x, 'C');
  return output;
}

}  // namespace sl
