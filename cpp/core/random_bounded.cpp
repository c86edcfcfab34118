// random_bounded.cpp — bounds checks and fills for bounded_integers. All range arithmetic
// is done in __int128 (scalar checks, like NumPy's Python ints) and in wrapping unsigned
// arithmetic of the output width (rng/off, like NumPy's C casts).
#include "core/random_bounded.hpp"

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "core/buffer.hpp"
#include "core/errors.hpp"
#include "core/random_distributions.hpp"
#include "core/views.hpp"

namespace sl {

namespace {
using i128 = __int128;

struct Limits {
  i128 lb, ub;  // inclusive range of the dtype
  int bits;     // 1 for bool
};
Limits limits_of(DType t) {
  switch (t) {
    case DType::Bool: return {0, 1, 1};
    case DType::Int8: return {-128, 127, 8};
    case DType::Int16: return {-32768, 32767, 16};
    case DType::Int32: return {-(i128(1) << 31), (i128(1) << 31) - 1, 32};
    case DType::Int64: return {-(i128(1) << 63), (i128(1) << 63) - 1, 64};
    case DType::UInt8: return {0, 255, 8};
    case DType::UInt16: return {0, 65535, 16};
    case DType::UInt32: return {0, (i128(1) << 32) - 1, 32};
    case DType::UInt64: return {0, (i128(1) << 64) - 1, 64};
    default: return {0, 0, 0};
  }
}

// One bound element: exact value for comparisons (long double holds every int64, uint64
// and double exactly on x86-64 and wasm) and its C-cast integer value.
struct Bound {
  long double ld;
  i128 iv;
  bool is_float;
};
Bound bound_of(const Scalar& s) {
  Bound b{0, 0, false};
  switch (dtype_kind(s.dtype)) {
    case 'b': b.iv = s.v.b ? 1 : 0; break;
    case 'i': b.iv = s.v.i; break;
    case 'u': b.iv = s.v.u; break;
    default: {
      const double f = s.v.f;
      b.is_float = true;
      b.ld = f;
      // C cast semantics for in-range values; NaN/huge values never pass the checks that
      // matter, they only need a defined result.
      b.iv = std::isnan(f) ? i128(INT64_MIN) : std::fabs(f) < 1.7e38 ? i128(f) : i128(0);
      return b;
    }
  }
  b.ld = static_cast<long double>(b.iv);
  return b;
}

// Python's int(x) of a 0-d value
i128 python_int(const Scalar& s) {
  if (dtype_is_float(s.dtype)) {
    if (std::isnan(s.v.f)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(s.v.f)) raise_overflow_error("cannot convert float infinity to integer");
    if (std::fabs(s.v.f) >= 1.7e38) raise_overflow_error("Python int too large to convert to C long");
  }
  return bound_of(s).iv;
}

[[noreturn]] void bounds_error(bool closed, bool low_any_nonzero) {
  if (!low_any_nonzero) raise_value_error(closed ? "high < 0" : "high <= 0");
  raise_value_error(closed ? "low > high" : "low >= high");
}

uint64_t width_mask(int bits) { return bits >= 64 ? ~0ULL : bits == 1 ? 0xffULL : (1ULL << bits) - 1; }

// Draws `n` samples into out's elements at `offsets` (n may repeat offsets when NumPy's
// iteration writes through a broadcast output), per-element rng/off.
struct Sampler {
  BitGenerator& bg;
  DType dtype;
  bool masked;
  rnd::Buffer32 buf;  // persists across elements, as NumPy's buffer does within one call
  void draw(uint8_t* p, uint64_t off, uint64_t rng) {
    switch (dtype_itemsize(dtype)) {
      case 1: {
        uint8_t v = dtype == DType::Bool
                        ? static_cast<uint8_t>(rnd::bounded_bool(bg, off != 0, rng != 0, buf))
                        : rnd::bounded_uint8(bg, static_cast<uint8_t>(off), static_cast<uint8_t>(rng), masked, buf);
        std::memcpy(p, &v, 1);
        break;
      }
      case 2: {
        uint16_t v = rnd::bounded_uint16(bg, static_cast<uint16_t>(off), static_cast<uint16_t>(rng), masked, buf);
        std::memcpy(p, &v, 2);
        break;
      }
      case 4: {
        uint32_t v = rnd::bounded_uint32(bg, static_cast<uint32_t>(off), static_cast<uint32_t>(rng), masked);
        std::memcpy(p, &v, 4);
        break;
      }
      default: {
        uint64_t v = rnd::bounded_uint64(bg, off, rng, masked);
        std::memcpy(p, &v, 8);
        break;
      }
    }
  }
};

std::vector<Bound> flatten_bounds(const ArrayPtr& a, const Shape& shape) {
  ArrayPtr v = broadcast_to(a, shape);
  std::vector<Bound> out;
  for_each_offset(v->shape, v->strides, v->offset,
                  [&](int64_t off) { out.push_back(bound_of(Scalar::load(v->buffer->data() + off, v->dtype))); });
  return out;
}

std::vector<Bound> all_bounds(const ArrayPtr& a) { return flatten_bounds(a, a->shape); }

bool any_nonzero(const std::vector<Bound>& v) {
  for (const Bound& b : v)
    if (b.ld != 0) return true;
  return false;
}

// Broadcast shape of a binary comparison, with the ufunc's message on mismatch.
Shape compare_shape(const ArrayPtr& a, const ArrayPtr& b) {
  try {
    return broadcast_shapes({a->shape, b->shape});
  } catch (const PyError&) {
    raise_value_error("operands could not be broadcast together with shapes " +
                      shape_str_compact(a->shape) + " " + shape_str_compact(b->shape) + " ");
  }
}

ArrayPtr broadcast_path(BitGenerator& bg, const ArrayPtr& low, const ArrayPtr& high,
                        const SizeArg& size, DType dtype, bool masked, bool closed) {
  const Limits lim = limits_of(dtype);
  const std::string name = dtype_name(dtype);
  const std::vector<Bound> lows = all_bounds(low), highs = all_bounds(high);
  const bool low_nonzero = any_nonzero(lows);
  for (const Bound& b : lows)
    if (b.ld < static_cast<long double>(lim.lb)) raise_value_error("low is out of bounds for " + name);

  // Per-element closed upper bound (high - 1 unless closed), as NumPy computes it.
  std::vector<i128> highm1(highs.size());
  if (lim.bits < 64) {
    const long double ub_excl = static_cast<long double>(lim.ub + 1);
    for (const Bound& b : highs)
      if (closed ? b.ld >= ub_excl : b.ld > ub_excl) raise_value_error("high is out of bounds for " + name);
    Shape cs = compare_shape(low, high);
    std::vector<Bound> l = flatten_bounds(low, cs), h = flatten_bounds(high, cs);
    for (size_t i = 0; i < l.size(); ++i)
      if (closed ? l[i].ld > h[i].ld : l[i].ld >= h[i].ld) bounds_error(closed, low_nonzero);
    for (size_t i = 0; i < highs.size(); ++i) highm1[i] = highs[i].iv - (closed ? 0 : 1);
  } else {
    const bool high_is_float = dtype_is_float(high->dtype);
    if (closed || !high_is_float) {
      for (const Bound& b : highs)
        if (closed ? b.ld < static_cast<long double>(lim.lb) : b.ld <= static_cast<long double>(lim.lb))
          bounds_error(closed, low_nonzero);
      for (size_t i = 0; i < highs.size(); ++i) {
        highm1[i] = highs[i].iv - (closed ? 0 : 1);
        if (highm1[i] > lim.ub) raise_value_error("high is out of bounds for " + name);
      }
    } else {
      for (size_t i = 0; i < highs.size(); ++i) {
        Scalar s = Scalar::from_double(static_cast<double>(highs[i].ld));
        i128 cu = python_int(s) - 1;
        if (cu > lim.ub) raise_value_error("high is out of bounds for " + name);
        if (cu < lim.lb) bounds_error(closed, low_nonzero);
        highm1[i] = cu;
      }
    }
    // low > high - 1, compared after broadcasting low against the closed bounds
    Shape cs = compare_shape(low, high);
    ArrayPtr hidx = new_array(high->shape, DType::Int64);
    int64_t* hp = reinterpret_cast<int64_t*>(hidx->data());
    for (size_t i = 0; i < highs.size(); ++i) hp[i] = static_cast<int64_t>(i);
    std::vector<Bound> l = flatten_bounds(low, cs), hi = flatten_bounds(hidx, cs);
    for (size_t i = 0; i < l.size(); ++i)
      if (l[i].ld > static_cast<long double>(highm1[static_cast<size_t>(hi[i].iv)]))
        bounds_error(closed, low_nonzero);
  }

  // Output, then NumPy's 3-way iteration over (low, high, out) for out.size steps.
  Shape out_shape = size ? *size : compare_shape(low, high);
  if (size) shape_size(*size);
  ArrayPtr out = new_array(out_shape, dtype);
  const Shape it_shape = broadcast_shapes({low->shape, high->shape, out_shape});
  std::vector<Bound> l = flatten_bounds(low, it_shape);
  ArrayPtr hidx = new_array(high->shape, DType::Int64);
  int64_t* hp = reinterpret_cast<int64_t*>(hidx->data());
  for (size_t i = 0; i < highs.size(); ++i) hp[i] = static_cast<int64_t>(i);
  std::vector<Bound> h = flatten_bounds(hidx, it_shape);
  ArrayPtr ov = broadcast_to(out, it_shape);
  std::vector<int64_t> out_off;
  for_each_offset(ov->shape, ov->strides, ov->offset, [&](int64_t o) { out_off.push_back(o); });

  const uint64_t wmask = width_mask(lim.bits);
  Sampler s{bg, dtype, masked, {}};
  const int64_t n = out->size();
  for (int64_t i = 0; i < n; ++i) {
    const i128 lo = l[i].iv, hm1 = highm1[static_cast<size_t>(h[i].iv)];
    const uint64_t rng = static_cast<uint64_t>(hm1 - lo) & wmask;
    const uint64_t off = static_cast<uint64_t>(lo) & wmask;
    s.draw(out->buffer->data() + out_off[i], off, rng);
  }
  return out;
}
}  // namespace

ArrayPtr bounded_integers(BitGenerator& bg, const ArrayPtr& low, const ArrayPtr& high,
                          const SizeArg& size, DType dtype, bool masked, bool closed) {
  if (size) {
    int64_t prod = 1;
    for (int64_t d : *size) prod *= d;
    if (prod == 0) return new_array(*size, dtype);
  }
  if (low->ndim() != 0 || high->ndim() != 0)
    return broadcast_path(bg, low, high, size, dtype, masked, closed);

  const Limits lim = limits_of(dtype);
  const std::string name = dtype_name(dtype);
  const i128 lo = python_int(low->item0());
  i128 hi = python_int(high->item0());
  if (!closed) hi -= 1;
  if (lo < lim.lb) raise_value_error("low is out of bounds for " + name);
  if (hi > lim.ub) raise_value_error("high is out of bounds for " + name);
  if (lo > hi) bounds_error(closed, lo != 0);

  const uint64_t wmask = width_mask(lim.bits);
  const uint64_t rng = static_cast<uint64_t>(hi - lo) & wmask;
  const uint64_t off = static_cast<uint64_t>(lo) & wmask;
  ArrayPtr out = new_array(size_shape(size), dtype);
  const int64_t n = out->size();
  const int item = out->itemsize();
  Sampler s{bg, dtype, masked, {}};
  uint8_t* p = out->data();
  for (int64_t i = 0; i < n; ++i, p += item) {
    if ((i & 0xffff) == 0xffff) check_interrupt();
    s.draw(p, off, rng);
  }
  return out;
}

}  // namespace sl
