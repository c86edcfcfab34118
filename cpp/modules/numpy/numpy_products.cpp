// numpy_products.cpp — argument conversion for np.tensordot, np.inner, np.vdot, np.kron,
// np.cross, np.einsum (string and sublist forms, optimize= through the einsum_path plan with
// tensordot for BLAS-able pairs, exactly as numpy's einsum does) and np.einsum_path. The
// arithmetic is core's (tensor_products, einsum, einsum_path).
#include "core/assign.hpp"
#include "core/einsum.hpp"
#include "core/einsum_path.hpp"
#include "core/tensor_products.hpp"
#include "core/views.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"

namespace sl {
namespace {

constexpr auto def = def_function;

std::vector<int64_t> int_list(const ObjPtr& o) {
  if (is_int(o) || is_numpy_scalar(o)) return {to_int64(o)};
  std::vector<int64_t> v;
  for (const ObjPtr& x : iterate(o)) v.push_back(to_int64(x));
  return v;
}

ObjPtr tensordot_impl(const BoundArgs& b) {
  ArrayPtr a = to_array(b[0]), c = to_array(b[1]);
  if (!b.has(2)) return wrap_array(tensordot(a, c, 2));
  const ObjPtr& axes = b[2];
  if (is_int(axes) || is_numpy_scalar(axes)) return wrap_array(tensordot(a, c, to_int64(axes)));
  std::vector<ObjPtr> two = iterate(axes);
  if (two.size() != 2) raise_value_error("too many values to unpack (expected 2)");
  return wrap_array(tensordot(a, c, int_list(two[0]), int_list(two[1])));
}

// ---- einsum -------------------------------------------------------------------------------

const char* const kSymbols = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

// c_einsum's einsum_list_to_subscripts
std::string sublist_subscripts(const ObjPtr& list) {
  std::string s;
  bool ellipsis = false;
  for (const ObjPtr& item : iterate(list)) {
    if (item.get() == Ellipsis().get()) {
      if (ellipsis) raise_value_error("each subscripts list may have only one ellipsis");
      s += "...";
      ellipsis = true;
      continue;
    }
    if (!has_index(item) || is_float(item)) raise_type_error("each subscript must be either an integer or an ellipsis");
    const int64_t v = to_int64(item);
    if (v < 0 || v >= 52) raise_value_error("subscript is not within the valid range [0, 52)");
    s += kSymbols[v];
  }
  return s;
}

struct EinsumArgs {
  std::string subscripts;
  std::vector<ArrayPtr> operands;
};

EinsumArgs einsum_args(const std::vector<ObjPtr>& args) {
  EinsumArgs e;
  if (args.empty())
    raise_value_error("must specify the einstein sum subscripts string and at least one operand, or at least one operand "
                      "and its corresponding subscripts list");
  if (is_str(args[0])) {
    for (unsigned char c : str_value(args[0]))
      if (c >= 128) raise_value_error("'ascii' codec can't encode the einsum subscripts: ordinal not in range(128)");
    e.subscripts = str_value(args[0]);
    for (size_t i = 1; i < args.size(); ++i) e.operands.push_back(to_array(args[i]));
    return e;
  }
  const size_t nop = args.size() / 2;
  if (nop == 0) raise_value_error("must provide at least an operand and a subscripts list to einsum");
  for (size_t i = 0; i < nop; ++i) {
    e.operands.push_back(to_array(args[2 * i]));
    if (i) e.subscripts += ",";
    e.subscripts += sublist_subscripts(args[2 * i + 1]);
  }
  if (args.size() != 2 * nop) e.subscripts += "->" + sublist_subscripts(args[2 * nop]);
  return e;
}

EinsumPathSpec path_spec(const ObjPtr& o) {
  EinsumPathSpec s;
  if (!o || is_none(o) || (is_bool(o) && !is_true(o))) {
    s.kind = EinsumPathSpec::None;
    return s;
  }
  if (is_bool(o)) return s;  // True: greedy
  auto named = [](const std::string& n, EinsumPathSpec& spec) {
    if (n == "greedy") spec.kind = EinsumPathSpec::Greedy;
    else if (n == "optimal") spec.kind = EinsumPathSpec::Optimal;
    else {
      spec.kind = EinsumPathSpec::Unknown;
      spec.name = n;
    }
  };
  if (is_str(o)) {
    named(str_value(o), s);
    return s;
  }
  if (is_sequence(o)) {
    const std::vector<ObjPtr>& items = sequence_items(o);
    if (!items.empty() && is_str(items[0]) && str_value(items[0]) == "einsum_path") {
      s.kind = EinsumPathSpec::Explicit;
      for (size_t i = 1; i < items.size(); ++i) {
        std::vector<int64_t> t;
        for (const ObjPtr& x : iterate(items[i])) t.push_back(to_int64(x));
        s.explicit_path.push_back(t);
      }
      return s;
    }
    if (items.size() == 2 && is_str(items[0]) && (is_int(items[1]) || is_float(items[1]))) {
      s.memory_limit = static_cast<int64_t>(to_double(items[1]));
      named(str_value(items[0]), s);
      return s;
    }
  }
  raise_type_error("Did not understand the path: " + str(o));
}

// einsum_plan, with NumPy's KeyError(('Path name %s not found', name)) for an unknown path.
EinsumPlan plan_of(const std::string& subscripts, const std::vector<Shape>& shapes, const EinsumPathSpec& spec) {
  try {
    return einsum_plan(subscripts, shapes, spec);
  } catch (const PyError& e) {
    const size_t sep = e.message.find('\x1f');
    if (e.type != ErrorType::KeyError || sep == std::string::npos) throw;
    throw_exception(make_exception(exception_type(ErrorType::KeyError),
                                   {make_tuple({make_str(e.message.substr(0, sep)), make_str(e.message.substr(sep + 1))})}));
  }
}

EinsumOptions einsum_options(const std::vector<KwArg>& kw, ObjPtr* out_o) {
  EinsumOptions o;
  for (const KwArg& k : kw) {
    if (k.name == "out") {
      if (is_none(k.value)) continue;
      if (!is_ndarray(k.value)) raise_type_error("out must be an array");
      o.out = array_of(k.value);
      *out_o = k.value;
    } else if (k.name == "dtype") {
      o.dtype = to_optional_dtype(k.value);
    } else if (k.name == "order") {
      const std::string s = is_none(k.value) ? "K" : to_str(k.value, "order");
      o.order = s.empty() ? 'K' : static_cast<char>(toupper(static_cast<unsigned char>(s[0])));
    } else if (k.name == "casting") {
      static const char* const names[] = {"no", "equiv", "safe", "same_kind", "unsafe"};
      const std::string& s = to_str(k.value, "casting");
      bool ok = false;
      for (int c = 0; c < 5; ++c)
        if (s == names[c]) {
          o.casting = static_cast<Casting>(c);
          ok = true;
        }
      if (!ok) raise_value_error("casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'");
    } else {
      raise_type_error("'" + k.name + "' is an invalid keyword argument for this function");
    }
  }
  return o;
}

ObjPtr einsum_impl(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  ObjPtr optimize;
  std::vector<KwArg> kw;
  for (const KwArg& k : kwargs) {
    if (k.name == "optimize") optimize = k.value;
    else kw.push_back(k);
  }
  EinsumArgs e = einsum_args(std::vector<ObjPtr>(args.begin(), args.end()));
  ObjPtr out_o;
  if (!optimize || (is_bool(optimize) && !is_true(optimize))) {
    EinsumOptions o = einsum_options(kw, &out_o);
    ArrayPtr r = c_einsum(e.subscripts, e.operands, o);
    if (o.out) return out_o;
    return wrap_result(r);
  }
  for (const KwArg& k : kw)
    if (k.name != "dtype" && k.name != "order" && k.name != "casting" && k.name != "out")
      raise_type_error("Did not understand the following kwargs: ['" + k.name + "']");
  EinsumOptions o = einsum_options(kw, &out_o);
  std::vector<Shape> shapes;
  for (const ArrayPtr& a : e.operands) shapes.push_back(a->shape);
  const EinsumPlan plan = plan_of(e.subscripts, shapes, path_spec(optimize));
  char output_order = o.order;
  if (output_order == 'A') {
    bool all_f = true;
    for (const ArrayPtr& a : e.operands) all_f = all_f && a->is_f_contiguous();
    output_order = all_f ? 'F' : 'C';
  }
  EinsumOptions step;  // c_einsum's kwargs inside the loop: dtype and casting (order was popped)
  step.dtype = o.dtype;
  step.casting = o.casting;
  std::vector<ArrayPtr> ops = e.operands;
  for (size_t num = 0; num < plan.contractions.size(); ++num) {
    const EinsumContraction& c = plan.contractions[num];
    std::vector<ArrayPtr> tmp;
    for (int64_t x : c.inds) {
      tmp.push_back(ops[static_cast<size_t>(x)]);
      ops.erase(ops.begin() + x);
    }
    const bool handle_out = o.out && num + 1 == plan.contractions.size();
    EinsumOptions opts = step;
    if (handle_out) opts.out = o.out;
    ArrayPtr view;
    if (c.blas) {
      const size_t arrow = c.einsum_str.find("->");
      const std::string input_str = c.einsum_str.substr(0, arrow), results_index = c.einsum_str.substr(arrow + 2);
      const size_t comma = input_str.find(',');
      const std::string left = input_str.substr(0, comma), right = input_str.substr(comma + 1);
      std::string tensor_result;
      for (char ch : left + right)
        if (c.idx_removed.find(ch) == std::string::npos) tensor_result += ch;
      std::vector<int64_t> lpos, rpos;
      for (char ch : c.idx_removed) {  // sorted
        lpos.push_back(static_cast<int64_t>(left.find(ch)));
        rpos.push_back(static_cast<int64_t>(right.find(ch)));
      }
      view = tensordot(tmp[0], tmp[1], lpos, rpos);
      if (tensor_result != results_index || handle_out) {
        view = c_einsum(tensor_result + "->" + results_index, {view}, opts);
        if (view->ndim() == 0 && view != o.out) view = copy_array(view, 'K');  // a scalar in NumPy
      }
    } else {
      view = c_einsum(c.einsum_str, tmp, opts);
      if (view->ndim() == 0 && view != o.out) view = copy_array(view, 'K');  // c_einsum returned a scalar
    }
    ops.push_back(view);
  }
  if (o.out) return out_o;
  ArrayPtr r = ops[0];
  if ((output_order == 'C' && !r->is_c_contiguous()) || (output_order == 'F' && !r->is_f_contiguous()))
    r = copy_array(r, output_order);
  return wrap_array(r);  // np.asanyarray: a 0-d result stays an array
}

ObjPtr einsum_path_impl(Interpreter&, const ObjPtr&, PosArgs args, KwArgs kwargs) {
  ObjPtr optimize = make_str("greedy");
  for (const KwArg& k : kwargs) {
    if (k.name == "optimize") optimize = k.value;
    else if (k.name != "einsum_call") raise_type_error("einsum_path() got an unexpected keyword argument '" + k.name + "'");
  }
  EinsumPathSpec spec = path_spec(optimize);
  std::vector<ObjPtr> a(args.begin(), args.end());
  std::string subscripts;
  std::vector<Shape> shapes;
  if (a.empty()) raise_value_error("No input operands");
  if (is_str(a[0])) {
    subscripts = str_value(a[0]);
    for (size_t i = 1; i < a.size(); ++i) shapes.push_back(to_array(a[i])->shape);
  } else {
    EinsumArgs e = einsum_args(a);
    subscripts = e.subscripts;
    for (const ArrayPtr& x : e.operands) shapes.push_back(x->shape);
  }
  const EinsumPlan plan = plan_of(subscripts, shapes, spec);
  std::vector<ObjPtr> path{make_str("einsum_path")};
  for (const auto& t : plan.path) path.push_back(make_shape_tuple(t));
  return make_tuple({make_list(std::move(path)), make_str(plan.report)});
}

void init_products(Interpreter&, ModuleObject& m) {
  def(m, "tensordot", {"a", "b", "axes="}, tensordot_impl);
  def(m, "inner", {"a", "b", "/"}, [](const BoundArgs& b) { return wrap_result(inner(to_array(b[0]), to_array(b[1]))); });
  def(m, "vdot", {"a", "b", "/"}, [](const BoundArgs& b) { return wrap_result(vdot(to_array(b[0]), to_array(b[1]))); });
  def(m, "kron", {"a", "b"}, [](const BoundArgs& b) { return wrap_result(kron(to_array(b[0]), to_array(b[1]))); });
  def(m, "cross", {"a", "b", "axisa=", "axisb=", "axisc=", "axis="}, [](const BoundArgs& b) {
    int64_t axa = b.given(2) ? to_int64(b[2]) : -1, axb = b.given(3) ? to_int64(b[3]) : -1, axc = b.given(4) ? to_int64(b[4]) : -1;
    if (b.given(5)) axa = axb = axc = to_int64(b[5]);
    bool dep = false;
    ArrayPtr r = cross(to_array(b[0]), to_array(b[1]), axa, axb, axc, &dep);
    if (dep)
      write_stderr("DeprecationWarning: Arrays of 2-dimensional vectors are deprecated. Use arrays of 3-dimensional vectors "
                   "instead. (deprecated in NumPy 2.0)\n");
    return wrap_array(r);
  });
  m.add_function("einsum", einsum_impl);
  m.add_function("einsum_path", einsum_path_impl);
}

}  // namespace

void register_numpy_products() { register_numpy_part("numpy", init_products); }

}  // namespace sl
