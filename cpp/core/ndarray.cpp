#include "core/ndarray.hpp"

#include <algorithm>
#include <cmath>

#include "core/errors.hpp"
#include "core/extent.hpp"
#include "core/byteswap.hpp"
#include "core/numeric_types.hpp"
#include "core/ufunc_cast.hpp"

namespace sl {

// ---- Scalar ---------------------------------------------------------------------------

double Scalar::as_double() const {
  switch (dtype_kind(dtype)) {
    case 'b': return v.b ? 1.0 : 0.0;
    case 'i': return static_cast<double>(v.i);
    case 'u': return static_cast<double>(v.u);
    default: return v.f;
  }
}

namespace {
// C-style float -> integer conversion as NumPy's casts do on x86/wasm: NaN/inf and values
// out of range give INT64_MIN ("undefined" in C, but deterministic and what NumPy shows).
int64_t float_to_int64(double f) {
  if (!(f >= -9223372036854775808.0 && f < 9223372036854775808.0)) return INT64_MIN;
  return static_cast<int64_t>(f);
}
uint64_t float_to_uint64(double f) {
  if (f >= 0 && f < 18446744073709551616.0) return static_cast<uint64_t>(f);
  if (f < 0 && f > -9223372036854775808.0) return static_cast<uint64_t>(static_cast<int64_t>(f));
  return uint64_t(1) << 63;
}
}  // namespace

int64_t Scalar::as_int64() const {
  switch (dtype_kind(dtype)) {
    case 'b': return v.b ? 1 : 0;
    case 'i': return v.i;
    case 'u': return static_cast<int64_t>(v.u);
    default: return float_to_int64(v.f);
  }
}

uint64_t Scalar::as_uint64() const {
  switch (dtype_kind(dtype)) {
    case 'b': return v.b ? 1 : 0;
    case 'i': return static_cast<uint64_t>(v.i);
    case 'u': return v.u;
    default: return float_to_uint64(v.f);
  }
}

bool Scalar::as_bool() const {
  switch (dtype_kind(dtype)) {
    case 'b': return v.b;
    case 'i': return v.i != 0;
    case 'u': return v.u != 0;
    case 'c': return v.f != 0 || im != 0;
    default: return v.f != 0;  // NaN is truthy, as in NumPy
  }
}

Scalar Scalar::cast(DType to) const {
  if (dtype_is_swapped(to)) {  // the value in the twin's type; store() swaps the bytes
    Scalar out = cast(dtype_native(to));
    out.dtype = to;
    return out;
  }
  if (!dtype_is_kernel(to) || !dtype_is_kernel(dtype)) {
    // float16 / complex on either side: the cast loops' semantics (loops::convert)
    alignas(16) uint8_t src[16], dst[16];
    Scalar self = *this;
    self.dtype = dtype_native(dtype);
    self.store(src);
    find_cast(self.dtype, to)(reinterpret_cast<const char*>(src), 0, reinterpret_cast<char*>(dst), 0, 1);
    return load(dst, to);
  }
  Scalar out;
  out.dtype = to;
  visit_dtype(to, [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool>) {
      out.v.b = as_bool();
    } else if constexpr (std::is_floating_point_v<T>) {
      out.v.f = static_cast<double>(static_cast<T>(as_double()));
    } else if constexpr (std::is_signed_v<T>) {
      out.v.i = static_cast<int64_t>(static_cast<T>(as_int64()));
    } else {
      out.v.u = static_cast<uint64_t>(static_cast<T>(as_uint64()));
    }
  });
  return out;
}

Scalar Scalar::load(const uint8_t* p, DType dtype) {
  if (dtype_is_swapped(dtype)) {
    alignas(16) uint8_t tmp[16];
    std::memcpy(tmp, p, static_cast<size_t>(dtype_itemsize(dtype)));
    byteswap_element(tmp, dtype);
    return load(tmp, dtype_native(dtype));
  }
  Scalar s;
  s.dtype = dtype;
  if (dtype == DType::Bool) {
    // read the byte, not a C++ bool: a byte other than 0/1 (bytes viewed as bool) would be
    // undefined behaviour; NumPy treats any nonzero byte as True
    s.v.b = *p != 0;
    return s;
  }
  visit_numeric(dtype, [&](auto tag) {
    using T = decltype(tag);
    T x;
    std::memcpy(&x, p, sizeof(T));
    if constexpr (std::is_same_v<T, bool>) s.v.b = x;
    else if constexpr (is_half_v<T>) s.v.f = half_to_double(x);
    else if constexpr (is_complex_v<T>) { s.v.f = x.real(); s.im = x.imag(); }
    else if constexpr (std::is_floating_point_v<T>) s.v.f = x;
    else if constexpr (std::is_signed_v<T>) s.v.i = x;
    else s.v.u = x;
  });
  return s;
}

void Scalar::store(uint8_t* p) const {
  if (dtype_is_swapped(dtype)) {
    Scalar native = *this;
    native.dtype = dtype_native(dtype);
    native.store(p);
    byteswap_element(p, dtype);
    return;
  }
  visit_numeric(dtype, [&](auto tag) {
    using T = decltype(tag);
    T x;
    if constexpr (std::is_same_v<T, bool>) x = v.b;
    else if constexpr (is_half_v<T>) x = double_to_half(v.f);
    else if constexpr (is_complex_v<T>) x = T(static_cast<typename T::value_type>(v.f), static_cast<typename T::value_type>(im));
    else if constexpr (std::is_floating_point_v<T>) x = static_cast<T>(v.f);
    else if constexpr (std::is_signed_v<T>) x = static_cast<T>(v.i);
    else x = static_cast<T>(v.u);
    std::memcpy(p, &x, sizeof(T));
  });
}

// ---- geometry helpers -----------------------------------------------------------------

int64_t shape_size(const Shape& shape) { return checked_size(shape, 1); }

Strides contiguous_strides(const Shape& shape, int itemsize, bool fortran_order) {
  const size_t nd = shape.size();
  Strides s(nd);
  int64_t acc = itemsize;
  // overflow here means itemsize * (product of the non-zero dims) overflows: NumPy's
  // "array is too big" (extent.hpp checked_size)
  auto step = [&](int64_t d) {
    if (mul_overflows(acc, d > 0 ? d : 1, &acc)) raise_array_too_big();
  };
  if (fortran_order) {
    for (size_t k = 0; k < nd; ++k) {
      s[k] = acc;
      if (k + 1 < nd) step(shape[k]);
    }
  } else {
    for (size_t k = nd; k-- > 0;) {
      s[k] = acc;
      if (k > 0) step(shape[k]);
    }
  }
  return s;
}

int normalize_axis(int64_t axis, int ndim, const char* prefix) {
  if (axis < -ndim || axis >= ndim)
    raise_axis_error(std::string(prefix ? prefix : "") + (prefix ? ": " : "") + "axis " + std::to_string(axis) + " is out of bounds for array of dimension " +
                     std::to_string(ndim));
  return static_cast<int>(axis < 0 ? axis + ndim : axis);
}

// ---- NDArray ----------------------------------------------------------------------------

int64_t NDArray::size() const {
  // Every constructor checked the geometry (extent.hpp), so this cannot overflow; the
  // check keeps `.size` from ever wrapping if a caller edits shape by hand.
  int64_t n = 1;
  for (int64_t d : shape)
    if (mul_overflows(n, d, &n)) raise_array_too_big();
  return n;
}

// NumPy's _UpdateContiguousFlags: size-1 axes are ignored, empty arrays are both.
bool NDArray::is_c_contiguous() const {
  for (int64_t d : shape)
    if (d == 0) return true;
  int64_t sd = itemsize();
  for (int k = ndim() - 1; k >= 0; --k) {
    if (shape[k] == 0) return true;
    if (shape[k] != 1) {
      if (strides[k] != sd) return false;
      sd *= shape[k];
    }
  }
  return true;
}

bool NDArray::is_f_contiguous() const {
  for (int64_t d : shape)
    if (d == 0) return true;
  int64_t sd = itemsize();
  for (int k = 0; k < ndim(); ++k) {
    if (shape[k] == 0) return true;
    if (shape[k] != 1) {
      if (strides[k] != sd) return false;
      sd *= shape[k];
    }
  }
  return true;
}

// NumPy's raw_array_is_aligned: the data pointer and every stride of an axis longer than 1
// are multiples of the dtype's alignment (NumPy's: complex128 -> 8, records -> their largest
// field's when aligned, else 1). Buffers are 16-aligned.
bool NDArray::is_aligned() const {
  const int64_t align = flex ? flex->alignment : dtype_alignment(dtype);
  if (align <= 1) return true;
  uint64_t bits = static_cast<uint64_t>(reinterpret_cast<uintptr_t>(data()));
  for (int k = 0; k < ndim(); ++k) {
    if (shape[k] == 0) return true;
    if (shape[k] > 1) bits |= static_cast<uint64_t>(strides[k]);
  }
  return bits % static_cast<uint64_t>(align) == 0;
}

Flags NDArray::flags() const {
  return Flags{is_c_contiguous(), is_f_contiguous(), owndata(), writeable, is_aligned()};
}

int64_t NDArray::byte_offset(const int64_t* index) const {
  int64_t off = offset;
  for (int k = 0; k < ndim(); ++k) off += index[k] * strides[k];
  return off;
}

void NDArray::set(const int64_t* index, const Scalar& s) const {
  if (!writeable) raise_value_error("assignment destination is read-only");
  s.cast(dtype).store(buffer->data() + byte_offset(index));
}

std::pair<int64_t, int64_t> NDArray::byte_extent() const {
  ByteExtent e;
  if (!try_byte_extent(offset, shape, strides, itemsize(), &e)) raise_array_too_big();  // unreachable: checked at construction
  return {e.lo, e.hi};
}

// ---- construction -----------------------------------------------------------------------

ArrayPtr new_array(const Shape& shape, DType dtype, bool fortran_order, Fill fill) {
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return new_array(shape, Descr(dtype), fortran_order, fill);
}

ArrayPtr new_array(const Shape& shape, const Descr& descr, bool fortran_order, Fill fill) {
  const int64_t item = descr.itemsize();
  const int64_t n = checked_size(shape, item);
  if (descr.has_fields()) fill = Fill::Zeros;
  auto a = std::make_shared<NDArray>();
  a->buffer = Buffer::allocate(n * item, shape, descr.type, fill);
  a->shape = shape;
  // NumPy gives freshly allocated empty arrays all-zero strides (views keep theirs).
  a->strides = n == 0 ? Strides(shape.size(), 0) : contiguous_strides(shape, static_cast<int>(item), fortran_order);
  a->set_descr(descr);
  return a;
}

ArrayPtr make_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, DType dtype) {
  if (dtype == src->dtype) return make_view(src, offset, std::move(shape), std::move(strides), src->descr());
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return make_view(src, offset, std::move(shape), std::move(strides), Descr(dtype));
}

ArrayPtr make_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, const Descr& descr) {
  // The one gate of every view: nothing can describe bytes outside the buffer.
  const int64_t buffer_size = src->buffer->size();
  check_view_in_buffer(buffer_size, offset, shape, strides, descr.itemsize());
  // Invariant: 0 <= offset <= buffer size for every array, so data() is a valid pointer (at
  // worst one past the end). Only an empty view can get here with an offset outside its buffer
  // (NumPy's wrapping index arithmetic on a view that is empty along another axis): it addresses
  // no element, so it keeps its source's offset instead.
  if (offset < 0 || offset > buffer_size) offset = src->offset;
  auto v = std::make_shared<NDArray>();
  v->buffer = src->buffer;
  v->offset = offset;
  v->shape = std::move(shape);
  v->strides = std::move(strides);
  v->set_descr(descr);
  v->writeable = src->writeable;
  // Collapse to the owner, as NumPy does, unless src borrows foreign memory (then src is
  // the object keeping it alive and the natural base).
  v->base = src->base ? src->base : src;
  return v;
}

ArrayPtr checked_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, DType dtype) {
  if (dtype == src->dtype) return checked_view(src, offset, std::move(shape), std::move(strides), src->descr());
  if (dtype_is_flexible(dtype)) raise_unsupported_dtype(dtype);
  return checked_view(src, offset, std::move(shape), std::move(strides), Descr(dtype));
}

ArrayPtr checked_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, const Descr& descr) {
  return make_view(src, offset, std::move(shape), std::move(strides), descr);
}

ArrayPtr array_from_scalar(const Scalar& s) {
  ArrayPtr a = new_array({}, s.dtype);
  s.store(a->data());
  return a;
}

}  // namespace sl
