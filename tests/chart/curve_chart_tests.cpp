// The sweep chart's layout: categories stand apart (a marker and its interval each, no
// line between them), numbers keep their curve, and a panel shows its figure's key.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "chart/curve_chart.hpp"

using namespace burgers::chart;

namespace {

Curve measured(CurveRole role, int hue, std::vector<double> xs) {
  Curve c;
  c.role = role;
  c.hue = hue;
  c.label = role == CurveRole::measured ? "real threads" : "simulated";
  int point = 0;
  for (const double x : xs) c.points.push_back({x, 2 + x, 1 + x, 3 + x, 5, point++});
  return c;
}

CurveSet category_set() {
  CurveSet set;
  set.title = "FastAPI";
  set.x_label = "Variant (scenario.variant)";
  set.x_axis = AxisKind::category;
  set.categories = {"async", "def", "blocking"};
  CurvePanelData panel;
  panel.title = "Mean time inside, per customer";
  panel.key = "customers.mean_sojourn_s";
  panel.y_axis = AxisKind::seconds;
  Curve theory;
  theory.role = CurveRole::theory;
  theory.label = "theory";
  for (const double x : {0.0, 1.0, 2.0}) theory.points.push_back({x, 2.5 + x, 2.5 + x, 2.5 + x});
  panel.curves.push_back(theory);
  panel.curves.push_back(measured(CurveRole::simulated, 0, {0, 1, 2}));
  panel.curves.push_back(measured(CurveRole::measured, 1, {0, 1, 2}));
  set.panels.push_back(panel);
  return set;
}

bool has_text(const CurveChartModel& m, const std::string& text) {
  return std::any_of(m.texts.begin(), m.texts.end(),
                     [&](const CurveText& t) { return t.text == text; });
}

}  // namespace

TEST_CASE("categories get a marker and an interval each, and no line from one to the next") {
  const CurveSet set = category_set();
  const CurveChartModel m = build_curve_chart(set);
  REQUIRE(m.panels.size() == 1);
  const CurvePanel& p = m.panels[0];
  // Each category's slot is the panel's width over the number of categories.
  const float slot = (p.x1 - p.x0) / 3;
  const auto category_of = [&](float x) { return static_cast<int>((x - p.x0) / slot); };
  CHECK(p.bands.empty());
  for (const CurveLine& line : p.lines) {
    REQUIRE_FALSE(line.points.empty());
    for (const CurveXY& xy : line.points) {
      INFO("line point at x " << xy.x);
      CHECK(category_of(xy.x) == category_of(line.points.front().x));
    }
  }
  // Two measured curves at three categories: six markers, two per category, apart.
  REQUIRE(p.markers.size() == 6);
  for (int c = 0; c < 3; ++c) {
    std::vector<float> xs;
    for (const CurveMarker& mk : p.markers)
      if (category_of(mk.x) == c) xs.push_back(mk.x);
    REQUIRE(xs.size() == 2);
    CHECK(xs[0] != xs[1]);
  }
  // Each marker stands on a vertical bar from its interval's low to its high.
  for (const CurveMarker& mk : p.markers) {
    const bool bar = std::any_of(p.lines.begin(), p.lines.end(), [&](const CurveLine& l) {
      return l.points.size() == 2 && l.points[0].x == mk.x && l.points[1].x == mk.x &&
             std::min(l.points[0].y, l.points[1].y) < mk.y &&
             std::max(l.points[0].y, l.points[1].y) > mk.y;
    });
    INFO("marker at " << mk.x << "," << mk.y);
    CHECK(bar);
  }
  for (const std::string& name : set.categories) CHECK(has_text(m, name));
  // The legend keys of points that stand alone have no line either.
  for (const CurveLegendKey& k : m.legend) CHECK(k.line == !k.marker);
}

TEST_CASE("numbers keep their connected curve and band") {
  CurveSet set;
  set.x_label = "staff";
  CurvePanelData panel;
  panel.title = "Speedup";
  panel.curves.push_back(measured(CurveRole::simulated, 0, {1, 2, 4, 8}));
  set.panels.push_back(panel);
  const CurveChartModel m = build_curve_chart(set);
  REQUIRE(m.panels.size() == 1);
  REQUIRE(m.panels[0].lines.size() == 1);
  CHECK(m.panels[0].lines[0].points.size() == 4);
  CHECK(m.panels[0].bands.size() == 1);
}

TEST_CASE("a panel names its figure in words and keeps the figure's key beside it") {
  const CurveChartModel m = build_curve_chart(category_set());
  CHECK(has_text(m, "Mean time inside, per customer"));
  CHECK(has_text(m, "customers.mean_sojourn_s"));
  // Too narrow for both side by side: one text with the key in parentheses.
  CurveChartOptions narrow;
  narrow.width = 260;
  const CurveChartModel n = build_curve_chart(category_set(), narrow);
  CHECK(has_text(n, "Mean time inside, per customer (customers.mean_sojourn_s)"));
}
