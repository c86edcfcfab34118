// format_test_support.hpp — helpers shared by the printing tests (format_test.cpp,
// format_layout_test.cpp): build exact arrays the way the NumPy expressions in the test
// comments do, and a fixture that resets the global print options around each test.
#pragma once
#include <gtest/gtest.h>

#include <cstdint>
#include <initializer_list>
#include <limits>

#include "core/format_options.hpp"
#include "core/ndarray.hpp"

namespace sl {
namespace format_test {

inline const double kNaN = std::numeric_limits<double>::quiet_NaN();
inline const double kInf = std::numeric_limits<double>::infinity();

// A contiguous 1-d array holding `vals` converted to `dt` (values are exact for dt).
template <class T>
ArrayPtr values_root(DType dt, std::initializer_list<T> vals) {
  ArrayPtr a = new_array({static_cast<int64_t>(vals.size())}, dt);
  uint8_t* p = a->buffer->data();
  for (T v : vals) {
    Scalar s;
    if (dtype_is_float(dt)) s = Scalar::from_double(static_cast<double>(v), dt);
    else if (dt == DType::Bool) s = Scalar::from_bool(v != 0);
    else if (dtype_is_unsigned(dt)) s = Scalar::from_uint(static_cast<uint64_t>(v), dt);
    else s = Scalar::from_int(static_cast<int64_t>(v), dt);
    s.store(p);
    p += dtype_itemsize(dt);
  }
  return a;
}

// np.arange(n, dtype) [* factor] [+ offset], computed in dt's arithmetic as NumPy does
// (factor 0 means none; offset applies to uint64 only).
inline ArrayPtr arange_root(DType dt, int64_t n, double factor, uint64_t offset) {
  ArrayPtr a = new_array({n}, dt);
  uint8_t* p = a->buffer->data();
  for (int64_t i = 0; i < n; ++i, p += dtype_itemsize(dt)) {
    Scalar s;
    if (dt == DType::Float32) {
      float v = static_cast<float>(i);
      if (factor != 0) v = v * static_cast<float>(factor);
      s = Scalar::from_double(v, dt);
    } else if (dt == DType::Float64) {
      double v = static_cast<double>(i);
      if (factor != 0) v = v * factor;
      s = Scalar::from_double(v, dt);
    } else if (dt == DType::UInt64) {
      s = Scalar::from_uint(static_cast<uint64_t>(i) + offset, dt);
    } else {
      s = Scalar::from_int(i, dt);
    }
    s.store(p);
  }
  return a;
}

inline ArrayPtr view(const ArrayPtr& root, int64_t offset, Shape shape, Strides strides) {
  return make_view(root, offset, std::move(shape), std::move(strides), root->dtype);
}

inline PrintOptions& opts() { return print_options(); }

// Default print options before and after every test.
class FormatArray : public ::testing::Test {
 protected:
  void SetUp() override { print_options() = PrintOptions(); }
  void TearDown() override { print_options() = PrintOptions(); }
};

}  // namespace format_test
}  // namespace sl
