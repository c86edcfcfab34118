// numpy_histogram.cpp — np.bincount, np.digitize, np.histogram, np.histogram_bin_edges,
// np.histogram2d, np.histogramdd: what the bins= / range= objects mean (an int, a rule
// name, a sequence of edges; a 2-sequence of Python or NumPy scalars) and NumPy's return
// shapes (tuples, a list of edges for histogramdd). Kernels: core/histogram.
#include "core/histogram.hpp"
#include "modules/numpy/numpy_module.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/numpy/numpy_ops.hpp"

namespace sl {
namespace {

bool is_integer_scalar(const ObjPtr& o) {
  if (is_bool(o) || is_int(o)) return true;
  if (is_numpy_scalar(o)) return !dtype_is_float(static_cast<ScalarObject*>(o.get())->value.dtype);
  if (is_ndarray(o)) return array_of(o)->ndim() == 0 && !dtype_is_float(array_of(o)->dtype);
  return false;
}
bool is_zero_dim(const ObjPtr& o) {
  if (is_bool(o) || is_int(o) || is_float(o) || is_numpy_scalar(o)) return true;
  return is_ndarray(o) && array_of(o)->ndim() == 0;
}

// np.histogram's bins=: a rule name, an integer (np.ndim(bins) == 0), or the edges.
HistBins bins_arg(const ObjPtr& o) {
  HistBins b;
  if (!o) return b;
  if (is_str(o)) {
    b.kind = HistBins::Kind::Rule;
    b.rule = str_value(o);
    return b;
  }
  if (is_zero_dim(o)) {
    if (!is_integer_scalar(o)) raise_type_error("`bins` must be an integer, a string, or an array");
    b.count = to_int64(is_ndarray(o) ? wrap_result(array_of(o)) : o);
    return b;
  }
  b.kind = HistBins::Kind::Edges;
  b.edges = to_array(o);
  return b;
}

Operand bound_arg(const ObjPtr& o) {
  if (is_ndarray(o)) return Operand::of(array_of(o));
  return operand_arg(o);
}

// range=: None, or `first_edge, last_edge = range`.
HistRange range_arg(const ObjPtr& o) {
  if (!o || is_none(o)) return std::nullopt;
  std::vector<ObjPtr> items = iterate(o);
  if (items.size() > 2) raise_value_error("too many values to unpack (expected 2)");
  if (items.size() < 2)
    raise_value_error("not enough values to unpack (expected 2, got " + std::to_string(items.size()) + ")");
  return std::make_pair(bound_arg(items[0]), bound_arg(items[1]));
}

ArrayPtr optional_array(const ObjPtr& o) {
  if (!o || is_none(o)) return nullptr;
  return to_array(o);
}

ObjPtr histogramdd_call(const std::vector<ArrayPtr>& sample, const ObjPtr& bins_o, const ObjPtr& range_o,
                        bool density, const ObjPtr& weights_o) {
  const size_t D = sample.size();
  std::vector<HistBins> bins;
  if (bins_o && (is_sequence(bins_o) || (is_ndarray(bins_o) && array_of(bins_o)->ndim() > 0))) {
    std::vector<ObjPtr> items = iterate(bins_o);
    if (items.size() != D) raise_value_error("The dimension of bins must be equal to the dimension of the sample x.");
    for (size_t i = 0; i < D; ++i) {
      HistBins b;
      if (is_zero_dim(items[i])) {
        if (!is_integer_scalar(items[i]) && to_double(items[i]) >= 1)
          raise_type_error("`bins[" + std::to_string(i) + "]` must be an integer, when a scalar");
        b.count = is_integer_scalar(items[i]) ? to_int64(items[i]) : 0;
      } else {
        b.kind = HistBins::Kind::Edges;
        b.edges = to_array(items[i]);
      }
      bins.push_back(b);
    }
  } else {
    HistBins b;
    if (bins_o) {
      if (!is_integer_scalar(bins_o)) raise_type_error("`bins[0]` must be an integer, when a scalar");
      b.count = to_int64(bins_o);
    }
    bins.assign(D, b);
  }
  std::vector<HistRange> ranges(D);
  if (range_o && !is_none(range_o)) {
    std::vector<ObjPtr> items = iterate(range_o);
    if (items.size() != D) raise_value_error("range argument must have one entry per dimension");
    for (size_t i = 0; i < D; ++i) ranges[i] = range_arg(items[i]);
  }
  HistogramDDResult r = histogramdd(sample, bins, ranges, density, optional_array(weights_o));
  std::vector<ObjPtr> edges;
  for (const ArrayPtr& e : r.edges) edges.push_back(wrap_array(e));
  return make_tuple({wrap_array(r.hist), make_list(std::move(edges))});
}

void init_histogram(Interpreter&, ModuleObject& m) {
  def_function(m, "bincount", {"x", "/", "weights=", "minlength="}, [](const BoundArgs& b) {
    // an array must cast safely to intp; other sequences convert by value (like np.array(x, intp))
    ArrayPtr x = is_ndarray(b[0]) ? array_of(b[0]) : to_array(b[0], DType::Int64);
    return wrap_array(bincount(x, optional_array(b[1]), b.given(2) ? to_int64(b[2]) : 0));
  });
  def_function(m, "digitize", {"x", "bins", "right="}, [](const BoundArgs& b) {
    return wrap_result(digitize(to_array(b[0]), to_array(b[1]), b.given(2) && is_true(b[2])));
  });
  def_function(m, "histogram", {"a", "bins=", "range=", "density=", "weights="}, [](const BoundArgs& b) {
    HistogramResult r = histogram(to_array(b[0]), bins_arg(b[1]), range_arg(b[2]), b.given(3) && is_true(b[3]),
                                  optional_array(b[4]));
    return make_tuple({wrap_array(r.counts), wrap_array(r.edges)});
  });
  def_function(m, "histogram_bin_edges", {"a", "bins=", "range=", "weights="}, [](const BoundArgs& b) {
    return wrap_array(histogram_bin_edges(to_array(b[0]), bins_arg(b[1]), range_arg(b[2]), optional_array(b[3])));
  });
  def_function(m, "histogramdd", {"sample", "bins=", "range=", "density=", "weights="}, [](const BoundArgs& b) {
    std::vector<ArrayPtr> cols;
    if (is_ndarray(b[0])) {
      ArrayPtr s = array_of(b[0]);
      if (s->ndim() != 2) raise_value_error("sample must be a 2-d array or a sequence of 1-d arrays");
      for (int64_t i = 0; i < s->shape[1]; ++i)
        cols.push_back(basic_index(s, {BasicIndex::make_slice({}), BasicIndex::make_int(i)}));
    } else {
      for (const ObjPtr& c : iterate(b[0])) cols.push_back(to_array(c));
    }
    return histogramdd_call(cols, b[1], b[2], b.given(3) && is_true(b[3]), b[4]);
  });
  def_function(m, "histogram2d", {"x", "y", "bins=", "range=", "density=", "weights="}, [](const BoundArgs& b) {
    ArrayPtr x = to_array(b[0]), y = to_array(b[1]);
    if (x->size() != y->size()) raise_value_error("x and y must have the same length.");
    ObjPtr bins = b[2];
    // try: N = len(bins); if N != 1 and N != 2: xedges = yedges = asarray(bins)
    if (bins && (is_sequence(bins) || is_ndarray(bins)) && !is_zero_dim(bins)) {
      const size_t n = iterate(bins).size();
      if (n != 1 && n != 2) bins = make_list({bins, bins});
    }
    ObjPtr r = histogramdd_call({x, y}, bins, b[3], b.given(4) && is_true(b[4]), b[5]);
    const ObjPtr& edges = tuple_items(r)[1];
    std::vector<ObjPtr> e = iterate(edges);
    return make_tuple({tuple_items(r)[0], e[0], e[1]});
  });
}

}  // namespace

void register_numpy_histogram() { register_numpy_part("numpy", init_histogram); }

}  // namespace sl
