// numpy_complex.cpp — the complex-number surface of numpy: np.real / np.imag / np.angle /
// np.iscomplex / np.isreal / np.iscomplexobj / np.isrealobj, the
// ndarray attributes .real / .imag (views with doubled strides, assignable) and methods
// .conj() / .conjugate(), and the scalar side (.real, .imag, .conjugate(), __complex__).
// The arithmetic itself is in core (ufunc_loops_complex.cpp, complex_ops.hpp).
#include "core/assign.hpp"
#include "core/complex_ops.hpp"
#include "core/ufunc.hpp"
#include "lang/complex.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

const ArrayPtr& arr(const ObjPtr& o) { return array_of(o); }
const Scalar& sval(const ObjPtr& o) { return static_cast<ScalarObject*>(o.get())->value; }

// np.real(x) / np.imag(x): attribute access for arrays (views), the value for scalars.
ObjPtr real_of(const ObjPtr& o) {
  if (is_ndarray(o)) return wrap_array(real_part(arr(o)));
  return wrap_result(real_part(to_array(o)));
}
ObjPtr imag_of(const ObjPtr& o) {
  if (is_ndarray(o)) return wrap_array(imag_part(arr(o)));
  return wrap_result(imag_part(to_array(o)));
}

void init_complex_part(Interpreter&, ModuleObject& m) {
  def_function(m, "real", {"val"}, [](const BoundArgs& b) { return real_of(b[0]); });
  def_function(m, "imag", {"val"}, [](const BoundArgs& b) { return imag_of(b[0]); });
  def_function(m, "angle", {"z", "deg="}, [](const BoundArgs& b) {
    return wrap_result(angle(to_array(b[0]), b.has(1) && is_true(b[1])));
  });
  // np.conjugate / np.conj are the ufunc (complex loops in ufunc_loops_complex.cpp)
  def_function(m, "iscomplexobj", {"x"}, [](const BoundArgs& b) {
    const ObjPtr& x = b[0];
    if (is_complex(x)) return True();
    ObjPtr dt = getattr_or_null(x, "dtype");
    if (dt && dt->type() == dtype_type) return make_bool(dtype_is_complex(to_descr(dt).type));
    return make_bool(dtype_is_complex(to_array(x)->dtype));
  });
  def_function(m, "isrealobj", {"x"}, [](const BoundArgs& b) {
    const ObjPtr& x = b[0];
    if (is_complex(x)) return False();
    ObjPtr dt = getattr_or_null(x, "dtype");
    if (dt && dt->type() == dtype_type) return make_bool(!dtype_is_complex(to_descr(dt).type));
    return make_bool(!dtype_is_complex(to_array(x)->dtype));
  });
  // iscomplex: imag != 0 element-wise (False everywhere for real input); isreal: imag == 0
  def_function(m, "iscomplex", {"x"}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (!dtype_is_complex(a->dtype)) return wrap_result(new_array(a->shape, DType::Bool));
    return wrap_result(apply_ufunc(UFuncId::NotEqual, {imag_part(a), Operand::py_int(0)}));
  });
  def_function(m, "isreal", {"x"}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (!dtype_is_complex(a->dtype)) {
      ArrayPtr r = new_array(a->shape, DType::Bool);
      fill(r, Scalar::from_bool(true));
      return wrap_result(r);
    }
    return wrap_result(apply_ufunc(UFuncId::Equal, {imag_part(a), Operand::py_int(0)}));
  });
}

}  // namespace

// Called by init_ndarray_type and init_numpy_types: the attributes of arrays and scalars.
void add_complex_attributes() {
  static bool done = false;
  if (done) return;
  done = true;
  // a.real = v / a.imag = v assign through the view
  add_getset(
      ndarray_type, "real",
      [](Interpreter&, const ObjPtr& s) { return dtype_is_complex(arr(s)->dtype) ? wrap_array(real_part(arr(s))) : s; },
      [](Interpreter&, const ObjPtr& s, const ObjPtr& v) { assign_array(real_part(arr(s)), to_array(v)); });
  add_getset(
      ndarray_type, "imag", [](Interpreter&, const ObjPtr& s) { return wrap_array(imag_part(arr(s))); },
      [](Interpreter&, const ObjPtr& s, const ObjPtr& v) {
        if (!dtype_is_complex(arr(s)->dtype)) raise_type_error("array does not have imaginary part to set");
        assign_array(imag_part(arr(s)), to_array(v));
      });
  auto conj = [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) -> ObjPtr {
    if (!dtype_is_complex(arr(self)->dtype)) return self;  // NumPy: a real array is its own conjugate
    return wrap_result(conjugate(arr(self)));
  };
  add_method(ndarray_type, "conj", conj);
  add_method(ndarray_type, "conjugate", conj);

  add_getset(generic_scalar_type, "real", [](Interpreter&, const ObjPtr& s) {
    return wrap_result(real_part(array_from_scalar(sval(s))));
  });
  add_getset(generic_scalar_type, "imag", [](Interpreter&, const ObjPtr& s) {
    return wrap_result(imag_part(array_from_scalar(sval(s))));
  });
  auto sconj = [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    return wrap_result(conjugate(array_from_scalar(sval(self))));
  };
  add_method(generic_scalar_type, "conj", sconj);
  add_method(generic_scalar_type, "conjugate", sconj);
  add_method(generic_scalar_type, "__complex__", [](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    const Scalar& v = sval(self);
    return make_complex(v.as_double(), dtype_is_complex(v.dtype) ? v.im : 0.0);
  });
}

void register_numpy_complex() { register_numpy_part("numpy", init_complex_part); }

}  // namespace sl
