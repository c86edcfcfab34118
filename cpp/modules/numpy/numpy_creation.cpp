// numpy_creation.cpp — the remaining array constructors: fromfunction, fromiter,
// frombuffer, logspace, geomspace, asanyarray, require, copyto, block. Each follows NumPy 2's
// Python or C implementation step by step (argument rules, result identity, error
// messages); the numeric kernels are core's (spaces, frombuffer, join_ops, assign).
#include <cmath>
#include <set>

#include "core/assign.hpp"
#include "core/flat_index.hpp"
#include "core/frombuffer.hpp"
#include "core/join_ops.hpp"
#include "core/spaces.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_lazy.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_warnings.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

// One item of fromiter: NumPy packs it like a[i] = item (Python ints must fit, floats
// truncate towards zero, NaN/inf cannot become integers, sequences are refused).
void pack_item(const ObjPtr& item, DType dtype, uint8_t* dst) {
  Scalar s;
  bool weak;
  if (!to_scalar(item, &s, &weak)) {
    ArrayPtr a = to_array(item);
    if (a->ndim() != 0) raise_value_error("setting an array element with a sequence.");
    s = a->item0();
    weak = false;
  }
  if (dtype_is_integer(dtype) && dtype_is_float(s.dtype)) {
    if (std::isnan(s.v.f)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(s.v.f)) raise_overflow_error("cannot convert float infinity to integer");
  }
  (weak ? weak_scalar_as(s, dtype) : s.cast(dtype)).store(dst);
}

ObjPtr fromiter_impl(const BoundArgs& b) {
  const DType dtype = to_dtype(b[1]);
  const int64_t count = b.given(2) ? to_int64(b[2]) : -1;
  const int isz = dtype_itemsize(dtype);
  std::vector<uint8_t> bytes;
  int64_t n = 0;
  ObjPtr it = get_iter(b[0]);
  while (count < 0 || n < count) {
    ObjPtr item = iter_next(it);
    if (!item) break;
    bytes.resize(alloc_count(alloc_mul(n + 1, isz)));
    pack_item(item, dtype, bytes.data() + n * isz);
    ++n;
  }
  if (count >= 0 && n < count)
    raise_value_error("iterator too short: Expected " + std::to_string(count) + " but iterator had only " +
                      std::to_string(n) + " items.");
  ArrayPtr a = new_array({n}, dtype);
  if (n) std::memcpy(a->data(), bytes.data(), bytes.size());
  return wrap_array(a);
}

ObjPtr frombuffer_impl(const BoundArgs& b) {
  const DType dtype = b.given(1) ? to_dtype(b[1]) : DType::Float64;
  const int64_t count = b.given(2) ? to_int64(b[2]) : -1;
  const int64_t offset = b.given(3) ? to_int64(b[3]) : 0;
  ArrayPtr source;
  if (is_bytes(b[0])) source = readonly_bytes_array(static_cast<BytesObject*>(b[0].get())->value);
  else if (is_ndarray(b[0])) source = array_of(b[0]);
  else raise_type_error("a bytes-like object is required, not '" + type_name(b[0]) + "'");
  return wrap_array(frombuffer(source, dtype, count, offset));
}

// np.require's flag names (numpy/_core/_asarray.py: POSSIBLE_FLAGS).
char require_flag(const std::string& name) {
  std::string u;
  for (char c : name) u += static_cast<char>(toupper(static_cast<unsigned char>(c)));
  static const std::pair<const char*, char> kFlags[] = {
      {"C", 'C'}, {"C_CONTIGUOUS", 'C'}, {"CONTIGUOUS", 'C'}, {"F", 'F'}, {"F_CONTIGUOUS", 'F'},
      {"FORTRAN", 'F'}, {"A", 'A'}, {"ALIGNED", 'A'}, {"W", 'W'}, {"WRITEABLE", 'W'},
      {"O", 'O'}, {"OWNDATA", 'O'}, {"E", 'E'}, {"ENSUREARRAY", 'E'}};
  for (const auto& f : kFlags)
    if (u == f.first) return f.second;
  throw_exception(make_exception(exception_type(ErrorType::KeyError), {make_str(u)}));
}

ObjPtr require_impl(const BoundArgs& b) {
  std::optional<DType> dt = to_optional_dtype(b.has(1) ? b[1] : None());
  auto as_any = [&]() -> ObjPtr {
    ArrayPtr a = to_array(b[0], dt);
    return is_ndarray(b[0]) && array_of(b[0]) == a ? b[0] : wrap_array(a);
  };
  if (!b.given(2)) return as_any();
  std::set<char> req;
  for (const ObjPtr& o : iterate(b[2])) req.insert(require_flag(to_str(o, "requirement")));
  if (req.empty()) return as_any();
  req.erase('E');
  char order = 'A';
  if (req.count('C') && req.count('F')) raise_value_error("Cannot specify both \"C\" and \"F\" order");
  if (req.count('C')) order = 'C';
  else if (req.count('F')) order = 'F';
  req.erase('C');
  req.erase('F');
  // np.array(a, dtype, order=order, copy=None)
  ArrayPtr a = to_array(b[0], dt);
  if ((order == 'C' && !a->is_c_contiguous()) || (order == 'F' && !a->is_f_contiguous())) a = copy_array(a, order);
  for (char prop : req) {
    const Flags f = a->flags();
    const bool ok = prop == 'A' ? f.aligned : prop == 'W' ? f.writeable : f.owndata;
    if (!ok) return wrap_array(copy_array(a, order));
  }
  return is_ndarray(b[0]) && array_of(b[0]) == a ? b[0] : wrap_array(a);
}

Casting casting_of(const BoundArgs& b, size_t i) {
  if (!b.given(i)) return Casting::SameKind;
  const std::string& s = to_str(b[i], "casting");
  static const char* const kNames[] = {"no", "equiv", "safe", "same_kind", "unsafe"};
  for (int k = 0; k < 5; ++k)
    if (s == kNames[k]) return static_cast<Casting>(k);
  raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
}

ObjPtr copyto_impl(const BoundArgs& b) {
  if (!is_ndarray(b[0])) raise_type_error("copyto() argument 1 must be numpy.ndarray, not " + type_name(b[0]));
  const ArrayPtr& dst = array_of(b[0]);
  const Casting casting = casting_of(b, 2);
  Scalar s;
  bool weak = false;
  ArrayPtr src;
  if (to_scalar(b[1], &s, &weak) && weak) {
    // NEP 50: a Python scalar only has a kind; float -> int is not 'same_kind'.
    const DType kind = s.dtype;
    if (!can_cast_rule(kind == DType::Int64 && dtype_is_float(dst->dtype) ? dst->dtype : kind, dst->dtype, casting) &&
        !(kind == DType::Int64 && dtype_is_integer(dst->dtype)) && !(kind == DType::Bool))
      raise_type_error("Cannot cast scalar from " + dtype_repr(kind) + " to " + dtype_repr(dst->dtype) +
                       " according to the rule " + casting_name(casting));
    src = array_from_scalar(weak_scalar_as(s, dst->dtype));
  } else {
    src = to_array(b[1]);
    if (!can_cast_rule(src->dtype, dst->dtype, casting))
      raise_type_error("Cannot cast array data from " + dtype_repr(src->dtype) + " to " + dtype_repr(dst->dtype) +
                       " according to the rule " + casting_name(casting));
    warn_complex_cast(src->dtype, dst->dtype);
  }
  if (!b.has(3) || (is_bool(b[3]) && int_value(b[3]))) {
    assign_array(dst, src);
    return None();
  }
  // a list converts straight to bool; an array must cast safely (PyArray_FromAny, no FORCECAST)
  ArrayPtr where = is_ndarray(b[3]) ? array_of(b[3]) : to_array(b[3], DType::Bool);
  if (where->dtype != DType::Bool)
    raise_type_error("Cannot cast array data from " + dtype_repr(where->dtype) +
                     " to dtype('bool') according to the rule 'safe'");
  if (!dst->writeable) raise_value_error("assignment destination is read-only");
  ArrayPtr vals = astype(broadcast_to(src, dst->shape), dst->dtype, 'C');
  ArrayPtr mask = broadcast_to(where, dst->shape);
  const int isz = dst->itemsize();
  const uint8_t* mb = mask->buffer->data();
  const uint8_t* vb = vals->data();
  int64_t k = 0;
  for_each_offset2(dst->shape, dst->strides, dst->offset, mask->strides, mask->offset, [&](int64_t pd, int64_t pm) {
    if (mb[pm]) std::memcpy(dst->buffer->data() + pd, vb + k * isz, static_cast<size_t>(isz));
    ++k;
  });
  return None();
}

// ---- np.block ----------------------------------------------------------------------------

std::string block_index(const std::vector<int64_t>& index) {
  std::string s = "arrays";
  for (int64_t i : index)
    if (i >= 0) s += "[" + std::to_string(i) + "]";
  return s;
}

struct BlockInfo {
  std::vector<int64_t> index;  // -1 at the end marks an empty list at the bottom
  int64_t max_ndim = 0;
};

// _block_check_depths_match
BlockInfo block_depths(const ObjPtr& arrays, const std::vector<int64_t>& parent) {
  if (is_tuple(arrays))
    raise_type_error(block_index(parent) +
                     " is a tuple. Only lists can be used to arrange blocks, and np.block does not allow implicit "
                     "conversion from tuple to ndarray.");
  if (is_list(arrays)) {
    const std::vector<ObjPtr>& items = list_items(arrays);
    if (items.empty()) {
      BlockInfo r{parent, 0};
      r.index.push_back(-1);
      return r;
    }
    BlockInfo first;
    for (size_t i = 0; i < items.size(); ++i) {
      std::vector<int64_t> idx = parent;
      idx.push_back(static_cast<int64_t>(i));
      BlockInfo sub = block_depths(items[i], idx);
      if (i == 0) {
        first = sub;
        continue;
      }
      first.max_ndim = std::max(first.max_ndim, sub.max_ndim);
      if (sub.index.size() != first.index.size())
        raise_value_error("List depths are mismatched. First element was at depth " + std::to_string(first.index.size()) +
                          ", but there is an element at depth " + std::to_string(sub.index.size()) + " (" +
                          block_index(sub.index) + ")");
      if (sub.index.back() == -1) first.index = sub.index;
    }
    return first;
  }
  return BlockInfo{parent, to_array(arrays)->ndim()};
}

ArrayPtr atleast_nd(const ArrayPtr& a, int64_t nd) {
  if (a->ndim() >= nd) return a;
  Shape s = a->shape;
  s.insert(s.begin(), static_cast<size_t>(nd - a->ndim()), 1);
  return reshape(a, s);
}

ArrayPtr block_rec(const ObjPtr& arrays, int64_t max_depth, int64_t result_ndim, int64_t depth) {
  if (depth < max_depth) {
    std::vector<ArrayPtr> arrs;
    for (const ObjPtr& o : list_items(arrays)) arrs.push_back(block_rec(o, max_depth, result_ndim, depth + 1));
    return concatenate(arrs, -(max_depth - depth));
  }
  return atleast_nd(to_array(arrays), result_ndim);
}

ObjPtr block_impl(const BoundArgs& b) {
  BlockInfo info = block_depths(b[0], {});
  const int64_t list_ndim = static_cast<int64_t>(info.index.size());
  if (!info.index.empty() && info.index.back() == -1)
    raise_value_error("List at " + block_index(info.index) + " cannot be empty");
  const int64_t result_ndim = std::max(info.max_ndim, list_ndim);
  ArrayPtr r = block_rec(b[0], list_ndim, result_ndim, 0);
  if (list_ndim == 0) r = copy_array(r, 'K');
  return wrap_array(r);
}

void init_creation(Interpreter&, ModuleObject& m) {
  def(m, "fromiter", {"iter", "dtype", "count=", "*", "like="}, fromiter_impl);
  def(m, "frombuffer", {"buffer", "dtype=", "count=", "offset=", "*", "like="}, frombuffer_impl);
  def(m, "fromfunction", {"function", "shape", "*", "dtype=", "like=", "**kwargs"}, [](const BoundArgs& b) {
    const DType t = b.given(2) ? to_dtype(b[2]) : DType::Float64;
    Shape dims;
    for (const ObjPtr& o : iterate(b[1])) dims.push_back(to_int64(o));
    ArrayPtr grid = indices_dense(dims, t);
    std::vector<ObjPtr> args;
    for (int64_t k = 0; k < grid->shape[0]; ++k) args.push_back(wrap_array(basic_index(grid, {BasicIndex::make_int(k)})));
    return call(b[0], PosArgs(args), KwArgs(b.varkw));
  });
  def(m, "logspace", {"start", "stop", "num=", "endpoint=", "base=", "dtype=", "axis="}, [](const BoundArgs& b) {
    if (array_endpoints(b, {0, 1, 4}))
      return forward_to_python("_logspace_nd", b, {"start", "stop", "num", "endpoint", "base", "dtype", "axis"});
    return wrap_array(logspace(to_double(b[0]), to_double(b[1]), b.given(2) ? to_int64(b[2]) : 50,
                               b.has(3) ? is_true(b[3]) : true, b.given(4) ? to_double(b[4]) : 10.0,
                               to_optional_dtype(b.has(5) ? b[5] : None())));
  });
  def(m, "geomspace", {"start", "stop", "num=", "endpoint=", "dtype=", "axis="}, [](const BoundArgs& b) {
    if (array_endpoints(b, {0, 1}))
      return forward_to_python("_geomspace_nd", b, {"start", "stop", "num", "endpoint", "dtype", "axis"});
    return wrap_array(geomspace(to_double(b[0]), to_double(b[1]), b.given(2) ? to_int64(b[2]) : 50,
                                b.has(3) ? is_true(b[3]) : true, to_optional_dtype(b.has(4) ? b[4] : None())));
  });
  ObjPtr asarray = m.get("asarray");
  def(m, "asanyarray", {"a", "dtype=", "order=", "*", "like="}, [asarray](const BoundArgs& b) {
    std::vector<ObjPtr> args{b[0], b.has(1) ? b[1] : None(), b.has(2) ? b[2] : None()};
    return call(asarray, PosArgs(args.data(), args.size()));
  });
  def(m, "require", {"a", "dtype=", "requirements=", "*", "like="}, require_impl);
  def(m, "copyto", {"dst", "src", "casting=", "where="}, copyto_impl);
  def(m, "block", {"arrays"}, block_impl);
}

}  // namespace

void register_numpy_creation() { register_numpy_part("numpy", init_creation); }

}  // namespace sl
