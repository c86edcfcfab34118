// GoogleTest for the memory model: geometry of views, reshape view-vs-copy decisions,
// bounds checks of as_strided, broadcasting, assignment through views, creation rules.
// Expected strides/flags were checked against NumPy 1.24 by hand; the golden corpus covers
// the same ground end to end.
#include <gtest/gtest.h>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/errors.hpp"
#include "core/views.hpp"

using namespace sl;

namespace {
ArrayPtr iota(int64_t n, DType t = DType::Int64) {
  return arange(ArangeArg{0, 0, false}, ArangeArg{double(n), n, false}, std::nullopt, t);
}
std::vector<int64_t> S(std::initializer_list<int64_t> v) { return v; }
ErrorType error_of(const std::function<void()>& f) {
  try { f(); } catch (const PyError& e) { return e.type; }
  return ErrorType::BaseException;
}
}  // namespace

TEST(Views, TransposeReversesStrides) {
  ArrayPtr a = reshape(iota(12, DType::Int32), S({3, 4}));
  ArrayPtr t = transpose(a);
  EXPECT_EQ(t->shape, S({4, 3}));
  EXPECT_EQ(t->strides, S({4, 16}));
  EXPECT_FALSE(t->is_c_contiguous());
  EXPECT_TRUE(t->is_f_contiguous());
  EXPECT_EQ(t->base, a->base);  // both views of the arange
}

TEST(Views, NegativeStepSlice) {
  ArrayPtr a = iota(10);
  ArrayPtr v = basic_index(a, {BasicIndex::make_slice({std::nullopt, std::nullopt, -3})});
  EXPECT_EQ(v->shape, S({4}));
  EXPECT_EQ(v->strides, S({-24}));
  EXPECT_EQ(v->offset, 72);
  EXPECT_EQ(v->item0().as_int64(), 9);
}

TEST(Views, ReshapeOfTransposeCopies) {
  ArrayPtr a = reshape(iota(6), S({2, 3}));
  ArrayPtr r = reshape(transpose(a), S({6}));
  EXPECT_NE(r->buffer, a->buffer);
  EXPECT_FALSE(r->owndata());  // base is the temporary copy, as in NumPy
  ArrayPtr ok = reshape(basic_index(reshape(iota(24), S({4, 6})), {BasicIndex::make_slice({0, 4, 2})}), S({2, 2, 3}));
  EXPECT_EQ(ok->strides, S({96, 24, 8}));  // no copy: split of a contiguous axis
}

TEST(Views, ReshapeErrors) {
  EXPECT_EQ(error_of([] { reshape(iota(12), S({5, -1})); }), ErrorType::ValueError);
  try {
    reshape(iota(12), S({5, -1}));
  } catch (const PyError& e) {
    EXPECT_EQ(e.message, "cannot reshape array of size 12 into shape (5,newaxis)");
  }
}

TEST(Views, AsStridedOutsideBufferIsValueError) {
  ArrayPtr a = iota(4);
  EXPECT_EQ(error_of([&] { as_strided(a, S({5}), S({8})); }), ErrorType::ValueError);
  EXPECT_EQ(error_of([&] { as_strided(a, S({2}), S({-8})); }), ErrorType::ValueError);
  ArrayPtr w = as_strided(a, S({3, 2}), S({8, 8}));  // overlapping windows are fine
  EXPECT_EQ(w->shape, S({3, 2}));
}

TEST(Views, BroadcastToZeroStrideReadOnly) {
  ArrayPtr b = broadcast_to(iota(3), S({4, 3}));
  EXPECT_EQ(b->strides, S({0, 8}));
  EXPECT_FALSE(b->writeable);
  EXPECT_EQ(error_of([&] { fill(b, Scalar::from_int(1)); }), ErrorType::ValueError);
}

TEST(Views, ViewAsUint8) {
  ArrayPtr a = reshape(iota(6, DType::Int16), S({2, 3}));
  ArrayPtr u = view_as_dtype(ravel(a), DType::UInt8);
  EXPECT_EQ(u->shape, S({12}));
  EXPECT_EQ(u->strides, S({1}));
  EXPECT_EQ(error_of([&] { view_as_dtype(transpose(a), DType::UInt8); }), ErrorType::ValueError);
}

TEST(Assign, OverlappingShiftMatchesNumPy) {
  ArrayPtr a = iota(5);
  ArrayPtr dst = basic_index(a, {BasicIndex::make_slice({1, std::nullopt, std::nullopt})});
  ArrayPtr src = basic_index(a, {BasicIndex::make_slice({std::nullopt, -1, std::nullopt})});
  assign_array(dst, src);
  std::vector<int64_t> got;
  for (int64_t i = 0; i < 5; ++i) got.push_back(a->get(&i).as_int64());
  EXPECT_EQ(got, S({0, 0, 1, 2, 3}));
}

TEST(Creation, RaggedInput) {
  std::vector<Nested> row1{Nested::scalar(Scalar::from_int(1), true), Nested::scalar(Scalar::from_int(2), true)};
  std::vector<Nested> row2{Nested::scalar(Scalar::from_int(3), true)};
  Nested data = Nested::sequence({Nested::sequence(row1), Nested::sequence(row2)});
  try {
    array_from_nested(data, std::nullopt);
    FAIL();
  } catch (const PyError& e) {
    EXPECT_EQ(e.message,
              "setting an array element with a sequence. The requested array has an inhomogeneous "
              "shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.");
  }
}

TEST(Creation, ArangeLengthRules) {
  auto f = [](double a) { return ArangeArg{a, 0, true}; };
  EXPECT_EQ(arange(f(0), f(1), f(0.1), std::nullopt)->shape, S({10}));
  EXPECT_EQ(arange(f(1), f(0), f(0.3), std::nullopt)->shape, S({0}));
  EXPECT_EQ(arange(ArangeArg{0, 10, false}, ArangeArg{0, 0, false}, ArangeArg{0, -3, false}, std::nullopt)->shape, S({4}));
}

TEST(Buffer, MemoryCapGivesNumPyMessage) {
  try {
    zeros(S({1000000000}));
    FAIL();
  } catch (const PyError& e) {
    EXPECT_EQ(e.type, ErrorType::MemoryError);
    EXPECT_EQ(e.message, "Unable to allocate 7.45 GiB for an array with shape (1000000000,) and data type float64");
  }
}
