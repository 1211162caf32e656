#include "ui/threads_job.hpp"

#include <algorithm>

#include "run/simulation.hpp"

namespace burgers::ui {

namespace {

std::int64_t steady_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void ThreadsJob::start(const scenario::Scenario& scenario, double time_scale) {
  stop();
  running_ = true;
  started_ns_ = 0;
  expected_seconds_ = 0;
  worker_ = std::jthread(
      [this, scenario, time_scale](std::stop_token token) { work(token, scenario, time_scale); });
}

void ThreadsJob::stop() {
  if (worker_.joinable()) {
    worker_.request_stop();
    worker_.join();
  }
  running_ = false;
}

double ThreadsJob::progress() const {
  const std::int64_t started = started_ns_.load();
  const double expected = expected_seconds_.load();
  if (!running_ || started == 0 || expected <= 0) return 0;
  return std::min(1.0, static_cast<double>(steady_ns() - started) / 1e9 / expected);
}

std::shared_ptr<const ThreadsResult> ThreadsJob::result() const {
  std::lock_guard lock(mutex_);
  return result_;
}

std::string ThreadsJob::error() const {
  std::lock_guard lock(mutex_);
  return error_;
}

void ThreadsJob::work(std::stop_token stop, scenario::Scenario scenario, double time_scale) {
  auto result = std::make_shared<ThreadsResult>();
  result->scenario = scenario;
  // The prediction: the whole simulated run with its trace, for the aligned timelines.
  run::Simulation sim(scenario);
  while (!sim.finished() && !stop.stop_requested()) sim.advance(kNever, 1 << 16);
  if (stop.stop_requested()) {
    running_ = false;
    return;
  }
  if (sim.failed()) {
    std::lock_guard lock(mutex_);
    error_ = sim.failure();
    running_ = false;
    return;
  }
  result->sim_summary = sim.summary();
  result->sim_trace = *sim.trace();

  threads::ThreadOptions options;
  options.time_scale =
      time_scale > 0 ? time_scale : threads::default_time_scale(result->sim_summary.end_time);
  options.stop = stop;
  // Calibrated and checked before the clock of the progress bar starts.
  options.calibration = threads::Burner::calibrate();
  options.cores = threads::check_free_cores(*options.calibration);
  time_scale_ = options.time_scale;
  expected_seconds_ = to_seconds(result->sim_summary.end_time) * options.time_scale;
  started_ns_ = steady_ns();
  result->real = threads::run_threads(scenario, options);
  if (!result->real.failure.empty()) {
    std::lock_guard lock(mutex_);
    error_ = result->real.failure;
    running_ = false;
    return;
  }
  if (result->real.stopped || stop.stop_requested()) {
    running_ = false;
    return;
  }
  result->sim_index = chart::TraceIndex(result->sim_trace);
  result->real_index = chart::TraceIndex(result->real.trace);
  {
    std::lock_guard lock(mutex_);
    result_ = std::move(result);
    error_.clear();
  }
  running_ = false;
}

}  // namespace burgers::ui
