// The speed of a sweep against the runs it is made of, in one process run:
//   build/release/tests/bench/sweep_bench
// BM_OneRun: one run of tests/bench/mmc.toml (M/M/4) with 100,000 customers, statistics
// only, as a sweep runs each point. BM_Sweep: 16 points x 10 replications of the same
// (the points differ by seed, so each costs what one run costs) on every core. At the end
// the medians give the ratio sweep / (16 x 10 x one run / cores); the target is <= 1.1.
// The CPU-time ratio is printed too: it holds when other processes share the cores.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "sweep/sweep_plan.hpp"
#include "sweep/sweep_runner.hpp"

using namespace burgers;

namespace {

constexpr int kPoints = 16;
constexpr int kReplications = 10;
const std::vector<scenario::Override> kSets = {{"customers.count", "100000"}};

std::string mmc_text() {
  std::ifstream in(std::string(BURGERS_SOURCE_DIR) + "/tests/bench/mmc.toml");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int cores() {
  return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

void BM_OneRun(benchmark::State& state) {
  const scenario::LoadResult loaded = scenario::load_scenario_text(mmc_text(), "mmc.toml", kSets);
  if (!loaded.ok()) state.SkipWithError("mmc.toml does not load");
  for (auto _ : state) {
    run::Simulation sim(*loaded.scenario, run::RunOptions{false, {}});
    sim.run();
    benchmark::DoNotOptimize(sim.summary().customers.mean_sojourn);
  }
}

void BM_Sweep(benchmark::State& state) {
  const std::string text = mmc_text();
  for (auto _ : state) {
    sweep::SweepSpec spec;
    spec.sets = kSets;
    spec.vary.push_back(*scenario::parse_vary("scenario.seed=1.." + std::to_string(kPoints)).value);
    spec.metrics = {"customers.mean_sojourn_s"};
    spec.replications = kReplications;
    sweep::PlanResult planned = sweep::plan_sweep(text, "mmc.toml", std::move(spec));
    if (!planned.plan) state.SkipWithError("the sweep does not plan");
    sweep::SweepRunner runner(std::make_shared<const sweep::SweepPlan>(std::move(*planned.plan)));
    runner.start(cores());
    runner.wait();
    benchmark::DoNotOptimize(runner.completed());
  }
  state.counters["runs"] = kPoints * kReplications;
  state.counters["jobs"] = cores();
}

BENCHMARK(BM_OneRun)->Unit(benchmark::kMillisecond)->UseRealTime()->Repetitions(9);
BENCHMARK(BM_Sweep)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(5);

// Prints as usual and keeps the medians (wall time) for the ratio.
class MedianReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& r : runs) {
      if (r.aggregate_name != "median") continue;
      medians[r.run_name.function_name] = r.GetAdjustedRealTime();
      cpu_medians[r.run_name.function_name] = r.GetAdjustedCPUTime();
    }
    ConsoleReporter::ReportRuns(runs);
  }
  std::map<std::string, double> medians;      // wall time, milliseconds
  std::map<std::string, double> cpu_medians;  // CPU time (the sweep: of every thread)
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  MedianReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  if (!reporter.medians.count("BM_OneRun") || !reporter.medians.count("BM_Sweep")) return 0;
  const double one = reporter.medians["BM_OneRun"];
  const double sweep = reporter.medians["BM_Sweep"];
  const double ideal = kPoints * kReplications * one / cores();
  std::printf(
      "\nmedians: one run %.2f ms, sweep of %d x %d runs %.1f ms on %d cores; ideal %.1f ms; "
      "ratio %.3f (target <= 1.1)\n",
      one, kPoints, kReplications, sweep, cores(), ideal, sweep / ideal);
  // CPU time does not depend on what else the machine runs: the sweep's own overhead.
  const double one_cpu = reporter.cpu_medians["BM_OneRun"];
  const double sweep_cpu = reporter.cpu_medians["BM_Sweep"];
  std::printf("CPU: one run %.2f ms, sweep %.1f ms (all threads) = %.3f x %d runs\n", one_cpu,
              sweep_cpu, sweep_cpu / (kPoints * kReplications * one_cpu), kPoints * kReplications);
  return 0;
}
