#include "chart/chart_builder.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "base/time.hpp"

namespace burgers::chart {

using trace::AgentKind;
using trace::Span;
using trace::State;

namespace {

const std::vector<std::uint32_t> kNoSpans;

// Rough text width for layout (painters measure for real): CJK glyphs are square.
float text_width(const std::string& text, float px) {
  float width = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    width += len >= 3 ? px : px * 0.58f;
    i += len;
  }
  return width;
}

std::string thousands(std::size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

Time span_end(const Span& s, Time live_end) {
  return s.end == trace::kOpenEnd ? live_end : s.end;
}

}  // namespace

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

void TraceIndex::update(const trace::Trace& trace) {
  has_gil_ = trace.gil;
  for (; indexed_agents_ < trace.agents.size(); ++indexed_agents_) {
    const auto id = static_cast<trace::AgentId>(indexed_agents_);
    const trace::Agent& a = trace.agents[indexed_agents_];
    bool keep = true;
    if (a.kind == AgentKind::staff) {
      staff_.push_back(id);
    } else if (a.kind == AgentKind::customer) {
      keep = customer_total_ < customer_limit_;
      if (keep) {
        position_.resize(id + 1, SIZE_MAX);
        position_[id] = customers_.size();
        customers_.push_back(id);
        arrival_.push_back(kNever);
        left_.push_back(kNever);
      }
      ++customer_total_;
    }
    indexed_agent_.push_back(keep);
  }
  by_agent_.resize(trace.agents.size());
  for (; indexed_spans_ < trace.spans.size(); ++indexed_spans_) {
    const Span& s = trace.spans[indexed_spans_];
    const auto index = static_cast<std::uint32_t>(indexed_spans_);
    states_ |= 1u << static_cast<unsigned>(s.state);
    if (s.agent < indexed_agent_.size() && indexed_agent_[s.agent]) {
      by_agent_[s.agent].push_back(index);
      note_customer_span(s);
    }
    if (trace.gil && s.station >= 0 &&
        static_cast<std::size_t>(s.station) < trace.stations.size() &&
        trace.stations[static_cast<std::size_t>(s.station)].gil &&
        trace.agents[s.agent].kind == AgentKind::staff &&
        (s.state == State::busy || s.state == State::ready || s.state == State::switching)) {
      gil_.push_back(index);
    }
    if (s.core >= 0 && (s.state == State::busy || s.state == State::switching)) {
      if (by_core_.size() <= static_cast<std::size_t>(s.core))
        by_core_.resize(static_cast<std::size_t>(s.core) + 1);
      by_core_[static_cast<std::size_t>(s.core)].push_back(index);
    }
  }
  if (static_cast<int>(by_core_.size()) < trace.cores)
    by_core_.resize(static_cast<std::size_t>(trace.cores));
}

void TraceIndex::note_customer_span(const Span& s) {
  const std::size_t pos = customer_position(s.agent);
  if (pos == SIZE_MAX) return;
  if (s.state == State::arrived) arrival_[pos] = s.start;
  if (s.state == State::done) {
    left_[pos] = s.start;
    longest_stay_ = std::max(longest_stay_, s.start - arrival_[pos]);
    while (first_unfinished_ < left_.size() && left_[first_unfinished_] != kNever)
      ++first_unfinished_;
  }
}

const std::vector<std::uint32_t>& TraceIndex::spans_of(trace::AgentId agent) const {
  return agent < by_agent_.size() ? by_agent_[agent] : kNoSpans;
}

const std::vector<std::uint32_t>& TraceIndex::spans_on_core(int core) const {
  return core >= 0 && static_cast<std::size_t>(core) < by_core_.size()
             ? by_core_[static_cast<std::size_t>(core)]
             : kNoSpans;
}

namespace {

// Turns one lane's spans into bars. Spans at least a pixel wide become their own bar.
// Narrower ones are folded, Tracy-style, without visiting them one by one: a binary
// search jumps to the first span that ends beyond the next pixel, and the folded bar
// takes the state of the span at that pixel's middle. A frame's cost is then about
// (bars x log spans), however long the run.
class LanePainter {
 public:
  LanePainter(const trace::Trace& trace, ChartModel& model, Time live_end, bool overlay = false)
      : trace_(trace), model_(model), live_end_(live_end), overlay_(overlay) {}

  void paint(const std::vector<std::uint32_t>& spans, float y0, float y1, bool marks);

 private:
  Time end_of(std::uint32_t i) const { return span_end(trace_.spans[i], live_end_); }
  Time time_at(float x) const {
    const double f = (x - model_.plot_x0) / static_cast<double>(model_.plot_x1 - model_.plot_x0);
    return model_.t0 + static_cast<Time>(f * static_cast<double>(model_.t1 - model_.t0));
  }

  const trace::Trace& trace_;
  ChartModel& model_;
  Time live_end_;
  bool overlay_;
};

void LanePainter::paint(const std::vector<std::uint32_t>& spans, float y0, float y1, bool marks) {
  const Time t0 = model_.t0;
  const Time t1 = model_.t1;
  // Spans of one lane follow each other in time: ends are sorted, so search the first visible.
  auto it = std::partition_point(spans.begin(), spans.end(),
                                 [&](std::uint32_t i) { return end_of(i) < t0; });
  float last_mark_x = -10;
  while (it != spans.end()) {
    const Span& s = trace_.spans[*it];
    if (s.start > t1) break;
    const Time end = end_of(*it);
    if (trace::is_instant(s.state) || end <= s.start) {
      const float x = model_.x_of(s.start);
      if (marks && trace::is_instant(s.state) && x - last_mark_x >= 3.0f && s.start >= t0) {
        model_.marks.push_back({x, y0, y1, s.state});
        last_mark_x = x;
      }
      ++it;
      continue;
    }
    const float x0 = model_.x_of(std::max(s.start, t0));
    const float x1 = model_.x_of(std::min(end, t1));
    if (x1 - x0 >= 1.0f) {
      model_.rects.push_back({x0, y0, x1, y1, s.state, 1, *it, overlay_});
      ++it;
      continue;
    }
    const Time boundary = time_at(x0 + 1.0f);
    auto next = std::partition_point(it, spans.end(),
                                     [&](std::uint32_t i) { return end_of(i) <= boundary; });
    if (next == it) ++next;
    const Time middle = time_at(x0 + 0.5f);
    auto covering =
        std::partition_point(it, next, [&](std::uint32_t i) { return end_of(i) <= middle; });
    if (covering == next) --covering;
    ChartRect r{x0,
                y0,
                x0 + 1.0f,
                y1,
                trace_.spans[*covering].state,
                static_cast<std::uint32_t>(next - it),
                kNoSpan,
                overlay_};
    if (r.folded == 1) r.span = *it;
    model_.rects.push_back(r);
    it = next;
  }
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

// The key: staff states, then customer job phases by colour, then one entry for hatching.
void layout_legend(ChartModel& model, const TraceIndex& index, const TraceIndex* overlay,
                   const ChartOptions& options) {
  float x = model.plot_x0;
  float y = model.legend_y;
  const float gap = 18;
  auto add = [&](State state, const std::string& label) {
    ChartLegendEntry entry;
    entry.state = state;
    entry.label = label;
    const float w = model.swatch_px + 6 + text_width(entry.label, model.text_px);
    if (x + w > model.plot_x1 && x > model.plot_x0) {
      x = model.plot_x0;
      y += model.swatch_px + 10;
    }
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
  if (present(State::own_activity)) {
    add(State::own_activity, options.state_labels[static_cast<std::size_t>(State::own_activity)]);
  }
  if (any_blocked) add(State::queued_blocked, options.blocked_label);
  model.height = y + model.swatch_px + 16;
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

}  // namespace

ChartModel build_timeline(const trace::Trace& trace, const TraceIndex& index,
                          const ChartOptions& options) {
  ChartModel model;
  model.width = options.width;
  model.text_px = options.text_px;
  model.swatch_px = std::max(12.0f, options.text_px * 0.8f);
  model.title = options.title.empty() ? trace.title : options.title;
  model.axis_label = options.time_heading;
  model.t0 = options.t0;
  model.t1 = options.t1 >= 0 ? options.t1 : std::max<Time>(trace.end_time, 1);
  if (model.t1 <= model.t0) model.t1 = model.t0 + 1;
  model.plot_x0 = options.label_width;
  model.plot_x1 = std::max(options.width - 24.0f, model.plot_x0 + 10.0f);
  if (!options.show_title) model.title.clear();
  model.plot_y0 =
      !options.show_title || (options.title.empty() && trace.title.empty()) ? 12.0f : 58.0f;
  const Time live_end =
      options.live_end >= 0 ? options.live_end : std::max(trace.end_time, options.cursor);

  Layout layout{options, model, model.plot_y0};
  LanePainter painter(trace, model, live_end);
  // With an overlay, each agent's lane shows the main run above and the overlay below.
  const bool overlaid = options.overlay != nullptr && options.overlay_index != nullptr;
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
  // A group hidden by the caller keeps its header row (marked collapsed) so it can be reopened.
  if (!index.staff().empty()) {
    layout.group = LaneGroup::staff;
    if (options.header_rows)
      layout.add_lane(options.staff_heading, trace::kNoAgent, true, !options.show_staff);
    for (const trace::AgentId a : index.staff()) {
      if (!options.show_staff) break;
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
    const std::size_t first = std::min(options.first_customer, index.customers().size());
    const std::size_t last = std::min(first + options.max_customers, index.customers().size());
    std::string heading = options.customers_heading;
    if (last - first < total && options.show_customers) {
      heading += " " + thousands(first + 1) + "–" + thousands(last) + " " + options.showing_of +
                 " " + thousands(total);
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
  model.legend_y = model.axis_y + 44;
  if (options.legend) {
    layout_legend(model, index, overlaid ? options.overlay_index : nullptr, options);
  } else {
    model.height = model.axis_y + 40;
  }
  return model;
}

ChartModel build_timeline(const trace::Trace& trace, const ChartOptions& options) {
  const TraceIndex index(trace, options.first_customer + options.max_customers);
  return build_timeline(trace, index, options);
}

}  // namespace burgers::chart
