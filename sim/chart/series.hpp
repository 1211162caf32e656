#pragma once
// Small series derived from a Trace for the statistics charts (report.html and the
// dashboard's statistics view draw the same data).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "chart/trace_index.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// A step function: `value` holds from `time` until the next point.
struct StepPoint {
  Time time = 0;
  std::int64_t value = 0;
  friend bool operator==(const StepPoint&, const StepPoint&) = default;
};

// A count over time (customers in line, inside), fed change by change in time order. What
// happens at one instant counts together: only the level an instant ends with is a level
// the count had. Keeps every step while there are few; beyond, the maximum per bucket of
// time (buckets double in width as the run goes on), so peaks survive and memory stays
// small however long the run.
class LevelSeries {
 public:
  // `max_points` 0: every step, however many.
  explicit LevelSeries(std::size_t max_points = 2000)
      : max_points_(max_points == 0 ? SIZE_MAX : std::max<std::size_t>(max_points, 8)) {}
  void change(Time t, std::int64_t delta);
  // The steps over [0, end], at most `max_points` of them (and the exact steps when they
  // fit), starting at time 0.
  std::vector<StepPoint> points(Time end) const;
  std::int64_t level() const { return level_; }

 private:
  void settle();  // the instant `at_` is over: record the level it ended with
  void record(Time t, std::int64_t value);

  std::size_t max_points_;
  std::int64_t level_ = 0;
  Time at_ = 0;
  bool unsettled_ = false;
  std::vector<StepPoint> exact_{{0, 0}};  // while not bucketed
  Time width_ = 0;                        // bucket width once bucketed (0: exact)
  std::vector<std::int64_t> peaks_;       // per bucket: the highest level held in it
  std::int64_t last_value_ = 0;           // the last level recorded
  std::int64_t last_held_ = 0;            // bucketed: the level in effect since the last change
};

struct QueueSeries {
  int station = 0;
  std::string label;
  std::vector<StepPoint> points;  // starts at time 0
};

// Queue length over time, one series per station: the customers whose wait covers t,
// what happens at one instant counting together (StationSummary::max_queue_length is
// the highest value). When a station changes more than
// `max_points` times, each bucket of time keeps its maximum (so peaks stay visible).
// `until`: the record as it stood then (spans going on then last until then); one pass,
// no copy of the spans.
std::vector<QueueSeries> queue_length_series(const trace::Trace& trace,
                                             std::size_t max_points = 2000, Time until = kNever);

struct CustomerTimes {
  trace::AgentId agent = trace::kNoAgent;
  std::string name;
  Time arrived = 0;
  Time left = -1;  // -1: still inside at the end
  Time blocked = 0;
  Time free = 0;
  Time own = 0;
};

// Blocked / free / own time per customer, in arrival order.
std::vector<CustomerTimes> customer_times(const trace::Trace& trace);
// The same for one customer, from their spans (TraceIndex::spans_of), as of `until`.
CustomerTimes customer_times(const trace::Trace& trace, trace::AgentId customer, SpanList spans,
                             Time until = kNever);

struct Histogram {
  Time low = 0;
  Time bin_width = 1;
  std::vector<std::int64_t> counts;
};

// Histogram of queue waits at `station`, or over all stations if -1, as of `until`: one
// per served job (per visit), a job served at once counting as a wait of 0, as in the
// summary. Two passes in stored order, in memory for the customers inside at once only.
Histogram queue_wait_histogram(const trace::Trace& trace, int station, int bins,
                               Time until = kNever);

// Both of the above over all stations, as of `until`, in two passes instead of three (the
// queue series' pass also finds the longest wait): what the statistics panel shows.
struct QueueFigures {
  std::vector<QueueSeries> queues;
  Histogram waits;
};
QueueFigures queue_figures(const trace::Trace& trace, std::size_t max_points, int bins,
                           Time until = kNever);

}  // namespace burgers::chart
