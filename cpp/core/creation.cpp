#include "core/creation.hpp"

#include <cmath>
#include <limits>

#include "core/assign.hpp"
#include "core/errors.hpp"
#include "core/layout_order.hpp"
#include "core/views.hpp"

namespace sl {
namespace {

// A node seen during shape discovery: either a Nested or a sub-array of an Array node.
struct Node {
  const Nested* nested = nullptr;
  ArrayPtr array;  // set when the node is (part of) an ndarray
};

bool node_is_seq(const Node& n, int64_t* len) {
  if (n.array) {
    if (n.array->ndim() == 0) return false;
    *len = n.array->shape[0];
    return true;
  }
  if (n.nested->kind == Nested::Array) {
    if (n.nested->array->ndim() == 0) return false;
    *len = n.nested->array->shape[0];
    return true;
  }
  if (n.nested->kind == Nested::Sequence) {
    *len = static_cast<int64_t>(n.nested->items.size());
    return true;
  }
  return false;
}

void node_children(const Node& n, std::vector<Node>& out) {
  ArrayPtr arr = n.array ? n.array : (n.nested->kind == Nested::Array ? n.nested->array : nullptr);
  if (arr) {
    for (int64_t i = 0; i < arr->shape[0]; ++i) {
      Node c;
      c.array = basic_index(arr, {BasicIndex::make_int(i)});
      out.push_back(c);
    }
    return;
  }
  for (const Nested& item : n.nested->items) out.push_back(Node{&item, nullptr});
}

// NumPy's discovery: go level by level while every node is a sequence of one common length.
// Returns the leaves in C order.
Shape discover_shape(const Nested& root, std::vector<Node>& leaves) {
  Shape shape;
  std::vector<Node> level{Node{&root, nullptr}};
  for (;;) {
    int64_t common = -1;
    bool any_seq = false, any_leaf = false, ragged = false;
    for (const Node& n : level) {
      int64_t len;
      if (node_is_seq(n, &len)) {
        any_seq = true;
        if (common < 0) common = len;
        else if (len != common) ragged = true;
      } else {
        any_leaf = true;
      }
    }
    if (!any_seq) break;
    if (any_leaf || ragged)
      raise_value_error(
          "setting an array element with a sequence. The requested array has an inhomogeneous "
          "shape after " + std::to_string(shape.size()) + " dimensions. The detected shape was " +
          shape_to_string(shape) + " + inhomogeneous part.");
    shape.push_back(common);
    std::vector<Node> next;
    for (const Node& n : level) node_children(n, next);
    level.swap(next);
    if (common == 0) break;
  }
  leaves = std::move(level);
  return shape;
}

Scalar leaf_value(const Node& n, bool* from_python) {
  if (n.array) { *from_python = false; return n.array->item0(); }
  if (n.nested->kind == Nested::Array) { *from_python = false; return n.nested->array->item0(); }
  *from_python = n.nested->python_scalar;
  return n.nested->leaf;
}

DType infer_from_leaves(const std::vector<Node>& leaves, const Nested& root) {
  bool any = false;
  DType t = DType::Bool;
  auto add = [&](DType d) { t = any ? promote_types(t, d) : d; any = true; };
  for (const Node& n : leaves) {
    bool py;
    Scalar s = leaf_value(n, &py);
    add(s.dtype);
  }
  // Empty arrays inside the data still contribute their dtype (np.array([np.zeros(0, int)])).
  if (!any && root.kind == Nested::Array) add(root.array->dtype);
  return any ? t : DType::Float64;
}

// NEP 50: a Python int stored into an integer dtype must fit, else OverflowError.
void check_python_int_fits(const Scalar& s, DType to) {
  if (s.dtype != DType::Int64 || !dtype_is_integer(to)) return;
  int64_t v = s.v.i;
  bool fits = visit_dtype(dtype_native(to), [&](auto tag) {
    using T = decltype(tag);
    if constexpr (std::is_same_v<T, bool> || std::is_floating_point_v<T>) {
      return true;
    } else if constexpr (std::is_signed_v<T>) {
      return v >= std::numeric_limits<T>::min() && v <= std::numeric_limits<T>::max();
    } else {
      return v >= 0 && static_cast<uint64_t>(v) <= std::numeric_limits<T>::max();
    }
  });
  if (!fits)
    raise_overflow_error("Python integer " + std::to_string(v) + " out of bounds for " +
                         dtype_name(to));
}

}  // namespace

DType infer_dtype(const Nested& data) {
  std::vector<Node> leaves;
  discover_shape(data, leaves);
  return infer_from_leaves(leaves, data);
}

ArrayPtr array_from_nested(const Nested& data, std::optional<DType> dtype, char order, int ndmin) {
  std::vector<Node> leaves;
  Shape shape = discover_shape(data, leaves);
  DType t = dtype ? *dtype : infer_from_leaves(leaves, data);
  while (static_cast<int>(shape.size()) < ndmin) shape.insert(shape.begin(), 1);
  ArrayPtr out = new_array(shape, t, false);
  uint8_t* p = out->data();
  const int item = out->itemsize();
  for (const Node& n : leaves) {
    bool py;
    Scalar s = leaf_value(n, &py);
    if (py) check_python_int_fits(s, t);
    s.cast(t).store(p);
    p += item;
  }
  if (order == 'F' && out->ndim() > 1) return copy_array(out, 'F');
  return out;
}

ArrayPtr zeros(const Shape& shape, DType dtype, char order) { return new_array(shape, dtype, order == 'F'); }
ArrayPtr empty(const Shape& shape, DType dtype, char order) { return new_array(shape, dtype, order == 'F'); }

ArrayPtr ones(const Shape& shape, DType dtype, char order) {
  ArrayPtr a = new_array(shape, dtype, order == 'F');
  fill(a, Scalar::from_int(1));
  return a;
}

ArrayPtr full(const Shape& shape, const ArrayPtr& fill_value, DType dtype, char order) {
  ArrayPtr a = new_array(shape, dtype, order == 'F');
  assign_array(a, fill_value);
  return a;
}

ArrayPtr arange(ArangeArg start, std::optional<ArangeArg> stop, std::optional<ArangeArg> step,
                std::optional<DType> dtype) {
  if (!stop) {
    stop = start;
    start = ArangeArg{0.0, 0, false};
  }
  ArangeArg st = step ? *step : ArangeArg{1.0, 1, false};
  const bool is_float = start.is_float || stop->is_float || st.is_float;
  DType t = dtype ? *dtype : (is_float ? DType::Float64 : DType::Int64);
  int64_t len;
  if (!is_float) {
    if (st.i == 0) raise(ErrorType::ZeroDivisionError, "division by zero");
    double n = std::ceil((static_cast<double>(stop->i) - static_cast<double>(start.i)) / static_cast<double>(st.i));
    // exact integer length (ceil division) avoids double rounding for large ranges
    int64_t diff = stop->i - start.i;
    int64_t q = diff / st.i, r = diff % st.i;
    if (r != 0 && ((r > 0) == (st.i > 0))) ++q;
    (void)n;
    len = q > 0 ? q : 0;
  } else {
    if (st.f == 0) raise(ErrorType::ZeroDivisionError, "float division by zero");
    double n = std::ceil((stop->f - start.f) / st.f);
    if (std::isnan(n)) raise_value_error("arange: cannot compute length");
    if (n > 9.2e18) raise_value_error("Maximum allowed size exceeded");
    len = n > 0 ? static_cast<int64_t>(n) : 0;
  }
  ArrayPtr a = new_array({len}, t);
  uint8_t* p = a->data();
  const int item = a->itemsize();
  if (!is_float && !dtype_is_float(t)) {
    for (int64_t i = 0; i < len; ++i, p += item) Scalar::from_int(start.i + i * st.i).cast(t).store(p);
  } else {
    // NumPy fills from the first two values: a[i] = a0 + i * (a1 - a0), computed in the
    // target dtype's precision.
    const double a0 = start.f, delta = (start.f + st.f) - start.f;
    for (int64_t i = 0; i < len; ++i, p += item)
      Scalar::from_double(a0 + static_cast<double>(i) * delta).cast(t).store(p);
  }
  return a;
}

ArrayPtr linspace(double start, double stop, int64_t num, bool endpoint, std::optional<DType> dtype,
                  double* step_out) {
  if (num < 0)
    raise_value_error("Number of samples, " + std::to_string(num) + ", must be non-negative.");
  const int64_t div = endpoint ? num - 1 : num;
  const double delta = stop - start;
  double step = std::numeric_limits<double>::quiet_NaN();
  // The float64 samples are NumPy's first allocation (arange(0, num, dtype=float64)): a huge
  // num is its MemoryError ("Unable to allocate 74.5 GiB for an array with shape
  // (10000000000,) and data type float64"), never a host container sized from user input.
  ArrayPtr y = new_array({num}, DType::Float64);
  double* yv = reinterpret_cast<double*>(y->data());
  if (div > 0) {
    step = delta / static_cast<double>(div);
    for (int64_t i = 0; i < num; ++i) {
      double v = step == 0 ? (static_cast<double>(i) / static_cast<double>(div)) * delta
                           : static_cast<double>(i) * step;
      yv[i] = v + start;
    }
  } else {
    for (int64_t i = 0; i < num; ++i) yv[i] = static_cast<double>(i) * delta + start;
  }
  if (endpoint && num > 1) yv[num - 1] = stop;
  DType t = dtype ? *dtype : DType::Float64;
  ArrayPtr a = y;
  if (t != DType::Float64) {
    a = new_array({num}, t);
    uint8_t* p = a->data();
    for (int64_t i = 0; i < num; ++i, p += a->itemsize()) {
      double v = yv[i];
      if (dtype_is_integer(t)) v = std::floor(v);
      Scalar::from_double(v).cast(t).store(p);
    }
  }
  if (step_out) *step_out = step;
  // NumPy scales a reshaped arange in place, so a float64 result is a view (OWNDATA False);
  // the other paths (num < 2 with endpoint, a dtype conversion) produce a fresh array.
  if (div > 0 && t == DType::Float64) return make_view(a, a->offset, a->shape, a->strides, t);
  return a;
}

ArrayPtr eye(int64_t n, std::optional<int64_t> m_opt, int64_t k, DType dtype, char order) {
  const int64_t m = m_opt ? *m_opt : n;
  ArrayPtr a = new_array({n, m}, dtype, order == 'F');
  for (int64_t i = 0; i < n; ++i) {
    int64_t j = i + k;
    if (j >= 0 && j < m) {
      int64_t idx[2] = {i, j};
      a->set(idx, Scalar::from_int(1));
    }
  }
  return a;
}

ArrayPtr empty_like(const ArrayPtr& a, std::optional<DType> dtype, char order,
                    std::optional<Shape> shape) {
  const Shape& sh = shape ? *shape : a->shape;
  const DType t = dtype ? *dtype : a->dtype;
  if (order == 'K' && !shape) return layout::new_array_in_order(sh, t, layout::keep_order(*a));
  bool f = order == 'F' || (order == 'A' && !shape && a->is_f_contiguous() && !a->is_c_contiguous());
  return new_array(sh, t, f);
}

}  // namespace sl
