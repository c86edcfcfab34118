#include "core/einsum_matmul.hpp"

#include <cstring>
#include <vector>

#include "core/extent.hpp"
#include "core/matmul_kernel.hpp"

namespace sl {
namespace {

bool aligned(const void* p, int64_t isz) { return reinterpret_cast<uintptr_t>(p) % static_cast<uintptr_t>(isz) == 0; }

// rows x len matrix of T read at base + r * rs + l * ls (any byte strides, any alignment),
// returned as a pointer to row-major rows contiguous in l: the operand itself when it
// already is one (aligned, l contiguous), else a packed copy in `tmp`.
template <class T>
const T* rows_contiguous(const uint8_t* base, int64_t rows, int64_t rs, int64_t len, int64_t ls, std::vector<T>& tmp,
                         int64_t* ld) {
  constexpr int64_t isz = sizeof(T);
  if (ls == isz && rs > 0 && rs % isz == 0 && aligned(base, isz)) {
    *ld = rs / isz;
    return reinterpret_cast<const T*>(base);
  }
  tmp.resize(alloc_count(alloc_mul(rows, len), isz));
  for (int64_t r = 0; r < rows; ++r)
    for (int64_t l = 0; l < len; ++l) std::memcpy(&tmp[static_cast<size_t>(r * len + l)], base + r * rs + l * ls, isz);
  *ld = len;
  return tmp.data();
}

template <class T>
bool run(const EinsumMatmulAxis& I, const EinsumMatmulAxis& K, const EinsumMatmulAxis& J, const uint8_t* a,
         const uint8_t* b, uint8_t* out) {
  constexpr int64_t isz = sizeof(T);
  // the output is c_einsum's fresh array: aligned, strides positive multiples of the item
  if (!aligned(out, isz) || I.stride_out <= 0 || K.stride_out <= 0 || I.stride_out % isz || K.stride_out % isz)
    return false;
  std::vector<T> ta, tb;
  int64_t lda = 0, ldb = 0;
  const T* A = rows_contiguous<T>(a, I.size, I.stride_a, J.size, J.stride_a, ta, &lda);
  const T* Bt = rows_contiguous<T>(b, K.size, K.stride_b, J.size, J.stride_b, tb, &ldb);
  blocked_product(A, lda, 1, Bt, ldb, 1, reinterpret_cast<T*>(out), I.stride_out / isz, K.stride_out / isz, I.size, K.size,
                  J.size);
  return true;
}

}  // namespace

bool einsum_matmul(DType dt, const EinsumMatmulAxis* axes, int naxes, const uint8_t* a, const uint8_t* b,
                   uint8_t* out) {
  if (naxes != 3 || (dt != DType::Float64 && dt != DType::Float32)) return false;
  int ii = -1, kk = -1, jj = -1;
  for (int x = 0; x < 3; ++x) {
    const EinsumMatmulAxis& ax = axes[x];
    if (ax.size < 2) return false;  // a length-1 axis has zero strides: not this pattern
    const bool sa = ax.stride_a != 0, sb = ax.stride_b != 0, so = ax.stride_out != 0;
    if (sa && sb && !so && jj < 0) jj = x;
    else if (sa && !sb && so && ii < 0) ii = x;
    else if (!sa && sb && so && kk < 0) kk = x;
    else return false;
  }
  if (ii < 0 || kk < 0 || jj < 0 || jj == 0) return false;  // summed axis fastest: NumPy's dot lanes
  const EinsumMatmulAxis &I = axes[ii], &K = axes[kk], &J = axes[jj];
  if (!blocked_product_worthwhile(I.size, K.size, J.size)) return false;
  if (dt == DType::Float64) return run<double>(I, K, J, a, b, out);
  return run<float>(I, K, J, a, b, out);
}

}  // namespace sl
