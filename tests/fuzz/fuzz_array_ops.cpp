// fuzz_array_ops.cpp — libFuzzer target: random views and random operations on them,
// straight on the core API. The input builds a base array (dtype, length, raw bytes), then
// a sequence of steps each either re-describes the current array (as_strided-style views
// with arbitrary offset/shape/strides, basic indexing, transpose, reshape, broadcast,
// dtype views, squeeze/expand) or computes from it (copies, casts, ufuncs, reductions,
// sorting, take, boolean/integer indexing, assignment, joins, printing, .npy round trips).
// After every step every array alive must satisfy the invariant (fuzz_invariants.hpp); ASan
// checks every access against the exact buffer sizes.
#include <vector>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/format_array.hpp"
#include "core/indexing.hpp"
#include "core/join_ops.hpp"
#include "core/npy_io.hpp"
#include "core/reduce.hpp"
#include "core/shape_ops.hpp"
#include "core/sort.hpp"
#include "core/take_put.hpp"
#include "core/ufunc.hpp"
#include "core/views.hpp"
#include "tests/fuzz/fuzz_common.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

namespace {
using namespace sl;
using sl::fuzz::Reader;

#define SL_FUZZ_COUNT(id, name, nin, rule, loops, identity) +1
constexpr int kNumUFuncs = 0 SL_UFUNCS(SL_FUZZ_COUNT);
#undef SL_FUZZ_COUNT

DType any_dtype(Reader& in) { return static_cast<DType>(in.byte() % kNumDTypes); }

Shape small_shape(Reader& in, int max_nd, int64_t max_dim) {
  Shape s(static_cast<size_t>(in.range(0, max_nd)));
  for (auto& d : s) d = in.range(0, max_dim);
  return s;
}

// A geometry that is mostly plausible (multiples of the itemsize) and sometimes hostile.
void geometry(Reader& in, const NDArray& a, int64_t* offset, Shape* shape, Strides* strides) {
  const int nd = static_cast<int>(in.range(0, 4));
  shape->assign(static_cast<size_t>(nd), 0);
  strides->assign(static_cast<size_t>(nd), 0);
  const bool hostile = in.byte() < 40;
  for (int k = 0; k < nd; ++k) {
    (*shape)[k] = hostile ? in.wide() : in.range(0, 6);
    (*strides)[k] = hostile ? in.wide() : in.range(-3, 3) * a.itemsize();
  }
  *offset = hostile ? in.wide() : a.offset + in.range(-2, 6) * a.itemsize();
}

std::optional<int64_t> axis_of(Reader& in, int nd) {
  const int64_t v = in.range(-nd - 1, nd);
  if (v == nd) return std::nullopt;
  return v;
}

ArrayPtr int_indices(Reader& in, int64_t bound) {
  const int64_t n = in.range(0, 6);
  ArrayPtr idx = new_array({n}, DType::Int64);
  for (int64_t i = 0; i < n; ++i) {
    const int64_t v = in.byte() < 230 ? in.range(-bound - 1, bound) : in.wide();
    std::memcpy(idx->data() + i * 8, &v, 8);
  }
  return idx;
}

// Hostile geometry makes zero-stride views of 2**40 elements; an O(size) step on one is as
// slow here as in NumPy (a timeout, not a finding), so steps that compute (10 and up) skip
// arrays past this many elements. Views of them (0-9) stay: their checks are O(ndim).
constexpr int64_t kMaxComputeElements = int64_t(1) << 22;

ArrayPtr step(Reader& in, const ArrayPtr& a, std::vector<ArrayPtr>& pool) {
  const int nd = a->ndim();
  const int op = in.byte() % 30;
  if (op >= 10) {
    bool huge = a->size() > kMaxComputeElements;
    for (const ArrayPtr& p : pool) huge = huge || p->size() > kMaxComputeElements;
    if (huge) return a;
  }
  switch (op) {
    case 0: {
      int64_t off;
      Shape sh;
      Strides st;
      geometry(in, *a, &off, &sh, &st);
      return checked_view(a, off, sh, st, a->dtype);
    }
    case 1: {
      std::vector<BasicIndex> idx;
      const int n = static_cast<int>(in.range(0, nd + 1));
      for (int k = 0; k < n; ++k) {
        switch (in.byte() % 5) {
          case 0: idx.push_back(BasicIndex::make_int(in.byte() < 200 ? in.range(-4, 4) : in.wide())); break;
          case 1: idx.push_back(BasicIndex::make_newaxis()); break;
          case 2: idx.push_back(BasicIndex::make_ellipsis()); break;
          default: {
            SliceSpec s;
            if (in.byte() & 1) s.start = in.byte() < 200 ? in.range(-5, 5) : in.wide();
            if (in.byte() & 1) s.stop = in.byte() < 200 ? in.range(-5, 5) : in.wide();
            if (in.byte() & 1) s.step = in.byte() < 200 ? in.range(-3, 3) : in.wide();
            idx.push_back(BasicIndex::make_slice(s));
          }
        }
      }
      return basic_index(a, idx);
    }
    case 2: return transpose(a);
    case 3: return reshape(a, small_shape(in, 3, 8), "CFA"[in.byte() % 3]);
    case 4: return ravel(a, "CFAK"[in.byte() % 4]);
    case 5: return broadcast_to(a, in.byte() < 230 ? small_shape(in, 4, 5) : Shape{in.wide(), in.wide()}, in.byte() & 1);
    case 6: return view_as_dtype(a, any_dtype(in));
    case 7: return squeeze(a);
    case 8: return expand_dims(a, {in.range(-nd - 1, nd)});
    case 9: return swapaxes(a, in.range(-nd, nd), in.range(-nd, nd));
    case 10: return copy_array(a, "CFK"[in.byte() % 3]);
    case 11: return astype(a, any_dtype(in));
    case 12: {
      const auto id = static_cast<UFuncId>(in.byte() % kNumUFuncs);
      std::vector<Operand> ops;
      for (int k = 0; k < ufunc_nin(id); ++k)
        ops.push_back(pool.empty() || (in.byte() & 1) ? Operand(a) : Operand(pool[in.byte() % pool.size()]));
      return apply_ufunc(id, ops);
    }
    case 13: return sum(a, in.byte() & 1 ? AxisList{} : AxisList{std::vector<int64_t>{in.range(-nd, nd)}});
    case 14: return amax(a, AxisList{std::vector<int64_t>{in.range(-nd, nd)}});
    case 15: return sort(a, axis_of(in, nd), in.byte() & 1 ? "stable" : "quicksort");
    case 16: return argsort(a, axis_of(in, nd));
    case 17: return take(a, int_indices(in, 8), axis_of(in, nd), in.byte() & 1 ? "raise" : "wrap");
    case 18: {
      std::vector<IndexItem> idx;
      idx.push_back(IndexItem::make_array(int_indices(in, 6)));
      if (in.byte() & 1) idx.push_back(IndexItem::make_slice({}));
      return get_index(a, idx);
    }
    case 19: {
      ArrayPtr mask = astype(pool.empty() ? a : pool[in.byte() % pool.size()], DType::Bool);
      return get_index(a, {IndexItem::make_array(mask)});
    }
    case 20: {
      ArrayPtr src = pool.empty() ? a : pool[in.byte() % pool.size()];
      if (a->writeable) assign_array(a, src);
      return a;
    }
    case 21: {
      std::vector<IndexItem> idx{IndexItem::make_array(int_indices(in, 6))};
      if (a->writeable) set_index(a, idx, pool.empty() ? a : pool[in.byte() % pool.size()]);
      return a;
    }
    case 22: {
      ArrayPtr other = pool.empty() ? a : pool[in.byte() % pool.size()];
      return concatenate({a, other}, axis_of(in, nd));
    }
    case 23: {
      std::string s = array_repr(*a);
      s += array_str(*a);
      return a;
    }
    case 24: {
      std::vector<uint8_t> bytes = write_npy(a);
      return read_npy(bytes, NpySource::File);
    }
    case 25: return tile(a, {in.range(0, 3), in.byte() < 240 ? in.range(0, 3) : in.wide()});
    case 26: return repeat(a, in.byte() < 240 ? in.range(0, 3) : in.wide(), axis_of(in, nd));
    case 27: return flip(a);
    case 28: return cumsum(a, axis_of(in, nd));
    default: {
      std::vector<ArrayPtr> nz = nonzero(a);
      return nz.empty() ? a : nz[0];
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  MemoryDomainScope scope(sl::fuzz::fuzz_domain());
  Reader in(data, size);
  const DType dt = any_dtype(in);
  const int64_t n = in.range(0, 48);
  ArrayPtr base = new_array({n}, dt);
  // raw bytes straight from the input (bool bytes included: any nonzero byte is True)
  for (int64_t i = 0; i < base->nbytes(); ++i) base->data()[i] = in.byte();
  std::vector<ArrayPtr> pool{base};
  ArrayPtr cur = base;
  for (int s = 0; s < 24 && !in.empty(); ++s) {
    try {
      ArrayPtr next = step(in, cur, pool);
      sl::fuzz::check_array(*next);
      if (next->size() <= (int64_t(1) << 20)) {
        // touch every element once (reads through the geometry: ASan sees any escape)
        uint64_t acc = 0;
        for_each_offset(next->shape, next->strides, next->offset,
                        [&](int64_t off) { acc += next->buffer->data()[off + next->itemsize() - 1]; });
        (void)acc;
      }
      if (pool.size() < 8) pool.push_back(next);
      else pool[in.byte() % pool.size()] = next;
      cur = (in.byte() & 3) ? next : pool[in.byte() % pool.size()];
    } catch (const PyError&) {
      // an error is fine; the arrays must still be valid
    }
    for (const ArrayPtr& p : pool) sl::fuzz::check_array(*p);
  }
  return 0;
}
