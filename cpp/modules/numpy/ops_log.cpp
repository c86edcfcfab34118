// ops_log.cpp — recording of ufunc and indexing operations for the visualizers (see
// ops_log.hpp). Everything here runs only for the first OpsLog::kMaxOps interesting
// operations of a run, and stays proportional to small sizes (64 index values, 1024
// mapping entries over sources of at most 65536 elements).
#include "modules/numpy/ops_log.hpp"


#include "core/buffer_events.hpp"
#include "core/dtype.hpp"
#include "core/errors.hpp"
#include "core/reduce.hpp"
#include "core/ufunc_table.hpp"
#include "modules/json_text.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "lang/object.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

OpsLog* g_ops_log = nullptr;

constexpr size_t kMaxIndexValues = 64;
constexpr int64_t kMaxMappingResult = 1024;
constexpr int64_t kMaxMappingSource = 65536;

void json_str(std::string& o, const std::string& s) { o += json_string(s); }
template <class V>
void json_ints(std::string& o, const V& v) {
  o += json_int_array(v);
}

OpsLog::Operand describe(const ArrayPtr& a) {
  OpsLog::Operand d;
  d.array = a;
  d.shape = a->shape;
  d.strides = a->strides;
  d.dtype = dtype_name(a->dtype);
  return d;
}

OpsLog::Operand describe(const Operand& op) {
  if (op.array) return describe(op.array);
  OpsLog::Operand d;
  d.scalar = true;
  d.dtype = op.value.dtype == DType::Bool ? "bool" : dtype_is_float(op.value.dtype) ? "float" : "int";
  return d;
}

// The i-th element (C order) of an integer or bool array, as int64.
int64_t element_as_int(const NDArray& a, int64_t flat) {
  std::vector<int64_t> idx(alloc_count(a.ndim(), sizeof(int64_t)));
  for (int d = a.ndim() - 1; d >= 0; --d) {
    idx[static_cast<size_t>(d)] = flat % a.shape[static_cast<size_t>(d)];
    flat /= a.shape[static_cast<size_t>(d)];
  }
  Scalar s = a.get(idx.data());
  if (s.dtype == DType::Bool) return s.v.b ? 1 : 0;
  if (dtype_is_float(s.dtype)) return static_cast<int64_t>(s.v.f);
  return dtype_is_unsigned(s.dtype) ? static_cast<int64_t>(s.v.u) : s.v.i;
}

std::string index_parts_json(const std::vector<IndexItem>& idx) {
  std::string o = "[";
  for (size_t k = 0; k < idx.size(); ++k) {
    if (k) o += ',';
    const IndexItem& it = idx[k];
    switch (it.kind) {
      case IndexItem::Integer: o += "{\"kind\":\"int\",\"value\":" + std::to_string(it.integer) + "}"; break;
      case IndexItem::Slice: {
        auto part = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : std::string("null"); };
        o += "{\"kind\":\"slice\",\"start\":" + part(it.slice.start) + ",\"stop\":" + part(it.slice.stop) +
             ",\"step\":" + part(it.slice.step) + "}";
        break;
      }
      case IndexItem::NewAxis: o += "{\"kind\":\"newaxis\"}"; break;
      case IndexItem::Ellipsis: o += "{\"kind\":\"ellipsis\"}"; break;
      case IndexItem::IntArray: {
        const NDArray& a = *it.array;
        o += "{\"kind\":\"array\",\"shape\":";
        json_ints(o, a.shape);
        o += ",\"dtype\":\"" + std::string(dtype_name(a.dtype)) + "\",\"values\":";
        std::vector<int64_t> values;
        const int64_t n = std::min<int64_t>(a.size(), static_cast<int64_t>(kMaxIndexValues));
        for (int64_t i = 0; i < n; ++i) values.push_back(element_as_int(a, i));
        json_ints(o, values);
        o += '}';
        break;
      }
      case IndexItem::BoolArray: {
        ArrayPtr count = count_nonzero(it.array);
        o += "{\"kind\":\"mask\",\"shape\":";
        json_ints(o, it.array->shape);
        o += ",\"count\":" + std::to_string(element_as_int(*count, 0)) + "}";
        break;
      }
    }
  }
  return o + "]";
}

// a[i, j, ...] with integers only (a full index gives a scalar, a partial one a sub-array).
bool integers_only(const std::vector<IndexItem>& idx) {
  for (const IndexItem& it : idx)
    if (it.kind != IndexItem::Integer) return false;
  return true;
}

// For an integer-only index (already validated by the indexing itself): the flat C index of
// every element it selects — consecutive, since leading integers pick one C-order block.
std::vector<int64_t> integer_mapping(const NDArray& a, const std::vector<IndexItem>& idx) {
  int64_t flat = 0;
  int64_t block = 1;
  for (size_t d = 0; d < a.shape.size(); ++d) {
    const int64_t n = a.shape[d];
    if (d < idx.size()) {
      const int64_t i = idx[d].integer < 0 ? idx[d].integer + n : idx[d].integer;
      flat = flat * n + i;
    } else {
      flat *= n;
      block *= n;
    }
  }
  std::vector<int64_t> out;
  if (block > kMaxMappingResult) return out;
  for (int64_t k = 0; k < block; ++k) out.push_back(flat + k);
  return out;
}

// Which source element (flat C index) each result element of a[idx] comes from: the same
// index applied to arange(a.size).reshape(a.shape). Empty when either side is too large.
std::vector<int64_t> source_mapping(const ArrayPtr& a, const std::vector<IndexItem>& idx) {
  std::vector<int64_t> out;
  if (a->size() > kMaxMappingSource) return out;
  BufferObserverScope unobserved(nullptr);  // the visualizers' bookkeeping, not the program's memory
  ArrayPtr positions = new_array(a->shape, DType::Int64);
  auto* p = reinterpret_cast<int64_t*>(positions->data());
  for (int64_t i = 0; i < a->size(); ++i) p[i] = i;
  ArrayPtr r = get_index(positions, idx);
  if (r->size() > kMaxMappingResult) return out;
  for (int64_t i = 0; i < r->size(); ++i) out.push_back(element_as_int(*r, i));
  return out;
}

std::string global_name(const DictObject* globals, const std::weak_ptr<NDArray>& w) {
  ArrayPtr a = w.lock();
  if (!a || !globals) return "";
  for (const DictObject::Entry& e : globals->entries()) {
    if (!e.key || !is_str(e.key) || !e.value) continue;
    if (e.value->native_array() == a) return str_value(e.key);
  }
  return "";
}

void operand_json(std::string& o, const OpsLog::Operand& d, const DictObject* globals) {
  o += "{\"shape\":";
  json_ints(o, d.shape);
  o += ",\"strides\":";
  json_ints(o, d.strides);
  o += ",\"dtype\":";
  json_str(o, d.dtype);
  o += ",\"name\":";
  std::string name = d.scalar ? "" : global_name(globals, d.array);
  if (name.empty()) o += "null";
  else json_str(o, name);
  o += d.scalar ? ",\"scalar\":true}" : ",\"scalar\":false}";
}

}  // namespace

OpsLog* current_ops_log() { return g_ops_log; }
void set_current_ops_log(OpsLog* log) { g_ops_log = log; }

void OpsLog::begin_run(const int* const* line_ref) {
  entries_.clear();
  dropped_ = 0;
  line_ref_ = line_ref;
}

bool OpsLog::accepting() {
  if (entries_.size() < kMaxOps) return true;
  ++dropped_;
  return false;
}

std::string OpsLog::to_json(const DictObject* globals) const {
  std::string o = "[";
  for (size_t k = 0; k < entries_.size(); ++k) {
    const Entry& e = entries_[k];
    if (k) o += ',';
    o += e.kind == Entry::Ufunc ? "{\"kind\":\"ufunc\",\"name\":" : e.kind == Entry::Reduce ? "{\"kind\":\"reduce\",\"name\":" : "{\"kind\":\"index\",\"name\":";
    json_str(o, e.name);
    o += ",\"line\":" + std::to_string(e.line);
    if (e.kind == Entry::Ufunc || e.kind == Entry::Reduce) {
      o += ",\"operands\":[";
      for (size_t i = 0; i < e.operands.size(); ++i) {
        if (i) o += ',';
        operand_json(o, e.operands[i], globals);
      }
      o += ']';
      if (e.kind == Entry::Reduce) {
        o += ",\"axis\":";
        if (e.axes) json_ints(o, *e.axes);
        else o += "null";
      }
    } else {
      o += ",\"assign\":";
      o += e.assign ? "true" : "false";
      o += ",\"source\":";
      operand_json(o, e.operands.at(0), globals);
      o += ",\"indices\":" + e.index_json;
      o += ",\"copy\":";
      o += e.copy ? "true" : "false";
      if (!e.mapping.empty()) {
        o += ",\"mapping\":";
        json_ints(o, e.mapping);
      }
    }
    o += ",\"result\":";
    if (e.result) operand_json(o, *e.result, globals);
    else o += "null";
    o += ",\"error\":";
    if (e.has_error) json_str(o, e.error);
    else o += "null";
    o += '}';
  }
  return o + "]";
}

namespace {

// Runs `op` (which fills in the entry's result), then adds the entry to the log; a Python
// error is recorded with NumPy's message and rethrown unchanged.
template <class Op>
void record(OpsLog* log, OpsLog::Entry& e, Op&& op) {
  try {
    op();
  } catch (const PyError& err) {
    e.has_error = true;
    e.error = err.message;
    log->add(std::move(e));
    throw;
  }
  log->add(std::move(e));
}

OpsLog::Entry index_entry(OpsLog* log, const ArrayPtr& a, const std::vector<IndexItem>& idx, bool assign) {
  BufferObserverScope unobserved(nullptr);  // describing a mask counts it: bookkeeping, not the program's memory
  OpsLog::Entry e;
  e.kind = OpsLog::Entry::Index;
  e.name = assign ? "setitem" : "getitem";
  e.line = log->current_line();
  e.assign = assign;
  e.operands.push_back(describe(a));
  e.index_json = index_parts_json(idx);
  return e;
}

}  // namespace

ArrayPtr logged_ufunc(UFuncId id, const std::vector<Operand>& inputs, ArrayPtr out, ArrayPtr where,
                      std::optional<DType> dtype, Casting casting) {
  OpsLog* log = g_ops_log;
  bool interesting = false;
  if (log)
    for (const Operand& op : inputs)
      if (op.array && op.array->ndim() > 0) interesting = true;
  if (!interesting || !log->accepting()) return apply_ufunc(id, inputs, std::move(out), std::move(where), dtype, casting);
  OpsLog::Entry e;
  e.kind = OpsLog::Entry::Ufunc;
  e.name = ufunc_name(id);
  e.line = log->current_line();
  for (const Operand& op : inputs) e.operands.push_back(describe(op));
  ArrayPtr r;
  record(log, e, [&] {
    r = apply_ufunc(id, inputs, std::move(out), std::move(where), dtype, casting);
    e.result = describe(r);
  });
  return r;
}

ArrayPtr logged_get_index(const ArrayPtr& a, const std::vector<IndexItem>& idx) {
  OpsLog* log = g_ops_log;
  if (!log || !log->accepting()) return get_index(a, idx);
  OpsLog::Entry e = index_entry(log, a, idx, false);
  ArrayPtr r;
  record(log, e, [&] {
    r = get_index(a, idx);
    const bool element = integers_only(idx) && static_cast<int>(idx.size()) == a->ndim();
    e.result = describe(r);
    if (element) e.result->scalar = true;  // the caller returns a NumPy scalar: a copy of the value
    e.copy = element || r->buffer != a->buffer;
    e.mapping = integers_only(idx) ? integer_mapping(*a, idx) : source_mapping(a, idx);
  });
  return r;
}

void logged_set_index(const ArrayPtr& a, const std::vector<IndexItem>& idx, const ArrayPtr& value) {
  OpsLog* log = g_ops_log;
  if (!log || !log->accepting()) return set_index(a, idx, value);
  OpsLog::Entry e = index_entry(log, a, idx, true);
  e.result = describe(value);
  record(log, e, [&] {
    set_index(a, idx, value);
    e.mapping = integers_only(idx) ? integer_mapping(*a, idx) : source_mapping(a, idx);
  });
}

namespace {

// The axes of a reduction's axis argument when they can be read without calling user code
// (None, an int, a tuple of ints, NumPy integers), negative axes normalised; nullopt = all
// axes. Anything else is recorded as nullopt: the reduction itself reports bad axes.
std::optional<std::vector<int64_t>> plain_axes(const ObjPtr& axis, int ndim) {
  if (!axis || is_none(axis)) return std::nullopt;
  auto one = [ndim](const ObjPtr& o, std::vector<int64_t>& out) {
    const bool integer = is_int(o) || (is_numpy_scalar(o) && dtype_is_integer(static_cast<const ScalarObject*>(o.get())->value.dtype));
    if (!integer) return false;
    try {
      const int64_t v = to_int64(o);
      out.push_back(v < 0 && v >= -ndim ? v + ndim : v);
      return true;
    } catch (const PyError&) {
      return false;
    }
  };
  std::vector<int64_t> out;
  if (is_tuple(axis)) {
    for (const ObjPtr& o : tuple_items(axis))
      if (!one(o, out)) return std::nullopt;
    return out;
  }
  if (!one(axis, out)) return std::nullopt;
  return out;
}

}  // namespace

ObjPtr logged_reduce(const std::string& name, const ArrayPtr& a, const ObjPtr& axis, const std::function<ObjPtr()>& run) {
  OpsLog* log = g_ops_log;
  if (!log || !log->accepting()) return run();
  OpsLog::Entry e;
  e.kind = OpsLog::Entry::Reduce;
  e.name = name;
  e.line = log->current_line();
  e.operands.push_back(describe(a));
  e.axes = plain_axes(axis, a->ndim());
  ObjPtr r;
  record(log, e, [&] {
    r = run();
    if (ArrayPtr arr = r->native_array()) {
      e.result = describe(arr);
    } else if (is_numpy_scalar(r)) {
      OpsLog::Operand d;
      d.scalar = true;
      d.dtype = dtype_name(static_cast<const ScalarObject*>(r.get())->value.dtype);
      e.result = d;
    }
  });
  return r;
}

}  // namespace sl
