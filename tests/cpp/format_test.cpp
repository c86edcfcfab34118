// format_test.cpp — element formatting against NumPy: dtypes, floats (Dragon4,
// notation switch, padding, nan/inf, print options), scalars, format_float_*.
//
// Every expected array string below was generated once by CPython + NumPy 1.24
// (repr(a), str(a), np.array2string, np.format_float_*) with the print options shown, and
// embedded verbatim: stridelab must reproduce it byte for byte. Scalar reprs follow
// NumPy 2 (NEP 51, 'np.float64(1.5)'), which 1.24 does not print: those expectations are
// NumPy 1.24's str() of the same scalar wrapped as np.<type>(...).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "core/errors.hpp"
#include "core/format_array.hpp"
#include "core/format_float.hpp"
#include "core/format_options.hpp"
#include "core/format_scalar.hpp"
#include "format_test_support.hpp"

using namespace sl;
using namespace sl::format_test;

// a = np.array([1, 2, 3])
TEST_F(FormatArray, Int64Vector) {
  ArrayPtr root = values_root<int64_t>(DType::Int64, {1, 2, 3});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1, 2, 3]))np");
  EXPECT_EQ(array_str(*a), R"np([1 2 3])np");
}

// a = np.array([1, 2, 3], np.int32)
TEST_F(FormatArray, Int32Vector) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {1, 2, 3});
  ArrayPtr a = view(root, 0, {3}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([1, 2, 3], dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([1 2 3])np");
}

// a = (np.array([1, 2, 3, 4], np.int32)).reshape(2, 2)
TEST_F(FormatArray, Int32Matrix) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {1, 2, 3, 4});
  ArrayPtr a = view(root, 0, {2, 2}, {8, 4});
  EXPECT_EQ(array_repr(*a), R"np(array([[1, 2],
       [3, 4]], dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([[1 2]
 [3 4]])np");
}

// a = np.array([True, False])
TEST_F(FormatArray, BoolVector) {
  ArrayPtr root = values_root<int64_t>(DType::Bool, {1, 0});
  ArrayPtr a = view(root, 0, {2}, {1});
  EXPECT_EQ(array_repr(*a), R"np(array([ True, False]))np");
  EXPECT_EQ(array_str(*a), R"np([ True False])np");
}

// a = (np.array([True, False, True])).reshape(3, 1)
TEST_F(FormatArray, BoolColumn) {
  ArrayPtr root = values_root<int64_t>(DType::Bool, {1, 0, 1});
  ArrayPtr a = view(root, 0, {3, 1}, {1, 1});
  EXPECT_EQ(array_repr(*a), R"np(array([[ True],
       [False],
       [ True]]))np");
  EXPECT_EQ(array_str(*a), R"np([[ True]
 [False]
 [ True]])np");
}

// a = np.array(5)
TEST_F(FormatArray, ZeroDimInt64) {
  ArrayPtr root = values_root<int64_t>(DType::Int64, {5});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([5]))np");
  EXPECT_EQ(array_str(*a), R"np([5])np");
}

// a = np.array(7, np.uint8)
TEST_F(FormatArray, ZeroDimUInt8) {
  ArrayPtr root = values_root<uint64_t>(DType::UInt8, {7u});
  ArrayPtr a = view(root, 0, {1}, {1});
  EXPECT_EQ(array_repr(*a), R"np(array([7], dtype=uint8))np");
  EXPECT_EQ(array_str(*a), R"np([7])np");
}

// a = np.array(True)
TEST_F(FormatArray, ZeroDimBool) {
  ArrayPtr root = values_root<int64_t>(DType::Bool, {1});
  ArrayPtr a = view(root, 0, {1}, {1});
  EXPECT_EQ(array_repr(*a), R"np(array([ True]))np");
  EXPECT_EQ(array_str(*a), R"np([ True])np");
}

// a = np.array(1.0)
TEST_F(FormatArray, ZeroDimFloat64Whole) {
  ArrayPtr root = values_root<double>(DType::Float64, {1.0});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.]))np");
  EXPECT_EQ(array_str(*a), R"np([1.])np");
}

// a = np.array(-0.0)
TEST_F(FormatArray, ZeroDimFloat64NegZero) {
  ArrayPtr root = values_root<double>(DType::Float64, {-0.0});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([-0.]))np");
  EXPECT_EQ(array_str(*a), R"np([-0.])np");
}

// a = np.array(nan)
TEST_F(FormatArray, ZeroDimFloat64Nan) {
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([nan]))np");
  EXPECT_EQ(array_str(*a), R"np([nan])np");
}

// a = np.array(1e16)
TEST_F(FormatArray, ZeroDimFloat64Big) {
  ArrayPtr root = values_root<double>(DType::Float64, {1e+16});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e+16]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e+16])np");
}

// a = np.array(0.1, np.float32)
TEST_F(FormatArray, ZeroDimFloat32) {
  ArrayPtr root = values_root<double>(DType::Float32, {0.10000000149011612});
  ArrayPtr a = view(root, 0, {1}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([0.1], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([0.1])np");
}

// a = np.array(0.123456789012)
TEST_F(FormatArray, ZeroDimFloat64Precision) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.123456789012});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0.12345679]))np");
  EXPECT_EQ(array_str(*a), R"np([0.12345679])np");
}

// a = np.array([-128, 127, 0], np.int8)
TEST_F(FormatArray, Int8Limits) {
  ArrayPtr root = values_root<int64_t>(DType::Int8, {-128, 127, 0});
  ArrayPtr a = view(root, 0, {3}, {1});
  EXPECT_EQ(array_repr(*a), R"np(array([-128,  127,    0], dtype=int8))np");
  EXPECT_EQ(array_str(*a), R"np([-128  127    0])np");
}

// a = np.array([0, 65535], np.uint16)
TEST_F(FormatArray, UInt16Limits) {
  ArrayPtr root = values_root<uint64_t>(DType::UInt16, {0u, 65535u});
  ArrayPtr a = view(root, 0, {2}, {2});
  EXPECT_EQ(array_repr(*a), R"np(array([    0, 65535], dtype=uint16))np");
  EXPECT_EQ(array_str(*a), R"np([    0 65535])np");
}

// a = np.array([-2**31, 2**31 - 1], np.int32)
TEST_F(FormatArray, Int32Limits) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {-2147483648, 2147483647});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([-2147483648,  2147483647], dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([-2147483648  2147483647])np");
}

// a = np.array([2**32 - 1, 5], np.uint32)
TEST_F(FormatArray, UInt32Max) {
  ArrayPtr root = values_root<uint64_t>(DType::UInt32, {4294967295u, 5u});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([4294967295,          5], dtype=uint32))np");
  EXPECT_EQ(array_str(*a), R"np([4294967295          5])np");
}

// a = np.array([-2**63, 2**63 - 1])
TEST_F(FormatArray, Int64Limits) {
  ArrayPtr root = values_root<int64_t>(DType::Int64, {INT64_MIN, 9223372036854775807});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([-9223372036854775808,  9223372036854775807]))np");
  EXPECT_EQ(array_str(*a), R"np([-9223372036854775808  9223372036854775807])np");
}

// a = np.array([0, 2**63, 2**64 - 1], np.uint64)
TEST_F(FormatArray, UInt64Huge) {
  ArrayPtr root = values_root<uint64_t>(DType::UInt64, {0u, 9223372036854775808ull, 18446744073709551615ull});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([                   0,  9223372036854775808, 18446744073709551615],
      dtype=uint64))np");
  EXPECT_EQ(array_str(*a), R"np([                   0  9223372036854775808 18446744073709551615])np");
}

// a = (np.array([-7, 12, 300, -4000, 5, 6], np.int16)).reshape(2, 3)
TEST_F(FormatArray, Int16MixedWidths) {
  ArrayPtr root = values_root<int64_t>(DType::Int16, {-7, 12, 300, -4000, 5, 6});
  ArrayPtr a = view(root, 0, {2, 3}, {6, 2});
  EXPECT_EQ(array_repr(*a), R"np(array([[   -7,    12,   300],
       [-4000,     5,     6]], dtype=int16))np");
  EXPECT_EQ(array_str(*a), R"np([[   -7    12   300]
 [-4000     5     6]])np");
}

// a = np.array([0.1, 0.2], np.float32)
TEST_F(FormatArray, Float32Tenths) {
  ArrayPtr root = values_root<double>(DType::Float32, {0.10000000149011612, 0.20000000298023224});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([0.1, 0.2], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([0.1 0.2])np");
}

// a = np.array([1., 2., 3.])
TEST_F(FormatArray, Float64Wholes) {
  ArrayPtr root = values_root<double>(DType::Float64, {1.0, 2.0, 3.0});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1., 2., 3.]))np");
  EXPECT_EQ(array_str(*a), R"np([1. 2. 3.])np");
}

// a = np.array([0., 1.5, -2.25])
TEST_F(FormatArray, Float64Mixed) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.0, 1.5, -2.25});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([ 0.  ,  1.5 , -2.25]))np");
  EXPECT_EQ(array_str(*a), R"np([ 0.    1.5  -2.25])np");
}

// a = np.array([1e16, 1.0])
TEST_F(FormatArray, SciForLargeMax) {
  ArrayPtr root = values_root<double>(DType::Float64, {1e+16, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e+16, 1.e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e+16 1.e+00])np");
}

// a = np.array([1e8, 1.0])
TEST_F(FormatArray, SciAt1e8) {
  ArrayPtr root = values_root<double>(DType::Float64, {100000000.0, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e+08, 1.e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e+08 1.e+00])np");
}

// a = np.array([99999999., 1.0])
TEST_F(FormatArray, PositionalBelow1e8) {
  ArrayPtr root = values_root<double>(DType::Float64, {99999999.0, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([9.9999999e+07, 1.0000000e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([9.9999999e+07 1.0000000e+00])np");
}

// a = np.array([1e-4, 1.0])
TEST_F(FormatArray, SciForSmallMin) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.0001, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e-04, 1.e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e-04 1.e+00])np");
}

// a = np.array([0.001, 1.0])
TEST_F(FormatArray, RatioExactly1000) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.001, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0.001, 1.   ]))np");
  EXPECT_EQ(array_str(*a), R"np([0.001 1.   ])np");
}

// a = np.array([0.001, 1.0001])
TEST_F(FormatArray, RatioAbove1000) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.001, 1.0001});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.0000e-03, 1.0001e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([1.0000e-03 1.0001e+00])np");
}

// a = np.array([nan, inf, -inf])
TEST_F(FormatArray, NanInf) {
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN, kInf, -kInf});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([ nan,  inf, -inf]))np");
  EXPECT_EQ(array_str(*a), R"np([ nan  inf -inf])np");
}

// a = np.array([nan])
TEST_F(FormatArray, OnlyNan) {
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([nan]))np");
  EXPECT_EQ(array_str(*a), R"np([nan])np");
}

// a = np.array([-inf, 1.5])
TEST_F(FormatArray, NegInfAndFinite) {
  ArrayPtr root = values_root<double>(DType::Float64, {-kInf, 1.5});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([-inf,  1.5]))np");
  EXPECT_EQ(array_str(*a), R"np([-inf  1.5])np");
}

// a = np.array([nan, 1e20])
TEST_F(FormatArray, NanWithSci) {
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN, 1e+20});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([   nan, 1.e+20]))np");
  EXPECT_EQ(array_str(*a), R"np([   nan 1.e+20])np");
}

// a = np.array([-0.0, 0.0, 1.0])
TEST_F(FormatArray, NegativeZeros) {
  ArrayPtr root = values_root<double>(DType::Float64, {-0.0, 0.0, 1.0});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([-0.,  0.,  1.]))np");
  EXPECT_EQ(array_str(*a), R"np([-0.  0.  1.])np");
}

// a = np.array([0., 1., 2., 3., 4., 5., 6.]) / 3
TEST_F(FormatArray, Thirds) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.0, 0.3333333333333333, 0.6666666666666666, 1.0, 1.3333333333333333, 1.6666666666666667, 2.0});
  ArrayPtr a = view(root, 0, {7}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0.        , 0.33333333, 0.66666667, 1.        , 1.33333333,
       1.66666667, 2.        ]))np");
  EXPECT_EQ(array_str(*a), R"np([0.         0.33333333 0.66666667 1.         1.33333333 1.66666667
 2.        ])np");
}

// a = np.array([1e-10, 1e10])
TEST_F(FormatArray, TinyAndHuge) {
  ArrayPtr root = values_root<double>(DType::Float64, {1e-10, 10000000000.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e-10, 1.e+10]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e-10 1.e+10])np");
}

// a = np.array([1e-10, 0.123456789])
TEST_F(FormatArray, SciMinDigits) {
  ArrayPtr root = values_root<double>(DType::Float64, {1e-10, 0.123456789});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.00000000e-10, 1.23456789e-01]))np");
  EXPECT_EQ(array_str(*a), R"np([1.00000000e-10 1.23456789e-01])np");
}

// a = np.array([1.5e300, -2.5e-300])
TEST_F(FormatArray, ThreeDigitExponent) {
  ArrayPtr root = values_root<double>(DType::Float64, {1.5e+300, -2.5e-300});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([ 1.5e+300, -2.5e-300]))np");
  EXPECT_EQ(array_str(*a), R"np([ 1.5e+300 -2.5e-300])np");
}

// a = np.array([2.0**-1074, 2.0**-1022])
TEST_F(FormatArray, Denormals) {
  ArrayPtr root = values_root<double>(DType::Float64, {5e-324, 2.2250738585072014e-308});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([4.94065646e-324, 2.22507386e-308]))np");
  EXPECT_EQ(array_str(*a), R"np([4.94065646e-324 2.22507386e-308])np");
}

// a = np.array([67108872., 1.], np.float32)
TEST_F(FormatArray, Float32CoarseGrid) {
  ArrayPtr root = values_root<double>(DType::Float32, {67108872.0, 1.0});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([6.710887e+07, 1.000000e+00], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([6.710887e+07 1.000000e+00])np");
}

// a = np.array([16777217., 3.], np.float32)
TEST_F(FormatArray, Float32Big) {
  ArrayPtr root = values_root<double>(DType::Float32, {16777216.0, 3.0});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([1.6777216e+07, 3.0000000e+00], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([1.6777216e+07 3.0000000e+00])np");
}

// a = np.array([1., 1000.0001], np.float32)
TEST_F(FormatArray, Float32RatioRounds) {
  ArrayPtr root = values_root<double>(DType::Float32, {1.0, 1000.0001220703125});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([1.0000000e+00, 1.0000001e+03], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([1.0000000e+00 1.0000001e+03])np");
}

// a = np.array([1e-4, 1.], np.float32)
TEST_F(FormatArray, Float32SmallMin) {
  ArrayPtr root = values_root<double>(DType::Float32, {9.999999747378752e-05, 1.0});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e-04, 1.e+00], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([1.e-04 1.e+00])np");
}

// a = np.array([1/3, 2/3], np.float32)
TEST_F(FormatArray, Float32Third) {
  ArrayPtr root = values_root<double>(DType::Float32, {0.3333333432674408, 0.6666666865348816});
  ArrayPtr a = view(root, 0, {2}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([0.33333334, 0.6666667 ], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([0.33333334 0.6666667 ])np");
}

// a = np.array([0.1 + 0.2])
TEST_F(FormatArray, PointOnePlusPointTwo) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.30000000000000004});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0.3]))np");
  EXPECT_EQ(array_str(*a), R"np([0.3])np");
}

// a = np.array([1e-9, 1.0]); np.set_printoptions(suppress=True)
TEST_F(FormatArray, SuppressTiny) {
  opts().suppress = true;
  ArrayPtr root = values_root<double>(DType::Float64, {1e-09, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0., 1.]))np");
  EXPECT_EQ(array_str(*a), R"np([0. 1.])np");
}

// a = np.array([1e-20, 1.0, 123.456]); np.set_printoptions(suppress=True)
TEST_F(FormatArray, SuppressMixed) {
  opts().suppress = true;
  ArrayPtr root = values_root<double>(DType::Float64, {1e-20, 1.0, 123.456});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([  0.   ,   1.   , 123.456]))np");
  EXPECT_EQ(array_str(*a), R"np([  0.      1.    123.456])np");
}

// a = np.array([1e-9, 1e9]); np.set_printoptions(suppress=True)
TEST_F(FormatArray, SuppressHugeStillSci) {
  opts().suppress = true;
  ArrayPtr root = values_root<double>(DType::Float64, {1e-09, 1000000000.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.e-09, 1.e+09]))np");
  EXPECT_EQ(array_str(*a), R"np([1.e-09 1.e+09])np");
}

// a = np.array([1.0, 2.5, 0.125]); np.set_printoptions(floatmode='fixed')
TEST_F(FormatArray, FloatmodeFixed) {
  opts().floatmode = "fixed";
  ArrayPtr root = values_root<double>(DType::Float64, {1.0, 2.5, 0.125});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.00000000, 2.50000000, 0.12500000]))np");
  EXPECT_EQ(array_str(*a), R"np([1.00000000 2.50000000 0.12500000])np");
}

// a = np.array([1.0, 2.5, 0.125]); np.set_printoptions(floatmode='maxprec_equal')
TEST_F(FormatArray, FloatmodeMaxprecEqual) {
  opts().floatmode = "maxprec_equal";
  ArrayPtr root = values_root<double>(DType::Float64, {1.0, 2.5, 0.125});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([1.000, 2.500, 0.125]))np");
  EXPECT_EQ(array_str(*a), R"np([1.000 2.500 0.125])np");
}

// a = np.array([np.pi, 1e-3]); np.set_printoptions(floatmode='unique')
TEST_F(FormatArray, FloatmodeUnique) {
  opts().floatmode = "unique";
  ArrayPtr root = values_root<double>(DType::Float64, {3.141592653589793, 0.001});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([3.141592653589793e+00, 1.000000000000000e-03]))np");
  EXPECT_EQ(array_str(*a), R"np([3.141592653589793e+00 1.000000000000000e-03])np");
}

// a = np.array([np.pi, 1e-5]); np.set_printoptions(floatmode='unique')
TEST_F(FormatArray, FloatmodeUniqueSci) {
  opts().floatmode = "unique";
  ArrayPtr root = values_root<double>(DType::Float64, {3.141592653589793, 1e-05});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([3.141592653589793e+00, 1.000000000000000e-05]))np");
  EXPECT_EQ(array_str(*a), R"np([3.141592653589793e+00 1.000000000000000e-05])np");
}

// a = np.array([np.pi, -np.e, 0.0]); np.set_printoptions(sign='+', precision=3)
TEST_F(FormatArray, SignPlus) {
  opts().sign = '+'; opts().precision = 3;
  ArrayPtr root = values_root<double>(DType::Float64, {3.141592653589793, -2.718281828459045, 0.0});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([+3.142, -2.718, +0.   ]))np");
  EXPECT_EQ(array_str(*a), R"np([+3.142 -2.718 +0.   ])np");
}

// a = np.array([np.pi, np.e]); np.set_printoptions(sign=' ')
TEST_F(FormatArray, SignSpace) {
  opts().sign = ' ';
  ArrayPtr root = values_root<double>(DType::Float64, {3.141592653589793, 2.718281828459045});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([ 3.14159265,  2.71828183]))np");
  EXPECT_EQ(array_str(*a), R"np([ 3.14159265  2.71828183])np");
}

// a = np.array([nan, 1.0]); np.set_printoptions(sign='+')
TEST_F(FormatArray, SignPlusNan) {
  opts().sign = '+';
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN, 1.0});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([+nan,  +1.]))np");
  EXPECT_EQ(array_str(*a), R"np([+nan  +1.])np");
}

// a = np.array([1.23456, 100.5]); np.set_printoptions(precision=3)
TEST_F(FormatArray, Precision3) {
  opts().precision = 3;
  ArrayPtr root = values_root<double>(DType::Float64, {1.23456, 100.5});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([  1.235, 100.5  ]))np");
  EXPECT_EQ(array_str(*a), R"np([  1.235 100.5  ])np");
}

// a = np.array([0.5, 1.5, 2.5]); np.set_printoptions(precision=0, floatmode='fixed')
TEST_F(FormatArray, Precision0Fixed) {
  opts().precision = 0; opts().floatmode = "fixed";
  ArrayPtr root = values_root<double>(DType::Float64, {0.5, 1.5, 2.5});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0., 2., 2.]))np");
  EXPECT_EQ(array_str(*a), R"np([0. 2. 2.])np");
}

// a = np.array([nan, -inf, 2.0]); np.set_printoptions(nanstr='NaN', infstr='Infinity')
TEST_F(FormatArray, CustomNanInf) {
  opts().nanstr = "NaN"; opts().infstr = "Infinity";
  ArrayPtr root = values_root<double>(DType::Float64, {kNaN, -kInf, 2.0});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([      NaN, -Infinity,        2.]))np");
  EXPECT_EQ(array_str(*a), R"np([      NaN -Infinity        2.])np");
}

TEST(FormatScalar, StrFromNumpyReprNumpy2) {
  EXPECT_EQ(scalar_str(Scalar::from_double(1.5, DType::Float64)), "1.5");
  EXPECT_EQ(scalar_repr(Scalar::from_double(1.5, DType::Float64)), "np.float64(1.5)");
  EXPECT_EQ(scalar_str(Scalar::from_double(0.1, DType::Float64)), "0.1");
  EXPECT_EQ(scalar_repr(Scalar::from_double(0.1, DType::Float64)), "np.float64(0.1)");
  EXPECT_EQ(scalar_str(Scalar::from_double(1e16, DType::Float64)), "1e+16");
  EXPECT_EQ(scalar_repr(Scalar::from_double(1e16, DType::Float64)), "np.float64(1e+16)");
  EXPECT_EQ(scalar_str(Scalar::from_double(1e-5, DType::Float64)), "1e-05");
  EXPECT_EQ(scalar_repr(Scalar::from_double(1e-5, DType::Float64)), "np.float64(1e-05)");
  EXPECT_EQ(scalar_str(Scalar::from_double(-0.0, DType::Float64)), "-0.0");
  EXPECT_EQ(scalar_repr(Scalar::from_double(-0.0, DType::Float64)), "np.float64(-0.0)");
  EXPECT_EQ(scalar_str(Scalar::from_double(kNaN, DType::Float64)), "nan");
  EXPECT_EQ(scalar_repr(Scalar::from_double(kNaN, DType::Float64)), "np.float64(nan)");
  EXPECT_EQ(scalar_str(Scalar::from_double(kInf, DType::Float64)), "inf");
  EXPECT_EQ(scalar_repr(Scalar::from_double(kInf, DType::Float64)), "np.float64(inf)");
  EXPECT_EQ(scalar_str(Scalar::from_double(-kInf, DType::Float64)), "-inf");
  EXPECT_EQ(scalar_repr(Scalar::from_double(-kInf, DType::Float64)), "np.float64(-inf)");
  EXPECT_EQ(scalar_str(Scalar::from_double(123456789.0, DType::Float64)), "123456789.0");
  EXPECT_EQ(scalar_repr(Scalar::from_double(123456789.0, DType::Float64)), "np.float64(123456789.0)");
  EXPECT_EQ(scalar_str(Scalar::from_double(1e22, DType::Float64)), "1e+22");
  EXPECT_EQ(scalar_repr(Scalar::from_double(1e22, DType::Float64)), "np.float64(1e+22)");
  EXPECT_EQ(scalar_str(Scalar::from_double(0.0001, DType::Float64)), "0.0001");
  EXPECT_EQ(scalar_repr(Scalar::from_double(0.0001, DType::Float64)), "np.float64(0.0001)");
  EXPECT_EQ(scalar_str(Scalar::from_double(static_cast<float>(0.1), DType::Float32)), "0.1");
  EXPECT_EQ(scalar_repr(Scalar::from_double(static_cast<float>(0.1), DType::Float32)), "np.float32(0.1)");
  EXPECT_EQ(scalar_str(Scalar::from_double(static_cast<float>(16777216.0), DType::Float32)), "16777216.0");
  EXPECT_EQ(scalar_repr(Scalar::from_double(static_cast<float>(16777216.0), DType::Float32)), "np.float32(16777216.0)");
  EXPECT_EQ(scalar_str(Scalar::from_double(static_cast<float>(1e-4), DType::Float32)), "1e-04");
  EXPECT_EQ(scalar_repr(Scalar::from_double(static_cast<float>(1e-4), DType::Float32)), "np.float32(1e-04)");
  EXPECT_EQ(scalar_str(Scalar::from_double(static_cast<float>(3.4028234663852886e+38), DType::Float32)), "3.4028235e+38");
  EXPECT_EQ(scalar_repr(Scalar::from_double(static_cast<float>(3.4028234663852886e+38), DType::Float32)), "np.float32(3.4028235e+38)");
  EXPECT_EQ(scalar_str(Scalar::from_double(static_cast<float>(1.0/3), DType::Float32)), "0.33333334");
  EXPECT_EQ(scalar_repr(Scalar::from_double(static_cast<float>(1.0/3), DType::Float32)), "np.float32(0.33333334)");
  EXPECT_EQ(scalar_str(Scalar::from_int(3, DType::Int64)), "3");
  EXPECT_EQ(scalar_repr(Scalar::from_int(3, DType::Int64)), "np.int64(3)");
  EXPECT_EQ(scalar_str(Scalar::from_int(-9223372036854775807 - 1, DType::Int64)), "-9223372036854775808");
  EXPECT_EQ(scalar_repr(Scalar::from_int(-9223372036854775807 - 1, DType::Int64)), "np.int64(-9223372036854775808)");
  EXPECT_EQ(scalar_str(Scalar::from_uint(7, DType::UInt8)), "7");
  EXPECT_EQ(scalar_repr(Scalar::from_uint(7, DType::UInt8)), "np.uint8(7)");
  EXPECT_EQ(scalar_str(Scalar::from_uint(18446744073709551615ull, DType::UInt64)), "18446744073709551615");
  EXPECT_EQ(scalar_repr(Scalar::from_uint(18446744073709551615ull, DType::UInt64)), "np.uint64(18446744073709551615)");
  EXPECT_EQ(scalar_str(Scalar::from_int(-5, DType::Int8)), "-5");
  EXPECT_EQ(scalar_repr(Scalar::from_int(-5, DType::Int8)), "np.int8(-5)");
  EXPECT_EQ(scalar_str(Scalar::from_bool(true)), "True");
  EXPECT_EQ(scalar_str(Scalar::from_bool(false)), "False");
  EXPECT_EQ(scalar_repr(Scalar::from_bool(true)), "np.True_");
  EXPECT_EQ(scalar_repr(Scalar::from_bool(false)), "np.False_");
}

TEST(FormatFloat, MatchesNumpyFormatFloat) {
  Dragon4Options d;
  d = Dragon4Options(); d.precision = 4;  // format_float_positional(np.float64(np.pi), precision=4)
  EXPECT_EQ(format_float_positional(3.141592653589793, false, d), "3.1416");
  d = Dragon4Options();  // format_float_positional(np.float32(np.pi), )
  EXPECT_EQ(format_float_positional(3.1415927410125732, true, d), "3.1415927");
  d = Dragon4Options(); d.unique = false; d.precision = 3;  // format_float_positional(np.float64(0.5), unique=False, precision=3)
  EXPECT_EQ(format_float_positional(0.5, false, d), "0.500");
  d = Dragon4Options();  // format_float_positional(np.float64(1e20), )
  EXPECT_EQ(format_float_positional(1e+20, false, d), "100000000000000000000.");
  d = Dragon4Options(); d.precision = 0;  // format_float_positional(np.float64(2.5), precision=0)
  EXPECT_EQ(format_float_positional(2.5, false, d), "2.");
  d = Dragon4Options(); d.trim = '-'; d.pad_left = 4; d.pad_right = 3;  // format_float_positional(np.float64(1.25), trim='-', pad_left=4, pad_right=3)
  EXPECT_EQ(format_float_positional(1.25, false, d), "   1.25 ");
  d = Dragon4Options(); d.trim = '0';  // format_float_positional(np.float64(123.0), trim='0')
  EXPECT_EQ(format_float_positional(123.0, false, d), "123.0");
  d = Dragon4Options(); d.fractional = false; d.precision = 2;  // format_float_positional(np.float64(0.000123), fractional=False, precision=2)
  EXPECT_EQ(format_float_positional(0.000123, false, d), "0.00012");
  d = Dragon4Options(); d.sign = true;  // format_float_positional(np.float64(-0.0), sign=True)
  EXPECT_EQ(format_float_positional(-0.0, false, d), "-0.");
  d = Dragon4Options(); d.sign = true; d.min_digits = 3;  // format_float_positional(np.float64(1.0), sign=True, min_digits=3)
  EXPECT_EQ(format_float_positional(1.0, false, d), "+1.000");
  d = Dragon4Options(); d.unique = false; d.precision = 20;  // format_float_positional(np.float64(0.1), unique=False, precision=20)
  EXPECT_EQ(format_float_positional(0.1, false, d), "0.10000000000000000555");
  d = Dragon4Options(); d.precision = 4;  // format_float_scientific(np.float64(np.pi), precision=4)
  EXPECT_EQ(format_float_scientific(3.141592653589793, false, d), "3.1416e+00");
  d = Dragon4Options(); d.unique = false; d.precision = 15;  // format_float_scientific(np.float32(1.23e24), unique=False, precision=15)
  EXPECT_EQ(format_float_scientific(1.2300000717973377e+24, true, d), "1.230000071797338e+24");
  d = Dragon4Options(); d.exp_digits = 4;  // format_float_scientific(np.float32(1.23e24), exp_digits=4)
  EXPECT_EQ(format_float_scientific(1.2300000717973377e+24, true, d), "1.23e+0024");
  d = Dragon4Options();  // format_float_scientific(np.float64(5e-324), )
  EXPECT_EQ(format_float_scientific(5e-324, false, d), "5.e-324");
  d = Dragon4Options(); d.trim = '-';  // format_float_scientific(np.float64(1.0), trim='-')
  EXPECT_EQ(format_float_scientific(1.0, false, d), "1e+00");
  d = Dragon4Options(); d.trim = '.';  // format_float_scientific(np.float64(1.0), trim='.')
  EXPECT_EQ(format_float_scientific(1.0, false, d), "1.e+00");
  d = Dragon4Options(); d.trim = '0';  // format_float_scientific(np.float64(1.0), trim='0')
  EXPECT_EQ(format_float_scientific(1.0, false, d), "1.0e+00");
  d = Dragon4Options(); d.precision = 2;  // format_float_scientific(np.float64(9.9999), precision=2)
  EXPECT_EQ(format_float_scientific(9.9999, false, d), "1.e+01");
  d = Dragon4Options(); d.min_digits = 20; d.precision = 20;  // format_float_scientific(np.float64(0.1), min_digits=20, precision=20)
  EXPECT_EQ(format_float_scientific(0.1, false, d), "1.00000000000000005551e-01");
}

TEST(FormatFloat, PythonReprRoundTrips) {
  // CPython's repr(float) (identical in every NumPy version)
  EXPECT_EQ(python_float_repr(0.1), "0.1");
  EXPECT_EQ(python_float_repr(1.0), "1.0");
  EXPECT_EQ(python_float_repr(1e16), "1e+16");
  EXPECT_EQ(python_float_repr(1.5e-5), "1.5e-05");
  EXPECT_EQ(python_float_repr(9007199254740992.0), "9007199254740992.0");
  EXPECT_EQ(python_float_repr(5e-324), "5e-324");
  EXPECT_EQ(python_float_repr(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(python_float_repr(std::ldexp(1.0, -1022)), "2.2250738585072014e-308");
  EXPECT_EQ(python_float32_repr(0.1f), "0.1");
  ShortestDigits sd = shortest_digits(0.1, false);
  EXPECT_EQ(sd.digits, "1");
  EXPECT_EQ(sd.exp10, 0);
  sd = shortest_digits(123.25, false);
  EXPECT_EQ(sd.digits, "12325");
  EXPECT_EQ(sd.exp10, 3);
}

TEST(FormatOptions, Validation) {
  EXPECT_NO_THROW(check_floatmode("maxprec_equal"));
  EXPECT_THROW(check_floatmode("bogus"), PyError);
  EXPECT_NO_THROW(check_sign(" "));
  EXPECT_THROW(check_sign("x"), PyError);
  print_options().precision = -1;
  ArrayPtr a = values_root<double>(DType::Float64, {1.5});
  EXPECT_THROW(array_repr(*a), PyError);  // ValueError: precision must be >= 0
  EXPECT_EQ(array_repr(*values_root<int64_t>(DType::Int64, {1})), "array([1])");
  print_options() = PrintOptions();
}
