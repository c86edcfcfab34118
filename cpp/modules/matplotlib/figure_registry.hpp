// figure_registry.hpp — per-session pyplot state shared by the pyplot_*.cpp files: the
// open figures (pyplot's figure manager), the current figure, the active style, the
// Python wrapper object of every figure/axes (so `plt.gca() is ax` holds), and the
// figures shown during the current run. It lives in the `matplotlib.pyplot` module's
// per-session state. Session::run drains it through collect_run_figures().
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "lang/args.hpp"
#include "modules/matplotlib/figure_model.hpp"
#include "lang/module.hpp"
#include "lang/object.hpp"

namespace sl {

struct FigureOutput;  // session.hpp

struct PlotState {
  std::vector<std::shared_ptr<FigureModel>> open;  // creation order
  std::shared_ptr<FigureModel> current;
  Style style;                                     // rcParams style for new figures/axes
  std::map<const void*, ObjPtr> wrappers;          // model pointer -> Python object
  struct Shown {
    int id;
    std::string svg, json;
  };
  std::vector<Shown> shown;                        // emitted by show() during this run
};

// The session's state (imports matplotlib.pyplot on first use).
PlotState& plot_state();

// Session::run: every figure shown during the run, then every open figure with axes
// (rendered and closed, like Jupyter's inline backend). No-op when pyplot was never imported.
void collect_run_figures(Interpreter& in, std::vector<FigureOutput>* out);

// Python objects for models (created once, cached in PlotState::wrappers).
ObjPtr figure_object(const std::shared_ptr<FigureModel>& fig);
ObjPtr axes_object(const std::shared_ptr<FigureModel>& fig, const std::shared_ptr<AxesModel>& ax);
std::shared_ptr<FigureModel> figure_of(const ObjPtr& o);  // null when `o` is not a Figure
std::shared_ptr<AxesModel> axes_of(const ObjPtr& o);      // null when `o` is not an Axes
std::shared_ptr<FigureModel> axes_figure(const ObjPtr& o);

// Figure manager
std::shared_ptr<FigureModel> new_figure(PlotState& st, int num, double w_in, double h_in, double dpi);
std::shared_ptr<FigureModel> gcf(PlotState& st);
std::shared_ptr<AxesModel> gca(PlotState& st);
std::shared_ptr<AxesModel> figure_gca(PlotState& st, FigureModel& fig);
// add_subplot(nrows, ncols, index) on `fig` (1-based index), reusing an axes at the same spot
std::shared_ptr<AxesModel> add_subplot(PlotState& st, FigureModel& fig, int nrows, int ncols, int index);
void close_figure(PlotState& st, const std::shared_ptr<FigureModel>& fig);
// show(): renders every open figure that has axes into `shown`, then closes all.
void show_all(PlotState& st);

// Axes-level operations shared by plt.* and Axes methods (pyplot_axes.cpp). Each takes the
// call's arguments as given and returns the Python result matplotlib returns.
void add_axes_methods(TypeObject* axes_type);
ObjPtr axes_call(const std::string& name, const std::shared_ptr<FigureModel>& fig,
                 const std::shared_ptr<AxesModel>& ax, PosArgs args, KwArgs kw);
bool is_axes_call(const std::string& name);
// Result objects (pyplot_types.cpp)
ObjPtr make_text_object(double x, double y, const std::string& s, bool x_is_int, bool y_is_int);
ObjPtr make_artist_object(const char* type_name, const std::shared_ptr<AxesModel>& ax, size_t index);
ObjPtr make_bar_container(const std::shared_ptr<AxesModel>& ax, size_t index, int64_t n);
ObjPtr make_axes_array(std::vector<ObjPtr> items, std::vector<int64_t> shape);
void init_pyplot_types();
std::string figure_repr(const FigureModel& f);

}  // namespace sl
