#include "core/correlate.hpp"

#include <complex>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/ufunc_loops.hpp"
#include "core/views.hpp"

namespace sl {
namespace {
using namespace loops;

int parse_mode(const std::string& mode) {
  if (mode == "valid" || mode == "v") return 0;
  if (mode == "same" || mode == "s") return 1;
  if (mode == "full" || mode == "f") return 2;
  raise_value_error("mode must be one of 'valid', 'same', or 'full' (got '" + mode + "')");
}

// PyArray_FromAny(op, ..., 1, 1, NPY_ARRAY_DEFAULT): a contiguous 1-d array of dtype t.
ArrayPtr as_1d(const ArrayPtr& a, DType t) {
  if (a->ndim() > 1) raise_value_error("object too deep for desired array");
  ArrayPtr r = astype(a, t, 'C');
  return a->ndim() == 0 ? reshape(r, {1}) : r;
}

template <class T>
T dot(const T* x, const T* y, int64_t n) {
  if constexpr (is_bool<T>) {
    bool s = false;
    for (int64_t i = 0; i < n; ++i) s = s || (x[i] && y[i]);
    return s;
  } else {
    T s = 0;
    for (int64_t i = 0; i < n; ++i) {
      if constexpr (is_int<T>) s = wrap_add(s, wrap_mul(x[i], y[i]));
      else s += x[i] * y[i];
    }
    return s;
  }
}

// _pyarray_correlate for contiguous inputs with n1 >= n2.
template <class T>
void correlate_loops(const T* ip1, int64_t n1, const T* k, int64_t n2, int mode, T* op) {
  int64_t n_left = 0, n_right = 0;
  if (mode == 1) {
    n_left = n2 / 2;
    n_right = n2 - n_left - 1;
  } else if (mode == 2) {
    n_left = n_right = n2 - 1;
  }
  const T* ip2 = k + n_left;
  int64_t n = n2 - n_left;
  for (int64_t i = 0; i < n_left; ++i) {
    *op++ = dot(ip1, ip2, n);
    ++n;
    --ip2;
  }
  for (int64_t i = 0; i < n1 - n2 + 1; ++i) *op++ = dot(ip1++, ip2, n);
  for (int64_t i = 0; i < n_right; ++i) {
    --n;
    *op++ = dot(ip1++, ip2, n);
  }
}

// reverse_when_swapped: np.correlate (correlate2), which also conjugates a complex v;
// np.convolve's old correlate does neither.
ArrayPtr correlate_impl(ArrayPtr a, ArrayPtr v, int mode, bool reverse_when_swapped) {
  const DType t = promote_types(a->dtype, v->dtype);
  a = as_1d(a, t);
  v = as_1d(v, t);
  if (reverse_when_swapped && dtype_is_complex(t)) {
    v = copy_array(v, 'C');
    const int64_t nv = v->size();
    if (t == DType::Complex128) {
      auto* p = reinterpret_cast<std::complex<double>*>(v->data());
      for (int64_t i = 0; i < nv; ++i) p[i] = std::conj(p[i]);
    } else {
      auto* p = reinterpret_cast<std::complex<float>*>(v->data());
      for (int64_t i = 0; i < nv; ++i) p[i] = std::conj(p[i]);
    }
  }
  if (a->size() == 0) raise_value_error("first array argument cannot be empty");
  if (v->size() == 0) raise_value_error("second array argument cannot be empty");
  bool inverted = false;
  if (a->size() < v->size()) {
    std::swap(a, v);
    inverted = true;
  }
  const int64_t n1 = a->size(), n2 = v->size();
  int64_t length = n1;
  if (mode == 0) length = n1 - n2 + 1;
  else if (mode == 2) length = n1 + n2 - 1;
  ArrayPtr r = new_array({length}, t);
  auto run = [&](auto tag) {
    using T = decltype(tag);
    correlate_loops<T>(reinterpret_cast<const T*>(a->data()), n1, reinterpret_cast<const T*>(v->data()), n2, mode,
                       reinterpret_cast<T*>(r->data()));
  };
  if (t == DType::Complex128) run(std::complex<double>());
  else if (t == DType::Complex64) run(std::complex<float>());
  else visit_dtype(t, run);
  if (inverted && reverse_when_swapped)
    r = copy_array(basic_index(r, {BasicIndex::make_slice({std::nullopt, std::nullopt, -1})}), 'C');
  return r;
}

}  // namespace

ArrayPtr correlate(const ArrayPtr& a, const ArrayPtr& v, const std::string& mode) {
  return correlate_impl(a, v, parse_mode(mode), true);
}

ArrayPtr convolve(const ArrayPtr& a_in, const ArrayPtr& v_in, const std::string& mode) {
  ArrayPtr a = a_in, v = v_in;
  if (a->ndim() > 1 || v->ndim() > 1) raise_value_error("object too deep for desired array");
  const int64_t la = a->ndim() == 0 ? 1 : a->shape[0], lv = v->ndim() == 0 ? 1 : v->shape[0];
  if (lv > la) std::swap(a, v);
  if (std::max(la, lv) == 0) raise_value_error("a cannot be empty");
  if (std::min(la, lv) == 0) raise_value_error("v cannot be empty");
  const int m = parse_mode(mode);
  ArrayPtr vv = v->ndim() == 0 ? reshape(v, {1}) : v;
  ArrayPtr rev = basic_index(vv, {BasicIndex::make_slice({std::nullopt, std::nullopt, -1})});
  return correlate_impl(a, rev, m, false);
}

}  // namespace sl
