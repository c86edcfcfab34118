// numpy_ndarray_new.cpp — the ndarray constructor, `np.ndarray(shape, dtype=float,
// buffer=None, offset=0, strides=None, order=None)`, NumPy's low-level way to view memory.
//
// Safety: a view over a buffer is built only through core's checked_view (extent.hpp), with
// every size, offset and stride sum overflow-checked in int64; NumPy's own checks and
// messages come first ("buffer is too small for requested array", "strides is incompatible
// with shape of requested array and size of buffer"). Where NumPy 1.24 reads outside the
// buffer (a negative or huge offset), this is NumPy 2's ValueError instead.
//
// Buffers: an ndarray (its bytes, when C-contiguous, writeable as the array is) or bytes
// (read-only). Not here: np.frombuffer (a creation function; it must end in checked_view too).
#include "core/extent.hpp"
#include "core/ndarray.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {

namespace {

struct BufferView {
  ArrayPtr owner;      // 1-d uint8 array over exactly the buffer's bytes
  int64_t length = 0;  // bytes
  bool writeable = true;
};

// The buffer protocol as far as stridelab has it: ndarray and bytes.
BufferView get_buffer(const ObjPtr& o) {
  BufferView b;
  if (is_ndarray(o)) {
    const ArrayPtr& a = array_of(o);
    if (!a->is_c_contiguous())
      raise_value_error(a->is_f_contiguous() ? "ndarray is not C-contiguous" : "ndarray is not contiguous");
    // the array's own bytes as a flat uint8 view (the base chain keeps them alive)
    b.length = a->nbytes();
    b.owner = make_view(a, a->offset, {b.length}, {1}, DType::UInt8);
    b.writeable = a->writeable;
    return b;
  }
  if (o->type() == bytes_type) {
    auto* bo = static_cast<BytesObject*>(o.get());
    auto keep = std::make_shared<ObjPtr>(o);  // the bytes object owns the memory
    auto holder = std::make_shared<NDArray>();
    holder->buffer = Buffer::borrow(reinterpret_cast<uint8_t*>(bo->value.data()),
                                    static_cast<int64_t>(bo->value.size()), keep);
    holder->shape = {static_cast<int64_t>(bo->value.size())};
    holder->strides = {1};
    holder->dtype = DType::UInt8;
    holder->writeable = false;
    b.owner = holder;
    b.length = holder->shape[0];
    b.writeable = false;
    return b;
  }
  raise_type_error("a bytes-like object is required, not '" + type_name(o) + "'");
}

ObjPtr ndarray_new(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  static const Signature sig("ndarray", {"shape", "dtype=", "buffer=", "offset=", "strides=", "order="});
  BoundArgs a = sig.bind(args, kwargs);
  Shape shape = to_shape(a[0]);
  const DType dtype = a.given(1) ? to_dtype(a[1]) : DType::Float64;
  const int64_t itemsize = dtype_itemsize(dtype);
  const char order = a.given(5) ? to_order(a[5], 'C', "CFA") : 'C';
  const bool fortran = order == 'F';
  std::optional<Strides> strides;
  if (a.given(4)) strides = to_shape(a[4]);
  if (!a.given(2)) {
    if (strides) raise_value_error("strides cannot be given without a buffer: use as_strided");
    return wrap_array(new_array(shape, dtype, fortran));  // zeros (NumPy: uninitialised)
  }
  const BufferView buf = get_buffer(a[2]);
  const int64_t offset = a.given(3) ? to_int64(a[3]) : 0;
  if (offset < 0 || offset > buf.length)
    raise_value_error("offset must be non-negative and no greater than buffer length (" +
                      std::to_string(buf.length) + ")");
  if (shape.size() == 1 && shape[0] == -1) shape[0] = (buf.length - offset) / itemsize;
  const int64_t size = checked_size(shape, itemsize);  // negative dims, "array is too big"
  if (strides) {
    if (strides->size() != shape.size())
      raise_value_error("strides, if given, must be the same length as shape");
    ByteExtent e;
    const bool fits = size == 0 ? true
                                : try_byte_extent(offset, shape, *strides, itemsize, &e) && e.lo >= 0 &&
                                      e.hi <= buf.length;
    if (!fits) raise_value_error("strides is incompatible with shape of requested array and size of buffer");
  } else {
    if (size * itemsize > buf.length - offset)  // no overflow: checked_size bounds the product
      raise_type_error("buffer is too small for requested array");
    strides = contiguous_strides(shape, static_cast<int>(itemsize), fortran);
  }
  ArrayPtr v = checked_view(buf.owner, buf.owner->offset + offset, shape, *strides, dtype);
  v->writeable = buf.writeable;
  return wrap_array(v);
}

void init_ndarray_new(Interpreter&, ModuleObject&) {
  init_numpy_types();
  ndarray_type->construct = ndarray_new;
}

}  // namespace

void register_numpy_ndarray_new() { register_numpy_part("numpy", init_ndarray_new); }

}  // namespace sl
