// M/M/c throughput (c = 4, arrivals 3.6/min, service 1/min), with and without the trace,
// and the memory a parked customer coroutine takes.
#include <benchmark/benchmark.h>

#include "engine/frame_pool.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

namespace {

scenario::Scenario mmc(std::int64_t customers) {
  return ScenarioBuilder("mmc")
      .seed(42)
      .station("server", 4)
      .customers(customers, Distribution::exponential(kMinute * 10 / 36))
      .step("serve", "server", {cpu(Distribution::exponential(kMinute))})
      .build();
}

void run_mmc(benchmark::State& state, bool trace) {
  const auto customers = state.range(0);
  const auto s = mmc(customers);
  for (auto _ : state) {
    run::Simulation sim(s, run::RunOptions{trace, {}});
    sim.run();
    benchmark::DoNotOptimize(sim.summary().customers.mean_sojourn);
    state.counters["events"] = static_cast<double>(sim.events());
  }
  state.counters["customers_per_s"] = benchmark::Counter(
      static_cast<double>(customers), benchmark::Counter::kIsIterationInvariantRate);
}

void BM_MMc_NoTrace(benchmark::State& state) {
  run_mmc(state, false);
}
void BM_MMc_FullTrace(benchmark::State& state) {
  run_mmc(state, true);
}

// All customers arrive at once and park in the line: bytes of frames per parked customer.
void BM_ParkedCustomerBytes(benchmark::State& state) {
  const std::int64_t parked = 100000;
  const auto s = ScenarioBuilder("parked")
                     .station("server", 1)
                     .customers(parked, Distribution::constant(0))
                     .step("serve", "server", {cpu(Distribution::constant(kMinute))})
                     .build();
  double per_customer = 0;
  for (auto _ : state) {
    const auto before = engine::FramePool::live_bytes();
    run::Simulation sim(s, run::RunOptions{false, {}});
    sim.advance(0, ~0ULL);  // everyone has arrived and waits
    per_customer =
        static_cast<double>(engine::FramePool::live_bytes() - before) / static_cast<double>(parked);
  }
  state.counters["bytes_per_parked_customer"] = per_customer;
}

}  // namespace

BENCHMARK(BM_MMc_NoTrace)->Arg(1000000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_MMc_FullTrace)->Arg(1000000)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ParkedCustomerBytes)->Iterations(1)->Unit(benchmark::kMillisecond);
