// sweep.svg: a direct translation of the CurveChartModel (same items, same order as the
// PNG painter): grid, bands, lines, markers, legend keys, then the text.
#include <cmath>
#include <string>

#include "export/markup.hpp"
#include "export/svg_timeline.hpp"
#include "sweep/sweep_curves.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::exporter {

namespace {

using chart::CurveChartModel;
using chart::CurveXY;
using chart::LineStyle;

std::string opacity(chart::Rgba c) {
  return coord(static_cast<double>(c.a) / 255.0);
}

std::string dash(LineStyle style) {
  switch (style) {
    case LineStyle::dashed:
      return " stroke-dasharray=\"7 5\"";
    case LineStyle::dotted:
      return " stroke-dasharray=\"2 4\"";
    case LineStyle::solid:
      break;
  }
  return {};
}

std::string points(const std::vector<CurveXY>& xy) {
  std::string out;
  for (const CurveXY& p : xy) out += coord(p.x) + "," + coord(p.y) + " ";
  if (!out.empty()) out.pop_back();
  return out;
}

void append_polyline(std::string& out, const std::vector<CurveXY>& xy, chart::Rgba colour,
                     float width, LineStyle style) {
  out += "<polyline fill=\"none\" stroke=\"" + hex(colour) + "\" stroke-width=\"" + coord(width) +
         "\" stroke-linejoin=\"round\"" + dash(style) + " points=\"" + points(xy) + "\"/>\n";
}

void append_marker(std::string& out, float x, float y, float r, chart::Rgba colour, bool square) {
  if (square) {
    out += "<rect x=\"" + coord(x - r) + "\" y=\"" + coord(y - r) + "\" width=\"" + coord(2 * r) +
           "\" height=\"" + coord(2 * r) + "\" fill=\"" + hex(colour) + "\"/>\n";
  } else {
    out += "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(y) + "\" r=\"" + coord(r) +
           "\" fill=\"" + hex(colour) + "\"/>\n";
  }
}

void append_panel(std::string& out, const chart::CurvePanel& p) {
  out += "<g stroke=\"" + hex(chart::kGrid) + "\" stroke-width=\"1\">\n";
  for (const float x : p.grid_x) {
    out += "<line x1=\"" + crisp(x) + "\" y1=\"" + coord(p.y0) + "\" x2=\"" + crisp(x) +
           "\" y2=\"" + coord(p.y1) + "\"/>\n";
  }
  for (const float y : p.grid_y) {
    out += "<line x1=\"" + coord(p.x0) + "\" y1=\"" + crisp(y) + "\" x2=\"" + coord(p.x1) +
           "\" y2=\"" + crisp(y) + "\"/>\n";
  }
  out += "</g>\n";
  for (const chart::CurveBand& b : p.bands) {
    std::vector<CurveXY> outline = b.upper;
    outline.insert(outline.end(), b.lower.rbegin(), b.lower.rend());
    out += "<polygon fill=\"" + hex(b.fill) + "\" fill-opacity=\"" + opacity(b.fill) +
           "\" points=\"" + points(outline) + "\"/>\n";
  }
  for (const chart::CurveLine& l : p.lines)
    append_polyline(out, l.points, l.colour, l.width, l.style);
  for (const chart::CurveMarker& m : p.markers) {
    out += "<g><title>";
    append_escaped(out, m.tip);
    out += "</title>";
    append_marker(out, m.x, m.y, m.radius, m.colour, m.square);
    out += "</g>\n";
  }
  out += "<g stroke=\"" + hex(chart::kMutedText) + "\" stroke-width=\"1\">\n<line x1=\"" +
         crisp(p.x0) + "\" y1=\"" + coord(p.y0) + "\" x2=\"" + crisp(p.x0) + "\" y2=\"" +
         coord(p.y1) + "\"/>\n<line x1=\"" + coord(p.x0) + "\" y1=\"" + crisp(p.y1) + "\" x2=\"" +
         coord(p.x1) + "\" y2=\"" + crisp(p.y1) + "\"/>\n</g>\n";
}

void append_legend(std::string& out, const CurveChartModel& m) {
  for (const chart::CurveLegendKey& k : m.legend) {
    if (k.band) {
      out += "<rect x=\"" + coord(k.x) + "\" y=\"" + coord(k.y - 5) + "\" width=\"" +
             coord(m.key_width) + "\" height=\"10\" fill=\"" + hex(k.colour) +
             "\" fill-opacity=\"0.18\"/>\n";
    }
    if (k.line) append_polyline(out, {{k.x, k.y}, {k.x + m.key_width, k.y}}, k.colour, 2, k.style);
    if (k.marker) append_marker(out, k.x + m.key_width / 2, k.y, 3.5f, k.colour, k.square);
  }
}

void append_texts(std::string& out, const CurveChartModel& m) {
  for (const chart::CurveText& t : m.texts) {
    if (t.text.empty()) continue;
    out += "<text x=\"" + coord(t.x) + "\" y=\"" + coord(t.y) + "\" font-size=\"" + coord(t.px) +
           "\" fill=\"" + hex(t.colour) + "\"";
    if (t.anchor == chart::TextAnchor::middle) out += " text-anchor=\"middle\"";
    if (t.anchor == chart::TextAnchor::end) out += " text-anchor=\"end\"";
    if (t.bold) out += " font-weight=\"bold\"";
    out += ">";
    append_escaped(out, t.text);
    out += "</text>\n";
  }
}

}  // namespace

chart::CurveChartModel sweep_chart(const sweep::SweepPlan& plan, const sweep::SweepResult& result) {
  chart::CurveChartOptions options;
  options.width = 960;
  options.panel_height = 320;
  return chart::build_curve_chart(sweep::sweep_curves(plan, result), options);
}

std::string curve_svg_element(const CurveChartModel& m) {
  const std::string w = coord(m.width);
  const std::string h = coord(m.height);
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h +
                    "\" viewBox=\"0 0 " + w + " " + h + "\" font-family=\"" +
                    std::string(kSvgFonts) + "\">\n";
  out +=
      "<rect width=\"" + w + "\" height=\"" + h + "\" fill=\"" + hex(chart::kBackground) + "\"/>\n";
  for (const chart::CurvePanel& p : m.panels) append_panel(out, p);
  append_legend(out, m);
  append_texts(out, m);
  out += "</svg>\n";
  return out;
}

std::string curve_svg(const CurveChartModel& m) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + curve_svg_element(m);
}

}  // namespace burgers::exporter
