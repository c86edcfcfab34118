// numpy_records.cpp — storing Python values into arrays of the flexible dtypes: records
// from tuples (x[0] = ('Ann', 31, 55.5): field k takes item k), 'U' items from str (UTF-32,
// truncated to the item's width), 'S' items from bytes, and lists of those spread over the
// first axis. Field views (x['age']) are plain views (core/flex_items.hpp); numeric targets
// take the ordinary assignment.
//
// np.array() of strings / records (flexible_array): the shape from the nesting (tuples are
// records when the dtype has fields), 'U<n>'/'S<n>' sized by the longest value.
// Not here: casts between flexible dtypes (astype), string ufuncs.
#include <algorithm>
#include <optional>

#include "core/assign.hpp"
#include "core/extent.hpp"
#include "core/text_io.hpp"
#include "core/flex_items.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {

void assign_flexible(const ArrayPtr& t, const ObjPtr& v) {
  if (!dtype_is_flexible(t->dtype)) {
    assign_array(t, to_array(v));
    return;
  }
  const Descr d = t->descr();
  const bool record = d.has_fields();
  Scalar number;
  bool weak = false;
  const bool is_number = !is_str(v) && !is_bytes(v) && !is_ndarray(v) && to_scalar(v, &number, &weak);
  if (record && is_number) {  // x[0] = 7: every field takes the value, as NumPy does
    for (const Field& f : d.fields()) assign_flexible(field_view(t, f.name), v);
    return;
  }
  if (is_number && (d.type == DType::Str || d.type == DType::Bytes)) {
    assign_flexible(t, d.type == DType::Str ? make_str(str(v)) : make_bytes(str(v)));  // str(7) -> '7'
    return;
  }
  // One value for every item of t: a str/bytes for string items, a tuple for records.
  const bool one_value = record ? is_tuple(v) : (is_str(v) || is_bytes(v));
  if (one_value) {
    if (record) {
      const std::vector<Field>& fs = d.fields();
      const std::vector<ObjPtr>& items = tuple_items(v);
      if (items.size() != fs.size())
        raise_value_error("could not assign tuple of length " + std::to_string(items.size()) +
                          " to structure with " + std::to_string(fs.size()) + " fields.");
      for (size_t k = 0; k < fs.size(); ++k) assign_flexible(field_view(t, fs[k].name), items[k]);
      return;
    }
    if (d.type == DType::Void) raise_unsupported_dtype(d.type);
    const std::string& text = is_str(v) ? str_value(v) : static_cast<BytesObject*>(v.get())->value;
    const int64_t n = t->size();
    if (n == 0) return;
    std::vector<int64_t> index(static_cast<size_t>(t->ndim()), 0);
    for (int64_t i = 0; i < n; ++i) {
      uint8_t* p = t->buffer->data() + t->byte_offset(index.data());
      if (d.type == DType::Str) store_str_item(p, d.itemsize(), text);
      else store_bytes_item(p, d.itemsize(), text);
      for (int k = t->ndim() - 1; k >= 0; --k) {
        if (++index[static_cast<size_t>(k)] < t->shape[static_cast<size_t>(k)]) break;
        index[static_cast<size_t>(k)] = 0;
      }
    }
    return;
  }
  if (is_list(v) || (is_tuple(v) && !record)) {
    const std::vector<ObjPtr>& items = is_list(v) ? list_items(v) : tuple_items(v);
    if (t->ndim() == 0) raise_type_error("a sequence cannot be stored into one item of dtype " + descr_to_str(d));
    const int64_t n = t->shape[0], m = static_cast<int64_t>(items.size());
    if (m != n && m != 1)
      raise_value_error("could not broadcast input array from shape (" + std::to_string(m) +
                        ",) into shape (" + std::to_string(n) + ",)");
    for (int64_t i = 0; i < n; ++i)
      assign_flexible(basic_index(t, {BasicIndex::make_int(i)}), items[static_cast<size_t>(m == 1 ? 0 : i)]);
    return;
  }
  if (is_ndarray(v) && array_of(v)->descr() == d) {
    assign_array(t, array_of(v));
    return;
  }
  raise_type_error("stridelab cannot store a '" + type_name(v) + "' into an array of dtype " + descr_to_str(d) + " yet");
}

}  // namespace sl

namespace sl {
namespace {

struct Leaves {
  Shape shape;
  bool shape_known = false;
  bool all_str = true, all_bytes = true;
  int64_t max_len = 0;  // code points (str) or bytes
};

// Walks lists (and tuples, unless they are records) down to the leaves, checking that the
// nesting is rectangular.
void walk(const ObjPtr& o, size_t depth, bool record, Shape& path_shape, Leaves& out) {
  if (is_list(o) || (is_tuple(o) && !record)) {
    if (depth >= static_cast<size_t>(kMaxDims))
      raise_value_error("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of " +
                        std::to_string(kMaxDims) + ".");
    const std::vector<ObjPtr>& items = is_list(o) ? list_items(o) : tuple_items(o);
    if (path_shape.size() <= depth) path_shape.push_back(static_cast<int64_t>(items.size()));
    else if (path_shape[depth] != static_cast<int64_t>(items.size()))
      raise_value_error("setting an array element with a sequence. The requested array has an "
                        "inhomogeneous shape after " + std::to_string(depth) + " dimensions.");
    for (const ObjPtr& it : items) walk(it, depth + 1, record, path_shape, out);
    return;
  }
  if (!out.shape_known) {
    out.shape.assign(path_shape.begin(), path_shape.begin() + static_cast<std::ptrdiff_t>(depth));
    out.shape_known = true;
  } else if (out.shape.size() != depth) {
    raise_value_error("setting an array element with a sequence. The requested array has an "
                      "inhomogeneous shape after " + std::to_string(std::min(out.shape.size(), depth)) + " dimensions.");
  }
  out.all_str = out.all_str && is_str(o);
  out.all_bytes = out.all_bytes && is_bytes(o);
  if (is_str(o)) out.max_len = std::max<int64_t>(out.max_len, static_cast<int64_t>(utf8_decode(str_value(o)).size()));
  if (is_bytes(o)) out.max_len = std::max<int64_t>(out.max_len, static_cast<int64_t>(static_cast<BytesObject*>(o.get())->value.size()));
}

}  // namespace

ArrayPtr flexible_array(const ObjPtr& obj, const ObjPtr& dtype) {
  if (is_ndarray(obj)) return nullptr;
  std::optional<Descr> d;
  if (dtype && !is_none(dtype)) {
    d = to_descr(dtype);
    if (!dtype_is_flexible(d->type)) return nullptr;
  }
  if (!d) {
    // Without a dtype only strings/bytes make a flexible array: look at the first leaf
    // (cheap, iterative) before walking everything.
    ObjPtr o = obj;
    for (int depth = 0; is_list(o) || is_tuple(o); ++depth) {
      const std::vector<ObjPtr>& items = is_list(o) ? list_items(o) : tuple_items(o);
      if (items.empty() || depth >= kMaxDims) return nullptr;
      o = items[0];
    }
    if (!is_str(o) && !is_bytes(o)) return nullptr;
  }
  const bool record = d && d->has_fields();
  Shape path;
  Leaves leaves;
  if (d) {
    walk(obj, 0, record, path, leaves);
  } else {
    try {
      walk(obj, 0, record, path, leaves);
    } catch (const PyError&) {
      return nullptr;  // ragged or mixed: the numeric path reports it with NumPy's message
    }
  }
  if (!d) {
    if (leaves.all_str && leaves.shape_known) d = str_descr(std::max<int64_t>(leaves.max_len, 1));
    else if (leaves.all_bytes && leaves.shape_known) d = bytes_descr(std::max<int64_t>(leaves.max_len, 1));
    else return nullptr;
  } else if (d->itemsize() == 0 && !record) {
    d = d->type == DType::Str ? str_descr(std::max<int64_t>(leaves.max_len, 1)) : bytes_descr(std::max<int64_t>(leaves.max_len, 1));
  }
  ArrayPtr a = new_array(leaves.shape_known ? leaves.shape : path, *d);
  assign_flexible(a, obj);
  return a;
}

}  // namespace sl
