#include "sweep/sweep_runner.hpp"

#include <algorithm>

#include "run/simulation.hpp"
#include "threads/thread_runner.hpp"

namespace burgers::sweep {

SweepRunner::SweepRunner(std::shared_ptr<const SweepPlan> plan)
    : plan_(std::move(plan)),
      replications_(std::max(1, plan_->spec.replications)),
      sim_slots_(plan_->points.size() * static_cast<std::size_t>(replications_)) {
  const std::size_t total = has_threads() ? 2 * sim_slots_ : sim_slots_;
  records_.resize(total);
  ready_ = std::make_unique<std::atomic<bool>[]>(total);
  for (std::size_t i = 0; i < total; ++i) ready_[i].store(false);
}

SweepRunner::~SweepRunner() {
  stop();
  wait();
}

std::size_t SweepRunner::slot(int point, int replication, bool threads) const {
  return (threads ? sim_slots_ : 0) +
         static_cast<std::size_t>(point) * static_cast<std::size_t>(replications_) +
         static_cast<std::size_t>(replication);
}

void SweepRunner::start(int jobs) {
  jobs_ = jobs >= 1 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  coordinator_ = std::jthread([this](std::stop_token) { coordinate(jobs_); });
}

void SweepRunner::stop() {
  stop_.request_stop();
}

void SweepRunner::wait() {
  if (coordinator_.joinable()) coordinator_.join();
}

std::string SweepRunner::failure() const {
  if (!failed_.load(std::memory_order_acquire)) return {};
  for (std::size_t i = 0; i < records_.size(); ++i) {
    if (ready(i) && !records_[i].failure.empty()) return records_[i].failure;
  }
  return {};
}

void SweepRunner::publish(std::size_t slot) {
  ready_[slot].store(true, std::memory_order_release);
  completed_.fetch_add(1, std::memory_order_acq_rel);
}

void SweepRunner::coordinate(int jobs) {
  {
    std::vector<std::jthread> pool;
    const int workers = std::min<int>(jobs, static_cast<int>(sim_slots_));
    for (int i = 1; i < workers; ++i) pool.emplace_back([this] { simulate_slots(); });
    simulate_slots();  // this thread works too
  }                    // joins the pool
  if (has_threads() && !stop_.stop_requested() && !failed_.load()) measure_slots();
  finished_.store(true, std::memory_order_release);
}

void SweepRunner::simulate_slots() {
  for (;;) {
    const std::size_t slot = next_.fetch_add(1, std::memory_order_relaxed);
    if (slot >= sim_slots_ || stop_.stop_requested() || failed_.load()) return;
    run_simulation(slot);
  }
}

void SweepRunner::run_simulation(std::size_t slot) {
  const int point = static_cast<int>(slot / static_cast<std::size_t>(replications_));
  const int replication = static_cast<int>(slot % static_cast<std::size_t>(replications_));
  current_point_.store(point, std::memory_order_relaxed);
  scenario::Scenario scenario = plan_->points[static_cast<std::size_t>(point)].scenario;
  RunRecord& record = records_[slot];
  record.seed = replication_seed(scenario.seed, replication);
  scenario.seed = record.seed;
  run::Simulation sim(std::move(scenario), run::RunOptions{false, {}});
  const std::stop_token stop = stop_.get_token();
  while (!sim.finished()) {
    sim.advance(kNever, 1 << 18);
    if (stop.stop_requested()) return;  // left unpublished: the sweep is abandoned
  }
  if (sim.failed()) {
    record.failure = "point " + std::to_string(point + 1) + " (" +
                     plan_->describe(plan_->points[static_cast<std::size_t>(point)]) +
                     "), replication " + std::to_string(replication + 1) + " (seed " +
                     std::to_string(record.seed) + "): the run failed: " + sim.failure();
    failed_.store(true, std::memory_order_release);
  }
  record.summary = sim.summary();
  publish(slot);
}

void SweepRunner::measure_slots() {
  // One time scale for every point, so the longest simulated run takes about four seconds.
  Time longest = 1;
  for (std::size_t p = 0; p < plan_->points.size(); ++p) {
    longest = std::max(longest, records_[slot(static_cast<int>(p), 0, false)].summary.end_time);
  }
  const double scale =
      plan_->spec.time_scale > 0 ? plan_->spec.time_scale : threads::default_time_scale(longest);
  time_scale_.store(scale, std::memory_order_relaxed);
  measuring_.store(true, std::memory_order_relaxed);
  for (std::size_t s = sim_slots_; s < records_.size(); ++s) {
    const std::size_t index = s - sim_slots_;
    const int point = static_cast<int>(index / static_cast<std::size_t>(replications_));
    const int replication = static_cast<int>(index % static_cast<std::size_t>(replications_));
    current_point_.store(point, std::memory_order_relaxed);
    scenario::Scenario scenario = plan_->points[static_cast<std::size_t>(point)].scenario;
    RunRecord& record = records_[s];
    record.seed = replication_seed(scenario.seed, replication);
    scenario.seed = record.seed;
    threads::ThreadOptions options;
    options.time_scale = scale;
    options.stop = stop_.get_token();
    options.calibration = calibration_;  // calibrated by the first run, then reused
    threads::ThreadRun run = threads::run_threads(scenario, options);
    if (run.stopped || stop_.stop_requested()) return;
    calibration_ = run.calibration;
    record.summary = std::move(run.summary);
    publish(s);
  }
}

}  // namespace burgers::sweep
