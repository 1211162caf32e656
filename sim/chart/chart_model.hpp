#pragma once
// ChartModel: a Gantt timeline laid out and coloured once, drawn by every painter
// (the ImGui timeline, SVG, PNG). Painters only translate its items to their medium.
#include <cstdint>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "chart/palette.hpp"
#include "trace/span.hpp"

namespace burgers::chart {

inline constexpr std::uint32_t kNoSpan = 0xffffffffu;

// One bar. Bars narrower than a pixel are folded: `folded` spans share one bar,
// coloured by the state that covers most of it. folded == 0: a folded group's summary
// bar (its height is the share of the group's lanes in its state).
struct ChartRect {
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  trace::State state = trace::State::idle;
  std::uint32_t folded = 1;
  std::uint32_t span = kNoSpan;  // index into Trace::spans when folded == 1
  bool overlay = false;          // drawn from ChartOptions::overlay (span indexes that trace)
};

enum class LaneGroup : std::uint8_t { staff, cores, customers };

struct ChartLane {
  float y0 = 0, y1 = 0;
  std::string label;
  trace::AgentId agent = trace::kNoAgent;  // kNoAgent for a group header row
  bool header = false;                     // "Staff", "Customers 1-200 of 5,000"
  bool collapsed = false;                  // a header whose lanes are hidden
  LaneGroup group = LaneGroup::staff;
};

struct ChartTick {
  float x = 0;
  float label_x = 0;  // the centre of its label: x, or nearer the middle so it fits the chart
  Time time = 0;
  std::string label;  // empty for minor ticks
  bool major = true;
};

struct ChartLegendEntry {
  trace::State state = trace::State::idle;
  std::string label;
  float x = 0, y = 0;  // top-left of the swatch; the label follows it
};

// Instants (arrived, done) drawn as small marks.
struct ChartMark {
  float x = 0, y0 = 0, y1 = 0;
  trace::State state = trace::State::arrived;
};

// A second time axis, for a chart of two parts (a long run: the whole run above, a
// readable window below); the model's own axis serves the part that ends the chart.
struct ChartAxis {
  float x0 = 0, x1 = 0;
  float grid_y0 = 0, grid_y1 = 0;  // gridlines span these rows
  float y = 0;                     // baseline of the axis
  std::vector<ChartTick> ticks;
  std::string label;
};

// A line of bold text across the chart, heading one of its parts.
struct ChartHeading {
  float x = 0, y = 0;  // baseline start
  std::string text;
};

struct ChartModel {
  float width = 0, height = 0;
  // The plotting area: spans live inside it; lane labels sit to its left, ticks below.
  float plot_x0 = 0, plot_y0 = 0, plot_x1 = 0, plot_y1 = 0;
  Time t0 = 0, t1 = 0;  // time at plot_x0 and plot_x1
  float axis_y = 0;     // baseline of the time axis
  float title_px = 18;  // font sizes in pixels
  float text_px = 12;
  float swatch_px = 12;  // legend swatch side
  std::string title;
  std::vector<std::string> title_lines;  // the title wrapped to the chart's width
  std::string subtitle;                  // e.g. "showing customers 1-200 of 10,000"
  std::string axis_label;
  std::vector<ChartLane> lanes;
  std::vector<ChartRect> rects;
  std::vector<ChartMark> marks;
  std::vector<ChartTick> ticks;
  std::vector<ChartLegendEntry> legend;
  std::vector<ChartAxis> extra_axes;
  std::vector<ChartHeading> headings;
  float legend_y = 0;   // top of the legend row (below the axis)
  float cursor_x = -1;  // current-time cursor, or < 0 for none
  Time as_of = -1;      // the instant the chart shows (its cursor), or < 0 for none
  // What the layout chose, for a view that scrolls or folds: the first lanes shown and
  // whether the staff group is folded into its summary lane.
  std::size_t first_customer = 0;
  std::size_t shown_customers = 0;
  std::size_t first_staff = 0;
  bool staff_folded = false;

  // Baselines of the title's lines and of the subtitle, from the top of the chart.
  float title_baseline(std::size_t line) const {
    return 8 + title_px + static_cast<float>(line) * title_px * 1.25f;
  }
  float subtitle_baseline() const {
    const std::size_t extra = title_lines.empty() ? 0 : title_lines.size() - 1;
    return 16 + title_px + text_px + 2 + static_cast<float>(extra) * title_px * 1.25f;
  }

  float x_of(Time t) const {
    return plot_x0 + static_cast<float>(static_cast<double>(t - t0) /
                                        static_cast<double>(t1 - t0 > 0 ? t1 - t0 : 1)) *
                         (plot_x1 - plot_x0);
  }
};

}  // namespace burgers::chart
