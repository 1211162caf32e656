#include "chart/chart_builder.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <tuple>

#include "base/time.hpp"
#include "chart/lane_painter.hpp"
#include "text/fill.hpp"

namespace burgers::chart {

using trace::Span;
using trace::State;

std::array<std::string, trace::kStateCount> ChartOptions::default_state_labels() {
  std::array<std::string, trace::kStateCount> labels;
  for (int i = 0; i < trace::kStateCount; ++i) {
    labels[static_cast<std::size_t>(i)] = std::string(trace::state_label(static_cast<State>(i)));
  }
  return labels;
}

std::array<std::string, trace::kJobPhaseCount> ChartOptions::default_phase_labels() {
  std::array<std::string, trace::kJobPhaseCount> labels;
  for (int i = 0; i < trace::kJobPhaseCount; ++i) {
    labels[static_cast<std::size_t>(i)] =
        std::string(trace::phase_label(static_cast<trace::JobPhase>(i)));
  }
  return labels;
}

namespace {

constexpr float kAxisRoom = 44;  // from the axis line to the legend: tick labels
constexpr float kTitledPlotTop = 58;

std::string thousands(std::size_t n) {
  return text::thousands(static_cast<long long>(n));
}

// "Customers 1–200 of 5,000" when only some of a group's lanes are shown.
std::string range_heading(const std::string& heading, const ChartOptions& o, std::size_t first,
                          std::size_t shown, std::size_t total) {
  if (shown >= total) return heading;
  return heading + " " + thousands(first + 1) + "–" + thousands(first + shown) + " " +
         o.showing_of + " " + thousands(total);
}

struct Layout {
  const ChartOptions& options;
  ChartModel& model;
  float y = 0;
  LaneGroup group = LaneGroup::staff;

  float add_lane(std::string label, trace::AgentId agent, bool header, bool collapsed = false) {
    ChartLane lane;
    lane.y0 = y;
    lane.y1 = y + options.lane_height;
    lane.label = std::move(label);
    lane.agent = agent;
    lane.header = header;
    lane.collapsed = collapsed;
    lane.group = group;
    model.lanes.push_back(std::move(lane));
    y += options.lane_height + options.lane_gap;
    return y - options.lane_height - options.lane_gap;
  }
};

// The legend, rows wrapped inside [x0, right], starting at y = 0; returns its height.
// Only states that occur in the trace (or the overlay) get an entry: staff states, then
// customer job phases by colour, own activity, then one entry for hatching.
float layout_legend(ChartModel& model, const TraceIndex& index, const TraceIndex* overlay,
                    const ChartOptions& options, const text::Measure& measure) {
  const float x0 = options.legend_x0 >= 0 ? options.legend_x0 : model.plot_x0;
  const float right = std::max(model.width - 8, x0 + 40);
  float x = x0;
  float y = 0;
  const float gap = 18;
  auto add = [&](State state, const std::string& label) {
    ChartLegendEntry entry;
    entry.state = state;
    // An entry too long for a row under the plot starts its row at the chart's left edge;
    // only one too long for the whole chart is cut.
    const float edge = std::min(x0, 8.0f);
    entry.label = text::fit(label, right - edge - model.swatch_px - 6, measure);
    const float w = model.swatch_px + 6 + measure(entry.label);
    if (x + w > right && x > x0) {
      x = x0;
      y += model.swatch_px + 10;
    }
    if (x + w > right) x = edge;
    entry.x = x;
    entry.y = y;
    model.legend.push_back(std::move(entry));
    x += w + gap;
  };
  auto present = [&](State s) {
    return index.has_state(s) || (overlay != nullptr && overlay->has_state(s));
  };
  bool any_blocked = false;
  std::array<bool, trace::kJobPhaseCount> phases{};
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto state = static_cast<State>(i);
    if (!present(state) || trace::is_instant(state)) continue;
    const trace::JobPhase phase = trace::job_phase(state);
    if (phase == trace::JobPhase::none) {
      if (state != State::own_activity)
        add(state, options.state_labels[static_cast<std::size_t>(i)]);
      continue;
    }
    phases[static_cast<std::size_t>(phase)] = true;
    any_blocked = any_blocked || trace::category(state) == trace::Category::blocked;
  }
  for (int p = 1; p < trace::kJobPhaseCount; ++p) {
    if (!phases[static_cast<std::size_t>(p)]) continue;
    add(trace::customer_state(static_cast<trace::JobPhase>(p), false),
        options.phase_labels[static_cast<std::size_t>(p)]);
  }
  if (present(State::own_activity))
    add(State::own_activity, options.state_labels[static_cast<std::size_t>(State::own_activity)]);
  if (any_blocked) add(State::queued_blocked, options.blocked_label);
  return model.legend.empty() ? 0 : y + model.swatch_px;
}

// Finds an agent of the overlay trace that plays the same part as one of the main trace:
// the same kind, station or group, and number ("Cook 3", "Customer 17").
class AgentMatcher {
 public:
  explicit AgentMatcher(const trace::Trace* overlay) {
    if (overlay == nullptr) return;
    for (std::size_t i = 0; i < overlay->agents.size(); ++i) {
      by_key_.emplace(key(overlay->agents[i]), static_cast<trace::AgentId>(i));
    }
  }
  trace::AgentId match(const trace::Agent& a) const {
    const auto it = by_key_.find(key(a));
    return it == by_key_.end() ? trace::kNoAgent : it->second;
  }

 private:
  static std::tuple<int, int, std::int64_t> key(const trace::Agent& a) {
    const int owner = a.kind == trace::AgentKind::staff ? a.station : a.group;
    return {static_cast<int>(a.kind), owner, a.number};
  }
  std::map<std::tuple<int, int, std::int64_t>, trace::AgentId> by_key_;
};

// How many lanes of each group are shown, and from where.
struct LanePlan {
  bool staff_folded = false;
  std::size_t first_staff = 0, shown_staff = 0;
  std::size_t first_customer = 0, shown_customers = 0;
};

// The customer lanes that follow time `t`: from the first customer still inside at t,
// or, when fewer than `room` have arrived since, the last `room` who arrived by t.
std::size_t follow_first(const TraceIndex& index, Time t, std::size_t room) {
  const auto [first, last] = index.customers_around(t);
  std::size_t inside = last;
  for (std::size_t i = first; i < last; ++i) {
    if (index.customer_left(i) > t) {
      inside = i;
      break;
    }
  }
  if (last - inside >= room) return inside;
  return last > room ? last - room : 0;
}

LanePlan plan_lanes(const TraceIndex& index, const ChartOptions& o, float room) {
  LanePlan plan;
  const std::size_t staff = index.staff().size();
  const std::size_t customers = index.customers().size();
  const auto cores =
      static_cast<std::size_t>(o.show_cores ? index.cores() + (index.has_gil() ? 1 : 0) : 0);
  const float pitch = o.lane_height + o.lane_gap;
  std::size_t max_staff = o.max_staff;
  std::size_t max_customers = o.max_customers;
  if (o.height > 0) {
    const auto rows = static_cast<std::size_t>(std::max(0.0f, std::floor(room / pitch)));
    const std::size_t headers = (staff > 0) + (index.cores() > 0) + (customers > 0);
    // When everything fits, everything shows. Else staff and cores take at most about
    // half of the lanes (the staff group folds, or shows what fits), customers the rest.
    const std::size_t cores_block = index.cores() > 0 ? 1 + cores : 0;
    const bool all_fit = headers + cores + staff + customers <= rows;
    const std::size_t half = rows / 2;
    const std::size_t staff_room = half > 1 + cores_block ? half - 1 - cores_block : 1;
    if (!all_fit && o.show_staff && staff > staff_room) {
      plan.staff_folded = o.fold_staff_to_fit;
      max_staff = std::min(max_staff, std::max<std::size_t>(staff_room, 1));
    }
    const std::size_t staff_rows =
        o.show_staff && !plan.staff_folded ? std::min(staff, max_staff) : 0;
    const std::size_t used = headers + cores + staff_rows;
    max_customers =
        std::min(max_customers, rows > used ? std::max<std::size_t>(rows - used, 1) : 1);
  }
  if (o.show_staff && !plan.staff_folded) {
    plan.shown_staff = std::min(staff, max_staff);
    plan.first_staff = std::min(o.first_staff, staff - plan.shown_staff);
  }
  plan.shown_customers = std::min(customers, max_customers);
  const std::size_t wanted =
      o.follow_at >= 0 ? follow_first(index, o.follow_at, plan.shown_customers) : o.first_customer;
  plan.first_customer = std::min(wanted, customers - plan.shown_customers);
  return plan;
}

void layout_title(ChartModel& model, const ChartOptions& options, const trace::Trace& trace,
                  const text::Measure& measure) {
  model.title = options.title.empty() ? trace.title : options.title;
  if (!options.show_title) model.title.clear();
  const float scale = model.title_px / std::max(model.text_px, 1.0f);
  if (!model.title.empty()) {
    model.title_lines = text::wrap(model.title, std::max(model.width - 32, 40.0f),
                                   [&](std::string_view s) { return measure(s) * scale; });
  }
  const std::size_t extra = model.title_lines.empty() ? 0 : model.title_lines.size() - 1;
  model.plot_y0 = model.title.empty()
                      ? 12.0f
                      : kTitledPlotTop + static_cast<float>(extra) * model.title_px * 1.25f;
}

}  // namespace

ChartModel build_timeline(const trace::Trace& trace, const TraceIndex& index,
                          const ChartOptions& options) {
  ChartModel model;
  model.width = options.width;
  model.text_px = options.text_px;
  model.swatch_px = std::max(12.0f, options.text_px * 0.8f);
  const text::Measure measure =
      options.measure ? options.measure : text::estimated(options.text_px);
  model.axis_label = options.time_heading;
  model.t0 = options.t0;
  model.t1 = options.t1 >= 0 ? options.t1 : std::max<Time>(trace.end_time, 1);
  if (model.t1 <= model.t0) model.t1 = model.t0 + 1;
  model.plot_x0 = options.label_width;
  model.plot_x1 = std::max(options.width - 24.0f, model.plot_x0 + 10.0f);
  model.as_of = options.cursor;
  layout_title(model, options, trace, measure);
  const Time live_end =
      options.live_end >= 0 ? options.live_end : std::max(trace.end_time, options.cursor);

  const bool overlaid = options.overlay != nullptr && options.overlay_index != nullptr;
  const float legend_h =
      options.legend ? layout_legend(model, index, overlaid ? options.overlay_index : nullptr,
                                     options, measure)
                     : 0;
  // Below the lanes: the axis line, its tick labels, then the legend and a margin.
  const float below = options.legend ? 6 + kAxisRoom + legend_h + 16 : 6 + 40;
  const LanePlan plan = plan_lanes(index, options, options.height - model.plot_y0 - below);
  model.staff_folded = plan.staff_folded;
  model.first_staff = plan.first_staff;
  model.first_customer = plan.first_customer;
  model.shown_customers = plan.shown_customers;

  Layout layout{options, model, model.plot_y0};
  LanePainter painter(trace, model, live_end);
  // With an overlay, each agent's lane shows the main run above and the overlay below.
  const AgentMatcher matcher(overlaid ? options.overlay : nullptr);
  std::optional<LanePainter> overlay_painter;
  if (overlaid) {
    overlay_painter.emplace(*options.overlay, model, std::max(options.overlay->end_time, live_end),
                            true);
  }
  auto paint_agent = [&](trace::AgentId a, float y0, bool marks) {
    const float y1 = y0 + options.lane_height;
    if (!overlaid) {
      painter.paint(index.spans_of(a), y0, y1, marks);
      return;
    }
    const float split = y0 + options.lane_height / 2;
    painter.paint(index.spans_of(a), y0, split - 0.5f, marks);
    const trace::AgentId other =
        a < trace.agents.size() ? matcher.match(trace.agents[a]) : trace::kNoAgent;
    if (other != trace::kNoAgent) {
      overlay_painter->paint(options.overlay_index->spans_of(other), split + 0.5f, y1, marks);
    }
  };
  // A group hidden by the caller or folded to fit keeps its header row (marked collapsed)
  // so it can be reopened; a folded staff group shows its summary bar there.
  const std::size_t staff = index.staff().size();
  if (staff > 0) {
    layout.group = LaneGroup::staff;
    const bool open = options.show_staff && !plan.staff_folded;
    const std::string heading = open ? range_heading(options.staff_heading, options,
                                                     plan.first_staff, plan.shown_staff, staff)
                                     : options.staff_heading + " (" + thousands(staff) + ")";
    if (options.header_rows) {
      const float y0 = layout.add_lane(heading, trace::kNoAgent, true, !open);
      if (!open) {
        std::vector<const std::vector<std::uint32_t>*> lanes;
        for (const trace::AgentId a : index.staff()) lanes.push_back(&index.spans_of(a));
        painter.paint_summary(lanes, y0 + 1, y0 + options.lane_height - 1);
      }
    }
    for (std::size_t i = plan.first_staff; open && i < plan.first_staff + plan.shown_staff; ++i) {
      const trace::AgentId a = index.staff()[i];
      const float y0 = layout.add_lane(
          trace.agent_name(a, options.station_labels, options.group_labels), a, false);
      paint_agent(a, y0, false);
    }
  }
  if (index.cores() > 0) {
    layout.group = LaneGroup::cores;
    if (options.header_rows)
      layout.add_lane(options.cores_heading, trace::kNoAgent, true, !options.show_cores);
    for (int c = 0; c < index.cores() && options.show_cores; ++c) {
      const float y0 =
          layout.add_lane(options.core_label + " " + std::to_string(c + 1), trace::kNoAgent, false);
      painter.paint(index.spans_on_core(c), y0, y0 + options.lane_height, false);
    }
  }
  if (index.has_gil() && options.show_cores) {
    const float y0 = layout.add_lane(options.gil_label, trace::kNoAgent, false);
    painter.paint(index.spans_holding_gil(), y0, y0 + options.lane_height, false);
  }
  const std::size_t total = index.customer_count();
  if (total > 0) {
    layout.group = LaneGroup::customers;
    const std::size_t first = plan.first_customer;
    const std::size_t last = first + plan.shown_customers;
    std::string heading = options.customers_heading;
    if (last - first < total && options.show_customers) {
      heading = range_heading(options.customers_heading, options, first, last - first, total);
      if (options.show_title)
        model.subtitle = options.showing + " " + thousands(first + 1) + "–" + thousands(last) +
                         " " + options.showing_of + " " + thousands(total);
    }
    if (options.header_rows)
      layout.add_lane(heading, trace::kNoAgent, true, !options.show_customers);
    for (std::size_t i = first; i < last && options.show_customers; ++i) {
      const trace::AgentId a = index.customers()[i];
      const float y0 = layout.add_lane(
          trace.agent_name(a, options.station_labels, options.group_labels), a, false);
      paint_agent(a, y0, true);
    }
  }
  model.plot_y1 = std::max(layout.y - options.lane_gap, model.plot_y0 + options.lane_height);
  model.axis_y = model.plot_y1 + 6;
  model.ticks = time_ticks(model.t0, model.t1, model.plot_x0, model.plot_x1);
  if (options.cursor >= model.t0 && options.cursor <= model.t1)
    model.cursor_x = model.x_of(options.cursor);
  model.legend_y = model.axis_y + kAxisRoom;
  for (ChartLegendEntry& e : model.legend) e.y += model.legend_y;
  model.height = options.legend ? model.legend_y + legend_h + 16 : model.axis_y + 40;
  return model;
}

ChartModel build_timeline(const trace::Trace& trace, const ChartOptions& options) {
  const TraceIndex index(trace, options.first_customer + options.max_customers);
  return build_timeline(trace, index, options);
}

}  // namespace burgers::chart
