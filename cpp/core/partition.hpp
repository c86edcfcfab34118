// partition.hpp — np.partition / np.argpartition with NumPy's portable introselect
// (numpy/_core/src/npysort/selection.cpp): median-of-3 quickselect with a fallback to
// median-of-medians-of-5, the O(n*kth) selection for small kth, the "kth == last" max scan
// for floats, and the pivot stack shared by the kth values of one lane (processed in
// ascending order). The order of the elements that are not at a kth position therefore
// matches NumPy's exactly. NaNs sort last (NumPy's `less`).
//
// NumPy >= 2.0 on x86 CPUs with AVX2/AVX-512 dispatches single-kth partitions to
// x86-simd-sort, whose non-kth order is CPU-specific; we reproduce the portable algorithm
// (what the reference machine's NumPy and every non-x86 build do).
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

// np.partition(a, kth, axis=-1): axis nullopt partitions the flattened array. kth values
// may be negative; ValueError "kth(=5) out of bounds (5)".
ArrayPtr partition(const ArrayPtr& a, const std::vector<int64_t>& kth, std::optional<int64_t> axis = -1);
// np.argpartition(a, kth, axis=-1) -> int64 indices (a fresh C-ordered array). A 0-d input
// is treated as shape (1,) when axis is None... and raises AxisError otherwise, as NumPy.
ArrayPtr argpartition(const ArrayPtr& a, const std::vector<int64_t>& kth, std::optional<int64_t> axis = -1);
// a.partition(kth, axis) in place.
void partition_inplace(const ArrayPtr& a, const std::vector<int64_t>& kth, int64_t axis = -1);

}  // namespace sl
