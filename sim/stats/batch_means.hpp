#pragma once
// Batch means: a confidence interval for the mean of one long, autocorrelated run, in
// constant memory (full batches merge pairwise as they fill); WaitBatches feeds one with
// queue waits from the span stream. Include from sim/stats and sim/run.
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "base/time.hpp"
#include "base/uint128.hpp"
#include "trace/recorder.hpp"

namespace burgers::stats {

class BatchMeans {
 public:
  explicit BatchMeans(int batches = 32);

  void add(Time x);
  std::int64_t count() const { return count_; }
  std::int64_t batch_size() const { return size_; }
  // The mean of every observation (also those in the last, unfilled batch).
  double mean() const;
  // The means of the full batches, in order.
  std::vector<double> batch_means() const;

 private:
  int target_;
  std::int64_t size_ = 1;
  std::int64_t count_ = 0;
  uint128 total_ = 0;
  std::vector<uint128> full_;  // sums of the full batches
  uint128 partial_ = 0;
  std::int64_t partial_count_ = 0;
};

// Each customer's queue wait, in the order they come out of line (one station) or, for
// a line of stations, the total of their waits in the order they leave. Customers who
// arrive (one station: waits that begin) before `warmup` are left out, as the Collector
// leaves them out.
class WaitBatches final : public trace::SpanObserver {
 public:
  // `station` >= 0: the waits at that station; -1: each customer's total over all stations.
  WaitBatches(int station, Time warmup, int batches = 32);
  trace::Interest interest() const override;
  void on_close(const trace::Track& track, Time end, trace::State next) override;
  void on_finish(const trace::Track& track, Time t) override;
  const BatchMeans& waits() const { return waits_; }

 private:
  BatchMeans waits_;
  int station_;
  Time warmup_;
  // Per customer inside (total mode only): queue waits so far. Holds only the customers
  // still inside, so memory follows the lines, not the length of the run.
  std::unordered_map<trace::AgentId, Time> inside_;
};

}  // namespace burgers::stats
