#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

#include "base/time.hpp"
#include "chart/long_timeline.hpp"
#include "chart/run_digest.hpp"
#include "cli/commands.hpp"
#include "cli/interrupt.hpp"
#include "cli/progress_bar.hpp"
#include "cli/scenario_input.hpp"
#include "export/outputs.hpp"
#include "export/streamed_outputs.hpp"
#include "model/journey.hpp"
#include "run/simulation.hpp"
#include "stats/comparison.hpp"
#include "threads/thread_runner.hpp"

namespace burgers::app {

namespace {

std::string share(Time part, Time whole) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f%%",
                whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buf;
}

void print_summary(const stats::Summary& s, const scenario::Scenario& scenario) {
  std::printf(
      "%s (seed %llu, %s): %lld of %lld customers served; last left at %s\n",
      scenario.title.c_str(), static_cast<unsigned long long>(s.seed),
      s.mode == "sim" ? "simulated" : "real threads", static_cast<long long>(s.customers.served),
      static_cast<long long>(s.customers.arrived), format_duration(s.customers.makespan).c_str());
  std::printf("  per customer, on average: %s inside, %s blocked, %s free, %s on their own\n",
              format_duration(s.customers.mean_sojourn).c_str(),
              format_duration(s.customers.mean_blocked).c_str(),
              format_duration(s.customers.mean_free).c_str(),
              format_duration(s.customers.mean_own).c_str());
  for (const stats::StationSummary& st : s.stations) {
    std::printf("  %-14s %3d staff, %5.1f%% busy, mean wait per visit %s, longest line %lld\n",
                st.label.c_str(), st.staff, st.utilization * 100,
                format_duration(st.mean_queue_wait).c_str(),
                static_cast<long long>(st.max_queue_length));
    // Busy is not all work: say how much of it computed, sat blocked on I/O, or waited.
    if (st.busy_time > 0 && st.cpu_time != st.busy_time) {
      std::printf(
          "  %-14s     busy time: %s computing, %s blocked on I/O, %s waiting for a core, %s "
          "waiting for the GIL\n",
          "", share(st.cpu_time, st.busy_time).c_str(),
          share(st.io_blocked_time, st.busy_time).c_str(),
          share(st.core_wait_time, st.busy_time).c_str(),
          share(st.gil_wait_time, st.busy_time).c_str());
    }
  }
}

void print_comparison(const stats::Summary& sim, const stats::Summary& real) {
  std::printf("Simulation vs real threads (wall time %.2f s at %g real s per simulated s):\n",
              real.wall_time_s.value_or(0), real.time_scale.value_or(0));
  std::printf("  %-32s %12s %12s %9s\n", "", "simulated", "measured", "deviation");
  for (const stats::ComparisonRow& row : stats::compare_runs(sim, real)) {
    const std::string station =
        row.station >= 0 ? sim.stations[static_cast<std::size_t>(row.station)].label : "";
    std::string name;
    switch (row.figure) {
      case stats::Figure::makespan:
        name = "makespan";
        break;
      case stats::Figure::mean_sojourn:
        name = "mean time inside per customer";
        break;
      case stats::Figure::mean_queue_wait:
        name = station + " mean wait per visit";
        break;
      case stats::Figure::utilization:
        name = station + " busy";
        break;
    }
    std::printf("  %-32s %12s %12s %9s\n", name.c_str(),
                stats::format_figure(row, row.simulated).c_str(),
                stats::format_figure(row, row.measured).c_str(),
                stats::format_deviation(row.deviation()).c_str());
  }
}

// Before a threads run: calibrates the cpu work and checks how many cores are free, and
// warns (even with --quiet) when the machine is busier than the scenario assumes.
void prepare_threads(threads::ThreadOptions& options, const scenario::Scenario& scenario,
                     bool quiet) {
  options.calibration = threads::Burner::calibrate();
  options.cores = threads::check_free_cores(*options.calibration);
  const threads::CoreCheck& cores = *options.cores;
  if (!quiet) {
    std::printf(
        "calibrated the cpu work: %.1f iterations per microsecond (check burn off by %.1f%%); "
        "%.2f of %d cores free\n",
        options.calibration->iterations_per_us, options.calibration->check_error * 100,
        cores.available, cores.tested);
  }
  if (threads::busier_than_assumed(cores, scenario)) {
    std::fprintf(stderr,
                 "warning: this machine is busier than the scenario assumes: %.2f of its %d cores "
                 "are free, and the prediction assumes %d; the run will measure slower than "
                 "the simulation predicts (computing, GIL hand-overs and wake-ups all wait for "
                 "cores)\n",
                 cores.available, cores.tested, threads::cores_assumed(cores, scenario));
  }
}

void print_threads_run(const threads::ThreadRun& run, const scenario::Scenario& scenario) {
  std::printf("%zu threads", run.threads);
  if (scenario.machine.gil) {
    std::printf("; the GIL changed hands %llu times, every %s of simulated time",
                static_cast<unsigned long long>(run.gil_hand_overs),
                format_duration(run.gil_interval).c_str());
    if (run.gil_interval > scenario.machine.switch_interval) {
      std::printf(" (not %s: real threads hand it over at most every %g ms)",
                  format_duration(scenario.machine.switch_interval).c_str(),
                  static_cast<double>(threads::kMinGilIntervalNs) / 1e6);
    }
  }
  std::printf("\n");
}

// Runs the simulation to its end, or until Ctrl+C; false when interrupted.
bool simulate(run::Simulation& sim, const InterruptGuard& interrupt, const std::string& name,
              bool quiet) {
  ProgressBar bar(quiet ? std::string() : "running " + name);
  constexpr std::uint64_t kSlice = 1 << 18;
  while (!sim.finished()) {
    sim.advance(kNever, kSlice);
    if (interrupt.interrupted()) return false;
    if (!quiet) bar.update(sim.progress());
  }
  return true;
}

}  // namespace

int run_command(const RunRequest& request) {
  std::string format_error;
  std::optional<exporter::FormatSet> formats;
  if (!request.formats.empty()) {
    formats = exporter::FormatSet::parse(request.formats, format_error);
    if (!formats) {
      std::fprintf(stderr, "--formats: %s\n", format_error.c_str());
      return kExitUsage;
    }
  }
  LoadedInput input = load_input(request.input);
  if (!input.scenario) return input.exit_code;
  const scenario::Scenario& scenario = *input.scenario;
  const bool want_sim = request.mode != "threads";
  const bool want_threads = request.mode != "sim";
  const bool big = exporter::is_big_run(scenario);
  if (!formats) {
    formats = exporter::FormatSet::defaults(big);
    if (big && !request.quiet) {
      std::printf(
          "%lld customers: a big run, so the trace is written as trace.perfetto-trace "
          "(Perfetto's binary format; open it at ui.perfetto.dev) instead of trace.json\n"
          "(--formats names the files: summary,csv,trace,perfetto,svg,png,html)\n",
          static_cast<long long>(scenario.customer_count()));
    }
  }
  const std::filesystem::path dir = request.out_dir.empty()
                                        ? std::filesystem::path("out") / scenario.name
                                        : std::filesystem::path(request.out_dir);
  InterruptGuard interrupt;

  // The simulated run's span files are written while it goes, so a big run never holds its
  // spans; the full trace is kept only for what needs it.
  std::optional<exporter::StreamedOutputs> streamed;
  run::RunOptions run_options{false, {}};
  if (want_sim &&
      (formats->has(exporter::Format::csv) || formats->has(exporter::Format::perfetto))) {
    streamed.emplace(dir, *formats, model::trace_header(scenario), scenario.customer_count());
    if (!streamed->ok()) {
      std::fprintf(stderr, "could not write the outputs (none were written): %s\n",
                   streamed->error().c_str());
      return kExitOutputError;
    }
    run_options.sinks = streamed->sinks();
  }
  // Charts of a run with more customers than lanes come from a digest gathered on the way.
  const bool charts = formats->has(exporter::Format::svg) || formats->has(exporter::Format::png) ||
                      formats->has(exporter::Format::html);
  std::optional<chart::RunDigest> digest;
  const trace::Trace header = model::trace_header(scenario);
  if (want_sim && charts &&
      scenario.customer_count() > static_cast<std::int64_t>(chart::kExportCustomerLanes)) {
    digest.emplace(header, scenario.customer_count());
    run_options.sinks.push_back(&*digest);
  }
  exporter::FormatSet from_trace = *formats;
  from_trace.remove(exporter::Format::csv);
  from_trace.remove(exporter::Format::perfetto);
  if (digest) {
    for (const auto f : {exporter::Format::svg, exporter::Format::png, exporter::Format::html})
      from_trace.remove(f);
  }
  run_options.record_trace = want_sim && from_trace.needs_trace();
  // The simulation runs in every mode: in threads mode only to know how long the run will
  // be and to pick the default time scale (statistics only, so it is quick and small).
  run::Simulation sim(scenario, run_options);
  if (!simulate(sim, interrupt, scenario.name, request.quiet || !want_sim)) {
    std::fprintf(stderr, "stopped by Ctrl+C; nothing written\n");
    return kExitInterrupted;
  }
  if (sim.failed()) {
    std::fprintf(stderr, "%s: the run failed: %s\n", scenario.path.c_str(), sim.failure().c_str());
    return kExitScenarioError;
  }
  const stats::Summary sim_summary = sim.summary();

  std::optional<threads::ThreadRun> real;
  if (want_threads) {
    threads::ThreadOptions options;
    options.time_scale =
        request.time_scale.value_or(threads::default_time_scale(sim_summary.end_time));
    options.stop = interrupt.token();
    prepare_threads(options, scenario, request.quiet);
    if (!request.quiet) {
      std::printf(
          "running %s on real threads: %g real seconds per simulated second (about %.1f s)...\n",
          scenario.name.c_str(), options.time_scale,
          to_seconds(sim_summary.end_time) * options.time_scale);
      std::fflush(stdout);
    }
    real = threads::run_threads(scenario, options);
    if (real->stopped || interrupt.interrupted()) {
      std::fprintf(stderr, "stopped by Ctrl+C; nothing written\n");
      return kExitInterrupted;
    }
    if (!request.quiet) print_threads_run(*real, scenario);
  }

  exporter::OutputInputs outputs{&scenario, &sim_summary, sim.trace()};
  std::optional<chart::ChartModel> long_timeline;
  std::optional<exporter::ReportCharts> long_charts;
  if (digest) {
    long_timeline = exporter::export_long_timeline(*digest);
    long_charts = exporter::report_charts(*digest);
    outputs.timeline = &*long_timeline;
    outputs.charts = &*long_charts;
  }
  if (streamed && !streamed->close(outputs.streamed)) {
    std::fprintf(stderr, "could not write the outputs (none were written): %s\n",
                 streamed->error().c_str());
    return kExitOutputError;
  }
  if (!want_sim) {
    outputs = exporter::OutputInputs{&scenario, &real->summary, &real->trace};
  } else if (real) {
    outputs.threads_summary = &real->summary;
    outputs.threads_trace = &real->trace;
  }
  const exporter::WriteResult written = exporter::write_outputs(dir, *formats, outputs);
  if (!written.ok) {
    std::fprintf(stderr, "could not write the outputs (none were written): %s\n",
                 written.error.c_str());
    return kExitOutputError;
  }
  for (const std::string& w : written.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  if (!request.quiet) {
    if (want_sim) print_summary(sim_summary, scenario);
    if (real) print_summary(real->summary, scenario);
    if (want_sim && real) print_comparison(sim_summary, real->summary);
    std::printf("Wrote %s:", dir.string().c_str());
    for (const std::filesystem::path& p : written.written)
      std::printf(" %s", p.filename().string().c_str());
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace burgers::app
