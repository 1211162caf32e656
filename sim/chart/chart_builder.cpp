#include "chart/chart_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <optional>
#include <tuple>

#include "base/time.hpp"
#include "chart/bar_builder.hpp"
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

// "Customers 1–200 of 5,000" when only some of a group's lanes are shown, by the numbers
// on those lanes.
std::string range_heading(const std::string& heading, const ChartOptions& o,
                          const std::vector<NumberedLane>& lanes, std::size_t total) {
  if (lanes.size() >= total) return heading;
  return heading + " " + lane_numbers(lanes) + " " + o.showing_of + " " + thousands(total);
}

// A lane's name in `room`: whole, or its kind cut with "…" before the number it ends with
// ("Worker proc… 2"), so lanes stay told apart; else cut at the end.
std::string fit_lane_name(const std::string& name, float room, const text::Measure& measure) {
  if (measure(name) <= room) return name;
  const std::size_t space = name.rfind(' ');
  if (space != std::string::npos && space > 0) {
    const std::string number = name.substr(space);
    const float left = room - measure(number);
    const std::string kind = text::fit(name.substr(0, space), left, measure);
    if (left > 0 && kind != "…" && !kind.empty()) return kind + number;
  }
  return text::fit(name, room, measure);
}

struct Layout {
  const ChartOptions& options;
  ChartModel& model;
  float y = 0;
  LaneGroup group = LaneGroup::staff;
  const text::Measure* measure = nullptr;  // lane names longer than their column end in "…"

  float add_lane(std::string label, trace::AgentId agent, bool header, bool collapsed = false) {
    ChartLane lane;
    lane.y0 = y;
    lane.y1 = y + options.lane_height;
    // The painters leave a margin either side of a lane's name in the label column.
    lane.label = header || measure == nullptr
                     ? std::move(label)
                     : fit_lane_name(label, std::max(0.0f, model.plot_x0 - 20), *measure);
    lane.agent = agent;
    lane.header = header;
    lane.collapsed = collapsed;
    lane.group = group;
    model.lanes.push_back(std::move(lane));
    y += options.lane_height + options.lane_gap;
    return y - options.lane_height - options.lane_gap;
  }
};

// The job phase whose colour a staff state shares (a staff member computing is blue like
// the job it runs), or none.
trace::JobPhase mirrored_phase(State staff) {
  for (int p = 1; p < trace::kJobPhaseCount; ++p) {
    const auto phase = static_cast<trace::JobPhase>(p);
    const bool mirrors =
        phase == trace::JobPhase::running || trace::staff_state(phase) != State::busy;
    if (mirrors && trace::staff_state(phase) == staff) return phase;
  }
  return trace::JobPhase::none;
}

// One legend label for two meanings of one colour: one of them when they read the same.
std::string joined_label(const std::string& a, const std::string& b) {
  return a == b || b.empty() ? a : a.empty() ? b : a + " / " + b;
}

// The legend, rows wrapped inside [x0, right], starting at y = 0; returns its height.
// Only states that occur in the trace (or the overlay) get an entry: staff states (with
// the job phase of the same colour, when both occur, in the same entry), then the other
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
    if (phase == trace::JobPhase::none) continue;
    phases[static_cast<std::size_t>(phase)] = true;
    any_blocked = any_blocked || trace::category(state) == trace::Category::blocked;
  }
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto state = static_cast<State>(i);
    if (!present(state) || trace::is_customer_state(state)) continue;
    std::string label = options.state_labels[static_cast<std::size_t>(i)];
    const auto phase = static_cast<std::size_t>(mirrored_phase(state));
    if (phase != 0 && phases[phase]) {
      label = joined_label(label, options.phase_labels[phase]);
      phases[phase] = false;  // listed here, with the staff state of the same colour
    }
    add(state, label);
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

// The customer lanes that follow time `t`: `room` lanes (in arrival order) holding as many
// of the customers inside at t as can be: from the first one still inside, or ending at
// the last arrival when that window holds more of them (one who stays long should not
// hide the many who came after).
std::size_t follow_first(const TraceIndex& index, Time t, std::size_t room) {
  const auto around = index.customers_around(t);
  const std::size_t first = around.first;
  const std::size_t last = around.second;  // (a lambda below uses it: not a structured binding)
  std::size_t inside = last;
  for (std::size_t i = first; i < last; ++i) {
    if (index.customer_left(i) > t) {
      inside = i;
      break;
    }
  }
  const std::size_t latest = last > room ? last - room : 0;
  if (inside >= latest) return latest;
  const auto count_inside = [&](std::size_t from) {
    std::size_t n = 0;
    for (std::size_t i = from; i < std::min(from + room, last); ++i)
      n += index.customer_left(i) > t;
    return n;
  };
  return count_inside(latest) > count_inside(inside) ? latest : inside;
}

LanePlan plan_lanes(const TraceIndex& index, const ChartOptions& o, float room) {
  LanePlan plan;
  const std::size_t staff = index.staff_agents().size();
  const std::size_t customers = index.indexed_customers();
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

// One chart being laid out: the frame (title, legend, lane plan), then each lane group,
// then the axis below the lanes.
class TimelineBuilder {
 public:
  TimelineBuilder(const trace::Trace& trace, const TraceIndex& index, const ChartOptions& o)
      : trace_(trace),
        index_(index),
        o_(o),
        measure_(o.measure ? o.measure : text::estimated(o.text_px)),
        overlaid_(o.overlay != nullptr && o.overlay_index != nullptr),
        matcher_(overlaid_ ? o.overlay : nullptr) {}

  ChartModel build() {
    frame();
    Layout layout{o_, model_, model_.plot_y0, LaneGroup::staff, &measure_};
    const Time live_end = o_.live_end >= 0 ? o_.live_end : std::max(trace_.end_time, o_.cursor);
    BarBuilder bars(trace_, model_, live_end);
    std::optional<BarBuilder> overlay;
    if (overlaid_)
      overlay.emplace(*o_.overlay, model_, std::max(o_.overlay->end_time, live_end), true);
    bars_ = &bars;
    overlay_bars_ = overlay ? &*overlay : nullptr;
    staff_group(layout);
    cores_group(layout);
    customer_group(layout);
    axis(layout);
    return std::move(model_);
  }

 private:
  void frame() {
    model_.width = o_.width;
    model_.text_px = o_.text_px;
    model_.swatch_px = std::max(12.0f, o_.text_px * 0.8f);
    model_.axis_label = o_.time_heading;
    model_.t0 = o_.t0;
    model_.t1 = o_.t1 >= 0 ? o_.t1 : std::max<Time>(trace_.end_time, 1);
    if (model_.t1 <= model_.t0) model_.t1 = model_.t0 + 1;
    model_.plot_x0 = o_.label_width;
    model_.plot_x1 = std::max(o_.width - 24.0f, model_.plot_x0 + 10.0f);
    model_.as_of = o_.cursor;
    layout_title(model_, o_, trace_, measure_);
    legend_h_ = o_.legend ? layout_legend(model_, index_, overlaid_ ? o_.overlay_index : nullptr,
                                          o_, measure_)
                          : 0;
    // Below the lanes: the axis line, its tick labels, then the legend and a margin.
    const float below = o_.legend ? 6 + kAxisRoom + legend_h_ + 16 : 6 + 40;
    plan_ = plan_lanes(index_, o_, o_.height - model_.plot_y0 - below);
    // From the first customer on, the axis starts at the run's start.
    if (o_.follow_at >= 0 && o_.follow_axis && plan_.shown_customers > 0 &&
        plan_.first_customer > 0) {
      const Time arrived = index_.customer_arrival(plan_.first_customer);
      if (arrived != kNever && arrived < model_.t1) {
        const Time margin = (model_.t1 - arrived) / 20;  // the first bar starts clear of the edge
        model_.t0 = std::max<Time>(std::max<Time>(0, o_.t0), arrived - margin);
      }
    }
    model_.staff_folded = plan_.staff_folded;
    model_.first_staff = plan_.first_staff;
    model_.first_customer = plan_.first_customer;
    model_.shown_customers = plan_.shown_customers;
  }

  // An agent's lane; with an overlay, the main run above and the overlay below.
  void paint_agent(trace::AgentId a, float y0, bool marks) {
    const float y1 = y0 + o_.lane_height;
    if (!overlaid_) {
      bars_->add_lane(index_.spans_of(a), y0, y1, marks);
      return;
    }
    const float split = y0 + o_.lane_height / 2;
    bars_->add_lane(index_.spans_of(a), y0, split - 0.5f, marks);
    const trace::AgentId other =
        a < trace_.agents.size() ? matcher_.match(trace_.agents[a]) : trace::kNoAgent;
    if (other != trace::kNoAgent)
      overlay_bars_->add_lane(o_.overlay_index->spans_of(other), split + 0.5f, y1, marks);
  }

  // A group hidden by the caller or folded to fit keeps its header row (marked collapsed)
  // so it can be reopened; a folded staff group shows its summary bar there.
  void staff_group(Layout& layout) {
    const std::size_t staff = index_.staff_agents().size();
    if (staff == 0) return;
    layout.group = LaneGroup::staff;
    const bool open = o_.show_staff && !plan_.staff_folded;
    std::vector<NumberedLane> numbered;
    for (std::size_t i = plan_.first_staff; open && i < plan_.first_staff + plan_.shown_staff; ++i)
      numbered.push_back(numbered_lane(trace_, index_.staff_agents()[i], o_));
    const std::string heading = open ? range_heading(o_.staff_heading, o_, numbered, staff)
                                     : o_.staff_heading + " (" + thousands(staff) + ")";
    if (o_.header_rows) {
      const float y0 = layout.add_lane(heading, trace::kNoAgent, true, !open);
      if (!open) {
        std::vector<SpanList> lanes;
        for (const trace::AgentId a : index_.staff_agents()) lanes.push_back(index_.spans_of(a));
        bars_->add_summary(lanes, y0 + 1, y0 + o_.lane_height - 1);
      }
    }
    for (std::size_t i = plan_.first_staff; open && i < plan_.first_staff + plan_.shown_staff;
         ++i) {
      const trace::AgentId a = index_.staff_agents()[i];
      paint_agent(a, layout.add_lane(lane_name(a), a, false), false);
    }
  }

  void cores_group(Layout& layout) {
    if (index_.cores() > 0) {
      layout.group = LaneGroup::cores;
      if (o_.header_rows) layout.add_lane(o_.cores_heading, trace::kNoAgent, true, !o_.show_cores);
      for (int c = 0; c < index_.cores() && o_.show_cores; ++c) {
        const float y0 =
            layout.add_lane(o_.core_label + " " + std::to_string(c + 1), trace::kNoAgent, false);
        bars_->add_lane(index_.spans_on_core(c), y0, y0 + o_.lane_height, false);
      }
    }
    if (index_.has_gil() && o_.show_cores) {
      const float y0 = layout.add_lane(o_.gil_label, trace::kNoAgent, false);
      bars_->add_lane(index_.spans_holding_gil(), y0, y0 + o_.lane_height, false);
    }
  }

  void customer_group(Layout& layout) {
    const std::size_t total = index_.customer_count();
    if (total == 0) return;
    layout.group = LaneGroup::customers;
    const std::size_t first = plan_.first_customer;
    const std::size_t last = first + plan_.shown_customers;
    std::string heading = o_.customers_heading;
    if (last - first < total && o_.show_customers) {
      std::vector<NumberedLane> numbered;
      for (std::size_t i = first; i < last; ++i)
        numbered.push_back(numbered_lane(trace_, index_.customer(i), o_));
      heading = range_heading(o_.customers_heading, o_, numbered, total);
      if (o_.show_title)
        model_.subtitle = o_.showing + " " + lane_numbers(numbered) + " " + o_.showing_of + " " +
                          thousands(total);
    }
    if (o_.header_rows) layout.add_lane(heading, trace::kNoAgent, true, !o_.show_customers);
    for (std::size_t i = first; i < last && o_.show_customers; ++i) {
      const trace::AgentId a = index_.customer(i);
      paint_agent(a, layout.add_lane(lane_name(a), a, false), true);
    }
  }

  void axis(const Layout& layout) {
    model_.plot_y1 = std::max(layout.y - o_.lane_gap, model_.plot_y0 + o_.lane_height);
    model_.axis_y = model_.plot_y1 + 6;
    model_.ticks = time_ticks(model_.t0, model_.t1, model_.plot_x0, model_.plot_x1, measure_);
    keep_labels_inside(model_.ticks, 2, model_.width - 2, measure_);
    if (o_.cursor >= model_.t0 && o_.cursor <= model_.t1) model_.cursor_x = model_.x_of(o_.cursor);
    model_.legend_y = model_.axis_y + kAxisRoom;
    for (ChartLegendEntry& e : model_.legend) e.y += model_.legend_y;
    model_.height = o_.legend ? model_.legend_y + legend_h_ + 16 : model_.axis_y + 40;
  }

  std::string lane_name(trace::AgentId a) const {
    return trace_.agent_name(a, o_.station_labels, o_.group_labels);
  }

  const trace::Trace& trace_;
  const TraceIndex& index_;
  const ChartOptions& o_;
  text::Measure measure_;
  bool overlaid_;
  AgentMatcher matcher_;
  ChartModel model_;
  LanePlan plan_;
  float legend_h_ = 0;
  BarBuilder* bars_ = nullptr;
  BarBuilder* overlay_bars_ = nullptr;
};

}  // namespace

NumberedLane numbered_lane(const trace::Trace& trace, trace::AgentId a, const ChartOptions& o) {
  return {trace.agent_kind(a, o.station_labels, o.group_labels), trace.agents[a].number};
}

std::string lane_numbers(const std::vector<NumberedLane>& lanes) {
  struct Kind {
    std::string name;
    long long low = 0, high = 0;
  };
  std::vector<Kind> kinds;
  for (const NumberedLane& lane : lanes) {
    const auto number = static_cast<long long>(lane.number);
    auto it = std::find_if(kinds.begin(), kinds.end(),
                           [&](const Kind& k) { return k.name == lane.kind; });
    if (it == kinds.end()) {
      kinds.push_back({lane.kind, number, number});
    } else {
      it->low = std::min(it->low, number);
      it->high = std::max(it->high, number);
    }
  }
  std::string out;
  for (const Kind& k : kinds) {
    if (!out.empty()) out += ", ";
    if (kinds.size() > 1) out += k.name + " ";
    out += text::thousands(k.low);
    if (k.high != k.low) out += "–" + text::thousands(k.high);
  }
  return out;
}

ChartModel build_timeline(const trace::Trace& trace, const TraceIndex& index,
                          const ChartOptions& options) {
  return TimelineBuilder(trace, index, options).build();
}

ChartModel build_timeline(const trace::Trace& trace, const ChartOptions& options) {
  const TraceIndex index(trace, options.first_customer + options.max_customers);
  return build_timeline(trace, index, options);
}

}  // namespace burgers::chart
