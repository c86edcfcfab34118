// ndarray.hpp — NumPy's memory model: an array is {buffer, byte offset, shape, byte strides,
// dtype, flags}. Arrays are heap objects handled through ArrayPtr (std::shared_ptr) because
// identity matters: `b.base is a` must hold, and a view keeps its base alive.
//
// Invariants (checked where arrays are built, relied on everywhere else):
//   - every element address offset + sum(i_k * strides[k]) lies inside the buffer
//     (for non-empty arrays), so reading any element never leaves the buffer;
//   - `base` is null for an array that owns its data; for a view it is the array that owns
//     the data (chains collapse to the owner, as in NumPy), or the array it was built from
//     when that array borrows foreign memory.
// This header does not compute (no ufuncs, no printing): see the kernels and format files.
#pragma once
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/buffer.hpp"
#include "core/dtype.hpp"
#include "core/dtype_descr.hpp"
#include "core/wrapping.hpp"

namespace sl {

using Shape = std::vector<int64_t>;
using Strides = std::vector<int64_t>;  // in bytes, may be negative or zero

class NDArray;
using ArrayPtr = std::shared_ptr<NDArray>;

// A single element value of any numeric dtype; float16/float32 are held as an exact
// double, ints as int64 or uint64 according to the dtype's signedness, complex as v.f (real)
// and im (imaginary). `dtype` is native after load(); a swapped dtype is only ever the target
// of cast() + store(). Strings and records are not Scalars (the numpy module handles them).
struct Scalar {
  DType dtype = DType::Float64;
  union {
    bool b;
    int64_t i;
    uint64_t u;
    double f;
  } v{};
  double im = 0;  // imaginary part of a complex value (0 for every other kind)

  static Scalar from_bool(bool x) { Scalar s; s.dtype = DType::Bool; s.v.b = x; return s; }
  static Scalar from_int(int64_t x, DType t = DType::Int64) { Scalar s; s.dtype = t; s.v.i = x; return s; }
  static Scalar from_uint(uint64_t x, DType t = DType::UInt64) { Scalar s; s.dtype = t; s.v.u = x; return s; }
  static Scalar from_double(double x, DType t = DType::Float64) { Scalar s; s.dtype = t; s.v.f = x; return s; }
  static Scalar from_complex(double re, double imag, DType t = DType::Complex128) {
    Scalar s; s.dtype = t; s.v.f = re; s.im = imag; return s;
  }

  double as_double() const;
  int64_t as_int64() const;    // C cast semantics (float truncates)
  uint64_t as_uint64() const;
  bool as_bool() const;
  // Converts to another dtype with C-style casting (wraps, truncates), as .astype does.
  Scalar cast(DType to) const;
  // Reads/writes one element of type `dtype` at `p` (unaligned access allowed). A swapped
  // dtype is read into its native twin; flexible dtypes raise (not numbers).
  static Scalar load(const uint8_t* p, DType dtype);
  void store(uint8_t* p) const;  // converts to this->dtype's C type: call cast() first
};

struct Flags {
  bool c_contiguous, f_contiguous, owndata, writeable, aligned;
};

class NDArray {
 public:
  BufferPtr buffer;
  int64_t offset = 0;  // bytes from buffer->data() to element [0, 0, ...]
  Shape shape;
  Strides strides;
  DType dtype = DType::Float64;
  // The rest of the descriptor (itemsize, fields, ...) for a flexible dtype ('S', 'U', 'V'),
  // null otherwise. Set together with dtype (set_descr); views of the same dtype share it.
  std::shared_ptr<const FlexInfo> flex;
  bool writeable = true;
  ArrayPtr base;  // null when this array owns its data

  int ndim() const { return static_cast<int>(shape.size()); }
  int64_t size() const;
  int itemsize() const { return flex ? static_cast<int>(flex->itemsize) : dtype_itemsize(dtype); }
  Descr descr() const { return Descr(dtype, flex); }
  void set_descr(const Descr& d) { dtype = d.type; flex = d.flex; }
  int64_t nbytes() const { return size() * itemsize(); }
  bool owndata() const { return !base; }
  bool is_c_contiguous() const;
  bool is_f_contiguous() const;
  bool is_aligned() const;
  Flags flags() const;

  uint8_t* data() const { return buffer->data() + offset; }
  // Byte offset (from buffer start) of the element at `index` (length ndim, in range).
  int64_t byte_offset(const int64_t* index) const;
  Scalar get(const int64_t* index) const { return Scalar::load(buffer->data() + byte_offset(index), dtype); }
  void set(const int64_t* index, const Scalar& s) const;  // casts s to dtype; raises if read-only
  // First element (size must be >= 1)
  Scalar item0() const { return Scalar::load(data(), dtype); }

  // [min, max) byte range (relative to buffer start) touched by this array's elements;
  // {offset, offset} when empty.
  std::pair<int64_t, int64_t> byte_extent() const;
};

// New owning array, zero-filled (C or F order strides). The DType form is for the numeric
// types: a flexible DType raises (the caller must say its size with a Descr). Fill::Overwritten
// (buffer.hpp) skips the clearing for a caller that stores every element; records are
// cleared anyway (element-wise kernels copy fields, never the padding between them).
ArrayPtr new_array(const Shape& shape, DType dtype, bool fortran_order = false, Fill fill = Fill::Zeros);
ArrayPtr new_array(const Shape& shape, const Descr& descr, bool fortran_order = false,
                   Fill fill = Fill::Zeros);
// A view on src's buffer with the given geometry; base collapses to the owner. Every view is
// validated (extent.hpp, check_view_in_buffer): ValueError when shape/strides differ in
// length, size * itemsize overflows ("array is too big") or an element would fall outside
// the buffer. checked_view is the same function, named for constructors that take a
// user-described geometry (as_strided, __array_interface__, np.ndarray(buffer=...),
// frombuffer): new constructors call it, and nothing else, to make a view of given bytes.
// The DType form keeps src's full descriptor when `dtype` is src's own (a same-type view of
// a record or string array stays one); another flexible DType raises.
ArrayPtr make_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, DType dtype);
ArrayPtr make_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, const Descr& descr);
ArrayPtr checked_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, DType dtype);
ArrayPtr checked_view(const ArrayPtr& src, int64_t offset, Shape shape, Strides strides, const Descr& descr);
// 0-d array holding one scalar
ArrayPtr array_from_scalar(const Scalar& s);

Strides contiguous_strides(const Shape& shape, int itemsize, bool fortran_order = false);
// product; ValueError on negative dims or overflow (extent.hpp checked_size, itemsize 1)
int64_t shape_size(const Shape& shape);
// Normalises a possibly negative axis; raises AxisError like NumPy:
// "axis 2 is out of bounds for array of dimension 2"
// `prefix` names the argument as NumPy's message does ("axis2: axis 3 is out of bounds...").
int normalize_axis(int64_t axis, int ndim, const char* prefix = nullptr);

// Visits every element of a (possibly non-contiguous, possibly empty) geometry in C order,
// calling f(byte_offset_from_buffer_start). Dimension order is the array's logical order.
template <class F>
void for_each_offset(const Shape& shape, const Strides& strides, int64_t start, F&& f) {
  const int nd = static_cast<int>(shape.size());
  for (int k = 0; k < nd; ++k)
    if (shape[k] == 0) return;
  if (nd == 0) { f(start); return; }
  std::vector<int64_t> idx(nd, 0);
  const int64_t inner_n = shape[nd - 1], inner_s = strides[nd - 1];
  int64_t base = start;
  for (;;) {
    // Stepping past the last element along an axis is computed but never used; with the
    // arbitrary stride a length-1 axis may have (as_strided(x, (1,), (2**63-1,))) it can
    // exceed int64, so the steps wrap (wrapping.hpp) and every offset f sees is exact.
    int64_t p = base;
    for (int64_t i = 0; i < inner_n; ++i, p = wrapping_add(p, inner_s)) f(p);
    int k = nd - 2;
    for (; k >= 0; --k) {
      base = wrapping_add(base, strides[k]);
      if (++idx[k] < shape[k]) break;
      base = wrapping_sub(base, wrapping_mul(strides[k], shape[k]));
      idx[k] = 0;
    }
    if (k < 0) return;
  }
}

}  // namespace sl
