// einsum.hpp — np.einsum's C engine (NumPy's c_einsum, used when optimize=False): the
// subscript parser with NumPy's messages, implicit output (labels seen once, in ASCII
// order, broadcast dimensions first), `...` broadcasting, repeated labels (diagonal views),
// the single-operand view shortcut ('ii->i', 'ij->ji' return views), and the sum of
// products over NumPy's iterator.
//
// Summation order matters for the last bits of float results, so the iteration follows
// NpyIter (axes sorted by stride with NumPy's stable insertion sort, then coalesced; the
// output allocated in that order) and each inner loop reproduces the kernel NumPy picks
// from the inner strides: element-wise multiply-adds keep the sequential order, while the
// contiguous reductions (sum of one operand, dot of two) emulate NumPy's 128-bit SIMD
// lanes (2 doubles / 4 floats, 4 vectors per step, then the horizontal sum) as built for
// x86-64's baseline (SSE3, no FMA).
//
// Not here: the Python-level einsum (sublist format, optimize=, einsum_path), which is in
// einsum_path.hpp and the numpy module; operands needing a cast are cast up front (NumPy
// buffers them in chunks of 8192, which can change float sums over more elements).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/ndarray.hpp"
#include "core/ufunc.hpp"

namespace sl {

struct EinsumOptions {
  std::optional<DType> dtype;           // dtype=
  char order = 'K';                     // order= ('K', 'C', 'F', 'A')
  Casting casting = Casting::Safe;      // casting= (einsum's default is 'safe')
  ArrayPtr out;                         // out= (must have the output's shape)
};

// c_einsum(subscripts, *operands, ...). A 0-d result stands for NumPy's scalar (callers turn
// it into one unless `out` was given).
ArrayPtr c_einsum(const std::string& subscripts, const std::vector<ArrayPtr>& operands,
                  const EinsumOptions& options = {});

}  // namespace sl
