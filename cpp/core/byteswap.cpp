#include "core/byteswap.hpp"

#include <algorithm>

namespace sl {
namespace {

// Swaps the item of descriptor `d` at p.
void swap_item(uint8_t* p, const Descr& d) {
  if (!d.flex) {
    if (dtype_itemsize(d.type) > 1) byteswap_element(p, d.type);
    return;
  }
  if (d.type == DType::Str) {
    for (int64_t k = 0; k + 4 <= d.itemsize(); k += 4) std::reverse(p + k, p + k + 4);
    return;
  }
  if (d.is_subarray()) {
    const Descr& base = d.subarray_base();
    const int64_t size = base.itemsize();
    if (size == 0) return;
    for (int64_t off = 0; off + size <= d.itemsize(); off += size) swap_item(p + off, base);
    return;
  }
  for (const Field& f : d.fields()) swap_item(p + f.offset, f.type);
}

}  // namespace

void byteswap_element(uint8_t* p, DType t) {
  const int n = dtype_itemsize(t);
  if (dtype_is_complex(t)) {
    std::reverse(p, p + n / 2);
    std::reverse(p + n / 2, p + n);
  } else {
    std::reverse(p, p + n);
  }
}

void byteswap_strided(uint8_t* p, int64_t stride, int64_t n, DType t) {
  if (dtype_itemsize(t) <= 1) return;
  for (int64_t i = 0; i < n; ++i, p += stride) byteswap_element(p, t);
}

void byteswap_array(const NDArray& a) {
  const Descr d = a.descr();
  uint8_t* base = a.buffer->data();
  for_each_offset(a.shape, a.strides, a.offset, [&](int64_t off) { swap_item(base + off, d); });
}

}  // namespace sl
