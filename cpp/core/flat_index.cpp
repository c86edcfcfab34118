#include "core/flat_index.hpp"

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

Shape checked_dims(const Shape& dims) {
  for (int64_t d : dims)
    if (d < 0) raise_value_error("negative dimensions are not allowed");
  return dims;
}

// Index arrays become int64 values; only bool and integer dtypes are accepted.
std::vector<int64_t> int_values(const ArrayPtr& a) {
  if (!dtype_is_integer(a->dtype) && a->dtype != DType::Bool) raise_type_error("only int indices permitted");
  std::vector<int64_t> v;
  v.reserve(alloc_count(a->size()));
  const uint8_t* b = a->buffer->data();
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
    const Scalar s = Scalar::load(b + p, a->dtype);
    // uint64 beyond int64 would not fit intp: NumPy refuses the cast
    if (s.dtype == DType::UInt64 && s.v.u > static_cast<uint64_t>(INT64_MAX))
      raise_type_error("only int indices permitted");
    v.push_back(s.as_int64());
  });
  return v;
}

}  // namespace

ArrayPtr indices_dense(const Shape& dims_in, DType dtype) {
  const Shape dims = checked_dims(dims_in);
  const int n = static_cast<int>(dims.size());
  Shape shape{static_cast<int64_t>(n)};
  shape.insert(shape.end(), dims.begin(), dims.end());
  ArrayPtr res = new_array(shape, dtype);
  const int64_t per = shape_size(dims);
  const int isz = res->itemsize();
  std::vector<int64_t> idx(alloc_count(n, sizeof(int64_t)), 0);
  for (int k = 0; k < n; ++k) {
    uint8_t* out = res->data() + k * per * isz;
    std::fill(idx.begin(), idx.end(), 0);
    for (int64_t e = 0; e < per; ++e) {
      Scalar::from_int(idx[static_cast<size_t>(k)]).cast(dtype).store(out + e * isz);
      for (int d = n - 1; d >= 0; --d) {
        if (++idx[static_cast<size_t>(d)] < dims[static_cast<size_t>(d)]) break;
        idx[static_cast<size_t>(d)] = 0;
      }
    }
  }
  return res;
}

std::vector<ArrayPtr> indices_sparse(const Shape& dims_in, DType dtype) {
  const Shape dims = checked_dims(dims_in);
  const int n = static_cast<int>(dims.size());
  std::vector<ArrayPtr> out;
  for (int k = 0; k < n; ++k) {
    Shape s(static_cast<size_t>(n), 1);
    s[static_cast<size_t>(k)] = dims[static_cast<size_t>(k)];
    ArrayPtr a = new_array({dims[static_cast<size_t>(k)]}, dtype);
    for (int64_t i = 0; i < a->size(); ++i)
      Scalar::from_int(i).cast(dtype).store(a->data() + i * a->itemsize());
    out.push_back(reshape(a, s));  // arange(dim).reshape(...): a view, as NumPy
  }
  return out;
}

std::vector<ArrayPtr> unravel_index(const ArrayPtr& indices, const Shape& dims_in, char order) {
  const Shape dims = checked_dims(dims_in);
  const std::vector<int64_t> v = int_values(indices);
  int64_t size = 1;
  for (int64_t d : dims) {
    if (d != 0 && size > INT64_MAX / d)
      raise_value_error("dimensions are too large; arrays and shapes with a total size larger than 'intp' are not supported.");
    size *= d;
  }
  // NumPy fills one (..., ndim) array and returns its last-axis slices (views).
  const int n = static_cast<int>(dims.size());
  Shape rshape = indices->shape;
  rshape.push_back(n);
  ArrayPtr ret = new_array(rshape, DType::Int64);
  int64_t* r = reinterpret_cast<int64_t*>(ret->data());
  for (size_t e = 0; e < v.size(); ++e) {
    int64_t f = v[e];
    if (f < 0 || f >= size)
      raise_value_error("index " + std::to_string(f) + " is out of bounds for array with size " + std::to_string(size));
    for (int j = 0; j < n; ++j) {
      const int d = order == 'F' ? j : n - 1 - j;
      const int64_t dim = dims[static_cast<size_t>(d)];
      r[e * static_cast<size_t>(n) + static_cast<size_t>(d)] = f % dim;
      f /= dim;
    }
  }
  // NumPy gives ret explicit C strides (no zero strides for an empty result)
  Strides st(indices->shape.size());
  for (size_t k = st.size(), acc = static_cast<size_t>(n) * 8; k-- > 0;) {
    st[k] = static_cast<int64_t>(acc);
    acc *= static_cast<size_t>(indices->shape[k]);
  }
  std::vector<ArrayPtr> out;
  for (int k = 0; k < n; ++k) out.push_back(make_view(ret, ret->offset + k * 8, indices->shape, st, DType::Int64));
  return out;
}

ArrayPtr ravel_multi_index(const std::vector<ArrayPtr>& multi_index, const Shape& dims,
                           const std::vector<std::string>& modes, char order) {
  const int n = static_cast<int>(dims.size());
  if (static_cast<int>(multi_index.size()) != n)
    raise_value_error("parameter multi_index must be a sequence of length " + std::to_string(n));
  int64_t size = 1;
  for (int64_t d : dims) {
    if (d < 0 || (d != 0 && size > INT64_MAX / d))
      raise_value_error("invalid dims: array size defined by dims is larger than the maximum possible size.");
    size *= d;
  }
  std::vector<ArrayPtr> bc = broadcast_arrays(multi_index);
  const Shape shape = bc.empty() ? Shape{} : bc[0]->shape;
  std::vector<std::vector<int64_t>> vals;
  for (const ArrayPtr& a : bc) vals.push_back(int_values(a));
  ArrayPtr out = new_array(shape, DType::Int64);
  int64_t* o = reinterpret_cast<int64_t*>(out->data());
  const int64_t count = out->size();
  for (int64_t e = 0; e < count; ++e) {
    int64_t flat = 0, stride = 1;
    for (int j = 0; j < n; ++j) {
      const int d = order == 'F' ? j : n - 1 - j;
      const int64_t dim = dims[static_cast<size_t>(d)];
      int64_t x = vals[static_cast<size_t>(d)][static_cast<size_t>(e)];
      const std::string& mode = modes[static_cast<size_t>(d)];
      if (x < 0 || x >= dim) {
        if (mode == "wrap") {
          if (dim == 0) raise_value_error("invalid entry in coordinates array");
          x %= dim;
          if (x < 0) x += dim;
        } else if (mode == "clip") {
          x = x < 0 ? 0 : dim - 1;
          if (dim == 0) raise_value_error("invalid entry in coordinates array");
        } else {
          raise_value_error("invalid entry in coordinates array");
        }
      }
      flat += x * stride;
      stride *= dim;
    }
    o[e] = flat;
  }
  return out;
}

}  // namespace sl
