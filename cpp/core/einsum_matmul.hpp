// einsum_matmul.hpp — routes a two-operand einsum that is a plain matrix product after
// transposes ('ij,jk->ik', 'ji,jk->ki', 'ij,jk->ki', ...) to the cache-blocked kernel of
// matmul_kernel.hpp, when that gives exactly c_einsum's bits.
//
// Why the bits agree: c_einsum iterates the summed axis outside the fastest axis whenever
// the fastest axis is an output axis; its inner loop is then element-wise (out = a*b + out)
// and every output element receives its terms one by one in increasing order of the summed
// index, starting from the zero-filled output — the same sequence of roundings as the
// blocked kernel (one multiply and one add per term, in l order, from +0). When the summed
// axis is the fastest (e.g. 'ij,kj->ik' on C-ordered operands) NumPy's lane-wise dot kernel
// reassociates, so that case is left to c_einsum's own loops.
//
// Does not: cast (the operands already have the result dtype), handle other dtypes than
// float64/float32, broadcasting (every axis must be longer than 1) or more than 3 iterator
// axes.
#pragma once
#include <cstdint>

#include "core/dtype.hpp"

namespace sl {

// One iterator axis as c_einsum orders them (index 0 = fastest): its length and the byte
// strides of operand 0, operand 1 and the output.
struct EinsumMatmulAxis {
  int64_t size;
  int64_t stride_a, stride_b, stride_out;
};

// Computes the product into `out` and returns true when the 3 axes are one summed axis and
// one free axis per operand, the fastest axis is not the summed one, and the blocked kernel
// is worthwhile; returns false (nothing written) otherwise.
bool einsum_matmul(DType dt, const EinsumMatmulAxis* axes, int naxes, const uint8_t* a, const uint8_t* b,
                   uint8_t* out);

}  // namespace sl
