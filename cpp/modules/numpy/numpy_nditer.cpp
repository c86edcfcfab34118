// numpy_nditer.cpp — np.nditer: NumPy's multi-operand iterator for Python loops.
// Operands broadcast together; the iteration order is NumPy's: order='K' visits memory
// order (NumPy's stable insertion sort of the axes by |stride|, C order winning conflicts,
// then negative strides flipped unless an operand is allocated), 'C', 'F' and 'A' force it;
// without multi_index/c_index/f_index, axes contiguous for every operand are coalesced.
// Each step yields 0-d views (read-only unless the operand is flagged readwrite or
// writeonly), or with external_loop 1-d views of the innermost run (with buffered, runs of
// up to buffersize elements gathered in iteration order and written back). Tracks
// multi_index, c_index/f_index, iterindex; allocates None operands ('allocate'); casts
// operands to op_dtypes (needs 'copy'/'updateifcopy' or 'buffered'), writing readwrite
// operands back on close / exit / exhaustion. NumPy's flag parsing and its messages.
// Not here: op_axes/itershape (NotImplementedError), reduction operands, nested_iters.
#include <algorithm>

#include "core/assign.hpp"
#include "core/ufunc.hpp"
#include "core/ufunc_iter.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

enum GlobalFlag : uint32_t {
  kBuffered = 1, kCIndex = 2, kFIndex = 4, kMultiIndex = 8, kExternalLoop = 16, kCommonDtype = 32,
  kCopyIfOverlap = 64, kDelayBufalloc = 128, kGrowInner = 256, kRanged = 512, kRefsOk = 1024,
  kReduceOk = 2048, kZerosizeOk = 4096,
};
enum OpFlag : uint32_t {
  kReadOnly = 1, kReadWrite = 2, kWriteOnly = 4, kNoBroadcast = 8, kContig = 16, kAligned = 32,
  kNbo = 64, kCopy = 128, kUpdateIfCopy = 256, kAllocate = 512, kNoSubtype = 1024, kArrayMask = 2048,
  kWriteMasked = 4096, kOverlapAssumeElementwise = 8192, kVirtual = 16384,
};

struct FlagName {
  const char* name;
  uint32_t bit;
};
const FlagName kGlobalFlags[] = {
    {"buffered", kBuffered},       {"c_index", kCIndex},           {"f_index", kFIndex},
    {"multi_index", kMultiIndex},  {"external_loop", kExternalLoop}, {"common_dtype", kCommonDtype},
    {"copy_if_overlap", kCopyIfOverlap}, {"delay_bufalloc", kDelayBufalloc}, {"grow_inner", kGrowInner},
    {"growinner", kGrowInner},     {"ranged", kRanged},            {"refs_ok", kRefsOk},
    {"reduce_ok", kReduceOk},      {"zerosize_ok", kZerosizeOk},
};
const FlagName kOpFlags[] = {
    {"readonly", kReadOnly},   {"readwrite", kReadWrite},   {"writeonly", kWriteOnly},
    {"no_broadcast", kNoBroadcast}, {"contig", kContig},    {"aligned", kAligned},
    {"nbo", kNbo},             {"copy", kCopy},             {"updateifcopy", kUpdateIfCopy},
    {"allocate", kAllocate},   {"no_subtype", kNoSubtype},  {"arraymask", kArrayMask},
    {"writemasked", kWriteMasked}, {"overlap_assume_elementwise", kOverlapAssumeElementwise},
    {"virtual", kVirtual},
};

std::string flag_text(const ObjPtr& f) {
  if (is_str(f)) return str_value(f);
  if (is_bytes(f)) return cast<BytesObject>(f)->value;
  raise_type_error("expected bytes, " + type_name(f) + " found");
}

uint32_t parse_global_flags(const ObjPtr& o) {
  if (!o || is_none(o)) return 0;
  if (!is_list(o) && !is_tuple(o)) raise_value_error("Iterator global flags must be a list or tuple of strings");
  uint32_t bits = 0;
  for (const ObjPtr& f : sequence_items(o)) {
    std::string s = flag_text(f);
    uint32_t bit = 0;
    for (const FlagName& n : kGlobalFlags)
      if (s == n.name) bit = n.bit;
    if (!bit) raise_value_error("Unexpected iterator global flag \"" + s + "\"");
    bits |= bit;
  }
  return bits;
}

uint32_t parse_op_flag_list(const ObjPtr& o) {
  if (!is_list(o) && !is_tuple(o)) raise_value_error("op_flags must be a tuple or array of per-op flag-tuples");
  uint32_t bits = 0;
  for (const ObjPtr& f : sequence_items(o)) {
    if (!is_str(f) && !is_bytes(f)) raise_value_error("op_flags must be a tuple or array of per-op flag-tuples");
    std::string s = flag_text(f);
    uint32_t bit = 0;
    for (const FlagName& n : kOpFlags)
      if (s == n.name) bit = n.bit;
    if (!bit) raise_value_error("Unexpected per-op iterator flag \"" + s + "\"");
    bits |= bit;
  }
  return bits;
}

// The iterator's state, apart from the object header (it.copy() copies it).
struct IterState {
  uint32_t flags = 0;
  std::vector<uint32_t> op_flags;
  std::vector<ObjPtr> operands;   // what it.operands returns (the arrays, allocated ones too)
  std::vector<ArrayPtr> iter_ops; // what is iterated (a cast copy when op_dtypes asked for one)
  std::vector<ArrayPtr> writeback;  // non-null: copy iter_ops[k] back into this on close
  bool single_op = false;         // ops given as one array: values are not tuples
  Shape shape;                    // broadcast shape, original axis order
  // iteration space, outermost axis first
  std::vector<int> axis_of;       // original axis of each iteration axis (-1 after coalescing)
  std::vector<bool> flipped;      // per iteration axis
  Shape it_shape;
  std::vector<std::vector<int64_t>> it_strides;  // [op][axis] bytes
  std::vector<int64_t> it_base;                  // [op] byte offset of the first element
  std::vector<int64_t> counter;
  int64_t itersize = 0, iterindex = 0, bufsize = 8192, chunk = 1;
  bool started = false, finished = false, closed = false;
  std::vector<ArrayPtr> pending;  // buffered external-loop chunks to write back
  std::vector<int64_t> pending_pos;

  bool tracks_coords() const { return flags & (kMultiIndex | kCIndex | kFIndex); }
  bool writable(size_t k) const { return op_flags[k] & (kReadWrite | kWriteOnly); }
};

struct NDIterObject : Object, IterState {
  explicit NDIterObject(TypeObject* t) : Object(t) {}
};

TypeObject* nditer_type();

NDIterObject* it_of(const ObjPtr& o) { return static_cast<NDIterObject*>(o.get()); }

// NumPy's npyiter_find_best_axis_ordering on axes given innermost first; returns the
// permutation innermost first.
std::vector<int> best_axis_order(int nd, const std::vector<Strides>& strides) {
  std::vector<int> perm;
  for (int k = nd - 1; k >= 0; --k) perm.push_back(k);  // innermost first: C order
  for (int i0 = 1; i0 < nd; ++i0) {
    int ipos = i0;
    const int j0 = perm[i0];
    for (int i1 = i0 - 1; i1 >= 0; --i1) {
      const int j1 = perm[i1];
      bool ambig = true, swap = false;
      for (const Strides& s : strides) {
        if (s[j0] != 0 && s[j1] != 0) {
          if (std::llabs(s[j1]) <= std::llabs(s[j0])) swap = false;
          else if (ambig) swap = true;
          ambig = false;
        }
      }
      if (!ambig) {
        if (swap) ipos = i1;
        else break;
      }
    }
    if (ipos != i0) {
      for (int i1 = i0; i1 > ipos; --i1) perm[i1] = perm[i1 - 1];
      perm[ipos] = j0;
    }
  }
  return perm;
}

ObjPtr op_value(NDIterObject* it, size_t k, int64_t offset, bool inner_run) {
  const ArrayPtr& a = it->iter_ops[k];
  ArrayPtr v;
  if (inner_run) {
    const int last = static_cast<int>(it->it_shape.size()) - 1;
    if (last < 0) v = make_view(a, offset, {1}, {0}, a->dtype);
    else v = make_view(a, offset, {it->it_shape[last]}, {it->it_strides[k][last]}, a->dtype);
  } else {
    v = make_view(a, offset, {}, {}, a->dtype);
  }
  v->writeable = it->writable(k) && a->writeable;
  return wrap_array(v);
}

int64_t current_offset(NDIterObject* it, size_t k, bool skip_inner) {
  int64_t off = it->it_base[k];
  const size_t nd = it->it_shape.size() - (skip_inner && !it->it_shape.empty() ? 1 : 0);
  for (size_t d = 0; d < nd; ++d) off += it->counter[d] * it->it_strides[k][d];
  return off;
}

void flush_pending(NDIterObject* it) {
  for (size_t k = 0; k < it->pending.size(); ++k) {
    if (!it->pending[k] || !it->writable(k)) continue;
    // scatter the chunk back along the iteration order starting at pending_pos
    const ArrayPtr& c = it->pending[k];
    std::vector<int64_t> save = it->counter;
    int64_t pos = it->pending_pos[k];
    for (int64_t j = 0; j < c->shape[0]; ++j, ++pos) {
      int64_t rem = pos;
      for (int d = static_cast<int>(it->it_shape.size()) - 1; d >= 0; --d) {
        it->counter[d] = rem % it->it_shape[d];
        rem /= it->it_shape[d];
      }
      Scalar s = Scalar::load(c->buffer->data() + c->offset + j * c->strides[0], c->dtype);
      s.store(it->iter_ops[k]->buffer->data() + current_offset(it, k, false));
    }
    it->counter = save;
  }
  it->pending.clear();
}

void write_back(NDIterObject* it) {
  flush_pending(it);
  for (size_t k = 0; k < it->writeback.size(); ++k)
    if (it->writeback[k]) assign_array(it->writeback[k], it->iter_ops[k]);
}

ObjPtr current_value(NDIterObject* it) {
  std::vector<ObjPtr> vals;
  const bool ext = it->flags & kExternalLoop;
  const bool buffered_run = ext && (it->flags & kBuffered);
  if (buffered_run) it->pending.assign(it->iter_ops.size(), nullptr), it->pending_pos.assign(it->iter_ops.size(), 0);
  for (size_t k = 0; k < it->iter_ops.size(); ++k) {
    if (buffered_run) {
      const ArrayPtr& a = it->iter_ops[k];
      const int64_t n = std::min(it->chunk, it->itersize - it->iterindex);
      ArrayPtr c = new_array({n}, a->dtype);
      std::vector<int64_t> save = it->counter;
      for (int64_t j = 0; j < n; ++j) {
        int64_t rem = it->iterindex + j;
        for (int d = static_cast<int>(it->it_shape.size()) - 1; d >= 0; --d) {
          it->counter[d] = rem % it->it_shape[d];
          rem /= it->it_shape[d];
        }
        c->set(&j, Scalar::load(a->buffer->data() + current_offset(it, k, false), a->dtype));
      }
      it->counter = save;
      c->writeable = it->writable(k);
      it->pending[k] = c;
      it->pending_pos[k] = it->iterindex;
      vals.push_back(wrap_array(c));
    } else {
      vals.push_back(op_value(it, k, current_offset(it, k, ext), ext));
    }
  }
  if (it->single_op) return vals[0];
  return make_tuple(std::move(vals));
}

// Advances one step (a whole inner run with external_loop); false at the end.
bool advance(NDIterObject* it) {
  flush_pending(it);
  const bool ext = it->flags & kExternalLoop;
  int64_t step = 1;
  if (ext && (it->flags & kBuffered)) step = it->chunk;
  else if (ext && !it->it_shape.empty()) step = it->it_shape.back();
  it->iterindex += step;
  if (it->iterindex >= it->itersize) {
    it->finished = true;
    it->iterindex = it->itersize;
    write_back(it);
    return false;
  }
  int64_t rem = it->iterindex;
  for (int d = static_cast<int>(it->it_shape.size()) - 1; d >= 0; --d) {
    it->counter[d] = rem % it->it_shape[d];
    rem /= it->it_shape[d];
  }
  return true;
}

std::vector<int64_t> multi_index(NDIterObject* it) {
  std::vector<int64_t> idx(it->shape.size(), 0);
  for (size_t d = 0; d < it->it_shape.size(); ++d) {
    const int ax = it->axis_of[d];
    if (ax < 0) continue;
    idx[static_cast<size_t>(ax)] = it->flipped[d] ? it->it_shape[d] - 1 - it->counter[d] : it->counter[d];
  }
  return idx;
}

void build(NDIterObject* it, const std::string& order) {
  const int nd = static_cast<int>(it->shape.size());
  const size_t nop = it->iter_ops.size();
  std::vector<Strides> st;
  for (const ArrayPtr& a : it->iter_ops) st.push_back(broadcast_strides_to(*a, it->shape));
  std::vector<int> inner_first;
  bool any_allocate = false;
  for (uint32_t f : it->op_flags) any_allocate |= (f & kAllocate) != 0;
  if (order == "C") {
    for (int k = nd - 1; k >= 0; --k) inner_first.push_back(k);
  } else if (order == "F") {
    for (int k = 0; k < nd; ++k) inner_first.push_back(k);
  } else {
    inner_first = best_axis_order(nd, st);
  }
  const bool flip = order == "K" && !any_allocate;
  // outermost first
  it->axis_of.assign(inner_first.rbegin(), inner_first.rend());
  it->flipped.assign(static_cast<size_t>(nd), false);
  it->it_shape.clear();
  it->it_strides.assign(nop, {});
  it->it_base.assign(nop, 0);
  for (size_t k = 0; k < nop; ++k) it->it_base[k] = it->iter_ops[k]->offset;
  for (int d = 0; d < nd; ++d) {
    const int ax = it->axis_of[static_cast<size_t>(d)];
    const int64_t n = it->shape[static_cast<size_t>(ax)];
    bool neg = flip && n > 1;
    if (neg)
      for (size_t k = 0; k < nop; ++k)
        if (st[k][static_cast<size_t>(ax)] > 0) neg = false;
    // flip only when every operand with a non-zero stride runs backwards
    if (neg) {
      bool any = false;
      for (size_t k = 0; k < nop; ++k) any |= st[k][static_cast<size_t>(ax)] < 0;
      neg = any;
    }
    it->flipped[static_cast<size_t>(d)] = neg;
    it->it_shape.push_back(n);
    for (size_t k = 0; k < nop; ++k) {
      int64_t s = st[k][static_cast<size_t>(ax)];
      if (neg) {
        it->it_base[k] += (n - 1) * s;
        s = -s;
      }
      it->it_strides[k].push_back(s);
    }
  }
  // coalesce adjacent axes (outer o, inner i) that are contiguous for every operand
  if (!it->tracks_coords()) {
    for (size_t i = it->it_shape.size(); i-- > 1;) {
      const size_t o = i - 1;
      const int64_t ni = it->it_shape[i], no = it->it_shape[o];
      bool ok = true;
      for (size_t k = 0; k < nop; ++k)
        if (!(ni == 1 || no == 1 || it->it_strides[k][i] * ni == it->it_strides[k][o])) ok = false;
      if (!ok) continue;
      for (size_t k = 0; k < nop; ++k)
        if (ni == 1) it->it_strides[k][i] = it->it_strides[k][o];
      it->it_shape[i] = ni * no;
      it->it_shape.erase(it->it_shape.begin() + static_cast<long>(o));
      it->axis_of.erase(it->axis_of.begin() + static_cast<long>(o));
      it->flipped.erase(it->flipped.begin() + static_cast<long>(o));
      for (size_t k = 0; k < nop; ++k) it->it_strides[k].erase(it->it_strides[k].begin() + static_cast<long>(o));
    }
  }
  it->itersize = 1;
  for (int64_t n : it->it_shape) it->itersize *= n;
  it->counter.assign(it->it_shape.size(), 0);
  it->chunk = std::max<int64_t>(1, std::min(it->bufsize, it->itersize));
  it->iterindex = 0;
  it->finished = it->itersize == 0;
  it->started = false;
}

ObjPtr nditer_construct(Interpreter&, TypeObject* cls, PosArgs args, KwArgs kw) {
  static const Signature sig("nditer", {"op", "flags=", "op_flags=", "op_dtypes=", "order=", "casting=", "op_axes=",
                                        "itershape=", "buffersize="});
  BoundArgs b = sig.bind(args, kw);
  Ref<NDIterObject> it(new NDIterObject(cls));
  it->flags = parse_global_flags(b[1]);
  if ((it->flags & kCIndex) && (it->flags & kFIndex))
    raise_value_error("Iterator flags C_INDEX and F_INDEX cannot both be specified");
  if ((it->flags & kExternalLoop) && it->tracks_coords())
    raise_value_error("Iterator flag EXTERNAL_LOOP cannot be used if an index or multi-index is being tracked");
  if (b.given(6) || b.given(7)) raise_not_implemented("numpy.nditer with op_axes/itershape is not available in stridelab yet");
  std::vector<ObjPtr> ops;
  if (is_list(b[0]) || is_tuple(b[0])) {
    ops = sequence_items(b[0]);
  } else {
    ops.push_back(b[0]);
    it->single_op = true;
  }
  if (ops.empty()) raise_value_error("Must provide at least one operand");
  if (ops.size() == 1) it->single_op = true;
  const size_t nop = ops.size();
  // per-op flags: one list for every operand, or a list of lists
  it->op_flags.assign(nop, 0);
  if (b.given(2)) {
    const ObjPtr& of = b[2];
    if (!is_list(of) && !is_tuple(of)) raise_value_error("op_flags must be a tuple or array of per-op flag-tuples");
    std::vector<ObjPtr> items = sequence_items(of);
    if (!items.empty() && (is_list(items[0]) || is_tuple(items[0]))) {
      if (items.size() != nop) raise_value_error("op_flags must be a tuple or array of per-op flag-tuples");
      for (size_t k = 0; k < nop; ++k) it->op_flags[k] = parse_op_flag_list(items[k]);
    } else {
      uint32_t f = parse_op_flag_list(of);
      for (size_t k = 0; k < nop; ++k) it->op_flags[k] = f;
    }
  } else {
    for (size_t k = 0; k < nop; ++k) it->op_flags[k] = is_none(ops[k]) ? (kWriteOnly | kAllocate) : kReadOnly;
  }
  for (size_t k = 0; k < nop; ++k) {
    const uint32_t f = it->op_flags[k];
    const int rw = ((f & kReadOnly) != 0) + ((f & kReadWrite) != 0) + ((f & kWriteOnly) != 0);
    if (rw == 0) raise_value_error("None of the iterator flags READWRITE, READONLY, or WRITEONLY were specified for an operand");
    if (rw > 1) raise_value_error("Only one of the iterator flags READWRITE, READONLY, and WRITEONLY may be specified for an operand");
  }
  std::vector<std::optional<DType>> want(nop);
  if (b.given(3)) {
    std::vector<ObjPtr> dts = (is_list(b[3]) || is_tuple(b[3])) ? sequence_items(b[3]) : std::vector<ObjPtr>{b[3]};
    if (dts.size() != nop) raise_value_error("op_dtypes must be a tuple/list matching the number of ops");
    for (size_t k = 0; k < nop; ++k) want[k] = to_optional_dtype(dts[k]);
  }
  std::string order = b.given(4) ? to_str(b[4], "order") : "K";
  if (order != "C" && order != "F" && order != "A" && order != "K")
    raise_value_error("order must be one of 'C', 'F', 'A', or 'K' (got '" + order + "')");
  Casting casting = Casting::Safe;
  if (b.given(5)) {
    std::string c = to_str(b[5], "casting");
    if (c == "no") casting = Casting::No;
    else if (c == "equiv") casting = Casting::Equiv;
    else if (c == "safe") casting = Casting::Safe;
    else if (c == "same_kind") casting = Casting::SameKind;
    else if (c == "unsafe") casting = Casting::Unsafe;
    else raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
  }
  if (b.given(8)) it->bufsize = std::max<int64_t>(1, to_int64(b[8]));
  // operands
  std::vector<ArrayPtr> arrays(nop);
  std::vector<Shape> shapes;
  for (size_t k = 0; k < nop; ++k) {
    if (is_none(ops[k])) {
      if (!(it->op_flags[k] & kAllocate))
        raise_value_error("Iterator operand was NULL, but neither the ALLOCATE nor the VIRTUAL flag was specified");
      if (!it->writable(k))
        raise_value_error("Automatic allocation was requested for an iterator operand, but it wasn't flagged for writing");
      continue;
    }
    if (!is_ndarray(ops[k]) && it->writable(k))
      raise_type_error("Iterator operand is flagged as writeable, but is an object which cannot be written back to via WRITEBACKIFCOPY");
    arrays[k] = to_array(ops[k]);
    if (it->writable(k) && !arrays[k]->writeable)
      raise_value_error("operand array with iterator write flag set is read-only");
    shapes.push_back(arrays[k]->shape);
  }
  Shape shape;
  try {
    shape = broadcast_shapes(shapes);
  } catch (const PyError&) {
    std::string msg = "operands could not be broadcast together with shapes ";
    for (const Shape& s : shapes) msg += shape_str_compact(s) + " ";
    raise_value_error(msg);
  }
  for (size_t k = 0; k < nop; ++k)
    if (arrays[k] && it->writable(k) && arrays[k]->shape != shape)
      raise_value_error("non-broadcastable output operand with shape " + shape_str_compact(arrays[k]->shape) +
                        " doesn't match the broadcast shape " + shape_str_compact(shape));
  it->shape = shape;
  int64_t size = 1;
  for (int64_t n : shape) size *= n;
  if (size == 0 && !(it->flags & kZerosizeOk)) raise_value_error("Iteration of zero-sized operands is not enabled");
  // allocated operands: the common dtype of the inputs, laid out in iteration order
  std::vector<Operand> inputs;
  for (size_t k = 0; k < nop; ++k)
    if (arrays[k]) inputs.push_back(Operand::of(arrays[k]));
  it->operands.assign(nop, nullptr);
  it->iter_ops.assign(nop, nullptr);
  it->writeback.assign(nop, nullptr);
  for (size_t k = 0; k < nop; ++k) {
    if (arrays[k]) continue;
    DType t = want[k] ? *want[k] : (inputs.empty() ? DType::Float64 : promote_operands(inputs));
    std::vector<ArrayPtr> present;
    for (const ArrayPtr& a : arrays)
      if (a) present.push_back(a);
    arrays[k] = present.empty() ? zeros(shape, t) : alloc_like_operands(shape, t, present);
  }
  for (size_t k = 0; k < nop; ++k) {
    it->operands[k] = is_ndarray(ops[k]) ? ops[k] : wrap_array(arrays[k]);
    ArrayPtr a = arrays[k];
    if (want[k] && *want[k] != a->dtype) {
      if (!can_cast_rule(a->dtype, *want[k], casting))
        raise_type_error("Iterator operand " + std::to_string(k) + " dtype could not be cast from " +
                         dtype_repr(a->dtype) + " to " + dtype_repr(*want[k]) + " according to the rule " +
                         casting_name(casting));
      if (it->writable(k) && !can_cast_rule(*want[k], a->dtype, casting))
        raise_type_error("Iterator requested dtype could not be cast from " + dtype_repr(*want[k]) + " to " +
                         dtype_repr(a->dtype) + ", the operand " + std::to_string(k) +
                         " dtype, according to the rule " + casting_name(casting));
      if (!(it->flags & kBuffered) && !(it->op_flags[k] & (kCopy | kUpdateIfCopy)))
        raise_type_error("Iterator operand required copying or buffering, but neither copying nor buffering was enabled");
      ArrayPtr c = astype(a, *want[k], 'K');
      if (it->writable(k)) it->writeback[k] = a;
      a = c;
    }
    it->iter_ops[k] = a;
  }
  build(it.get(), order == "A" ? "K" : order);
  return ObjPtr(it);
}

ObjPtr nditer_next(Interpreter&, const ObjPtr& self) {
  NDIterObject* it = it_of(self);
  if (it->finished) return nullptr;
  if (it->started && !advance(it)) return nullptr;
  it->started = true;
  return current_value(it);
}

void check_valid(NDIterObject* it) {
  if (it->finished) raise_value_error("Iterator is past the end");
}

TypeObject* nditer_type() {
  static TypeObject* t = [] {
    TypeObject* t = new_type("nditer", "numpy");
    t->construct = nditer_construct;
    t->iter = [](Interpreter&, const ObjPtr& self) { return self; };
    t->next = nditer_next;
    t->len = [](Interpreter&, const ObjPtr& self) { return static_cast<int64_t>(it_of(self)->iter_ops.size()); };
    t->getitem = [](Interpreter&, const ObjPtr& self, const ObjPtr& key) -> ObjPtr {
      NDIterObject* it = it_of(self);
      check_valid(it);
      int64_t i = to_int64(key);
      const int64_t n = static_cast<int64_t>(it->iter_ops.size());
      if (i < 0) i += n;
      if (i < 0 || i >= n) raise_index_error("Iterator operand index " + std::to_string(to_int64(key)) + " is out of bounds");
      const bool ext = it->flags & kExternalLoop;
      return op_value(it, static_cast<size_t>(i), current_offset(it, static_cast<size_t>(i), ext), ext);
    };
    add_getset(t, "value", [](Interpreter&, const ObjPtr& s) {
      check_valid(it_of(s));
      return current_value(it_of(s));
    });
    add_getset(t, "operands", [](Interpreter&, const ObjPtr& s) { return make_tuple(it_of(s)->operands); });
    add_getset(t, "finished", [](Interpreter&, const ObjPtr& s) { return make_bool(it_of(s)->finished); });
    add_getset(t, "itersize", [](Interpreter&, const ObjPtr& s) { return make_int(it_of(s)->itersize); });
    add_getset(t, "iterindex", [](Interpreter&, const ObjPtr& s) {
      check_valid(it_of(s));
      return make_int(it_of(s)->iterindex);
    });
    add_getset(t, "nop", [](Interpreter&, const ObjPtr& s) { return make_int(static_cast<int64_t>(it_of(s)->iter_ops.size())); });
    add_getset(t, "ndim", [](Interpreter&, const ObjPtr& s) {
      NDIterObject* it = it_of(s);
      return make_int(static_cast<int64_t>((it->flags & kMultiIndex) ? it->shape.size() : it->it_shape.size()));
    });
    add_getset(t, "shape", [](Interpreter&, const ObjPtr& s) {
      NDIterObject* it = it_of(s);
      check_valid(it);
      return make_shape_tuple((it->flags & kMultiIndex) ? it->shape : it->it_shape);
    });
    add_getset(t, "dtypes", [](Interpreter&, const ObjPtr& s) {
      std::vector<ObjPtr> d;
      for (const ArrayPtr& a : it_of(s)->iter_ops) d.push_back(make_dtype_object(a->dtype));
      return make_tuple(std::move(d));
    });
    add_getset(t, "has_multi_index", [](Interpreter&, const ObjPtr& s) { return make_bool(it_of(s)->flags & kMultiIndex); });
    add_getset(t, "has_index", [](Interpreter&, const ObjPtr& s) { return make_bool(it_of(s)->flags & (kCIndex | kFIndex)); });
    add_getset(t, "has_delayed_bufalloc", [](Interpreter&, const ObjPtr& s) { return make_bool(it_of(s)->flags & kDelayBufalloc); });
    add_getset(t, "iterationneedsapi", [](Interpreter&, const ObjPtr&) { return False(); });
    add_getset(
        t, "multi_index",
        [](Interpreter&, const ObjPtr& s) -> ObjPtr {
          NDIterObject* it = it_of(s);
          check_valid(it);
          if (!(it->flags & kMultiIndex)) raise_value_error("Iterator is not tracking a multi-index");
          return make_shape_tuple(multi_index(it));
        },
        [](Interpreter&, const ObjPtr& s, const ObjPtr& v) {
          NDIterObject* it = it_of(s);
          if (!(it->flags & kMultiIndex)) raise_value_error("Iterator is not tracking a multi-index");
          if (!is_sequence(v)) raise_value_error("multi_index must be set with a sequence");
          std::vector<int64_t> idx = to_shape(v);
          if (idx.size() != it->shape.size()) raise_value_error("Wrong number of indices");
          int64_t flat = 0;
          for (size_t d = 0; d < it->it_shape.size(); ++d) {
            const size_t ax = static_cast<size_t>(it->axis_of[d]);
            int64_t c = idx[ax];
            if (c < 0 || c >= it->shape[ax]) raise_index_error("Iterator multi-index is out of bounds");  // NumPy's text
            if (it->flipped[d]) c = it->it_shape[d] - 1 - c;
            it->counter[d] = c;
            flat = flat * it->it_shape[d] + c;
          }
          it->iterindex = flat;
          it->finished = false;
          it->started = true;
        });
    add_getset(t, "index", [](Interpreter&, const ObjPtr& s) -> ObjPtr {
      NDIterObject* it = it_of(s);
      check_valid(it);
      if (!(it->flags & (kCIndex | kFIndex))) raise_value_error("Iterator does not have an index");
      std::vector<int64_t> idx = multi_index(it);
      int64_t flat = 0;
      if (it->flags & kCIndex) {
        for (size_t d = 0; d < idx.size(); ++d) flat = flat * it->shape[d] + idx[d];
      } else {
        for (size_t d = idx.size(); d-- > 0;) flat = flat * it->shape[d] + idx[d];
      }
      return make_int(flat);
    });
    add_method(t, "iternext", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      NDIterObject* it = it_of(self);
      if (it->finished) return False();
      it->started = true;
      return make_bool(advance(it));
    });
    add_method(t, "reset", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      NDIterObject* it = it_of(self);
      flush_pending(it);
      it->iterindex = 0;
      std::fill(it->counter.begin(), it->counter.end(), 0);
      it->finished = it->itersize == 0;
      it->started = false;
      return None();
    });
    auto close = [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      NDIterObject* it = it_of(self);
      if (!it->closed) write_back(it);
      it->closed = true;
      return None();
    };
    add_method(t, "close", close);
    add_method(t, "__exit__", close);
    add_method(t, "__enter__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      if (it_of(self)->closed) raise_value_error("cannot reuse closed iterator");
      return self;
    });
    add_method(t, "copy", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
      Ref<NDIterObject> c(new NDIterObject(nditer_type()));
      static_cast<IterState&>(*c) = static_cast<const IterState&>(*it_of(self));
      return ObjPtr(c);
    });
    return t;
  }();
  return t;
}

void init_nditer(Interpreter&, ModuleObject& m) { m.set("nditer", ObjPtr(nditer_type())); }

}  // namespace

void register_numpy_nditer() { register_numpy_part("numpy", init_nditer); }

}  // namespace sl
