#pragma once
// SweepJob: the dashboard's sweep of the open lesson (points loaded through the --set path),
// run in the background; refresh() (the controller's, each frame) gathers finished runs
// into snapshot(), so points appear as they finish. No GL here: unit-tested.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "scenario/loader.hpp"
#include "sweep/sweep_plan.hpp"
#include "sweep/sweep_result.hpp"
#include "sweep/sweep_runner.hpp"

namespace burgers::ui {

// What to sweep: the texts a user picked or a lesson's [[sweep]] suggested.
struct SweepOrder {
  std::vector<std::string> vary;     // "KEY=RANGE", one or two
  std::vector<std::string> metrics;  // summary figures; empty: the time inside
  int replications = sweep::kDefaultReplications;
  bool threads = false;  // also measure every point on real threads (one at a time)
};

// The figures so far, shared with the view while newer ones are made.
struct SweepSnapshot {
  std::shared_ptr<const sweep::SweepPlan> plan;
  sweep::SweepResult result;
};

class SweepJob {
 public:
  SweepJob() = default;
  ~SweepJob() { stop(); }
  SweepJob(const SweepJob&) = delete;
  SweepJob& operator=(const SweepJob&) = delete;

  // Plans the sweep of `file` (with `sets` applied at every point) and starts it, stopping
  // one in progress. False, with error() set, when the order or a point is wrong.
  bool start(const std::filesystem::path& file, std::vector<scenario::Override> sets,
             const SweepOrder& order, int jobs = 0);
  void stop();
  bool running() const { return runner_ != nullptr && !runner_->finished(); }
  // Real threads are being measured (the window should draw as little as it can).
  bool measuring() const { return running() && runner_->measuring_threads(); }
  std::size_t completed() const { return runner_ == nullptr ? 0 : runner_->completed(); }
  std::size_t total() const { return runner_ == nullptr ? 0 : runner_->total(); }
  // Gathers the figures again if more runs have finished since the last time.
  void refresh();
  // The figures as of the last refresh(), or null before any sweep.
  std::shared_ptr<const SweepSnapshot> snapshot() const { return snapshot_; }
  const std::string& error() const { return error_; }
  // The overrides that reproduce point `point`'s first replication as a single run.
  std::vector<scenario::Override> point_overrides(int point) const;
  const std::filesystem::path& file() const { return file_; }

 private:
  std::filesystem::path file_;
  std::vector<scenario::Override> sets_;
  std::unique_ptr<sweep::SweepRunner> runner_;
  std::shared_ptr<const SweepSnapshot> snapshot_;
  std::size_t snapshot_runs_ = 0;
  std::string error_;
};

}  // namespace burgers::ui
