#pragma once
// Small series derived from a Trace for the statistics charts (report.html and the
// dashboard's statistics view draw the same data).
#include <cstdint>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// A step function: `value` holds from `time` until the next point.
struct StepPoint {
  Time time = 0;
  std::int64_t value = 0;
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
std::vector<QueueSeries> queue_length_series(const trace::Trace& trace,
                                             std::size_t max_points = 2000);

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

struct Histogram {
  Time low = 0;
  Time bin_width = 1;
  std::vector<std::int64_t> counts;
};

// Histogram of queue waits at `station`, or over all stations if -1: one per served job
// (per visit), a job served at once counting as a wait of 0, as in the summary.
Histogram queue_wait_histogram(const trace::Trace& trace, int station, int bins);

}  // namespace burgers::chart
