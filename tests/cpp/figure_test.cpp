// figure_test.cpp — the figure model (autoscaled limits, ticks, histogram, colours), the SVG
// and JSON renderers, and the Session's figure outputs (plt.show / end of run).
#include <gtest/gtest.h>

#include <string>

#include "modules/matplotlib/figure_model.hpp"
#include "modules/session.hpp"

namespace sl {
namespace {

size_t count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

std::shared_ptr<AxesModel> line_axes() {
  auto ax = std::make_shared<AxesModel>();
  ax->style = *find_style("default");
  Artist a;
  a.kind = ArtistKind::Line;
  a.x = {1, 2, 3};
  a.y = {4, 5, 7};
  a.label = "data";
  ax->artists.push_back(a);
  return ax;
}

TEST(FigureModel, AutoscaleLikeMatplotlib) {
  auto ax = line_axes();
  EXPECT_EQ(ax->get_xlim(), std::make_pair(0.9, 3.1));
  EXPECT_EQ(ax->get_ylim(), std::make_pair(3.85, 7.15));
  Artist bars;
  bars.kind = ArtistKind::Bars;
  bars.x = {0.6, 1.6, 2.6};
  bars.width = {0.8, 0.8, 0.8};
  bars.y = {3, 4, 5};
  bars.bottom = {0, 0, 0};
  bars.sticky_y = {0, 0, 0};
  AxesModel b;
  b.artists.push_back(bars);
  EXPECT_EQ(b.get_ylim(), std::make_pair(0.0, 5.25));  // sticky 0
  AxesModel empty;
  EXPECT_EQ(empty.get_xlim(), std::make_pair(0.0, 1.0));
}

TEST(FigureModel, TicksAndLabels) {
  std::vector<double> t = nice_ticks(0.9, 3.1, 9);
  ASSERT_FALSE(t.empty());
  EXPECT_DOUBLE_EQ(t.front(), 1.0);
  EXPECT_DOUBLE_EQ(t.back(), 3.0);
  std::vector<std::string> l = tick_labels({-1, 0, 0.5, 1});
  EXPECT_EQ(l[0], "\xe2\x88\x92" "1.0");
  EXPECT_EQ(l[1], "0.0");
  EXPECT_EQ(l[2], "0.5");
}

TEST(FigureModel, HistogramLikeNumpy) {
  std::vector<double> counts, edges;
  histogram({0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 10, nullptr, std::nullopt, false, &counts, &edges);
  EXPECT_EQ(counts, std::vector<double>(10, 1.0));
  EXPECT_EQ(edges.size(), 11u);
  EXPECT_EQ(edges[1], 0.9);
  std::vector<double> given = {0, 2, 10};
  histogram({0, 1, 2, 3, 10, 11}, 0, &given, std::nullopt, false, &counts, &edges);
  EXPECT_EQ(counts, (std::vector<double>{2, 3}));
}

TEST(FigureModel, ColorsAndFormats) {
  const Style& s = *find_style("ggplot");
  EXPECT_EQ(parse_color("r", s.cycle), "#ff0000");
  EXPECT_EQ(parse_color("C1", s.cycle), "#348abd");
  EXPECT_EQ(parse_color("#abc", s.cycle), "#aabbcc");
  EXPECT_EQ(parse_color("nonsense", s.cycle), "");
  LineFormat f;
  std::string err;
  ASSERT_TRUE(parse_format("r--", s.cycle, &f, &err));
  EXPECT_EQ(f.color, "#ff0000");
  EXPECT_EQ(f.linestyle, "--");
  ASSERT_TRUE(parse_format("o", s.cycle, &f, &err));
  EXPECT_EQ(f.marker, "o");
  EXPECT_FALSE(parse_format("q", s.cycle, &f, &err));
}

TEST(FigureSvg, Structure) {
  FigureModel fig;
  fig.style = *find_style("default");
  auto ax = line_axes();
  ax->title = "My title";
  ax->xlabel = "x axis";
  ax->legend = true;
  Artist l2 = ax->artists[0];
  l2.y = {1, 2, 3};
  l2.linestyle = "--";
  ax->artists.push_back(l2);
  Artist sc;
  sc.kind = ArtistKind::Scatter;
  sc.x = {1, 2};
  sc.y = {5, 6};
  sc.sizes = {36};
  ax->artists.push_back(sc);
  fig.axes.push_back(ax);
  std::string svg = figure_svg(fig);
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  EXPECT_NE(svg.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"640\" height=\"480\" viewBox=\"0 0 640 480\""), std::string::npos);
  EXPECT_EQ(count(svg, "<path class=\"line\""), 2u);
  EXPECT_NE(svg.find("stroke-dasharray"), std::string::npos);
  EXPECT_EQ(count(svg, "<circle"), 2u);
  EXPECT_NE(svg.find(">My title</text>"), std::string::npos);
  EXPECT_NE(svg.find(">x axis</text>"), std::string::npos);
  EXPECT_NE(svg.find(">data</text>"), std::string::npos);  // legend entry
  EXPECT_NE(svg.find(">1.00</text>"), std::string::npos);  // x tick labels 1.00, 1.25, ... (step 0.25)
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
  std::string json = figure_json(fig);
  EXPECT_EQ(json.rfind("{\"id\":1,\"width\":640,\"height\":480,\"style\":\"default\",\"axes\":[{", 0), 0u);
  EXPECT_NE(json.find("\"xlim\":[0.9,3.1]"), std::string::npos);
  EXPECT_NE(json.find("\"type\":\"line\",\"x\":[1,2,3],\"y\":[4,5,7]"), std::string::npos);
  EXPECT_NE(json.find("\"type\":\"scatter\""), std::string::npos);
  EXPECT_NE(json.find("\"colorbar\":null"), std::string::npos);
}

TEST(FigureSvg, ImagesAndBars) {
  FigureModel fig;
  auto ax = std::make_shared<AxesModel>();
  Artist im;
  im.kind = ArtistKind::Image;
  im.rows = 2;
  im.cols = 3;
  im.values = {0, 1, 2, 3, 4, 5};
  im.vmin = 0;
  im.vmax = 5;
  im.extent = {{-0.5, 2.5, 1.5, -0.5}};
  ax->artists.push_back(im);
  ax->colorbar = true;
  ax->colorbar_cmap = "viridis";
  fig.axes.push_back(ax);
  std::string svg = figure_svg(fig);
  EXPECT_NE(svg.find("fill=\"#440154\""), std::string::npos);  // viridis(0)
  EXPECT_NE(svg.find("fill=\"#fde725\""), std::string::npos);  // viridis(1)
  EXPECT_NE(svg.find("class=\"colorbar\""), std::string::npos);
  std::string json = figure_json(fig);
  EXPECT_NE(json.find("\"type\":\"image\",\"rows\":2,\"cols\":3,\"rgba\":\""), std::string::npos);
  EXPECT_EQ(base64_encode("abcd"), "YWJjZA==");
  // a large image is embedded as one BMP
  ax->artists[0].rows = 100;
  ax->artists[0].cols = 100;
  ax->artists[0].values.assign(10000, 1.0);
  svg = figure_svg(fig);
  EXPECT_NE(svg.find("data:image/bmp;base64,Qk"), std::string::npos);
}

TEST(FigureSession, ShowAndEndOfRunEmitFigures) {
  Session s;
  RunResult r = s.run("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.title('one')\nplt.show()\n"
                      "fig, ax = plt.subplots()\nax.bar([1, 2], [3, 4])\n");
  ASSERT_FALSE(r.has_error) << r.error.traceback;
  ASSERT_EQ(r.figures.size(), 2u);
  EXPECT_EQ(r.figures[0].id, 1);
  EXPECT_NE(r.figures[0].svg.find("<path class=\"line\""), std::string::npos);
  EXPECT_NE(r.figures[0].svg.find(">one</text>"), std::string::npos);
  EXPECT_NE(r.figures[0].data_json.find("\"title\":\"one\""), std::string::npos);
  EXPECT_EQ(r.figures[1].id, 1);  // figure 1 was closed by show(): numbering starts again
  EXPECT_EQ(count(r.figures[1].svg, "<rect x="), 2u + 1u);  // two bars + the clip rectangle
  RunResult r2 = s.run("print(plt.get_fignums())\nplt.figure()\n");
  EXPECT_EQ(r2.stdout_text, "[]\n");
  EXPECT_TRUE(r2.figures.empty());  // a figure without axes is not emitted
  RunResult r3 = s.run("x = 1\n");
  EXPECT_TRUE(r3.figures.empty());
}

}  // namespace
}  // namespace sl
