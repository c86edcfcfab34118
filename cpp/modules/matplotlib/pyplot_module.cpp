// pyplot_module.cpp — the `matplotlib`, `matplotlib.pyplot` and `matplotlib.style` modules:
// the figure manager (figure numbers, current figure/axes, close), the pyplot functions
// (most forward to the current axes through axes_call), subplots/subplot, style.use,
// show() (inline backend: renders and closes the open figures) and savefig (SVG through
// the session's file store). collect_run_figures() hands the run's figures to Session.
#include <algorithm>
#include <cctype>
#include <cmath>

#include "modules/matplotlib/figure_registry.hpp"
#include "lang/files.hpp"
#include "lang/interpreter.hpp"
#include "modules/numpy/numpy_objects.hpp"
#include "modules/session.hpp"

namespace sl {

PlotState& plot_state() {
  Interpreter& in = current_interpreter();
  Ref<ModuleObject> m = import_module(in, "matplotlib.pyplot");
  return *static_cast<PlotState*>(m->state.get());
}

std::shared_ptr<FigureModel> new_figure(PlotState& st, int num, double w_in, double h_in, double dpi) {
  auto f = std::make_shared<FigureModel>();
  if (num <= 0) {
    num = 1;
    for (auto& o : st.open) num = std::max(num, o->id + 1);
  }
  f->id = num;
  f->width_in = w_in;
  f->height_in = h_in;
  f->dpi = dpi;
  f->style = st.style;
  st.open.push_back(f);
  st.current = f;
  return f;
}

std::shared_ptr<FigureModel> gcf(PlotState& st) {
  if (!st.current) new_figure(st, 0, 6.4, 4.8, 100);
  return st.current;
}

std::shared_ptr<AxesModel> add_subplot(PlotState& st, FigureModel& fig, int nrows, int ncols, int index) {
  if (nrows < 1 || ncols < 1) raise_value_error("Number of rows must be a positive integer, not " + std::to_string(nrows));
  if (index < 1 || index > nrows * ncols)
    raise_value_error("num must be an integer with 1 <= num <= " + std::to_string(nrows * ncols) + ", not " +
                      std::to_string(index));
  // SubplotParams defaults: left .125, right .9, bottom .11, top .88, wspace = hspace = .2
  const double left = 0.125, right = 0.9, bottom = 0.11, top = 0.88, ws = 0.2, hs = 0.2;
  const double cell_w = (right - left) / (ncols + ws * (ncols - 1));
  const double cell_h = (top - bottom) / (nrows + hs * (nrows - 1));
  const int row = (index - 1) / ncols, col = (index - 1) % ncols;
  std::array<double, 4> pos{{left + col * cell_w * (1 + ws), top - (row + 1) * cell_h - row * hs * cell_h, cell_w, cell_h}};
  for (size_t i = 0; i < fig.axes.size(); ++i) {
    const auto& p = fig.axes[i]->position;
    if (std::fabs(p[0] - pos[0]) < 1e-9 && std::fabs(p[1] - pos[1]) < 1e-9 && std::fabs(p[2] - pos[2]) < 1e-9 &&
        std::fabs(p[3] - pos[3]) < 1e-9) {
      fig.current_axes = static_cast<int>(i);
      return fig.axes[i];
    }
  }
  auto ax = std::make_shared<AxesModel>();
  ax->position = pos;
  ax->style = st.style;
  ax->grid = st.style.grid;
  fig.axes.push_back(ax);
  fig.current_axes = static_cast<int>(fig.axes.size() - 1);
  return ax;
}

std::shared_ptr<AxesModel> figure_gca(PlotState& st, FigureModel& fig) {
  if (fig.current_axes < 0 || fig.current_axes >= static_cast<int>(fig.axes.size())) return add_subplot(st, fig, 1, 1, 1);
  return fig.axes[static_cast<size_t>(fig.current_axes)];
}

std::shared_ptr<AxesModel> gca(PlotState& st) { return figure_gca(st, *gcf(st)); }

void close_figure(PlotState& st, const std::shared_ptr<FigureModel>& fig) {
  auto it = std::find(st.open.begin(), st.open.end(), fig);
  if (it == st.open.end()) return;
  for (auto& a : fig->axes) st.wrappers.erase(a.get());
  st.wrappers.erase(fig.get());
  st.open.erase(it);
  if (st.current == fig) st.current = st.open.empty() ? nullptr : st.open.back();
}

void show_all(PlotState& st) {
  for (auto& f : st.open)
    if (!f->axes.empty()) st.shown.push_back({f->id, figure_svg(*f), figure_json(*f)});
  while (!st.open.empty()) close_figure(st, st.open.back());
}

void collect_run_figures(Interpreter& in, std::vector<FigureOutput>* out) {
  auto it = in.modules().find("matplotlib.pyplot");
  if (it == in.modules().end() || !it->second->state) return;
  CurrentInterpreter cur(&in);
  PlotState& st = *static_cast<PlotState*>(it->second->state.get());
  show_all(st);
  for (auto& s : st.shown) out->push_back(FigureOutput{s.id, std::move(s.svg), std::move(s.json)});
  st.shown.clear();
}

namespace {

using Body = std::function<ObjPtr(const BoundArgs&)>;
void def(ModuleObject& m, const char* name, std::initializer_list<const char*> params, Body body) {
  auto sig = std::make_shared<Signature>(name, params);
  m.add_function(name, [sig, body](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) { return body(sig->bind(a, kw)); });
}

std::pair<double, double> figsize_of(const ObjPtr& o) {
  std::vector<ObjPtr> v = iterate(o);
  if (v.size() != 2) raise_value_error("figure size must be positive finite not " + repr(o));
  return {to_double(v[0]), to_double(v[1])};
}

void use_style(const ObjPtr& name) {
  PlotState& st = plot_state();
  std::vector<ObjPtr> names = is_str(name) ? std::vector<ObjPtr>{name} : iterate(name);
  for (const ObjPtr& n : names) {
    std::string s = to_str(n, "style");
    const Style* style = find_style(s);
    if (!style)
      raise(ErrorType::OSError, repr(n) + " not found in the style library and input is not a valid URL or path; "
                                          "see `style.available` for list of available styles");
    st.style = *style;  // library styles without a table of their own render as default
  }
}

void init_style_module(Interpreter&, ModuleObject& m) {
  def(m, "use", {"style"}, [](const BoundArgs& b) {
    use_style(b[0]);
    return None();
  });
  const std::vector<std::string>& names = known_style_names();
  std::vector<ObjPtr> sorted;
  for (auto& n : names)
    if (n != "default") sorted.push_back(make_str(n));
  std::sort(sorted.begin(), sorted.end(), [](const ObjPtr& a, const ObjPtr& b) { return str_value(a) < str_value(b); });
  m.set("available", make_list(std::move(sorted)));
}

// pyplot functions that act on the current axes, forwarded with their arguments.
const char* const kAxesForwarded[] = {"plot", "hist", "bar", "scatter", "imshow", "legend", "grid",
                                      "title", "xlabel", "ylabel", "xlim", "ylim"};

void init_pyplot(Interpreter& in, ModuleObject& m) {
  init_numpy_types();
  init_pyplot_types();
  auto st = std::make_shared<PlotState>();
  st->style = *find_style("default");
  m.state = st;
  for (const char* name : kAxesForwarded) {
    std::string n = name;
    m.add_function(n, [n](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) { return axes_call(n, nullptr, nullptr, a, kw); });
  }
  m.add_function("colorbar", [](Interpreter&, const ObjPtr&, PosArgs a, KwArgs kw) { return axes_call("colorbar", nullptr, nullptr, a, kw); });
  def(m, "figure", {"num=", "figsize=", "dpi=", "facecolor=", "edgecolor=", "frameon=", "clear=", "**kwargs"},
      [](const BoundArgs& b) {
        PlotState& st = plot_state();
        if (b.given(0)) {
          if (figure_of(b[0])) {
            st.current = figure_of(b[0]);
            return b[0];
          }
          int64_t num = to_int64(b[0]);
          for (auto& f : st.open)
            if (f->id == num) {
              st.current = f;
              return figure_object(f);
            }
          auto sz = b.given(1) ? figsize_of(b[1]) : std::make_pair(6.4, 4.8);
          return figure_object(new_figure(st, static_cast<int>(num), sz.first, sz.second, b.given(2) ? to_double(b[2]) : 100));
        }
        auto sz = b.given(1) ? figsize_of(b[1]) : std::make_pair(6.4, 4.8);
        return figure_object(new_figure(st, 0, sz.first, sz.second, b.given(2) ? to_double(b[2]) : 100));
      });
  def(m, "subplots", {"nrows=", "ncols=", "*", "sharex=", "sharey=", "squeeze=", "width_ratios=", "height_ratios=",
                      "subplot_kw=", "gridspec_kw=", "**fig_kw"},
      [](const BoundArgs& b) {
        PlotState& st = plot_state();
        int64_t nr = b.given(0) ? to_int64(b[0]) : 1, nc = b.given(1) ? to_int64(b[1]) : 1;
        if (nr < 1) raise_value_error("Number of rows must be a positive integer, not " + std::to_string(nr));
        if (nc < 1) raise_value_error("Number of columns must be a positive integer, not " + std::to_string(nc));
        std::pair<double, double> sz{6.4, 4.8};
        double dpi = 100;
        for (const KwArg& k : b.varkw) {
          if (k.name == "figsize" && !is_none(k.value)) sz = figsize_of(k.value);
          if (k.name == "dpi" && !is_none(k.value)) dpi = to_double(k.value);
        }
        auto fig = new_figure(st, 0, sz.first, sz.second, dpi);
        std::vector<ObjPtr> axes;
        for (int64_t i = 0; i < nr * nc; ++i)
          axes.push_back(axes_object(fig, add_subplot(st, *fig, static_cast<int>(nr), static_cast<int>(nc), static_cast<int>(i + 1))));
        bool squeeze = !b.has(4) || is_true(b[4]);
        ObjPtr ax_obj;
        if (squeeze && nr == 1 && nc == 1) ax_obj = axes[0];
        else if (squeeze && (nr == 1 || nc == 1)) ax_obj = make_axes_array(axes, {nr * nc});
        else ax_obj = make_axes_array(axes, {nr, nc});
        return make_tuple({figure_object(fig), ax_obj});
      });
  def(m, "subplot", {"*args", "**kwargs"}, [](const BoundArgs& b) {
    PlotState& st = plot_state();
    auto fig = gcf(st);
    int r = 1, c = 1, i = 1;
    if (b.varargs.size() == 1) {
      int64_t code = to_int64(b.varargs[0]);
      if (code < 111 || code > 999) raise_value_error("Integer subplot specification must be a three-digit number, not " + std::to_string(code));
      r = static_cast<int>(code / 100), c = static_cast<int>(code / 10 % 10), i = static_cast<int>(code % 10);
    } else if (b.varargs.size() == 3) {
      r = static_cast<int>(to_int64(b.varargs[0]));
      c = static_cast<int>(to_int64(b.varargs[1]));
      i = static_cast<int>(to_int64(b.varargs[2]));
    } else if (!b.varargs.empty()) {
      raise(ErrorType::TypeError, "subplot() takes 1 or 3 positional arguments but " + std::to_string(b.varargs.size()) + " were given");
    }
    return axes_object(fig, add_subplot(st, *fig, r, c, i));
  });
  def(m, "gcf", {}, [](const BoundArgs&) { return figure_object(gcf(plot_state())); });
  def(m, "gca", {}, [](const BoundArgs&) {
    PlotState& st = plot_state();
    auto f = gcf(st);
    return axes_object(f, figure_gca(st, *f));
  });
  def(m, "sca", {"ax"}, [](const BoundArgs& b) {
    PlotState& st = plot_state();
    auto f = axes_figure(b[0]);
    auto a = axes_of(b[0]);
    if (!f) raise_value_error("sca() argument must be an Axes");
    st.current = f;
    for (size_t i = 0; i < f->axes.size(); ++i)
      if (f->axes[i] == a) f->current_axes = static_cast<int>(i);
    return None();
  });
  def(m, "get_fignums", {}, [](const BoundArgs&) {
    std::vector<int> ids;
    for (auto& f : plot_state().open) ids.push_back(f->id);
    std::sort(ids.begin(), ids.end());
    std::vector<ObjPtr> out;
    for (int i : ids) out.push_back(make_int(i));
    return make_list(std::move(out));
  });
  def(m, "close", {"fig="}, [](const BoundArgs& b) {
    PlotState& st = plot_state();
    if (!b.given(0)) {
      if (st.current) close_figure(st, st.current);
    } else if (is_str(b[0])) {
      if (str_value(b[0]) == "all")  // other strings name figure labels, which stridelab does not model
        while (!st.open.empty()) close_figure(st, st.open.back());
    } else if (auto f = figure_of(b[0])) {
      close_figure(st, f);
    } else if (has_index(b[0])) {
      int64_t num = to_int64(b[0]);
      for (auto& f2 : std::vector<std::shared_ptr<FigureModel>>(st.open))
        if (f2->id == num) close_figure(st, f2);
    } else {
      raise(ErrorType::TypeError, "close() argument must be a Figure, an int, a string, or None, not " + type_name(b[0]));
    }
    return None();
  });
  def(m, "show", {"*args", "**kwargs"}, [](const BoundArgs&) {
    show_all(plot_state());
    return None();
  });
  def(m, "savefig", {"fname", "*args", "**kwargs"}, [](const BoundArgs& b) {
    std::string path = to_str(b[0], "fname");
    std::string ext = path.size() > 4 ? path.substr(path.size() - 4) : "";
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (path.find('.') != std::string::npos && ext != ".svg")
      raise_not_implemented("stridelab: savefig writes SVG only (use a .svg file name)");
    write_file(path, figure_svg(*gcf(plot_state())));
    return None();
  });
  def(m, "suptitle", {"t", "**kwargs"}, [](const BoundArgs& b) {
    gcf(plot_state())->suptitle = to_str(b[0], "t");
    return make_text_object(0.5, 0.98, to_str(b[0], "t"), false, false);
  });
  def(m, "tight_layout", {"*", "pad=", "h_pad=", "w_pad=", "rect="}, [](const BoundArgs&) { return None(); });
  def(m, "ion", {}, [](const BoundArgs&) { return None(); });
  def(m, "ioff", {}, [](const BoundArgs&) { return None(); });
  m.set("style", ObjPtr(import_module(in, "matplotlib.style")));
}

void init_matplotlib(Interpreter&, ModuleObject& m) {
  m.set("__version__", make_str("3.6.3"));
  def(m, "use", {"backend", "*", "force="}, [](const BoundArgs&) { return None(); });
}

}  // namespace

void register_pyplot_modules() {
  register_module("matplotlib", init_matplotlib);
  register_module("matplotlib.style", init_style_module);
  register_module("matplotlib.pyplot", init_pyplot);
}

}  // namespace sl
