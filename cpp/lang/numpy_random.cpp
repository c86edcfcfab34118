// numpy_random.cpp — the `numpy.random` module: the legacy global RandomState functions
// (seed, rand, randn, randint, choice, ...) and default_rng() Generator objects, over the
// bit-identical streams of core/random_*. This file only converts arguments and results:
// size=None gives a Python float/int (or a NumPy scalar where NumPy returns one).
#include "core/random_generator.hpp"
#include "core/random_legacy.hpp"
#include "core/views.hpp"
#include "lang/numpy_module.hpp"
#include "lang/numpy_objects.hpp"

namespace sl {
namespace {

SizeArg size_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_shape(o);
}
DistArg dist(const ObjPtr& o, double dflt) {
  if (!o || is_none(o)) return DistArg(dflt);
  if (is_float(o) || is_int(o)) return DistArg(to_double(o));
  return DistArg(to_array(o));
}
// 0-d results -> Python float / int, as the legacy functions return for size=None.
ObjPtr py_result(const ArrayPtr& a) {
  if (a->ndim() != 0) return wrap_array(a);
  Scalar s = a->item0();
  if (dtype_is_float(s.dtype)) return make_float(s.v.f);
  if (s.dtype == DType::Bool) return make_bool(s.v.b);
  return make_int(s.as_int64());
}
ArrayPtr int_bound(const ObjPtr& o) { return to_array(o); }
std::vector<int64_t> dims_of(const std::vector<ObjPtr>& v) {
  std::vector<int64_t> d;
  for (const ObjPtr& o : v) d.push_back(to_int64(o));
  return d;
}
ArrayPtr population(const ObjPtr& a) {
  if (is_int(a) || (is_numpy_scalar(a) && has_index(a))) return array_from_scalar(Scalar::from_int(to_int64(a)));
  return to_array(a);
}

constexpr auto def = def_function;  // numpy_module.hpp

// ---- Generator objects ---------------------------------------------------------------------
struct GeneratorObject : Object {
  static TypeObject* type;
  Generator gen;
  explicit GeneratorObject(Generator g) : Object(type), gen(std::move(g)) {}
};
TypeObject* GeneratorObject::type = nullptr;
Generator& gen(const ObjPtr& o) { return static_cast<GeneratorObject*>(o.get())->gen; }

void gmethod(const char* name, std::initializer_list<const char*> params,
             std::function<ObjPtr(Generator&, const BoundArgs&)> body) {
  auto sig = std::make_shared<Signature>(name, params);
  add_method(GeneratorObject::type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    return body(gen(self), sig->bind(a, k));
  });
}

void init_generator_type() {
  if (GeneratorObject::type) return;
  GeneratorObject::type = new_type("Generator", "numpy.random");
  GeneratorObject::type->repr = [](Interpreter&, const ObjPtr&) { return make_str("Generator(PCG64)"); };
  gmethod("random", {"size=", "dtype=", "out="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.random(size_arg(b[0]), b.given(1) ? to_dtype(b[1]) : DType::Float64));
  });
  gmethod("integers", {"low", "high=", "size=", "dtype=", "endpoint="}, [](Generator& g, const BoundArgs& b) {
    DType t = b.given(3) ? to_dtype(b[3]) : DType::Int64;
    ArrayPtr r = g.integers(int_bound(b[0]), b.given(1) ? int_bound(b[1]) : nullptr, size_arg(b[2]), t,
                            b.given(4) && is_true(b[4]));
    return r->ndim() == 0 && !b.given(3) ? py_result(r) : wrap_result(r);
  });
  gmethod("standard_normal", {"size=", "dtype=", "out="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.standard_normal(size_arg(b[0]), b.given(1) ? to_dtype(b[1]) : DType::Float64));
  });
  gmethod("normal", {"loc=", "scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.normal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])));
  });
  gmethod("uniform", {"low=", "high=", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.uniform(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])));
  });
  gmethod("exponential", {"scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.exponential(dist(b[0], 1.0), size_arg(b[1])));
  });
  gmethod("poisson", {"lam=", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.poisson(dist(b[0], 1.0), size_arg(b[1])));
  });
  gmethod("binomial", {"n", "p", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])));
  });
  gmethod("gamma", {"shape", "scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return py_result(g.gamma(dist(b[0], 0), dist(b[1], 1.0), size_arg(b[2])));
  });
  gmethod("choice", {"a", "size=", "replace=", "p=", "axis=", "shuffle="}, [](Generator& g, const BoundArgs& b) {
    ArrayPtr r = g.choice(population(b[0]), size_arg(b[1]), b.has(2) ? is_true(b[2]) : true,
                          b.given(3) ? to_array(b[3], DType::Float64) : nullptr, b.given(4) ? to_int64(b[4]) : 0,
                          b.has(5) ? is_true(b[5]) : true);
    return is_int(b[0]) && r->ndim() == 0 ? py_result(r) : wrap_result(r);
  });
  gmethod("permutation", {"x", "axis="}, [](Generator& g, const BoundArgs& b) {
    if (is_int(b[0])) return wrap_array(g.permutation(to_int64(b[0])));
    return wrap_array(g.permutation(to_array(b[0]), b.given(1) ? to_int64(b[1]) : 0));
  });
  gmethod("shuffle", {"x", "axis="}, [](Generator& g, const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("shuffle only supports ndarrays in stridelab");
    g.shuffle(array_of(b[0]), b.given(1) ? to_int64(b[1]) : 0);
    return None();
  });
}

void init_random(Interpreter&, ModuleObject& m) {
  init_numpy_types();
  init_generator_type();
  RandomState& (*rs)() = global_random_state;
  def(m, "seed", {"seed="}, [rs](const BoundArgs& b) {
    if (!b.given(0)) rs().seed_from_entropy();
    else if (is_sequence(b[0]) || is_ndarray(b[0])) rs().seed(to_shape(b[0]));
    else rs().seed(to_int64(b[0]));
    return None();
  });
  def(m, "rand", {"*dims"}, [rs](const BoundArgs& b) { return py_result(rs().rand(dims_of(b.varargs))); });
  def(m, "randn", {"*dims"}, [rs](const BoundArgs& b) { return py_result(rs().randn(dims_of(b.varargs))); });
  for (const char* name : {"random", "random_sample", "sample", "ranf"})
    def(m, name, {"size="}, [rs](const BoundArgs& b) { return py_result(rs().random_sample(size_arg(b[0]))); });
  def(m, "standard_normal", {"size="}, [rs](const BoundArgs& b) { return py_result(rs().standard_normal(size_arg(b[0]))); });
  def(m, "normal", {"loc=", "scale=", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().normal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])));
  });
  def(m, "uniform", {"low=", "high=", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().uniform(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])));
  });
  def(m, "randint", {"low", "high=", "size=", "dtype="}, [rs](const BoundArgs& b) {
    DType t = b.given(3) ? to_dtype(b[3]) : DType::Int64;
    ArrayPtr r = rs().randint(int_bound(b[0]), b.given(1) ? int_bound(b[1]) : nullptr, size_arg(b[2]), t);
    return r->ndim() == 0 && !b.given(3) ? py_result(r) : wrap_result(r);
  });
  def(m, "choice", {"a", "size=", "replace=", "p="}, [rs](const BoundArgs& b) {
    ArrayPtr r = rs().choice(population(b[0]), size_arg(b[1]), b.has(2) ? is_true(b[2]) : true,
                             b.given(3) ? to_array(b[3], DType::Float64) : nullptr);
    return is_int(b[0]) && r->ndim() == 0 ? py_result(r) : wrap_result(r);
  });
  def(m, "permutation", {"x"}, [rs](const BoundArgs& b) {
    if (is_int(b[0])) return wrap_array(rs().permutation(to_int64(b[0])));
    return wrap_array(rs().permutation(to_array(b[0])));
  });
  def(m, "shuffle", {"x"}, [rs](const BoundArgs& b) {
    if (!is_ndarray(b[0])) raise_type_error("shuffle only supports ndarrays in stridelab");
    rs().shuffle(array_of(b[0]));
    return None();
  });
  def(m, "poisson", {"lam=", "size="}, [rs](const BoundArgs& b) { return py_result(rs().poisson(dist(b[0], 1.0), size_arg(b[1]))); });
  def(m, "binomial", {"n", "p", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])));
  });
  def(m, "negative_binomial", {"n", "p", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().negative_binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])));
  });
  def(m, "gamma", {"shape", "scale=", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().gamma(dist(b[0], 0), dist(b[1], 1.0), size_arg(b[2])));
  });
  def(m, "standard_gamma", {"shape", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().standard_gamma(dist(b[0], 0), size_arg(b[1])));
  });
  def(m, "exponential", {"scale=", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().exponential(dist(b[0], 1.0), size_arg(b[1])));
  });
  def(m, "lognormal", {"mean=", "sigma=", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().lognormal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])));
  });
  def(m, "beta", {"a", "b", "size="}, [rs](const BoundArgs& b) {
    return py_result(rs().beta(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])));
  });
  def(m, "default_rng", {"seed="}, [](const BoundArgs& b) {
    if (!b.given(0)) return ObjPtr(new GeneratorObject(default_rng()));
    std::vector<int64_t> seed = is_sequence(b[0]) ? to_shape(b[0]) : std::vector<int64_t>{to_int64(b[0])};
    return ObjPtr(new GeneratorObject(default_rng(seed)));
  });
  m.set("Generator", ObjPtr(GeneratorObject::type));
}

}  // namespace

void register_numpy_random() { register_numpy_part("numpy.random", init_random); }

}  // namespace sl
