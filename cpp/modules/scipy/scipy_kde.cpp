// scipy_kde.cpp — scipy.stats.gaussian_kde (also reachable as scipy.stats.kde.gaussian_kde,
// the deprecated spelling the tutorial uses). The arithmetic is core/kde; this file is the
// Python surface: argument conversion (atleast_2d(asarray(dataset))), bw_method dispatch
// ('scott', 'silverman', a scalar, a callable taking the kde), attributes (d, n, factor,
// covariance, dataset, weights, neff) and evaluate/__call__/pdf/integrate_box_1d/
// set_bandwidth. Weighted datasets, resample and logpdf are not provided.
#include <cstring>

#include "core/assign.hpp"
#include "core/kde.hpp"
#include "core/views.hpp"
#include "lang/module.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

enum class BwRule { Scott, Silverman, Constant, Callable };

struct KdeObject : ObjectWithDict {
  static TypeObject* type;
  KdeModel model;
  ObjPtr dataset;        // the ndarray kde.dataset (atleast_2d view of the input)
  ObjPtr factor;         // kde.factor as Python sees it
  BwRule rule = BwRule::Scott;
  ObjPtr bw_value;       // constant or callable
  KdeObject() : ObjectWithDict(type) {}
};
TypeObject* KdeObject::type = nullptr;

KdeObject* kde_of(const ObjPtr& o) { return static_cast<KdeObject*>(o.get()); }

ArrayPtr atleast_2d(const ObjPtr& o) {
  ArrayPtr a = to_array(o);
  if (a->ndim() == 0) return reshape(a, {1, 1});
  if (a->ndim() == 1) return reshape(a, {1, a->shape[0]});
  return a;
}

std::vector<double> doubles_of(const ArrayPtr& a) {
  ArrayPtr c = astype(a, DType::Float64, 'C');
  std::vector<double> v(alloc_count(c->size(), sizeof(double)));
  if (!v.empty()) std::memcpy(v.data(), c->data(), v.size() * sizeof(double));
  return v;
}

ObjPtr array_from(const std::vector<double>& v, const Shape& shape) {
  ArrayPtr a = new_array(shape, DType::Float64);
  if (!v.empty()) std::memcpy(a->data(), v.data(), v.size() * sizeof(double));
  return wrap_array(a);
}

ObjPtr f64(double x) { return make_numpy_scalar(Scalar::from_double(x)); }

void unpack2(const ArrayPtr& a, int64_t* d, int64_t* n) {
  if (a->ndim() > 2) raise_value_error("too many values to unpack (expected 2)");
  *d = a->shape[0];
  *n = a->shape[1];
}

// set_bandwidth(bw_method): picks the rule, computes factor and the covariances.
void set_bandwidth(const ObjPtr& self, const ObjPtr& bw) {
  KdeObject* k = kde_of(self);
  if (!bw || is_none(bw)) {
  } else if (is_str(bw) && str_value(bw) == "scott") {
    k->rule = BwRule::Scott;
  } else if (is_str(bw) && str_value(bw) == "silverman") {
    k->rule = BwRule::Silverman;
  } else if (!is_str(bw) && (is_number(bw) || is_numpy_scalar(bw)) && !is_ndarray(bw)) {
    k->rule = BwRule::Constant;
    k->bw_value = bw;
  } else if (is_callable(bw)) {
    k->rule = BwRule::Callable;
    k->bw_value = bw;
  } else {
    raise_value_error("`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
  }
  switch (k->rule) {
    case BwRule::Scott: k->factor = f64(kde_scotts_factor(k->model)); break;
    case BwRule::Silverman: k->factor = f64(kde_silverman_factor(k->model)); break;
    case BwRule::Constant: k->factor = k->bw_value; break;
    case BwRule::Callable: {
      std::vector<ObjPtr> a{self};
      k->factor = call(k->bw_value, a);
      break;
    }
  }
  kde_set_factor(k->model, to_double(k->factor));
}

ObjPtr evaluate(const ObjPtr& self, const ObjPtr& points_o) {
  KdeObject* k = kde_of(self);
  ArrayPtr p = atleast_2d(points_o);
  int64_t d, m;
  unpack2(p, &d, &m);
  if (d != k->model.d) {
    if (d == 1 && m == k->model.d) {
      p = reshape(p, {k->model.d, 1});
      m = 1;
    } else {
      raise_value_error("points have dimension " + std::to_string(d) + ", dataset has dimension " +
                        std::to_string(k->model.d));
    }
  }
  std::vector<double> r = kde_evaluate(k->model, doubles_of(p), m);
  return array_from(r, {m});
}

ObjPtr construct(Interpreter&, TypeObject*, PosArgs args, KwArgs kw) {
  static const Signature sig("gaussian_kde", {"dataset", "bw_method=", "weights="});
  BoundArgs b = sig.bind(args, kw);
  if (b.given(2)) raise_not_implemented("gaussian_kde: weights are not supported by stridelab");
  Ref<KdeObject> k = make_object<KdeObject>();
  ArrayPtr data = atleast_2d(b[0]);
  if (!(data->size() > 1)) raise_value_error("`dataset` input should have multiple elements.");
  int64_t d, n;
  unpack2(data, &d, &n);
  k->dataset = wrap_array(data);
  kde_set_data(k->model, doubles_of(data), d, n);
  ObjPtr self(k);
  set_bandwidth(self, b[1]);
  return self;
}

using Method = std::function<ObjPtr(const ObjPtr&, const BoundArgs&)>;
void method(TypeObject* t, const char* name, std::initializer_list<const char*> params, Method body) {
  auto sig = std::make_shared<Signature>(name, params);
  add_method(t, name, [sig, body](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs kw) {
    return body(self, sig->bind(a, kw));
  });
}

void init_type() {
  if (KdeObject::type) return;
  TypeObject* t = new_type("gaussian_kde", "scipy.stats._kde");
  t->construct = construct;
  t->call = [](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs kw) -> ObjPtr {
    static const Signature sig("evaluate", {"points"});
    return evaluate(self, sig.bind(a, kw)[0]);
  };
  method(t, "evaluate", {"points"}, [](const ObjPtr& s, const BoundArgs& b) { return evaluate(s, b[0]); });
  method(t, "pdf", {"x"}, [](const ObjPtr& s, const BoundArgs& b) { return evaluate(s, b[0]); });
  method(t, "set_bandwidth", {"bw_method="}, [](const ObjPtr& s, const BoundArgs& b) {
    set_bandwidth(s, b[0]);
    return None();
  });
  method(t, "scotts_factor", {}, [](const ObjPtr& s, const BoundArgs&) { return f64(kde_scotts_factor(kde_of(s)->model)); });
  method(t, "silverman_factor", {}, [](const ObjPtr& s, const BoundArgs&) {
    return f64(kde_silverman_factor(kde_of(s)->model));
  });
  method(t, "covariance_factor", {}, [](const ObjPtr& s, const BoundArgs&) -> ObjPtr {
    KdeObject* k = kde_of(s);
    switch (k->rule) {
      case BwRule::Scott: return f64(kde_scotts_factor(k->model));
      case BwRule::Silverman: return f64(kde_silverman_factor(k->model));
      case BwRule::Constant: return k->bw_value;
      case BwRule::Callable: {
        std::vector<ObjPtr> a{s};
        return call(k->bw_value, a);
      }
    }
    return None();
  });
  method(t, "integrate_box_1d", {"low", "high"}, [](const ObjPtr& s, const BoundArgs& b) {
    return f64(kde_integrate_box_1d(kde_of(s)->model, to_double(b[0]), to_double(b[1])));
  });
  add_getset(t, "d", [](Interpreter&, const ObjPtr& s) { return make_int(kde_of(s)->model.d); });
  add_getset(t, "n", [](Interpreter&, const ObjPtr& s) { return make_int(kde_of(s)->model.n); });
  add_getset(t, "factor", [](Interpreter&, const ObjPtr& s) { return kde_of(s)->factor; });
  add_getset(t, "neff", [](Interpreter&, const ObjPtr& s) { return f64(kde_of(s)->model.neff); });
  add_getset(t, "dataset", [](Interpreter&, const ObjPtr& s) { return kde_of(s)->dataset; });
  add_getset(t, "covariance", [](Interpreter&, const ObjPtr& s) {
    const KdeModel& m = kde_of(s)->model;
    return array_from(m.covariance, {m.d, m.d});
  });
  add_getset(t, "weights", [](Interpreter&, const ObjPtr& s) {
    const KdeModel& m = kde_of(s)->model;
    return array_from(m.weights, {m.n});
  });
  KdeObject::type = t;
}

void init_kde_part(Interpreter&, ModuleObject& m) {
  init_numpy_types();
  init_type();
  m.set("gaussian_kde", ObjPtr(KdeObject::type));
}

}  // namespace

void register_scipy_kde() {
  register_numpy_part("scipy.stats", init_kde_part);
  register_numpy_part("scipy.stats.kde", init_kde_part);
}

}  // namespace sl
