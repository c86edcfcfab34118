// The cache of freed array blocks (core/large_blocks.hpp): a freed block serves the next
// request of about its size, never a much smaller one, and goes back to malloc when a request
// cannot use it or after two runs without reuse.
#include <gtest/gtest.h>

#include "core/large_blocks.hpp"

namespace sl {
namespace {

constexpr size_t MiB = size_t(1) << 20;

class LargeBlocks : public ::testing::Test {
 protected:
  void SetUp() override { large_blocks_flush(); }
  void TearDown() override { large_blocks_flush(); }
};

TEST_F(LargeBlocks, SameSizeRequestReusesTheFreedBlock) {
  void* a = large_block_acquire(8 * MiB);
  ASSERT_NE(a, nullptr);
  large_block_release(a, 8 * MiB);
  EXPECT_EQ(large_blocks_cached_bytes(), 8 * MiB);
  void* b = large_block_acquire(8 * MiB - 4096);  // wastes < 1/8 of the block: served
  EXPECT_EQ(b, a);
  EXPECT_EQ(large_blocks_cached_bytes(), 0u);
  large_block_release(b, 8 * MiB);
}

TEST_F(LargeBlocks, AMuchSmallerRequestDoesNotTakeABigBlock) {
  void* big = large_block_acquire(16 * MiB);
  large_block_release(big, 16 * MiB);
  void* small = large_block_acquire(2 * MiB);  // no fit: the cache is emptied first
  ASSERT_NE(small, nullptr);
  EXPECT_EQ(large_blocks_cached_bytes(), 0u);
  large_block_release(small, 2 * MiB);
}

TEST_F(LargeBlocks, BlocksNotReusedForTwoRunsGoBackToMalloc) {
  void* a = large_block_acquire(4 * MiB);
  large_block_release(a, 4 * MiB);
  large_blocks_begin_run();
  large_blocks_begin_run();
  EXPECT_EQ(large_blocks_cached_bytes(), 4 * MiB);  // still there two runs later
  large_blocks_begin_run();
  EXPECT_EQ(large_blocks_cached_bytes(), 0u);
}

TEST_F(LargeBlocks, AtMostFourBlocksAreKept) {
  void* p[5];
  for (auto& q : p) q = large_block_acquire(2 * MiB);
  for (auto* q : p) large_block_release(q, 2 * MiB);  // the fifth sends the oldest to malloc
  EXPECT_EQ(large_blocks_cached_bytes(), 8 * MiB);
}

}  // namespace
}  // namespace sl
