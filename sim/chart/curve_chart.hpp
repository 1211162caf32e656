#pragma once
// Curves with confidence bands: a figure against a parameter (a sweep's answer). The data
// (CurveSet) is laid out once into a CurveChartModel that every painter draws as it is:
// sweep.svg, sweep.png and the dashboard's Sweep panel. Painters decide nothing.
#include <cstdint>
#include <string>
#include <vector>

#include "chart/palette.hpp"

namespace burgers::chart {

// How an axis reads its values: plain numbers, seconds (ticks in a fitting unit), shares
// (0..1 shown as percent), or categories (x = 0, 1, 2 ... labelled by text).
enum class AxisKind : std::uint8_t { number, seconds, share, category };
// What a curve is: a simulated or measured mean with its band, a closed form, an ideal.
enum class CurveRole : std::uint8_t { simulated, measured, theory, ideal };
enum class LineStyle : std::uint8_t { solid, dashed, dotted };

struct CurvePoint {
  double x = 0;
  double y = 0;
  double low = 0;  // the confidence band (simulated and measured curves)
  double high = 0;
  int n = 0;       // replications behind y
  int point = -1;  // the sweep point it stands for (clicks open it), or -1
};

struct Curve {
  std::string label;
  CurveRole role = CurveRole::simulated;
  int hue = 0;                     // index into the curve palette
  std::vector<CurvePoint> points;  // in x order
};

struct CurvePanelData {
  std::string title;
  std::string key;  // the figure's key ("customers.mean_sojourn_s"), shown beside the title
  AxisKind y_axis = AxisKind::number;
  std::vector<Curve> curves;
};

struct CurveSet {
  std::string title;
  std::string subtitle;
  std::string x_label;
  AxisKind x_axis = AxisKind::number;
  // Category axes: the label of x = i. Their points stand apart: a marker and its interval
  // per category, curves side by side, no line from one category to the next.
  std::vector<std::string> categories;
  std::vector<CurvePanelData> panels;  // one per metric, stacked
};

// --- The layout, in pixels -------------------------------------------------------------

struct CurveXY {
  float x = 0;
  float y = 0;
};

struct CurveLine {
  std::vector<CurveXY> points;
  Rgba colour;
  float width = 2;
  LineStyle style = LineStyle::solid;
};

// The region between `upper` and `lower`, which share their x coordinates.
struct CurveBand {
  std::vector<CurveXY> upper;
  std::vector<CurveXY> lower;
  Rgba fill;  // with its alpha
};

struct CurveMarker {
  float x = 0;
  float y = 0;
  float radius = 3.5f;
  Rgba colour;
  bool square = false;  // measured points are squares, simulated ones circles
  int point = -1;
  std::string tip;  // "staff = 4: 3 min 20 s (95%: 3 min 5 s .. 3 min 35 s, n = 5)"
};

enum class TextAnchor : std::uint8_t { start, middle, end };

// Text placed by the layout: painters draw it where it says, as it says.
struct CurveText {
  float x = 0;
  float y = 0;  // baseline
  std::string text;
  float px = 12;
  Rgba colour = kText;
  TextAnchor anchor = TextAnchor::start;
  bool bold = false;
};

struct CurvePanel {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // the plotting area; its left and bottom edges are axes
  std::vector<float> grid_x;             // vertical grid lines at these x
  std::vector<float> grid_y;             // horizontal grid lines at these y
  std::vector<CurveBand> bands;          // painted first
  std::vector<CurveLine> lines;
  std::vector<CurveMarker> markers;  // painted last
};

// A legend entry's key: a short line (in the curve's style) over its band, with its marker.
struct CurveLegendKey {
  float x = 0, y = 0;  // left end of the line, at its height
  Rgba colour;
  LineStyle style = LineStyle::solid;
  bool line = true;  // false: the curve's points stand alone (a category axis)
  bool band = false;
  bool marker = false;
  bool square = false;
};

struct CurveChartModel {
  float width = 0, height = 0;
  float key_width = 28;  // legend key length
  std::vector<CurvePanel> panels;
  std::vector<CurveLegendKey> legend;
  std::vector<CurveText> texts;  // titles, tick labels, axis labels, legend labels
};

struct CurveChartOptions {
  float width = 960;
  float panel_height = 300;  // each panel, its title and tick labels included
  float text_px = 12;
  float title_px = 16;
  bool show_title = true;  // false: a caller shows its own heading
};

CurveChartModel build_curve_chart(const CurveSet& set, const CurveChartOptions& options = {});

// The colour of curve hue `hue` (Okabe-Ito, dark enough for lines on white).
Rgba curve_colour(int hue);

struct AxisTick {
  double value = 0;
  std::string label;  // "2.5", "3 min", "45%": every label of an axis in one unit
};
// Round ticks covering [low, high], about `wanted` of them (steps of 1, 2, 2.5, 5 x 10^k in
// the axis's unit); `whole`: never between whole numbers (counts of staff, cores...).
std::vector<AxisTick> axis_ticks(double low, double high, AxisKind kind, int wanted, bool whole);

}  // namespace burgers::chart
