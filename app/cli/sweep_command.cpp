// burgers sweep: a scenario over a grid of --set values, each point replicated, into
// sweep.csv, sweep.json and the curves (sweep.svg, sweep.png, sweep.html).
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stop_token>
#include <string>
#include <thread>

#include "cli/commands.hpp"
#include "cli/interrupt.hpp"
#include "cli/progress_bar.hpp"
#include "cli/scenario_input.hpp"
#include "common/lesson_catalog.hpp"
#include "sweep/metrics.hpp"
#include "sweep/sweep_plan.hpp"
#include "sweep/sweep_runner.hpp"
#include "sweep_export/sweep_exports.hpp"

namespace burgers::app {

namespace {

void print_diagnostics(const scenario::Diagnostics& diagnostics) {
  for (const scenario::Diagnostic& d : diagnostics)
    std::fprintf(stderr, "%s\n", d.to_string().c_str());
}

// The command line's choices over the lesson's first [[sweep]] (when --vary is not given).
int build_spec(const SweepRequest& request, const scenario::Scenario& base,
               sweep::SweepSpec& spec) {
  if (request.vary.empty()) {
    if (base.sweeps.empty()) {
      std::fprintf(stderr,
                   "give --vary KEY=RANGE (e.g. --vary station.kitchen.staff=1..8); %s suggests "
                   "no sweep of its own\n",
                   base.path.c_str());
      return kExitUsage;
    }
    const std::vector<scenario::Override> sets = std::move(spec.sets);
    spec = sweep::suggested_spec(base.sweeps[0]);
    spec.sets = sets;
  }
  for (const std::string& text : request.vary) {
    scenario::Diagnostic error;
    auto vary = scenario::parse_vary_option(text, error);
    if (!vary) {
      std::fprintf(stderr, "%s\n", error.to_string().c_str());
      return kExitUsage;
    }
    spec.vary.push_back(std::move(*vary));
  }
  if (spec.vary.size() > 2) {
    std::fprintf(stderr,
                 "--vary %s:1:1: a third --vary: give at most two (the x axis, and one curve "
                 "per value)\n",
                 spec.vary[2].text.c_str());
    return kExitUsage;
  }
  if (spec.vary.size() == 2 && spec.vary[0].key == spec.vary[1].key) {
    std::fprintf(stderr, "--vary %s:1:%d: '%s' is varied twice: vary two different keys\n",
                 spec.vary[1].text.c_str(), static_cast<int>(spec.vary[1].key_offset) + 1,
                 spec.vary[1].key.c_str());
    return kExitUsage;
  }
  if (!request.metrics.empty()) spec.metrics = request.metrics;
  if (spec.metrics.empty()) spec.metrics = {"customers.mean_sojourn_s"};
  spec.mode = request.mode == "threads" ? sweep::SweepMode::threads
              : request.mode == "both"  ? sweep::SweepMode::both
                                        : sweep::SweepMode::sim;
  const bool suggested = request.vary.empty() && base.sweeps[0].replications > 0;
  if (request.replications) {
    spec.replications = *request.replications;
  } else if (!suggested) {
    spec.replications = spec.mode == sweep::SweepMode::sim ? sweep::kDefaultReplications
                                                           : sweep::kDefaultThreadReplications;
  }
  spec.time_scale = request.time_scale.value_or(0);
  return kExitOk;
}

// Runs the plan with a progress bar; false when stopped by a signal.
bool run_plan(sweep::SweepRunner& runner, const SweepRequest& request,
              const InterruptGuard& interrupt) {
  std::stop_callback on_interrupt(interrupt.token(), [&runner] { runner.stop(); });
  runner.start(request.jobs.value_or(0));
  ProgressBar bar(request.quiet ? std::string() : "sweep");
  const sweep::SweepPlan& plan = runner.plan();
  while (!runner.finished()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    if (request.quiet) continue;
    const int point = runner.current_point();
    bar.set_label(std::string(runner.measuring_threads() ? "real threads, point " : "point ") +
                  std::to_string(point + 1) + "/" + std::to_string(plan.points.size()) + " (" +
                  plan.describe(plan.points[static_cast<std::size_t>(point)]) + ")");
    bar.update(static_cast<double>(runner.completed()) / static_cast<double>(runner.total()));
  }
  runner.wait();
  return !interrupt.interrupted() && !runner.stopped();
}

void print_result(const sweep::SweepRunner& runner) {
  const sweep::SweepPlan& plan = runner.plan();
  const sweep::SweepResult result = sweep::collect(runner);
  const bool sim = plan.spec.mode != sweep::SweepMode::threads;
  for (std::size_t m = 0; m < plan.spec.metrics.size(); ++m) {
    std::printf("%s (mean, 95%% interval over %d replications):\n", plan.spec.metrics[m].c_str(),
                plan.spec.replications);
    for (const sweep::PointResult& r : result.points) {
      const sweep::SweepPoint& point = plan.points[static_cast<std::size_t>(r.point)];
      const sweep::MetricPoint& p = sim ? r.simulated[m] : r.measured[m];
      std::printf("  %-34s %12.6g  [%.6g, %.6g]", plan.describe(point).c_str(), p.interval.mean,
                  p.interval.low, p.interval.high);
      if (!r.measured.empty() && sim) {
        std::printf("  real threads %.6g [%.6g, %.6g]", r.measured[m].interval.mean,
                    r.measured[m].interval.low, r.measured[m].interval.high);
      }
      if (p.theory) std::printf("  theory %.6g", *p.theory);
      std::printf("\n");
    }
  }
}

}  // namespace

int sweep_command(const SweepRequest& request) {
  std::string format_error;
  const auto formats = exporter::SweepFormatSet::parse(request.formats, format_error);
  if (!formats) {
    std::fprintf(stderr, "--formats: %s\n", format_error.c_str());
    return kExitUsage;
  }
  sweep::SweepSpec spec;
  if (!parse_overrides(request.input, spec.sets)) return kExitUsage;
  const auto path = resolve_scenario(request.input.scenario);
  if (!path) {
    std::fprintf(stderr, "%s: no such file or lesson (run `burgers list` to see the lessons)\n",
                 request.input.scenario.c_str());
    return kExitScenarioError;
  }
  scenario::Diagnostics read_errors;
  const std::optional<std::string> text = scenario::read_scenario_file(*path, read_errors);
  print_diagnostics(read_errors);
  if (!text) return kExitScenarioError;
  const scenario::LoadResult base = scenario::load_scenario_text(*text, path->string(), spec.sets);
  print_diagnostics(base.diagnostics);
  if (!base.ok()) return kExitScenarioError;
  if (const int code = build_spec(request, *base.scenario, spec); code != kExitOk) return code;

  sweep::PlanResult planned = sweep::plan_sweep(*text, path->string(), std::move(spec));
  print_diagnostics(planned.diagnostics);
  if (!planned.plan) return kExitScenarioError;
  auto plan = std::make_shared<const sweep::SweepPlan>(std::move(*planned.plan));
  if (!request.quiet) {
    std::printf("sweeping %s: %zu points x %d replications", plan->name.c_str(),
                plan->points.size(), plan->spec.replications);
    if (plan->spec.mode != sweep::SweepMode::sim)
      std::printf("; real threads run one point at a time (wall-clock measurements)");
    std::printf("\n");
    std::fflush(stdout);
  }
  exporter::WriteGuard files;  // outlives the interrupt guard, which may abandon it
  // Before any thread starts, so that every thread inherits the blocked signals.
  InterruptGuard interrupt;
  sweep::SweepRunner runner(plan);
  if (!run_plan(runner, request, interrupt)) {
    if (interrupt.interrupted()) return interrupt.report_stopped();
    std::fprintf(stderr, "the sweep stopped early; nothing written\n");
    return kExitScenarioError;
  }
  if (const std::string failure = runner.failure(); !failure.empty()) {
    std::fprintf(stderr, "%s: %s\n", plan->file.c_str(), failure.c_str());
    return kExitScenarioError;
  }
  const std::filesystem::path dir = request.out_dir.empty()
                                        ? std::filesystem::path("out") / (plan->name + "-sweep")
                                        : std::filesystem::path(request.out_dir);
  interrupt.guard_writes(files);
  const exporter::WriteResult written =
      exporter::write_sweep_outputs(dir, *formats, runner, &files);
  if (!written.ok) {
    std::fprintf(stderr, "could not write the outputs (none were written): %s\n",
                 written.error.c_str());
    return kExitOutputError;
  }
  for (const std::string& w : written.warnings) std::fprintf(stderr, "warning: %s\n", w.c_str());
  if (!request.quiet) {
    print_result(runner);
    if (plan->spec.mode != sweep::SweepMode::sim)
      std::printf("real threads ran at %g real seconds per simulated second\n",
                  runner.time_scale());
    std::printf("Wrote %s:", dir.string().c_str());
    for (const std::filesystem::path& p : written.written)
      std::printf(" %s", p.filename().string().c_str());
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace burgers::app
