// pyplot_axes.cpp — the plotting operations of an Axes, shared by the Axes methods
// (ax.plot, ax.set_xlim, ...) and the pyplot functions that act on the current axes
// (plt.plot, plt.xlim, ...): argument handling as matplotlib 3.6 does it (plot's
// [x], y, [fmt] groups, format strings, colour cycle, hist = np.histogram + bars, bar
// alignment, imshow extent/vmin/vmax), and the values they return.
#include <cmath>
#include <cstring>
#include <map>

#include "core/assign.hpp"
#include "core/views.hpp"
#include "modules/matplotlib/figure_registry.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

struct Vec {
  std::vector<double> v;
  Shape shape;
};
Vec vec_of(const ObjPtr& o) {
  ArrayPtr a = astype(to_array(o), DType::Float64, 'C');
  Vec r;
  r.shape = a->shape;
  r.v.resize(alloc_count(a->size()));
  if (!r.v.empty()) std::memcpy(r.v.data(), a->data(), r.v.size() * sizeof(double));
  return r;
}
ObjPtr array_obj(const std::vector<double>& v) {
  ArrayPtr a = new_array({static_cast<int64_t>(v.size())}, DType::Float64);
  if (!v.empty()) std::memcpy(a->data(), v.data(), v.size() * sizeof(double));
  return wrap_array(a);
}
std::string shape_str(const Shape& s) { return repr(make_shape_tuple(s)); }

std::string color_arg(const ObjPtr& v, const AxesModel& ax) {
  if (is_str(v)) {
    std::string c = parse_color(str_value(v), ax.style.cycle);
    if (c.empty()) raise_value_error(repr(v) + " is not a valid color value.");
    return c;
  }
  if (is_sequence(v)) {
    std::vector<ObjPtr> items = iterate(v);
    if (items.size() == 3 || items.size() == 4)
      return rgb_hex(to_double(items[0]), to_double(items[1]), to_double(items[2]));
  }
  raise_value_error(repr(v) + " is not a valid color value.");
}

// Line2D properties from keywords (unknown ones raise like Line2D.set()).
void apply_line_kwargs(Artist& a, KwArgs kw, const AxesModel& ax, bool* color_given) {
  static const char* const kIgnored[] = {"zorder", "markerfacecolor", "mfc", "markeredgecolor", "mec",
                                         "markeredgewidth", "mew", "antialiased", "aa", "drawstyle",
                                         "solid_capstyle", "dash_capstyle", "solid_joinstyle",
                                         "dash_joinstyle", "scalex", "scaley", "data", "clip_on",
                                         "rasterized", "picker", "visible"};
  for (const KwArg& k : kw) {
    const std::string& n = k.name;
    if (n == "color" || n == "c") {
      if (!is_none(k.value)) {
        a.color = color_arg(k.value, ax);
        *color_given = true;
      }
    } else if (n == "label") {
      a.label = str(k.value);
    } else if (n == "linewidth" || n == "lw") {
      a.linewidth = to_double(k.value);
    } else if (n == "linestyle" || n == "ls") {
      std::string s = str(k.value);
      static const std::map<std::string, std::string> names = {
          {"solid", "-"}, {"dashed", "--"}, {"dashdot", "-."}, {"dotted", ":"}, {"None", ""}, {"none", ""},
          {" ", ""}, {"", ""}, {"-", "-"}, {"--", "--"}, {"-.", "-."}, {":", ":"}};
      auto it = names.find(s);
      if (it == names.end()) raise_value_error(repr(k.value) + " is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'");
      a.linestyle = it->second;
    } else if (n == "marker") {
      a.marker = is_none(k.value) ? "" : str(k.value);
      if (a.marker == "None" || a.marker == "none") a.marker = "";
    } else if (n == "markersize" || n == "ms") {
      a.markersize = to_double(k.value);
    } else if (n == "alpha") {
      if (!is_none(k.value)) a.alpha = to_double(k.value);
    } else {
      bool ignored = false;
      for (const char* ig : kIgnored) ignored = ignored || n == ig;
      if (!ignored) raise(ErrorType::AttributeError, "Line2D.set() got an unexpected keyword argument '" + n + "'");
    }
  }
}

// Axes._convert_dx: bar widths/heights pass through (first finite x0 + dx) - x0.
double first_finite(const std::vector<double>& v) {
  for (double x : v)
    if (std::isfinite(x)) return x;
  return v.empty() ? 0.0 : v[0];
}
void convert_dx(std::vector<double>& dx, double x0) {
  for (double& d : dx) d = (x0 + d) - x0;
}

// ---------------------------------------------------------------------------------------
ObjPtr do_plot(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  std::vector<ObjPtr> result;
  size_t i = 0;
  if (args.empty()) return make_list({});
  while (i < args.size()) {
    std::vector<ObjPtr> group;
    for (size_t k = 0; k < 2 && i < args.size(); ++k) group.push_back(args[i++]);
    if (i < args.size() && is_str(args[i])) group.push_back(args[i++]);
    std::string fmt;
    if (group.size() > 1 && is_str(group.back())) {
      fmt = str_value(group.back());
      group.pop_back();
    }
    for (const ObjPtr& g : group)
      if (is_str(g)) raise_value_error("third arg must be a format string");
    Vec x, y;
    if (group.size() == 1) {
      y = vec_of(group[0]);
      int64_t n = y.shape.empty() ? 1 : y.shape[0];
      x.shape = {n};
      for (int64_t k = 0; k < n; ++k) x.v.push_back(static_cast<double>(k));
    } else {
      x = vec_of(group[0]);
      y = vec_of(group[1]);
    }
    if (x.shape.empty()) x.shape = {1};
    if (y.shape.empty()) y.shape = {1};
    if (x.shape[0] != y.shape[0])
      raise_value_error("x and y must have same first dimension, but have shapes " + shape_str(x.shape) + " and " +
                        shape_str(y.shape));
    if (x.shape.size() > 2 || y.shape.size() > 2)
      raise_value_error("x and y can be no greater than 2D, but have shapes " + shape_str(x.shape) + " and " +
                        shape_str(y.shape));
    LineFormat lf;
    std::string err;
    if (!fmt.empty() && !parse_format(fmt, ax->style.cycle, &lf, &err)) raise_value_error(err);
    int64_t n = x.shape[0];
    int64_t ncx = x.shape.size() == 2 ? x.shape[1] : 1, ncy = y.shape.size() == 2 ? y.shape[1] : 1;
    if (ncx != ncy && ncx != 1 && ncy != 1)
      raise_value_error("x has " + std::to_string(ncx) + " columns but y has " + std::to_string(ncy) + " columns");
    int64_t ncols = std::max(ncx, ncy);
    for (int64_t c = 0; c < ncols; ++c) {
      Artist a;
      a.kind = ArtistKind::Line;
      for (int64_t r = 0; r < n; ++r) {
        a.x.push_back(x.v[static_cast<size_t>(r * ncx + (ncx == 1 ? 0 : c))]);
        a.y.push_back(y.v[static_cast<size_t>(r * ncy + (ncy == 1 ? 0 : c))]);
      }
      if (lf.has_marker) {
        a.marker = lf.marker;
        a.linestyle = lf.has_linestyle ? lf.linestyle : "";
      } else if (lf.has_linestyle) {
        a.linestyle = lf.linestyle;
      }
      bool color_given = !lf.color.empty();
      if (color_given) a.color = lf.color;
      apply_line_kwargs(a, kw, *ax, &color_given);
      if (!color_given) a.color = ax->next_color();
      if (a.label.empty()) a.label = "_child" + std::to_string(ax->artists.size());
      ax->artists.push_back(std::move(a));
      result.push_back(make_artist_object("Line2D", ax, ax->artists.size() - 1));
    }
  }
  return make_list(std::move(result));
}

ObjPtr do_hist(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  static const Signature sig("hist", {"x", "bins=", "range=", "density=", "weights=", "cumulative=", "bottom=",
                                      "histtype=", "align=", "orientation=", "rwidth=", "log=", "color=",
                                      "label=", "stacked=", "*", "data=", "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  if (b.given(4)) raise_not_implemented("hist: weights are not supported by stridelab");
  if (b.given(5) && is_true(b[5])) raise_not_implemented("hist: cumulative is not supported by stridelab");
  if (b.given(7) && to_str(b[7], "histtype") != "bar") raise_not_implemented("hist: only histtype='bar' is supported by stridelab");
  if (b.given(9) && to_str(b[9], "orientation") != "vertical") raise_not_implemented("hist: only vertical orientation is supported by stridelab");
  Vec x = vec_of(b[0]);
  if (x.shape.size() > 1) raise_not_implemented("hist: several datasets (a 2-D x) are not supported by stridelab");
  int64_t bins = 10;
  std::vector<double> edges_given;
  bool have_edges = false;
  if (b.given(1)) {
    if (is_str(b[1])) raise_not_implemented("hist: bin estimators ('auto', ...) are not supported by stridelab");
    if (has_index(b[1]) && !is_ndarray(b[1])) {
      bins = to_int64(b[1]);
    } else {
      Vec e = vec_of(b[1]);
      if (e.shape.size() == 0) bins = static_cast<int64_t>(e.v[0]);
      else {
        edges_given = e.v;
        have_edges = true;
      }
    }
  }
  std::optional<std::pair<double, double>> range;
  if (b.given(2)) {
    std::vector<ObjPtr> r = iterate(b[2]);
    if (r.size() != 2) raise_value_error("too many values to unpack (expected 2)");
    range = std::make_pair(to_double(r[0]), to_double(r[1]));
  }
  if (!range) {
    // matplotlib computes the range itself, ignoring NaN (np.nanmin / np.nanmax)
    double lo = INFINITY, hi = -INFINITY;
    for (double v : x.v)
      if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    if (lo <= hi) range = std::make_pair(lo, hi);
  }
  bool density = b.given(3) && is_true(b[3]);
  std::vector<double> counts, edges;
  histogram(x.v, bins, have_edges ? &edges_given : nullptr, range, density, &counts, &edges);
  Artist a;
  a.kind = ArtistKind::Bars;
  bool color_given = false;
  if (b.given(12)) {
    a.color = color_arg(b[12], *ax);
    color_given = true;
  }
  for (const KwArg& k : b.varkw) {
    if (k.name == "alpha" && !is_none(k.value)) a.alpha = to_double(k.value);
    else if ((k.name == "facecolor" || k.name == "fc") && !is_none(k.value)) {
      a.color = color_arg(k.value, *ax);
      color_given = true;
    }
  }
  if (!color_given) a.color = ax->next_color();
  if (b.given(13)) a.label = str(b[13]);
  double rw = b.given(10) ? std::min(1.0, std::max(0.0, to_double(b[10]))) : 1.0;
  std::string align = b.given(8) ? to_str(b[8], "align") : "mid";
  std::vector<double> centers, widths, heights = counts;
  for (size_t i = 0; i < counts.size(); ++i) {
    double tw = edges[i + 1] - edges[i];
    double boffset = -0.5 * rw * tw * (1 - 1 / 1.0);
    if (align == "mid") boffset += 0.5 * tw;
    else if (align == "right") boffset += tw;
    centers.push_back(edges[i] + boffset);
    widths.push_back(rw * tw / 1);
  }
  convert_dx(widths, first_finite(centers));
  convert_dx(heights, 0.0);
  for (size_t i = 0; i < counts.size(); ++i) {
    a.x.push_back(centers[i] - widths[i] / 2);
    a.width.push_back(widths[i]);
    a.y.push_back(heights[i]);
    a.bottom.push_back(0.0);
    a.sticky_y.push_back(0.0);
  }
  int64_t n = static_cast<int64_t>(counts.size());
  ax->artists.push_back(std::move(a));
  ObjPtr container = make_bar_container(ax, ax->artists.size() - 1, n);
  return make_tuple({array_obj(counts), array_obj(edges), container});
}

std::vector<double> broadcast_to(const Vec& v, size_t n, const char* what) {
  if (v.v.size() == n) return v.v;
  if (v.v.size() == 1) return std::vector<double>(n, v.v[0]);
  raise_value_error(std::string("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (") +
                    std::to_string(n) + ",) and arg 1 with shape " + shape_str(v.shape) + ". (" + what + ")");
}

ObjPtr do_bar(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  static const Signature sig("bar", {"x", "height", "width=", "bottom=", "*", "align=", "data=", "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  Vec x = vec_of(b[0]), h = vec_of(b[1]);
  size_t n = std::max(x.v.size(), h.v.size());
  std::vector<double> xs = broadcast_to(x, n, "x"), hs = broadcast_to(h, n, "height");
  Vec w;
  w.v = {0.8};
  if (b.given(2)) w = vec_of(b[2]);
  Vec bot;
  bot.v = {0.0};
  if (b.given(3)) bot = vec_of(b[3]);
  std::vector<double> ws = broadcast_to(w, n, "width"), bs = broadcast_to(bot, n, "bottom");
  convert_dx(ws, first_finite(x.v));
  convert_dx(hs, first_finite(bot.v));
  std::string align = b.given(4) ? to_str(b[4], "align") : "center";
  if (align != "center" && align != "edge")
    raise_value_error("'" + align + "' is not a valid value for align; supported values are 'center', 'edge'");
  Artist a;
  a.kind = ArtistKind::Bars;
  bool color_given = false;
  for (const KwArg& k : b.varkw) {
    if ((k.name == "color" || k.name == "facecolor") && !is_none(k.value)) {
      a.color = color_arg(k.value, *ax);
      color_given = true;
    } else if (k.name == "label") {
      a.label = str(k.value);
    } else if (k.name == "alpha" && !is_none(k.value)) {
      a.alpha = to_double(k.value);
    }
  }
  if (!color_given) a.color = ax->next_color();
  for (size_t i = 0; i < n; ++i) {
    a.x.push_back(align == "center" ? xs[i] - ws[i] / 2 : xs[i]);
    a.width.push_back(ws[i]);
    a.y.push_back(hs[i]);
    a.bottom.push_back(bs[i]);
    a.sticky_y.push_back(bs[i]);
  }
  ax->artists.push_back(std::move(a));
  return make_bar_container(ax, ax->artists.size() - 1, static_cast<int64_t>(n));
}

ObjPtr do_scatter(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  static const Signature sig("scatter", {"x", "y", "s=", "c=", "marker=", "cmap=", "norm=", "vmin=", "vmax=",
                                         "alpha=", "linewidths=", "*", "edgecolors=", "plotnonfinite=", "data=",
                                         "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  Vec x = vec_of(b[0]), y = vec_of(b[1]);
  if (x.v.size() != y.v.size()) raise_value_error("x and y must be the same size");
  Artist a;
  a.kind = ArtistKind::Scatter;
  a.x = x.v;
  a.y = y.v;
  a.sizes = {36.0};
  if (b.given(2)) {
    Vec s = vec_of(b[2]);
    if (s.v.size() != 1 && s.v.size() != x.v.size())
      raise_value_error("s must be a scalar, or float array-like with the same size as x and y");
    a.sizes = s.v;
  }
  bool color_given = false;
  if (b.given(3)) {
    if (!is_str(b[3])) raise_not_implemented("scatter: per-point colours (c=array) are not supported by stridelab");
    a.color = color_arg(b[3], *ax);
    color_given = true;
  }
  if (b.given(9)) a.alpha = to_double(b[9]);
  for (const KwArg& k : b.varkw) {
    if ((k.name == "color" || k.name == "facecolor") && !is_none(k.value)) {
      a.color = color_arg(k.value, *ax);
      color_given = true;
    } else if (k.name == "label") {
      a.label = str(k.value);
    }
  }
  if (!color_given) a.color = ax->next_color();
  ax->artists.push_back(std::move(a));
  return make_artist_object("PathCollection", ax, ax->artists.size() - 1);
}

ObjPtr do_imshow(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  static const Signature sig("imshow", {"X", "cmap=", "norm=", "*", "aspect=", "interpolation=", "alpha=",
                                        "vmin=", "vmax=", "origin=", "extent=", "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  Vec x = vec_of(b[0]);
  if (x.shape.size() != 2)
    raise(ErrorType::TypeError, "Invalid shape " + shape_str(x.shape) + " for image data");
  if (b.given(8) && to_str(b[8], "origin") != "upper") raise_not_implemented("imshow: only origin='upper' is supported by stridelab");
  Artist a;
  a.kind = ArtistKind::Image;
  a.rows = x.shape[0];
  a.cols = x.shape[1];
  a.values = x.v;
  a.cmap = b.given(1) ? to_str(b[1], "cmap") : "viridis";
  if (!is_known_cmap(a.cmap)) raise_value_error("'" + a.cmap + "' is not a valid value for cmap; supported values are 'viridis', 'gray', 'hot', 'Greys', 'binary' (stridelab)");
  double lo = INFINITY, hi = -INFINITY;
  for (double v : x.v)
    if (std::isfinite(v)) lo = std::min(lo, v), hi = std::max(hi, v);
  if (lo > hi) lo = 0, hi = 1;
  a.vmin = b.given(6) ? to_double(b[6]) : lo;
  a.vmax = b.given(7) ? to_double(b[7]) : hi;
  if (b.given(5)) a.alpha = to_double(b[5]);
  if (b.given(9)) {
    Vec e = vec_of(b[9]);
    if (e.v.size() != 4) raise_value_error("extent must be a 4-tuple");
    a.extent = {{e.v[0], e.v[1], e.v[2], e.v[3]}};
  } else {
    a.extent = {{-0.5, a.cols - 0.5, a.rows - 0.5, -0.5}};
  }
  a.sticky_x = {a.extent[0], a.extent[1]};
  a.sticky_y = {a.extent[2], a.extent[3]};
  std::sort(a.sticky_x.begin(), a.sticky_x.end());
  std::sort(a.sticky_y.begin(), a.sticky_y.end());
  // set_extent -> set_ylim((ymin, ymax), auto=None): the y axis keeps the extent's direction
  if (!ax->ylim.set) ax->ylim.inverted = a.extent[2] > a.extent[3];
  if (!ax->xlim.set) ax->xlim.inverted = a.extent[0] > a.extent[1];
  ax->artists.push_back(std::move(a));
  return make_artist_object("AxesImage", ax, ax->artists.size() - 1);
}

// xlim/ylim (pyplot: getter without arguments) and set_xlim/set_ylim.
ObjPtr do_lim(const std::shared_ptr<AxesModel>& ax, bool is_x, bool pyplot_style, PosArgs args, KwArgs kw) {
  auto current = is_x ? ax->get_xlim() : ax->get_ylim();
  if (pyplot_style && args.empty() && kw.empty())
    return make_tuple({make_numpy_scalar(Scalar::from_double(current.first)),
                       make_numpy_scalar(Scalar::from_double(current.second))});
  const char* lo_name = is_x ? "left" : "bottom";
  const char* hi_name = is_x ? "right" : "top";
  std::string fname = is_x ? "set_xlim" : "set_ylim";
  Signature sig(fname, {is_x ? "left=" : "bottom=", is_x ? "right=" : "top=", "emit=", "auto=", "*",
                        is_x ? "xmin=" : "ymin=", is_x ? "xmax=" : "ymax="});
  BoundArgs b = sig.bind(args, kw);
  ObjPtr lo = b[0], hi = b[1];
  if (b.given(4)) lo = b[4];
  if (b.given(5)) hi = b[5];
  if (lo && !is_none(lo) && !hi && (is_sequence(lo) || is_ndarray(lo))) {
    std::vector<ObjPtr> items = iterate(lo);
    if (items.size() != 2) raise_value_error("too many values to unpack (expected 2)");
    lo = items[0];
    hi = items[1];
  }
  double l = lo && !is_none(lo) ? to_double(lo) : current.first;
  double h = hi && !is_none(hi) ? to_double(hi) : current.second;
  if (!std::isfinite(l) || !std::isfinite(h))
    raise_value_error(std::string("Axis limits cannot be NaN or Inf"));
  (void)lo_name;
  (void)hi_name;
  if (l == h) {  // Axes.set_xlim: the locator's nonsingular() expands equal limits
    write_stderr(std::string("UserWarning: Attempting to set identical low and high ") + (is_x ? "xlims" : "ylims") +
                 " makes transformation singular; automatically expanding.\n");
    if (l == 0) {
      l = -0.05;
      h = 0.05;
    } else {
      l -= 0.05 * std::fabs(l);
      h += 0.05 * std::fabs(h);
    }
  }
  AxesLimits& lim = is_x ? ax->xlim : ax->ylim;
  lim.lo = l;
  lim.hi = h;
  lim.set = true;
  return make_tuple({make_float(l), make_float(h)});
}

ObjPtr do_label(const std::shared_ptr<AxesModel>& ax, int which, PosArgs args, KwArgs kw) {
  static const Signature sig_t("set_title", {"label", "fontdict=", "loc=", "pad=", "*", "y=", "**kwargs"});
  static const Signature sig_x("set_xlabel", {"xlabel", "fontdict=", "labelpad=", "*", "loc=", "**kwargs"});
  static const Signature sig_y("set_ylabel", {"ylabel", "fontdict=", "labelpad=", "*", "loc=", "**kwargs"});
  const Signature& sig = which == 0 ? sig_t : which == 1 ? sig_x : sig_y;
  BoundArgs b = sig.bind(args, kw);
  std::string s = str(b[0]);
  if (which == 0) {
    ax->title = s;
    return make_text_object(0.5, 1.0, s, false, false);
  }
  if (which == 1) {
    ax->xlabel = s;
    return make_text_object(0.5, 0, s, false, true);
  }
  ax->ylabel = s;
  return make_text_object(0, 0.5, s, true, false);
}

ObjPtr do_legend(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs) {
  if (!args.empty()) {
    std::vector<ObjPtr> labels = iterate(args[args.size() == 2 ? 1 : 0]);
    size_t k = 0;
    for (Artist& a : ax->artists)
      if (k < labels.size()) a.label = str(labels[k++]);
  }
  bool any = false;
  for (const Artist& a : ax->artists) any = any || (!a.label.empty() && a.label[0] != '_');
  if (!any)
    write_stderr(
        "No artists with labels found to put in legend.  Note that artists whose label start with an underscore "
        "are ignored when legend() is called with no argument.\n");
  ax->legend = true;
  return make_artist_object("Legend", ax, 0);
}

ObjPtr do_grid(const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw) {
  static const Signature sig("grid", {"visible=", "which=", "axis=", "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  if (b.has(0) && !is_none(b[0])) ax->grid = is_true(b[0]);
  else if (!b.varkw.empty()) ax->grid = true;
  else ax->grid = !ax->grid;
  return None();
}

ObjPtr do_colorbar(PosArgs args, KwArgs kw) {
  static const Signature sig("colorbar", {"mappable=", "cax=", "ax=", "**kwargs"});
  BoundArgs b = sig.bind(args, kw);
  PlotState& st = plot_state();
  std::shared_ptr<AxesModel> host;
  const Artist* img = nullptr;
  if (b.given(0)) {
    // an AxesImage returned by imshow: find its axes among the open figures
    for (auto& f : st.open)
      for (auto& a : f->axes)
        for (auto& art : a->artists)
          if (art.kind == ArtistKind::Image) host = a, img = &art;
  } else if (st.current) {
    // pyplot's gci(): the current axes' current image, else the first axes that has one
    std::vector<std::shared_ptr<AxesModel>> order;
    if (st.current->current_axes >= 0) order.push_back(st.current->axes[static_cast<size_t>(st.current->current_axes)]);
    for (auto& a : st.current->axes) order.push_back(a);
    for (auto& a : order)
      if (!img && a->current_image >= 0) host = a, img = &a->artists[static_cast<size_t>(a->current_image)];
  }
  if (!img)
    raise(ErrorType::RuntimeError,
          "No mappable was found to use for colorbar creation. First define a mappable such as an image (with "
          "imshow) or a contour set (with contourf).");
  if (!host->colorbar) host->position[2] *= 0.8;  // the colorbar takes space from its axes
  host->colorbar = true;
  host->colorbar_cmap = img->cmap;
  host->colorbar_vmin = img->vmin;
  host->colorbar_vmax = img->vmax;
  return make_artist_object("Colorbar", host, 0);
}

using Handler = ObjPtr (*)(const std::shared_ptr<AxesModel>&, PosArgs, KwArgs);
struct Op {
  const char* name;
  Handler fn;
};
const Op kOps[] = {
    {"plot", do_plot},
    {"hist", do_hist},
    {"bar", do_bar},
    {"scatter", do_scatter},
    {"imshow", do_imshow},
    {"legend", do_legend},
    {"grid", do_grid},
    {"set_title", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 0, p, k); }},
    {"set_xlabel", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 1, p, k); }},
    {"set_ylabel", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 2, p, k); }},
    {"title", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 0, p, k); }},
    {"xlabel", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 1, p, k); }},
    {"ylabel", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_label(a, 2, p, k); }},
    {"set_xlim", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_lim(a, true, false, p, k); }},
    {"set_ylim", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_lim(a, false, false, p, k); }},
    {"xlim", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_lim(a, true, true, p, k); }},
    {"ylim", [](const std::shared_ptr<AxesModel>& a, PosArgs p, KwArgs k) { return do_lim(a, false, true, p, k); }},
    {"get_xlim", [](const std::shared_ptr<AxesModel>& a, PosArgs, KwArgs) { return do_lim(a, true, true, {}, {}); }},
    {"get_ylim", [](const std::shared_ptr<AxesModel>& a, PosArgs, KwArgs) { return do_lim(a, false, true, {}, {}); }},
    {"get_title", [](const std::shared_ptr<AxesModel>& a, PosArgs, KwArgs) { return make_str(a->title); }},
    {"get_xlabel", [](const std::shared_ptr<AxesModel>& a, PosArgs, KwArgs) { return make_str(a->xlabel); }},
    {"get_ylabel", [](const std::shared_ptr<AxesModel>& a, PosArgs, KwArgs) { return make_str(a->ylabel); }},
};
// Axes methods (pyplot-only spellings excluded)
const char* const kAxesMethods[] = {"plot", "hist", "bar", "scatter", "imshow", "legend", "grid",
                                    "set_title", "set_xlabel", "set_ylabel", "set_xlim", "set_ylim",
                                    "get_xlim", "get_ylim", "get_title", "get_xlabel", "get_ylabel"};

}  // namespace

bool is_axes_call(const std::string& name) {
  for (const Op& op : kOps)
    if (name == op.name) return true;
  return false;
}

ObjPtr axes_call(const std::string& name, const std::shared_ptr<FigureModel>& fig,
                 const std::shared_ptr<AxesModel>& ax0, PosArgs args, KwArgs kw) {
  if (name == "colorbar") return do_colorbar(args, kw);
  (void)fig;
  std::shared_ptr<AxesModel> ax = ax0 ? ax0 : gca(plot_state());
  for (const Op& op : kOps)
    if (name == op.name) {
      ObjPtr r = op.fn(ax, args, kw);
      if (name == "imshow" && !ax0) ax->current_image = static_cast<int>(ax->artists.size() - 1);  // plt.imshow: sci()
      return r;
    }
  raise(ErrorType::AttributeError, "module 'matplotlib.pyplot' has no attribute '" + name + "'");
}

void add_axes_methods(TypeObject* t) {
  for (const char* name : kAxesMethods) {
    std::string n = name;
    add_method(t, n, [n](Interpreter&, const ObjPtr& self, PosArgs a, KwArgs kw) {
      return axes_call(n, axes_figure(self), axes_of(self), a, kw);
    });
  }
}

}  // namespace sl
