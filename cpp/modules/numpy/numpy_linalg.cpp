// numpy_linalg.cpp — numpy.linalg's decompositions and their NumPy 2 result types:
// cholesky(upper=), qr(mode=) -> QRResult(Q, R), eigh/eigvalsh(UPLO=) -> EighResult(eigenvalues,
// eigenvectors), eig/eigvals -> EigResult(eigenvalues, eigenvectors), slogdet ->
// SlogdetResult(sign, logabsdet), matrix_power, lstsq. The result types are tuple subclasses
// with named fields (NumPy's NamedTuples: they unpack, index and print as
// `QRResult(Q=array(...), R=array(...))`). Computation: core/linalg_decomp.
// The NumPy 2 compositions (matrix_norm, vector_norm, svdvals, vecdot, multi_dot, tensorinv,
// tensorsolve, ...) are Python: py/numpy_linalg_api.py, run after the native parts.
#include "core/linalg_decomp.hpp"
#include "lang/builtin_types.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/stdlib/py_source.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

struct ResultSpec {
  const char* name;
  std::vector<const char*> fields;
};

// A tuple subclass (numpy.linalg._linalg.<name>) with one read-only attribute per field.
TypeObject* result_type_for(const ResultSpec& spec) {
  TypeObject* t = new_type(spec.name, "numpy.linalg._linalg", tuple_type);
  for (size_t i = 0; i < spec.fields.size(); ++i)
    add_getset(t, spec.fields[i], [i](Interpreter&, const ObjPtr& self) { return tuple_items(self)[i]; });
  const std::string name = spec.name;
  const std::vector<const char*> fields = spec.fields;
  add_method(t, "__repr__", [name, fields](Interpreter&, const ObjPtr& self, PosArgs, KwArgs) {
    std::string s = name + "(";
    for (size_t i = 0; i < fields.size(); ++i) s += (i ? ", " : "") + std::string(fields[i]) + "=" + repr(tuple_items(self)[i]);
    return make_str(s + ")");
  });
  t->repr = [](Interpreter&, const ObjPtr& self) { return call_method(self, "__repr__"); };
  return t;
}

ObjPtr make_result(TypeObject* t, std::vector<ObjPtr> items) {
  ObjPtr r = make_tuple(std::move(items));
  r->unsafe_set_type(t);  // a TupleObject of the subclass: every tuple slot applies
  return r;
}

TypeObject* qr_result() {
  static TypeObject* t = result_type_for({"QRResult", {"Q", "R"}});
  return t;
}
TypeObject* eigh_result() {
  static TypeObject* t = result_type_for({"EighResult", {"eigenvalues", "eigenvectors"}});
  return t;
}
TypeObject* eig_result() {
  static TypeObject* t = result_type_for({"EigResult", {"eigenvalues", "eigenvectors"}});
  return t;
}
TypeObject* svd_result() {
  static TypeObject* t = result_type_for({"SVDResult", {"U", "S", "Vh"}});
  return t;
}
TypeObject* slogdet_result() {
  static TypeObject* t = result_type_for({"SlogdetResult", {"sign", "logabsdet"}});
  return t;
}

std::string str_arg(const BoundArgs& b, size_t i, const char* dflt) { return b.given(i) ? to_str(b[i], "argument") : dflt; }

void init_linalg_decomp(Interpreter&, ModuleObject& m) {
  m.set("QRResult", ObjPtr(qr_result()));
  m.set("EighResult", ObjPtr(eigh_result()));
  m.set("SlogdetResult", ObjPtr(slogdet_result()));
  m.set("SVDResult", ObjPtr(svd_result()));
  def(m, "svd", {"a", "full_matrices=", "compute_uv=", "hermitian="}, [](const BoundArgs& b) -> ObjPtr {
    const bool full = b.has(1) ? is_true(b[1]) : true, uv = b.has(2) ? is_true(b[2]) : true;
    std::vector<ArrayPtr> r = svd(to_array(b[0]), full, uv, b.given(3) && is_true(b[3]));
    if (!uv) return wrap_array(r[0]);
    return make_result(svd_result(), {wrap_array(r[0]), wrap_array(r[1]), wrap_array(r[2])});
  });
  def(m, "matrix_rank", {"A", "tol=", "hermitian=", "*", "rtol="}, [](const BoundArgs& b) -> ObjPtr {
    ArrayPtr a = to_array(b[0]);
    if (a->ndim() < 2) {
      // int(not all(A == 0))
      bool nonzero = false;
      for_each_offset(a->shape, a->strides, a->offset,
                      [&](int64_t p) { nonzero = nonzero || Scalar::load(a->buffer->data() + p, a->dtype).as_double() != 0; });
      return make_int(nonzero ? 1 : 0);
    }
    return wrap_result(matrix_rank(a, b.given(1) ? to_array(b[1]) : nullptr, b.given(3) ? to_array(b[3]) : nullptr,
                                   b.given(2) && is_true(b[2])));
  });
  def(m, "pinv", {"a", "rcond=", "hermitian=", "*", "rtol="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    if (b.given(1) && b.has(3)) raise_value_error("`rtol` and `rcond` can't be both set.");
    ArrayPtr rcond;
    if (b.given(1)) rcond = to_array(b[1]);
    else if (b.has(3) && !is_none(b[3])) rcond = to_array(b[3]);
    else if (b.has(3)) {  // rtol=None: max(M, N) * eps
      const double eps = a->dtype == DType::Float32 ? 1.1920928955078125e-07 : 2.220446049250313e-16;
      const int nd = a->ndim();
      rcond = array_from_scalar(Scalar::from_double(
          static_cast<double>(nd >= 2 ? std::max(a->shape[static_cast<size_t>(nd - 2)], a->shape[static_cast<size_t>(nd - 1)]) : 1) * eps));
    } else {
      rcond = array_from_scalar(Scalar::from_double(1e-15));
    }
    return wrap_array(pinv(a, rcond, b.given(2) && is_true(b[2])));
  });
  def(m, "lstsq", {"a", "b", "rcond="}, [](const BoundArgs& b) {
    std::optional<double> rcond;
    ArrayPtr a = to_array(b[0]);
    if (b.has(2) && is_str(b[2]) && a->ndim() == 2)  // the gufunc's casting check on its rcond input
      raise(ErrorType::UFuncInputCastingError, std::string("Cannot cast ufunc 'lstsq_") + (a->shape[0] <= a->shape[1] ? "m" : "n") +
                                              "' input 2 from dtype('<U" + std::to_string(std::max<size_t>(1, utf8_codepoints(str_value(b[2])).size())) +
                                              "') to dtype('float64') with casting rule 'same_kind'");
    if (b.has(2) && !is_none(b[2])) rcond = to_double(b[2]);
    std::vector<ArrayPtr> r = lstsq(a, to_array(b[1]), rcond);
    return make_tuple({wrap_array(r[0]), wrap_array(r[1]), wrap_result(r[2]), wrap_array(r[3])});
  });
  def(m, "cond", {"x", "p="}, [](const BoundArgs& b) {
    int kind = 0;
    double p = 0;
    std::string name;
    if (b.given(1)) {
      if (is_str(b[1])) {
        kind = 2;
        name = str_value(b[1]);
      } else {
        kind = 1;
        p = to_double(b[1]);
      }
    }
    return wrap_result(cond(to_array(b[0]), kind, p, name));
  });
  def(m, "cholesky", {"a", "/", "*", "upper="}, [](const BoundArgs& b) {
    return wrap_array(cholesky(to_array(b[0]), b.given(1) && is_true(b[1])));
  });
  def(m, "qr", {"a", "mode="}, [](const BoundArgs& b) -> ObjPtr {
    const std::string mode0 = str_arg(b, 1, "reduced");
    if (mode0 == "f" || mode0 == "full")
      write_stderr("DeprecationWarning: The 'full' option is deprecated in favor of 'reduced'.\nFor backward compatibility let mode default.\n");
    else if (mode0 == "e" || mode0 == "economic")
      write_stderr("DeprecationWarning: The 'economic' option is deprecated.\n");
    std::vector<ArrayPtr> r = qr(to_array(b[0]), mode0);
    if (r.size() == 1) return wrap_array(r[0]);
    if (mode0 == "raw") return make_tuple({wrap_array(r[0]), wrap_array(r[1])});
    return make_result(qr_result(), {wrap_array(r[0]), wrap_array(r[1])});
  });
  def(m, "eigh", {"a", "UPLO="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> r = eigh(to_array(b[0]), str_arg(b, 1, "L"));
    return make_result(eigh_result(), {wrap_array(r[0]), wrap_array(r[1])});
  });
  def(m, "eigvalsh", {"a", "UPLO="}, [](const BoundArgs& b) { return wrap_array(eigvalsh(to_array(b[0]), str_arg(b, 1, "L"))); });
  def(m, "eig", {"a"}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> r = eig(to_array(b[0]));
    return make_result(eig_result(), {wrap_array(r[0]), wrap_array(r[1])});
  });
  def(m, "eigvals", {"a"}, [](const BoundArgs& b) { return wrap_array(eigvals(to_array(b[0]))); });
  def(m, "slogdet", {"a"}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> r = slogdet(to_array(b[0]));
    return make_result(slogdet_result(), {wrap_result(r[0]), wrap_result(r[1])});
  });
  def(m, "matrix_power", {"a", "n"}, [](const BoundArgs& b) {
    if (!has_index(b[1]) || is_float(b[1])) raise_type_error("exponent must be an integer");
    ArrayPtr a = to_array(b[0]);
    ArrayPtr r = matrix_power(a, to_int64(b[1]));
    if (r == a && is_ndarray(b[0])) return b[0];
    return wrap_array(r);
  });
}

}  // namespace

const char kLinalgApiPy[] =
#include "py/numpy_linalg_api.py.inc"
    ;

void register_numpy_linalg_decomp() {
  register_numpy_part("numpy.linalg", init_linalg_decomp);
  register_numpy_part("numpy.linalg", [](Interpreter& in, ModuleObject& m) { exec_module_source(in, m, kLinalgApiPy); });
}

}  // namespace sl
