#include "core/einsum.hpp"
#include "core/einsum_matmul.hpp"
#include "core/bool_byte.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <type_traits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/interrupt.hpp"
#include "core/ufunc_types.hpp"
#include "core/views.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

// kMaxDims (NPY_MAXDIMS) comes from core/extent.hpp

// Labels of one operand: > 0 a letter, 0 a broadcast (`...`) dimension, < 0 the offset back
// to the earlier axis with the same letter (NumPy's encoding).
using Labels = std::vector<int>;

struct Subscripts {
  std::vector<Labels> op_labels;
  int counts[128] = {};
  int min_label = 127, max_label = 0;
  Labels output;
};

std::string ch(int label) { return std::string(1, static_cast<char>(label)); }

void parse_operand(const std::string& s, size_t begin, size_t length, int ndim, int iop, Subscripts& p) {
  Labels labels(static_cast<size_t>(ndim), 0);
  int idim = 0, ellipsis = -1;
  for (size_t i = 0; i < length; ++i) {
    const int label = static_cast<unsigned char>(s[begin + i]);
    if (label < 128 && std::isalpha(label)) {
      if (idim >= ndim)
        raise_value_error("einstein sum subscripts string contains too many subscripts for operand " + std::to_string(iop));
      labels[static_cast<size_t>(idim++)] = label;
      p.min_label = std::min(p.min_label, label);
      p.max_label = std::max(p.max_label, label);
      p.counts[label]++;
    } else if (label == '.') {
      if (ellipsis != -1 || i + 2 >= length || s[begin + ++i] != '.' || s[begin + ++i] != '.')
        raise_value_error("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in operand " +
                          std::to_string(iop));
      ellipsis = idim;
    } else if (label != ' ') {
      raise_value_error("invalid subscript '" + ch(label) + "' in einstein sum subscripts string, subscripts must be letters");
    }
  }
  if (ellipsis == -1) {
    if (idim != ndim)
      raise_value_error("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided "
                        "to broadcast the extra dimensions.");
  } else if (idim < ndim) {
    const int rest = ndim - idim;
    for (int k = idim - 1; k >= ellipsis; --k) labels[static_cast<size_t>(k + rest)] = labels[static_cast<size_t>(k)];
    for (int k = ellipsis; k < ellipsis + rest; ++k) labels[static_cast<size_t>(k)] = 0;
  }
  // repeated letters become negative offsets to their first occurrence
  for (int d = 0; d < ndim - 1; ++d) {
    const int label = labels[static_cast<size_t>(d)];
    if (label <= 0) continue;
    for (int n = d + 1; n < ndim; ++n)
      if (labels[static_cast<size_t>(n)] == label) labels[static_cast<size_t>(n)] = d - n;
  }
  p.op_labels.push_back(std::move(labels));
}

Labels parse_output(const std::string& s, size_t begin, int ndim_broadcast, const int* counts) {
  Labels out;
  bool ellipsis = false;
  const size_t length = s.size() - begin;
  for (size_t i = 0; i < length; ++i) {
    const int label = static_cast<unsigned char>(s[begin + i]);
    if (label < 128 && std::isalpha(label)) {
      if (s.find(static_cast<char>(label), begin + i + 1) != std::string::npos)
        raise_value_error("einstein sum subscripts string includes output subscript '" + ch(label) + "' multiple times");
      if (counts[label] == 0)
        raise_value_error("einstein sum subscripts string included output subscript '" + ch(label) +
                          "' which never appeared in an input");
      if (static_cast<int>(out.size()) >= kMaxDims)
        raise_value_error("einstein sum subscripts string contains too many subscripts in the output");
      out.push_back(label);
    } else if (label == '.') {
      if (ellipsis || i + 2 >= length || s[begin + ++i] != '.' || s[begin + ++i] != '.')
        raise_value_error("einstein sum subscripts string contains a '.' that is not part of an ellipsis ('...') in the output");
      if (static_cast<int>(out.size()) + ndim_broadcast > kMaxDims)
        raise_value_error("einstein sum subscripts string contains too many subscripts in the output");
      ellipsis = true;
      for (int b = 0; b < ndim_broadcast; ++b) out.push_back(0);
    } else if (label != ' ') {
      raise_value_error("invalid subscript '" + ch(label) + "' in einstein sum subscripts string, subscripts must be letters");
    }
  }
  if (!ellipsis && ndim_broadcast > 0)
    raise_value_error("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to "
                      "broadcast the extra dimensions.");
  return out;
}

Subscripts parse(const std::string& s, const std::vector<ArrayPtr>& ops) {
  Subscripts p;
  const int nop = static_cast<int>(ops.size());
  size_t pos = 0;
  for (int iop = 0; iop < nop; ++iop) {
    size_t length = s.find_first_of(",-", pos);
    if (length == std::string::npos) length = s.size();
    length -= pos;
    const char next = pos + length < s.size() ? s[pos + length] : '\0';
    if (iop == nop - 1 && next == ',')
      raise_value_error("more operands provided to einstein sum function than specified in the subscripts string");
    if (iop < nop - 1 && next != ',')
      raise_value_error("fewer operands provided to einstein sum function than specified in the subscripts string");
    parse_operand(s, pos, length, ops[static_cast<size_t>(iop)]->ndim(), iop, p);
    pos += length;
    if (iop < nop - 1) ++pos;
  }
  int ndim_broadcast = 0;
  for (const Labels& l : p.op_labels)
    ndim_broadcast = std::max(ndim_broadcast, static_cast<int>(std::count(l.begin(), l.end(), 0)));
  if (pos >= s.size()) {
    for (int b = 0; b < ndim_broadcast; ++b) p.output.push_back(0);
    for (int label = p.min_label; label <= p.max_label; ++label)
      if (p.counts[label] == 1) {
        if (static_cast<int>(p.output.size()) >= kMaxDims)
          raise_value_error("einstein sum subscript string has too many distinct labels");
        p.output.push_back(label);
      }
  } else {
    if (s[pos] != '-' || pos + 1 >= s.size() || s[pos + 1] != '>')
      raise_value_error("einstein sum subscript string does not contain proper '->' output specified");
    p.output = parse_output(s, pos + 2, ndim_broadcast, p.counts);
  }
  return p;
}

int find(const Labels& l, int label) {
  for (size_t i = 0; i < l.size(); ++i)
    if (l[i] == label) return static_cast<int>(i);
  return -1;
}

// get_single_op_view: a view when every input axis maps onto an output axis (no sum).
ArrayPtr single_op_view(const ArrayPtr& op, const Labels& labels, const Labels& output) {
  const int ndim_out = static_cast<int>(output.size());
  Shape dims(static_cast<size_t>(ndim_out), 0);
  Strides strides(static_cast<size_t>(ndim_out), 0);
  int ibroadcast = 0;
  for (int d = 0; d < op->ndim(); ++d) {
    int label = labels[static_cast<size_t>(d)];
    if (label < 0) label = labels[static_cast<size_t>(d + label)];
    if (label == 0) {
      while (ibroadcast < ndim_out && output[static_cast<size_t>(ibroadcast)] != 0) ++ibroadcast;
      if (ibroadcast == ndim_out)
        raise_value_error("output has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided "
                          "to broadcast the extra dimensions.");
      dims[static_cast<size_t>(ibroadcast)] = op->shape[static_cast<size_t>(d)];
      strides[static_cast<size_t>(ibroadcast)] = op->strides[static_cast<size_t>(d)];
      ++ibroadcast;
      continue;
    }
    const int i = find(output, label);
    if (i < 0) return nullptr;  // a reduction: no view
    if (dims[static_cast<size_t>(i)] != 0 && dims[static_cast<size_t>(i)] != op->shape[static_cast<size_t>(d)])
      raise_value_error("dimensions in single operand for collapsing index '" + ch(label) + "' don't match (" +
                        std::to_string(dims[static_cast<size_t>(i)]) + " != " + std::to_string(op->shape[static_cast<size_t>(d)]) + ")");
    dims[static_cast<size_t>(i)] = op->shape[static_cast<size_t>(d)];
    strides[static_cast<size_t>(i)] += op->strides[static_cast<size_t>(d)];
  }
  ArrayPtr v = make_view(op, op->offset, dims, strides, op->dtype);
  v->writeable = op->writeable;
  return v;
}

// get_combined_dims_view: repeated letters of one operand become one (diagonal) axis; the
// labels are compacted to match.
ArrayPtr combined_view(const ArrayPtr& op, int iop, Labels& labels) {
  Shape dims;
  Strides strides;
  std::vector<int> map(alloc_count(op->ndim(), sizeof(int)));
  for (int d = 0; d < op->ndim(); ++d) {
    int label = labels[static_cast<size_t>(d)];
    if (label >= 0) {
      map[static_cast<size_t>(d)] = static_cast<int>(dims.size());
      dims.push_back(op->shape[static_cast<size_t>(d)]);
      strides.push_back(op->strides[static_cast<size_t>(d)]);
      continue;
    }
    const int i = map[static_cast<size_t>(d + label)];
    map[static_cast<size_t>(d)] = i;
    label = labels[static_cast<size_t>(d + label)];
    if (dims[static_cast<size_t>(i)] != op->shape[static_cast<size_t>(d)])
      raise_value_error("dimensions in operand " + std::to_string(iop) + " for collapsing index '" + ch(label) +
                        "' don't match (" + std::to_string(dims[static_cast<size_t>(i)]) + " != " +
                        std::to_string(op->shape[static_cast<size_t>(d)]) + ")");
    strides[static_cast<size_t>(i)] += op->strides[static_cast<size_t>(d)];
  }
  Labels compact;
  for (int l : labels)
    if (l >= 0) compact.push_back(l);
  labels = compact;
  return make_view(op, op->offset, dims, strides, op->dtype);
}

// prepare_op_axes: for every iterator axis, the operand axis (or -1: broadcast/newaxis).
std::vector<int> op_axes(int ndim, const Labels& labels, const Labels& iter_labels) {
  std::vector<int> axes(iter_labels.size());
  int ibroadcast = ndim - 1;
  for (int i = static_cast<int>(iter_labels.size()) - 1; i >= 0; --i) {
    const int label = iter_labels[static_cast<size_t>(i)];
    if (label == 0) {
      while (ibroadcast >= 0 && labels[static_cast<size_t>(ibroadcast)] != 0) --ibroadcast;
      axes[static_cast<size_t>(i)] = ibroadcast < 0 ? -1 : ibroadcast--;
    } else {
      axes[static_cast<size_t>(i)] = find(labels, label);
    }
  }
  return axes;
}

// convert_shape_to_string: "(2,newaxis,3)" with leading newaxes dropped.
std::string shape_text(const std::vector<int64_t>& v, const char* ending) {
  size_t i = 0;
  while (i < v.size() && v[i] < 0) ++i;
  if (i == v.size()) return std::string("()") + ending;
  std::string s = std::to_string(v[i++]);
  for (; i < v.size(); ++i) s += v[i] < 0 ? ",newaxis" : "," + std::to_string(v[i]);
  return v.size() == 1 ? "(" + s + ",)" + ending : "(" + s + ")" + ending;
}

// ---- inner loops (NumPy's sum_of_products kernels) -----------------------------------------

template <class T>
constexpr int lanes() { return std::is_same_v<T, float> ? 4 : 2; }

template <class T>
T hsum(const T* acc) {
  if constexpr (lanes<T>() == 4) return (acc[0] + acc[1]) + (acc[2] + acc[3]);  // SSE3 hadd, twice
  else return acc[0] + acc[1];
}

// sum_of_arr: 4 vectors per step (a0+a1)+(a2+a3) added to the lane accumulators.
template <class T>
T sum_of_arr(const T* d, int64_t n) {
  constexpr int L = lanes<T>();
  T acc[L] = {};
  for (; n >= 4 * L; n -= 4 * L, d += 4 * L)
    for (int l = 0; l < L; ++l) {
      const T a01 = d[l] + d[l + L], a23 = d[l + 2 * L] + d[l + 3 * L];
      acc[l] = (a01 + a23) + acc[l];
    }
  for (; n > 0; n -= L, d += L)
    for (int l = 0; l < L; ++l) acc[l] = (l < n ? d[l] : T(0)) + acc[l];
  return hsum(acc);
}

// contig_contig_outstride0_two: multiply-adds from the 4th vector down to the 1st.
template <class T>
T dot_contig(const T* a, const T* b, int64_t n) {
  constexpr int L = lanes<T>();
  T acc[L] = {};
  for (; n >= 4 * L; n -= 4 * L, a += 4 * L, b += 4 * L)
    for (int l = 0; l < L; ++l) {
      T v = a[l + 3 * L] * b[l + 3 * L] + acc[l];
      v = a[l + 2 * L] * b[l + 2 * L] + v;
      v = a[l + L] * b[l + L] + v;
      acc[l] = a[l] * b[l] + v;
    }
  for (; n > 0; n -= L, a += L, b += L)
    for (int l = 0; l < L; ++l) acc[l] = (l < n ? a[l] * b[l] : T(0) * T(0)) + acc[l];
  return hsum(acc);
}

template <class T>
T ld(const uint8_t* p) {
  if constexpr (std::is_same_v<T, bool>) {
    return bool_byte(p);
  } else {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
  }
}
template <class T>
void st(uint8_t* p, T v) { std::memcpy(p, &v, sizeof(T)); }

// One inner loop for floating types: picks NumPy's kernel from the strides.
template <class T>
void sop_float(int nop, uint8_t* const* ptr, const int64_t* s, int64_t count) {
  constexpr int64_t isz = sizeof(T);
  uint8_t* out = ptr[nop];
  const int64_t so = s[nop];
  if (nop == 1 && s[0] == isz && so == 0) {
    st<T>(out, ld<T>(out) + sum_of_arr(reinterpret_cast<const T*>(ptr[0]), count));
    return;
  }
  if (nop == 2) {
    auto code_of = [&](int64_t x, int w) { return x == 0 ? 0 : x == isz ? w : 8; };
    const int code = code_of(s[0], 4) + code_of(s[1], 2) + code_of(so, 1);
    const T* a = reinterpret_cast<const T*>(ptr[0]);
    const T* b = reinterpret_cast<const T*>(ptr[1]);
    T* o = reinterpret_cast<T*>(out);
    switch (code) {
      case 2:  // stride0_contig_outstride0
        st<T>(out, ld<T>(out) + ld<T>(ptr[0]) * sum_of_arr(b, count));
        return;
      case 3: {  // stride0_contig_outcontig
        const T v = ld<T>(ptr[0]);
        for (int64_t i = 0; i < count; ++i) o[i] = v * b[i] + o[i];
        return;
      }
      case 4:  // contig_stride0_outstride0
        st<T>(out, ld<T>(out) + sum_of_arr(a, count) * ld<T>(ptr[1]));
        return;
      case 5: {  // contig_stride0_outcontig
        const T v = ld<T>(ptr[1]);
        for (int64_t i = 0; i < count; ++i) o[i] = a[i] * v + o[i];
        return;
      }
      case 6:  // contig_contig_outstride0
        st<T>(out, ld<T>(out) + dot_contig(a, b, count));
        return;
      default: break;
    }
  }
  uint8_t* p[kMaxDims + 1];
  for (int k = 0; k <= nop; ++k) p[k] = ptr[k];
  if (so == 0) {  // outstride0: sequential accumulation, then added to the output
    T accum = 0;
    for (int64_t i = 0; i < count; ++i) {
      T t = ld<T>(p[0]);
      for (int k = 1; k < nop; ++k) t = t * ld<T>(p[k]);
      accum += t;
      for (int k = 0; k < nop; ++k) p[k] += s[k];
    }
    st<T>(out, accum + ld<T>(out));
    return;
  }
  for (int64_t i = 0; i < count; ++i) {  // element-wise: out = prod + out
    T t = ld<T>(p[0]);
    for (int k = 1; k < nop; ++k) t = t * ld<T>(p[k]);
    st<T>(p[nop], t + ld<T>(p[nop]));
    for (int k = 0; k <= nop; ++k) p[k] += s[k];
  }
}

// Integers wrap (any order gives the same result); bool is "or of ands".
template <class T>
void sop_exact(int nop, uint8_t* const* ptr, const int64_t* s, int64_t count) {
  uint8_t* p[kMaxDims + 1];
  for (int k = 0; k <= nop; ++k) p[k] = ptr[k];
  for (int64_t i = 0; i < count; ++i) {
    if constexpr (std::is_same_v<T, bool>) {
      bool t = ld<bool>(p[0]);
      for (int k = 1; k < nop; ++k) t = t && ld<bool>(p[k]);
      st<bool>(p[nop], t || ld<bool>(p[nop]));
    } else {
      using U = std::make_unsigned_t<T>;
      U t = static_cast<U>(ld<T>(p[0]));
      for (int k = 1; k < nop; ++k) t = static_cast<U>(t * static_cast<U>(ld<T>(p[k])));
      st<T>(p[nop], static_cast<T>(static_cast<U>(t + static_cast<U>(ld<T>(p[nop])))));
    }
    for (int k = 0; k <= nop; ++k) p[k] += s[k];
  }
}

using SopFn = void (*)(int, uint8_t* const*, const int64_t*, int64_t);

SopFn sop_for(DType t) {
  return visit_dtype(t, [](auto tag) -> SopFn {
    using T = decltype(tag);
    if constexpr (std::is_floating_point_v<T>) return &sop_float<T>;
    else if constexpr (std::is_integral_v<T>) return &sop_exact<T>;
    else return nullptr;
  });
}

// One iterator axis: its length and every operand's byte stride (output last).
struct Axis {
  int64_t size;
  std::vector<int64_t> strides;
};

// A two-operand product that is a matrix product after transposes goes to the blocked
// kernel when that keeps the bits (einsum_matmul.hpp); true when it computed `result`.
bool routed_to_matmul(DType dt, const std::vector<ArrayPtr>& op, const std::vector<Axis>& ax, const std::vector<int>& perm,
                      const ArrayPtr& result) {
  if (op.size() != 2 || ax.size() != 3) return false;
  EinsumMatmulAxis mm[3];
  for (size_t k = 0; k < 3; ++k) {
    const Axis& a = ax[static_cast<size_t>(perm[k])];
    mm[k] = {a.size, a.strides[0], a.strides[1], a.strides[2]};
  }
  return einsum_matmul(dt, mm, 3, op[0]->data(), op[1]->data(), result->data());
}

}  // namespace

ArrayPtr c_einsum(const std::string& subscripts, const std::vector<ArrayPtr>& operands, const EinsumOptions& o) {
  const int nop = static_cast<int>(operands.size());
  if (nop == 0) raise_value_error("must specify the einstein sum subscripts string and at least one operand");
  if (nop >= kMaxDims) raise_value_error("too many operands");
  Subscripts p = parse(subscripts, operands);
  const int ndim_output = static_cast<int>(p.output.size());
  if (o.out && o.out->ndim() != ndim_output)
    raise_value_error("out parameter does not have the correct number of dimensions, has " + std::to_string(o.out->ndim()) +
                      " but should have " + std::to_string(ndim_output));
  if (nop == 1 && !o.out) {  // NumPy returns the view even when dtype= is given
    if (ArrayPtr v = single_op_view(operands[0], p.op_labels[0], p.output)) return v;
  }
  std::vector<ArrayPtr> op(operands);
  for (int i = 0; i < nop; ++i) {
    Labels& l = p.op_labels[static_cast<size_t>(i)];
    if (std::any_of(l.begin(), l.end(), [](int x) { return x < 0; })) op[static_cast<size_t>(i)] = combined_view(op[static_cast<size_t>(i)], i, l);
  }
  Labels iter_labels = p.output;
  for (int label = p.min_label; label <= p.max_label; ++label)
    if (p.counts[label] > 0 && find(p.output, label) < 0) {
      if (static_cast<int>(iter_labels.size()) >= kMaxDims) raise_value_error("too many subscripts in einsum");
      iter_labels.push_back(label);
    }
  const int ndim = static_cast<int>(iter_labels.size());
  std::vector<std::vector<int>> axes;
  for (int i = 0; i < nop; ++i)
    axes.push_back(op_axes(op[static_cast<size_t>(i)]->ndim(), p.op_labels[static_cast<size_t>(i)], iter_labels));

  // Common dtype (arrays only: NEP 50 strong types), then the casts einsum's casting allows.
  DType dt;
  if (o.dtype) {
    dt = *o.dtype;
  } else {
    std::vector<Operand> ops;
    for (const ArrayPtr& a : op) ops.push_back(Operand::of(a));
    dt = promote_operands(ops);
  }
  for (size_t k = 0; k < op.size(); ++k) {
    ArrayPtr& a = op[k];
    if (a->dtype != dt) {
      if (!can_cast_rule(a->dtype, dt, o.casting))
        raise_type_error("Iterator operand " + std::to_string(k) + " dtype could not be cast from " + dtype_repr(a->dtype) +
                         " to " + dtype_repr(dt) + " according to the rule " + casting_name(o.casting));
      a = astype(a, dt);
    }
  }
  if (!sop_for(dt)) raise_type_error("einsum does not support the dtype " + dtype_repr(dt) + " yet");

  // Broadcast the iterator axes (NpyIter's rules and message).
  std::vector<Axis> ax(alloc_count(ndim, sizeof(Axis)), Axis{1, std::vector<int64_t>(static_cast<size_t>(nop + 1), 0)});
  for (int i = 0; i < ndim; ++i) {
    for (int k = 0; k < nop; ++k) {
      const int a = axes[static_cast<size_t>(k)][static_cast<size_t>(i)];
      if (a < 0) continue;
      const int64_t n = op[static_cast<size_t>(k)]->shape[static_cast<size_t>(a)];
      int64_t& size = ax[static_cast<size_t>(i)].size;
      if (n != 1 && size != 1 && n != size) {
        std::string msg = "operands could not be broadcast together with remapped shapes [original->remapped]: ";
        for (int q = 0; q < nop; ++q) {
          msg += shape_text(op[static_cast<size_t>(q)]->shape, "->");
          std::vector<int64_t> rem;
          for (int j = 0; j < ndim; ++j) {
            const int aa = axes[static_cast<size_t>(q)][static_cast<size_t>(j)];
            rem.push_back(aa >= 0 ? op[static_cast<size_t>(q)]->shape[static_cast<size_t>(aa)] : -1);
          }
          msg += shape_text(rem, " ");
        }
        raise_value_error(msg);  // NumPy keeps the trailing space
      }
      if (n != 1) size = n;
    }
    for (int k = 0; k < nop; ++k) {
      const int a = axes[static_cast<size_t>(k)][static_cast<size_t>(i)];
      if (a >= 0 && op[static_cast<size_t>(k)]->shape[static_cast<size_t>(a)] != 1)
        ax[static_cast<size_t>(i)].strides[static_cast<size_t>(k)] = op[static_cast<size_t>(k)]->strides[static_cast<size_t>(a)];
    }
  }
  Shape out_shape;
  for (int i = 0; i < ndim_output; ++i) out_shape.push_back(ax[static_cast<size_t>(i)].size);
  if (o.out && o.out->shape != out_shape)
    raise_value_error("non-broadcastable output operand with shape " + shape_to_string(o.out->shape) +
                      " doesn't match the broadcast shape " + shape_to_string(out_shape));

  // NpyIter's axis order: fastest first, stable insertion sort by |stride| (C order wins
  // conflicts); `order` other than 'K' forces C (or F) order.
  std::vector<int> perm;  // perm[k] = iterator axis at internal position k (0 = fastest)
  for (int i = ndim - 1; i >= 0; --i) perm.push_back(i);
  char order = o.order;
  if (order == 'A') {
    order = 'C';
    bool all_f = true;
    for (const ArrayPtr& a : op) all_f = all_f && a->is_f_contiguous();
    if (all_f && !op.empty()) order = 'F';
  }
  if (order == 'F') std::reverse(perm.begin(), perm.end());
  if (order == 'K') {
    for (int i0 = 1; i0 < ndim; ++i0) {
      int ipos = i0;
      const int j0 = perm[static_cast<size_t>(i0)];
      for (int i1 = i0 - 1; i1 >= 0; --i1) {
        bool ambig = true, swap = false;
        const int j1 = perm[static_cast<size_t>(i1)];
        for (int k = 0; k < nop; ++k) {
          const int64_t s0 = ax[static_cast<size_t>(j0)].strides[static_cast<size_t>(k)];
          const int64_t s1 = ax[static_cast<size_t>(j1)].strides[static_cast<size_t>(k)];
          if (s0 != 0 && s1 != 0) {
            if (std::llabs(s1) <= std::llabs(s0)) swap = false;
            else if (ambig) swap = true;
            ambig = false;
          }
        }
        if (o.out) {  // a given output takes part in the ordering
          int64_t s0 = 0, s1 = 0;
          if (j0 < ndim_output) s0 = o.out->strides[static_cast<size_t>(j0)];
          if (j1 < ndim_output) s1 = o.out->strides[static_cast<size_t>(j1)];
          if (s0 != 0 && s1 != 0) {
            if (std::llabs(s1) <= std::llabs(s0)) swap = false;
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
        for (int i1 = i0; i1 > ipos; --i1) perm[static_cast<size_t>(i1)] = perm[static_cast<size_t>(i1 - 1)];
        perm[static_cast<size_t>(ipos)] = j0;
      }
    }
  }

  // The result: allocated in the iterator's order (or a fresh array copied into out= later).
  const int isz = dtype_itemsize(dt);
  ArrayPtr result = new_array(out_shape, dt);
  {
    Strides st(static_cast<size_t>(ndim_output), 0);
    int64_t stride = isz;
    for (int k = 0; k < ndim; ++k) {
      const int i = perm[static_cast<size_t>(k)];
      if (i < ndim_output) {
        st[static_cast<size_t>(i)] = stride;
        stride *= ax[static_cast<size_t>(i)].size;
      }
    }
    if (result->size() > 0) result->strides = st;
    for (int i = 0; i < ndim_output; ++i)
      ax[static_cast<size_t>(i)].strides[static_cast<size_t>(nop)] = ax[static_cast<size_t>(i)].size == 1 ? 0 : result->strides[static_cast<size_t>(i)];
  }
  if (result->size() > 0 && !routed_to_matmul(dt, op, ax, perm, result)) {
    // Coalesce neighbouring internal axes that walk memory contiguously for every operand.
    std::vector<Axis> in;
    for (int k = 0; k < ndim; ++k) in.push_back(ax[static_cast<size_t>(perm[static_cast<size_t>(k)])]);
    std::vector<Axis> co;
    for (const Axis& a : in) {
      if (co.empty()) {
        co.push_back(a);
        continue;
      }
      Axis& c = co.back();
      bool can = true;
      for (int k = 0; k <= nop && can; ++k) {
        const int64_t s0 = c.strides[static_cast<size_t>(k)], s1 = a.strides[static_cast<size_t>(k)];
        if (!((c.size == 1 && s0 == 0) || (a.size == 1 && s1 == 0)) && s0 * c.size != s1) can = false;
      }
      if (!can) {
        co.push_back(a);
        continue;
      }
      c.size *= a.size;
      for (int k = 0; k <= nop; ++k)
        if (c.strides[static_cast<size_t>(k)] == 0) c.strides[static_cast<size_t>(k)] = a.strides[static_cast<size_t>(k)];
    }
    if (co.empty()) co.push_back(Axis{1, std::vector<int64_t>(static_cast<size_t>(nop + 1), 0)});
    bool empty = false;
    for (const Axis& a : co) empty = empty || a.size == 0;
    if (!empty) {
      const SopFn sop = sop_for(dt);
      std::vector<uint8_t*> base(alloc_count(nop + 1, sizeof(uint8_t*)));
      for (int k = 0; k < nop; ++k) base[static_cast<size_t>(k)] = op[static_cast<size_t>(k)]->data();
      base[static_cast<size_t>(nop)] = result->data();
      const size_t nouter = co.size() - 1;
      std::vector<int64_t> idx(nouter, 0);
      std::vector<uint8_t*> ptr(base);
      const Axis& inner = co[0];
      for (;;) {
        check_interrupt();
        sop(nop, ptr.data(), inner.strides.data(), inner.size);
        size_t d = 1;
        for (; d <= nouter; ++d) {
          const Axis& a = co[d];
          for (int k = 0; k <= nop; ++k) ptr[static_cast<size_t>(k)] += a.strides[static_cast<size_t>(k)];
          if (++idx[d - 1] < a.size) break;
          for (int k = 0; k <= nop; ++k) ptr[static_cast<size_t>(k)] -= a.strides[static_cast<size_t>(k)] * a.size;
          idx[d - 1] = 0;
        }
        if (d > nouter) break;
      }
    }
  }
  if (o.out) {
    if (!can_cast_rule(dt, o.out->dtype, o.casting))
      raise_type_error("Iterator requested dtype could not be cast from " + dtype_repr(dt) + " to " +
                       dtype_repr(o.out->dtype) + ", the operand " + std::to_string(nop) + " dtype, according to the rule " +
                       casting_name(o.casting));
    assign_array(o.out, result);
    return o.out;
  }
  return result;
}

}  // namespace sl
