#include "bindings/array_info.hpp"

#include <vector>

#include "modules/session.hpp"
#include "core/dtype_descr.hpp"
#include "core/extent.hpp"

namespace sl::js {
using emscripten::val;

namespace {

val int_list(const std::vector<int64_t>& v) {
  val out = val::array();
  for (int64_t x : v) out.call<void>("push", static_cast<double>(x));
  return out;
}

val flags_to_js(const Flags& f) {
  val o = val::object();
  o.set("c_contiguous", f.c_contiguous);
  o.set("f_contiguous", f.f_contiguous);
  o.set("owndata", f.owndata);
  o.set("writeable", f.writeable);
  o.set("aligned", f.aligned);
  return o;
}

// The global name bound to exactly this array object, if any (identity, not equality).
val name_of(const Session& session, const NDArray* target) {
  for (const GlobalInfo& g : session.globals()) {
    ArrayPtr a = session.global_array(g.name);
    if (a && a.get() == target) return val(g.name);
  }
  return val::null();
}

// The leaf fields of a record type in `names` order, nested records flattened ("pos.x")
// with offsets from the start of the outer record; subarray fields stay one leaf. Bounded
// by the descriptor itself (NumPy limits nesting depth when the type is built).
void leaf_fields(const Descr& d, int64_t base, const std::string& prefix, val& out) {
  for (const Field& f : d.fields()) {
    const std::string name = prefix.empty() ? f.name : prefix + "." + f.name;
    if (f.type.has_fields()) {
      leaf_fields(f.type, base + f.offset, name, out);
      continue;
    }
    val o = val::object();
    o.set("name", name);
    o.set("dtype", descr_name(f.type));
    o.set("dtypeStr", descr_str(f.type));
    o.set("dtypeText", descr_to_str(f.type));
    o.set("kind", std::string(1, dtype_kind(f.type.type)));
    o.set("offset", static_cast<double>(base + f.offset));
    o.set("itemsize", static_cast<double>(f.type.itemsize()));
    out.call<void>("push", o);
  }
}

// The dtype facts the memory view draws: NumPy's str(dtype), kind, byteorder, fields.
void set_dtype_info(val& o, const Descr& d) {
  o.set("dtype", descr_name(d));
  o.set("dtypeStr", descr_str(d));
  o.set("dtypeText", descr_to_str(d));
  o.set("kind", std::string(1, dtype_kind(d.type)));
  o.set("byteorder", std::string(1, dtype_byteorder(d.type)));
  o.set("alignedStruct", d.is_aligned_struct());
  val fields = val::array();
  if (d.has_fields()) leaf_fields(d, 0, "", fields);
  o.set("fields", fields);
}

}  // namespace

val array_info_to_js(const Session& session, const NDArray& a) {
  return array_info_to_js(a, [&session](const NDArray* b) { return name_of(session, b); });
}

val array_info_to_js(const NDArray& a, const std::function<val(const NDArray*)>& base_name) {
  val o = val::object();
  set_dtype_info(o, a.descr());
  o.set("shape", int_list(a.shape));
  o.set("strides", int_list(a.strides));
  o.set("offset", static_cast<double>(a.offset));
  o.set("itemsize", a.itemsize());
  o.set("nbytes", static_cast<double>(a.nbytes()));
  o.set("size", static_cast<double>(a.size()));
  o.set("ndim", a.ndim());
  o.set("flags", flags_to_js(a.flags()));
  o.set("bufferId", static_cast<double>(a.buffer->id()));
  o.set("bufferSize", static_cast<double>(a.buffer->size()));
  auto [lo, hi] = a.byte_extent();
  val extent = val::array();
  extent.call<void>("push", static_cast<double>(lo));
  extent.call<void>("push", static_cast<double>(hi));
  o.set("extent", extent);
  if (a.base) {
    const NDArray& b = *a.base;
    val base = val::object();
    base.set("bufferId", static_cast<double>(b.buffer->id()));
    base.set("dtype", descr_name(b.descr()));
    base.set("dtypeText", descr_to_str(b.descr()));
    base.set("itemsize", static_cast<double>(b.itemsize()));
    val bfields = val::array();
    if (b.descr().has_fields()) leaf_fields(b.descr(), 0, "", bfields);
    base.set("fields", bfields);
    base.set("shape", int_list(b.shape));
    base.set("strides", int_list(b.strides));
    base.set("offset", static_cast<double>(b.offset));
    base.set("name", base_name(&b));
    o.set("base", base);
  } else {
    o.set("base", val::null());
  }
  return o;
}

val element_offsets_to_js(const NDArray& a, int64_t max_count) {
  // An odometer over the indices in C order that stops after max_count elements: cost is
  // O(max_count * ndim) whatever the array's size.
  std::vector<double> offsets;
  const int64_t n = a.size();
  const int64_t count = max_count < 0 ? 0 : (n < max_count ? n : max_count);
  offsets.reserve(alloc_count(count));
  const int nd = a.ndim();
  std::vector<int64_t> idx(alloc_count(nd, sizeof(int64_t)), 0);
  int64_t off = a.offset;
  for (int64_t e = 0; e < count; ++e) {
    offsets.push_back(static_cast<double>(off));
    for (int k = nd - 1; k >= 0; --k) {
      off += a.strides[k];
      if (++idx[k] < a.shape[k]) break;
      off -= a.strides[k] * a.shape[k];
      idx[k] = 0;
    }
  }
  val view(emscripten::typed_memory_view(offsets.size(), offsets.data()));
  return view.call<val>("slice");  // copy out of wasm memory before `offsets` dies
}

}  // namespace sl::js
