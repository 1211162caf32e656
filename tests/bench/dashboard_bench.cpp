// What the dashboard computes for a big run once it has simulated it, piece by piece: the
// trace's index and the statistics at the end, on lesson 8 (a lunch hour) with 200,000
// customers (1.8 M spans). tests/bench/dashboard_vs_cli.py measures the whole dashboard.
// Run: build/release/tests/bench/dashboard_bench
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

#include "chart/series.hpp"
#include "chart/trace_index.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;

namespace {

// BURGERS_BENCH_CUSTOMERS=2000000 measures the size the dashboard's target speaks of.
int customers() {
  const char* wanted = std::getenv("BURGERS_BENCH_CUSTOMERS");
  return wanted != nullptr ? std::atoi(wanted) : 200000;
}

scenario::Scenario lunch_hour() {
  const std::vector<scenario::Override> overrides{{"customers.count", std::to_string(customers())}};
  scenario::LoadResult loaded = scenario::load_scenario_file(
      std::filesystem::path(BURGERS_SOURCE_DIR) / "scenarios" / "08-lunch-hour.toml", overrides);
  if (!loaded.ok()) std::abort();
  return std::move(*loaded.scenario);
}

const run::Simulation& finished_run() {
  static const std::unique_ptr<run::Simulation> sim = [] {
    auto run = std::make_unique<run::Simulation>(lunch_hour());
    run->run();
    return run;
  }();
  return *sim;
}

void per_span(benchmark::State& state, std::size_t spans) {
  state.counters["spans_per_s"] =
      benchmark::Counter(static_cast<double>(spans), benchmark::Counter::kIsIterationInvariantRate);
}

// The run itself, recording every span (the dashboard's background thread).
void BM_RecordedRun(benchmark::State& state) {
  const scenario::Scenario s = lunch_hour();
  std::size_t spans = 0;
  for (auto _ : state) {
    run::Simulation sim(s);
    sim.run();
    spans = sim.trace()->spans.size();
  }
  per_span(state, spans);
}
BENCHMARK(BM_RecordedRun)->Unit(benchmark::kMillisecond);

// The reference: the same run keeping no span (what `burgers run --formats summary` does).
void BM_UnrecordedRun(benchmark::State& state) {
  const scenario::Scenario s = lunch_hour();
  run::RunOptions options;
  options.record_trace = false;
  for (auto _ : state) {
    run::Simulation sim(s, options);
    sim.run();
    benchmark::DoNotOptimize(sim.events());
  }
}
BENCHMARK(BM_UnrecordedRun)->Unit(benchmark::kMillisecond);

void BM_IndexTrace(benchmark::State& state) {
  const trace::Trace& trace = *finished_run().trace();
  for (auto _ : state) {
    chart::TraceIndex index(trace);
    benchmark::DoNotOptimize(index.indexed_spans());
  }
  per_span(state, trace.spans.size());
}
BENCHMARK(BM_IndexTrace)->Unit(benchmark::kMillisecond);

void BM_QueueLengthSeries(benchmark::State& state) {
  const trace::Trace& trace = *finished_run().trace();
  for (auto _ : state) benchmark::DoNotOptimize(chart::queue_length_series(trace, 600));
  per_span(state, trace.spans.size());
}
BENCHMARK(BM_QueueLengthSeries)->Unit(benchmark::kMillisecond);

void BM_QueueWaitHistogram(benchmark::State& state) {
  const trace::Trace& trace = *finished_run().trace();
  for (auto _ : state) benchmark::DoNotOptimize(chart::queue_wait_histogram(trace, -1, 24));
  per_span(state, trace.spans.size());
}
BENCHMARK(BM_QueueWaitHistogram)->Unit(benchmark::kMillisecond);

// Both, as the statistics panel reads them (beside the index's update).
void BM_QueueFigures(benchmark::State& state) {
  const trace::Trace& trace = *finished_run().trace();
  for (auto _ : state) benchmark::DoNotOptimize(chart::queue_figures(trace, 600, 24));
  per_span(state, trace.spans.size());
}
BENCHMARK(BM_QueueFigures)->Unit(benchmark::kMillisecond);

}  // namespace
