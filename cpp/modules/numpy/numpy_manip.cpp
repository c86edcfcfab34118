// numpy_manip.cpp — np.insert, np.delete, np.append, np.resize / ndarray.resize, np.rot90,
// np.rollaxis and np.partition / np.argpartition (+ methods). insert and
// delete follow numpy/lib/_function_base_impl.py branch by branch (slice, single index and
// index-array paths, each with its result layout and messages), built on core indexing;
// selection itself is core/partition.
#include "core/assign.hpp"
#include "core/indexing.hpp"
#include "core/join_ops.hpp"
#include "core/partition.hpp"
#include "core/shape_ops.hpp"
#include "core/sort.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/stdlib/py_source.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

// [slice(None)] * ndim with `item` at `axis`
std::vector<IndexItem> along(int ndim, int axis, const IndexItem& item) {
  std::vector<IndexItem> v(alloc_count(ndim, sizeof(IndexItem)), IndexItem::make_slice({}));
  v[static_cast<size_t>(axis)] = item;
  return v;
}
IndexItem sl(std::optional<int64_t> start, std::optional<int64_t> stop, std::optional<int64_t> step = std::nullopt) {
  return IndexItem::make_slice({start, stop, step});
}

struct AxisSetup {
  ArrayPtr arr;
  int axis;
  char order;  // 'F' when arr is F- and not C-contiguous (arr.flags.fnc)
};

AxisSetup axis_setup(const ObjPtr& arr_o, const ObjPtr& axis_o) {
  AxisSetup s;
  s.arr = to_array(arr_o);
  s.order = s.arr->is_f_contiguous() && !s.arr->is_c_contiguous() ? 'F' : 'C';
  if (!axis_o || is_none(axis_o)) {
    if (s.arr->ndim() != 1) s.arr = ravel(s.arr, 'C');
    s.axis = s.arr->ndim() - 1;
  } else {
    s.axis = normalize_axis(to_int64(axis_o), s.arr->ndim());
  }
  return s;
}

ArrayPtr ndmin_array(const ObjPtr& values, int ndmin, DType dtype) {
  ArrayPtr v = to_array(values, dtype);
  if (v->ndim() < ndmin) {
    Shape s = v->shape;
    s.insert(s.begin(), static_cast<size_t>(ndmin - v->ndim()), 1);
    v = reshape(v, s);
  }
  return v;
}

ObjPtr insert_impl(const BoundArgs& b) {
  AxisSetup s = axis_setup(b[0], b.has(3) ? b[3] : nullptr);
  const ArrayPtr& arr = s.arr;
  const int nd = arr->ndim(), axis = s.axis;
  if (nd == 0) raise_axis_error("axis 0 is out of bounds for array of dimension 0");
  const int64_t n = arr->shape[static_cast<size_t>(axis)];
  Shape newshape = arr->shape;
  ArrayPtr indices;
  const ObjPtr& obj = b[1];
  if (is_slice(obj)) {
    int64_t start, stop, step;
    const int64_t len = static_cast<SliceObject*>(obj.get())->indices(n, &start, &stop, &step);
    indices = new_array({len}, DType::Int64);
    for (int64_t i = 0; i < len; ++i) reinterpret_cast<int64_t*>(indices->data())[i] = start + i * step;
  } else {
    indices = copy_array(to_array(obj), 'C');
    if (indices->dtype == DType::Bool) {
      write_stderr("FutureWarning: in the future insert will treat boolean arrays and array-likes as a boolean index instead of casting it to integer\n");
      indices = astype(indices, DType::Int64);
    } else if (indices->ndim() > 1) {
      raise_value_error("index array argument obj to insert must be one dimensional or scalar");
    }
  }
  if (indices->size() == 1) {
    const Scalar idx = indices->item0();
    if (!dtype_is_integer(idx.dtype) && idx.dtype != DType::Bool)
      raise_type_error("slice indices must be integers or None or have an __index__ method");
    int64_t index = idx.as_int64();
    if (index < -n || index > n)
      raise_index_error("index " + repr(obj) + " is out of bounds for axis " + std::to_string(axis) + " with size " +
                        std::to_string(n));
    if (index < 0) index += n;
    ArrayPtr values = ndmin_array(b[2], nd, arr->dtype);
    if (indices->ndim() == 0) values = moveaxis(values, {0}, {axis});
    const int64_t numnew = values->shape[static_cast<size_t>(axis)];
    newshape[static_cast<size_t>(axis)] += numnew;
    ArrayPtr out = new_array(newshape, arr->dtype, s.order == 'F');
    set_index(out, along(nd, axis, sl(std::nullopt, index)), get_index(arr, along(nd, axis, sl(std::nullopt, index))));
    set_index(out, along(nd, axis, sl(index, index + numnew)), values);
    set_index(out, along(nd, axis, sl(index + numnew, std::nullopt)), get_index(arr, along(nd, axis, sl(index, std::nullopt))));
    return wrap_array(out);
  }
  if (indices->size() == 0 && !is_ndarray(obj)) indices = astype(indices, DType::Int64);
  if (!dtype_is_integer(indices->dtype) && indices->size() > 0)
    raise_index_error("arrays used as indices must be of integer (or boolean) type");
  if (indices->dtype != DType::Int64) indices = astype(indices, DType::Int64);
  int64_t* ix = reinterpret_cast<int64_t*>(indices->data());
  const int64_t numnew = indices->size();
  for (int64_t i = 0; i < numnew; ++i)
    if (ix[i] < 0) ix[i] += n;
  // indices[order] += arange(numnew) with a stable argsort
  ArrayPtr order = argsort(indices, -1, "stable");
  const int64_t* ord = reinterpret_cast<const int64_t*>(order->data());
  for (int64_t i = 0; i < numnew; ++i) ix[ord[i]] += i;
  newshape[static_cast<size_t>(axis)] += numnew;
  ArrayPtr old_mask = new_array({newshape[static_cast<size_t>(axis)]}, DType::Bool);
  std::memset(old_mask->data(), 1, static_cast<size_t>(old_mask->size()));
  set_index(old_mask, {IndexItem::make_array(indices)}, array_from_scalar(Scalar::from_bool(false)));
  ArrayPtr out = new_array(newshape, arr->dtype, s.order == 'F');
  set_index(out, along(nd, axis, IndexItem::make_array(indices)), to_array(b[2]));
  set_index(out, along(nd, axis, IndexItem::make_array(old_mask)), arr);
  return wrap_array(out);
}

ObjPtr delete_impl(const BoundArgs& b) {
  AxisSetup s = axis_setup(b[0], b.has(2) ? b[2] : nullptr);
  ArrayPtr arr = s.arr;
  const int nd = arr->ndim(), axis = s.axis;
  if (nd == 0) raise_axis_error("axis 0 is out of bounds for array of dimension 0");
  const int64_t n = arr->shape[static_cast<size_t>(axis)];
  Shape newshape = arr->shape;
  const ObjPtr& obj = b[1];
  if (is_slice(obj)) {
    int64_t start, stop, step;
    const int64_t numtodel = static_cast<SliceObject*>(obj.get())->indices(n, &start, &stop, &step);
    if (numtodel <= 0) return wrap_array(copy_array(arr, s.order));
    if (step < 0) {
      const int64_t first = start + (numtodel - 1) * step, last = start;
      step = -step;
      start = first;
      stop = last + 1;
    }
    newshape[static_cast<size_t>(axis)] -= numtodel;
    ArrayPtr out = new_array(newshape, arr->dtype, s.order == 'F');
    if (start != 0)
      set_index(out, along(nd, axis, sl(std::nullopt, start)), get_index(arr, along(nd, axis, sl(std::nullopt, start))));
    if (stop != n)
      set_index(out, along(nd, axis, sl(stop - numtodel, std::nullopt)), get_index(arr, along(nd, axis, sl(stop, std::nullopt))));
    if (step != 1) {
      ArrayPtr keep = new_array({stop - start}, DType::Bool);
      uint8_t* k = keep->data();
      for (int64_t i = 0; i < stop - start; ++i) k[i] = i % step != 0;
      ArrayPtr mid = get_index(arr, along(nd, axis, sl(start, stop)));
      set_index(out, along(nd, axis, sl(start, stop - numtodel)), get_index(mid, along(nd, axis, IndexItem::make_array(keep))));
    }
    return wrap_array(out);
  }
  bool single = is_int(obj) && !is_bool(obj);
  if (is_numpy_scalar(obj) && dtype_is_integer(static_cast<ScalarObject*>(obj.get())->value.dtype)) single = true;
  int64_t index = 0;
  ArrayPtr idx;
  if (single) {
    index = to_int64(obj);
  } else {
    idx = to_array(obj);
    if (idx->size() == 0 && !is_ndarray(obj)) idx = astype(idx, DType::Int64);
    else if (idx->size() == 1 && dtype_is_integer(idx->dtype)) {
      index = idx->item0().as_int64();
      single = true;
    }
  }
  if (single) {
    if (index < -n || index >= n)
      raise_index_error("index " + std::to_string(index) + " is out of bounds for axis " + std::to_string(axis) +
                        " with size " + std::to_string(n));
    if (index < 0) index += n;
    newshape[static_cast<size_t>(axis)] -= 1;
    ArrayPtr out = new_array(newshape, arr->dtype, s.order == 'F');
    set_index(out, along(nd, axis, sl(std::nullopt, index)), get_index(arr, along(nd, axis, sl(std::nullopt, index))));
    set_index(out, along(nd, axis, sl(index, std::nullopt)), get_index(arr, along(nd, axis, sl(index + 1, std::nullopt))));
    return wrap_array(out);
  }
  ArrayPtr keep;
  if (idx->dtype == DType::Bool) {
    if (idx->ndim() != 1 || idx->shape[0] != n)
      raise_value_error("boolean array argument obj to delete must be one dimensional and match the axis length of " +
                        std::to_string(n));
    keep = new_array({n}, DType::Bool);
    int64_t i = 0;
    for_each_offset(idx->shape, idx->strides, idx->offset,
                    [&](int64_t p) { keep->data()[i++] = idx->buffer->data()[p] == 0; });
  } else {
    keep = new_array({n}, DType::Bool);
    std::memset(keep->data(), 1, static_cast<size_t>(n));
    // keep[obj,] = False
    set_index(keep, {IndexItem::make_array(idx)}, array_from_scalar(Scalar::from_bool(false)));
  }
  return wrap_array(get_index(arr, along(nd, axis, IndexItem::make_array(keep))));
}

ObjPtr resize_function(const BoundArgs& b) {
  Shape new_shape;
  if (is_int(b[1]) || (is_numpy_scalar(b[1]) && has_index(b[1]))) new_shape = {to_int64(b[1])};
  else new_shape = to_shape(b[1]);
  ArrayPtr a = ravel(to_array(b[0]), 'C');
  int64_t new_size = 1;
  for (int64_t d : new_shape) {
    new_size *= d;
    if (d < 0) raise_value_error("all elements of `new_shape` must be non-negative");
  }
  if (a->size() == 0 || new_size == 0) return wrap_array(empty_like(a, std::nullopt, 'K', new_shape));
  const int64_t repeats = (new_size + a->size() - 1) / a->size();
  ArrayPtr c = concatenate(std::vector<ArrayPtr>(static_cast<size_t>(repeats), a), 0);
  c = basic_index(c, {BasicIndex::make_slice({std::nullopt, new_size, std::nullopt})});
  return wrap_array(reshape(c, new_shape));
}

// ndarray.resize(new_shape, refcheck=True): in place, NumPy's PyArray_Resize rules.
ObjPtr resize_method(Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) {
  bool refcheck = true;
  for (const KwArg& k : kwargs) {
    if (k.name == "refcheck") refcheck = is_true(k.value);
    else raise_type_error("'" + k.name + "' is an invalid keyword argument for this function");
  }
  Shape shape;
  if (args.size() == 1 && is_none(args[0])) return None();
  if (args.size() == 1 && !is_int(args[0]) && !is_numpy_scalar(args[0])) shape = to_shape(args[0]);
  else
    for (const ObjPtr& o : args) shape.push_back(to_int64(o));
  if (args.size() == 0) return None();
  const ArrayPtr& a = array_of(self);
  int64_t newsize = 1;
  for (int64_t d : shape) {
    if (d < 0) raise_value_error("negative dimensions not allowed");
    if (d != 0 && newsize > INT64_MAX / d) raise_value_error("newsize would overflow");
    newsize *= d;
  }
  if (!a->is_c_contiguous() && !a->is_f_contiguous()) raise_value_error("resize only works on single-segment arrays");
  const int64_t oldsize = a->size();
  if (oldsize != newsize) {
    if (a->base) raise_value_error("cannot resize this array: it does not own its data");
    // Python references beyond the caller's name, or arrays viewing this one (they hold its
    // ArrayPtr as their base): NumPy's refcount test.
    if (refcheck && (self->refcount() > 3 || a.use_count() > 1))
      raise_value_error("cannot resize an array that references or is referenced\nby another array in this way.\n"
                        "Use the np.resize function or refcheck=False");
  }
  if (!a->writeable) raise_value_error("cannot resize this array: it is not writeable");
  const bool fortran = a->is_f_contiguous() && !a->is_c_contiguous();
  ArrayPtr fresh = new_array(shape, a->dtype, fortran);
  const int64_t keep = std::min(oldsize, newsize) * a->itemsize();
  if (keep > 0) std::memcpy(fresh->data(), a->data(), static_cast<size_t>(keep));  // raw memory order, as realloc
  a->buffer = fresh->buffer;
  a->offset = fresh->offset;
  a->shape = fresh->shape;
  a->strides = fresh->strides;
  return None();
}

std::vector<int64_t> kth_arg(const ObjPtr& o) {
  if (is_bool(o) || (is_ndarray(o) && array_of(o)->dtype == DType::Bool))
    raise_value_error("Booleans unacceptable as partition index");
  ArrayPtr k = to_array(o);
  if (!dtype_is_integer(k->dtype)) raise_type_error("Partition index must be integer");
  if (k->ndim() > 1) raise_value_error("kth array must have dimension <= 1");
  std::vector<int64_t> v;
  for_each_offset(k->shape, k->strides, k->offset,
                  [&](int64_t p) { v.push_back(Scalar::load(k->buffer->data() + p, k->dtype).as_int64()); });
  return v;
}

void check_partition_kind(const BoundArgs& b, size_t i) {
  if (b.given(i) && to_str(b[i], "kind") != "introselect")
    raise_value_error("select kind must be 'introselect' (got " + repr(b[i]) + ")");
}

std::optional<int64_t> axis_or_none(const BoundArgs& b, size_t i, int64_t dflt) {
  if (!b.has(i)) return dflt;
  if (is_none(b[i])) return std::nullopt;
  return to_int64(b[i]);
}

void init_manip(Interpreter&, ModuleObject& m) {
  def(m, "insert", {"arr", "obj", "values", "axis="}, insert_impl);
  def(m, "delete", {"arr", "obj", "axis="}, delete_impl);
  def(m, "append", {"arr", "values", "axis="}, [](const BoundArgs& b) {
    ArrayPtr arr = to_array(b[0]);
    ArrayPtr values = to_array(b[1]);
    if (!b.given(2)) {
      if (arr->ndim() != 1) arr = ravel(arr, 'C');
      values = ravel(values, 'C');
      return wrap_array(concatenate({arr, values}, arr->ndim() - 1));
    }
    return wrap_array(concatenate({arr, values}, to_int64(b[2])));
  });
  def(m, "resize", {"a", "new_shape"}, resize_function);
  if (!type_lookup(ndarray_type, "resize")) add_method(ndarray_type, "resize", resize_method);
  def(m, "rot90", {"m", "k=", "axes="}, [](const BoundArgs& b) {
    std::vector<int64_t> axes{0, 1};
    if (b.given(2)) axes = to_axes(b[2]);
    return wrap_array(rot90(to_array(b[0]), b.given(1) ? to_int64(b[1]) : 1, axes));
  });
  def(m, "rollaxis", {"a", "axis", "start="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    const int64_t n = a->ndim();
    int64_t axis = normalize_axis(to_int64(b[1]), static_cast<int>(n));
    int64_t start = b.given(2) ? to_int64(b[2]) : 0;
    const int64_t start_in = start;
    if (start < 0) start += n;
    if (!(0 <= start && start < n + 1))
      raise_axis_error("'start' arg requires " + std::to_string(-n) + " <= start < " + std::to_string(n + 1) +
                       ", but " + std::to_string(start_in) + " was passed in");
    if (axis < start) --start;
    if (axis == start) return wrap_array(basic_index(a, {BasicIndex::make_ellipsis()}));
    std::vector<int64_t> axes;
    for (int64_t i = 0; i < n; ++i)
      if (i != axis) axes.push_back(i);
    axes.insert(axes.begin() + start, axis);
    return wrap_array(transpose(a, &axes));
  });
  def(m, "partition", {"a", "kth", "axis=", "kind=", "order="}, [](const BoundArgs& b) {
    check_partition_kind(b, 3);
    return wrap_array(partition(to_array(b[0]), kth_arg(b[1]), axis_or_none(b, 2, -1)));
  });
  def(m, "argpartition", {"a", "kth", "axis=", "kind=", "order="}, [](const BoundArgs& b) {
    check_partition_kind(b, 3);
    return wrap_array(argpartition(to_array(b[0]), kth_arg(b[1]), axis_or_none(b, 2, -1)));
  });
  static const Signature part_sig("partition", {"kth", "axis=", "kind=", "order="});
  if (!type_lookup(ndarray_type, "partition"))
    add_method(ndarray_type, "partition", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
      BoundArgs b = part_sig.bind(a, k);
      check_partition_kind(b, 2);
      partition_inplace(array_of(self), kth_arg(b[0]), b.given(1) ? to_int64(b[1]) : -1);
      return None();
    });
  static const Signature argpart_sig("argpartition", {"kth", "axis=", "kind=", "order="});
  if (!type_lookup(ndarray_type, "argpartition"))
    add_method(ndarray_type, "argpartition", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
      BoundArgs b = argpart_sig.bind(a, k);
      check_partition_kind(b, 2);
      return wrap_array(argpartition(array_of(self), kth_arg(b[0]), axis_or_none(b, 1, -1)));
    });
}

}  // namespace

const char kArrayApiPy[] =
#include "py/numpy_array_api.py.inc"
    ;

void register_numpy_manip() {
  register_numpy_part("numpy", init_manip);
  // concat, permute_dims, unstack, matrix_transpose, vecdot, ...: py/numpy_array_api.py
  register_numpy_part("numpy", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kArrayApiPy); });
}

}  // namespace sl
