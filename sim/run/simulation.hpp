#pragma once
// Simulation: one run of a scenario (engine, restaurant, live statistics and, if asked,
// the full trace). The CLI runs it to the end; the dashboard steps it within a frame
// budget. This is sim's public face for runs: callers never touch engine internals.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "scenario/scenario.hpp"
#include "stats/collector.hpp"
#include "stats/summary.hpp"
#include "trace/trace.hpp"

namespace burgers::engine {
class Scheduler;
}
namespace burgers::model {
class Restaurant;
}
namespace burgers::stats {
class WaitBatches;
}
namespace burgers::trace {
class Recorder;
class SpanSequencer;
class SpanSink;
class TraceStore;
}  // namespace burgers::trace

namespace burgers::run {

struct RunOptions {
  bool record_trace = true;  // false: statistics only, memory stays flat
  stats::CollectorOptions stats;
  // Consumers of the kept spans while the run goes (streamed exports), not owned; they
  // must outlive the run. Spans still open at the end are ended at the end time.
  std::vector<trace::SpanSink*> sinks = {};
  // Where the recorded trace's span blocks come from (not owned; it must outlive the run);
  // null: allocated as needed.
  trace::SpanStore::BlockSource* span_blocks = nullptr;
};

class Simulation {
 public:
  explicit Simulation(scenario::Scenario scenario, RunOptions options = {});
  ~Simulation();
  Simulation(const Simulation&) = delete;
  Simulation& operator=(const Simulation&) = delete;

  const scenario::Scenario& scenario() const { return scenario_; }

  // Runs one engine event; false when the run is over.
  bool step();
  // Runs events due at or before `t`, at most `max_events`; returns how many ran.
  std::uint64_t advance(Time t, std::uint64_t max_events);
  // Runs to the end. `progress` (0..1) is called every `every` events, if given.
  void run(const std::function<void(double)>& progress = {}, std::uint64_t every = 1 << 20);

  bool finished() const;  // nothing left to do, or failed
  bool failed() const;
  const std::string& failure() const;
  Time now() const;
  Time next_time() const;  // kNever when finished
  std::uint64_t events() const;
  // Share of customers that have left, 0..1.
  double progress() const;

  // The figures as of now; final once finished.
  stats::Summary summary() const;
  // The spans so far (open ones end at kOpenEnd until closed); null if not recorded.
  const trace::Trace* trace() const { return trace_.get(); }
  const stats::Collector& collector() const { return *collector_; }

 private:
  void finish_if_done();
  // Hands the spans of the current instant on once nothing more can happen at it.
  void settle();

  scenario::Scenario scenario_;
  std::unique_ptr<trace::Trace> trace_;
  std::unique_ptr<trace::TraceStore> store_;
  std::unique_ptr<trace::SpanSequencer> sequencer_;
  std::unique_ptr<stats::Collector> collector_;
  stats::TheoryCheck theory_;                  // the closed form, if the scenario has one
  std::unique_ptr<stats::WaitBatches> waits_;  // its batch means (only with a closed form)
  std::unique_ptr<trace::Recorder> recorder_;
  std::unique_ptr<engine::Scheduler> scheduler_;
  std::unique_ptr<model::Restaurant> restaurant_;
  bool closed_ = false;
};

}  // namespace burgers::run
