// numpy_random.cpp — the `numpy.random` module: the legacy RandomState functions (the
// module-level np.random.seed / rand / randint / ... over the global state, and the same
// methods on np.random.RandomState(seed) objects, with get_state / set_state) and
// default_rng() Generator objects, over the bit-identical streams of core/random_*.
// This file only converts arguments and results, following NumPy's return types:
// size=None gives a Python float / int (or a NumPy scalar where NumPy returns one), any
// given size — even () — gives an array.
#include <cstring>
#include <memory>

#include "core/assign.hpp"
#include "core/creation.hpp"
#include "core/random_dist_table.hpp"
#include "core/random_generator.hpp"
#include "core/random_legacy.hpp"
#include "core/random_multivariate.hpp"
#include "core/run_effects.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_random_bitgen.hpp"
#include "modules/numpy/numpy_warnings.hpp"
#include "core/extent.hpp"

namespace sl {
namespace {

SizeArg size_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  return to_shape(o);
}
bool size_given(const BoundArgs& b, size_t i) { return b.given(i) && !is_none(b[i]); }
DistArg dist(const ObjPtr& o, double dflt) {
  if (!o || is_none(o)) return DistArg(dflt);
  if (is_float(o) || is_int(o)) return DistArg(to_double(o));
  return DistArg(to_array(o));
}
// 0-d results -> Python float / int, as NumPy returns for size=None.
ObjPtr py_scalar(const ArrayPtr& a) {
  if (a->ndim() != 0) return wrap_array(a);
  Scalar s = a->item0();
  if (dtype_is_float(s.dtype)) return make_float(s.v.f);
  if (s.dtype == DType::Bool) return make_bool(s.v.b);
  return make_int(s.as_int64());
}
// The result of a sampler with a size= argument at index `i`: an array whenever size was
// given (size=() gives a 0-d array), a Python scalar otherwise.
ObjPtr sized(const ArrayPtr& a, const BoundArgs& b, size_t i) {
  return size_given(b, i) ? wrap_array(a) : py_scalar(a);
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
// choice(): an int population gives a Python int for size=None; an array population an
// element (NumPy scalar) or, for an n-d population, a row.
ObjPtr choice_result(const ArrayPtr& r, const ObjPtr& a, const BoundArgs& b, size_t size_i) {
  if (size_given(b, size_i) || r->ndim() != 0) return wrap_array(r);
  return is_int(a) ? py_scalar(r) : wrap_result(r);
}

// list shuffle: the same Fisher-Yates swaps as on an array, applied to an index array and
// then to the list's items (NumPy's untyped path draws exactly the same intervals).
template <class Shuffler>
void shuffle_list(const ObjPtr& x, Shuffler&& shuffle_indices) {
  std::vector<ObjPtr>& items = list_items(x);
  const int64_t n = static_cast<int64_t>(items.size());
  ArrayPtr idx = new_array({n}, DType::Int64);
  int64_t* p = reinterpret_cast<int64_t*>(idx->data());
  for (int64_t i = 0; i < n; ++i) p[i] = i;
  shuffle_indices(idx);
  std::vector<ObjPtr> old = items;
  for (int64_t i = 0; i < n; ++i) items[static_cast<size_t>(i)] = old[static_cast<size_t>(p[i])];
}

// pvals given as a float ndarray narrower than float64 whose sum is below 1.0001: NumPy's
// multinomial then explains the float64 cast in its "sum(pvals[:-1]) > 1.0" message.
bool low_precision_pvals(const ObjPtr& pvals) {
  if (!is_ndarray(pvals)) return false;
  ArrayPtr a = array_of(pvals);
  if (!dtype_is_float(a->dtype) || a->dtype == DType::Float64) return false;
  ArrayPtr f = astype(a, DType::Float64);
  double sum = 0;
  for_each_offset(f->shape, f->strides, f->offset, [&](int64_t off) {
    double v;
    std::memcpy(&v, f->buffer->data() + off, sizeof v);
    sum += v;
  });
  return sum < 1.0001;
}

// bytes(length): the little-endian bytes of ceil(length / 4) uint32 draws, cut to length
ObjPtr random_bytes(const ArrayPtr& words, int64_t length) {
  std::string out;
  const uint32_t* w = reinterpret_cast<const uint32_t*>(words->data());
  for (int64_t i = 0; i < words->size(); ++i)
    for (int k = 0; k < 4; ++k) out.push_back(static_cast<char>((w[i] >> (8 * k)) & 0xff));
  out.resize(static_cast<size_t>(std::max<int64_t>(0, std::min<int64_t>(length, static_cast<int64_t>(out.size())))));
  return make_bytes(out);
}

// multivariate_normal runs the Python of numpy.random (py/numpy_random.py) with the
// caller's bound standard_normal: `self` is the RandomState / Generator object, or null
// for the module-level function over the global state.
ObjPtr call_mvn(const char* fn, const ObjPtr& self, const BoundArgs& b) {
  Interpreter& in = current_interpreter();
  Ref<ModuleObject> mod = import_module(in, "numpy.random");
  ObjPtr module(mod.get());
  ObjPtr draw = getattr(self ? self : module, "standard_normal");
  std::vector<ObjPtr> args = {draw, b[0], b[1], b.get(2, None()), b.get(3, make_str("warn")),
                              b.get(4, make_float(1e-8))};
  std::vector<KwArg> kw;
  if (b.values.size() > 5 && b.has(5)) kw.push_back({"method", b[5]});
  return call(getattr(module, fn), PosArgs(args), KwArgs(kw));  // a lazy part: getattr loads it
}

// ---- RandomState: one table for the module functions and the object methods ------------
struct RandomStateObject : Object {
  static TypeObject* type;
  RandomState rs;
  RandomStateObject() : Object(type) {}
};
TypeObject* RandomStateObject::type = nullptr;

using LegacyBody = std::function<ObjPtr(RandomState&, const BoundArgs&)>;

// Defines np.random.<name> over the global state and RandomState.<name> over the object's.
void legacy(ModuleObject& m, const char* name, std::vector<const char*> params, LegacyBody body) {
  auto sig = std::make_shared<Signature>(name, params);
  const bool draws = std::string(name) != "seed" && std::string(name) != "get_state" && std::string(name) != "set_state";
  m.add_function(name, [sig, body, draws](Interpreter&, const ObjPtr&, PosArgs a, KwArgs k) {
    RandomState& rs = global_random_state();
    if (draws && rs.entropy_seeded()) note_run_effect(RunEffect::UnseededRandom);  // replays differ
    return body(rs, sig->bind(a, k));
  });
  add_method(RandomStateObject::type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    return body(static_cast<RandomStateObject*>(self.get())->rs, sig->bind(a, k));
  });
}

void legacy_seed(RandomState& rs, const ObjPtr& s) {
  if (!s || is_none(s)) rs.seed_from_entropy();
  else if (is_sequence(s) || is_ndarray(s)) rs.seed(to_shape(s));
  else if (is_float(s) || (is_numpy_scalar(s) && !has_index(s)))
    // NumPy casts a non-integer seed with casting='safe'
    raise_type_error("Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'");
  else rs.seed(to_int64(s));
}

ObjPtr state_tuple(const RandomState& rs) {
  RandomState::State st = rs.get_state();
  ArrayPtr key = new_array({static_cast<int64_t>(st.key.size())}, DType::UInt32);
  std::memcpy(key->data(), st.key.data(), st.key.size() * sizeof(uint32_t));
  return make_tuple({make_str("MT19937"), wrap_array(key), make_int(st.pos), make_int(st.has_gauss ? 1 : 0),
                     make_float(st.gauss)});
}

// set_state(('MT19937', key, pos[, has_gauss, cached_gaussian])) or the dict form
// {'bit_generator': 'MT19937', 'state': {'key': ..., 'pos': ...}, 'has_gauss': .., 'gauss': ..}.
void set_state_from(RandomState& rs, const ObjPtr& state) {
  ObjPtr name, key, pos, has_gauss, gauss;
  if (is_sequence(state)) {
    const std::vector<ObjPtr>& v = sequence_items(state);
    if (v.empty()) raise_index_error("tuple index out of range");
    if (!is_str(v[0]) || str_value(v[0]) != "MT19937")
      raise_value_error("set_state can only be used with legacy MT19937state instances.");
    if (v.size() < 3) raise_index_error("tuple index out of range");
    key = v[1];
    pos = v[2];
    if (v.size() > 3) {
      if (v.size() < 5) raise_index_error("tuple index out of range");
      has_gauss = v[3];
      gauss = v[4];
    }
  } else if (is_dict(state)) {
    DictObject* d = static_cast<DictObject*>(state.get());
    ObjPtr bg = d->get(make_str("bit_generator")), inner = d->get(make_str("state"));
    if (!bg || !inner) raise_value_error("state dictionary is not valid.");
    if (!is_str(bg) || str_value(bg) != "MT19937") raise_value_error("state must be for a MT19937 PRNG");
    if (!is_dict(inner)) raise_type_error("state must be a dict");
    DictObject* in = static_cast<DictObject*>(inner.get());
    key = in->get(make_str("key"));
    pos = in->get(make_str("pos"));
    if (!key) raise(ErrorType::KeyError, "'key'");
    if (!pos) raise(ErrorType::KeyError, "'pos'");
    has_gauss = d->get(make_str("has_gauss"));
    gauss = d->get(make_str("gauss"));
  } else {
    raise_type_error("state must be a dict or a tuple.");
  }
  RandomState::State st;
  ArrayPtr k = to_array(key, DType::UInt32);
  if (k->ndim() != 1) raise_value_error("key must be a 1-d array");
  ArrayPtr kc = copy_array(k, 'C');
  st.key.resize(alloc_count(kc->shape[0]));
  if (!st.key.empty()) std::memcpy(st.key.data(), kc->data(), st.key.size() * sizeof(uint32_t));
  st.pos = static_cast<int>(to_int64(pos));
  st.has_gauss = has_gauss && to_int64(has_gauss) != 0;
  st.gauss = gauss ? to_double(gauss) : 0.0;
  rs.set_state(st);
}

void define_legacy(ModuleObject& m) {
  legacy(m, "seed", {"seed="}, [](RandomState& rs, const BoundArgs& b) {
    legacy_seed(rs, b.given(0) ? b[0] : nullptr);
    return None();
  });
  legacy(m, "get_state", {"legacy="}, [](RandomState& rs, const BoundArgs& b) -> ObjPtr {
    if (b.given(0) && !is_true(b[0])) {
      RandomState::State st = rs.get_state();
      ObjPtr tup = state_tuple(rs);
      Ref<DictObject> inner = make_dict();
      inner->set(make_str("key"), tuple_items(tup)[1]);
      inner->set(make_str("pos"), make_int(st.pos));
      Ref<DictObject> d = make_dict();
      d->set(make_str("bit_generator"), make_str("MT19937"));
      d->set(make_str("state"), ObjPtr(inner.get()));
      d->set(make_str("has_gauss"), make_int(st.has_gauss ? 1 : 0));
      d->set(make_str("gauss"), make_float(st.gauss));
      return ObjPtr(d.get());
    }
    return state_tuple(rs);
  });
  legacy(m, "set_state", {"state"}, [](RandomState& rs, const BoundArgs& b) {
    set_state_from(rs, b[0]);
    return None();
  });
  legacy(m, "rand", {"*dims"}, [](RandomState& rs, const BoundArgs& b) { return py_scalar(rs.rand(dims_of(b.varargs))); });
  legacy(m, "randn", {"*dims"}, [](RandomState& rs, const BoundArgs& b) { return py_scalar(rs.randn(dims_of(b.varargs))); });
  for (const char* name : {"random", "random_sample", "sample", "ranf"})
    legacy(m, name, {"size="}, [](RandomState& rs, const BoundArgs& b) { return sized(rs.random_sample(size_arg(b[0])), b, 0); });
  legacy(m, "standard_normal", {"size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.standard_normal(size_arg(b[0])), b, 0);
  });
  legacy(m, "normal", {"loc=", "scale=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.normal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  legacy(m, "uniform", {"low=", "high=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.uniform(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  legacy(m, "randint", {"low", "high=", "size=", "dtype="}, [](RandomState& rs, const BoundArgs& b) {
    DType t = b.given(3) ? to_dtype(b[3]) : DType::Int64;
    ArrayPtr r = rs.randint(int_bound(b[0]), b.given(1) && !is_none(b[1]) ? int_bound(b[1]) : nullptr,
                            size_arg(b[2]), t);
    if (size_given(b, 2) || r->ndim() != 0) return wrap_array(r);
    return b.given(3) ? wrap_result(r) : py_scalar(r);
  });
  legacy(m, "choice", {"a", "size=", "replace=", "p="}, [](RandomState& rs, const BoundArgs& b) {
    ArrayPtr r = rs.choice(population(b[0]), size_arg(b[1]), b.has(2) ? is_true(b[2]) : true,
                           b.given(3) && !is_none(b[3]) ? to_array(b[3], DType::Float64) : nullptr);
    return choice_result(r, b[0], b, 1);
  });
  legacy(m, "permutation", {"x"}, [](RandomState& rs, const BoundArgs& b) {
    if (is_int(b[0])) return wrap_array(rs.permutation(to_int64(b[0])));
    return wrap_array(rs.permutation(to_array(b[0])));
  });
  legacy(m, "shuffle", {"x"}, [](RandomState& rs, const BoundArgs& b) {
    if (is_list(b[0])) {
      shuffle_list(b[0], [&rs](const ArrayPtr& idx) { rs.shuffle(idx); });
      return None();
    }
    if (!is_ndarray(b[0])) raise_type_error("shuffle only supports ndarrays and lists in stridelab");
    rs.shuffle(array_of(b[0]));
    return None();
  });
  legacy(m, "poisson", {"lam=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.poisson(dist(b[0], 1.0), size_arg(b[1])), b, 1);
  });
  legacy(m, "binomial", {"n", "p", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])), b, 2);
  });
  legacy(m, "negative_binomial", {"n", "p", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.negative_binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])), b, 2);
  });
  legacy(m, "gamma", {"shape", "scale=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.gamma(dist(b[0], 0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  legacy(m, "standard_gamma", {"shape", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.standard_gamma(dist(b[0], 0), size_arg(b[1])), b, 1);
  });
  legacy(m, "standard_exponential", {"size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.standard_exponential(size_arg(b[0])), b, 0);
  });
  legacy(m, "exponential", {"scale=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.exponential(dist(b[0], 1.0), size_arg(b[1])), b, 1);
  });
  legacy(m, "lognormal", {"mean=", "sigma=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.lognormal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  legacy(m, "chisquare", {"df", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.chisquare(dist(b[0], 0), size_arg(b[1])), b, 1);
  });
  legacy(m, "beta", {"a", "b", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return sized(rs.beta(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])), b, 2);
  });
  legacy(m, "multinomial", {"n", "pvals", "size="}, [](RandomState& rs, const BoundArgs& b) {
    ArrayPtr n = array_from_scalar(Scalar::from_int(to_int64(b[0])));  // a C long parameter
    return wrap_array(random_multinomial(rs.bit_generator(), rs.binomial_cache(), n, to_array(b[1]),
                                         size_arg(b[2]), true, low_precision_pvals(b[1])));
  });
  legacy(m, "dirichlet", {"alpha", "size="}, [](RandomState& rs, const BoundArgs& b) {
    return wrap_array(legacy_dirichlet(rs, to_array(b[0]), size_arg(b[1])));
  });
  legacy(m, "bytes", {"length"}, [](RandomState& rs, const BoundArgs& b) {
    const int64_t length = to_int64(b[0]);
    return random_bytes(rs.randint(0, 4294967296LL, SizeArg(Shape{(length - 1) / 4 + 1}), DType::UInt32), length);
  });
  legacy(m, "random_integers", {"low", "high=", "size="}, [](RandomState& rs, const BoundArgs& b) {
    ObjPtr low = b[0], high = b.given(1) ? b[1] : nullptr;
    if (!high) {
      numpy_warn(ErrorType::DeprecationWarning, "This function is deprecated. Please call randint(1, " +
                                                    str(low) + " + 1) instead");
      high = low;
      low = make_int(1);
    } else {
      numpy_warn(ErrorType::DeprecationWarning, "This function is deprecated. Please call randint(" +
                                                    str(low) + ", " + str(high) +
                                                    " + 1) instead");
    }
    ArrayPtr r = rs.randint(int_bound(low), array_from_scalar(Scalar::from_int(to_int64(high) + 1)),
                            size_arg(b[2]), DType::Int64);
    return size_given(b, 2) || r->ndim() != 0 ? wrap_array(r) : wrap_result(r);  // dtype='l' given
  });
  legacy(m, "tomaxint", {"size="}, [](RandomState& rs, const BoundArgs& b) {
    ArrayPtr out = new_array(size_shape(size_arg(b[0])), DType::Int64);
    int64_t* d = reinterpret_cast<int64_t*>(out->data());
    for (int64_t i = 0; i < out->size(); ++i) d[i] = static_cast<int64_t>(rs.bit_generator().next_uint64() >> 1);
    return sized(out, b, 0);
  });
  // np.random.multivariate_normal itself is Python (py/numpy_random.py)
  auto mvn_sig = std::make_shared<Signature>("multivariate_normal",
                                             std::vector<const char*>{"mean", "cov", "size=", "check_valid=", "tol="});
  add_method(RandomStateObject::type, "multivariate_normal",
             [mvn_sig](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
               return call_mvn("_mvn_legacy", self, mvn_sig->bind(a, k));
             });
}

void init_random_state_type() {
  if (RandomStateObject::type) return;
  RandomStateObject::type = new_type("RandomState", "numpy.random");
  RandomStateObject::type->repr = [](Interpreter&, const ObjPtr&) { return make_str("RandomState(MT19937)"); };
  RandomStateObject::type->construct = [](Interpreter&, TypeObject*, PosArgs a, KwArgs k) -> ObjPtr {
    static const Signature sig("RandomState", {"seed="});
    BoundArgs b = sig.bind(a, k);
    ObjPtr obj(new RandomStateObject());
    legacy_seed(static_cast<RandomStateObject*>(obj.get())->rs, b.given(0) ? b[0] : nullptr);
    return obj;
  };
}

// ---- Generator objects ---------------------------------------------------------------------
// A Generator object draws from the bit generator object it was made from (numpy_random_bitgen.cpp):
// both hold the same core generator, so Generator(bg) and bg advance together, and
// `g.bit_generator is g.bit_generator` (the object itself is kept).
struct GeneratorObject : Object {
  static TypeObject* type;
  std::shared_ptr<Generator> gen;
  ObjPtr bitgen;
  explicit GeneratorObject(const ObjPtr& bg)
      : Object(type), gen(std::make_shared<Generator>(bitgen_shared(bg))), bitgen(bg) {}
};
TypeObject* GeneratorObject::type = nullptr;
Generator& gen(const ObjPtr& o) { return *static_cast<GeneratorObject*>(o.get())->gen; }

void gmethod(const char* name, std::vector<const char*> params,
             std::function<ObjPtr(Generator&, const BoundArgs&)> body) {
  auto sig = std::make_shared<Signature>(name, params);
  add_method(GeneratorObject::type, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    return body(gen(self), sig->bind(a, k));
  });
}

void init_generator_type() {
  if (GeneratorObject::type) return;
  init_bitgen_types();
  GeneratorObject::type = new_type("Generator", "numpy.random");
  GeneratorObject::type->repr = [](Interpreter&, const ObjPtr& self) {
    return make_str("Generator(" + bitgen_type_name(static_cast<GeneratorObject*>(self.get())->bitgen) + ")");
  };
  // Generator(bit_generator): any of numpy.random's bit generator objects
  GeneratorObject::type->construct = [](Interpreter&, TypeObject*, PosArgs a, KwArgs k) -> ObjPtr {
    if (a.size() + k.size() != 1)
      raise_type_error("__init__() takes exactly 1 positional argument (" + std::to_string(a.size()) + " given)");
    const ObjPtr& bg = a.size() ? a[0] : k[0].value;
    if (!is_bitgen_object(bg))
      raise(ErrorType::AttributeError, "'" + type_name(bg) + "' object has no attribute 'capsule'");
    return ObjPtr(new GeneratorObject(bg));
  };
  add_getset(GeneratorObject::type, "bit_generator", [](Interpreter&, const ObjPtr& self) {
    return static_cast<GeneratorObject*>(self.get())->bitgen;
  });
  add_method(GeneratorObject::type, "spawn", [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
    static const Signature sig("spawn", {"n_children"});
    ObjPtr bgs = spawn_bitgens(static_cast<GeneratorObject*>(self.get())->bitgen, sig.bind(a, k)[0]);
    std::vector<ObjPtr> out;
    for (const ObjPtr& bg : iterate(bgs)) out.push_back(ObjPtr(new GeneratorObject(bg)));
    return make_list(std::move(out));
  });
  gmethod("random", {"size=", "dtype=", "out="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.random(size_arg(b[0]), b.given(1) ? to_dtype(b[1]) : DType::Float64), b, 0);
  });
  gmethod("integers", {"low", "high=", "size=", "dtype=", "endpoint="}, [](Generator& g, const BoundArgs& b) {
    DType t = b.given(3) ? to_dtype(b[3]) : DType::Int64;
    ArrayPtr r = g.integers(int_bound(b[0]), b.given(1) && !is_none(b[1]) ? int_bound(b[1]) : nullptr,
                            size_arg(b[2]), t, b.given(4) && is_true(b[4]));
    // NumPy returns a NumPy scalar of the dtype (int64 by default) for size=None
    return size_given(b, 2) || r->ndim() != 0 ? wrap_array(r) : wrap_result(r);
  });
  gmethod("standard_normal", {"size=", "dtype=", "out="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.standard_normal(size_arg(b[0]), b.given(1) ? to_dtype(b[1]) : DType::Float64), b, 0);
  });
  gmethod("normal", {"loc=", "scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.normal(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  gmethod("uniform", {"low=", "high=", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.uniform(dist(b[0], 0.0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  gmethod("exponential", {"scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.exponential(dist(b[0], 1.0), size_arg(b[1])), b, 1);
  });
  gmethod("standard_exponential", {"size=", "dtype=", "method=", "out="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.standard_exponential(size_arg(b[0])), b, 0);
  });
  gmethod("poisson", {"lam=", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.poisson(dist(b[0], 1.0), size_arg(b[1])), b, 1);
  });
  gmethod("binomial", {"n", "p", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.binomial(dist(b[0], 0), dist(b[1], 0), size_arg(b[2])), b, 2);
  });
  gmethod("gamma", {"shape", "scale=", "size="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.gamma(dist(b[0], 0), dist(b[1], 1.0), size_arg(b[2])), b, 2);
  });
  gmethod("standard_gamma", {"shape", "size=", "dtype=", "out="}, [](Generator& g, const BoundArgs& b) {
    return sized(g.standard_gamma(dist(b[0], 0), size_arg(b[1])), b, 1);
  });
  gmethod("choice", {"a", "size=", "replace=", "p=", "axis=", "shuffle="}, [](Generator& g, const BoundArgs& b) {
    ArrayPtr r = g.choice(population(b[0]), size_arg(b[1]), b.has(2) ? is_true(b[2]) : true,
                          b.given(3) && !is_none(b[3]) ? to_array(b[3], DType::Float64) : nullptr,
                          b.given(4) ? to_int64(b[4]) : 0, b.has(5) ? is_true(b[5]) : true);
    return choice_result(r, b[0], b, 1);
  });
  gmethod("permutation", {"x", "axis="}, [](Generator& g, const BoundArgs& b) {
    if (is_int(b[0])) return wrap_array(g.permutation(to_int64(b[0])));
    return wrap_array(g.permutation(to_array(b[0]), b.given(1) ? to_int64(b[1]) : 0));
  });
  gmethod("shuffle", {"x", "axis="}, [](Generator& g, const BoundArgs& b) {
    if (is_list(b[0]) && !b.given(1)) {
      shuffle_list(b[0], [&g](const ArrayPtr& idx) { g.shuffle(idx, 0); });
      return None();
    }
    if (!is_ndarray(b[0])) raise_type_error("shuffle only supports ndarrays and lists in stridelab");
    g.shuffle(array_of(b[0]), b.given(1) ? to_int64(b[1]) : 0);
    return None();
  });
}

// The plain distributions of core/random_dist_table: one Signature per row, the same
// argument conversion for np.random.<name>, RandomState.<name> and Generator.<name>.
std::vector<std::string> dist_params(const DistSpec& d) {
  std::vector<std::string> out;
  for (const DistParamSpec& p : d.params) out.push_back(std::string(p.name) + (p.required ? "" : "="));
  out.push_back("size=");
  return out;
}
std::vector<DistArg> dist_args(const DistSpec& d, const BoundArgs& b) {
  std::vector<DistArg> args;
  for (size_t k = 0; k < d.params.size(); ++k) args.push_back(dist(b[k], d.params[k].dflt));
  return args;
}
void define_table(ModuleObject& m) {
  for (const DistSpec& d : dist_table()) {
    const DistSpec* spec = &d;
    const size_t size_i = d.params.size();
    const std::vector<std::string> names = dist_params(d);  // Signature copies them
    std::vector<const char*> params;
    for (const std::string& n : names) params.push_back(n.c_str());
    legacy(m, d.name, params, [spec, size_i](RandomState& rs, const BoundArgs& b) {
      return sized(sample_dist(rs, *spec, dist_args(*spec, b), size_arg(b[size_i])), b, size_i);
    });
    gmethod(d.name, params, [spec, size_i](Generator& g, const BoundArgs& b) {
      return sized(sample_dist(g, *spec, dist_args(*spec, b), size_arg(b[size_i])), b, size_i);
    });
  }
}

void define_generator_extras() {
  gmethod("multinomial", {"n", "pvals", "size="}, [](Generator& g, const BoundArgs& b) {
    ArrayPtr n = is_int(b[0]) ? array_from_scalar(Scalar::from_int(to_int64(b[0]))) : to_array(b[0], DType::Int64);
    return wrap_array(random_multinomial(g.bit_generator(), g.binomial_cache(), n, to_array(b[1]), size_arg(b[2]),
                                         false, low_precision_pvals(b[1])));
  });
  gmethod("dirichlet", {"alpha", "size="}, [](Generator& g, const BoundArgs& b) {
    return wrap_array(generator_dirichlet(g.bit_generator(), to_array(b[0]), size_arg(b[1])));
  });
  gmethod("bytes", {"length"}, [](Generator& g, const BoundArgs& b) {
    const int64_t length = to_int64(b[0]);
    return random_bytes(g.integers(0, 4294967296LL, SizeArg(Shape{(length - 1) / 4 + 1}), DType::UInt32), length);
  });
  gmethod("permuted", {"x", "*", "axis=", "out="}, [](Generator& g, const BoundArgs& b) {
    ArrayPtr out = b.given(2) ? (is_ndarray(b[2]) ? array_of(b[2]) : (raise_type_error("out must be a numpy array"), nullptr))
                              : nullptr;
    ArrayPtr r = g.permuted(to_array(b[0]), b.given(1) ? std::optional<int64_t>(to_int64(b[1])) : std::nullopt, out);
    return out ? b[2] : wrap_array(r);
  });
  auto mvn_sig = std::make_shared<Signature>(
      "multivariate_normal", std::vector<const char*>{"mean", "cov", "size=", "check_valid=", "tol=", "*", "method="});
  add_method(GeneratorObject::type, "multivariate_normal",
             [mvn_sig](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs k) {
               return call_mvn("_mvn_generator", self, mvn_sig->bind(a, k));
             });
}

void init_random(Interpreter&, ModuleObject& m) {
  init_numpy_types();
  init_generator_type();
  init_random_state_type();
  define_table(m);  // first: RandomState's own definitions below replace its shared rows
  define_legacy(m);
  define_generator_extras();
  def_function(m, "_runtime_warning", {"message"}, [](const BoundArgs& b) {
    numpy_warn(ErrorType::RuntimeWarning, str_value(b[0]));  // for py/numpy_random.py
    return None();
  });
  def_function(m, "default_rng", {"seed="}, [](const BoundArgs& b) {
    if (b.given(0) && b[0]->type() == GeneratorObject::type) return b[0];  // default_rng(g) is g
    if (b.given(0) && is_bitgen_object(b[0])) return ObjPtr(new GeneratorObject(b[0]));  // Generator(bg)
    return ObjPtr(new GeneratorObject(make_default_bitgen(b.given(0) ? b[0] : nullptr)));
  });
  m.set("Generator", ObjPtr(GeneratorObject::type));
  set_bitgen_names(m);
  m.set("RandomState", ObjPtr(RandomStateObject::type));
}

}  // namespace

void register_numpy_random() { register_numpy_part("numpy.random", init_random); }

}  // namespace sl
