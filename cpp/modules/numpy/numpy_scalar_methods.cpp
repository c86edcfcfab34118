// numpy_scalar_methods.cpp — the ndarray methods NumPy scalars have too (x.astype(),
// x.reshape(), x.round(), x.sum(), ...). NumPy implements them by turning the scalar into a
// 0-d array, calling the array's method and giving a 0-d result back as a scalar
// (scalartypes.c's gentype_generic_method + PyArray_Return); so does this file, for every
// method in kForwarded that the scalar type does not define itself. Also the attributes
// whose scalar values are fixed: T (the scalar itself), base (None), strides (()), nbytes.
// Not here: item/tolist/conj/real/imag (numpy_objects.cpp, numpy_complex.cpp, ...).
#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

// NumPy 2.x's gentype methods that forward to ndarray (itemset/newbyteorder/ptp: removed)
const char* const kForwarded[] = {
    "tobytes", "astype",  "byteswap", "copy",    "resize",    "reshape",  "transpose", "take",
    "put",     "repeat",  "choose",   "swapaxes", "nonzero",  "fill",     "view",      "squeeze",
    "flatten", "ravel",   "diagonal", "trace",   "sum",       "cumsum",   "prod",      "cumprod",
    "mean",    "var",     "std",      "max",     "min",       "argmax",   "argmin",    "sort",
    "argsort", "searchsorted", "all", "any",     "clip",      "round",    "compress",  "dot",
    "setflags", "getfield", "setfield", "tofile", "dump", "dumps", "to_device",
};

ObjPtr as_0d(const ObjPtr& self) { return wrap_array(to_array(self)); }

void install_scalar_methods() {
  static bool done = false;
  if (done) return;
  done = true;
  for (const char* name : kForwarded) {
    if (type_lookup(generic_scalar_type, name)) continue;  // the scalar's own version wins
    const std::string n = name;
    add_method(generic_scalar_type, n, [n](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) -> ObjPtr {
      ObjPtr r = call_method(as_0d(self), n, args, kw);
      if (r && is_ndarray(r) && array_of(r)->ndim() == 0) return wrap_result(array_of(r));
      return r;
    });
  }
  add_getset(generic_scalar_type, "T", [](Interpreter&, const ObjPtr& s) { return s; });
  add_getset(generic_scalar_type, "base", [](Interpreter&, const ObjPtr&) { return None(); });
  add_getset(generic_scalar_type, "strides", [](Interpreter&, const ObjPtr&) { return make_tuple({}); });
  add_getset(generic_scalar_type, "nbytes", [](Interpreter&, const ObjPtr& s) {
    return make_int(to_array(s)->nbytes());
  });
}

}  // namespace

void register_numpy_scalar_methods() {
  register_numpy_part("numpy", [](Interpreter&, ModuleObject&) { install_scalar_methods(); });
}

}  // namespace sl
