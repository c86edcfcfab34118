// Advanced indexing kernels: the fused 1-d gather (fast and checked paths), boolean masks,
// 0-d boolean indices, nonzero's NumPy layout and the subspace memory order of fancy results.
#include <gtest/gtest.h>

#include "core/errors.hpp"
#include "core/indexing.hpp"

namespace sl {
namespace {

ArrayPtr i64(std::vector<int64_t> v) {
  ArrayPtr a = new_array({static_cast<int64_t>(v.size())}, DType::Int64);
  if (!v.empty()) std::memcpy(a->data(), v.data(), v.size() * 8);
  return a;
}
std::vector<int64_t> values(const ArrayPtr& a) {
  std::vector<int64_t> out;
  for_each_offset(a->shape, a->strides, a->offset, [&](int64_t p) {
    int64_t v;
    std::memcpy(&v, a->buffer->data() + p, 8);
    out.push_back(v);
  });
  return out;
}
ArrayPtr arange(int64_t n) {
  std::vector<int64_t> v(static_cast<size_t>(n));
  for (int64_t k = 0; k < n; ++k) v[k] = k;
  return i64(v);
}

TEST(Indexing, Take1dFastAndNegative) {
  ArrayPtr a = arange(10);
  EXPECT_EQ(values(get_index(a, {IndexItem::make_array(i64({3, 0, 9}))})), (std::vector<int64_t>{3, 0, 9}));
  EXPECT_EQ(values(get_index(a, {IndexItem::make_array(i64({1, -1, -10}))})), (std::vector<int64_t>{1, 9, 0}));
  try {
    get_index(a, {IndexItem::make_array(i64({0, 10}))});
    FAIL();
  } catch (const PyError& e) {
    EXPECT_EQ(std::string(e.what()), "index 10 is out of bounds for axis 0 with size 10");
  }
}

TEST(Indexing, ReversedSourceAndStridedIndex) {
  ArrayPtr a = basic_index(arange(6), {BasicIndex::make_slice({std::nullopt, std::nullopt, -1})});
  ArrayPtr idx = basic_index(i64({0, 7, 1, 7, 5}), {BasicIndex::make_slice({std::nullopt, std::nullopt, 2})});
  EXPECT_EQ(values(get_index(a, {IndexItem::make_array(idx)})), (std::vector<int64_t>{5, 4, 0}));
}

TEST(Indexing, MaskSelect) {
  ArrayPtr a = arange(7);
  ArrayPtr m = new_array({7}, DType::Bool);
  for (int k : {1, 2, 6}) m->data()[k] = 1;
  EXPECT_EQ(values(get_index(a, {IndexItem::make_array(m)})), (std::vector<int64_t>{1, 2, 6}));
  ArrayPtr none = new_array({7}, DType::Bool);
  EXPECT_EQ(get_index(a, {IndexItem::make_array(none)})->size(), 0);
}

TEST(Indexing, ZeroDimBoolAddsAxis) {
  ArrayPtr a = reshape(arange(6), {2, 3});
  ArrayPtr t = array_from_scalar(Scalar::from_bool(true));
  ArrayPtr f = array_from_scalar(Scalar::from_bool(false));
  EXPECT_EQ(get_index(a, {IndexItem::make_array(t)})->shape, (Shape{1, 2, 3}));
  EXPECT_EQ(get_index(a, {IndexItem::make_array(f)})->shape, (Shape{0, 2, 3}));
  EXPECT_EQ(get_index(a, {IndexItem::make_ellipsis(), IndexItem::make_array(t)})->shape, (Shape{2, 3, 1}));
}

TEST(Indexing, NonzeroIsViewOfOneBuffer) {
  ArrayPtr a = reshape(arange(6), {2, 3});
  std::vector<ArrayPtr> nz = nonzero(a);
  ASSERT_EQ(nz.size(), 2u);
  EXPECT_EQ(nz[0]->strides, (Strides{16}));
  EXPECT_EQ(nz[0]->buffer, nz[1]->buffer);
  EXPECT_EQ(values(nz[0]), (std::vector<int64_t>{0, 0, 1, 1, 1}));
  EXPECT_EQ(values(nz[1]), (std::vector<int64_t>{1, 2, 0, 1, 2}));
}

TEST(Indexing, SubspaceKeepsNewaxisInnermost) {
  // a[:, None, [0, 1]] on (2, 3, 4) int64: NumPy's strides (32, 8, 64, 8)
  ArrayPtr a = reshape(arange(24), {2, 3, 4});
  ArrayPtr r = get_index(a, {IndexItem::make_slice({}), IndexItem::make_newaxis(), IndexItem::make_array(i64({0, 1}))});
  EXPECT_EQ(r->shape, (Shape{2, 1, 2, 4}));
  EXPECT_EQ(r->strides, (Strides{32, 8, 64, 8}));
}

TEST(Indexing, RepeatedIndexLastWriteWins) {
  ArrayPtr a = arange(3);
  set_index(a, {IndexItem::make_array(i64({0, 0}))}, i64({7, 8}));
  EXPECT_EQ(values(a), (std::vector<int64_t>{8, 1, 2}));
}

}  // namespace
}  // namespace sl
