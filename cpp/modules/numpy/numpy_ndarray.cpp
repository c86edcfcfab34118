// numpy_ndarray.cpp — the ndarray type: attributes (shape, strides, dtype, flags, base, T,
// ...), the memory-model methods (reshape, ravel, view, astype, copy, tobytes, tolist, ...),
// indexing slots and iteration. Arithmetic slots are installed by numpy_ops.cpp.
#include <cmath>
#include <cstring>

#include "core/flex_items.hpp"
#include "lang/complex.hpp"
#include "core/assign.hpp"
#include "core/byteswap.hpp"
#include "core/format_array.hpp"
#include "core/format_scalar.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_warnings.hpp"
#include "modules/numpy/numpy_printing.hpp"
#include "modules/numpy/ops_log.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

const ArrayPtr& arr(const ObjPtr& self) { return array_of(self); }

// ---- index conversion ---------------------------------------------------------------------
const char* const kOnlyIntegersMessage =
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are "
    "valid indices";

IndexItem index_item(const ObjPtr& k) {
  if (is_none(k)) return IndexItem::make_newaxis();
  if (k.get() == Ellipsis().get()) return IndexItem::make_ellipsis();
  if (is_slice(k)) {
    auto* s = static_cast<SliceObject*>(k.get());
    auto part = [](const ObjPtr& p) -> std::optional<int64_t> {
      if (is_none(p)) return std::nullopt;
      if (!has_index(p))
        raise_type_error("slice indices must be integers or None or have an __index__ method");
      return to_int64(p);
    };
    return IndexItem::make_slice({part(s->start), part(s->stop), part(s->step)});
  }
  // A Python or NumPy bool is a 0-d boolean index (a new axis of length 1 or 0).
  if (is_bool(k) || (is_numpy_scalar(k) && static_cast<ScalarObject*>(k.get())->value.dtype == DType::Bool))
    return IndexItem::make_array(array_from_scalar(Scalar::from_bool(is_true(k))));
  if (is_int(k) || (is_numpy_scalar(k) && has_index(k)))
    return IndexItem::make_int(to_index_int64(k, ErrorType::IndexError));
  if (is_ndarray(k)) {
    // NumPy treats a 0-d integer array exactly like an integer (basic indexing, scalars).
    const ArrayPtr& x = arr(k);
    if (x->ndim() == 0 && dtype_is_integer(x->dtype)) {
      const Scalar v = x->item0();
      const bool huge = dtype_is_unsigned(v.dtype) && v.v.u > static_cast<uint64_t>(INT64_MAX);
      IndexItem item = IndexItem::make_int(huge ? INT64_MAX : v.as_int64());  // huge: out of bounds anyway
      item.scalar_array = true;
      return item;
    }
    return IndexItem::make_array(x);
  }
  // Any other sequence (list, tuple inside the index tuple, range, nested lists, array-likes)
  // is converted as np.asarray would (NumPy's prepare_index); what np.asarray would make an
  // object array of (generators, sets, dicts) is not an index.
  if (is_list(k) || is_tuple(k) || is_range(k) || getattr_or_null(k, "__array_interface__")) {
    ArrayPtr x;
    try {
      x = to_array(k);
    } catch (PyError& e) {
      // strings make a str array in NumPy, which is then not an integer index
      if (e.type != ErrorType::ValueError || e.message.rfind("could not convert string", 0) != 0) throw;
      raise_index_error(kOnlyIntegersMessage);
    }
    // an empty sequence defaults to float64 but indexes as intp (NumPy casts empty indices)
    if (x->size() == 0 && x->dtype != DType::Bool && !dtype_is_integer(x->dtype)) x = astype(x, DType::Int64, 'K');
    if (x->dtype != DType::Bool && !dtype_is_integer(x->dtype)) raise_index_error(kOnlyIntegersMessage);
    return IndexItem::make_array(x);
  }
  raise_index_error(kOnlyIntegersMessage);
}

bool full_integer_index(const std::vector<IndexItem>& idx, int ndim) {
  if (static_cast<int>(idx.size()) != ndim) return false;
  for (const IndexItem& i : idx)
    if (i.kind != IndexItem::Integer) return false;
  return true;
}

// x[['a', 'b']] on a record array: a non-empty list of str only (a tuple is an index)
bool field_name_list(const ObjPtr& key, std::vector<std::string>* names) {
  if (!is_list(key) || list_items(key).empty()) return false;
  for (const ObjPtr& k : list_items(key)) {
    if (!is_str(k)) return false;
    names->push_back(str_value(k));
  }
  return true;
}

// The view a field key selects, or null when the key is not a field key of `a`.
ArrayPtr field_key_view(const ArrayPtr& a, const ObjPtr& key) {
  if (!a->descr().has_fields()) return nullptr;
  if (is_str(key)) return field_view(a, str_value(key));
  std::vector<std::string> names;
  if (field_name_list(key, &names)) return fields_view(a, names);
  return nullptr;
}

ObjPtr nd_getitem(Interpreter&, const ObjPtr& self, const ObjPtr& key) {
  if (ArrayPtr f = field_key_view(arr(self), key)) return wrap_result(f);
  std::vector<IndexItem> idx = to_index(key);
  ArrayPtr r = logged_get_index(arr(self), idx);
  if (full_integer_index(idx, arr(self)->ndim())) return wrap_result(r);
  return wrap_array(r);
}

void nd_setitem(Interpreter&, const ObjPtr& self, const ObjPtr& key, const ObjPtr& value) {
  const ArrayPtr& a = arr(self);
  if (!a->writeable) raise_value_error("assignment destination is read-only");
  if (dtype_is_flexible(a->dtype)) {
    ArrayPtr target = field_key_view(a, key);
    if (!target) target = logged_get_index(a, to_index(key));
    // fancy indexes give copies: storing into one would be lost
    if (target->buffer != a->buffer) raise_unsupported_dtype(a->dtype);
    assign_flexible(target, value);
    return;
  }
  ArrayPtr v;
  Scalar s;
  bool weak;
  if (to_scalar(value, &s, &weak)) {
    // A Python complex stored into a real array goes through float()/int(), which refuse it
    if (weak && dtype_is_complex(s.dtype) && (dtype_is_float(a->dtype) || dtype_is_integer(a->dtype)))
      raise_type_error(dtype_is_float(a->dtype)
                           ? "float() argument must be a string or a real number, not 'complex'"
                           : "int() argument must be a string, a bytes-like object or a real number, not 'complex'");
    // A float stored into an integer array goes through int(): NaN and inf cannot.
    if (dtype_is_integer(a->dtype) && dtype_is_float(s.dtype)) {
      if (std::isnan(s.v.f)) raise_value_error("cannot convert float NaN to integer");
      if (std::isinf(s.v.f)) raise_overflow_error("cannot convert float infinity to integer");
    }
    // Python ints must fit the destination dtype (NumPy 2)
    v = weak ? array_from_nested(Nested::scalar(s, true), a->dtype) : array_from_scalar(s);
  } else {
    v = to_array(value);
  }
  warn_complex_cast(v->dtype, a->dtype);
  logged_set_index(a, to_index(key), v);
}

int64_t nd_len(Interpreter&, const ObjPtr& self) {
  if (arr(self)->ndim() == 0) raise_type_error("len() of unsized object");
  return arr(self)->shape[0];
}

// Iterating an array yields a[0], a[1], ... (scalars for 1-d).
struct ArrayIterObject : Object {
  ObjPtr array;
  int64_t pos = 0;
  static TypeObject* type;
  explicit ArrayIterObject(ObjPtr a) : Object(type), array(std::move(a)) {}
};
TypeObject* ArrayIterObject::type = nullptr;

ObjPtr nd_iter(Interpreter&, const ObjPtr& self) {
  if (arr(self)->ndim() == 0) raise_type_error("iteration over a 0-d array");
  return ObjPtr(new ArrayIterObject(self));
}
ObjPtr nd_iter_next(Interpreter&, const ObjPtr& self) {
  auto* it = static_cast<ArrayIterObject*>(self.get());
  const ArrayPtr& a = arr(it->array);
  if (it->pos >= a->shape[0]) return nullptr;
  return wrap_result(basic_index(a, {BasicIndex::make_int(it->pos++)}));
}
ObjPtr self_iter(Interpreter&, const ObjPtr& self) { return self; }

bool nd_truth(Interpreter&, const ObjPtr& self) {
  const ArrayPtr& a = arr(self);
  if (a->size() != 1)
    raise_value_error(
        "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()");
  return a->item0().as_bool();
}

// np.void's str()/repr() (NumPy 2's _void_scalar_to_string): the record's tuple with float
// fields as their scalar str() ('55.0', not the array formatter's '55.'), unless the user's
// formatter= has float_kind or legacy <= '1.25' asks for the old text (the tuple as arrays
// print it, also as repr). repr wraps it: np.void((...), dtype=[...]).
std::string void_scalar_text(const ArrayPtr& a, bool is_repr) {
  PrintOptions o = print_options();
  if (o.legacy <= 125) return array_str(*a, o);
  o.formatter.emplace("float_kind", [](const Scalar& s) { return scalar_str(s); });
  const std::string val = array_str(*a, o);
  if (!is_repr) return val;
  return "np.void(" + val + ", dtype=" + str(make_dtype_object(a->descr())) + ")";
}

bool is_void_scalar(const ObjPtr& self) { return static_cast<NDArrayObject*>(self.get())->void_scalar; }

ObjPtr nd_repr(Interpreter&, const ObjPtr& self) {
  if (is_void_scalar(self)) return make_str(void_scalar_text(arr(self), true));
  return numpy_array_repr(self);  // honours override_repr
}
ObjPtr nd_str(Interpreter&, const ObjPtr& self) {
  // str() of a 0-d record array is its scalar's str() (NumPy's _array_str_implementation)
  const ArrayPtr& a = arr(self);
  if (is_void_scalar(self) || (a->ndim() == 0 && a->dtype == DType::Void)) return make_str(void_scalar_text(a, false));
  return make_str(array_str(*a));
}

// ---- helpers for methods ------------------------------------------------------------------

// reshape(2, 3) / reshape((2, 3)) / transpose(1, 0) / transpose((1, 0)): varargs or one sequence
std::vector<int64_t> int_varargs(const std::vector<ObjPtr>& v) {
  if (v.size() == 1 && (is_sequence(v[0]) || is_ndarray(v[0]))) return to_shape(v[0]);
  std::vector<int64_t> out;
  for (const ObjPtr& o : v) out.push_back(to_int64(o));
  return out;
}

ObjPtr to_python(const Scalar& s) {
  if (s.dtype == DType::Bool) return make_bool(s.v.b);
  if (dtype_is_float(s.dtype)) return make_float(s.v.f);
  if (dtype_is_complex(s.dtype)) return make_complex(s.v.f, s.im);
  if (dtype_is_unsigned(s.dtype)) return make_int_u64(s.v.u);
  return make_int(s.as_int64());
}

// One item as .item()/.tolist() give it: a Python number, str for 'U', bytes for 'S' and
// plain void, a tuple of the fields for a record (a subarray field as an array copy).
ObjPtr item_to_python(const uint8_t* p, const Descr& d) {
  if (!d.flex) return to_python(Scalar::load(p, d.type));
  if (d.type == DType::Str) return make_str(load_str_item(p, d.itemsize()));
  if (d.type == DType::Bytes) return make_bytes(load_bytes_item(p, d.itemsize()));
  if (d.is_subarray()) {
    const Descr& base = d.subarray_base();
    ArrayPtr sub = new_array(Shape(d.subarray_shape().begin(), d.subarray_shape().end()), base);
    if (sub->nbytes() > 0) std::memcpy(sub->data(), p, static_cast<size_t>(sub->nbytes()));
    return wrap_array(sub);
  }
  if (!d.has_fields()) return make_bytes(std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(d.itemsize())));
  std::vector<ObjPtr> items;
  for (const Field& f : d.fields()) items.push_back(item_to_python(p + f.offset, f.type));
  return make_tuple(std::move(items));
}

ObjPtr tolist_rec(const NDArray& a, int axis, int64_t offset) {
  if (axis == a.ndim()) {
    if (a.flex) return item_to_python(a.buffer->data() + offset, a.descr());
    return to_python(Scalar::load(a.buffer->data() + offset, a.dtype));
  }
  std::vector<ObjPtr> items;
  for (int64_t i = 0; i < a.shape[axis]; ++i)
    items.push_back(tolist_rec(a, axis + 1, offset + i * a.strides[axis]));
  return make_list(std::move(items));
}

std::string tobytes(const ArrayPtr& a, char order) {
  ArrayPtr c = (order == 'F' ? a->is_f_contiguous() : a->is_c_contiguous()) ? a : copy_array(a, order);
  std::string out(alloc_count(c->nbytes()), '\0');
  if (!out.empty()) {
    if (order == 'F' && c->ndim() > 1) {
      // F-contiguous data is stored in F order already
      std::memcpy(&out[0], c->data(), out.size());
    } else {
      std::memcpy(&out[0], c->data(), out.size());
    }
  }
  return out;
}

}  // namespace

std::vector<IndexItem> to_index(const ObjPtr& key) {
  std::vector<IndexItem> idx;
  if (is_tuple(key)) {
    for (const ObjPtr& k : tuple_items(key)) idx.push_back(index_item(k));
  } else {
    idx.push_back(index_item(key));
  }
  return idx;
}

void init_ndarray_type() {
  static bool done = false;  // the type is process-wide; sessions share it
  if (done) return;
  done = true;
  TypeObject* t = ndarray_type;
  t->repr = nd_repr;
  t->str = nd_str;
  t->getitem = nd_getitem;
  t->setitem = nd_setitem;
  t->len = nd_len;
  t->iter = nd_iter;
  t->truth = nd_truth;
  t->unhashable = true;
  ArrayIterObject::type = new_type("iterator", "numpy");
  ArrayIterObject::type->iter = self_iter;
  ArrayIterObject::type->next = nd_iter_next;

  auto get = [t](const char* name, ObjPtr (*f)(const ArrayPtr&)) {
    add_getset(t, name, [f](Interpreter&, const ObjPtr& s) { return f(arr(s)); });
  };
  get("strides", [](const ArrayPtr& a) { return make_shape_tuple(a->strides); });
  get("ndim", [](const ArrayPtr& a) { return make_int(a->ndim()); });
  get("size", [](const ArrayPtr& a) { return make_int(a->size()); });
  get("itemsize", [](const ArrayPtr& a) { return make_int(a->itemsize()); });
  get("nbytes", [](const ArrayPtr& a) { return make_int(a->nbytes()); });
  get("dtype", [](const ArrayPtr& a) { return make_dtype_object(a->descr()); });
  get("T", [](const ArrayPtr& a) { return wrap_array(transpose(a)); });
  get("base", [](const ArrayPtr& a) { return a->base ? wrap_array(a->base) : None(); });
  get("flags", [](const ArrayPtr& a) { return ObjPtr(new FlagsObject(a)); });
  get("__array_interface__", [](const ArrayPtr& a) {
    Ref<DictObject> d = make_dict();
    d->set("data", make_tuple({make_int(static_cast<int64_t>(reinterpret_cast<uintptr_t>(a->data()))),
                               make_bool(!a->writeable)}));
    d->set("strides", a->is_c_contiguous() ? None() : make_shape_tuple(a->strides));
    d->set("descr", getattr(make_dtype_object(a->descr()), "descr"));
    d->set("typestr", make_str(descr_str(a->descr())));
    d->set("shape", make_shape_tuple(a->shape));
    d->set("version", make_int(3));
    return ObjPtr(d);
  });
  // a.shape = (3, 4): in place, only where a view is possible (NumPy's rule)
  add_getset(
      t, "shape", [](Interpreter&, const ObjPtr& s) { return make_shape_tuple(arr(s)->shape); },
      [](Interpreter&, const ObjPtr& s, const ObjPtr& v) {
        ArrayPtr a = arr(s);
        ArrayPtr r = reshape(a, to_shape(v));
        if (r->buffer != a->buffer)
          raise(ErrorType::AttributeError,
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy with the desired shape.");
        a->shape = r->shape;
        a->strides = r->strides;
      });

  auto method = [t](const char* name, std::initializer_list<const char*> params,
                    std::function<ObjPtr(const ArrayPtr&, const BoundArgs&, const ObjPtr&)> body) {
    auto sig = std::make_shared<Signature>(name, params);
    add_method(t, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
      return body(arr(self), sig->bind(args, kw), self);
    });
  };
  method("reshape", {"*shape", "order="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    return wrap_array(reshape(a, int_varargs(b.varargs), to_order(b[0], 'C', "CFA")));
  });
  method("ravel", {"order="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    return wrap_array(ravel(a, to_order(b[0], 'C')));
  });
  method("flatten", {"order="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    ArrayPtr c = copy_array(a, to_order(b[0], 'C'));
    char o = to_order(b[0], 'C');
    if (o == 'A' || o == 'K') o = (a->is_f_contiguous() && !a->is_c_contiguous()) ? 'F' : 'C';
    c = copy_array(a, o);
    c->shape = {a->size()};
    c->strides = {a->itemsize()};
    return wrap_array(c);
  });
  method("transpose", {"*axes"}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    if (b.varargs.empty() || (b.varargs.size() == 1 && is_none(b.varargs[0]))) return wrap_array(transpose(a));
    std::vector<int64_t> axes = int_varargs(b.varargs);
    return wrap_array(transpose(a, &axes));
  });
  method("swapaxes", {"axis1", "axis2"}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    return wrap_array(swapaxes(a, to_int64(b[0]), to_int64(b[1])));
  });
  method("squeeze", {"axis="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr& self) {
    if (!b.given(0)) {
      ArrayPtr r = squeeze(a);
      return r->ndim() == a->ndim() ? self : wrap_array(r);  // NumPy returns self
    }
    std::vector<int64_t> axes = to_axes(b[0]);
    return wrap_array(squeeze(a, &axes));
  });
  method("view", {"dtype=", "type="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    if (!b.given(0)) return wrap_array(make_view(a, a->offset, a->shape, a->strides, a->descr()));
    return wrap_array(view_as_dtype(a, to_descr(b[0])));
  });
  method("astype", {"dtype", "order=", "casting=", "subok=", "copy="},
         [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr& self) {
           Descr t = to_descr(b[0]);
           if (b.has(4) && !is_true(b[4]) && t == a->descr()) return self;
           warn_complex_cast(a->dtype, t.type);
           return wrap_array(astype(a, t, to_order(b[1], 'K')));
         });
  // byteswap(inplace=False): the bytes of every element reversed, dtype unchanged (so the
  // values change unless the dtype's byte order is flipped too: a.byteswap().view(
  // a.dtype.newbyteorder()) keeps them).
  method("byteswap", {"inplace="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr& self) {
    const bool inplace = b.has(0) && is_true(b[0]);
    if (inplace && !a->writeable) raise_value_error("assignment destination is read-only");
    ArrayPtr r = inplace ? a : copy_array(a, 'K');
    byteswap_array(*r);
    return inplace ? self : wrap_array(r);
  });
  method("copy", {"order="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    return wrap_array(copy_array(a, to_order(b[0], 'C')));
  });
  method("tobytes", {"order="}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    return make_bytes(tobytes(a, to_order(b[0], 'C', "CFA")));
  });
  method("tolist", {}, [](const ArrayPtr& a, const BoundArgs&, const ObjPtr&) {
    return tolist_rec(*a, 0, a->offset);
  });
  method("item", {"*args"}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) -> ObjPtr {
    if (b.varargs.empty()) {
      if (a->size() != 1) raise_value_error("can only convert an array of size 1 to a Python scalar");
      if (a->flex) return item_to_python(a->buffer->data() + a->byte_extent().first, a->descr());
      return to_python(Scalar::load(a->buffer->data() + a->byte_extent().first, a->dtype));
    }
    std::vector<int64_t> idx = int_varargs(b.varargs);
    if (idx.size() == 1 && a->ndim() != 1) {
      int64_t flat = idx[0], n = a->size();
      if (flat < -n || flat >= n)
        raise_index_error("index " + std::to_string(flat) + " is out of bounds for size " + std::to_string(n));
      if (flat < 0) flat += n;
      std::vector<int64_t> multi(a->ndim());
      for (int k = a->ndim() - 1; k >= 0; --k) {
        multi[k] = flat % a->shape[k];
        flat /= a->shape[k];
      }
      return to_python(a->get(multi.data()));
    }
    std::vector<BasicIndex> bi;
    for (int64_t i : idx) bi.push_back(BasicIndex::make_int(i));
    ArrayPtr r = basic_index(a, bi);
    if (r->ndim() != 0) raise_value_error("incorrect number of indices for array");
    return to_python(r->item0());
  });
  method("fill", {"value"}, [](const ArrayPtr& a, const BoundArgs& b, const ObjPtr&) {
    Scalar s;
    bool weak;
    if (!to_scalar(b[0], &s, &weak)) s = to_array(b[0])->item0();
    fill(a, s);
    return None();
  });
}

}  // namespace sl
