// pad_modes.cpp — np.pad's modes beyond constant/edge/empty, step by step as
// numpy/lib/_arraypad_impl.py: linear_ramp (a linspace from end_values to the edge, in
// float64 then floored for integers), the statistic modes (amax/amin/mean/median of
// stat_length values next to each edge, rounded half-to-even for integer arrays), and
// reflect/symmetric/wrap, which copy chunks of at most the original length until the pad
// area is full (so wide pads repeat exactly like NumPy's).
#include <cmath>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/pad.hpp"
#include "core/reduce.hpp"
#include "core/stats.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

using Widths = std::vector<std::pair<int64_t, int64_t>>;

ArrayPtr at_axis(const ArrayPtr& a, int axis, std::optional<int64_t> start, std::optional<int64_t> stop,
                 std::optional<int64_t> step = std::nullopt) {
  std::vector<BasicIndex> idx(alloc_count(axis, sizeof(BasicIndex)), BasicIndex::make_slice({}));
  idx.push_back(BasicIndex::make_slice({start, stop, step}));
  return basic_index(a, idx);
}

// padded[(slice(None),) * (axis + 1) + original_area_slice[axis + 1:]]
ArrayPtr roi_of(const ArrayPtr& padded, const ArrayPtr& array, const Widths& w, int axis) {
  std::vector<BasicIndex> idx(alloc_count(axis + 1, sizeof(BasicIndex)), BasicIndex::make_slice({}));
  for (int k = axis + 1; k < array->ndim(); ++k)
    idx.push_back(BasicIndex::make_slice({w[static_cast<size_t>(k)].first, w[static_cast<size_t>(k)].first + array->shape[static_cast<size_t>(k)], std::nullopt}));
  return basic_index(padded, idx);
}

void set_pad_area(const ArrayPtr& padded, int axis, std::pair<int64_t, int64_t> w, const ArrayPtr& left, const ArrayPtr& right) {
  assign_array(at_axis(padded, axis, std::nullopt, w.first), left);
  assign_array(at_axis(padded, axis, padded->shape[static_cast<size_t>(axis)] - w.second, std::nullopt), right);
}

std::pair<ArrayPtr, ArrayPtr> edges(const ArrayPtr& padded, int axis, std::pair<int64_t, int64_t> w) {
  const int64_t right = padded->shape[static_cast<size_t>(axis)] - w.second;
  return {at_axis(padded, axis, w.first, w.first + 1), at_axis(padded, axis, right - 1, right)};
}

// np.linspace(end_value, edge.squeeze(axis), num=width, endpoint=False, dtype, axis=axis)
ArrayPtr linear_ramp(const Scalar& start, const ArrayPtr& edge, int64_t num, int axis, DType dtype) {
  Shape shape = edge->shape;
  shape[static_cast<size_t>(axis)] = num;
  ArrayPtr ramp = new_array(shape, DType::Float64);
  if (num == 0) return astype(ramp, dtype);
  ArrayPtr e = copy_array(astype(edge, DType::Float64), 'C');
  const double s = start.as_double();
  const double* ev = reinterpret_cast<const double*>(e->data());
  const int64_t n_edge = e->size();
  std::vector<double> delta(alloc_count(n_edge, sizeof(double))), step(static_cast<size_t>(n_edge));
  bool any_zero = false;
  for (int64_t k = 0; k < n_edge; ++k) {
    delta[static_cast<size_t>(k)] = ev[k] - s;
    step[static_cast<size_t>(k)] = delta[static_cast<size_t>(k)] / static_cast<double>(num);
    any_zero = any_zero || step[static_cast<size_t>(k)] == 0;
  }
  // ramp index = (outer, i, inner) with the edge's element (outer, inner)
  int64_t outer = 1, inner = 1;
  for (int k = 0; k < axis; ++k) outer *= shape[static_cast<size_t>(k)];
  for (size_t k = static_cast<size_t>(axis) + 1; k < shape.size(); ++k) inner *= shape[k];
  double* r = reinterpret_cast<double*>(ramp->data());
  const bool integer = dtype_is_integer(dtype);
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < num; ++i)
      for (int64_t in = 0; in < inner; ++in) {
        const size_t k = static_cast<size_t>(o * inner + in);
        const double x = static_cast<double>(i);
        double y = any_zero ? (x / static_cast<double>(num)) * delta[k] : x * step[k];
        y += s;
        if (integer) y = std::floor(y);
        r[(o * num + i) * inner + in] = y;
      }
  return astype(ramp, dtype);
}

ArrayPtr stat(const std::string& mode, const ArrayPtr& chunk, int axis, DType dtype) {
  const AxisList ax = std::vector<int64_t>{axis};
  ArrayPtr r;
  if (mode == "maximum") r = amax(chunk, ax, nullptr, true);
  else if (mode == "minimum") r = amin(chunk, ax, nullptr, true);
  else if (mode == "mean") r = mean(chunk, ax, std::nullopt, nullptr, true);
  else r = median(chunk, ax, nullptr, true);
  if (dtype_is_integer(dtype) && dtype_is_float(r->dtype)) r = around(r, 0, r);  // _round_if_needed
  return r;
}

std::pair<int64_t, int64_t> reflect_both(const ArrayPtr& padded, int axis, std::pair<int64_t, int64_t> w,
                                         bool odd, int64_t period, bool include_edge) {
  int64_t left_pad = w.first, right_pad = w.second;
  const int64_t n = padded->shape[static_cast<size_t>(axis)];
  int64_t old_length = n - right_pad - left_pad;
  int64_t edge_offset;
  if (include_edge) {
    old_length = old_length / period * period;
    edge_offset = 1;
  } else {
    old_length = (old_length - 1) / (period - 1) * (period - 1) + 1;
    edge_offset = 0;
    old_length -= 1;
  }
  auto odd_chunk = [&](const ArrayPtr& edge, const ArrayPtr& chunk) {
    ArrayPtr twice = apply_ufunc(UFuncId::Multiply, {Operand::py_int(2), Operand::of(edge)});
    return apply_ufunc(UFuncId::Subtract, {Operand::of(twice), Operand::of(chunk)});
  };
  if (left_pad > 0) {
    const int64_t chunk_length = std::min(old_length, left_pad);
    const int64_t stop = left_pad - edge_offset, start = stop + chunk_length;
    ArrayPtr chunk = copy_array(at_axis(padded, axis, start, stop, -1), 'K');
    if (odd) chunk = odd_chunk(at_axis(padded, axis, left_pad, left_pad + 1), chunk);
    assign_array(at_axis(padded, axis, left_pad - chunk_length, left_pad), chunk);
    left_pad -= chunk_length;
  }
  if (right_pad > 0) {
    const int64_t chunk_length = std::min(old_length, right_pad);
    const int64_t start = -right_pad + edge_offset - 2, stop = start - chunk_length;
    ArrayPtr chunk = copy_array(at_axis(padded, axis, start, stop, -1), 'K');
    if (odd) chunk = odd_chunk(at_axis(padded, axis, -right_pad - 1, -right_pad), chunk);
    const int64_t s = n - right_pad;
    assign_array(at_axis(padded, axis, s, s + chunk_length), chunk);
    right_pad -= chunk_length;
  }
  return {left_pad, right_pad};
}

std::pair<int64_t, int64_t> wrap_both(const ArrayPtr& padded, int axis, std::pair<int64_t, int64_t> w, int64_t original_period) {
  const int64_t left_pad = w.first, right_pad = w.second;
  int64_t period = padded->shape[static_cast<size_t>(axis)] - right_pad - left_pad;
  period = period / original_period * original_period;
  int64_t new_left = 0, new_right = 0;
  if (left_pad > 0) {
    const int64_t end = left_pad + period, start = end - std::min(period, left_pad);
    ArrayPtr chunk = copy_array(at_axis(padded, axis, start, end), 'K');
    if (left_pad > period) {
      assign_array(at_axis(padded, axis, left_pad - period, left_pad), chunk);
      new_left = left_pad - period;
    } else {
      assign_array(at_axis(padded, axis, std::nullopt, left_pad), chunk);
    }
  }
  if (right_pad > 0) {
    const int64_t start = -right_pad - period, end = start + std::min(period, right_pad);
    ArrayPtr chunk = copy_array(at_axis(padded, axis, start, end), 'K');  // end < 0 always
    if (right_pad > period) {
      assign_array(at_axis(padded, axis, -right_pad, -right_pad + period), chunk);
      new_right = right_pad - period;
    } else {
      assign_array(at_axis(padded, axis, -right_pad, std::nullopt), chunk);
    }
  }
  return {new_left, new_right};
}

const std::vector<std::pair<const char*, std::vector<const char*>>>& allowed_kwargs() {
  static const std::vector<std::pair<const char*, std::vector<const char*>>> t = {
      {"empty", {}},           {"edge", {}},
      {"wrap", {}},            {"constant", {"constant_values"}},
      {"linear_ramp", {"end_values"}}, {"maximum", {"stat_length"}},
      {"mean", {"stat_length"}},       {"median", {"stat_length"}},
      {"minimum", {"stat_length"}},    {"reflect", {"reflect_type"}},
      {"symmetric", {"reflect_type"}},
  };
  return t;
}

}  // namespace

ArrayPtr pad(const ArrayPtr& array, const ArrayPtr& pad_width, const std::string& mode, const PadOptions& o) {
  const int nd = array->ndim();
  const Widths w = pad_width_pairs(pad_width, nd);
  const std::vector<const char*>* allowed = nullptr;
  for (const auto& m : allowed_kwargs())
    if (mode == m.first) allowed = &m.second;
  if (!allowed) raise_value_error("mode '" + mode + "' is not supported");
  std::string unsupported;
  for (const std::string& g : o.given) {
    bool ok = false;
    for (const char* a : *allowed) ok = ok || g == a;
    if (!ok) unsupported += (unsupported.empty() ? "'" : ", '") + g + "'";
  }
  if (!unsupported.empty()) raise_value_error("unsupported keyword arguments for mode '" + mode + "': {" + unsupported + "}");
  if (mode == "constant" || mode == "edge" || mode == "empty") return pad(array, pad_width, mode, o.constant_values);

  ArrayPtr padded = pad_simple(array, w);
  if (array->size() == 0) {
    for (int axis = 0; axis < nd; ++axis)
      if (array->shape[static_cast<size_t>(axis)] == 0 && (w[static_cast<size_t>(axis)].first || w[static_cast<size_t>(axis)].second))
        raise_value_error("can't extend empty axis " + std::to_string(axis) + " using modes other than 'constant' or 'empty'");
    return padded;
  }
  if (mode == "linear_ramp") {
    auto ends = pad_value_pairs(o.end_values ? o.end_values : array_from_scalar(Scalar::from_int(0)), nd, false);
    for (int axis = 0; axis < nd; ++axis) {
      ArrayPtr roi = roi_of(padded, array, w, axis);
      auto [le, re] = edges(roi, axis, w[static_cast<size_t>(axis)]);
      ArrayPtr left = linear_ramp(ends[static_cast<size_t>(axis)].first, le, w[static_cast<size_t>(axis)].first, axis, padded->dtype);
      ArrayPtr right = linear_ramp(ends[static_cast<size_t>(axis)].second, re, w[static_cast<size_t>(axis)].second, axis, padded->dtype);
      right = at_axis(right, axis, std::nullopt, std::nullopt, -1);
      set_pad_area(roi, axis, w[static_cast<size_t>(axis)], left, right);
    }
    return padded;
  }
  if (mode == "maximum" || mode == "minimum" || mode == "mean" || mode == "median") {
    std::vector<std::pair<std::optional<int64_t>, std::optional<int64_t>>> lengths(static_cast<size_t>(nd));
    if (o.stat_length) {
      size_t k = 0;
      for (const auto& p : pad_value_pairs(o.stat_length, nd, true)) lengths[k++] = {p.first.as_int64(), p.second.as_int64()};
    }
    for (int axis = 0; axis < nd; ++axis) {
      ArrayPtr roi = roi_of(padded, array, w, axis);
      const auto wp = w[static_cast<size_t>(axis)];
      const int64_t left_index = wp.first, right_index = roi->shape[static_cast<size_t>(axis)] - wp.second;
      const int64_t max_length = right_index - left_index;
      int64_t ll = lengths[static_cast<size_t>(axis)].first.value_or(max_length);
      int64_t rl = lengths[static_cast<size_t>(axis)].second.value_or(max_length);
      ll = std::min(ll, max_length);
      rl = std::min(rl, max_length);
      if ((ll == 0 || rl == 0) && (mode == "maximum" || mode == "minimum"))
        raise_value_error("stat_length of 0 yields no value for padding");
      ArrayPtr left = stat(mode, at_axis(roi, axis, left_index, left_index + ll), axis, padded->dtype);
      ArrayPtr right = (ll == max_length && rl == max_length)
                           ? left
                           : stat(mode, at_axis(roi, axis, right_index - rl, right_index), axis, padded->dtype);
      set_pad_area(roi, axis, wp, left, right);
    }
    return padded;
  }
  if (mode == "reflect" || mode == "symmetric") {
    const std::string& method = o.reflect_type.empty() ? std::string("even") : o.reflect_type;
    const bool include_edge = mode == "symmetric";
    for (int axis = 0; axis < nd; ++axis) {
      std::pair<int64_t, int64_t> lr = w[static_cast<size_t>(axis)];
      if (array->shape[static_cast<size_t>(axis)] == 1 && (lr.first > 0 || lr.second > 0)) {
        auto [le, re] = edges(padded, axis, lr);
        set_pad_area(padded, axis, lr, copy_array(le, 'K'), copy_array(re, 'K'));
        continue;
      }
      ArrayPtr roi = roi_of(padded, array, w, axis);
      while (lr.first > 0 || lr.second > 0)
        lr = reflect_both(roi, axis, lr, method == "odd", array->shape[static_cast<size_t>(axis)], include_edge);
    }
    return padded;
  }
  // wrap
  for (int axis = 0; axis < nd; ++axis) {
    std::pair<int64_t, int64_t> lr = w[static_cast<size_t>(axis)];
    ArrayPtr roi = roi_of(padded, array, w, axis);
    const int64_t period = padded->shape[static_cast<size_t>(axis)] - lr.second - lr.first;
    while (lr.first > 0 || lr.second > 0) lr = wrap_both(roi, axis, lr, period);
  }
  return padded;
}

}  // namespace sl
