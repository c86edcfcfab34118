// numpy_dtype.cpp — the Python `numpy.dtype` object: construction from every form np.dtype
// accepts (strings, types, dtype objects, lists of (name, type[, shape]) tuples, the dict
// form with names/formats/offsets/itemsize/titles/aligned, (base, shape) and (flexible,
// size) tuples), its attributes (kind, char, num, str, name, descr, byteorder, alignment,
// names, fields, isbuiltin, isnative, itemsize, shape, subdtype, base, ...), field lookup
// by name or index, newbyteorder, equality and hashing (NumPy's equivalence).
// The descriptor model itself is core/dtype_descr.hpp.
#include "core/dtype_descr.hpp"
#include "lang/builtin_types.hpp"
#include "lang/complex.hpp"
#include "modules/numpy/numpy_flex_scalars.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

const Descr& dd(const ObjPtr& o) { return static_cast<DTypeObject*>(o.get())->descr; }

std::string name_of(const ObjPtr& o) {
  if (!is_str(o)) raise_type_error("First element of field tuple is neither a tuple nor str");
  return str_value(o);
}

// [('name', type), ('name', type, shape), (('title', 'name'), type)]
Descr descr_from_list(const std::vector<ObjPtr>& items, bool align) {
  std::vector<FieldSpec> fields;
  for (size_t k = 0; k < items.size(); ++k) {
    const ObjPtr& it = items[k];
    if (!is_tuple(it) && !is_list(it)) raise_type_error("Field elements must be 2- or 3-tuples, got '" + repr(it) + "'");
    std::vector<ObjPtr> t = sequence_items(it);
    if (t.size() < 2 || t.size() > 3) raise_type_error("Field elements must be 2- or 3-tuples, got '" + repr(it) + "'");
    FieldSpec f;
    if (is_tuple(t[0])) {
      std::vector<ObjPtr> tn = tuple_items(t[0]);
      if (tn.size() != 2) raise_type_error("Field elements must be 2- or 3-tuples, got '" + repr(it) + "'");
      f.title = name_of(tn[0]);
      f.name = name_of(tn[1]);
    } else {
      f.name = name_of(t[0]);
    }
    if (f.name.empty()) f.name = "f" + std::to_string(k);
    f.type = to_descr(t[1], align);  // NumPy converts nested types with the same align
    if (t.size() == 3) f.type = subarray_descr(f.type, to_shape(t[2]));
    fields.push_back(std::move(f));
  }
  return struct_descr(fields, align);
}

// {'names': [...], 'formats': [...], 'offsets': [...], 'itemsize': n, 'titles': [...], 'aligned': b}
Descr descr_from_dict(const ObjPtr& o, bool align) {
  auto* d = static_cast<DictObject*>(o.get());
  ObjPtr names = d->get("names"), formats = d->get("formats");
  if (!names || !formats)
    raise_value_error("entry not a 2- or 3- tuple");
  std::vector<ObjPtr> nv = iterate(names), fv = iterate(formats);
  if (nv.size() != fv.size()) raise_value_error("all items in the dictionary must have the same length.");
  ObjPtr offsets = d->get("offsets"), titles = d->get("titles"), itemsize = d->get("itemsize");
  if (ObjPtr al = d->get("aligned")) align = align || is_true(al);
  std::vector<ObjPtr> ov = offsets ? iterate(offsets) : std::vector<ObjPtr>{};
  std::vector<ObjPtr> tv = titles ? iterate(titles) : std::vector<ObjPtr>{};
  if (offsets && ov.size() != nv.size()) raise_value_error("all items in the dictionary must have the same length.");
  std::vector<FieldSpec> fields;
  std::vector<int64_t> offs;
  for (size_t k = 0; k < nv.size(); ++k) {
    FieldSpec f;
    f.name = name_of(nv[k]);
    f.type = to_descr(fv[k], align);
    if (k < tv.size() && !is_none(tv[k])) f.title = name_of(tv[k]);
    fields.push_back(std::move(f));
    if (offsets) offs.push_back(to_int64(ov[k]));
  }
  if (!offsets) {
    Descr s = struct_descr(fields, align);
    if (!itemsize) return s;
    for (const Field& f : s.fields()) offs.push_back(f.offset);
  }
  return struct_descr_offsets(fields, offs, itemsize ? to_int64(itemsize) : 0, align);
}

// The Python types str/bytes and NumPy's np.str_/np.bytes_/np.void name the flexible dtypes.
bool descr_from_type(TypeObject* t, Descr* out) {
  if (t == float_type) { *out = DType::Float64; return true; }
  if (t == int_type) { *out = DType::Int64; return true; }
  if (t == bool_type) { *out = DType::Bool; return true; }
  if (t == str_type) { *out = Descr(DType::Str); return true; }
  if (t == bytes_type) { *out = Descr(DType::Bytes); return true; }
  if (t == complex_type) { *out = DType::Complex128; return true; }
  DType flex;
  if (flexible_dtype_of_type(t, &flex)) { *out = Descr(flex); return true; }
  for (int k = 0; k < kNumDTypes; ++k)
    if (t == scalar_type(static_cast<DType>(k))) { *out = static_cast<DType>(k); return true; }
  return false;
}

ObjPtr dtype_repr_slot(Interpreter&, const ObjPtr& self) { return make_str(descr_repr(dd(self))); }
ObjPtr dtype_str_slot(Interpreter&, const ObjPtr& self) { return make_str(descr_to_str(dd(self))); }

ObjPtr dtype_compare(CmpOp op, const ObjPtr& self, const ObjPtr& other) {
  Descr b;
  try {
    b = to_descr(other);
  } catch (const PyError&) {
    return op == CmpOp::Eq ? False() : True();
  }
  return make_bool((dd(self) == b) == (op == CmpOp::Eq));
}
ObjPtr dtype_eq(Interpreter&, const ObjPtr& s, const ObjPtr& o) { return dtype_compare(CmpOp::Eq, s, o); }
ObjPtr dtype_ne(Interpreter&, const ObjPtr& s, const ObjPtr& o) { return dtype_compare(CmpOp::Ne, s, o); }

int64_t descr_hash(const Descr& d) {
  int64_t h = 0x5d7e + static_cast<int>(d.type) * 1000003 + d.itemsize();
  for (const Field& f : d.fields()) h = h * 31 + static_cast<int64_t>(std::hash<std::string>()(f.name)) + f.offset + descr_hash(f.type);
  return h;
}
int64_t dtype_hash(Interpreter&, const ObjPtr& self) { return descr_hash(dd(self)); }

ObjPtr dtype_construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kwargs) {
  static const Signature sig("dtype", {"dtype", "align=", "copy="});
  BoundArgs a = sig.bind(args, kwargs);
  const bool align = a.given(1) && is_true(a[1]);
  return make_dtype_object(to_descr(a[0], align));
}

const Field& field_by_key(const Descr& d, const ObjPtr& key) {
  if (!d.has_fields()) raise(ErrorType::KeyError, "There are no fields in dtype " + descr_to_str(d) + ".");
  const auto& fs = d.fields();
  if (is_str(key)) {
    for (const Field& f : fs)
      if (f.name == str_value(key) || (!f.title.empty() && f.title == str_value(key))) return f;
    raise(ErrorType::KeyError, "Field named '" + str_value(key) + "' not found.");
  }
  if (is_int(key)) {
    int64_t i = int_value(key), n = static_cast<int64_t>(fs.size());
    if (i < -n || i >= n) raise(ErrorType::IndexError, "Field index " + std::to_string(i) + " out of bounds.");
    return fs[static_cast<size_t>(i < 0 ? i + n : i)];
  }
  raise_value_error("Field key must be an integer field index, string field name, or list of strings.");
}

ObjPtr fields_dict(const Descr& d) {
  if (!d.has_fields()) return None();
  auto dict = make_dict();
  for (const Field& f : d.fields()) {
    std::vector<ObjPtr> entry = {make_dtype_object(f.type), make_int(f.offset)};
    if (!f.title.empty()) entry.push_back(make_str(f.title));
    ObjPtr t = make_tuple(entry);
    dict->set(f.name, t);
    if (!f.title.empty()) dict->set(f.title, t);
  }
  dict->unsafe_set_type(mappingproxy_type());  // NumPy's dtype.fields is a mappingproxy
  return dict;
}

// dtype.descr as Python objects (NumPy's _array_descr): a list of (name, typestr[, shape])
// with ('', '|V<n>') entries for padding; [('', typestr)] for a non-record.
ObjPtr descr_object(const Descr& d, bool top);
ObjPtr field_name_object(const Field& f) {
  return f.title.empty() ? make_str(f.name) : make_tuple({make_str(f.title), make_str(f.name)});
}
ObjPtr descr_object(const Descr& d, bool top) {
  if (!d.has_fields()) {
    if (d.is_subarray() && !top)
      return make_tuple({descr_object(d.subarray_base(), false), make_shape_tuple(d.subarray_shape())});
    ObjPtr s = make_str(descr_str(d));
    return top ? make_list({make_tuple({make_str(""), s})}) : s;
  }
  std::vector<ObjPtr> items;
  int64_t offset = 0;
  for (const Field& f : d.fields()) {
    if (f.offset > offset) {
      items.push_back(make_tuple({make_str(""), make_str("|V" + std::to_string(f.offset - offset))}));
      offset = f.offset;
    } else if (f.offset < offset) {
      raise_value_error("dtype.descr is not defined for types with overlapping or out-of-order fields");
    }
    if (f.type.is_subarray())
      items.push_back(make_tuple({field_name_object(f), descr_object(f.type.subarray_base(), false),
                                  make_shape_tuple(f.type.subarray_shape())}));
    else
      items.push_back(make_tuple({field_name_object(f), descr_object(f.type, false)}));
    offset += f.type.itemsize();
  }
  if (d.itemsize() > offset)
    items.push_back(make_tuple({make_str(""), make_str("|V" + std::to_string(d.itemsize() - offset))}));
  return make_list(items);
}

char byteorder_arg(const ObjPtr& o) {
  if (!is_str(o)) raise_type_error("newbyteorder() argument must be str, not " + type_name(o));
  const std::string& s = str_value(o);
  static const char* kValid = "SsLlBbNnIi<>=|";
  if (s.empty() || !std::strchr(kValid, s[0]))
    raise_value_error(s + " is an unrecognized byteorder");
  return s[0];
}

}  // namespace

DTypeObject::DTypeObject(const Descr& d) : Object(dtype_type), descr(d), dtype(d.type) {}

ObjPtr make_dtype_object(DType t) {
  static ObjPtr cache[kNumAllDTypes];
  ObjPtr& c = cache[static_cast<int>(t)];
  if (!c) {
    c = ObjPtr(new DTypeObject(Descr(t)));
    c->make_immortal();
  }
  return c;
}

ObjPtr make_dtype_object(const Descr& d) {
  if (!d.flex) return make_dtype_object(d.type);
  return ObjPtr(new DTypeObject(d));
}

Descr to_descr(const ObjPtr& o, bool align) {
  if (o->type() == dtype_type) return dd(o);
  if (is_str(o)) return parse_descr(str_value(o), align);
  if (is_type(o)) {
    Descr d;
    if (descr_from_type(static_cast<TypeObject*>(o.get()), &d)) return d;
  }
  if (is_none(o)) return DType::Float64;  // np.dtype(None) is float64
  if (is_list(o)) return descr_from_list(list_items(o), align);
  if (is_dict(o)) return descr_from_dict(o, align);
  if (is_tuple(o)) {
    std::vector<ObjPtr> t = tuple_items(o);
    if (t.size() == 2) {
      Descr base = to_descr(t[0], align);
      if (dtype_is_flexible(base.type) && base.itemsize() == 0 && !base.has_fields() && is_int(t[1])) {
        int64_t n = int_value(t[1]);
        if (base.type == DType::Str) return str_descr(n);
        return base.type == DType::Bytes ? bytes_descr(n) : void_descr(n);
      }
      return subarray_descr(base, to_shape(t[1]));
    }
  }
  raise_type_error("Cannot interpret '" + repr(o) + "' as a data type");
}

DType to_dtype(const ObjPtr& o) {
  // Fast path for the common numeric spellings; flexible descriptors need to_descr.
  if (o->type() == dtype_type) {
    const Descr& d = dd(o);
    if (d.flex) raise_unsupported_dtype(d.type);
    return d.type;
  }
  Descr d = to_descr(o);
  if (d.flex) raise_unsupported_dtype(d.type);
  return d.type;
}

std::optional<DType> to_optional_dtype(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_dtype(o);
}

std::optional<Descr> to_optional_descr(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_descr(o);
}

void init_dtype_type() {
  dtype_type = new_type("dtype", "numpy");
  dtype_type->repr = dtype_repr_slot;
  dtype_type->str = dtype_str_slot;
  dtype_type->compare[static_cast<int>(CmpOp::Eq)] = dtype_eq;
  dtype_type->compare[static_cast<int>(CmpOp::Ne)] = dtype_ne;
  dtype_type->hash = dtype_hash;
  dtype_type->construct = dtype_construct;
  dtype_type->len = [](Interpreter&, const ObjPtr& self) -> int64_t {
    return static_cast<int64_t>(dd(self).fields().size());
  };
  dtype_type->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
    return make_dtype_object(field_by_key(dd(self), key).type);
  };
  using G = std::function<ObjPtr(const Descr&)>;
  auto get = [](const char* name, G g) {
    add_getset(dtype_type, name, [g](Interpreter&, const ObjPtr& s) { return g(dd(s)); });
  };
  get("name", [](const Descr& d) { return make_str(descr_name(d)); });
  get("itemsize", [](const Descr& d) { return make_int(d.itemsize()); });
  get("kind", [](const Descr& d) { return make_str(std::string(1, dtype_kind(d.type))); });
  get("char", [](const Descr& d) { return make_str(std::string(1, dtype_char(d.type))); });
  get("num", [](const Descr& d) { return make_int(dtype_num(d.type)); });
  get("str", [](const Descr& d) { return make_str(descr_str(d)); });
  get("byteorder", [](const Descr& d) {
    if (d.flex && d.type != DType::Str) return make_str("|");
    return make_str(std::string(1, dtype_byteorder(d.type)));
  });
  get("alignment", [](const Descr& d) { return make_int(d.alignment()); });
  get("isbuiltin", [](const Descr& d) { return make_int(d.isbuiltin()); });
  get("isnative", [](const Descr& d) { return make_bool(!descr_has_swapped(d)); });
  get("isalignedstruct", [](const Descr& d) { return make_bool(d.is_aligned_struct()); });
  get("hasobject", [](const Descr&) { return False(); });
  get("flags", [](const Descr& d) { return make_int(d.has_fields() ? 16 : 0); });
  get("metadata", [](const Descr&) { return None(); });
  get("names", [](const Descr& d) -> ObjPtr {
    if (!d.has_fields()) return None();
    std::vector<ObjPtr> n;
    for (const Field& f : d.fields()) n.push_back(make_str(f.name));
    return make_tuple(n);
  });
  get("fields", [](const Descr& d) { return fields_dict(d); });
  get("descr", [](const Descr& d) { return descr_object(d, true); });
  get("shape", [](const Descr& d) { return make_shape_tuple(d.subarray_shape()); });
  get("ndim", [](const Descr& d) { return make_int(static_cast<int64_t>(d.subarray_shape().size())); });
  get("subdtype", [](const Descr& d) -> ObjPtr {
    if (!d.is_subarray()) return None();
    return make_tuple({make_dtype_object(d.subarray_base()), make_shape_tuple(d.subarray_shape())});
  });
  get("base", [](const Descr& d) { return make_dtype_object(d.is_subarray() ? d.subarray_base() : d); });
  get("type", [](const Descr& d) -> ObjPtr {
    if (d.flex || dtype_is_flexible(d.type)) return ObjPtr(flexible_scalar_type(d.type));
    return ObjPtr(scalar_type(dtype_native(d.type)));
  });
  add_method(dtype_type, "newbyteorder", [](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kwargs) -> ObjPtr {
    static const Signature sig("newbyteorder", {"new_order="});
    BoundArgs a = sig.bind(args, kwargs);
    char order = a.has(0) ? byteorder_arg(a[0]) : 'S';
    return make_dtype_object(descr_newbyteorder(dd(self), order));
  });
}

}  // namespace sl
