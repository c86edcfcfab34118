// figure_model.cpp — styles, colours, format strings, colormaps, autoscaling and ticks of
// the figure model (figure_model.hpp).
#include "modules/matplotlib/figure_model.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <limits>

namespace sl {

// ---------------------------------------------------------------------------------------
// Styles
// ---------------------------------------------------------------------------------------
namespace {
Style make_default_style() {
  Style s;
  s.name = "default";
  s.cycle = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
             "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
  return s;
}
Style make_ggplot_style() {
  Style s;
  s.name = "ggplot";
  s.cycle = {"#e24a33", "#348abd", "#988ed5", "#777777", "#fbc15e", "#8eba42", "#ffb5b8"};
  s.axes_face = "#e5e5e5";
  s.edge = "#ffffff";
  s.grid_color = "#ffffff";
  s.text_color = "#555555";
  s.tick_color = "#555555";
  s.grid = true;
  s.spines = false;
  return s;
}
}  // namespace

const Style* find_style(const std::string& name) {
  static const Style def = make_default_style(), gg = make_ggplot_style();
  if (name == "ggplot") return &gg;
  for (const std::string& n : known_style_names())
    if (n == name) return &def;
  return nullptr;
}

const std::vector<std::string>& known_style_names() {
  static const std::vector<std::string> names = {
      "default", "classic", "Solarize_Light2", "_classic_test_patch", "_mpl-gallery",
      "_mpl-gallery-nogrid", "bmh", "dark_background", "fast", "fivethirtyeight", "ggplot",
      "grayscale", "seaborn-v0_8", "seaborn-v0_8-bright", "seaborn-v0_8-colorblind",
      "seaborn-v0_8-dark", "seaborn-v0_8-dark-palette", "seaborn-v0_8-darkgrid",
      "seaborn-v0_8-deep", "seaborn-v0_8-muted", "seaborn-v0_8-notebook", "seaborn-v0_8-paper",
      "seaborn-v0_8-pastel", "seaborn-v0_8-poster", "seaborn-v0_8-talk", "seaborn-v0_8-ticks",
      "seaborn-v0_8-white", "seaborn-v0_8-whitegrid", "tableau-colorblind10"};
  return names;
}

// ---------------------------------------------------------------------------------------
// Colours
// ---------------------------------------------------------------------------------------
std::string rgb_hex(double r, double g, double b) {
  auto c = [](double v) {
    v = std::min(1.0, std::max(0.0, v));
    return static_cast<int>(std::lround(v * 255.0));
  };
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c(r), c(g), c(b));
  return buf;
}

namespace {
struct NamedColor {
  const char* name;
  const char* hex;
};
// The single-letter base colours and the common CSS/tableau names.
const NamedColor kColors[] = {
    {"b", "#0000ff"}, {"g", "#008000"}, {"r", "#ff0000"}, {"c", "#00bfbf"}, {"m", "#bf00bf"},
    {"y", "#bfbf00"}, {"k", "#000000"}, {"w", "#ffffff"},
    {"tab:blue", "#1f77b4"}, {"tab:orange", "#ff7f0e"}, {"tab:green", "#2ca02c"},
    {"tab:red", "#d62728"}, {"tab:purple", "#9467bd"}, {"tab:brown", "#8c564b"},
    {"tab:pink", "#e377c2"}, {"tab:gray", "#7f7f7f"}, {"tab:grey", "#7f7f7f"},
    {"tab:olive", "#bcbd22"}, {"tab:cyan", "#17becf"},
    {"blue", "#0000ff"}, {"green", "#008000"}, {"red", "#ff0000"}, {"cyan", "#00ffff"},
    {"magenta", "#ff00ff"}, {"yellow", "#ffff00"}, {"black", "#000000"}, {"white", "#ffffff"},
    {"gray", "#808080"}, {"grey", "#808080"}, {"orange", "#ffa500"}, {"purple", "#800080"},
    {"brown", "#a52a2a"}, {"pink", "#ffc0cb"}, {"navy", "#000080"}, {"olive", "#808000"},
    {"teal", "#008080"}, {"lime", "#00ff00"}, {"maroon", "#800000"}, {"gold", "#ffd700"},
    {"silver", "#c0c0c0"}, {"lightgray", "#d3d3d3"}, {"lightgrey", "#d3d3d3"},
    {"darkgray", "#a9a9a9"}, {"darkgrey", "#a9a9a9"}, {"lightblue", "#add8e6"},
    {"darkblue", "#00008b"}, {"darkgreen", "#006400"}, {"darkred", "#8b0000"},
    {"steelblue", "#4682b4"}, {"skyblue", "#87ceeb"}, {"salmon", "#fa8072"},
    {"crimson", "#dc143c"}, {"indigo", "#4b0082"}, {"violet", "#ee82ee"}, {"coral", "#ff7f50"},
    {"tomato", "#ff6347"}, {"turquoise", "#40e0d0"}, {"tan", "#d2b48c"}, {"khaki", "#f0e68c"},
    {"orchid", "#da70d6"}, {"chocolate", "#d2691e"}, {"firebrick", "#b22222"},
    {"forestgreen", "#228b22"}, {"seagreen", "#2e8b57"}, {"royalblue", "#4169e1"},
    {"slategray", "#708090"}, {"dimgray", "#696969"}, {"darkorange", "#ff8c00"},
};
bool is_hex(const std::string& s) {
  for (char c : s)
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
  return true;
}
}  // namespace

std::string parse_color(const std::string& spec0, const std::vector<std::string>& cycle) {
  std::string spec;
  for (char c : spec0) spec += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (spec.size() >= 2 && spec[0] == 'c' && std::isdigit(static_cast<unsigned char>(spec[1]))) {
    bool digits = true;
    for (size_t i = 1; i < spec.size(); ++i) digits = digits && std::isdigit(static_cast<unsigned char>(spec[i]));
    if (digits && !cycle.empty()) return cycle[std::stoul(spec.substr(1)) % cycle.size()];
  }
  if (!spec.empty() && spec[0] == '#') {
    std::string h = spec.substr(1);
    if (!is_hex(h)) return "";
    if (h.size() == 3 || h.size() == 4) return std::string("#") + h[0] + h[0] + h[1] + h[1] + h[2] + h[2];
    if (h.size() == 6 || h.size() == 8) return "#" + h.substr(0, 6);
    return "";
  }
  for (const NamedColor& c : kColors)
    if (spec == c.name) return c.hex;
  // a grey level "0.5"
  char* end = nullptr;
  double v = std::strtod(spec.c_str(), &end);
  if (!spec.empty() && end && *end == '\0' && v >= 0 && v <= 1) return rgb_hex(v, v, v);
  return "";
}

bool parse_format(const std::string& fmt, const std::vector<std::string>& cycle, LineFormat* out,
                  std::string* error) {
  static const char* const kStyles[] = {"--", "-.", "-", ":"};
  static const std::string kMarkers = ".,ov^<>12348spP*hH+xXDd|_";
  LineFormat f;
  size_t i = 0;
  // The whole string may be a colour ('red', '0.5', '#aabbcc', 'C1').
  std::string whole = parse_color(fmt, cycle);
  if (!whole.empty() && fmt.size() > 1) {
    f.color = whole;
    *out = f;
    return true;
  }
  while (i < fmt.size()) {
    bool matched = false;
    for (const char* st : kStyles) {
      size_t n = std::char_traits<char>::length(st);
      if (fmt.compare(i, n, st) == 0) {
        if (f.has_linestyle) {
          *error = "'" + fmt + "' is not a valid format string (two linestyle symbols)";
          return false;
        }
        f.linestyle = st;
        f.has_linestyle = true;
        i += n;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    char c = fmt[i];
    if (kMarkers.find(c) != std::string::npos) {
      if (f.has_marker) {
        *error = "'" + fmt + "' is not a valid format string (two marker symbols)";
        return false;
      }
      f.marker = std::string(1, c);
      f.has_marker = true;
      ++i;
      continue;
    }
    if (c == 'C' && i + 1 < fmt.size() && std::isdigit(static_cast<unsigned char>(fmt[i + 1]))) {
      f.color = parse_color(fmt.substr(i, 2), cycle);
      i += 2;
      continue;
    }
    std::string col = parse_color(std::string(1, c), cycle);
    if (!col.empty() && std::string("bgrcmykw").find(c) != std::string::npos) {
      if (!f.color.empty()) {
        *error = "'" + fmt + "' is not a valid format string (two color symbols)";
        return false;
      }
      f.color = col;
      ++i;
      continue;
    }
    *error = "'" + fmt + "' is not a valid format string (unrecognized character '" + std::string(1, c) + "')";
    return false;
  }
  *out = f;
  return true;
}

// ---------------------------------------------------------------------------------------
// Colormaps: 17 samples of matplotlib's maps, linearly interpolated.
// ---------------------------------------------------------------------------------------
namespace {
struct Cmap {
  const char* name;
  uint32_t samples[17];
};
const Cmap kCmaps[] = {
    {"viridis", {0x440154, 0x48186a, 0x472d7b, 0x424086, 0x3b528b, 0x33638d, 0x2c728e, 0x26828e, 0x21918c,
                 0x1fa088, 0x28ae80, 0x3fbc73, 0x5ec962, 0x84d44b, 0xaddc30, 0xd8e219, 0xfde725}},
    {"hot", {0x0b0000, 0x350000, 0x5f0000, 0x890000, 0xb30000, 0xdd0000, 0xff0800, 0xff3200, 0xff5c00,
             0xff8600, 0xffb000, 0xffda00, 0xffff07, 0xffff46, 0xffff85, 0xffffc4, 0xffffff}},
    {"gray", {0x000000, 0x101010, 0x202020, 0x303030, 0x404040, 0x505050, 0x606060, 0x707070, 0x808080,
              0x909090, 0xa0a0a0, 0xb0b0b0, 0xc0c0c0, 0xd0d0d0, 0xe0e0e0, 0xf0f0f0, 0xffffff}},
    {"Greys", {0xffffff, 0xf7f7f7, 0xefefef, 0xe2e2e2, 0xd9d9d9, 0xc6c6c6, 0xbdbdbd, 0xa4a4a4, 0x969696,
               0x858585, 0x737373, 0x606060, 0x525252, 0x363636, 0x252525, 0x121212, 0x000000}},
};
const Cmap* find_cmap(const std::string& name) {
  std::string base = name;
  for (const Cmap& c : kCmaps)
    if (base == c.name) return &c;
  return nullptr;
}
}  // namespace

bool is_known_cmap(const std::string& name) {
  std::string base = name.size() > 2 && name.compare(name.size() - 2, 2, "_r") == 0 ? name.substr(0, name.size() - 2) : name;
  return find_cmap(base) != nullptr || base == "binary" || base == "Greys";
}

std::array<uint8_t, 4> cmap_rgba(const std::string& name, double t) {
  if (std::isnan(t)) return {{0, 0, 0, 0}};
  bool reversed = name.size() > 2 && name.compare(name.size() - 2, 2, "_r") == 0;
  std::string base = reversed ? name.substr(0, name.size() - 2) : name;
  if (base == "binary") base = "Greys";
  const Cmap* c = find_cmap(base);
  if (!c) c = &kCmaps[0];
  t = std::min(1.0, std::max(0.0, t));
  if (reversed) t = 1.0 - t;
  double pos = t * 16.0;
  int i = std::min(15, static_cast<int>(pos));
  double f = pos - i;
  std::array<uint8_t, 4> out{};
  for (int ch = 0; ch < 3; ++ch) {
    int shift = 16 - 8 * ch;
    double a = (c->samples[i] >> shift) & 0xff, b = (c->samples[i + 1] >> shift) & 0xff;
    out[ch] = static_cast<uint8_t>(std::lround(a + (b - a) * f));
  }
  out[3] = 255;
  return out;
}

// ---------------------------------------------------------------------------------------
// Axes
// ---------------------------------------------------------------------------------------
bool AxesModel::has_image() const {
  for (const Artist& a : artists)
    if (a.kind == ArtistKind::Image) return true;
  return false;
}

std::string AxesModel::next_color() {
  const std::vector<std::string>& c = style.cycle;
  if (c.empty()) return "#1f77b4";
  return c[cycle_index++ % c.size()];
}

namespace {

// matplotlib.transforms.nonsingular (increasing=True)
std::pair<double, double> nonsingular(double vmin, double vmax, double expander) {
  const double tiny = 1e-15;
  if (!std::isfinite(vmin) || !std::isfinite(vmax)) return {-expander, expander};
  if (vmax < vmin) std::swap(vmin, vmax);
  double maxabs = std::max(std::fabs(vmin), std::fabs(vmax));
  if (maxabs < (1e6 / tiny) * std::numeric_limits<double>::min()) {
    vmin = -expander;
    vmax = expander;
  } else if (vmax - vmin <= maxabs * tiny) {
    if (vmax == 0 && vmin == 0) {
      vmin = -expander;
      vmax = expander;
    } else {
      vmin -= expander * std::fabs(vmin);
      vmax += expander * std::fabs(vmax);
    }
  }
  return {vmin, vmax};
}

// Axes.autoscale_view for one axis (linear scale, margin 0.05, autolimit_mode 'data').
std::pair<double, double> autoscale(const AxesModel& ax, bool is_x) {
  double lo = INFINITY, hi = -INFINITY;
  std::vector<double> stickies;
  auto upd = [&](double v) {
    if (!std::isfinite(v)) return;
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  };
  for (const Artist& a : ax.artists) {
    const std::vector<double>& st = is_x ? a.sticky_x : a.sticky_y;
    stickies.insert(stickies.end(), st.begin(), st.end());
    switch (a.kind) {
      case ArtistKind::Line:
      case ArtistKind::Scatter:
        for (size_t i = 0; i < a.x.size() && i < a.y.size(); ++i) {
          if (!std::isfinite(a.x[i]) || !std::isfinite(a.y[i])) continue;
          upd(is_x ? a.x[i] : a.y[i]);
        }
        break;
      case ArtistKind::Bars:
        for (size_t i = 0; i < a.x.size(); ++i) {
          if (a.width[i] == 0 && a.y[i] == 0) continue;  // matplotlib skips empty rectangles
          // Rectangle corners through BboxTransformTo: x0 and (x1 - x0) + x0
          double x0 = a.x[i], x1 = x0 + a.width[i];
          double y0 = a.bottom[i], y1 = y0 + a.y[i];
          if (is_x) {
            upd(x0);
            upd((x1 - x0) + x0);
          } else {
            upd(y0);
            upd((y1 - y0) + y0);
          }
        }
        break;
      case ArtistKind::Image:
        if (is_x) {
          upd(a.extent[0]);
          upd(a.extent[1]);
        } else {
          upd(a.extent[2]);
          upd(a.extent[3]);
        }
        break;
    }
  }
  if (ax.artists.empty()) return {0.0, 1.0};
  double x0 = lo, x1 = hi;
  if (!(lo <= hi)) x0 = -INFINITY, x1 = INFINITY;
  std::tie(x0, x1) = nonsingular(x0, x1, 0.05);
  std::sort(stickies.begin(), stickies.end());
  const double tol = 1e-5 * std::max({std::fabs(x0), std::fabs(x1), std::fabs(x1 - x0)});
  auto i0 = std::lower_bound(stickies.begin(), stickies.end(), x0 + tol) - stickies.begin() - 1;
  auto i1 = std::lower_bound(stickies.begin(), stickies.end(), x1 - tol) - stickies.begin();
  double delta = (x1 - x0) * 0.05;
  if (!std::isfinite(delta)) delta = 0;
  double a = x0 - delta, b = x1 + delta;
  if (i0 != -1) a = std::max(a, stickies[static_cast<size_t>(i0)]);
  if (i1 != static_cast<long>(stickies.size())) b = std::min(b, stickies[static_cast<size_t>(i1)]);
  return nonsingular(a, b, 0.001);
}

std::pair<double, double> limits(const AxesModel& ax, const AxesLimits& l, bool is_x) {
  if (l.set) return {l.lo, l.hi};
  std::pair<double, double> r = autoscale(ax, is_x);
  if (l.inverted) std::swap(r.first, r.second);
  return r;
}

}  // namespace

std::pair<double, double> AxesModel::get_xlim() const { return limits(*this, xlim, true); }
std::pair<double, double> AxesModel::get_ylim() const { return limits(*this, ylim, false); }

int FigureModel::width_px() const { return static_cast<int>(std::lround(width_in * dpi)); }
int FigureModel::height_px() const { return static_cast<int>(std::lround(height_in * dpi)); }

// ---------------------------------------------------------------------------------------
// Ticks
// ---------------------------------------------------------------------------------------
std::vector<double> nice_ticks(double lo, double hi, int nbins) {
  std::vector<double> out;
  if (!std::isfinite(lo) || !std::isfinite(hi)) return out;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo <= 0) {
    out.push_back(lo);
    return out;
  }
  double raw = (hi - lo) / std::max(1, nbins);
  double scale = std::pow(10.0, std::floor(std::log10(raw)));
  static const double steps[] = {1, 2, 2.5, 5, 10};
  double step = 10 * scale;
  for (double s : steps)
    if (s * scale >= raw * (1 - 1e-9)) {
      step = s * scale;
      break;
    }
  double first = std::ceil(lo / step - 1e-9) * step;
  for (int k = 0; k < 1000; ++k) {
    double t = first + k * step;
    if (t > hi + step * 1e-9) break;
    if (std::fabs(t) < step * 1e-9) t = 0;
    out.push_back(t);
  }
  return out;
}

std::vector<std::string> tick_labels(const std::vector<double>& ticks) {
  int decimals = 0;
  for (double t : ticks) {
    for (int d = 0; d <= 6; ++d) {
      double s = t * std::pow(10.0, d);
      if (std::fabs(s - std::round(s)) < 1e-6 * std::max(1.0, std::fabs(s))) {
        decimals = std::max(decimals, d);
        break;
      }
      if (d == 6) decimals = 6;
    }
  }
  std::vector<std::string> out;
  for (double t : ticks) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(t));
    std::string s = buf;
    bool zero = true;
    for (char c : s) zero = zero && (c == '0' || c == '.');
    if (t < 0 && !zero) s = "\xe2\x88\x92" + s;  // U+2212 minus, as matplotlib prints
    out.push_back(s);
  }
  return out;
}

}  // namespace sl
