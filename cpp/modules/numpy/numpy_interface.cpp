// numpy_interface.cpp — the array interface: np.asarray(obj) for foreign objects exposing
// __array_interface__ (the tutorial's `mutable_str.MutableString` is one).
//
// Safety: a data pointer is honoured only when [ptr, ptr + extent) lies inside one live
// buffer of this session (Buffer::find_containing); anything else is a ValueError, so a
// wrong pointer can never read or write outside allocated memory or reach another
// session's arrays. All arithmetic is overflow-checked (core/extent.hpp).
#include "core/buffer.hpp"
#include "core/extent.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {

ArrayPtr array_from_interface(const ObjPtr& owner, const ObjPtr& iface) {
  (void)owner;
  if (!is_dict(iface)) raise_value_error("__array_interface__ must be a dict");
  DictObject* d = as_dict(iface);
  ObjPtr data = d->get("data"), shape_o = d->get("shape"), typestr = d->get("typestr");
  if (!data || !shape_o || !typestr)
    raise_value_error("__array_interface__ must contain 'data', 'shape' and 'typestr'");
  if (!is_tuple(data) || tuple_items(data).size() != 2)
    raise_type_error("__array_interface__ data must be a 2-tuple with (data pointer integer, read-only flag)");
  int64_t ptr = to_int64(tuple_items(data)[0]);
  bool readonly = is_true(tuple_items(data)[1]);
  DType t = parse_dtype(to_str(typestr, "typestr"));
  Shape shape = to_shape(shape_o);
  ObjPtr strides_o = d->get("strides");
  Strides strides = (strides_o && !is_none(strides_o)) ? to_shape(strides_o)
                                                       : contiguous_strides(shape, dtype_itemsize(t));
  if (strides.size() != shape.size()) raise_value_error("mismatch in length of strides and shape");
  // Overflow-checked geometry (extent.hpp): negative dims, size * itemsize, and the byte
  // range [lo, hi) relative to ptr, all in int64 before anything becomes an address.
  const int64_t itemsize = dtype_itemsize(t);
  const bool empty = checked_size(shape, itemsize) == 0;
  ByteExtent e;
  if (!empty && !try_byte_extent(0, shape, strides, itemsize, &e))
    raise_value_error("__array_interface__ describes a view whose byte extent overflows a 64-bit integer");
  if (empty) e = {0, 0};
  // The 64-bit pointer is validated before any cast: on wasm32 `p + 2**32` must not wrap to p.
  int64_t first = 0;
  uintptr_t addr = 0;
  BufferPtr buf;
  if (!add_overflows(ptr, e.lo, &first) && pointer_from_int64(first, &addr) &&
      pointer_from_int64(ptr, &addr))
    buf = Buffer::find_containing(static_cast<uintptr_t>(first), e.hi - e.lo);
  if (!buf)
    raise_value_error("__array_interface__ data pointer " + std::to_string(ptr) +
                      " does not point into memory owned by this session (stridelab only views live buffers)");
  auto holder = std::make_shared<NDArray>();
  holder->buffer = buf;
  holder->shape = {buf->size()};
  holder->strides = {1};
  holder->dtype = DType::UInt8;
  int64_t offset = ptr - static_cast<int64_t>(reinterpret_cast<uintptr_t>(buf->data()));
  ArrayPtr v = checked_view(holder, offset, shape, strides, t);
  v->writeable = !readonly;
  return v;
}

}  // namespace sl
