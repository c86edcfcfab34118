// format_layout_test.cpp — array layout against NumPy: nesting, wrapping, summarization,
// empty arrays, repr dtype placement, non-contiguous views, np.array2string.
//
// Every expected array string below was generated once by CPython + NumPy 1.24
// (repr(a), str(a), np.array2string, np.format_float_*) with the print options shown, and
// embedded verbatim: stridelab must reproduce it byte for byte.
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

// a = np.array([0., 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.], np.float32)
TEST_F(FormatArray, Float32DtypeOnNewLine) {
  ArrayPtr root = values_root<double>(DType::Float32, {0.0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0});
  ArrayPtr a = view(root, 0, {9}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([0.   , 0.125, 0.25 , 0.375, 0.5  , 0.625, 0.75 , 0.875, 1.   ],
      dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([0.    0.125 0.25  0.375 0.5   0.625 0.75  0.875 1.   ])np");
}

// a = np.arange(10, dtype=np.int32) * 1000
TEST_F(FormatArray, Int32DtypeOnNewLine) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000});
  ArrayPtr a = view(root, 0, {10}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([   0, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000],
      dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([   0 1000 2000 3000 4000 5000 6000 7000 8000 9000])np");
}

// a = np.linspace(0, 1, 37)
TEST_F(FormatArray, Linspace37Wraps) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.0, 0.027777777777777776, 0.05555555555555555, 0.08333333333333333, 0.1111111111111111, 0.1388888888888889, 0.16666666666666666, 0.19444444444444442, 0.2222222222222222, 0.25, 0.2777777777777778, 0.3055555555555555, 0.3333333333333333, 0.3611111111111111, 0.38888888888888884, 0.41666666666666663, 0.4444444444444444, 0.4722222222222222, 0.5, 0.5277777777777778, 0.5555555555555556, 0.5833333333333333, 0.611111111111111, 0.6388888888888888, 0.6666666666666666, 0.6944444444444444, 0.7222222222222222, 0.75, 0.7777777777777777, 0.8055555555555555, 0.8333333333333333, 0.861111111111111, 0.8888888888888888, 0.9166666666666666, 0.9444444444444444, 0.9722222222222222, 1.0});
  ArrayPtr a = view(root, 0, {37}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0.        , 0.02777778, 0.05555556, 0.08333333, 0.11111111,
       0.13888889, 0.16666667, 0.19444444, 0.22222222, 0.25      ,
       0.27777778, 0.30555556, 0.33333333, 0.36111111, 0.38888889,
       0.41666667, 0.44444444, 0.47222222, 0.5       , 0.52777778,
       0.55555556, 0.58333333, 0.61111111, 0.63888889, 0.66666667,
       0.69444444, 0.72222222, 0.75      , 0.77777778, 0.80555556,
       0.83333333, 0.86111111, 0.88888889, 0.91666667, 0.94444444,
       0.97222222, 1.        ]))np");
  EXPECT_EQ(array_str(*a), R"np([0.         0.02777778 0.05555556 0.08333333 0.11111111 0.13888889
 0.16666667 0.19444444 0.22222222 0.25       0.27777778 0.30555556
 0.33333333 0.36111111 0.38888889 0.41666667 0.44444444 0.47222222
 0.5        0.52777778 0.55555556 0.58333333 0.61111111 0.63888889
 0.66666667 0.69444444 0.72222222 0.75       0.77777778 0.80555556
 0.83333333 0.86111111 0.88888889 0.91666667 0.94444444 0.97222222
 1.        ])np");
}

// a = (np.arange(12)).reshape(3, 4); np.set_printoptions(linewidth=20)
TEST_F(FormatArray, Linewidth20) {
  opts().linewidth = 20;
  ArrayPtr root = values_root<int64_t>(DType::Int64, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  ArrayPtr a = view(root, 0, {3, 4}, {32, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[ 0,  1,
         2,  3],
       [ 4,  5,
         6,  7],
       [ 8,  9,
        10, 11]]))np");
  EXPECT_EQ(array_str(*a), R"np([[ 0  1  2  3]
 [ 4  5  6  7]
 [ 8  9 10 11]])np");
}

// a = np.array([10, 20, 30]); np.set_printoptions(linewidth=1)
TEST_F(FormatArray, Linewidth1) {
  opts().linewidth = 1;
  ArrayPtr root = values_root<int64_t>(DType::Int64, {10, 20, 30});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([10,
       20,
       30]))np");
  EXPECT_EQ(array_str(*a), R"np([10
 20
 30])np");
}

// a = np.arange(10); np.set_printoptions(threshold=5, edgeitems=2)
TEST_F(FormatArray, Threshold5Edge2) {
  opts().threshold = 5; opts().edgeitems = 2;
  ArrayPtr root = values_root<int64_t>(DType::Int64, {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  ArrayPtr a = view(root, 0, {10}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([0, 1, ..., 8, 9]))np");
  EXPECT_EQ(array_str(*a), R"np([0 1 ... 8 9])np");
}

// a = np.arange(1001, dtype=np.int64)
TEST_F(FormatArray, Summarized1D) {
  ArrayPtr root = arange_root(DType::Int64, 1001, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {1001}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([   0,    1,    2, ...,  998,  999, 1000]))np");
  EXPECT_EQ(array_str(*a), R"np([   0    1    2 ...  998  999 1000])np");
}

// a = (np.arange(2000, dtype=np.int64)).reshape(40, 50)
TEST_F(FormatArray, Summarized2D) {
  ArrayPtr root = arange_root(DType::Int64, 2000, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {40, 50}, {400, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[   0,    1,    2, ...,   47,   48,   49],
       [  50,   51,   52, ...,   97,   98,   99],
       [ 100,  101,  102, ...,  147,  148,  149],
       ...,
       [1850, 1851, 1852, ..., 1897, 1898, 1899],
       [1900, 1901, 1902, ..., 1947, 1948, 1949],
       [1950, 1951, 1952, ..., 1997, 1998, 1999]]))np");
  EXPECT_EQ(array_str(*a), R"np([[   0    1    2 ...   47   48   49]
 [  50   51   52 ...   97   98   99]
 [ 100  101  102 ...  147  148  149]
 ...
 [1850 1851 1852 ... 1897 1898 1899]
 [1900 1901 1902 ... 1947 1948 1949]
 [1950 1951 1952 ... 1997 1998 1999]])np");
}

// a = (np.arange(3000, dtype=np.int64)).reshape(10, 2, 150)
TEST_F(FormatArray, Summarized3D) {
  ArrayPtr root = arange_root(DType::Int64, 3000, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {10, 2, 150}, {2400, 1200, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[[   0,    1,    2, ...,  147,  148,  149],
        [ 150,  151,  152, ...,  297,  298,  299]],

       [[ 300,  301,  302, ...,  447,  448,  449],
        [ 450,  451,  452, ...,  597,  598,  599]],

       [[ 600,  601,  602, ...,  747,  748,  749],
        [ 750,  751,  752, ...,  897,  898,  899]],

       ...,

       [[2100, 2101, 2102, ..., 2247, 2248, 2249],
        [2250, 2251, 2252, ..., 2397, 2398, 2399]],

       [[2400, 2401, 2402, ..., 2547, 2548, 2549],
        [2550, 2551, 2552, ..., 2697, 2698, 2699]],

       [[2700, 2701, 2702, ..., 2847, 2848, 2849],
        [2850, 2851, 2852, ..., 2997, 2998, 2999]]]))np");
  EXPECT_EQ(array_str(*a), R"np([[[   0    1    2 ...  147  148  149]
  [ 150  151  152 ...  297  298  299]]

 [[ 300  301  302 ...  447  448  449]
  [ 450  451  452 ...  597  598  599]]

 [[ 600  601  602 ...  747  748  749]
  [ 750  751  752 ...  897  898  899]]

 ...

 [[2100 2101 2102 ... 2247 2248 2249]
  [2250 2251 2252 ... 2397 2398 2399]]

 [[2400 2401 2402 ... 2547 2548 2549]
  [2550 2551 2552 ... 2697 2698 2699]]

 [[2700 2701 2702 ... 2847 2848 2849]
  [2850 2851 2852 ... 2997 2998 2999]]])np");
}

// a = np.arange(1002, dtype=np.float32) * 0.1
TEST_F(FormatArray, SummarizedFloat32) {
  ArrayPtr root = arange_root(DType::Float32, 1002, 0.1, 0ull);
  ArrayPtr a = view(root, 0, {1002}, {4});
  EXPECT_EQ(array_repr(*a), R"np(array([0.000e+00, 1.000e-01, 2.000e-01, ..., 9.990e+01, 1.000e+02,
       1.001e+02], dtype=float32))np");
  EXPECT_EQ(array_str(*a), R"np([0.000e+00 1.000e-01 2.000e-01 ... 9.990e+01 1.000e+02 1.001e+02])np");
}

// a = np.arange(1100, dtype=np.uint64) + 9223372036854775808
TEST_F(FormatArray, SummarizedUInt64High) {
  ArrayPtr root = arange_root(DType::UInt64, 1100, 0.0, 9223372036854775808ull);
  ArrayPtr a = view(root, 0, {1100}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([9223372036854775808, 9223372036854775809, 9223372036854775810, ...,
       9223372036854776905, 9223372036854776906, 9223372036854776907],
      dtype=uint64))np");
  EXPECT_EQ(array_str(*a), R"np([9223372036854775808 9223372036854775809 9223372036854775810 ...
 9223372036854776905 9223372036854776906 9223372036854776907])np");
}

// a = (np.arange(2000, dtype=np.float64) * 0.14285714285714285).reshape(20, 100)
TEST_F(FormatArray, SummarizedFloat2D) {
  ArrayPtr root = arange_root(DType::Float64, 2000, 0.14285714285714285, 0ull);
  ArrayPtr a = view(root, 0, {20, 100}, {800, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[0.00000000e+00, 1.42857143e-01, 2.85714286e-01, ...,
        1.38571429e+01, 1.40000000e+01, 1.41428571e+01],
       [1.42857143e+01, 1.44285714e+01, 1.45714286e+01, ...,
        2.81428571e+01, 2.82857143e+01, 2.84285714e+01],
       [2.85714286e+01, 2.87142857e+01, 2.88571429e+01, ...,
        4.24285714e+01, 4.25714286e+01, 4.27142857e+01],
       ...,
       [2.42857143e+02, 2.43000000e+02, 2.43142857e+02, ...,
        2.56714286e+02, 2.56857143e+02, 2.57000000e+02],
       [2.57142857e+02, 2.57285714e+02, 2.57428571e+02, ...,
        2.71000000e+02, 2.71142857e+02, 2.71285714e+02],
       [2.71428571e+02, 2.71571429e+02, 2.71714286e+02, ...,
        2.85285714e+02, 2.85428571e+02, 2.85571429e+02]]))np");
  EXPECT_EQ(array_str(*a), R"np([[0.00000000e+00 1.42857143e-01 2.85714286e-01 ... 1.38571429e+01
  1.40000000e+01 1.41428571e+01]
 [1.42857143e+01 1.44285714e+01 1.45714286e+01 ... 2.81428571e+01
  2.82857143e+01 2.84285714e+01]
 [2.85714286e+01 2.87142857e+01 2.88571429e+01 ... 4.24285714e+01
  4.25714286e+01 4.27142857e+01]
 ...
 [2.42857143e+02 2.43000000e+02 2.43142857e+02 ... 2.56714286e+02
  2.56857143e+02 2.57000000e+02]
 [2.57142857e+02 2.57285714e+02 2.57428571e+02 ... 2.71000000e+02
  2.71142857e+02 2.71285714e+02]
 [2.71428571e+02 2.71571429e+02 2.71714286e+02 ... 2.85285714e+02
  2.85428571e+02 2.85571429e+02]])np");
}

// a = (np.arange(24, dtype=np.int64)).reshape(2, 3, 4)
TEST_F(FormatArray, Nested3D) {
  ArrayPtr root = arange_root(DType::Int64, 24, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {2, 3, 4}, {96, 32, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[[ 0,  1,  2,  3],
        [ 4,  5,  6,  7],
        [ 8,  9, 10, 11]],

       [[12, 13, 14, 15],
        [16, 17, 18, 19],
        [20, 21, 22, 23]]]))np");
  EXPECT_EQ(array_str(*a), R"np([[[ 0  1  2  3]
  [ 4  5  6  7]
  [ 8  9 10 11]]

 [[12 13 14 15]
  [16 17 18 19]
  [20 21 22 23]]])np");
}

// a = (np.arange(24, dtype=np.int64)).reshape(2, 2, 2, 3)
TEST_F(FormatArray, Nested4D) {
  ArrayPtr root = arange_root(DType::Int64, 24, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {2, 2, 2, 3}, {96, 48, 24, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[[[ 0,  1,  2],
         [ 3,  4,  5]],

        [[ 6,  7,  8],
         [ 9, 10, 11]]],


       [[[12, 13, 14],
         [15, 16, 17]],

        [[18, 19, 20],
         [21, 22, 23]]]]))np");
  EXPECT_EQ(array_str(*a), R"np([[[[ 0  1  2]
   [ 3  4  5]]

  [[ 6  7  8]
   [ 9 10 11]]]


 [[[12 13 14]
   [15 16 17]]

  [[18 19 20]
   [21 22 23]]]])np");
}

// a = (np.arange(24, dtype=np.float64) * 0.3333333333333333).reshape(2, 3, 4)
TEST_F(FormatArray, Nested3DFloat) {
  ArrayPtr root = arange_root(DType::Float64, 24, 0.3333333333333333, 0ull);
  ArrayPtr a = view(root, 0, {2, 3, 4}, {96, 32, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[[0.        , 0.33333333, 0.66666667, 1.        ],
        [1.33333333, 1.66666667, 2.        , 2.33333333],
        [2.66666667, 3.        , 3.33333333, 3.66666667]],

       [[4.        , 4.33333333, 4.66666667, 5.        ],
        [5.33333333, 5.66666667, 6.        , 6.33333333],
        [6.66666667, 7.        , 7.33333333, 7.66666667]]]))np");
  EXPECT_EQ(array_str(*a), R"np([[[0.         0.33333333 0.66666667 1.        ]
  [1.33333333 1.66666667 2.         2.33333333]
  [2.66666667 3.         3.33333333 3.66666667]]

 [[4.         4.33333333 4.66666667 5.        ]
  [5.33333333 5.66666667 6.         6.33333333]
  [6.66666667 7.         7.33333333 7.66666667]]])np");
}

// a = (np.arange(24, dtype=np.float64) * 1.5).reshape(2, 12); np.set_printoptions(linewidth=40)
TEST_F(FormatArray, WrappedRows) {
  opts().linewidth = 40;
  ArrayPtr root = arange_root(DType::Float64, 24, 1.5, 0ull);
  ArrayPtr a = view(root, 0, {2, 12}, {96, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[ 0. ,  1.5,  3. ,  4.5,  6. ,
         7.5,  9. , 10.5, 12. , 13.5,
        15. , 16.5],
       [18. , 19.5, 21. , 22.5, 24. ,
        25.5, 27. , 28.5, 30. , 31.5,
        33. , 34.5]]))np");
  EXPECT_EQ(array_str(*a), R"np([[ 0.   1.5  3.   4.5  6.   7.5  9.
  10.5 12.  13.5 15.  16.5]
 [18.  19.5 21.  22.5 24.  25.5 27.
  28.5 30.  31.5 33.  34.5]])np");
}

// a = np.zeros(0)
TEST_F(FormatArray, EmptyFloat64) {
  ArrayPtr root = values_root<double>(DType::Float64, {});
  ArrayPtr a = view(root, 0, {0}, {0});
  EXPECT_EQ(array_repr(*a), R"np(array([], dtype=float64))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = (np.zeros(0, np.int64)).reshape(0, 3)
TEST_F(FormatArray, EmptyInt64Shape) {
  ArrayPtr root = values_root<int64_t>(DType::Int64, {});
  ArrayPtr a = view(root, 0, {0, 3}, {24, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([], shape=(0, 3), dtype=int64))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = np.zeros(0, bool)
TEST_F(FormatArray, EmptyBool) {
  ArrayPtr root = values_root<int64_t>(DType::Bool, {});
  ArrayPtr a = view(root, 0, {0}, {0});
  EXPECT_EQ(array_repr(*a), R"np(array([], dtype=bool))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = np.zeros(0, np.int32)
TEST_F(FormatArray, EmptyInt32) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {});
  ArrayPtr a = view(root, 0, {0}, {0});
  EXPECT_EQ(array_repr(*a), R"np(array([], dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = (np.zeros(0, np.int32)).reshape(2, 0)
TEST_F(FormatArray, EmptyInt32Shape) {
  ArrayPtr root = values_root<int64_t>(DType::Int32, {});
  ArrayPtr a = view(root, 0, {2, 0}, {4, 4});
  EXPECT_EQ(array_repr(*a), R"np(array([], shape=(2, 0), dtype=int32))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = (np.zeros(0)).reshape(3, 1, 0, 2)
TEST_F(FormatArray, Empty4D) {
  ArrayPtr root = values_root<double>(DType::Float64, {});
  ArrayPtr a = view(root, 0, {3, 1, 0, 2}, {16, 16, 16, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([], shape=(3, 1, 0, 2), dtype=float64))np");
  EXPECT_EQ(array_str(*a), R"np([])np");
}

// a = (np.arange(12, dtype=np.int64)).reshape(3, 4).T
TEST_F(FormatArray, Transposed) {
  ArrayPtr root = arange_root(DType::Int64, 12, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {4, 3}, {8, 32});
  EXPECT_EQ(array_repr(*a), R"np(array([[ 0,  4,  8],
       [ 1,  5,  9],
       [ 2,  6, 10],
       [ 3,  7, 11]]))np");
  EXPECT_EQ(array_str(*a), R"np([[ 0  4  8]
 [ 1  5  9]
 [ 2  6 10]
 [ 3  7 11]])np");
}

// a = (np.arange(10, dtype=np.int64))[::-1]
TEST_F(FormatArray, Reversed) {
  ArrayPtr root = arange_root(DType::Int64, 10, 0.0, 0ull);
  ArrayPtr a = view(root, 72, {10}, {-8});
  EXPECT_EQ(array_repr(*a), R"np(array([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]))np");
  EXPECT_EQ(array_str(*a), R"np([9 8 7 6 5 4 3 2 1 0])np");
}

// a = (np.arange(10, dtype=np.float64))[::3]
TEST_F(FormatArray, Stepped) {
  ArrayPtr root = arange_root(DType::Float64, 10, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {4}, {24});
  EXPECT_EQ(array_repr(*a), R"np(array([0., 3., 6., 9.]))np");
  EXPECT_EQ(array_str(*a), R"np([0. 3. 6. 9.])np");
}

// a = np.b(np.arange(3, dtype=np.float64))oadcast_to(r, (4, 3))
TEST_F(FormatArray, BroadcastZeroStride) {
  ArrayPtr root = arange_root(DType::Float64, 3, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {4, 3}, {0, 8});
  EXPECT_EQ(array_repr(*a), R"np(array([[0., 1., 2.],
       [0., 1., 2.],
       [0., 1., 2.],
       [0., 1., 2.]]))np");
  EXPECT_EQ(array_str(*a), R"np([[0. 1. 2.]
 [0. 1. 2.]
 [0. 1. 2.]
 [0. 1. 2.]])np");
}

// a = (np.arange(3000, dtype=np.int64)).reshape(30, 100).T
TEST_F(FormatArray, SummarizedTransposed) {
  ArrayPtr root = arange_root(DType::Int64, 3000, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {100, 30}, {8, 800});
  EXPECT_EQ(array_repr(*a), R"np(array([[   0,  100,  200, ..., 2700, 2800, 2900],
       [   1,  101,  201, ..., 2701, 2801, 2901],
       [   2,  102,  202, ..., 2702, 2802, 2902],
       ...,
       [  97,  197,  297, ..., 2797, 2897, 2997],
       [  98,  198,  298, ..., 2798, 2898, 2998],
       [  99,  199,  299, ..., 2799, 2899, 2999]]))np");
  EXPECT_EQ(array_str(*a), R"np([[   0  100  200 ... 2700 2800 2900]
 [   1  101  201 ... 2701 2801 2901]
 [   2  102  202 ... 2702 2802 2902]
 ...
 [  97  197  297 ... 2797 2897 2997]
 [  98  198  298 ... 2798 2898 2998]
 [  99  199  299 ... 2799 2899 2999]])np");
}

// a = (np.arange(2003, dtype=np.float64))[::-1][::2]
TEST_F(FormatArray, SummarizedReversedStepped) {
  ArrayPtr root = arange_root(DType::Float64, 2003, 0.0, 0ull);
  ArrayPtr a = view(root, 16016, {1002}, {-16});
  EXPECT_EQ(array_repr(*a), R"np(array([2.002e+03, 2.000e+03, 1.998e+03, ..., 4.000e+00, 2.000e+00,
       0.000e+00]))np");
  EXPECT_EQ(array_str(*a), R"np([2.002e+03 2.000e+03 1.998e+03 ... 4.000e+00 2.000e+00 0.000e+00])np");
}

// a = np.arange(2000, dtype=np.int64); np.set_printoptions(edgeitems=0)
TEST_F(FormatArray, EdgeItemsZero) {
  opts().edgeitems = 0;
  ArrayPtr root = arange_root(DType::Int64, 2000, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {2000}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([..., 1999]))np");
  EXPECT_EQ(array_str(*a), R"np([... 1999])np");
}

// a = np.array(3.5); np.set_printoptions(threshold=0)
TEST_F(FormatArray, ThresholdZeroScalar) {
  opts().threshold = 0;
  ArrayPtr root = values_root<double>(DType::Float64, {3.5});
  ArrayPtr a = view(root, 0, {1}, {8});
  EXPECT_EQ(array_repr(*a), R"np(array([3.5]))np");
  EXPECT_EQ(array_str(*a), R"np([3.5])np");
}

// np.array2string(np.array([1, 2, 3]), separator=', ', prefix='')
TEST_F(FormatArray, Array2StringComma) {
  ArrayPtr root = values_root<int64_t>(DType::Int64, {1, 2, 3});
  ArrayPtr a = view(root, 0, {3}, {8});
  EXPECT_EQ(array2string(*a, R"np(, )np", R"np()np"), R"np([1, 2, 3])np");
}

// np.array2string((np.arange(40, dtype=np.int64)).reshape(2, 20), separator=',', prefix='values = ')
TEST_F(FormatArray, Array2StringPrefixWraps) {
  ArrayPtr root = arange_root(DType::Int64, 40, 0.0, 0ull);
  ArrayPtr a = view(root, 0, {2, 20}, {160, 8});
  EXPECT_EQ(array2string(*a, R"np(,)np", R"np(values = )np"), R"np([[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,10,11,12,13,14,15,16,17,18,19],
          [20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39]])np");
}

// np.array2string(np.array([0.5, 1e-3]), separator=' ', prefix='')
TEST_F(FormatArray, Array2StringFloat) {
  ArrayPtr root = values_root<double>(DType::Float64, {0.5, 0.001});
  ArrayPtr a = view(root, 0, {2}, {8});
  EXPECT_EQ(array2string(*a, R"np( )np", R"np()np"), R"np([0.5   0.001])np");
}
