#include "chart/long_timeline.hpp"

#include <algorithm>

namespace burgers::chart {

namespace {

using trace::State;

std::string thousands(std::int64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The first state in the table that `pick` accepts (bands borrow a state's look).
State first_state(bool (*pick)(State)) {
  for (int i = 0; i < trace::kStateCount; ++i) {
    if (pick(static_cast<State>(i))) return static_cast<State>(i);
  }
  return State::idle;
}

struct Columns {
  float x0, x1;
  Time t0, t1;
  Time at(float x) const {
    const double f = (x - x0) / static_cast<double>(x1 - x0);
    return t0 + static_cast<Time>(f * static_cast<double>(t1 - t0));
  }
};

// One lane of the whole run: each pixel column in the state that took most of it; runs of
// columns in one state make one bar.
void paint_states(ChartModel& m, const Columns& c, const StateBuckets& states, float y0, float y1) {
  bool open = false;
  ChartRect bar;
  for (float x = c.x0; x < c.x1; x += 1.0f) {
    State s{};
    const bool any = states.dominant(c.at(x), c.at(x + 1.0f), s);
    if (open && (!any || s != bar.state)) {
      m.rects.push_back(bar);
      open = false;
    }
    if (!any) continue;
    if (!open) {
      bar = ChartRect{x, y0, x, y1, s, 2, kNoSpan, false};
      open = true;
    }
    bar.x1 = std::min(x + 1.0f, c.x1);
  }
  if (open) m.rects.push_back(bar);
}

// A band: per pixel column a bar as tall as the most customers at once in that column.
void paint_band(ChartModel& m, const Columns& c, const std::vector<StepPoint>& points,
                std::int64_t top, State look, float y0, float y1) {
  std::size_t i = 0;
  std::int64_t carried = 0;
  bool open = false;
  ChartRect bar;
  std::int64_t bar_value = -1;
  for (float x = c.x0; x < c.x1; x += 1.0f) {
    const Time a = c.at(x), b = c.at(x + 1.0f);
    while (i < points.size() && points[i].time <= a) carried = points[i++].value;
    std::int64_t value = carried;
    for (std::size_t j = i; j < points.size() && points[j].time < b; ++j)
      value = std::max(value, points[j].value);
    if (open && value != bar_value) {
      m.rects.push_back(bar);
      open = false;
    }
    if (value <= 0) continue;
    if (!open) {
      const float h = (y1 - y0) * static_cast<float>(value) /
                      static_cast<float>(std::max<std::int64_t>(top, 1));
      bar = ChartRect{x, y1 - h, x, y1, look, 2, kNoSpan, false};
      bar_value = value;
      open = true;
    }
    bar.x1 = std::min(x + 1.0f, c.x1);
  }
  if (open) m.rects.push_back(bar);
}

std::int64_t highest(const std::vector<StepPoint>& points) {
  std::int64_t top = 0;
  for (const StepPoint& p : points) top = std::max(top, p.value);
  return top;
}

// The whole-run part, from `y` down; returns where it ends (below its axis labels).
float whole_run(ChartModel& m, const RunDigest& d, const ChartOptions& o, float y) {
  const Columns c{m.plot_x0, m.plot_x1, 0, std::max<Time>(d.end_time(), 1)};
  const float grid_top = y;
  auto lane = [&](std::string label, bool header, LaneGroup group, float height) {
    ChartLane l;
    l.y0 = y;
    l.y1 = y + height;
    l.label = std::move(label);
    l.header = header;
    l.group = group;
    m.lanes.push_back(l);
    y += height + o.lane_gap;
    return l;
  };
  if (!d.staff_lanes().empty()) {
    std::string heading = o.staff_heading;
    if (d.staff_lanes().size() > kOverviewStaffLanes)
      heading += " (" + std::to_string(kOverviewStaffLanes) + " of " +
                 thousands(static_cast<std::int64_t>(d.staff_lanes().size())) + ")";
    lane(heading, true, LaneGroup::staff, o.lane_height);
    for (std::size_t i = 0; i < d.staff_lanes().size() && i < kOverviewStaffLanes; ++i) {
      const ChartLane l = lane(d.staff_lanes()[i].name, false, LaneGroup::staff, o.lane_height);
      paint_states(m, c, d.staff_lanes()[i].states, l.y0, l.y1);
    }
  }
  if (!d.core_lanes().empty()) {
    lane(o.cores_heading, true, LaneGroup::cores, o.lane_height);
    for (const RunDigest::Lane& core : d.core_lanes()) {
      const ChartLane l = lane(core.name, false, LaneGroup::cores, o.lane_height);
      paint_states(m, c, core.states, l.y0, l.y1);
    }
  }
  lane(o.customers_heading + " (" + thousands(d.customers()) + ")", true, LaneGroup::customers,
       o.lane_height);
  const float band = o.lane_height * 3;
  const auto inside = d.inside();
  const auto in_line = d.in_line();
  const std::int64_t most_inside = highest(inside);
  const ChartLane a = lane(o.inside_label + " (" + o.at_most + " " + thousands(most_inside) + ")",
                           false, LaneGroup::customers, band);
  paint_band(m, c, inside, most_inside, first_state(trace::is_in_service), a.y0 + 1, a.y1);
  const ChartLane b =
      lane(o.in_line_label + " (" + o.at_most + " " + thousands(highest(in_line)) + ")", false,
           LaneGroup::customers, band);
  paint_band(m, c, in_line, highest(in_line), first_state(trace::is_queued), b.y0 + 1, b.y1);
  ChartAxis axis;
  axis.x0 = c.x0;
  axis.x1 = c.x1;
  axis.grid_y0 = grid_top;
  axis.grid_y1 = y - o.lane_gap;
  axis.y = axis.grid_y1 + 6;
  const text::Measure measure = o.measure ? o.measure : text::estimated(o.text_px);
  axis.ticks = time_ticks(c.t0, c.t1, c.x0, c.x1, measure);
  keep_labels_inside(axis.ticks, 2, m.width - 2, measure);
  axis.label = o.time_heading;
  m.extra_axes.push_back(axis);
  return axis.y + 44;
}

}  // namespace

ChartModel build_long_timeline(const RunDigest& d, const ChartOptions& o) {
  ChartModel m;
  m.width = o.width;
  m.text_px = o.text_px;
  m.swatch_px = std::max(12.0f, o.text_px * 0.8f);
  m.title = o.title.empty() ? d.window().title : o.title;
  m.plot_x0 = o.label_width;
  m.plot_x1 = std::max(o.width - 24.0f, m.plot_x0 + 10.0f);
  m.subtitle = thousands(d.customers()) + " " + o.long_run_note;
  float y = 58 + m.text_px;
  m.headings.push_back({16, y, o.whole_run_heading + ": 0 – " + format_duration(d.end_time())});
  y = whole_run(m, d, o, y + 10);

  y += m.text_px;
  const float heading_y = y;
  ChartOptions wo = o;
  wo.t0 = d.window_start();
  wo.t1 = std::max(d.window_end(), d.window_start() + 1);
  wo.show_title = false;
  wo.first_customer = 0;
  wo.max_customers = static_cast<std::size_t>(std::max<std::int64_t>(d.window_count(), 1));
  if (d.staff_lanes().size() > kOverviewStaffLanes) wo.show_staff = false;
  ChartModel w = build_timeline(d.window(), wo);
  // The window's customers by the numbers on their lanes.
  std::vector<NumberedLane> shown;
  for (const ChartLane& l : w.lanes) {
    if (!l.header && l.group == LaneGroup::customers && l.agent != trace::kNoAgent)
      shown.push_back(numbered_lane(d.window(), l.agent, o));
  }
  const std::int64_t first = d.window_first();
  const std::string numbers = shown.empty()
                                  ? thousands(first) + "–" + thousands(first + d.window_count() - 1)
                                  : lane_numbers(shown);
  m.headings.push_back({16, heading_y,
                        o.customers_heading + " " + numbers + " " + o.showing_of + " " +
                            thousands(d.customers()) + ", " + o.up_close + ": " +
                            format_duration(d.window_start()) + " – " +
                            format_duration(d.window_end())});
  const float dy = y + 10 - w.plot_y0;
  for (ChartLane& l : w.lanes) {
    l.y0 += dy;
    l.y1 += dy;
    m.lanes.push_back(std::move(l));
  }
  for (ChartRect r : w.rects) {
    r.y0 += dy;
    r.y1 += dy;
    r.span = kNoSpan;  // indexes the window, not a run's trace
    m.rects.push_back(r);
  }
  for (ChartMark mk : w.marks) {
    mk.y0 += dy;
    mk.y1 += dy;
    m.marks.push_back(mk);
  }
  for (ChartLegendEntry e : w.legend) {
    e.y += dy;
    m.legend.push_back(std::move(e));
  }
  m.t0 = w.t0;
  m.t1 = w.t1;
  m.plot_y0 = w.plot_y0 + dy;
  m.plot_y1 = w.plot_y1 + dy;
  m.axis_y = w.axis_y + dy;
  m.ticks = std::move(w.ticks);
  m.axis_label = w.axis_label;
  m.legend_y = w.legend_y + dy;
  m.height = w.height + dy;
  return m;
}

}  // namespace burgers::chart
