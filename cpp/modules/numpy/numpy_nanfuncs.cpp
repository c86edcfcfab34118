// numpy_nanfuncs.cpp — np.nansum nanprod nanmin nanmax nanargmin nanargmax nancumsum
// nancumprod nanmean nanvar nanstd nanmedian nanpercentile nanquantile, with NumPy 2's
// signatures (kernels in core/nan_reduce and core/stats).
#include "core/nan_reduce.hpp"
#include "core/stats.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_ops.hpp"
#include "modules/numpy/numpy_reduce_args.hpp"

namespace sl {
namespace {
using namespace reduce_args;

void init_nanfuncs(Interpreter&, ModuleObject& m) {
  def_function(m, "nansum", {"a", "axis=", "dtype=", "out=", "keepdims=", "initial=", "where="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    return result(nansum(a, ufunc_axes(a, b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), initial_of(b, 5), where_of(b, 6)), b[3]);
  });
  def_function(m, "nanprod", {"a", "axis=", "dtype=", "out=", "keepdims=", "initial=", "where="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    return result(nanprod(a, ufunc_axes(a, b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), initial_of(b, 5), where_of(b, 6)), b[3]);
  });
  def_function(m, "nanmax", {"a", "axis=", "out=", "keepdims=", "initial=", "where="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    return result(nanmax(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), initial_of(b, 4), where_of(b, 5)), b[2]);
  });
  def_function(m, "nanmin", {"a", "axis=", "out=", "keepdims=", "initial=", "where="}, [](const BoundArgs& b) {
    ArrayPtr a = to_array(b[0]);
    return result(nanmin(a, ufunc_axes(a, b[1]), out_of(b[2]), flag(b, 3), initial_of(b, 4), where_of(b, 5)), b[2]);
  });
  def_function(m, "nanargmax", {"a", "axis=", "out=", "*", "keepdims="}, [](const BoundArgs& b) {
    return result(nanargmax(to_array(b[0]), one_axis(b[1]), out_of(b[2]), flag(b, 3)), b[2]);
  });
  def_function(m, "nanargmin", {"a", "axis=", "out=", "*", "keepdims="}, [](const BoundArgs& b) {
    return result(nanargmin(to_array(b[0]), one_axis(b[1]), out_of(b[2]), flag(b, 3)), b[2]);
  });
  def_function(m, "nancumsum", {"a", "axis=", "dtype=", "out="}, [](const BoundArgs& b) {
    return result(nancumsum(to_array(b[0]), one_axis(b[1]), to_optional_dtype(b[2]), out_of(b[3])), b[3]);
  });
  def_function(m, "nancumprod", {"a", "axis=", "dtype=", "out="}, [](const BoundArgs& b) {
    return result(nancumprod(to_array(b[0]), one_axis(b[1]), to_optional_dtype(b[2]), out_of(b[3])), b[3]);
  });
  def_function(m, "nanmean", {"a", "axis=", "dtype=", "out=", "keepdims=", "*", "where="}, [](const BoundArgs& b) {
    return result(nanmean(to_array(b[0]), axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), flag(b, 4), where_of(b, 5)), b[3]);
  });
  def_function(m, "nanvar", {"a", "axis=", "dtype=", "out=", "ddof=", "keepdims=", "*", "where=", "mean=", "correction="},
               [](const BoundArgs& b) {
    const double ddof = b.given(4) ? to_double(b[4]) : (b.given(8) ? to_double(b[8]) : 0);
    return result(nanvar(to_array(b[0]), axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), ddof, flag(b, 5), where_of(b, 6)), b[3]);
  });
  def_function(m, "nanstd", {"a", "axis=", "dtype=", "out=", "ddof=", "keepdims=", "*", "where=", "mean=", "correction="},
               [](const BoundArgs& b) {
    const double ddof = b.given(4) ? to_double(b[4]) : (b.given(8) ? to_double(b[8]) : 0);
    return result(nanstd(to_array(b[0]), axes_of(b[1]), to_optional_dtype(b[2]), out_of(b[3]), ddof, flag(b, 5), where_of(b, 6)), b[3]);
  });
  def_function(m, "nanmedian", {"a", "axis=", "out=", "overwrite_input=", "keepdims="}, [](const BoundArgs& b) {
    return result(nanmedian(to_array(b[0]), axes_of(b[1]), out_of(b[2]), flag(b, 4)), b[2]);
  });
  for (bool percent : {true, false}) {
    const char* name = percent ? "nanpercentile" : "nanquantile";
    def_function(m, name, {"a", "q", "axis=", "out=", "overwrite_input=", "method=", "keepdims=", "*", "weights=", "interpolation="},
                 [percent](const BoundArgs& b) {
      std::string method = b.given(5) ? to_str(b[5], "method") : "linear";
      ArrayPtr a = to_array(b[0]);
      Operand q = operand_arg(b[1]);
      ArrayPtr r = percent ? nanpercentile(a, q, axes_of(b[2]), out_of(b[3]), flag(b, 6), method)
                           : nanquantile(a, q, axes_of(b[2]), out_of(b[3]), flag(b, 6), method);
      return result(r, b[3]);
    });
  }
}

}  // namespace

void register_numpy_nanfuncs() { register_numpy_part("numpy", init_nanfuncs); }

}  // namespace sl
