#include "core/pad.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

using Pair = std::pair<Scalar, Scalar>;

Scalar element(const ArrayPtr& flat, int64_t i) {
  return Scalar::load(flat->buffer->data() + flat->offset + i * flat->strides[0], flat->dtype);
}

// arraypad._as_pairs: one value for every side, one (before, after) pair for every axis, or
// anything that broadcasts to (ndim, 2).
std::vector<Pair> as_pairs(const ArrayPtr& x, int ndim, bool as_index) {
  auto negative = [&](const Scalar& s) { return as_index && s.as_int64() < 0; };
  const char* neg_msg = "index can't contain negative values";
  if (x->ndim() < 3) {
    if (x->size() == 1) {
      ArrayPtr f = ravel(x);
      Scalar v = element(f, 0);
      if (negative(v)) raise_value_error(neg_msg);
      return std::vector<Pair>(ndim, {v, v});
    }
    if (x->size() == 2 && x->shape != Shape{2, 1}) {
      ArrayPtr f = ravel(x);
      Scalar v0 = element(f, 0), v1 = element(f, 1);
      if (negative(v0) || negative(v1)) raise_value_error(neg_msg);
      return std::vector<Pair>(ndim, {v0, v1});
    }
  }
  if (as_index) {
    if (x->size() == 0)
      raise_value_error("zero-size array to reduction operation minimum which has no identity");
    bool neg = false;
    const uint8_t* base = x->buffer->data();
    for_each_offset(x->shape, x->strides, x->offset,
                    [&](int64_t p) { neg = neg || Scalar::load(base + p, x->dtype).as_int64() < 0; });
    if (neg) raise_value_error(neg_msg);
  }
  ArrayPtr b = broadcast_to(x, {ndim, 2});
  std::vector<Pair> out;
  for (int k = 0; k < ndim; ++k) {
    int64_t i0[2] = {k, 0}, i1[2] = {k, 1};
    out.push_back({b->get(i0), b->get(i1)});
  }
  return out;
}

// padded[(slice(None),) * (axis + 1) + original_area_slice[axis + 1:]]
ArrayPtr view_roi(const ArrayPtr& padded, const std::vector<BasicIndex>& original, int axis) {
  std::vector<BasicIndex> idx(axis + 1, BasicIndex::make_slice({}));
  idx.insert(idx.end(), original.begin() + axis + 1, original.end());
  return basic_index(padded, idx);
}

ArrayPtr slice_at_axis(const ArrayPtr& a, int axis, std::optional<int64_t> start, std::optional<int64_t> stop) {
  std::vector<BasicIndex> idx(axis, BasicIndex::make_slice({}));
  idx.push_back(BasicIndex::make_slice({start, stop, std::nullopt}));
  return basic_index(a, idx);
}

bool known_mode(const std::string& m) {
  static const char* modes[] = {"constant", "edge",   "wrap",   "empty",     "linear_ramp", "maximum",
                                "mean",     "median", "minimum", "reflect", "symmetric"};
  return std::find(std::begin(modes), std::end(modes), m) != std::end(modes);
}

}  // namespace

std::vector<std::pair<int64_t, int64_t>> pad_width_pairs(const ArrayPtr& pad_width, int ndim) {
  if (dtype_kind(pad_width->dtype) != 'i') raise_type_error("`pad_width` must be of integral type.");
  std::vector<std::pair<int64_t, int64_t>> out;
  for (const Pair& p : as_pairs(pad_width, ndim, true)) out.push_back({p.first.as_int64(), p.second.as_int64()});
  return out;
}

ArrayPtr pad_simple(const ArrayPtr& array, const std::vector<std::pair<int64_t, int64_t>>& widths) {
  const int nd = array->ndim();
  Shape shape(nd);
  std::vector<BasicIndex> original;
  for (int k = 0; k < nd; ++k) {
    shape[k] = widths[k].first + array->shape[k] + widths[k].second;
    original.push_back(BasicIndex::make_slice({widths[k].first, widths[k].first + array->shape[k], std::nullopt}));
  }
  const bool fortran = array->is_f_contiguous() && !array->is_c_contiguous();
  ArrayPtr padded = new_array(shape, array->dtype, fortran);
  std::vector<int> order(nd);
  for (int k = 0; k < nd; ++k) order[k] = fortran ? nd - 1 - k : k;
  layout::assign_in_order(basic_index(padded, original), array, order);
  return padded;
}

std::vector<std::pair<Scalar, Scalar>> pad_value_pairs(const ArrayPtr& values, int ndim, bool as_index) {
  return as_pairs(values, ndim, as_index);
}

ArrayPtr pad(const ArrayPtr& array, const ArrayPtr& pad_width, const std::string& mode,
             const ArrayPtr& constant_values) {
  if (dtype_kind(pad_width->dtype) != 'i') raise_type_error("`pad_width` must be of integral type.");
  const int nd = array->ndim();
  std::vector<Pair> widths = as_pairs(pad_width, nd, true);
  if (!known_mode(mode)) raise_value_error("mode '" + mode + "' is not supported");
  if (constant_values && mode != "constant")
    raise_value_error("unsupported keyword arguments for mode '" + mode + "': {'constant_values'}");
  if (mode != "constant" && mode != "edge" && mode != "empty") {
    PadOptions o;
    return pad(array, pad_width, mode, o);
  }

  // _pad_simple: the result keeps a Fortran (and not C) layout, the input goes in the middle.
  Shape shape(nd);
  std::vector<BasicIndex> original;
  for (int k = 0; k < nd; ++k) {
    const int64_t left = widths[k].first.as_int64(), right = widths[k].second.as_int64();
    shape[k] = left + array->shape[k] + right;
    original.push_back(BasicIndex::make_slice({left, left + array->shape[k], std::nullopt}));
  }
  const bool fortran = array->is_f_contiguous() && !array->is_c_contiguous();
  ArrayPtr padded = new_array(shape, array->dtype, fortran);
  std::vector<int> order(nd);
  for (int k = 0; k < nd; ++k) order[k] = fortran ? nd - 1 - k : k;
  layout::assign_in_order(basic_index(padded, original), array, order);

  if (mode == "constant") {
    std::vector<Pair> values =
        as_pairs(constant_values ? constant_values : array_from_scalar(Scalar::from_int(0)), nd, false);
    for (int axis = 0; axis < nd; ++axis) {
      ArrayPtr roi = view_roi(padded, original, axis);
      const int64_t w0 = widths[axis].first.as_int64(), w1 = widths[axis].second.as_int64();
      fill(slice_at_axis(roi, axis, std::nullopt, w0), values[axis].first);
      fill(slice_at_axis(roi, axis, roi->shape[axis] - w1, std::nullopt), values[axis].second);
    }
    return padded;
  }
  if (mode == "empty") return padded;  // NumPy leaves the pad area uninitialised; ours is 0
  if (array->size() == 0) {
    // Only 'constant' and 'empty' can extend empty axes.
    for (int axis = 0; axis < nd; ++axis)
      if (array->shape[axis] == 0 && (widths[axis].first.as_int64() || widths[axis].second.as_int64()))
        raise_value_error("can't extend empty axis " + std::to_string(axis) +
                          " using modes other than 'constant' or 'empty'");
    return padded;
  }
  // mode == "edge": every pad area repeats the nearest edge slice of the area filled so far.
  for (int axis = 0; axis < nd; ++axis) {
    ArrayPtr roi = view_roi(padded, original, axis);
    const int64_t w0 = widths[axis].first.as_int64(), w1 = widths[axis].second.as_int64();
    const int64_t right_index = roi->shape[axis] - w1;
    ArrayPtr left_edge = slice_at_axis(roi, axis, w0, w0 + 1);
    ArrayPtr right_edge = slice_at_axis(roi, axis, right_index - 1, right_index);
    assign_array(slice_at_axis(roi, axis, std::nullopt, w0), left_edge);
    assign_array(slice_at_axis(roi, axis, right_index, std::nullopt), right_edge);
  }
  return padded;
}

}  // namespace sl
