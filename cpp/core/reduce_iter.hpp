// reduce_iter.hpp — runs a ufunc loop as a reduction exactly the way NumPy's buffered
// reduction iterator does (PyUFunc_ReduceWrapper + nditer with BUFFERED|REDUCE_OK,
// buffersize 8192), because for floats the grouping IS the result:
//   1. axes are ordered by the input's memory layout (npyiter_find_best_axis_ordering with
//      operands [out, in]) and contiguous neighbours coalesced;
//   2. the iteration is cut into inner-loop calls by NumPy's buffer logic
//      (npyiter_copy_to_buffers / npyiter_checkreducesize, incl. REUSE_REDUCE_LOOPS);
//   3. each call where the output does not move along the innermost axis is one
//      `out += pairwise_sum(run)` (for add), so a C-ordered axis=1 sum is pairwise per row
//      in blocks of 8192 and an axis=0 sum accumulates row after row, as in NumPy.
// Runs that span several axes (non-coalescable input) are gathered into a contiguous
// buffer first, as NumPy's buffer copy does; inputs of another dtype are cast the same way.
//
// With a where= mask the loop is called on the runs of True inside each inner-loop call
// (NumPy's generic masked strided loop), so pairwise sums restart at every masked gap.
//
// Not here: dtype/identity/axis handling (reduce.cpp).
#pragma once
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc_table.hpp"

namespace sl {

struct ReduceOperands {
  char* in_data = nullptr;
  Strides in_strides;  // per input axis
  DType in_dtype = DType::Float64;
  char* out_data = nullptr;
  Strides out_strides;  // per input axis; 0 on reduced axes
  DType loop_dtype = DType::Float64;  // the output's dtype and the loop's
  // where= mask (bool), broadcast to the input's shape; null: every element counts. The
  // loop then runs on the unmasked runs of each inner-loop call only (NumPy's masked loop).
  const char* mask_data = nullptr;
  Strides mask_strides;  // per input axis
};

// NumPy's iteration axis order for a reduction (innermost first). `out_strides` are all 0
// when the output is still to be allocated (as nditer sees an unallocated operand).
std::vector<int> reduce_axis_order(const Shape& shape, const Strides& in_strides,
                                   const Strides& out_strides, const Strides* mask_strides = nullptr);

// Runs `fn` (a binary loop called as fn(out, in, out)) over every element of the input
// shape `shape`, accumulating into the output. The output must be initialised.
void run_reduce(LoopFn fn, const Shape& shape, const ReduceOperands& ops);

}  // namespace sl
