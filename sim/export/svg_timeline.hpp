#pragma once
// SVG building blocks shared by timeline.svg and report.html (internal to sim/export).
#include <string>
#include <string_view>
#include <vector>

#include "chart/chart_model.hpp"

namespace burgers::exporter {

// The fonts both SVG documents ask for, CJK-capable first.
inline constexpr std::string_view kSvgFonts =
    "'WenQuanYi Micro Hei', 'Noto Sans CJK TC', 'Noto Sans', 'DejaVu Sans', sans-serif";

// Bars at least this wide get an outline in both painters, so consecutive jobs of one state
// stay apart; narrower (and folded one-pixel) bars would be all outline, so they get none.
inline constexpr float kOutlineMinWidth = 4.0f;

// One <pattern> per hatched or dotted state in `states` (solid ones need none).
// Ids are "<prefix>-<state name>", so several charts can share one HTML page.
void append_pattern_defs(std::string& out, const std::vector<trace::State>& states,
                         std::string_view prefix);
// The fill attribute value for `state`: a colour or a reference to its pattern.
std::string state_fill(trace::State state, std::string_view prefix);

// Every time axis of a model: its extra ones (a long run's whole-run part), then its own.
inline std::vector<chart::ChartAxis> axes_of(const chart::ChartModel& m) {
  std::vector<chart::ChartAxis> axes = m.extra_axes;
  chart::ChartAxis own;
  own.x0 = m.plot_x0;
  own.x1 = m.plot_x1;
  own.grid_y0 = m.plot_y0;
  own.grid_y1 = m.plot_y1;
  own.y = m.axis_y;
  own.ticks = m.ticks;
  own.label = m.axis_label;
  axes.push_back(std::move(own));
  return axes;
}

// The <svg> element of a timeline, without an XML declaration (for inlining in HTML).
std::string timeline_svg_element(const chart::ChartModel& model, std::string_view prefix);

}  // namespace burgers::exporter
