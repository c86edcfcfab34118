// ufunc_iter.hpp — strided N-d iteration for element-wise loops, modelled on NumPy's
// nditer with KEEPORDER: axes are visited in the memory order of the operands
// (npyiter_find_best_axis_ordering: a stable insertion sort by |stride| in which C order
// wins conflicts), adjacent axes that are contiguous for every operand are coalesced, and
// the typed loop is called once per innermost run. Operands whose dtype differs from the
// loop's, or that are unaligned, go through small cast buffers (NumPy's buffering), so the
// loop itself only ever sees its own C type.
//
// The same axis order decides the memory layout of allocated results (alloc_in_order), so
// F-ordered inputs give F-ordered outputs as in NumPy.
//
// Not here: type resolution (ufunc_types), overlap copies (ufunc.cpp), reductions
// (reduce_iter, which needs NumPy's buffered-reduce schedule for bit-identical sums).
#pragma once
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc_table.hpp"

namespace sl {

struct IterOperand {
  char* data = nullptr;  // address of element [0, ..., 0] of the iteration
  Strides strides;       // one per iteration axis, 0 where broadcast
  DType dtype = DType::Float64;       // dtype in memory
  DType loop_dtype = DType::Float64;  // dtype the loop reads / writes
};

// NumPy's iteration axis order for operands of `shape` with the given (broadcast) strides:
// array axes listed from innermost (fastest) to outermost. Axes of length 1 and zero
// strides never decide the order.
std::vector<int> iter_axis_order(const Shape& shape, const std::vector<const Strides*>& op_strides);

// New zero-filled array whose strides follow `order` (innermost first): NumPy's allocation
// of iterator outputs.
ArrayPtr alloc_in_order(const Shape& shape, DType dtype, const std::vector<int>& order,
                        Fill fill = Fill::Zeros);

// Strides of `a` broadcast to `shape` (a's shape must be broadcast-compatible).
Strides broadcast_strides_to(const NDArray& a, const Shape& shape);

// Sees each run of the inner loop right after it ran, with the loop's own arguments (the
// values in the loop's dtypes, cache-hot): how NumPy's floating-point status flags are
// derived (fp_errors.hpp), since WebAssembly has no hardware flags.
struct LoopObserver {
  virtual ~LoopObserver() = default;
  virtual void after(char* const* args, int64_t n, const int64_t* steps) = 0;
};

// Runs `fn` over every element: ops[0..nin-1] are inputs, ops[nin..] the outputs. `mask`
// (optional, dtype bool) selects the elements written; others keep their value.
void run_elementwise(LoopFn fn, int nin, std::vector<IterOperand>& ops, const Shape& shape,
                     const IterOperand* mask = nullptr, LoopObserver* observer = nullptr);

}  // namespace sl
