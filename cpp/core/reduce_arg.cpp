// reduce_arg.cpp — argmax / argmin (PyArray_ArgMax: the axis is moved last, each line
// scanned; first occurrence wins, and for floats the first NaN wins, exactly as NumPy's
// @TYPE@_argmax loops: `!(x <= best)` is true for NaN).
#include <string>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/reduce.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

template <class T, bool Max>
int64_t arg_line(const uint8_t* p, int64_t n, int64_t stride) {
  auto at = [&](int64_t i) {
    T v;
    std::memcpy(&v, p + i * stride, sizeof(T));
    return v;
  };
  T best = at(0);
  int64_t bi = 0;
  if constexpr (std::is_floating_point_v<T>) {
    if (best != best) return 0;
  }
  for (int64_t i = 1; i < n; ++i) {
    const T v = at(i);
    bool take;
    if constexpr (std::is_same_v<T, bool>) take = Max ? (v && !best) : (!v && best);
    else if constexpr (Max) take = !(v <= best);
    else take = !(v >= best);
    if (take) {
      best = v;
      bi = i;
      if constexpr (std::is_floating_point_v<T>) {
        if (best != best) break;
      }
    }
  }
  return bi;
}

template <bool Max>
ArrayPtr arg_reduce(const ArrayPtr& a_in, std::optional<int64_t> axis, ArrayPtr out, bool keepdims) {
  const char* name = Max ? "argmax" : "argmin";
  ArrayPtr a = a_in;
  int ax;
  Shape rshape;
  if (!axis) {
    a = ravel(a_in, 'C');
    ax = 0;
    if (keepdims) rshape.assign(a_in->ndim(), 1);
  } else {
    if (a->ndim() == 0) a = ravel(a_in, 'C');  // PyArray_CheckAxis: a 0-d array acts as 1-d
    ax = normalize_axis(*axis, a->ndim());
    for (int k = 0; k < a->ndim(); ++k) {
      if (k != ax) rshape.push_back(a->shape[k]);
      else if (keepdims) rshape.push_back(1);
    }
  }
  const int64_t n = a->ndim() == 0 ? 1 : a->shape[ax];
  if (n == 0) raise_value_error(std::string("attempt to get ") + name + " of an empty sequence");
  if (out) {
    if (out->shape != rshape || out->dtype != DType::Int64)
      raise_value_error("output array does not match result of np." + std::string(name) + ".");
  }
  ArrayPtr r = new_array(rshape, DType::Int64);
  if (a->ndim() > 0) {
    // The other axes, in order, and the line stride.
    Shape oshape;
    Strides ostr;
    for (int k = 0; k < a->ndim(); ++k)
      if (k != ax) {
        oshape.push_back(a->shape[k]);
        ostr.push_back(a->strides[k]);
      }
    const int64_t ls = a->strides[ax];
    int64_t* dst = reinterpret_cast<int64_t*>(r->data());
    const uint8_t* base = a->buffer->data();
    visit_dtype(a->dtype, [&](auto tag) {
      using T = decltype(tag);
      int64_t i = 0;
      for_each_offset(oshape, ostr, a->offset,
                      [&](int64_t p) { dst[i++] = arg_line<T, Max>(base + p, n, ls); });
    });
  }
  if (out) {
    for_each_offset2(out->shape, out->strides, out->offset, r->strides, r->offset,
                     [&](int64_t po, int64_t pr) {
                       std::memcpy(out->buffer->data() + po, r->buffer->data() + pr, 8);
                     });
    return out;
  }
  return r;
}

}  // namespace

ArrayPtr argmax(const ArrayPtr& a, std::optional<int64_t> axis, ArrayPtr out, bool keepdims) {
  return arg_reduce<true>(a, axis, out, keepdims);
}
ArrayPtr argmin(const ArrayPtr& a, std::optional<int64_t> axis, ArrayPtr out, bool keepdims) {
  return arg_reduce<false>(a, axis, out, keepdims);
}

}  // namespace sl
