// How fast the span files are written: trace.perfetto-trace, trace.json and events.csv from
// the stored trace of an M/M/4 run (200,000 customers), into /dev/null so that the disk is
// not measured. bytes_per_second is the size of the file written per second of writing.
// Run: build/release/tests/bench/trace_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

#include "export/perfetto_writer.hpp"
#include "export/text_exports.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

namespace {

const trace::Trace& mmc_trace() {
  static const std::unique_ptr<run::Simulation> sim = [] {
    auto s = ScenarioBuilder("mmc")
                 .seed(1)
                 .station("server", 4)
                 .customers(200000, Distribution::exponential(kMinute * 10 / 36))
                 .step("serve", "server", {cpu(Distribution::exponential(kMinute))})
                 .build();
    auto run = std::make_unique<run::Simulation>(s);
    run->run();
    return run;
  }();
  return *sim->trace();
}

template <typename Write>
void write_to_null(benchmark::State& state, Write write) {
  const trace::Trace& trace = mmc_trace();
  exporter::Sink memory;  // once, to know the file's size
  write(trace, memory);
  const auto size = static_cast<std::int64_t>(memory.text().size());
  std::FILE* null = std::fopen("/dev/null", "wb");
  for (auto _ : state) {
    exporter::Sink sink(null);
    write(trace, sink);
    sink.flush();
  }
  std::fclose(null);
  state.SetBytesProcessed(size * static_cast<std::int64_t>(state.iterations()));
  state.counters["spans_per_s"] = benchmark::Counter(static_cast<double>(trace.spans.size()),
                                                     benchmark::Counter::kIsIterationInvariantRate);
  state.counters["bytes_per_span"] =
      static_cast<double>(size) / static_cast<double>(trace.spans.size());
}

void BM_WritePerfetto(benchmark::State& state) {
  write_to_null(state,
                [](const trace::Trace& t, exporter::Sink& s) { exporter::write_perfetto(t, s); });
}
void BM_WriteTraceJson(benchmark::State& state) {
  write_to_null(state,
                [](const trace::Trace& t, exporter::Sink& s) { exporter::write_trace_json(t, s); });
}
void BM_WriteEventsCsv(benchmark::State& state) {
  write_to_null(state,
                [](const trace::Trace& t, exporter::Sink& s) { exporter::write_events_csv(t, s); });
}

}  // namespace

BENCHMARK(BM_WritePerfetto)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteTraceJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WriteEventsCsv)->Unit(benchmark::kMillisecond);
