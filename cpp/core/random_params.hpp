// random_params.hpp — how NumPy's random methods turn their arguments into output arrays
// (numpy/random/_common.pyx: cont / disc / double_fill): `size` (None = one scalar),
// distribution parameters that are Python scalars or arrays, the per-parameter constraint
// checks with NumPy's messages (scalar and array forms differ: "p < 0, p > 1 or p is NaN"
// vs "... contains NaNs"), and the broadcasting rules between parameters and `size`.
//
// Results are always arrays. When size is None and every parameter is a scalar the result
// is a 0-d array: the caller (the interpreter's numpy.random module) unwraps it into the
// Python float/int NumPy returns in that case.
//
// Not here: the samplers themselves (random_distributions.hpp, random_legacy.hpp).
#pragma once
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/interrupt.hpp"
#include "core/ndarray.hpp"

namespace sl {

// `size=` of every np.random function: std::nullopt is size=None.
using SizeArg = std::optional<Shape>;

// One distribution parameter: a Python scalar, or an array (a 0-d array counts as a
// scalar, as in NumPy).
struct DistArg {
  ArrayPtr array;  // null for a plain scalar
  double value = 0.0;
  DistArg(double v) : value(v) {}  // NOLINT: implicit on purpose (normal(0.0, 1.0, ...))
  DistArg(int v) : value(v) {}     // NOLINT
  DistArg(int64_t v) : value(static_cast<double>(v)) {}  // NOLINT
  DistArg(ArrayPtr a);             // NOLINT
  bool is_scalar() const { return !array; }
  // The array form, converted to float64 (a 0-d array for a scalar).
  ArrayPtr as_float_array() const;
};

enum class Constraint {
  None,
  NonNegative,     // "x < 0"            (NaN passes, -0.0 fails: signbit)
  Positive,        // "x <= 0"
  Bounded01,       // "x < 0, x > 1 or x is NaN"
  BoundedGt01,     // "x <= 0, x > 1 or x contains NaNs"
  Gt1,             // "x <= 1 or x is NaN"
  Gte1,            // "x < 1 or x is NaN"
  BoundedLt01,     // "x < 0, x >= 1 or x is NaN"
  PositiveNotNan,  // "x must not be NaN" / "x <= 0"
  Poisson,         // Generator: lam < 0 / lam value too large (int64 limit)
  LegacyPoisson,   // RandomState: same with the C long limit
};

void check_constraint(double v, const std::string& name, Constraint c);
void check_array_constraint(const ArrayPtr& a, const std::string& name, Constraint c);

struct Param {
  DistArg arg;
  std::string name;
  Constraint cons = Constraint::None;
};

// Output geometry and per-element parameter values for one call: NumPy's scalar path when
// all parameters are scalars (constraints checked with scalar messages), else its
// broadcast path (array messages; output shape = size, or the parameters' broadcast shape;
// "Output size ... is not compatible with broadcast dimensions of inputs ..." otherwise).
struct ParamPlan {
  bool scalar = true;
  Shape out_shape;                  // () when size is None on the scalar path
  std::vector<double> scalars;      // scalar path: one value per parameter
  std::vector<std::vector<double>> columns;  // broadcast path: per parameter, per element
  int64_t size = 0;
  // Values of parameter k at output element i.
  double at(size_t k, int64_t i) const { return scalar ? scalars[k] : columns[k][i]; }
};
ParamPlan plan_params(const SizeArg& size, const std::vector<Param>& params);

// Fills a float64 (cont) or int64 (disc) array of plan.out_shape: f(i) -> element i (C
// order), drawing in element order as NumPy does.
template <class F>
ArrayPtr fill_double(const ParamPlan& plan, F&& f) {
  ArrayPtr out = new_array(plan.out_shape, DType::Float64);
  double* d = reinterpret_cast<double*>(out->data());
  for (int64_t i = 0; i < plan.size; ++i) {
    if ((i & 0xffff) == 0xffff) check_interrupt();
    d[i] = f(i);
  }
  return out;
}
template <class F>
ArrayPtr fill_int64(const ParamPlan& plan, F&& f) {
  ArrayPtr out = new_array(plan.out_shape, DType::Int64);
  int64_t* d = reinterpret_cast<int64_t*>(out->data());
  for (int64_t i = 0; i < plan.size; ++i) {
    if ((i & 0xffff) == 0xffff) check_interrupt();
    d[i] = f(i);
  }
  return out;
}

// uniform()'s `high - low`: a scalar when both are scalars (OverflowError `scalar_msg`
// when not finite), else the broadcast float64 difference (OverflowError "Range exceeds
// valid bounds" when any element is not finite; the ufunc's message on shape mismatch).
DistArg uniform_range(const DistArg& low, const DistArg& high, const char* scalar_msg);

// Shape for a parameterless fill (random_sample, standard_normal): size, or () for None.
Shape size_shape(const SizeArg& size);

}  // namespace sl
