// figure_svg.cpp — renders a FigureModel as a self-contained SVG document (what savefig
// writes and what RunResult::figures carries): figure and axes backgrounds, grid, one
// <path> per line, <rect>s for bars, <circle>s for scatter points and markers, images as
// <rect> grids (up to 64x64) or an embedded BMP, spines, ticks at MaxNLocator-like
// positions with labels, title/axis labels, legend and colorbar. Coordinates are pixels of
// a width x height (dpi 100) canvas. Not a byte-for-byte copy of matplotlib's SVG.
#include <cmath>
#include <cstdio>

#include "modules/matplotlib/figure_model.hpp"
#include "core/extent.hpp"

namespace sl {

namespace {

constexpr double kPt = 100.0 / 72.0;  // pixels per point at dpi 100
constexpr double kFont = 10 * kPt;

std::string f2(double v) {
  if (!std::isfinite(v)) v = 0;
  char b[32];
  std::snprintf(b, sizeof b, "%.2f", v);
  std::string s = b;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (s == "-0") s = "0";
  return s;
}

// Text for an XML document: markup characters escaped, and everything XML 1.0 cannot
// contain (control characters other than tab/newline/return, surrogates, U+FFFE/U+FFFF,
// malformed UTF-8) replaced by U+FFFD, so that any title or label gives a valid SVG.
std::string esc(const std::string& s) {
  static const char kReplacement[] = "\xEF\xBF\xBD";
  std::string o;
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '&': o += "&amp;"; break;
        case '"': o += "&quot;"; break;
        case '\t': case '\n': case '\r': o += static_cast<char>(c); break;
        default: if (c < 0x20 || c == 0x7f) o += kReplacement; else o += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    // one UTF-8 sequence: validate it fully
    const int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
    uint32_t cp = len == 4 ? c & 0x07 : len == 3 ? c & 0x0F : c & 0x1F;
    bool ok = len > 0 && i + len <= n && c < 0xF5 && c != 0xC0 && c != 0xC1;
    for (int k = 1; ok && k < len; ++k) {
      const unsigned char d = static_cast<unsigned char>(s[i + k]);
      ok = (d & 0xC0) == 0x80;
      cp = (cp << 6) | (d & 0x3F);
    }
    if (ok) {
      const uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
      ok = cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF &&
           !(cp >= 0x80 && cp < 0xA0);  // C1 controls are discouraged; keep the file clean
    }
    if (ok) {
      o.append(s, i, static_cast<size_t>(len));
      i += static_cast<size_t>(len);
    } else {
      o += kReplacement;
      ++i;
    }
  }
  return o;
}

std::string text(double x, double y, const std::string& s, const char* anchor, double size,
                 const std::string& color, const char* extra = "") {
  return "<text x=\"" + f2(x) + "\" y=\"" + f2(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"" + f2(size) +
         "\" fill=\"" + color + "\"" + extra + ">" + esc(s) + "</text>\n";
}

std::string dash(const std::string& ls, double lw) {
  double w = lw * kPt;
  if (ls == "--") return " stroke-dasharray=\"" + f2(3.7 * w) + "," + f2(1.6 * w) + "\"";
  if (ls == "-.") return " stroke-dasharray=\"" + f2(6.4 * w) + "," + f2(1.6 * w) + "," + f2(w) + "," + f2(1.6 * w) + "\"";
  if (ls == ":") return " stroke-dasharray=\"" + f2(w) + "," + f2(1.65 * w) + "\"";
  return "";
}

struct Box {
  double left, top, w, h;
  double x0, x1, y0, y1;  // limits
  double px(double x) const { return left + (x - x0) / (x1 - x0) * w; }
  double py(double y) const { return top + h - (y - y0) / (y1 - y0) * h; }
};

// 24-bit bottom-up BMP of an RGBA pixel block (alpha dropped).
std::string bmp(const std::string& rgba, int64_t rows, int64_t cols) {
  const int64_t stride = (cols * 3 + 3) / 4 * 4;
  const int64_t size = 54 + stride * rows;
  std::string b(alloc_count(size), '\0');
  auto put32 = [&](size_t at, uint32_t v) {
    for (int k = 0; k < 4; ++k) b[at + k] = static_cast<char>((v >> (8 * k)) & 0xff);
  };
  b[0] = 'B';
  b[1] = 'M';
  put32(2, static_cast<uint32_t>(size));
  put32(10, 54);
  put32(14, 40);
  put32(18, static_cast<uint32_t>(cols));
  put32(22, static_cast<uint32_t>(rows));
  b[26] = 1;
  b[28] = 24;
  put32(34, static_cast<uint32_t>(stride * rows));
  for (int64_t r = 0; r < rows; ++r) {
    size_t row_at = static_cast<size_t>(54 + (rows - 1 - r) * stride);
    for (int64_t c = 0; c < cols; ++c) {
      size_t src = static_cast<size_t>((r * cols + c) * 4);
      b[row_at + c * 3] = rgba[src + 2];
      b[row_at + c * 3 + 1] = rgba[src + 1];
      b[row_at + c * 3 + 2] = rgba[src];
    }
  }
  return b;
}

void draw_artist(std::string& o, const Artist& a, const Box& bx) {
  std::string op = a.alpha != 1.0 ? " opacity=\"" + f2(a.alpha) + "\"" : "";
  switch (a.kind) {
    case ArtistKind::Line: {
      size_t k = decimation_step(a.x.size());
      if (!a.linestyle.empty() && a.linestyle != "None" && a.x.size() > 0) {
        std::string d;
        bool pen = false;
        for (size_t i = 0; i < a.x.size() && i < a.y.size(); i += k) {
          if (!std::isfinite(a.x[i]) || !std::isfinite(a.y[i])) {
            pen = false;
            continue;
          }
          d += (pen ? " L" : (d.empty() ? "M" : " M")) + f2(bx.px(a.x[i])) + " " + f2(bx.py(a.y[i]));
          pen = true;
        }
        o += "<path class=\"line\" d=\"" + d + "\" fill=\"none\" stroke=\"" + a.color + "\" stroke-width=\"" +
             f2(a.linewidth * kPt) + "\" stroke-linejoin=\"round\" stroke-linecap=\"square\"" +
             dash(a.linestyle, a.linewidth) + op + "/>\n";
      }
      if (!a.marker.empty()) {
        double r = (a.marker == "." ? a.markersize * 0.5 : a.markersize) * kPt / 2;
        o += "<g class=\"markers\" fill=\"" + a.color + "\"" + op + ">";
        for (size_t i = 0; i < a.x.size() && i < a.y.size(); i += k)
          if (std::isfinite(a.x[i]) && std::isfinite(a.y[i]))
            o += "<circle cx=\"" + f2(bx.px(a.x[i])) + "\" cy=\"" + f2(bx.py(a.y[i])) + "\" r=\"" + f2(r) + "\"/>";
        o += "</g>\n";
      }
      break;
    }
    case ArtistKind::Bars:
      o += "<g class=\"bars\" fill=\"" + a.color + "\"" + op + ">";
      for (size_t i = 0; i < a.x.size(); ++i) {
        double xa = bx.px(a.x[i]), xb = bx.px(a.x[i] + a.width[i]);
        double ya = bx.py(a.bottom[i]), yb = bx.py(a.bottom[i] + a.y[i]);
        o += "<rect x=\"" + f2(std::min(xa, xb)) + "\" y=\"" + f2(std::min(ya, yb)) + "\" width=\"" +
             f2(std::fabs(xb - xa)) + "\" height=\"" + f2(std::fabs(yb - ya)) + "\"/>";
      }
      o += "</g>\n";
      break;
    case ArtistKind::Scatter: {
      size_t k = decimation_step(a.x.size());
      o += "<g class=\"scatter\" fill=\"" + a.color + "\"" + op + ">";
      for (size_t i = 0; i < a.x.size() && i < a.y.size(); i += k) {
        double s = a.sizes.size() == 1 ? a.sizes[0] : (i < a.sizes.size() ? a.sizes[i] : 36);
        o += "<circle cx=\"" + f2(bx.px(a.x[i])) + "\" cy=\"" + f2(bx.py(a.y[i])) + "\" r=\"" +
             f2(std::sqrt(std::max(0.0, s)) * kPt / 2) + "\"/>";
      }
      o += "</g>\n";
      break;
    }
    case ArtistKind::Image: {
      if (a.rows * a.cols > kMaxImagePixels) {
        draw_artist(o, sampled_image(a), bx);
        return;
      }
      std::string rgba = image_rgba(a);
      double xa = bx.px(a.extent[0]), xb = bx.px(a.extent[1]);
      double ya = bx.py(a.extent[3]), yb = bx.py(a.extent[2]);  // extent y0 is the bottom row's edge
      // row 0 is drawn at extent[3]'s side for origin 'upper' (extent = (.., rows-0.5, -0.5))
      double cw = (xb - xa) / static_cast<double>(a.cols), ch = (yb - ya) / static_cast<double>(a.rows);
      if (a.rows <= 64 && a.cols <= 64) {
        o += "<g class=\"image\">";
        for (int64_t r = 0; r < a.rows; ++r)
          for (int64_t c = 0; c < a.cols; ++c) {
            size_t at = static_cast<size_t>((r * a.cols + c) * 4);
            char col[8];
            std::snprintf(col, sizeof col, "#%02x%02x%02x", uint8_t(rgba[at]), uint8_t(rgba[at + 1]), uint8_t(rgba[at + 2]));
            double x = xa + cw * c, y = ya + ch * r;
            o += "<rect x=\"" + f2(std::min(x, x + cw)) + "\" y=\"" + f2(std::min(y, y + ch)) + "\" width=\"" +
                 f2(std::fabs(cw) + 0.3) + "\" height=\"" + f2(std::fabs(ch) + 0.3) + "\" fill=\"" + col + "\"/>";
          }
        o += "</g>\n";
      } else {
        o += "<image class=\"image\" x=\"" + f2(std::min(xa, xb)) + "\" y=\"" + f2(std::min(ya, yb)) + "\" width=\"" +
             f2(std::fabs(xb - xa)) + "\" height=\"" + f2(std::fabs(yb - ya)) +
             "\" preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"data:image/bmp;base64," +
             base64_encode(bmp(rgba, a.rows, a.cols)) + "\"/>\n";
      }
      break;
    }
  }
}

void draw_axes(std::string& o, const AxesModel& ax, const FigureModel& fig, int idx) {
  const double W = fig.width_px(), H = fig.height_px();
  Box bx;
  bx.left = ax.position[0] * W;
  bx.w = ax.position[2] * W;
  bx.h = ax.position[3] * H;
  bx.top = H - (ax.position[1] + ax.position[3]) * H;
  std::tie(bx.x0, bx.x1) = ax.get_xlim();
  std::tie(bx.y0, bx.y1) = ax.get_ylim();
  if (bx.x1 == bx.x0) bx.x1 = bx.x0 + 1;
  if (bx.y1 == bx.y0) bx.y1 = bx.y0 + 1;
  const Style& st = ax.style;
  std::string clip = "clip" + std::to_string(fig.id) + "_" + std::to_string(idx);
  o += "<g class=\"axes\">\n";
  o += "<clipPath id=\"" + clip + "\"><rect x=\"" + f2(bx.left) + "\" y=\"" + f2(bx.top) + "\" width=\"" + f2(bx.w) +
       "\" height=\"" + f2(bx.h) + "\"/></clipPath>\n";
  o += "<rect class=\"axes-face\" x=\"" + f2(bx.left) + "\" y=\"" + f2(bx.top) + "\" width=\"" + f2(bx.w) +
       "\" height=\"" + f2(bx.h) + "\" fill=\"" + st.axes_face + "\"/>\n";
  std::vector<double> xt = nice_ticks(bx.x0, bx.x1, 9), yt = nice_ticks(bx.y0, bx.y1, 9);
  std::vector<std::string> xl = tick_labels(xt), yl = tick_labels(yt);
  if (ax.grid) {
    o += "<g class=\"grid\" stroke=\"" + st.grid_color + "\" stroke-width=\"" + f2(0.8 * kPt) + "\">";
    for (double t : xt)
      o += "<line x1=\"" + f2(bx.px(t)) + "\" y1=\"" + f2(bx.top) + "\" x2=\"" + f2(bx.px(t)) + "\" y2=\"" +
           f2(bx.top + bx.h) + "\"/>";
    for (double t : yt)
      o += "<line x1=\"" + f2(bx.left) + "\" y1=\"" + f2(bx.py(t)) + "\" x2=\"" + f2(bx.left + bx.w) + "\" y2=\"" +
           f2(bx.py(t)) + "\"/>";
    o += "</g>\n";
  }
  o += "<g clip-path=\"url(#" + clip + ")\">\n";
  for (const Artist& a : ax.artists) draw_artist(o, a, bx);
  o += "</g>\n";
  if (st.spines)
    o += "<rect class=\"spines\" x=\"" + f2(bx.left) + "\" y=\"" + f2(bx.top) + "\" width=\"" + f2(bx.w) +
         "\" height=\"" + f2(bx.h) + "\" fill=\"none\" stroke=\"" + st.edge + "\" stroke-width=\"" + f2(0.8 * kPt) + "\"/>\n";
  // ticks and labels
  o += "<g class=\"ticks\" stroke=\"" + st.tick_color + "\" stroke-width=\"" + f2(0.8 * kPt) + "\">";
  for (double t : xt)
    o += "<line x1=\"" + f2(bx.px(t)) + "\" y1=\"" + f2(bx.top + bx.h) + "\" x2=\"" + f2(bx.px(t)) + "\" y2=\"" +
         f2(bx.top + bx.h + 3.5 * kPt) + "\"/>";
  for (double t : yt)
    o += "<line x1=\"" + f2(bx.left - 3.5 * kPt) + "\" y1=\"" + f2(bx.py(t)) + "\" x2=\"" + f2(bx.left) + "\" y2=\"" +
         f2(bx.py(t)) + "\"/>";
  o += "</g>\n<g class=\"tick-labels\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n";
  for (size_t i = 0; i < xt.size(); ++i)
    o += text(bx.px(xt[i]), bx.top + bx.h + 3.5 * kPt + 3.5 * kPt + kFont * 0.8, xl[i], "middle", kFont, st.text_color);
  for (size_t i = 0; i < yt.size(); ++i)
    o += text(bx.left - 7 * kPt, bx.py(yt[i]) + kFont * 0.35, yl[i], "end", kFont, st.text_color);
  o += "</g>\n<g class=\"labels\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n";
  if (!ax.title.empty()) o += text(bx.left + bx.w / 2, bx.top - 6 * kPt, ax.title, "middle", 12 * kPt, "#000000");
  if (!ax.xlabel.empty())
    o += text(bx.left + bx.w / 2, bx.top + bx.h + 7 * kPt + kFont * 2.1, ax.xlabel, "middle", kFont, st.text_color);
  if (!ax.ylabel.empty()) {
    double x = bx.left - 7 * kPt - kFont * 3.2, y = bx.top + bx.h / 2;
    o += "<text x=\"" + f2(x) + "\" y=\"" + f2(y) + "\" text-anchor=\"middle\" font-size=\"" + f2(kFont) +
         "\" fill=\"" + st.text_color + "\" transform=\"rotate(-90 " + f2(x) + " " + f2(y) + ")\">" + esc(ax.ylabel) +
         "</text>\n";
  }
  o += "</g>\n";
  if (ax.legend) {
    std::vector<const Artist*> entries;
    for (const Artist& a : ax.artists)
      if (!a.label.empty() && a.label[0] != '_') entries.push_back(&a);
    if (!entries.empty()) {
      double lw = 0;
      for (const Artist* a : entries) lw = std::max(lw, a->label.size() * kFont * 0.6);
      double bw = lw + 40 * kPt / 1.4 + 12, bh = entries.size() * kFont * 1.4 + 8;
      double lx = bx.left + bx.w - bw - 6, ly = bx.top + 6;
      o += "<g class=\"legend\" font-family=\"DejaVu Sans, Arial, sans-serif\">";
      o += "<rect x=\"" + f2(lx) + "\" y=\"" + f2(ly) + "\" width=\"" + f2(bw) + "\" height=\"" + f2(bh) +
           "\" fill=\"#ffffff\" fill-opacity=\"0.8\" stroke=\"#cccccc\" rx=\"3\"/>";
      for (size_t i = 0; i < entries.size(); ++i) {
        const Artist& a = *entries[i];
        double cy = ly + 4 + kFont * 1.4 * (i + 0.5);
        if (a.kind == ArtistKind::Line)
          o += "<path d=\"M" + f2(lx + 6) + " " + f2(cy) + " L" + f2(lx + 26) + " " + f2(cy) + "\" stroke=\"" +
               a.color + "\" stroke-width=\"" + f2(a.linewidth * kPt) + "\"" + dash(a.linestyle, a.linewidth) + "/>";
        else
          o += "<rect x=\"" + f2(lx + 8) + "\" y=\"" + f2(cy - 4) + "\" width=\"16\" height=\"8\" fill=\"" + a.color + "\"/>";
        o += text(lx + 32, cy + kFont * 0.35, a.label, "start", kFont, "#000000");
      }
      o += "</g>\n";
    }
  }
  if (ax.colorbar) {
    double cx = bx.left + bx.w + 0.03 * W, cw = 0.03 * W;
    o += "<g class=\"colorbar\">";
    const int steps = 64;
    for (int i = 0; i < steps; ++i) {
      std::array<uint8_t, 4> c = cmap_rgba(ax.colorbar_cmap, (i + 0.5) / steps);
      char col[8];
      std::snprintf(col, sizeof col, "#%02x%02x%02x", c[0], c[1], c[2]);
      double y = bx.top + bx.h - (i + 1) * bx.h / steps;
      o += "<rect x=\"" + f2(cx) + "\" y=\"" + f2(y) + "\" width=\"" + f2(cw) + "\" height=\"" + f2(bx.h / steps + 0.3) +
           "\" fill=\"" + col + "\"/>";
    }
    o += "<rect x=\"" + f2(cx) + "\" y=\"" + f2(bx.top) + "\" width=\"" + f2(cw) + "\" height=\"" + f2(bx.h) +
         "\" fill=\"none\" stroke=\"#000000\" stroke-width=\"" + f2(0.8 * kPt) + "\"/>";
    Box cb = bx;
    cb.y0 = ax.colorbar_vmin;
    cb.y1 = ax.colorbar_vmax == ax.colorbar_vmin ? ax.colorbar_vmin + 1 : ax.colorbar_vmax;
    std::vector<double> ct = nice_ticks(cb.y0, cb.y1, 8);
    std::vector<std::string> cl = tick_labels(ct);
    for (size_t i = 0; i < ct.size(); ++i) {
      double y = cb.py(ct[i]);
      o += "<line x1=\"" + f2(cx + cw) + "\" y1=\"" + f2(y) + "\" x2=\"" + f2(cx + cw + 3.5 * kPt) + "\" y2=\"" + f2(y) +
           "\" stroke=\"#000000\"/>";
      o += text(cx + cw + 6 * kPt, y + kFont * 0.35, cl[i], "start", kFont, "#000000", " font-family=\"DejaVu Sans, Arial, sans-serif\"");
    }
    o += "</g>\n";
  }
  o += "</g>\n";
}

}  // namespace

std::string figure_svg(const FigureModel& fig) {
  const int W = fig.width_px(), H = fig.height_px();
  std::string o = "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n";
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"" +
       std::to_string(W) + "\" height=\"" + std::to_string(H) + "\" viewBox=\"0 0 " + std::to_string(W) + " " +
       std::to_string(H) + "\" version=\"1.1\">\n";
  o += "<rect class=\"figure-face\" x=\"0\" y=\"0\" width=\"" + std::to_string(W) + "\" height=\"" + std::to_string(H) +
       "\" fill=\"" + fig.style.figure_face + "\"/>\n";
  for (size_t i = 0; i < fig.axes.size(); ++i) draw_axes(o, *fig.axes[i], fig, static_cast<int>(i));
  if (!fig.suptitle.empty())
    o += text(W / 2.0, 12 * kPt + 4, fig.suptitle, "middle", 12 * kPt, "#000000", " font-family=\"DejaVu Sans, Arial, sans-serif\"");
  o += "</svg>\n";
  return o;
}

}  // namespace sl
