// numpy_stats.cpp — np.average, np.cov, np.corrcoef, np.correlate, np.convolve,
// np.gradient, np.trapezoid (and its old name np.trapz), np.ediff1d, np.interp: NumPy 2's
// signatures and return conventions (tuples for average(returned=True) and multi-axis
// gradient; Python scalars vs NumPy scalars vs 0-d arrays as NumPy gives them). Kernels:
// core/covariance, core/correlate, core/calculus.
#include "core/calculus.hpp"
#include "core/correlate.hpp"
#include "core/covariance.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"

namespace sl {
namespace {

ArrayPtr optional_array(const ObjPtr& o) {
  if (!o || is_none(o)) return nullptr;
  return to_array(o);
}
std::optional<std::vector<int64_t>> optional_axes(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_axes(o);
}
std::optional<double> optional_double(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_double(o);
}
Operand scalar_or_array(const ObjPtr& o) {
  if (is_ndarray(o)) return Operand::of(array_of(o));
  Operand op;
  if (to_operand(o, &op)) return op;
  return Operand::of(to_array(o));
}
std::string mode_arg(const ObjPtr& o, const char* dflt) {
  if (!o) return dflt;
  if (is_int(o)) {
    static const char* const kModes[] = {"valid", "same", "full"};
    const int64_t k = to_int64(o);
    if (k >= 0 && k <= 2) return kModes[k];
    raise_value_error("mode must be 0, 1, or 2");
  }
  return to_str(o, "mode");
}

void init_stats(Interpreter&, ModuleObject& m) {
  def_function(m, "average", {"a", "axis=", "weights=", "returned=", "*", "keepdims="}, [](const BoundArgs& b) {
    std::optional<bool> kd;
    if (b.has(4)) kd = is_true(b[4]);
    AverageResult r = average(to_array(b[0]), optional_axes(b[1]), optional_array(b[2]), kd, b.given(3) && is_true(b[3]));
    ObjPtr avg = wrap_result(r.avg);
    if (b.given(3) && is_true(b[3])) return make_tuple({avg, wrap_result(r.scl)});
    return avg;
  });
  def_function(m, "cov", {"m", "y=", "rowvar=", "bias=", "ddof=", "fweights=", "aweights=", "*", "dtype="},
               [](const BoundArgs& b) {
    const bool rowvar = !b.given(2) || is_true(b[2]);
    return wrap_array(cov(to_array(b[0]), optional_array(b[1]), rowvar, b.given(3) && is_true(b[3]), optional_double(b[4]),
                          optional_array(b[5]), optional_array(b[6]), to_optional_dtype(b[7])));
  });
  def_function(m, "corrcoef", {"x", "y=", "rowvar=", "bias=", "ddof=", "*", "dtype="}, [](const BoundArgs& b) {
    const bool rowvar = !b.given(2) || is_true(b[2]);
    ArrayPtr r = corrcoef(to_array(b[0]), optional_array(b[1]), rowvar, to_optional_dtype(b[5]));
    return r->ndim() == 0 ? wrap_result(r) : wrap_array(r);
  });
  def_function(m, "correlate", {"a", "v", "mode="}, [](const BoundArgs& b) {
    return wrap_array(correlate(to_array(b[0]), to_array(b[1]), mode_arg(b[2], "valid")));
  });
  def_function(m, "convolve", {"a", "v", "mode="}, [](const BoundArgs& b) {
    return wrap_array(convolve(to_array(b[0]), to_array(b[1]), mode_arg(b[2], "full")));
  });
  def_function(m, "gradient", {"f", "*varargs", "axis=", "edge_order="}, [](const BoundArgs& b) {
    std::vector<Operand> varargs;
    for (const ObjPtr& v : b.varargs) varargs.push_back(scalar_or_array(v));
    const int64_t edge = b.given(2) ? to_int64(b[2]) : 1;
    std::vector<ArrayPtr> r = gradient(to_array(b[0]), varargs, optional_axes(b[1]), edge);
    if (r.size() == 1) return wrap_array(r[0]);
    std::vector<ObjPtr> items;
    for (const ArrayPtr& a : r) items.push_back(wrap_array(a));
    return make_tuple(std::move(items));
  });
  for (const char* name : {"trapezoid", "trapz"}) {
    def_function(m, name, {"y", "x=", "dx=", "axis="}, [](const BoundArgs& b) {
      Operand dx = b.given(2) ? scalar_or_array(b[2]) : Operand::py_float(1.0);
      return wrap_result(trapezoid(to_array(b[0]), optional_array(b[1]), dx, b.given(3) ? to_int64(b[3]) : -1));
    });
  }
  def_function(m, "ediff1d", {"ary", "to_end=", "to_begin="}, [](const BoundArgs& b) {
    return wrap_array(ediff1d(to_array(b[0]), optional_array(b[1]), optional_array(b[2])));
  });
  def_function(m, "interp", {"x", "xp", "fp", "left=", "right=", "period="}, [](const BoundArgs& b) {
    return wrap_result(interp(to_array(b[0]), to_array(b[1]), to_array(b[2]), optional_double(b[3]),
                              optional_double(b[4]), optional_double(b[5])));
  });
}

}  // namespace

void register_numpy_stats() { register_numpy_part("numpy", init_stats); }

}  // namespace sl
