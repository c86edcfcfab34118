// numpy_reduce.cpp — reductions exposed both as numpy functions (np.sum(a, axis=...)) and
// as ndarray methods (a.sum(axis=...)), with NumPy's keyword names: sum prod mean std var
// min max amin amax argmin argmax all any cumsum cumprod ptp count_nonzero median
// percentile quantile. One table drives both spellings.
#include "core/reduce.hpp"
#include "core/stats.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"
#include "modules/numpy/ops_log.hpp"
#include "modules/numpy/numpy_reduce_args.hpp"

namespace sl {
namespace {
using namespace reduce_args;

struct Reduction {
  const char* name;
  const char* method_name;  // the Python function behind ndarray.<name> (_methods._sum, ...)
  std::vector<const char*> params;  // after the array argument
  std::function<ObjPtr(const ArrayPtr&, const BoundArgs&)> body;  // b[0] is the array
};

std::vector<Reduction> reductions() {
  using B = const BoundArgs&;
  return {
      {"sum", "_sum", {"axis=", "dtype=", "out=", "keepdims=", "initial=", "where="},
       [](const ArrayPtr& a, B b) { return result(sum(a, ufunc_axes(a, b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), initial_of(b, 5), where_of(b, 6)), b[3]); }},
      {"prod", "_prod", {"axis=", "dtype=", "out=", "keepdims=", "initial=", "where="},
       [](const ArrayPtr& a, B b) { return result(prod(a, ufunc_axes(a, b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), initial_of(b, 5), where_of(b, 6)), b[3]); }},
      {"mean", "_mean", {"axis=", "dtype=", "out=", "keepdims=", "*", "where="},
       [](const ArrayPtr& a, B b) { return result(mean(a, axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), where_of(b, 5)), b[3]); }},
      {"var", "_var", {"axis=", "dtype=", "out=", "ddof=", "keepdims=", "*", "where="},
       [](const ArrayPtr& a, B b) {
         return result(var(a, axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), b.given(4) ? to_double(b[4]) : 0, flag(b, 5), where_of(b, 6)), b[3]);
       }},
      {"std", "_std", {"axis=", "dtype=", "out=", "ddof=", "keepdims=", "*", "where="},
       [](const ArrayPtr& a, B b) {
         return result(std_(a, axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), b.given(4) ? to_double(b[4]) : 0, flag(b, 5), where_of(b, 6)), b[3]);
       }},
      {"max", "_amax", {"axis=", "out=", "keepdims=", "initial=", "where="},
       [](const ArrayPtr& a, B b) { return result(amax(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), initial_of(b, 4), where_of(b, 5)), b[2]); }},
      {"min", "_amin", {"axis=", "out=", "keepdims=", "initial=", "where="},
       [](const ArrayPtr& a, B b) { return result(amin(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), initial_of(b, 4), where_of(b, 5)), b[2]); }},
      {"all", "_all", {"axis=", "out=", "keepdims=", "*", "where="},
       [](const ArrayPtr& a, B b) { return result(all(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), where_of(b, 4)), b[2]); }},
      {"any", "_any", {"axis=", "out=", "keepdims=", "*", "where="},
       [](const ArrayPtr& a, B b) { return result(any(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), where_of(b, 4)), b[2]); }},
      {"ptp", "_ptp", {"axis=", "out=", "keepdims="},
       [](const ArrayPtr& a, B b) { return result(ptp(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3)), b[2]); }},
      {"argmax", "argmax", {"axis=", "out=", "*", "keepdims="},
       [](const ArrayPtr& a, B b) { return result(argmax(a, one_axis(b[1]), out_of(b[2]), flag(b, 3)), b[2]); }},
      {"argmin", "argmin", {"axis=", "out=", "*", "keepdims="},
       [](const ArrayPtr& a, B b) { return result(argmin(a, one_axis(b[1]), out_of(b[2]), flag(b, 3)), b[2]); }},
      {"cumsum", "cumsum", {"axis=", "dtype=", "out="},
       [](const ArrayPtr& a, B b) { return result(cumsum(a, one_axis(b[1]), to_optional_dtype(b[2]), out_of(b[3])), b[3]); }},
      {"cumprod", "cumprod", {"axis=", "dtype=", "out="},
       [](const ArrayPtr& a, B b) { return result(cumprod(a, one_axis(b[1]), to_optional_dtype(b[2]), out_of(b[3])), b[3]); }},
  };
}

// np.func(a, ...) and a.func(...) from one table entry.
void define_reduction(ModuleObject& m, const Reduction& r) {
  std::vector<const char*> fparams{"a"};
  fparams.insert(fparams.end(), r.params.begin(), r.params.end());
  auto fsig = std::make_shared<Signature>(r.name, fparams);
  auto body = r.body;
  const std::string name = r.name;
  // b[1] is the axis argument of every reduction in the table (logged for the visualizers)
  m.add_function(r.name, [fsig, body, name](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
    BoundArgs b = fsig->bind(args, kw);
    ArrayPtr a = to_array(b[0]);
    return logged_reduce(name, a, b.given(1) ? b[1] : nullptr, [&] { return body(a, b); });
  });
  std::vector<const char*> mparams{"self"};
  mparams.insert(mparams.end(), r.params.begin(), r.params.end());
  auto msig = std::make_shared<Signature>(r.method_name, mparams);
  if (!type_lookup(ndarray_type, r.name))
    add_method(ndarray_type, r.name, [msig, body, name](Interpreter&, const ObjPtr& self, PosArgs args, KwArgs kw) {
      std::vector<ObjPtr> all{self};
      all.insert(all.end(), args.begin(), args.end());
      BoundArgs b = msig->bind(PosArgs(all), kw);
      return logged_reduce(name, array_of(self), b.given(1) ? b[1] : nullptr, [&] { return body(array_of(self), b); });
    });
}

void init_reduce_module(Interpreter&, ModuleObject& m) {
  for (const Reduction& r : reductions()) define_reduction(m, r);
  m.set("amax", m.get("max"));
  m.set("amin", m.get("min"));
  static const Signature cnz("count_nonzero", {"a", "axis=", "*", "keepdims="});
  m.add_function("count_nonzero", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) -> ObjPtr {
    BoundArgs b = cnz.bind(args, kw);
    ArrayPtr a = to_array(b[0]);
    ArrayPtr r = count_nonzero(a, ufunc_axes(a, b[1]), flag(b, 2));
    if (r->ndim() == 0) return make_int(r->item0().as_int64());  // NumPy returns a Python int
    return wrap_array(r);
  });
  static const Signature med("median", {"a", "axis=", "out=", "overwrite_input=", "keepdims="});
  m.add_function("median", [](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
    BoundArgs b = med.bind(args, kw);
    return result(median(to_array(b[0]), axes_of(b[1]), out_of(b[2]), flag(b, 4)), b[2]);
  });
  auto q = [&m](const char* name, bool percent) {
    auto sig = std::make_shared<Signature>(name, std::initializer_list<const char*>{
        "a", "q", "axis=", "out=", "overwrite_input=", "method=", "keepdims=", "*", "interpolation="});
    m.add_function(name, [sig, percent](Interpreter&, const ObjPtr&, PosArgs args, KwArgs kw) {
      BoundArgs b = sig->bind(args, kw);
      std::string method = b.given(5) ? to_str(b[5], "method") : "linear";
      ArrayPtr a = to_array(b[0]);
      Operand qq = operand_arg(b[1]);
      ArrayPtr r = percent ? percentile(a, qq, axes_of(b[2]), out_of(b[3]), flag(b, 6), method)
                           : quantile(a, qq, axes_of(b[2]), out_of(b[3]), flag(b, 6), method);
      return result(r, b[3]);
    });
  };
  q("percentile", true);
  q("quantile", false);
}

}  // namespace

void register_numpy_reductions() { register_numpy_part("numpy", init_reduce_module); }

}  // namespace sl
