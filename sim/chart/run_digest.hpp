#pragma once
// RunDigest: what the charts of a long run need, gathered from its spans as they come (a
// SpanSink) in memory that does not grow with the run: per staff member and core, time
// per state in buckets of time; customers inside and in line over time; the queue waits;
// and every span of a readable window of customers (a small Trace). A stored trace can be
// replayed into it (trace::replay), so streamed and stored runs draw the same charts.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "chart/series.hpp"
#include "stats/histogram.hpp"
#include "trace/span_sequencer.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// Time spent per state in buckets of equal width, doubling the width as the run grows.
class StateBuckets {
 public:
  explicit StateBuckets(std::size_t buckets = 2048) : limit_(buckets) {}
  void add(Time start, Time end, trace::State state);
  // The state that took most of [t0, t1) (ties: the earlier state), and whether any did.
  bool dominant(Time t0, Time t1, trace::State& state) const;

 private:
  std::size_t limit_;
  Time width_ = 1;
  std::vector<std::array<Time, trace::kStateCount>> time_;
};

struct DigestOptions {
  std::size_t window_customers = 40;  // customer lanes in the readable window
  std::size_t series_points = 2000;
  std::size_t buckets = 2048;
};

class RunDigest final : public trace::SpanSink {
 public:
  // `header`: stations, groups, cores, title. `customers`: how many the run will have
  // (the window is taken from the middle of the run).
  RunDigest(const trace::Trace& header, std::int64_t customers, DigestOptions options = {});

  void agent(trace::AgentId id, const trace::Agent& agent) override;
  void begin(const trace::Span& span) override;
  void end(const trace::Span& span) override;
  void finish(Time end_time) override;

  Time end_time() const { return end_time_; }
  std::int64_t customers() const { return customers_seen_; }

  struct Lane {
    std::string name;
    StateBuckets states;
  };
  const std::vector<Lane>& staff_lanes() const { return staff_; }
  const std::vector<Lane>& core_lanes() const { return cores_; }
  // Customers inside, and in line at any station, over time; queue length per station.
  std::vector<StepPoint> inside() const { return inside_.points(end_time_); }
  std::vector<StepPoint> in_line() const { return in_line_.points(end_time_); }
  std::vector<QueueSeries> queues() const;
  // One per visit to a line (a service at once counts as 0), in `bins` bins.
  Histogram waits(int bins) const;

  // The readable window: every staff member and the window's customers, with their spans
  // from the first window customer's arrival until the last one left.
  const trace::Trace& window() const { return window_; }
  Time window_start() const { return window_start_; }
  Time window_end() const { return window_end_; }
  std::int64_t window_first() const { return window_first_; }  // 1-based, arrival order
  std::int64_t window_count() const { return window_count_; }

 private:
  void open_window(Time t);
  void add_to_window(const trace::Span& span);
  trace::Span in_window(const trace::Span& span) const;

  static constexpr std::uint32_t kOutside = 0xffffffffu;
  const trace::Trace& header_;
  DigestOptions options_;
  Time end_time_ = 0;
  std::int64_t customers_seen_ = 0;

  std::vector<trace::Agent> kinds_;  // per agent (kind, station, group, number)
  std::vector<std::int32_t> lane_;   // per agent: index into staff_, or -1
  std::vector<Lane> staff_;
  std::vector<Lane> cores_;
  std::vector<trace::Span> open_staff_;  // per staff lane: the span under way
  std::vector<Time> core_since_;         // per core: when its current span began (or -1)
  std::vector<trace::State> core_state_;

  LevelSeries inside_;
  LevelSeries in_line_;
  std::vector<LevelSeries> queues_;
  stats::Histogram waits_;
  std::vector<Time> waited_;                // per customer: the wait just ended (-1: none)
  std::vector<std::int16_t> service_step_;  // per customer: the step in service (-1: none)

  trace::Trace window_;
  std::vector<std::uint32_t> window_id_;    // per agent: id in window_, or kOutside
  std::vector<std::uint32_t> window_open_;  // per window agent: index of its open span
  std::int64_t window_first_ = 0, window_count_ = 0;
  std::int64_t window_left_ = 0;  // window customers who have left
  bool window_open_now_ = false, window_closed_ = false;
  Time window_start_ = 0, window_end_ = 0;
};

}  // namespace burgers::chart
