// What recording spans costs the real-threads mode: the same lesson on real threads
// with recording on and off (wall time of the whole run, about one second each).
// Compare the medians of record:1 and record:0; the goal is under 2 %.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>

#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "threads/burner.hpp"
#include "threads/thread_runner.hpp"

using namespace burgers;

namespace {

const char* const kLessons[] = {"08-lunch-hour.toml", "13-event-loop-io.toml",
                                "09-threads-cleaning-cpu.toml"};

const threads::Calibration& calibration() {
  static const threads::Calibration c = threads::Burner::calibrate();
  return c;
}

void BM_ThreadsRecording(benchmark::State& state) {
  const auto path =
      std::filesystem::path(BURGERS_SOURCE_DIR) / "scenarios" / kLessons[state.range(0)];
  const scenario::LoadResult loaded = scenario::load_scenario_file(path);
  if (!loaded.ok()) {
    state.SkipWithError("cannot load the lesson");
    return;
  }
  run::Simulation sim(*loaded.scenario, run::RunOptions{false, {}});
  sim.run();
  threads::ThreadOptions options;
  options.time_scale = threads::default_time_scale(sim.summary().end_time, 1.0);
  options.record = state.range(1) != 0;
  options.calibration = calibration();
  options.cores = threads::CoreCheck{1, 1};  // checked once per run otherwise: not measured here
  std::size_t spans = 0;
  for (auto _ : state) {
    const threads::ThreadRun run = threads::run_threads(*loaded.scenario, options);
    spans = run.trace.spans.size();
    benchmark::DoNotOptimize(run.wall_time_s);
  }
  state.SetLabel(std::string(kLessons[state.range(0)]) +
                 (options.record ? " recorded" : " not recorded"));
  state.counters["spans"] = static_cast<double>(spans);
}

}  // namespace

BENCHMARK(BM_ThreadsRecording)
    ->ArgsProduct({{0, 1, 2}, {0, 1}})
    ->ArgNames({"lesson", "record"})
    ->Iterations(3)
    ->Repetitions(3)
    ->ReportAggregatesOnly(true)
    ->UseRealTime()
    ->Unit(benchmark::kMillisecond);
