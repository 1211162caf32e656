#include "run/simulation.hpp"

#include "engine/scheduler.hpp"
#include "model/journey.hpp"
#include "model/restaurant.hpp"
#include "theory/theory_check.hpp"
#include "trace/recorder.hpp"
#include "trace/span_sequencer.hpp"
#include "trace/trace_store.hpp"

namespace burgers::run {

Simulation::Simulation(scenario::Scenario scenario, RunOptions options)
    : scenario_(std::move(scenario)) {
  trace::Trace header = model::trace_header(scenario_);
  collector_ = std::make_unique<stats::Collector>(header, options.stats);
  recorder_ = std::make_unique<trace::Recorder>();
  recorder_->add_observer(collector_.get());
  theory_ = stats::predict(scenario_);
  if (theory_.has_model()) {
    waits_ =
        std::make_unique<stats::WaitBatches>(stats::judged_station(theory_), options.stats.warmup);
    recorder_->add_observer(waits_.get());
  }
  sequencer_ = std::make_unique<trace::SpanSequencer>();
  if (options.record_trace) {
    trace_ = std::make_unique<trace::Trace>(std::move(header));
    trace_->spans.set_block_source(options.span_blocks);
    store_ = std::make_unique<trace::TraceStore>(*trace_);
    sequencer_->add_sink(store_.get());
  }
  for (trace::SpanSink* sink : options.sinks) sequencer_->add_sink(sink);
  if (sequencer_->has_sinks()) recorder_->add_observer(sequencer_.get());
  scheduler_ = std::make_unique<engine::Scheduler>();
  restaurant_ = std::make_unique<model::Restaurant>(scenario_, *scheduler_, *recorder_);
  restaurant_->open();
  finish_if_done();
}

Simulation::~Simulation() {
  scheduler_.reset();  // parked frames go first: they refer to the restaurant
  restaurant_.reset();
}

bool Simulation::step() {
  const bool ran = scheduler_->step();
  settle();
  finish_if_done();
  return ran;
}

std::uint64_t Simulation::advance(Time t, std::uint64_t max_events) {
  const std::uint64_t ran = scheduler_->run_until(t, max_events);
  settle();
  finish_if_done();
  return ran;
}

void Simulation::settle() {
  // The last instant is settled by finish_if_done, which knows the run is over.
  if (scheduler_->has_events() && !scheduler_->failed() &&
      scheduler_->next_time() > scheduler_->now()) {
    sequencer_->flush();
  }
}

void Simulation::run(const std::function<void(double)>& progress_callback, std::uint64_t every) {
  if (!progress_callback) {
    scheduler_->run();
  } else {
    while (scheduler_->run_until(kNever, every) == every) progress_callback(progress());
  }
  finish_if_done();
}

bool Simulation::finished() const {
  return closed_;
}
bool Simulation::failed() const {
  return scheduler_->failed();
}
const std::string& Simulation::failure() const {
  return scheduler_->failure();
}
Time Simulation::now() const {
  return scheduler_->now();
}
std::uint64_t Simulation::events() const {
  return scheduler_->events();
}

Time Simulation::next_time() const {
  return closed_ ? kNever : scheduler_->next_time();
}

double Simulation::progress() const {
  const std::int64_t total = scenario_.customer_count();
  if (total == 0) return closed_ ? 1.0 : 0.0;
  return static_cast<double>(restaurant_->customers_left()) / static_cast<double>(total);
}

stats::Summary Simulation::summary() const {
  stats::Summary s = collector_->summarize(scheduler_->now(), scheduler_->events());
  s.seed = scenario_.seed;
  s.mode = "sim";
  s.theory = theory_;
  if (waits_) stats::judge(*s.theory, waits_->waits());
  return s;
}

void Simulation::finish_if_done() {
  if (closed_ || (scheduler_->has_events() && !scheduler_->failed())) return;
  closed_ = true;
  sequencer_->finish(scheduler_->now());
}

}  // namespace burgers::run
