// numpy_elementwise.cpp — the element-wise functions NumPy writes in Python on top of its
// ufuncs: np.sinc, np.i0, np.fix, np.isposinf, np.isneginf (kernels in
// core/elementwise_special). Return conventions follow NumPy: i0 keeps a 0-d array,
// the others give scalars for scalar input; out= is returned as given.
#include "core/elementwise_special.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

ArrayPtr optional_out(const ObjPtr& o) {
  if (!o || is_none(o)) return nullptr;
  if (!is_ndarray(o)) raise_type_error("return arrays must be of ArrayType");
  return array_of(o);
}

void init_elementwise(Interpreter&, ModuleObject& m) {
  def_function(m, "sinc", {"x"}, [](const BoundArgs& b) { return wrap_result(sinc(to_array(b[0]))); });
  def_function(m, "i0", {"x"}, [](const BoundArgs& b) { return wrap_array(i0(to_array(b[0]))); });
  def_function(m, "fix", {"x", "out="}, [](const BoundArgs& b) {
    ArrayPtr out = optional_out(b[1]);
    ArrayPtr r = fix(to_array(b[0]), out);
    return out ? b[1] : wrap_result(r);
  });
  def_function(m, "isposinf", {"x", "out="}, [](const BoundArgs& b) {
    ArrayPtr out = optional_out(b[1]);
    ArrayPtr r = isposinf(to_array(b[0]), out);
    return out ? b[1] : wrap_result(r);
  });
  def_function(m, "isneginf", {"x", "out="}, [](const BoundArgs& b) {
    ArrayPtr out = optional_out(b[1]);
    ArrayPtr r = isneginf(to_array(b[0]), out);
    return out ? b[1] : wrap_result(r);
  });
}

}  // namespace

void register_numpy_elementwise() { register_numpy_part("numpy", init_elementwise); }

}  // namespace sl
