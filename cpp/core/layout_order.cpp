#include "core/layout_order.hpp"

#include <algorithm>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/views.hpp"

namespace sl {
namespace layout {

std::vector<int> result_axis_order(const Shape& shape, const std::vector<const NDArray*>& operands) {
  const int nd = static_cast<int>(shape.size());
  std::vector<int> perm(nd);
  for (int k = 0; k < nd; ++k) perm[k] = k;
  for (int i0 = 1; i0 < nd; ++i0) {
    int ipos = i0;
    const int j0 = perm[i0];
    for (int i1 = i0 - 1; i1 >= 0; --i1) {
      bool ambig = true, shouldswap = false;
      const int j1 = perm[i1];
      for (const NDArray* op : operands) {
        if (op->shape[j0] == 1 || op->shape[j1] == 1) continue;
        if (op->strides[j0] == 0 || op->strides[j1] == 0) continue;  // broadcast axis
        if (stride_sort_key(op->strides[j0]) <= stride_sort_key(op->strides[j1])) {
          shouldswap = false;  // C order wins a conflict between operands
        } else if (ambig) {
          shouldswap = true;
        }
        ambig = false;
      }
      if (!ambig) {
        if (shouldswap) ipos = i1;
        else break;
      }
    }
    if (ipos != i0) {
      for (int i1 = i0; i1 > ipos; --i1) perm[i1] = perm[i1 - 1];
      perm[ipos] = j0;
    }
  }
  return perm;
}

ArrayPtr new_array_in_order(const Shape& shape, DType dtype, const std::vector<int>& order, Fill fill) {
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return new_array_in_order(shape, Descr(dtype), order, fill);
}

ArrayPtr new_array_in_order(const Shape& shape, const Descr& dtype, const std::vector<int>& order,
                            Fill fill) {
  ArrayPtr out = new_array(shape, dtype, false, fill);
  int64_t s = out->itemsize();
  for (size_t k = order.size(); k-- > 0;) {
    out->strides[order[k]] = s;
    s *= shape[order[k]] > 0 ? shape[order[k]] : 1;  // core convention for empty axes
  }
  return out;
}

ArrayPtr new_result_like(const Shape& shape, DType dtype, const std::vector<const NDArray*>& operands) {
  return new_array_in_order(shape, dtype, result_axis_order(shape, operands));
}

void assign_in_order(const ArrayPtr& dst, const ArrayPtr& src, const std::vector<int>& order) {
  bool identity = true;
  for (size_t k = 0; k < order.size(); ++k) identity = identity && order[k] == static_cast<int>(k);
  if (identity || src->shape != dst->shape) {
    assign_array(dst, src);
    return;
  }
  std::vector<int64_t> perm(order.begin(), order.end());
  assign_array(transpose(dst, &perm), transpose(src, &perm));
}

std::vector<int> keep_order(const NDArray& a) {
  const int nd = a.ndim();
  std::vector<int> order(nd);
  for (int k = 0; k < nd; ++k) order[k] = k;
  if (nd <= 1 || a.is_c_contiguous()) return order;
  if (a.is_f_contiguous()) {
    for (int k = 0; k < nd; ++k) order[k] = nd - 1 - k;
    return order;
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](int x, int y) { return stride_sort_key(a.strides[x]) > stride_sort_key(a.strides[y]); });
  return order;
}

std::vector<int> normalize_axis_tuple(const std::vector<int64_t>& axes, int ndim, bool allow_duplicate) {
  std::vector<int> out;
  for (int64_t ax : axes) out.push_back(normalize_axis(ax, ndim));
  if (!allow_duplicate)
    for (size_t i = 0; i < out.size(); ++i)
      for (size_t j = i + 1; j < out.size(); ++j)
        if (out[i] == out[j]) raise_value_error("repeated axis");
  return out;
}

Shape broadcast_operand_shapes(const std::vector<Shape>& shapes) {
  size_t nd = 0;
  for (const Shape& s : shapes) nd = std::max(nd, s.size());
  Shape out(nd, 1);
  for (const Shape& s : shapes) {
    for (size_t k = 0; k < s.size(); ++k) {
      int64_t& o = out[nd - s.size() + k];
      if (s[k] == o || s[k] == 1) continue;
      if (o == 1) {
        o = s[k];
        continue;
      }
      std::string msg = "operands could not be broadcast together with shapes ";
      for (const Shape& t : shapes) msg += shape_str_compact(t) + " ";
      raise_value_error(msg);
    }
  }
  return out;
}

namespace {
int kind_rank(DType t) {
  switch (dtype_kind(t)) {
    case 'b': return 0;
    case 'u': return 1;
    case 'i': return 2;
    default: return 3;
  }
}
}  // namespace

bool can_cast(DType from, DType to, const std::string& casting) {
  if (casting == "no" || casting == "equiv") return from == to;
  if (casting == "safe") return can_cast_safe(from, to);
  if (casting == "same_kind") return can_cast_safe(from, to) || kind_rank(from) <= kind_rank(to);
  if (casting == "unsafe") return true;
  raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe' (got '" +
                    casting + "')");
}

void raise_cast_error(DType from, DType to, const std::string& casting, bool scalar) {
  raise_type_error(std::string(scalar ? "Cannot cast scalar from " : "Cannot cast array data from ") + dtype_repr(from) + " to " + dtype_repr(to) +
                   " according to the rule '" + casting + "'");
}

std::vector<int64_t> read_indices(const NDArray& a) {
  if (!can_cast_safe(a.dtype, DType::Int64)) raise_cast_error(a.dtype, DType::Int64, "safe", a.ndim() == 0);
  return read_as<int64_t>(a);
}

}  // namespace layout
}  // namespace sl
