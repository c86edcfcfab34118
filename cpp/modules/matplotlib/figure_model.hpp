// figure_model.hpp — the figure data behind matplotlib.pyplot: figures, axes and their
// artists (lines, bars, scatter points, images), plus the pieces of matplotlib's behaviour
// that programs can observe or that the renderers need: automatic axis limits (data limits,
// 5% margins, sticky edges of bars and images, nonsingular expansion — as
// Axes.autoscale_view computes them), colour cycles and named/format-string colours,
// colormaps, "nice" tick locations (MaxNLocator) and tick labels.
//
// It knows nothing of Python (pyplot_*.cpp wraps it) and produces no output itself:
// figure_svg.cpp renders SVG, figure_json.cpp the data JSON the page renders.
// Not modelled: transforms beyond linear axes, log scales, text layout, twin axes.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sl {

enum class ArtistKind { Line, Bars, Scatter, Image };

struct Artist {
  ArtistKind kind = ArtistKind::Line;
  std::string label;          // "" or "_..." = not in the legend
  std::string color = "#1f77b4";
  double alpha = 1.0;
  // Line / Scatter: the points. Bars: x = left edges, y = heights.
  std::vector<double> x, y;
  // Line
  std::string linestyle = "-";  // "-", "--", "-.", ":", "" (none)
  double linewidth = 1.5;
  std::string marker;           // "" or one of "o.,xs+^v*dD"
  double markersize = 6;
  // Bars
  std::vector<double> width, bottom;
  // Scatter: one size (points^2) per point, or a single one
  std::vector<double> sizes;
  // Image: row-major values, extent (x0, x1, y0, y1) as imshow stores it
  int64_t rows = 0, cols = 0;
  std::vector<double> values;
  std::string cmap = "viridis";
  double vmin = 0, vmax = 1;
  std::array<double, 4> extent{{0, 0, 0, 0}};
  // Sticky edges (matplotlib's Artist.sticky_edges): autoscaling margins never cross them.
  std::vector<double> sticky_x, sticky_y;
};

struct Style {
  std::string name = "default";
  std::vector<std::string> cycle;  // colour cycle
  std::string axes_face = "#ffffff", figure_face = "#ffffff", edge = "#000000";
  std::string grid_color = "#b0b0b0", text_color = "#000000", tick_color = "#000000";
  bool grid = false;
  bool spines = true;
};
// "default", "ggplot"; null when the name is unknown. `known_style_names` lists the
// names accepted (matplotlib's style library); those without a table render as default.
const Style* find_style(const std::string& name);
const std::vector<std::string>& known_style_names();

struct AxesLimits {
  double lo = 0, hi = 1;
  bool set = false;      // set explicitly (autoscaling off)
  bool inverted = false; // autoscaled limits come out (hi, lo)
};

struct AxesModel {
  std::string title, xlabel, ylabel;
  bool legend = false;
  bool grid = false;
  std::array<double, 4> position{{0.125, 0.11, 0.775, 0.77}};  // left, bottom, width, height
  std::vector<Artist> artists;
  AxesLimits xlim, ylim;
  size_t cycle_index = 0;
  int current_image = -1;  // artist index pyplot's gci() sees (set by plt.imshow only)
  Style style;
  bool colorbar = false;
  std::string colorbar_cmap;
  double colorbar_vmin = 0, colorbar_vmax = 1;
  bool has_image() const;

  // The next colour of this axes' cycle (advances it).
  std::string next_color();
  // Current limits as get_xlim()/get_ylim() return them (autoscaling when not set).
  std::pair<double, double> get_xlim() const;
  std::pair<double, double> get_ylim() const;
};

struct FigureModel {
  int id = 1;
  double width_in = 6.4, height_in = 4.8, dpi = 100;
  Style style;
  std::string suptitle;
  std::vector<std::shared_ptr<AxesModel>> axes;
  int current_axes = -1;  // index into axes (gca), -1 when none
  int width_px() const;
  int height_px() const;
};

// matplotlib colour spec -> "#rrggbb" ('r', 'C1', 'tab:blue', 'red', '#abc', '#aabbcc',
// '0.5' grey). `cycle` resolves 'Cn'. Returns "" when not a colour.
std::string parse_color(const std::string& spec, const std::vector<std::string>& cycle);
std::string rgb_hex(double r, double g, double b);
// Format string ('r--', 'o', 'k-', 'g^:'): false when it is not a valid one.
struct LineFormat {
  std::string color, linestyle, marker;
  bool has_linestyle = false, has_marker = false;
};
bool parse_format(const std::string& fmt, const std::vector<std::string>& cycle, LineFormat* out,
                  std::string* error);
bool is_known_cmap(const std::string& name);
// The colormap's colour at t in [0, 1] (NaN -> transparent black), as 0..255 channels.
std::array<uint8_t, 4> cmap_rgba(const std::string& cmap, double t);

// Matplotlib's MaxNLocator(nbins, steps=[1, 2, 2.5, 5, 10]) tick values inside [lo, hi],
// and ScalarFormatter-like labels for them (common number of decimals, U+2212 minus).
std::vector<double> nice_ticks(double lo, double hi, int nbins);
std::vector<std::string> tick_labels(const std::vector<double>& ticks);

// np.histogram(a, bins, range) as used by plt.hist: counts (as doubles, or densities) and
// edges. `edges_given` holds explicit edges (then `bins` is ignored). Raises ValueError
// like NumPy for bad bins or ranges.
void histogram(const std::vector<double>& a, int64_t bins, const std::vector<double>* edges_given,
               const std::optional<std::pair<double, double>>& range, bool density,
               std::vector<double>* counts, std::vector<double>* edges);

// An image artist's pixels as rows*cols*4 RGBA bytes (row 0 first), via its colormap.
std::string image_rgba(const Artist& a);
std::string base64_encode(const std::string& bytes);
// Images beyond kMaxImagePixels are output sampled (every k-th row and column).
constexpr int64_t kMaxImagePixels = 512 * 512;
Artist sampled_image(const Artist& a);
// Points of a line/scatter artist kept for output: every k-th, k = ceil(n / kMaxArtistPoints).
size_t decimation_step(size_t n);

// Output
std::string figure_svg(const FigureModel& fig);
std::string figure_json(const FigureModel& fig);
constexpr size_t kMaxArtistPoints = 10000;  // cap per artist in JSON/SVG (decimated beyond)

}  // namespace sl
