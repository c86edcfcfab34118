#include "core/reduce_iter.hpp"

#include <algorithm>

#include "core/interrupt.hpp"
#include "core/reduce_pairwise.hpp"
#include "core/ufunc_cast.hpp"
#include "core/ufunc_iter.hpp"

namespace sl {
namespace {

constexpr int64_t kBufSize = 8192;  // NPY_BUFSIZE: NumPy's default ufunc buffer size

struct RDim {
  int64_t n;   // length
  int64_t si;  // input byte stride
  int64_t so;  // output byte stride (0: reduced along this axis)
  int64_t sm;  // mask byte stride (0 without a mask)
};

// NumPy's masked strided loop: `fn` on each run of unmasked elements (mask == null: all).
void masked_call(LoopFn fn, char** args, int64_t n, const int64_t* steps, const char* mask, int64_t sm) {
  if (!mask) {
    fn(args, n, steps);
    return;
  }
  char* run[3];
  for (int64_t i = 0; i < n;) {
    while (i < n && !mask[i * sm]) ++i;
    int64_t j = i;
    while (j < n && mask[j * sm]) ++j;
    if (j > i) {
      for (int k = 0; k < 3; ++k) run[k] = args[k] + i * steps[k];
      fn(run, j - i, steps);
    }
    i = j;
  }
}

// npyiter_checkreducesize (numpy/core/src/multiarray/nditer_api.c, 1.24), for the two
// operands of a reduction where only the output is a REDUCE operand. Returns the transfer
// size; sets the inner-loop size, the outer reduce dimension and REUSE_REDUCE_LOOPS.
int64_t check_reduce_size(const std::vector<RDim>& d, const std::vector<int64_t>& coord,
                          int64_t count, int64_t& innersize, size_t& outerdim, bool& reuse) {
  const size_t ndim = d.size();
  outerdim = 0;
  if (ndim == 1 || count == 0) {
    innersize = count;
    return count;
  }
  bool zero0 = d[0].so == 0;
  int64_t reducespace = 1 + (d[0].n - coord[0] - 1);
  int64_t factor = d[0].n;
  bool nonzerocoord = coord[0] != 0;
  size_t idim = 1;
  for (; idim < ndim && reducespace < count; ++idim) {
    if ((d[idim].so == 0) != zero0) {
      if (count <= reducespace) {
        innersize = count;
        reuse = true;
        return count;
      }
      if (nonzerocoord) {
        count = std::min(count, reducespace);
        innersize = count;
        reuse = false;
        return count;
      }
      innersize = reducespace;
      break;
    }
    if (coord[idim] != 0) nonzerocoord = true;
    reducespace += (d[idim].n - coord[idim] - 1) * factor;
    factor *= d[idim].n;
  }
  if (nonzerocoord || count < reducespace || idim == ndim) {
    if (reducespace < count) count = reducespace;
    innersize = count;
    reuse = false;
    return count;
  }
  reuse = coord[idim] == 0;
  innersize = reducespace;
  count /= reducespace;
  // The outer level of the double loop.
  outerdim = idim;
  zero0 = d[idim].so == 0;
  reducespace = 1 + (d[idim].n - coord[idim] - 1);
  factor = d[idim].n;
  ++idim;
  for (; idim < ndim && reducespace < count; ++idim) {
    if ((d[idim].so == 0) != zero0) return (count <= reducespace ? count : reducespace) * innersize;
    reducespace += (d[idim].n - coord[idim] - 1) * factor;
    factor *= d[idim].n;
  }
  if (reducespace < count) count = reducespace;
  return count * innersize;
}

// Row-by-row reduction: each inner-loop call is one whole run of the innermost (reduced)
// axis d[0] and the output moves along d[1]. `row(po, pi)` reduces one run into *po; the
// outer axes are visited in iteration order (an odometer over d[1..]), d[1] as the tight loop.
template <class Row>
void for_each_row(const std::vector<RDim>& d, char* in, char* out, Row&& row) {
  const size_t nd = d.size();
  std::vector<int64_t> idx(nd, 0);
  const int64_t n1 = d[1].n, si1 = d[1].si, so1 = d[1].so;
  for (;;) {
    char* pi = in;
    char* po = out;
    for (int64_t j = 0; j < n1; ++j, pi += si1, po += so1) {
      row(po, pi);
      if ((j & 0xFFFF) == 0xFFFF) check_interrupt();
    }
    check_interrupt();
    size_t k = 2;
    for (; k < nd; ++k) {
      in += d[k].si;
      out += d[k].so;
      if (++idx[k] < d[k].n) break;
      in -= d[k].si * d[k].n;
      out -= d[k].so * d[k].n;
      idx[k] = 0;
    }
    if (k >= nd) return;
  }
}

// out += pairwise_sum(run), NumPy's float add reduce loop on one run; the common short
// contiguous runs are unrolled with the very same association.
template <class T>
void add_rows(const std::vector<RDim>& d, char* in, char* out) {
  const int64_t n0 = d[0].n, si0 = d[0].si;
  const bool contig = si0 == static_cast<int64_t>(sizeof(T));
  if (contig && n0 == 8) {
    for_each_row(d, in, out, [](char* po, const char* pi) {
      const T r = ((pw_load<T>(pi) + pw_load<T>(pi + sizeof(T))) +
                   (pw_load<T>(pi + 2 * sizeof(T)) + pw_load<T>(pi + 3 * sizeof(T)))) +
                  ((pw_load<T>(pi + 4 * sizeof(T)) + pw_load<T>(pi + 5 * sizeof(T))) +
                   (pw_load<T>(pi + 6 * sizeof(T)) + pw_load<T>(pi + 7 * sizeof(T))));
      const T o = pw_load<T>(po) + r;
      std::memcpy(po, &o, sizeof(T));
    });
    return;
  }
  if (n0 < 8) {  // sequential from 0, as pairwise_sum does for short runs
    for_each_row(d, in, out, [n0, si0](char* po, const char* pi) {
      T r = 0.;
      for (int64_t i = 0; i < n0; ++i) r += pw_load<T>(pi + i * si0);
      const T o = pw_load<T>(po) + r;
      std::memcpy(po, &o, sizeof(T));
    });
    return;
  }
  for_each_row(d, in, out, [n0, si0](char* po, const char* pi) {
    const T o = pw_load<T>(po) + pairwise_sum<T>(pi, n0, si0);
    std::memcpy(po, &o, sizeof(T));
  });
}

}  // namespace

std::vector<int> reduce_axis_order(const Shape& shape, const Strides& in_strides,
                                   const Strides& out_strides, const Strides* mask_strides) {
  if (mask_strides) return iter_axis_order(shape, {&out_strides, &in_strides, mask_strides});
  return iter_axis_order(shape, {&out_strides, &in_strides});
}

void run_reduce(LoopFn fn, const Shape& shape, const ReduceOperands& ops) {
  for (int64_t n : shape)
    if (n == 0) return;
  const char* mask = ops.mask_data;
  const std::vector<int> order =
      reduce_axis_order(shape, ops.in_strides, ops.out_strides, mask ? &ops.mask_strides : nullptr);
  std::vector<RDim> d;
  for (int ax : order) {
    if (shape[ax] == 1) continue;
    RDim x{shape[ax], ops.in_strides[ax], ops.out_strides[ax], mask ? ops.mask_strides[ax] : 0};
    if (!d.empty() && d.back().si * d.back().n == x.si && d.back().so * d.back().n == x.so &&
        d.back().sm * d.back().n == x.sm) {
      d.back().n *= x.n;
      continue;
    }
    d.push_back(x);
  }
  if (d.empty()) d.push_back(RDim{1, 0, 0, 0});
  const size_t nd = d.size();

  const DType lt = ops.loop_dtype;
  const int64_t L = dtype_itemsize(lt);
  bool aligned = reinterpret_cast<uintptr_t>(ops.in_data) % dtype_itemsize(ops.in_dtype) == 0;
  for (const RDim& x : d) aligned = aligned && x.si % dtype_itemsize(ops.in_dtype) == 0;
  const bool cast = ops.in_dtype != lt || !aligned;
  const CastFn cf = find_cast(ops.in_dtype, lt);
  std::vector<char> buf(static_cast<size_t>(kBufSize * L) + 16);
  char* args[3];
  int64_t steps[3];

  if (d[0].so != 0) {
    // The output moves along the inner axis: every call adds one element into each output
    // element, so visiting the inner runs in iteration order gives NumPy's result.
    std::vector<int64_t> idx(nd, 0);
    char* pi = ops.in_data;
    char* po = ops.out_data;
    const char* pm = mask;
    for (;;) {
      if (!cast) {
        args[0] = po; args[1] = pi; args[2] = po;
        steps[0] = d[0].so; steps[1] = d[0].si; steps[2] = d[0].so;
        masked_call(fn, args, d[0].n, steps, pm, d[0].sm);
      } else {
        for (int64_t off = 0; off < d[0].n; off += kBufSize) {
          const int64_t m = std::min(kBufSize, d[0].n - off);
          cf(pi + off * d[0].si, d[0].si, buf.data(), L, m);
          args[0] = po + off * d[0].so; args[1] = buf.data(); args[2] = args[0];
          steps[0] = d[0].so; steps[1] = L; steps[2] = d[0].so;
          masked_call(fn, args, m, steps, pm ? pm + off * d[0].sm : nullptr, d[0].sm);
        }
      }
      check_interrupt();
      size_t k = 1;
      for (; k < nd; ++k) {
        pi += d[k].si;
        po += d[k].so;
        if (pm) pm += d[k].sm;
        if (++idx[k] < d[k].n) break;
        pi -= d[k].si * d[k].n;
        po -= d[k].so * d[k].n;
        if (pm) pm -= d[k].sm * d[k].n;
        idx[k] = 0;
      }
      if (k >= nd) return;
    }
  }

  // Runs of the reduced inner axis that fit a buffer, with the output moving along the next
  // axis: NumPy's buffered schedule (check_reduce_size below) then makes every inner-loop
  // call exactly one whole run, so the runs can be reduced one by one in iteration order.
  // This is the sliding-window case (mean over a short axis of an overlapping view).
  if (!cast && !mask && nd >= 2 && d[0].n <= kBufSize && d[1].so != 0) {
    if (fn == find_loop(UFuncId::Add, DType::Float64) && lt == DType::Float64) {
      add_rows<double>(d, ops.in_data, ops.out_data);
      return;
    }
    if (fn == find_loop(UFuncId::Add, DType::Float32) && lt == DType::Float32) {
      add_rows<float>(d, ops.in_data, ops.out_data);
      return;
    }
    const int64_t n0 = d[0].n, si0 = d[0].si;
    for_each_row(d, ops.in_data, ops.out_data, [&](char* po, char* pi) {
      args[0] = po; args[1] = pi; args[2] = po;
      steps[0] = 0; steps[1] = si0; steps[2] = 0;
      fn(args, n0, steps);
    });
    return;
  }

  // The output is fixed along the inner axis: reproduce NumPy's buffered schedule.
  int64_t itersize = 1;
  for (const RDim& x : d) itersize *= x.n;
  const int64_t bufsize = std::min(kBufSize, itersize);
  std::vector<int64_t> coord(nd, 0);
  auto set_coords = [&](int64_t index) {
    for (size_t k = 0; k < nd; ++k) {
      coord[k] = index % d[k].n;
      index /= d[k].n;
    }
  };
  const CastFn copy = cast ? cf : find_cast(lt, lt);
  std::vector<char> mbuf(mask ? static_cast<size_t>(kBufSize) : 0);
  // One inner-loop call over iteration indices [start, start + len).
  auto run_range = [&](int64_t start, int64_t len) {
    set_coords(start);
    char* pi = ops.in_data;
    char* po = ops.out_data;
    const char* pm = mask;
    for (size_t k = 0; k < nd; ++k) {
      pi += coord[k] * d[k].si;
      po += coord[k] * d[k].so;
      if (pm) pm += coord[k] * d[k].sm;
    }
    args[0] = po; args[2] = po;
    steps[0] = 0; steps[2] = 0;
    if (!cast && coord[0] + len <= d[0].n) {
      args[1] = pi;
      steps[1] = d[0].si;
      masked_call(fn, args, len, steps, pm, d[0].sm);
      return;
    }
    // Gather the run (it may cross axes) into the buffer in iteration order, casting.
    char* dst = buf.data();
    char* mdst = mbuf.data();
    int64_t left = len;
    while (left > 0) {
      const int64_t m = std::min(left, d[0].n - coord[0]);
      copy(pi, d[0].si, dst, L, m);
      dst += m * L;
      if (pm) {
        for (int64_t i = 0; i < m; ++i) mdst[i] = pm[i * d[0].sm];
        mdst += m;
        pm += m * d[0].sm;
      }
      left -= m;
      pi += m * d[0].si;
      coord[0] += m;
      for (size_t k = 0; k + 1 < nd && coord[k] == d[k].n; ++k) {
        pi -= d[k].n * d[k].si;
        if (pm) pm += d[k + 1].sm - d[k].n * d[k].sm;
        coord[k] = 0;
        pi += d[k + 1].si;
        ++coord[k + 1];
      }
    }
    args[1] = buf.data();
    steps[1] = L;
    masked_call(fn, args, len, steps, mask ? mbuf.data() : nullptr, 1);
  };

  int64_t iterindex = 0, innersize = 0;
  size_t outerdim = 0;
  bool reuse = false, first = true;
  while (iterindex < itersize) {
    set_coords(iterindex);
    int64_t transfersize = std::min(bufsize, itersize - iterindex);
    int64_t outersize;
    if (!first && reuse) {
      outersize = d[outerdim].n - coord[outerdim];
      if (outersize * innersize > bufsize) outersize = transfersize / innersize;
      if (outersize <= 0) {  // cannot happen with NumPy's invariants; never spin
        transfersize = check_reduce_size(d, coord, transfersize, innersize, outerdim, reuse);
        outersize = transfersize / innersize;
      }
    } else {
      transfersize = check_reduce_size(d, coord, transfersize, innersize, outerdim, reuse);
      outersize = transfersize / innersize;
    }
    first = false;
    for (int64_t o = 0; o < outersize; ++o) {
      run_range(iterindex, innersize);
      iterindex += innersize;
    }
    check_interrupt();
  }
}

}  // namespace sl
