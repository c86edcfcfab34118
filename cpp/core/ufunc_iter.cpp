#include "core/ufunc_iter.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "core/interrupt.hpp"
#include "core/layout_order.hpp"
#include "core/ufunc_cast.hpp"

namespace sl {

std::vector<int> iter_axis_order(const Shape& shape, const std::vector<const Strides*>& ops) {
  const int nd = static_cast<int>(shape.size());
  // NumPy keeps axis data reversed (index j is array axis nd-1-j) and sorts it from the
  // smallest stride up with a stable insertion sort; an operand only votes when both
  // strides are non-zero, and any "keep" vote wins (C order wins conflicts).
  auto stride = [&](int j, size_t op) -> int64_t {
    const int ax = nd - 1 - j;
    return shape[ax] == 1 ? 0 : (*ops[op])[ax];
  };
  std::vector<int> perm(nd);
  for (int j = 0; j < nd; ++j) perm[j] = j;
  for (int i0 = 1; i0 < nd; ++i0) {
    int ipos = i0;
    const int j0 = perm[i0];
    for (int i1 = i0 - 1; i1 >= 0; --i1) {
      bool ambig = true, swap = false;
      const int j1 = perm[i1];
      for (size_t op = 0; op < ops.size(); ++op) {
        const int64_t s0 = stride(j0, op), s1 = stride(j1, op);
        if (s0 != 0 && s1 != 0) {
          if (layout::stride_sort_key(s1) <= layout::stride_sort_key(s0)) swap = false;
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
  std::vector<int> order(nd);
  for (int i = 0; i < nd; ++i) order[i] = nd - 1 - perm[i];
  return order;
}

ArrayPtr alloc_in_order(const Shape& shape, DType dtype, const std::vector<int>& order, Fill fill) {
  // layout's allocator takes the order outermost first; ours is innermost first
  ArrayPtr a = layout::new_array_in_order(shape, dtype, std::vector<int>(order.rbegin(), order.rend()), fill);
  // NumPy's iterator gives the empty outputs it allocates all-zero strides.
  if (a->size() == 0)
    for (auto& s : a->strides) s = 0;
  return a;
}

Strides broadcast_strides_to(const NDArray& a, const Shape& shape) {
  Strides s(shape.size(), 0);
  const size_t lead = shape.size() - a.shape.size();
  for (size_t k = 0; k < a.shape.size(); ++k)
    s[lead + k] = (a.shape[k] == 1 && shape[lead + k] != 1) ? 0 : a.strides[k];
  return s;
}

namespace {

constexpr int64_t kChunk = 2048;  // elements per cast buffer
constexpr int64_t kObserveBlock = 4096;  // elements per loop call when an observer reads the results
constexpr int kMaxOps = 6;        // 3 inputs + 1 output, or 2 inputs + 2 outputs, + mask

struct Dim {
  int64_t n;
  int64_t s[kMaxOps];  // per operand
};

bool aligned_for(const IterOperand& op, const std::vector<Dim>& dims, size_t k) {
  const int64_t al = dtype_itemsize(op.dtype);
  if (reinterpret_cast<uintptr_t>(op.data) % al) return false;
  for (const Dim& d : dims)
    if (d.s[k] % al) return false;
  return true;
}

}  // namespace

void run_elementwise(LoopFn fn, int nin, std::vector<IterOperand>& ops, const Shape& shape,
                     const IterOperand* mask, LoopObserver* observer) {
  for (int64_t d : shape)
    if (d == 0) return;
  const size_t nops = ops.size() + (mask ? 1 : 0);
  const int nall = static_cast<int>(ops.size());  // inputs + outputs
  const size_t mk = ops.size();                    // the mask's operand index
  auto op_at = [&](size_t k) -> const IterOperand& { return k < ops.size() ? ops[k] : *mask; };

  std::vector<const Strides*> all;
  for (size_t k = 0; k < nops; ++k) all.push_back(&op_at(k).strides);
  const std::vector<int> order = iter_axis_order(shape, all);

  // Dimensions innermost first, length-1 axes dropped, contiguous neighbours merged.
  std::vector<Dim> dims;
  for (int ax : order) {
    if (shape[ax] == 1) continue;
    Dim d{shape[ax], {0, 0, 0, 0, 0, 0}};
    for (size_t k = 0; k < nops; ++k) d.s[k] = op_at(k).strides[ax];
    if (!dims.empty()) {
      Dim& p = dims.back();
      bool merge = true;
      for (size_t k = 0; k < nops && merge; ++k) merge = p.s[k] * p.n == d.s[k];
      if (merge) {
        p.n *= d.n;
        continue;
      }
    }
    dims.push_back(d);
  }
  if (dims.empty()) dims.push_back(Dim{1, {0, 0, 0, 0, 0, 0}});

  // Which operands can be handed to the loop directly.
  bool direct[kMaxOps];
  bool all_direct = true;
  for (int k = 0; k < nall; ++k) {
    direct[k] = ops[k].dtype == ops[k].loop_dtype && aligned_for(ops[k], dims, k);
    if (mask && k >= nin) direct[k] = false;  // results go through a buffer, then a masked store
    all_direct = all_direct && direct[k];
  }

  std::vector<std::vector<char>> bufs(ops.size());
  CastFn casts[kMaxOps] = {};  // inputs: memory -> loop dtype; outputs: loop -> memory
  if (!all_direct) {
    for (int k = 0; k < nall; ++k) {
      if (direct[k]) continue;
      bufs[k].resize(static_cast<size_t>(kChunk * dtype_itemsize(ops[k].loop_dtype)) + 16);
      casts[k] = k < nin ? find_cast(ops[k].dtype, ops[k].loop_dtype)
                         : find_cast(ops[k].loop_dtype, ops[k].dtype);
    }
  }

  const size_t nd2 = dims.size();
  std::vector<int64_t> idx(nd2, 0);
  char* ptr[kMaxOps];
  for (size_t k = 0; k < nops; ++k) ptr[k] = op_at(k).data;
  const int64_t n0 = dims[0].n;
  int64_t steps[kMaxOps];
  char* args[kMaxOps];

  // Runs the loop on one block and shows it to the observer. An in-place loop (an output is
  // an input element for element: `t /= u`, an elided temporary `(a - b) / c`) overwrites
  // the inputs the observer judges the results by (0/0 is invalid only if no input was
  // NaN), so those inputs are copied aside first; blocks are at most kObserveBlock or
  // kChunk elements here (a non-moving output never aliases a moving input).
  std::vector<char> saved[kMaxOps];
  auto run_block = [&](char** a, const int64_t* st, int64_t m) {
    if (!observer) {
      fn(a, m, st);
      return;
    }
    char* seen[kMaxOps];
    int64_t seen_steps[kMaxOps];
    for (int k = 0; k < nall; ++k) {
      seen[k] = a[k];
      seen_steps[k] = st[k];
    }
    for (int k = 0; k < nin; ++k) {
      bool aliased = false;
      for (int o = nin; o < nall; ++o) aliased = aliased || (a[o] == a[k] && st[o] == st[k] && st[k] != 0);
      if (!aliased) continue;
      const int64_t isz = dtype_itemsize(ops[k].loop_dtype);
      std::vector<char>& copy = saved[k];
      if (copy.size() < static_cast<size_t>(m * isz)) copy.resize(static_cast<size_t>(m * isz));
      if (st[k] == isz) {  // one block copy: a memcpy per element cost more than the loop
        std::memcpy(copy.data(), a[k], static_cast<size_t>(m * isz));
      } else {
        for (int64_t i = 0; i < m; ++i) std::memcpy(copy.data() + i * isz, a[k] + i * st[k], static_cast<size_t>(isz));
      }
      seen[k] = copy.data();
      seen_steps[k] = isz;
    }
    fn(a, m, st);
    observer->after(seen, m, seen_steps);
  };

  auto inner = [&](char* const* p) {
    if (all_direct) {
      for (int k = 0; k < nall; ++k) {
        args[k] = p[k];
        steps[k] = dims[0].s[k];
      }
      if (!observer) {
        fn(args, n0, steps);
        return;
      }
      // The observer reads back what the loop wrote: in blocks, so that it reads from the
      // cache, not memory (a second pass over a large result costs as much as the loop).
      // Element-wise loops are independent per element, so blocks change no result; a zero
      // output step (the reduce pattern) keeps one call.
      bool outputs_move = true;
      for (int k = nin; k < nall; ++k) outputs_move = outputs_move && steps[k] != 0;
      const int64_t block = outputs_move ? kObserveBlock : n0;
      for (int64_t off = 0; off < n0; off += block) {
        const int64_t m = std::min(block, n0 - off);
        char* bargs[kMaxOps];
        for (int k = 0; k < nall; ++k) bargs[k] = p[k] + off * steps[k];
        run_block(bargs, steps, m);
      }
      return;
    }
    for (int64_t off = 0; off < n0; off += kChunk) {
      const int64_t m = std::min(kChunk, n0 - off);
      for (int k = 0; k < nall; ++k) {
        const int64_t sk = dims[0].s[k];
        char* src = p[k] + off * sk;
        if (direct[k]) {
          args[k] = src;
          steps[k] = sk;
        } else {
          const int64_t isz = dtype_itemsize(ops[k].loop_dtype);
          args[k] = bufs[k].data();
          steps[k] = isz;
          if (k < nin && sk == 0) {  // a broadcast input: one cast value, read with step 0
            casts[k](src, 0, args[k], isz, 1);
            steps[k] = 0;
          } else if (k < nin) {
            casts[k](src, sk, args[k], isz, m);
          }
        }
      }
      const int64_t sm = mask ? dims[0].s[mk] : 0;
      const char* mp = mask ? p[mk] + off * sm : nullptr;
      if (!mask) {
        run_block(args, steps, m);
      } else {
        // NumPy's masked loops call the inner loop on the unmasked runs only, so masked-out
        // elements are never computed (and cannot raise, e.g. a negative integer power).
        char* run_args[kMaxOps];
        for (int64_t i = 0; i < m;) {
          while (i < m && !mp[i * sm]) ++i;
          int64_t j = i;
          while (j < m && mp[j * sm]) ++j;
          if (j > i) {
            for (int k = 0; k < nall; ++k) run_args[k] = args[k] + i * steps[k];
            run_block(run_args, steps, j - i);
          }
          i = j;
        }
      }
      for (int k = nin; k < nall; ++k) {
        if (direct[k]) continue;
        const int64_t so = dims[0].s[k], isz = steps[k];
        char* dst = p[k] + off * so;
        if (!mask) {
          casts[k](args[k], isz, dst, so, m);
          continue;
        }
        int64_t i = 0;
        while (i < m) {
          while (i < m && !mp[i * sm]) ++i;
          int64_t j = i;
          while (j < m && mp[j * sm]) ++j;
          if (j > i) casts[k](args[k] + i * isz, isz, dst + i * so, so, j - i);
          i = j;
        }
      }
    }
  };

  for (;;) {
    inner(ptr);
    check_interrupt();
    size_t k = 1;
    for (; k < nd2; ++k) {
      for (size_t o = 0; o < nops; ++o) ptr[o] += dims[k].s[o];
      if (++idx[k] < dims[k].n) break;
      for (size_t o = 0; o < nops; ++o) ptr[o] -= dims[k].s[o] * dims[k].n;
      idx[k] = 0;
    }
    if (k >= nd2) return;
  }
}

}  // namespace sl
