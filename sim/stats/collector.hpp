#pragma once
// Collector: computes the Summary from the span stream alone, while a run goes (or as
// summarize_trace replays a stored trace), in memory that does not grow with the run.
// Time-weighted figures keep an area under the curve brought up to date at every change.
#include <cstdint>
#include <string>
#include <vector>

#include "base/uint128.hpp"
#include "stats/histogram.hpp"
#include "stats/summary.hpp"
#include "trace/recorder.hpp"
#include "trace/trace.hpp"

namespace burgers::stats {

struct CollectorOptions {
  // Steady-state estimates: customers arriving, and queue waits beginning, before
  // `warmup` are left out; time-weighted figures cover [warmup, end].
  Time warmup = 0;
};

class Collector final : public trace::SpanObserver {
 public:
  // The stations and customer groups are the run's trace header's (model::trace_header),
  // the one description of them; its spans are not read.
  explicit Collector(const trace::Trace& header, CollectorOptions options = {});

  trace::Interest interest() const override;
  void on_agent(trace::AgentId id, const trace::Agent& agent) override;
  void on_open(const trace::Track& track) override;
  void on_close(const trace::Track& track, Time end, trace::State next) override;
  void on_finish(const trace::Track& track, Time t) override;

  // The figures as of time `now` (open spans count up to `now`), with the header's
  // scenario and title. `events` is the engine's count; the caller sets seed and mode.
  Summary summarize(Time now, std::uint64_t events) const;

  std::int64_t customers_arrived() const { return arrived_; }
  std::int64_t customers_served() const { return served_; }
  // Live counts, for the dashboard.
  std::int64_t queue_length(int station) const;
  std::int64_t staff_busy(int station) const;

 private:
  // Integral of a step function over time, from `warmup` on, and its highest level.
  // Changes at one instant count together: a level that lasts no time (one customer
  // leaves the line as the next joins) is not a level the line ever had.
  struct Area {
    std::int64_t level = 0;
    std::int64_t peak = 0;  // highest level held for some time, before `last`
    Time last = 0;
    uint128 area = 0;
    void change(Time t, std::int64_t delta, Time warmup);
    double mean(Time now, Time warmup) const;  // over [warmup, now]
    uint128 total(Time now, Time warmup) const;
    std::int64_t highest(Time now, Time warmup) const;  // over [warmup, now]
  };
  struct StationStats {
    trace::StationInfo meta;
    Area queue;
    // Staff holding a job, by what holding it means; together, the station's busy staff
    // (kept in parts only: the whole is their sum, exactly).
    Area cpu;        // busy or switching
    Area io_held;    // io_wait
    Area core_wait;  // ready
    Area gil_wait;   // gil_wait
    std::int64_t busy_level() const {
      return cpu.level + io_held.level + core_wait.level + gil_wait.level;
    }
    std::int64_t served = 0;
    std::int64_t waits = 0;
    uint128 wait_total = 0;
    uint128 service_total = 0;
    Histogram wait_histogram;
  };

  struct GroupStats {
    trace::GroupInfo meta;
    std::int64_t arrived = 0;
    std::int64_t served = 0;
    uint128 sojourn_total = 0;
    Histogram sojourn_histogram;  // only with several groups (one group: sojourn_histogram_)
    Time first_arrival = kNever;
    Time makespan = 0;
  };

  StationStats* station_of(const trace::Track& track);
  GroupStats* group_of(trace::AgentId agent);
  void summarize_groups(Summary& s) const;
  // The part of `busy` that a staff state counts towards (null for states that hold no job).
  static Area* split_of(StationStats& st, trace::State s);

  CollectorOptions options_;
  std::string scenario_;
  std::string title_;
  std::string variant_;
  std::vector<StationStats> stations_;
  std::vector<GroupStats> groups_;
  // Each agent's group, kept only with several groups (with one, every customer is in it).
  std::vector<std::int16_t> group_of_agent_;
  std::int64_t arrived_ = 0;
  std::int64_t served_ = 0;
  uint128 sojourn_total_ = 0;
  uint128 blocked_total_ = 0;
  uint128 free_total_ = 0;
  uint128 own_total_ = 0;
  Histogram sojourn_histogram_;
  Time makespan_ = 0;
};

}  // namespace burgers::stats
