#pragma once
// Lays out a Trace as a ChartModel for a viewport: lanes, bars (folded below a pixel),
// instants, a time axis with round ticks, the legend. Used by the dashboard every frame
// and by the SVG/PNG/HTML exports once.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chart/chart_model.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// Per-lane span lists (agents, and cores derived from staff spans), extended as a live
// trace grows. `customer_limit` indexes only the first customers (exports show no more).
class TraceIndex {
 public:
  TraceIndex() = default;
  explicit TraceIndex(const trace::Trace& trace, std::size_t customer_limit = SIZE_MAX)
      : customer_limit_(customer_limit) {
    update(trace);
  }
  // Indexes spans and agents added since the last call; cheap to call every frame.
  void update(const trace::Trace& trace);

  // Span indices of `agent` (or of staff spans that ran on `core`), in start order.
  const std::vector<std::uint32_t>& spans_of(trace::AgentId agent) const;
  const std::vector<std::uint32_t>& spans_on_core(int core) const;
  // Staff spans while holding the GIL (computing, or waiting for a core with it).
  const std::vector<std::uint32_t>& spans_holding_gil() const { return gil_; }
  bool has_gil() const { return has_gil_; }
  const std::vector<trace::AgentId>& staff() const { return staff_; }
  const std::vector<trace::AgentId>& customers() const { return customers_; }
  std::size_t customer_count() const { return customer_total_; }
  int cores() const { return static_cast<int>(by_core_.size()); }
  bool has_state(trace::State s) const { return (states_ >> static_cast<unsigned>(s)) & 1u; }
  std::size_t indexed_spans() const { return indexed_spans_; }

  // For the i-th indexed customer: when they arrived and left (kNever: not yet).
  Time customer_arrival(std::size_t i) const { return arrival_[i]; }
  Time customer_left(std::size_t i) const { return left_[i]; }
  // The longest stay of a customer who has left, and the first customer still inside:
  // together they bound which customers can be present at any time.
  Time longest_stay() const { return longest_stay_; }
  std::size_t first_unfinished() const { return first_unfinished_; }
  // Position of `agent` among the indexed customers, or SIZE_MAX.
  std::size_t customer_position(trace::AgentId agent) const {
    return agent < position_.size() ? position_[agent] : SIZE_MAX;
  }

 private:
  void note_customer_span(const trace::Span& s);

  std::size_t customer_limit_ = SIZE_MAX;
  std::vector<std::vector<std::uint32_t>> by_agent_;
  std::vector<std::vector<std::uint32_t>> by_core_;
  std::vector<std::uint32_t> gil_;
  bool has_gil_ = false;
  std::vector<trace::AgentId> staff_;
  std::vector<trace::AgentId> customers_;  // indexed customers, in arrival order
  std::vector<bool> indexed_agent_;
  std::vector<std::size_t> position_;  // agent -> index in customers_
  std::vector<Time> arrival_;
  std::vector<Time> left_;
  Time longest_stay_ = 0;
  std::size_t first_unfinished_ = 0;
  std::size_t customer_total_ = 0;
  std::size_t indexed_agents_ = 0;
  std::size_t indexed_spans_ = 0;
  unsigned states_ = 0;
};

struct ChartOptions {
  float width = 1600;
  float lane_height = 16;
  float lane_gap = 2;
  float label_width = 150;  // left margin for lane labels
  float text_px = 12;       // the painter's text size, for laying out the legend
  Time t0 = 0;
  Time t1 = -1;  // < 0: the trace's end time
  bool show_staff = true;
  bool show_customers = true;
  bool show_cores = true;
  std::size_t first_customer = 0;   // scroll position among customer lanes
  std::size_t max_customers = 200;  // lanes beyond are left out (and said so in subtitle)
  Time cursor = -1;                 // current-time cursor, < 0 for none
  Time live_end = -1;  // where spans still open end (the simulation's time); < 0: the trace's end
  bool header_rows = true;
  bool show_title = true;  // false: no title or subtitle rows (a caller shows its own heading)
  bool legend = true;
  std::string title;  // empty: the trace's title
  // Labels for states and furniture; English unless the caller translates.
  std::array<std::string, trace::kStateCount> state_labels = default_state_labels();
  // The legend keys customer lanes by job phase (colour) plus one entry for hatching.
  std::array<std::string, trace::kJobPhaseCount> phase_labels = default_phase_labels();
  std::string blocked_label = "Hatched: the customer is blocked";
  std::string staff_heading = "Staff";
  std::string customers_heading = "Customers";
  std::string cores_heading = "Cores";
  std::string core_label = "Core";
  std::string gil_label = "GIL";  // the lane of who holds Python's GIL
  std::string time_heading = "Time";
  std::string showing = "Showing customers";  // subtitle when not every customer has a lane:
  std::string showing_of = "of";              // "Showing customers 1–200 of 5,000"
  // The two-part chart of a long run (long_timeline.hpp).
  std::string long_run_note = "customers: the whole run, then a few of them up close";
  std::string whole_run_heading = "The whole run";
  std::string up_close = "up close";
  std::string inside_label = "Inside";
  std::string in_line_label = "In line";
  std::string at_most = "most";
  // A second run of the same scenario (e.g. measured on real threads) drawn lane by lane
  // in the lower part of each staff and customer lane, under the main trace's bars.
  // Agents are matched by station or group and number. Both must be set, or neither.
  const trace::Trace* overlay = nullptr;
  const TraceIndex* overlay_index = nullptr;
  // Lane names from these labels (by station / group index) instead of the trace's own.
  std::vector<std::string> station_labels;
  std::vector<std::string> group_labels;

  static std::array<std::string, trace::kStateCount> default_state_labels();
  static std::array<std::string, trace::kJobPhaseCount> default_phase_labels();
};

ChartModel build_timeline(const trace::Trace& trace, const TraceIndex& index,
                          const ChartOptions& options);
// Convenience for one-off exports: indexes the trace itself.
ChartModel build_timeline(const trace::Trace& trace, const ChartOptions& options);

// Round axis ticks for [t0, t1] over `pixels`: steps of 1, 2, 5 x 10^k in a fitting
// unit (ms, s, min, h), labelled in that unit.
std::vector<ChartTick> time_ticks(Time t0, Time t1, float x0, float x1);

}  // namespace burgers::chart
