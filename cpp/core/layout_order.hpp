// layout_order.hpp — small shared helpers of the shape/linalg modules (also used by views,
// assign and creation for order='K'): which memory layout NumPy gives a freshly computed
// result (its iterator keeps the operands' memory order, so `np.diff(a.T)` comes out
// Fortran-ordered; np.empty_like keeps a strided input's axis order), copying in that
// order, ufunc-style broadcasting with NumPy's message, the casting rules of `casting=`
// arguments, and typed whole-array reads.
//
// Not a ufunc engine: the element-wise kernels live in the modules that need them. Helpers
// are in namespace sl::layout so they cannot collide with the ufunc files' own helpers.
#pragma once
#include <string>
#include <type_traits>
#include <vector>

#include "core/ndarray.hpp"
#include "core/extent.hpp"
#include "core/wrapping.hpp"

namespace sl {
namespace layout {

// |stride| as NumPy's C code computes it when it sorts axes by stride (`if (s < 0) s = -s`):
// -2**63 (the unchecked stride of an empty view or of a length-1 axis) stays -2**63 there and
// sorts as the smallest; here without the signed overflow (UB in C++). Every stride sort
// (result_axis_order, keep_order, the ufunc iterator, fancy indexing's subspace) uses it.
inline int64_t stride_sort_key(int64_t stride) { return stride < 0 ? wrapping_sub(0, stride) : stride; }

// The axis order (outermost first) NumPy uses for a result computed from `operands`, each
// already broadcast to `shape` (same ndim): PyArray_CreateMultiSortedStridePerm, the stable
// insertion sort by decreasing |stride| in which axes of length 1 or stride 0 say nothing
// and, when operands disagree, C order wins.
std::vector<int> result_axis_order(const Shape& shape, const std::vector<const NDArray*>& operands);
// A new array (zero-filled unless `fill` says otherwise, buffer.hpp) whose memory runs through
// the axes in `order` (outermost first).
ArrayPtr new_array_in_order(const Shape& shape, DType dtype, const std::vector<int>& order,
                            Fill fill = Fill::Zeros);
ArrayPtr new_array_in_order(const Shape& shape, const Descr& dtype, const std::vector<int>& order,
                            Fill fill = Fill::Zeros);
// new_array_in_order with the order result_axis_order picks for `operands`.
ArrayPtr new_result_like(const Shape& shape, DType dtype, const std::vector<const NDArray*>& operands);
// dst[...] = src (same shape), walking both in the memory order `order` of dst (outermost
// axis first) so a Fortran-ordered destination is written sequentially.
void assign_in_order(const ArrayPtr& dst, const ArrayPtr& src, const std::vector<int>& order);

// The order np.empty_like / copy(order='K') keep (PyArray_NewLikeArray): C when `a` is
// C-contiguous (or ndim <= 1), reversed when F-contiguous, else axes sorted by decreasing
// |stride| (ties by axis index).
std::vector<int> keep_order(const NDArray& a);

// numpy.core.multiarray.normalize_axis_tuple without argname: AxisError per axis, then
// ValueError "repeated axis" unless duplicates are allowed.
std::vector<int> normalize_axis_tuple(const std::vector<int64_t>& axes, int ndim, bool allow_duplicate);

// Broadcast shape of a ufunc's operands; raises ValueError with the ufunc message
// "operands could not be broadcast together with shapes (3,) (2,) " (trailing space).
Shape broadcast_operand_shapes(const std::vector<Shape>& shapes);

// np.can_cast(from, to, casting) for casting in {"no", "equiv", "safe", "same_kind",
// "unsafe"}; an unknown name raises NumPy's ValueError.
bool can_cast(DType from, DType to, const std::string& casting);
// TypeError "Cannot cast array data from dtype('float64') to dtype('int8') according to the
// rule 'same_kind'" ("Cannot cast scalar from ..." when the source is 0-d, as NumPy words it)
[[noreturn]] void raise_cast_error(DType from, DType to, const std::string& casting, bool scalar = false);

// Every element of `a` in C order, converted with static_cast (exact for the conversions
// the callers make: anything to float64, integers/bool to int64, same type).
template <class T>
std::vector<T> read_as(const NDArray& a) {
  std::vector<T> out;
  out.reserve(alloc_count(a.size()));
  const uint8_t* base = a.buffer->data();
  visit_dtype(a.dtype, [&](auto tag) {
    using S = decltype(tag);
    for_each_offset(a.shape, a.strides, a.offset, [&](int64_t p) {
      S v;
      std::memcpy(&v, base + p, sizeof(S));
      out.push_back(static_cast<T>(v));
    });
  });
  return out;
}

// Integer index arrays: NumPy converts them to intp with 'safe' casting (bool and integer
// types that fit in int64); anything else is NumPy's TypeError.
std::vector<int64_t> read_indices(const NDArray& a);

}  // namespace layout
}  // namespace sl
