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
#include "chart/trace_index.hpp"
#include "text/line_break.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

struct ChartOptions {
  float width = 1600;
  float lane_height = 16;
  float lane_gap = 2;
  float label_width = 150;  // left margin for lane labels
  float text_px = 12;       // the painter's text size, for laying out the legend
  Time t0 = 0;
  Time t1 = -1;           // < 0: the trace's end time
  text::Measure measure;  // the painter's text width at text_px; empty: an estimate
  bool show_staff = true;
  bool show_customers = true;
  bool show_cores = true;
  std::size_t first_customer = 0;   // scroll position among customer lanes
  std::size_t max_customers = 200;  // lanes beyond are left out (and said so in subtitle)
  std::size_t first_staff = 0;      // scroll position among staff lanes
  std::size_t max_staff = SIZE_MAX;
  // Fit into this height (> 0): staff and cores take at most about half of the lanes'
  // room (the staff group folds to one summary lane when `fold_staff_to_fit`, else shows
  // as many staff lanes as fit), customers fill the rest, and the wrapped legend fits below.
  float height = 0;
  bool fold_staff_to_fit = false;
  // >= 0: scroll the customer lanes to those inside at this time (overrides first_customer);
  // with follow_axis, the axis also starts where the first of them arrived (so their bars
  // stay readable however long the run has been), and ends at t1.
  Time follow_at = -1;
  bool follow_axis = false;
  float legend_x0 = -1;  // where legend rows start; < 0: under the plot
  Time cursor = -1;      // current-time cursor, < 0 for none
  Time live_end = -1;    // where spans still open end (the simulation's time); < 0: the trace's end
  bool header_rows = true;
  bool show_title = true;  // false: no title or subtitle rows (a caller shows its own heading)
  bool legend = true;
  std::string title;  // empty: the trace's title
  // Labels for states and furniture; English unless the caller translates.
  std::array<std::string, trace::kStateCount> state_labels = default_state_labels();
  // The legend keys customer lanes by job phase (colour) plus one entry for hatching.
  std::array<std::string, trace::kJobPhaseCount> phase_labels = default_phase_labels();
  std::string blocked_label = "Hatched: the customer is blocked";
  std::string staff_heading = "Staff";  // "Staff", "Staff 1–12 of 100"
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

// A lane's agent as its name reads: its kind ("Web") and its number (80).
struct NumberedLane {
  std::string kind;
  std::int64_t number = 0;
};

// Agent `a`'s lane as its name reads, with the options' labels.
NumberedLane numbered_lane(const trace::Trace& trace, trace::AgentId a, const ChartOptions& o);

// The numbers of lanes "Web 80", "ML 75" ...: "80–83" when every lane is of one kind,
// else kind by kind in the order they come: "Web 80–83, ML 75–76". Headers count lanes
// with these, so they say what the lanes say.
std::string lane_numbers(const std::vector<NumberedLane>& lanes);

// Round axis ticks for [t0, t1] drawn from x0 to x1: steps of 1, 2, 5 x 10^k in a fitting
// unit (ms, s, min, h), labelled in that unit, about 110 px apart. Given the labels' font
// (`measure`), steps grow until no two labels come closer than 12 px.
std::vector<ChartTick> time_ticks(Time t0, Time t1, float x0, float x1,
                                  const text::Measure& measure = {});
// Moves the labels of ticks near an edge inward, so each label lies whole within
// [left, right] (a tick at the plot's end keeps "197 min", not "197 mi").
void keep_labels_inside(std::vector<ChartTick>& ticks, float left, float right,
                        const text::Measure& measure);

}  // namespace burgers::chart
