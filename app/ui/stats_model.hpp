#pragma once
// The statistics and compare panels' data as of one instant (summary, queue lengths,
// the last leavers' times, waits), the same whether the run stands there or went past it
// (then replayed from the record). No GL here: unit-tested.
#include <cstdint>
#include <vector>

#include "base/time.hpp"
#include "chart/series.hpp"
#include "chart/trace_index.hpp"
#include "run/simulation.hpp"
#include "stats/summary.hpp"

namespace burgers::ui {

struct StatsModel {
  Time as_of = 0;
  // The run itself counted these at as_of (else they were replayed from its record, which
  // does not know how many engine events had run: summary.events is then 0).
  bool live = true;
  stats::Summary summary;
  std::vector<chart::QueueSeries> queues;    // up to as_of
  std::vector<chart::CustomerTimes> recent;  // the last customers who had left by as_of
  chart::Histogram waits;                    // of waits in line that had ended by as_of
};

inline constexpr std::size_t kRecentCustomers = 40;

// The split of a station's busy time (stats::StationSummary), each part drawn in the
// colour of the staff state it counts, and named by a text-table key.
struct BusyPart {
  Time stats::StationSummary::*time;
  trace::State state;
  const char* key;
};
inline constexpr BusyPart kBusyParts[] = {
    {&stats::StationSummary::cpu_time, trace::State::busy, "split_cpu"},
    {&stats::StationSummary::io_blocked_time, trace::State::io_wait, "split_io"},
    {&stats::StationSummary::core_wait_time, trace::State::ready, "split_core"},
    {&stats::StationSummary::gil_wait_time, trace::State::gil_wait, "split_gil"},
};

// How a customer's time counts (blocked, free, own), each drawn in its category's swatch
// (chart::category_swatch), as report.html draws it.
struct TimePart {
  Time chart::CustomerTimes::*time;
  trace::Category category;
  const char* key;
};
inline constexpr TimePart kTimeParts[] = {
    {&chart::CustomerTimes::blocked, trace::Category::blocked, "blocked"},
    {&chart::CustomerTimes::free, trace::Category::free, "free"},
    {&chart::CustomerTimes::own, trace::Category::own, "own"},
};

// Records of at least this many spans are read on two threads (below).
inline constexpr std::size_t kSpansForTwoThreads = 1000000;

// The figures of `sim` as of `t`; the run must have reached t (next_time() > t or finished).
// Brings `index` (of the run's trace) up to date: for a record of `two_threads_from` spans
// or more, on this thread while another reads the figures that need no index.
StatsModel stats_model_at(const run::Simulation& sim, chart::TraceIndex& index, Time t,
                          std::size_t two_threads_from = kSpansForTwoThreads);

// Keeps the last model and rebuilds it only when the run or the instant changed.
class StatsCache {
 public:
  // Also brings `index` up to date, as stats_model_at does.
  const StatsModel& at(const run::Simulation& sim, chart::TraceIndex& index, Time t);

 private:
  const run::Simulation* sim_ = nullptr;
  std::uint64_t events_ = 0;
  Time t_ = -1;
  bool finished_ = false;
  StatsModel model_;
};

}  // namespace burgers::ui
