#pragma once
// ThreadsJob: the dashboard's "real threads" run. On a background thread it runs the
// scenario twice, simulated to its end and on real OS threads (threads::run_threads),
// so the window keeps drawing while the threads work. The result is published whole;
// a new start or the job's destruction stops a run in progress through its stop token.
#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "chart/chart_builder.hpp"
#include "scenario/scenario.hpp"
#include "stats/summary.hpp"
#include "threads/thread_runner.hpp"
#include "trace/trace.hpp"

namespace burgers::ui {

struct ThreadsResult {
  scenario::Scenario scenario;  // as it ran: titles, labels, [machine] cores
  trace::Trace sim_trace;
  stats::Summary sim_summary;
  threads::ThreadRun real;
  chart::TraceIndex sim_index;
  chart::TraceIndex real_index;
};

class ThreadsJob {
 public:
  ThreadsJob() = default;
  ~ThreadsJob() { stop(); }
  ThreadsJob(const ThreadsJob&) = delete;
  ThreadsJob& operator=(const ThreadsJob&) = delete;

  // Starts a run of `scenario` (stopping one in progress). time_scale <= 0 picks the
  // default: the simulated run replayed in about four real seconds.
  void start(const scenario::Scenario& scenario, double time_scale);
  void stop();
  bool running() const { return running_.load(); }
  // 0..1 of the expected wall time while running (a guess: real threads may be slower).
  double progress() const;
  double expected_seconds() const { return expected_seconds_.load(); }
  double time_scale() const { return time_scale_.load(); }
  // The last finished run, or null. Shared so a view can keep drawing it while a new one runs.
  std::shared_ptr<const ThreadsResult> result() const;
  std::string error() const;

 private:
  void work(std::stop_token stop, scenario::Scenario scenario, double time_scale);

  std::jthread worker_;
  std::atomic<bool> running_{false};
  std::atomic<double> expected_seconds_{0};
  std::atomic<double> time_scale_{0};
  std::atomic<std::int64_t> started_ns_{0};  // steady clock, when the threads started
  mutable std::mutex mutex_;
  std::shared_ptr<const ThreadsResult> result_;
  std::string error_;
};

}  // namespace burgers::ui
