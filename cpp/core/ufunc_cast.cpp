#include "core/ufunc_cast.hpp"

#include "core/ufunc_loops.hpp"

namespace sl {
namespace {

// A bool element is one byte that may hold any value (u1.view(bool), np.frombuffer,
// as_strided over bytes): NumPy reads it as "nonzero". Loading such a byte as a C++ bool is
// undefined behaviour and in practice keeps the raw value (astype(int) gave 136, sum() 394),
// so bools are read as bytes.
template <class S>
inline S load_source(const char* p) {
  if constexpr (std::is_same_v<S, bool>) return *reinterpret_cast<const unsigned char*>(p) != 0;
  else return loops::ld<S>(p);
}

template <class S, class D>
void cast_loop(const char* src, int64_t ss, char* dst, int64_t ds, int64_t n) {
  if (!std::is_same_v<S, bool> && ss == static_cast<int64_t>(sizeof(S)) && ds == static_cast<int64_t>(sizeof(D)) &&
      reinterpret_cast<uintptr_t>(src) % alignof(S) == 0 &&
      reinterpret_cast<uintptr_t>(dst) % alignof(D) == 0) {
    const S* s = reinterpret_cast<const S*>(src);
    D* d = reinterpret_cast<D*>(dst);
    for (int64_t i = 0; i < n; ++i) d[i] = loops::convert<D>(s[i]);
    return;
  }
  for (int64_t i = 0; i < n; ++i, src += ss, dst += ds)
    loops::st<D>(dst, loops::convert<D>(load_source<S>(src)));
}

}  // namespace

CastFn find_cast(DType from, DType to) {
  return visit_numeric(from, [&](auto stag) -> CastFn {
    using S = decltype(stag);
    return visit_numeric(to, [](auto dtag) -> CastFn {
      using D = decltype(dtag);
      return &cast_loop<S, D>;
    });
  });
}

void store_scalar_as(const Scalar& s, DType to, char* p) {
  // Load the scalar in its own C type, then convert with the loop semantics.
  alignas(16) char tmp[16];
  s.store(reinterpret_cast<uint8_t*>(tmp));
  find_cast(s.dtype, to)(tmp, 0, p, 0, 1);
}

}  // namespace sl
