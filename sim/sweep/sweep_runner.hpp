#pragma once
// SweepRunner: every (point, replication) of a plan; simulations on a pool of threads, each
// into its own slot (results do not depend on the pool's size), then real-threads runs
// one at a time (they measure wall-clock time). Progress readable from any thread.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

#include "stats/summary.hpp"
#include "sweep/sweep_plan.hpp"
#include "threads/burner.hpp"

namespace burgers::sweep {

struct RunRecord {
  stats::Summary summary;
  std::uint64_t seed = 0;
  std::string failure;  // the run failed (a process threw): why
};

class SweepRunner {
 public:
  explicit SweepRunner(std::shared_ptr<const SweepPlan> plan);
  ~SweepRunner();
  SweepRunner(const SweepRunner&) = delete;
  SweepRunner& operator=(const SweepRunner&) = delete;

  // Starts the runs in the background; `jobs` < 1 means one per core.
  void start(int jobs);
  void stop();
  // Blocks until every run has finished or the runner was stopped.
  void wait();

  const SweepPlan& plan() const { return *plan_; }
  const std::shared_ptr<const SweepPlan>& plan_pointer() const { return plan_; }
  bool finished() const { return finished_.load(std::memory_order_acquire); }
  bool stopped() const { return stop_.stop_requested(); }
  std::size_t total() const { return records_.size(); }
  std::size_t completed() const { return completed_.load(std::memory_order_acquire); }
  // The point most recently started, and whether real threads are being measured.
  int current_point() const { return current_point_.load(std::memory_order_relaxed); }
  bool measuring_threads() const { return measuring_.load(std::memory_order_relaxed); }
  // Threads modes: the time scale the real runs use (0 until chosen).
  double time_scale() const { return time_scale_.load(std::memory_order_relaxed); }
  int jobs() const { return jobs_; }

  // Slot of a run: simulated runs first, then the real-threads runs (threads modes).
  std::size_t slot(int point, int replication, bool threads) const;
  bool has_threads() const { return plan_->spec.mode != SweepMode::sim; }
  // Whether a slot's run is over (then record() may be read from any thread).
  bool ready(std::size_t slot) const { return ready_[slot].load(std::memory_order_acquire); }
  const RunRecord& record(std::size_t slot) const { return records_[slot]; }
  // The first failure, if a run failed (the sweep stops at it).
  std::string failure() const;

 private:
  void coordinate(int jobs);
  void simulate_slots();
  void measure_slots();
  void run_simulation(std::size_t slot);
  void publish(std::size_t slot);

  std::shared_ptr<const SweepPlan> plan_;
  int replications_;
  std::size_t sim_slots_;
  std::vector<RunRecord> records_;
  std::unique_ptr<std::atomic<bool>[]> ready_;
  std::atomic<std::size_t> next_{0};
  std::atomic<std::size_t> completed_{0};
  std::atomic<int> current_point_{0};
  std::atomic<bool> measuring_{false};
  std::atomic<double> time_scale_{0};
  std::atomic<bool> finished_{false};
  std::atomic<bool> failed_{false};
  std::optional<threads::Calibration> calibration_;
  std::stop_source stop_;
  int jobs_ = 1;
  std::jthread coordinator_;
};

}  // namespace burgers::sweep
