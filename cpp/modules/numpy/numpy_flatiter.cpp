// numpy_flatiter.cpp — `a.flat`: NumPy's flatiter over an array in C order, whatever its
// strides. Iteration yields scalars and advances `.index` / `.coords`; indexing with an
// int gives a scalar, with a slice, an integer array or a boolean mask a new 1-d array;
// assignment through any of those writes into the array, repeating the values cyclically
// as NumPy does (`a.flat[::2] = [1, 2]`); `a.flat = v` assigns every element. `.base` is the
// array itself; len() is its size.
// Not here: the element kernels (Scalar load/store through the array's geometry).
#include "core/assign.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

struct FlatIterObject : Object {
  ObjPtr array;  // the ndarray object (its identity is flat.base)
  int64_t index = 0;
  static TypeObject* type;
  explicit FlatIterObject(ObjPtr a) : Object(type), array(std::move(a)) {}
  const ArrayPtr& arr() const { return array_of(array); }
};
TypeObject* FlatIterObject::type = nullptr;

FlatIterObject* self_of(const ObjPtr& o) { return static_cast<FlatIterObject*>(o.get()); }

// Byte offset of the element at C-order flat position `flat`.
int64_t flat_offset(const NDArray& a, int64_t flat) {
  int64_t off = a.offset;
  for (int k = a.ndim() - 1; k >= 0; --k) {
    const int64_t n = a.shape[k];
    off += (flat % n) * a.strides[k];
    flat /= n;
  }
  return off;
}

ObjPtr coords_of(const NDArray& a, int64_t flat) {
  std::vector<ObjPtr> c(static_cast<size_t>(a.ndim()));
  for (int k = a.ndim() - 1; k >= 0; --k) {
    c[static_cast<size_t>(k)] = make_int(a.shape[k] ? flat % a.shape[k] : 0);
    if (a.shape[k]) flat /= a.shape[k];
  }
  return make_tuple(std::move(c));
}

Scalar load_at(const NDArray& a, int64_t flat) {
  return Scalar::load(a.buffer->data() + flat_offset(a, flat), a.dtype);
}

// The flat positions a key selects, and whether it was a single integer.
std::vector<int64_t> positions(const ObjPtr& key, int64_t size, bool* single) {
  *single = false;
  std::vector<int64_t> out;
  if (is_tuple(key)) {
    const auto& items = tuple_items(key);
    if (items.size() == 1) return positions(items[0], size, single);
    if (items.empty()) {  // a.flat[()]: everything
      for (int64_t i = 0; i < size; ++i) out.push_back(i);
      return out;
    }
    raise_index_error("unsupported iterator index");
  }
  if (key.get() == Ellipsis().get()) {
    for (int64_t i = 0; i < size; ++i) out.push_back(i);
    return out;
  }
  if (is_slice(key)) {
    auto* s = static_cast<SliceObject*>(key.get());
    auto part = [](const ObjPtr& p) -> std::optional<int64_t> {
      if (is_none(p)) return std::nullopt;
      return to_int64(p);
    };
    if (!is_none(s->step) && to_int64(s->step) == 0) raise_value_error("slice step cannot be zero");
    SliceBounds r = resolve_slice(SliceSpec{part(s->start), part(s->stop), part(s->step)}, size);
    for (int64_t i = 0; i < r.length; ++i) out.push_back(r.start + i * r.step);
    return out;
  }
  if (is_bool(key) || (is_numpy_scalar(key) && static_cast<ScalarObject*>(key.get())->value.dtype == DType::Bool))
    raise_index_error("unsupported iterator index");
  if (has_index(key) && !is_ndarray(key)) {
    int64_t i = to_int64(key);
    if (i < -size || i >= size)
      raise_index_error("index " + std::to_string(i) + " is out of bounds for axis 0 with size " + std::to_string(size));
    *single = true;
    out.push_back(i < 0 ? i + size : i);
    return out;
  }
  ArrayPtr idx = to_array(key);
  if (idx->dtype == DType::Bool) {
    if (idx->size() != size)
      raise_index_error("boolean index did not match indexed flat iterator of size " + std::to_string(size));
    for (int64_t i = 0; i < size; ++i)
      if (load_at(*idx, i).as_bool()) out.push_back(i);
    return out;
  }
  if (!dtype_is_integer(idx->dtype)) raise_index_error("unsupported iterator index");
  for (int64_t j = 0, n = idx->size(); j < n; ++j) {
    int64_t i = load_at(*idx, j).as_int64();
    if (i < -size || i >= size)
      raise_index_error("index " + std::to_string(i) + " is out of bounds for axis 0 with size " + std::to_string(size));
    out.push_back(i < 0 ? i + size : i);
  }
  return out;
}

ObjPtr flat_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  const NDArray& a = *self_of(self)->arr();
  bool single;
  std::vector<int64_t> pos = positions(key, a.size(), &single);
  if (single) return make_numpy_scalar(load_at(a, pos[0]));
  ArrayPtr out = new_array({static_cast<int64_t>(pos.size())}, a.dtype);
  for (size_t j = 0; j < pos.size(); ++j) {
    int64_t i = static_cast<int64_t>(j);
    out->set(&i, load_at(a, pos[j]));
  }
  // an integer array key keeps its shape (a.flat[[[0, 1]]] is 2-d)
  if (!is_slice(key) && !is_tuple(key) && key.get() != Ellipsis().get() && (is_ndarray(key) || is_list(key))) {
    ArrayPtr idx = to_array(key);
    if (idx->dtype != DType::Bool) out = reshape(out, idx->shape);
  }
  return wrap_array(out);
}

// Writes `value` (repeated cyclically) at the positions.
void assign_positions(const NDArray& a, const std::vector<int64_t>& pos, const ObjPtr& value) {
  if (!a.writeable) raise_value_error("assignment destination is read-only");
  ArrayPtr v = to_array(value);
  const int64_t n = v->size();
  if (n == 0 || pos.empty()) return;
  for (size_t j = 0; j < pos.size(); ++j) {
    Scalar s = load_at(*v, static_cast<int64_t>(j) % n).cast(a.dtype);
    s.store(a.buffer->data() + flat_offset(a, pos[j]));
  }
}

void flat_setitem(Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) {
  const NDArray& a = *self_of(self)->arr();
  bool single;
  assign_positions(a, positions(key, a.size(), &single), value);
}

ObjPtr flat_next(Interpreter&, const ObjPtr& self) {
  FlatIterObject* it = self_of(self);
  const NDArray& a = *it->arr();
  if (it->index >= a.size()) return nullptr;
  return make_numpy_scalar(load_at(a, it->index++));
}

}  // namespace

// numpy.flatiter, the type of a.flat (created once; np.flatiter is this object, so that
// isinstance(a.flat, np.flatiter) holds)
TypeObject* flatiter_type() {
  if (!FlatIterObject::type) {
    TypeObject* t = new_type("flatiter", "numpy");
    t->construct = [](Interpreter&, TypeObject* cls, PosArgs, KwArgs) -> ObjPtr {
      raise_type_error("cannot create '" + cls->qualified_name() + "' instances");  // only a.flat makes one
    };
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = flat_next;
    t->getitem = flat_getitem;
    t->setitem = flat_setitem;
    t->len = [](Interpreter&, const ObjPtr& self) { return self_of(self)->arr()->size(); };
    t->unhashable = false;
    add_getset(t, "base", [](Interpreter&, const ObjPtr& self) { return self_of(self)->array; });
    add_getset(t, "index", [](Interpreter&, const ObjPtr& self) { return make_int(self_of(self)->index); });
    add_getset(t, "coords", [](Interpreter&, const ObjPtr& self) {
      return coords_of(*self_of(self)->arr(), self_of(self)->index);
    });
    add_method(t, "copy", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      return wrap_array(copy_array(ravel(self_of(self)->arr(), 'C'), 'C'));
    });
    add_method(t, "__array__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
      return wrap_array(copy_array(ravel(self_of(self)->arr(), 'C'), 'C'));
    });
    FlatIterObject::type = t;
  }
  return FlatIterObject::type;
}

// a.flat (getter) and a.flat = v (setter), installed on ndarray by numpy_ndarray_surface.cpp
ObjPtr make_flatiter(const ObjPtr& array) {
  flatiter_type();
  return ObjPtr(new FlatIterObject(array));
}

void assign_flat(const ObjPtr& array, const ObjPtr& value) {
  const NDArray& a = *array_of(array);
  std::vector<int64_t> all(static_cast<size_t>(a.size()));
  for (int64_t i = 0; i < a.size(); ++i) all[static_cast<size_t>(i)] = i;
  assign_positions(a, all, value);
}

}  // namespace sl
