// creation.hpp — building new arrays: from nested Python data (np.array's shape discovery,
// ragged-input error and dtype inference), and the filled/ranged constructors (zeros, ones,
// full, empty, arange, linspace, eye, identity, *_like).
//
// The interpreter converts Python values into `Nested` trees; this module knows nothing of
// Python objects. Python scalars are "weak" (NEP 50): they take the dtype of their company,
// and an explicit dtype that cannot hold a Python int raises OverflowError as NumPy 2 does.
#pragma once
#include <optional>
#include <vector>

#include "core/ndarray.hpp"

namespace sl {

struct Nested {
  enum Kind { Leaf, Sequence, Array } kind = Leaf;
  Scalar leaf;               // Leaf
  bool python_scalar = true; // Leaf came from a Python bool/int/float (not a NumPy scalar)
  std::vector<Nested> items; // Sequence
  ArrayPtr array;            // Array (an ndarray inside a list)

  static Nested scalar(const Scalar& s, bool from_python) {
    Nested n; n.kind = Leaf; n.leaf = s; n.python_scalar = from_python; return n;
  }
  static Nested sequence(std::vector<Nested> items) {
    Nested n; n.kind = Sequence; n.items = std::move(items); return n;
  }
  static Nested of_array(ArrayPtr a) { Nested n; n.kind = Array; n.array = std::move(a); return n; }
};

// np.array(data, dtype=None, order='K'/'C'/'F', ndmin=0) for fresh data (always a copy).
ArrayPtr array_from_nested(const Nested& data, std::optional<DType> dtype, char order = 'C',
                           int ndmin = 0);
// The dtype np.array would infer for `data` (float64 for empty input).
DType infer_dtype(const Nested& data);

ArrayPtr zeros(const Shape& shape, DType dtype = DType::Float64, char order = 'C');
ArrayPtr ones(const Shape& shape, DType dtype = DType::Float64, char order = 'C');
ArrayPtr empty(const Shape& shape, DType dtype = DType::Float64, char order = 'C');
ArrayPtr full(const Shape& shape, const ArrayPtr& fill_value, DType dtype, char order = 'C');

// np.arange with NumPy's length rule ceil((stop - start) / step) and dtype rule (float64 if
// any argument is a float, else int64, unless dtype is given).
struct ArangeArg {
  double f;
  int64_t i;
  bool is_float;
};
ArrayPtr arange(ArangeArg start, std::optional<ArangeArg> stop, std::optional<ArangeArg> step,
                std::optional<DType> dtype);
// np.linspace; `step_out` receives the step when retstep is wanted.
ArrayPtr linspace(double start, double stop, int64_t num, bool endpoint, std::optional<DType> dtype,
                  double* step_out = nullptr);
ArrayPtr eye(int64_t n, std::optional<int64_t> m, int64_t k, DType dtype, char order = 'C');
// zeros_like & co.: dtype/shape default to a's; order 'K' keeps a's F layout.
ArrayPtr empty_like(const ArrayPtr& a, std::optional<DType> dtype, char order,
                    std::optional<Shape> shape);

}  // namespace sl
