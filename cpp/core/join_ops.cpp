#include "core/join_ops.hpp"

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

DType joined_dtype(const std::vector<ArrayPtr>& arrays, std::optional<DType> dtype) {
  if (dtype) return *dtype;
  DType t = arrays[0]->dtype;
  for (size_t i = 1; i < arrays.size(); ++i) t = promote_types(t, arrays[i]->dtype);
  return t;
}

void check_cast(const NDArray& a, DType to, const std::string& casting) {
  if (!layout::can_cast(a.dtype, to, casting))
    layout::raise_cast_error(a.dtype, to, casting, a.ndim() == 0);
}

}  // namespace

ArrayPtr concatenate(const std::vector<ArrayPtr>& arrays, std::optional<int64_t> axis,
                     std::optional<DType> dtype, const std::string& casting) {
  if (arrays.empty()) raise_value_error("need at least one array to concatenate");
  layout::can_cast(DType::Bool, DType::Bool, casting);  // validates the casting name first
  if (!axis) {
    // axis=None: every array flattened in C order into one 1-d result.
    const DType dt = joined_dtype(arrays, dtype);
    int64_t total = 0;
    for (const ArrayPtr& a : arrays) total += a->size();
    ArrayPtr out = new_array({total}, dt);
    int64_t pos = 0;
    for (const ArrayPtr& a : arrays) {
      check_cast(*a, dt, casting);
      ArrayPtr dst = make_view(out, out->offset + pos * out->itemsize(), a->shape,
                               contiguous_strides(a->shape, out->itemsize()), dt);
      assign_array(dst, a);
      pos += a->size();
    }
    return out;
  }
  const ArrayPtr& first = arrays[0];
  const int nd = first->ndim();
  if (nd == 0) raise_value_error("zero-dimensional arrays cannot be concatenated");
  const int ax = normalize_axis(*axis, nd);
  Shape shape = first->shape;
  for (size_t i = 1; i < arrays.size(); ++i) {
    const NDArray& a = *arrays[i];
    if (a.ndim() != nd)
      raise_value_error("all the input arrays must have same number of dimensions, but the array at "
                        "index 0 has " + std::to_string(nd) + " dimension(s) and the array at index " +
                        std::to_string(i) + " has " + std::to_string(a.ndim()) + " dimension(s)");
    for (int d = 0; d < nd; ++d) {
      if (d == ax) {
        shape[d] += a.shape[d];
      } else if (shape[d] != a.shape[d]) {
        raise_value_error("all the input array dimensions except for the concatenation axis must "
                          "match exactly, but along dimension " + std::to_string(d) +
                          ", the array at index 0 has size " + std::to_string(shape[d]) +
                          " and the array at index " + std::to_string(i) + " has size " +
                          std::to_string(a.shape[d]));
      }
    }
  }
  const DType dt = joined_dtype(arrays, dtype);
  std::vector<const NDArray*> ops;
  for (const ArrayPtr& a : arrays) ops.push_back(a.get());
  const std::vector<int> order = layout::result_axis_order(shape, ops);
  // the inputs tile the result along `ax` (records are cleared anyway, new_array)
  ArrayPtr out = layout::new_array_in_order(shape, dt, order, Fill::Overwritten);
  int64_t pos = 0;
  for (const ArrayPtr& a : arrays) {
    check_cast(*a, dt, casting);
    ArrayPtr dst = make_view(out, out->offset + pos * out->strides[ax], a->shape, out->strides, dt);
    layout::assign_in_order(dst, a, order);
    pos += a->shape[ax];
  }
  if (out->size() == 0) out->strides.assign(out->shape.size(), 0);  // NumPy: fresh empties
  return out;
}

ArrayPtr stack(const std::vector<ArrayPtr>& arrays, int64_t axis, std::optional<DType> dtype,
               const std::string& casting) {
  if (arrays.empty()) raise_value_error("need at least one array to stack");
  for (const ArrayPtr& a : arrays)
    if (a->shape != arrays[0]->shape) raise_value_error("all input arrays must have the same shape");
  const int ax = normalize_axis(axis, arrays[0]->ndim() + 1);
  std::vector<ArrayPtr> expanded;
  for (const ArrayPtr& a : arrays) {
    // arr[(slice(None),) * axis + (np.newaxis,)]
    std::vector<BasicIndex> idx(ax, BasicIndex::make_slice({}));
    idx.push_back(BasicIndex::make_newaxis());
    expanded.push_back(basic_index(a, idx));
  }
  return concatenate(expanded, ax, dtype, casting);
}

ArrayPtr atleast_1d(const ArrayPtr& a) {
  if (a->ndim() == 0) return reshape(a, {1});
  return a;
}

ArrayPtr atleast_2d(const ArrayPtr& a) {
  if (a->ndim() == 0) return reshape(a, {1, 1});
  if (a->ndim() == 1)
    return basic_index(a, {BasicIndex::make_newaxis(), BasicIndex::make_slice({})});
  return a;
}

ArrayPtr atleast_3d(const ArrayPtr& a) {
  if (a->ndim() == 0) return reshape(a, {1, 1, 1});
  if (a->ndim() == 1)
    return basic_index(a, {BasicIndex::make_newaxis(), BasicIndex::make_slice({}),
                           BasicIndex::make_newaxis()});
  if (a->ndim() == 2)
    return basic_index(a, {BasicIndex::make_slice({}), BasicIndex::make_slice({}),
                           BasicIndex::make_newaxis()});
  return a;
}

ArrayPtr vstack(const std::vector<ArrayPtr>& arrays, std::optional<DType> dtype,
                const std::string& casting) {
  std::vector<ArrayPtr> arrs;
  for (const ArrayPtr& a : arrays) arrs.push_back(atleast_2d(a));
  return concatenate(arrs, 0, dtype, casting);
}

ArrayPtr hstack(const std::vector<ArrayPtr>& arrays, std::optional<DType> dtype,
                const std::string& casting) {
  std::vector<ArrayPtr> arrs;
  for (const ArrayPtr& a : arrays) arrs.push_back(atleast_1d(a));
  // As in NumPy, dimension 0 of 1-d arrays is "horizontal".
  const int64_t axis = !arrs.empty() && arrs[0]->ndim() == 1 ? 0 : 1;
  return concatenate(arrs, axis, dtype, casting);
}

ArrayPtr dstack(const std::vector<ArrayPtr>& arrays) {
  std::vector<ArrayPtr> arrs;
  for (const ArrayPtr& a : arrays) arrs.push_back(atleast_3d(a));
  return concatenate(arrs, 2);
}

ArrayPtr column_stack(const std::vector<ArrayPtr>& arrays) {
  std::vector<ArrayPtr> arrs;
  for (const ArrayPtr& a : arrays) {
    if (a->ndim() < 2) {
      // array(arr, copy=False, ndmin=2).T: (N,) -> (N, 1); 0-d -> (1, 1)
      ArrayPtr two = a->ndim() == 0 ? reshape(a, {1, 1})
                                    : basic_index(a, {BasicIndex::make_newaxis(), BasicIndex::make_slice({})});
      arrs.push_back(transpose(two));
    } else {
      arrs.push_back(a);
    }
  }
  return concatenate(arrs, 1);
}

}  // namespace sl
