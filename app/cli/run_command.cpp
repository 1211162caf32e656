#include <algorithm>
#include <cmath>
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
#include "export/output_files.hpp"
#include "export/outputs.hpp"
#include "export/streamed_outputs.hpp"
#include "model/journey.hpp"
#include "run/memory_estimate.hpp"
#include "run/simulation.hpp"
#include "scenario/limits.hpp"
#include "stats/comparison.hpp"
#include "threads/thread_limits.hpp"
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
  const std::string variant = s.variant.empty() ? "" : "variant " + s.variant + ", ";
  std::printf(
      "%s (%sseed %llu, %s): %lld of %lld customers served; last left at %s\n",
      scenario.title.c_str(), variant.c_str(), static_cast<unsigned long long>(s.seed),
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
    const std::string name = stats::figure_name(
        row, {"makespan", "mean time inside per customer", "%s mean wait per visit", "%s busy"},
        station);
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

// Runs the simulation to its end, or until a signal; false when interrupted.
bool simulate(run::Simulation& sim, const InterruptGuard& interrupt, const std::string& name,
              bool quiet) {
  ProgressBar bar(quiet ? std::string() : "running " + name);
  constexpr std::uint64_t kSlice = 1 << 16;
  while (!sim.finished()) {
    sim.advance(kNever, kSlice);
    if (interrupt.interrupted()) return false;
    if (!quiet) bar.update(sim.progress());
  }
  return true;
}

// The command line's own checks, before any scenario is read; kExitOk when all pass.
int check_request(const RunRequest& request) {
  if (request.out_dir && request.out_dir->empty()) {
    std::fprintf(stderr, "--out: must not be empty (leave it out for out/<scenario-name>/)\n");
    return kExitUsage;
  }
  if (request.time_scale) {
    const double x = *request.time_scale;
    if (!std::isfinite(x) || x < scenario::kMinTimeScale || x > scenario::kMaxTimeScale) {
      std::fprintf(stderr,
                   "--time-scale: must be from %g to %g real seconds per simulated second, got "
                   "%g\n",
                   scenario::kMinTimeScale, scenario::kMaxTimeScale, x);
      return kExitUsage;
    }
  }
  return kExitOk;
}

// Refuses a run that would not fit in memory, or need more threads than the system gives.
bool fits_the_machine(const scenario::Scenario& s, const exporter::FormatSet& formats,
                      bool record_trace, bool want_sim, bool want_threads) {
  const exporter::OutputMemory out = exporter::output_memory(formats);
  run::MemoryNeeds needs;
  needs.trace = record_trace;  // streamed files and digests need none; a threads run keeps its own
  const double runs = want_sim && want_threads ? 2 : 1;  // both: two of each timeline
  needs.output_bytes_per_span = out.per_span;
  needs.output_bytes_per_drawn_span = out.per_drawn_span * runs;
  needs.drawn_spans_per_lane = exporter::OutputMemory::kDrawnPerLane;
  needs.output_bytes_per_lane = out.per_lane * runs;
  needs.threads = want_threads;
  const run::MemoryEstimate estimate = run::estimate_memory(s, needs);
  const std::optional<double> available = run::available_memory();
  if (available && estimate.total_bytes > *available) {
    std::fprintf(stderr,
                 "%s: this run would need %s, more than the %s available; try "
                 "--formats summary (no trace, no timelines), fewer customers (--set "
                 "customers.count=...) or fewer staff\n",
                 s.path.c_str(), estimate.describe().c_str(),
                 run::format_bytes(*available).c_str());
    return false;
  }
  if (!want_threads) return true;
  int staff = 0;
  for (const scenario::Station& st : s.stations) staff += st.staff;
  const auto limit = threads::thread_limit(threads::read_thread_limit_inputs());
  if (limit && staff + 1 > limit->threads) {
    std::fprintf(stderr,
                 "%s: --mode %s needs %d threads (one per staff member, and a dispatcher), "
                 "more than this system lets the run start: about %.0f, set by %s; use fewer "
                 "staff, or --mode sim\n",
                 s.path.c_str(), want_sim ? "both" : "threads", staff + 1, limit->threads,
                 limit->why.c_str());
    return false;
  }
  return true;
}

// The real-threads run; nullopt after printing why there is none (see `exit`).
std::optional<threads::ThreadRun> run_on_threads(const scenario::Scenario& scenario,
                                                 const RunRequest& request, Time simulated_end,
                                                 InterruptGuard& interrupt, int& exit) {
  threads::ThreadOptions options;
  options.time_scale = request.time_scale.value_or(
      std::max(threads::default_time_scale(simulated_end), scenario::kMinTimeScale));
  options.stop = interrupt.token();
  const double real_seconds = to_seconds(simulated_end) * options.time_scale;
  if (real_seconds > scenario::kMaxRealSeconds) {
    std::fprintf(stderr,
                 "--time-scale %g: the run would last %.0f hours of real time (limit: a week); "
                 "use a smaller time scale\n",
                 options.time_scale, real_seconds / 3600);
    exit = kExitUsage;
    return std::nullopt;
  }
  prepare_threads(options, scenario, request.quiet);
  if (!request.quiet) {
    std::printf(
        "running %s on real threads: %g real seconds per simulated second (about %.1f s)...\n",
        scenario.name.c_str(), options.time_scale, real_seconds);
    std::fflush(stdout);
  }
  threads::ThreadRun real = threads::run_threads(scenario, options);
  if (interrupt.interrupted()) {
    exit = interrupt.report_stopped();
    return std::nullopt;
  }
  if (!real.failure.empty()) {
    std::fprintf(stderr, "%s: the real-threads run failed: %s\n", scenario.path.c_str(),
                 real.failure.c_str());
    exit = kExitScenarioError;
    return std::nullopt;
  }
  if (!request.quiet) print_threads_run(real, scenario);
  return real;
}

void print_written(const std::filesystem::path& dir, const exporter::WriteResult& written) {
  std::printf("Wrote %s:", dir.string().c_str());
  for (const std::filesystem::path& p : written.written)
    std::printf(" %s", p.filename().string().c_str());
  std::printf("\n");
}

// What a run keeps and makes: charts of a run with more customers than lanes come from a
// digest gathered on the way, span files are streamed, and the full trace is kept only for
// what needs it.
struct RunPlan {
  bool digest = false;
  bool record_trace = false;
  bool stream = false;
};

RunPlan plan_run(const scenario::Scenario& scenario, const exporter::FormatSet& formats,
                 bool want_sim) {
  using exporter::Format;
  RunPlan plan;
  const bool charts =
      formats.has(Format::svg) || formats.has(Format::png) || formats.has(Format::html);
  plan.digest = want_sim && charts &&
                scenario.customer_count() > static_cast<std::int64_t>(chart::kExportCustomerLanes);
  exporter::FormatSet from_trace = formats;
  from_trace.remove(Format::csv);
  from_trace.remove(Format::perfetto);
  if (plan.digest) {
    for (const auto f : {Format::svg, Format::png, Format::html}) from_trace.remove(f);
  }
  plan.record_trace = want_sim && from_trace.needs_trace();
  plan.stream = want_sim && (formats.has(Format::csv) || formats.has(Format::perfetto));
  return plan;
}

// The formats asked for, or the defaults for the run's size (saying so for a big run).
exporter::FormatSet chosen_formats(const std::optional<exporter::FormatSet>& asked,
                                   const scenario::Scenario& scenario, bool quiet) {
  if (asked) return *asked;
  const bool big = exporter::is_big_run(scenario);
  if (big && !quiet) {
    std::printf(
        "%lld customers: a big run, so the trace is written as trace.perfetto-trace "
        "(Perfetto's binary format; open it at ui.perfetto.dev) instead of trace.json\n"
        "(--formats names the files: summary,csv,trace,perfetto,svg,png,html)\n",
        static_cast<long long>(scenario.customer_count()));
  }
  return exporter::FormatSet::defaults(big);
}

int output_error(const std::string& error) {
  std::fprintf(stderr, "could not write the outputs (none were written): %s\n", error.c_str());
  return kExitOutputError;
}

// The runs, finished: their files are written (through `files`) and reported.
struct FinishedRuns {
  const scenario::Scenario& scenario;
  const stats::Summary& sim_summary;
  const run::Simulation& sim;
  const std::optional<threads::ThreadRun>& real;
  const std::optional<chart::RunDigest>& digest;
};

int write_and_report(const FinishedRuns& runs, const RunRequest& request,
                     const exporter::FormatSet& formats, const std::filesystem::path& dir,
                     std::optional<exporter::StreamedOutputs>& streamed,
                     exporter::WriteGuard& files) {
  const bool want_sim = request.mode != "threads";
  exporter::OutputInputs outputs{&runs.scenario, &runs.sim_summary, runs.sim.trace()};
  std::optional<chart::ChartModel> long_timeline;
  std::optional<exporter::ReportCharts> long_charts;
  if (runs.digest) {
    long_timeline = exporter::export_long_timeline(*runs.digest);
    long_charts = exporter::report_charts(*runs.digest);
    outputs.timeline = &*long_timeline;
    outputs.charts = &*long_charts;
  }
  if (streamed && !streamed->close(outputs.streamed)) return output_error(streamed->error());
  if (!want_sim) {
    outputs = exporter::OutputInputs{&runs.scenario, &runs.real->summary, &runs.real->trace};
  } else if (runs.real) {
    outputs.threads_summary = &runs.real->summary;
    outputs.threads_trace = &runs.real->trace;
  }
  const exporter::WriteResult written = exporter::write_outputs(dir, formats, outputs, &files);
  if (!written.ok) return output_error(written.error);
  for (const std::string& w : written.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  if (!request.quiet) {
    if (want_sim) print_summary(runs.sim_summary, runs.scenario);
    if (runs.real) print_summary(runs.real->summary, runs.scenario);
    if (want_sim && runs.real) print_comparison(runs.sim_summary, runs.real->summary);
    print_written(dir, written);
  }
  return kExitOk;
}

}  // namespace

int run_command(const RunRequest& request) {
  // Everything the run writes goes through `files`, which the signal watcher can take back
  // at once: from the start, as a streamed run writes while it simulates.
  exporter::WriteGuard files;
  InterruptGuard interrupt;  // first: every thread started after it leaves signals to it
  interrupt.guard_writes(files);
  std::string format_error;
  std::optional<exporter::FormatSet> asked;
  if (request.formats) {
    asked = exporter::FormatSet::parse(*request.formats, format_error);
    if (!asked) {
      std::fprintf(stderr, "--formats: %s\n", format_error.c_str());
      return kExitUsage;
    }
  }
  if (const int code = check_request(request); code != kExitOk) return code;
  LoadedInput input = load_input(request.input);
  if (!input.scenario) return input.exit_code;
  const scenario::Scenario& scenario = *input.scenario;
  const bool want_sim = request.mode != "threads";
  const bool want_threads = request.mode != "sim";
  const exporter::FormatSet formats = chosen_formats(asked, scenario, request.quiet);
  const std::filesystem::path dir = request.out_dir ? std::filesystem::path(*request.out_dir)
                                                    : std::filesystem::path("out") / scenario.name;
  const RunPlan plan = plan_run(scenario, formats, want_sim);
  if (!fits_the_machine(scenario, formats, plan.record_trace, want_sim, want_threads))
    return kExitScenarioError;

  run::RunOptions run_options{plan.record_trace, {}};
  std::optional<exporter::StreamedOutputs> streamed;
  if (plan.stream) {
    streamed.emplace(dir, formats, model::trace_header(scenario), scenario.customer_count(),
                     &files);
    if (!streamed->ok()) return output_error(streamed->error());
    run_options.sinks = streamed->sinks();
  }
  const trace::Trace header = model::trace_header(scenario);  // the digest refers to it
  std::optional<chart::RunDigest> digest;
  if (plan.digest) {
    digest.emplace(header, scenario.customer_count());
    run_options.sinks.push_back(&*digest);
  }
  // The simulation runs in every mode: in threads mode only to know how long the run will
  // be and to pick the default time scale (statistics only, so it is quick and small).
  run::Simulation sim(scenario, run_options);
  if (!simulate(sim, interrupt, scenario.name, request.quiet || !want_sim))
    return interrupt.report_stopped();
  if (sim.failed()) {
    std::fprintf(stderr, "%s: the run failed: %s\n", scenario.path.c_str(), sim.failure().c_str());
    return kExitScenarioError;
  }
  const stats::Summary sim_summary = sim.summary();
  std::optional<threads::ThreadRun> real;
  if (want_threads) {
    int exit = kExitOk;
    real = run_on_threads(scenario, request, sim_summary.end_time, interrupt, exit);
    if (!real) return exit;
  }
  if (interrupt.interrupted()) return interrupt.report_stopped();
  return write_and_report({scenario, sim_summary, sim, real, digest}, request, formats, dir,
                          streamed, files);
}

}  // namespace burgers::app
