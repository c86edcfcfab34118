// figure_json.cpp — the figure data JSON the playground renders (RunResult::figures):
//   {"id","width","height","style":"default"|"ggplot","axes":[{"title","xlabel","ylabel",
//    "xlim":[lo,hi],"ylim":[lo,hi],"legend","grid","position":[l,b,w,h] (figure fraction),
//    "artists":[line {x,y,label,color,linestyle,linewidth,marker} | bars {x (lefts),width,
//    height,bottom,color,label} | scatter {x,y,size (number or array),color,label} |
//    image {rows,cols,rgba (base64 RGBA),extent,cmap,vmin,vmax}] (+ "alpha" when not 1),
//    "colorbar": null | {cmap,vmin,vmax}}]}
// Line/scatter arrays are capped at kMaxArtistPoints per artist (every k-th point beyond),
// images at kMaxImagePixels (every k-th row and column). Also the base64 and image helpers.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "modules/matplotlib/figure_model.hpp"
#include "modules/json_text.hpp"
#include "core/extent.hpp"

namespace sl {

std::string base64_encode(const std::string& in) {
  static const char* t = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((in.size() + 2) / 3 * 4);
  size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    uint32_t v = (uint8_t(in[i]) << 16) | (uint8_t(in[i + 1]) << 8) | uint8_t(in[i + 2]);
    out += t[v >> 18];
    out += t[(v >> 12) & 63];
    out += t[(v >> 6) & 63];
    out += t[v & 63];
  }
  if (i < in.size()) {
    uint32_t v = uint8_t(in[i]) << 16;
    if (i + 1 < in.size()) v |= uint8_t(in[i + 1]) << 8;
    out += t[v >> 18];
    out += t[(v >> 12) & 63];
    out += i + 1 < in.size() ? t[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

Artist sampled_image(const Artist& a) {
  int64_t k = 1;
  while (((a.rows + k - 1) / k) * ((a.cols + k - 1) / k) > kMaxImagePixels) ++k;
  Artist s = a;
  s.rows = (a.rows + k - 1) / k;
  s.cols = (a.cols + k - 1) / k;
  s.values.clear();
  for (int64_t r = 0; r < a.rows; r += k)
    for (int64_t c = 0; c < a.cols; c += k) s.values.push_back(a.values[static_cast<size_t>(r * a.cols + c)]);
  return s;
}

size_t decimation_step(size_t n) { return n <= kMaxArtistPoints ? 1 : (n + kMaxArtistPoints - 1) / kMaxArtistPoints; }

std::string image_rgba(const Artist& a) {
  std::string out(alloc_count(alloc_mul(alloc_mul(a.rows, a.cols), 4)), '\0');
  const double span = a.vmax - a.vmin;
  for (int64_t i = 0; i < a.rows * a.cols; ++i) {
    double v = a.values[static_cast<size_t>(i)];
    double t = std::isnan(v) ? NAN : (span > 0 ? (v - a.vmin) / span : 0.0);
    std::array<uint8_t, 4> c = cmap_rgba(a.cmap, t);
    for (int k = 0; k < 4; ++k) out[static_cast<size_t>(i * 4 + k)] = static_cast<char>(c[k]);
  }
  return out;
}

namespace {

std::string num(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  for (int p = 6; p <= 17; ++p) {
    std::snprintf(buf, sizeof buf, "%.*g", p, v);
    if (std::strtod(buf, nullptr) == v) break;
  }
  return buf;
}

std::string str(const std::string& s) { return json_string(s); }

std::string arr(const std::vector<double>& v, size_t step = 1) {
  std::string o = "[";
  for (size_t i = 0; i < v.size(); i += step) {
    if (i) o += ",";
    o += num(v[i]);
  }
  return o + "]";
}

std::string artist_json(const Artist& a) {
  std::string o = "{";
  switch (a.kind) {
    case ArtistKind::Line: {
      size_t k = decimation_step(a.x.size());
      o += "\"type\":\"line\",\"x\":" + arr(a.x, k) + ",\"y\":" + arr(a.y, k) + ",\"label\":" + str(a.label) +
           ",\"color\":" + str(a.color) + ",\"linestyle\":" + str(a.linestyle) + ",\"linewidth\":" + num(a.linewidth) +
           ",\"marker\":" + str(a.marker);
      break;
    }
    case ArtistKind::Bars:
      o += "\"type\":\"bars\",\"x\":" + arr(a.x) + ",\"width\":" + arr(a.width) + ",\"height\":" + arr(a.y) +
           ",\"bottom\":" + arr(a.bottom) + ",\"color\":" + str(a.color) + ",\"label\":" + str(a.label);
      break;
    case ArtistKind::Scatter: {
      size_t k = decimation_step(a.x.size());
      o += "\"type\":\"scatter\",\"x\":" + arr(a.x, k) + ",\"y\":" + arr(a.y, k) + ",\"size\":" +
           (a.sizes.size() == 1 ? num(a.sizes[0]) : arr(a.sizes, k)) + ",\"color\":" + str(a.color) +
           ",\"label\":" + str(a.label);
      break;
    }
    case ArtistKind::Image:
      if (a.rows * a.cols > kMaxImagePixels) return artist_json(sampled_image(a));
      o += "\"type\":\"image\",\"rows\":" + std::to_string(a.rows) + ",\"cols\":" + std::to_string(a.cols) +
           ",\"rgba\":\"" + base64_encode(image_rgba(a)) + "\",\"extent\":[" + num(a.extent[0]) + "," +
           num(a.extent[1]) + "," + num(a.extent[2]) + "," + num(a.extent[3]) + "],\"cmap\":" + str(a.cmap) +
           ",\"vmin\":" + num(a.vmin) + ",\"vmax\":" + num(a.vmax);
      break;
  }
  if (a.alpha != 1.0) o += ",\"alpha\":" + num(a.alpha);
  return o + "}";
}

}  // namespace

std::string figure_json(const FigureModel& fig) {
  std::string o = "{\"id\":" + std::to_string(fig.id) + ",\"width\":" + std::to_string(fig.width_px()) +
                  ",\"height\":" + std::to_string(fig.height_px()) + ",\"style\":" + str(fig.style.name) +
                  ",\"axes\":[";
  for (size_t i = 0; i < fig.axes.size(); ++i) {
    const AxesModel& ax = *fig.axes[i];
    auto xl = ax.get_xlim();
    auto yl = ax.get_ylim();
    if (i) o += ",";
    o += "{\"title\":" + str(ax.title) + ",\"xlabel\":" + str(ax.xlabel) + ",\"ylabel\":" + str(ax.ylabel) +
         ",\"xlim\":[" + num(xl.first) + "," + num(xl.second) + "],\"ylim\":[" + num(yl.first) + "," +
         num(yl.second) + "],\"legend\":" + (ax.legend ? "true" : "false") + ",\"grid\":" +
         (ax.grid ? "true" : "false") + ",\"position\":[" + num(ax.position[0]) + "," + num(ax.position[1]) +
         "," + num(ax.position[2]) + "," + num(ax.position[3]) + "],\"artists\":[";
    for (size_t k = 0; k < ax.artists.size(); ++k) {
      if (k) o += ",";
      o += artist_json(ax.artists[k]);
    }
    o += "],\"colorbar\":";
    if (ax.colorbar)
      o += "{\"cmap\":" + str(ax.colorbar_cmap) + ",\"vmin\":" + num(ax.colorbar_vmin) + ",\"vmax\":" +
           num(ax.colorbar_vmax) + "}";
    else
      o += "null";
    o += "}";
  }
  return o + "]}";
}

}  // namespace sl
