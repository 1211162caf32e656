#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <optional>
#include <string>

#include "cli/commands.hpp"
#include "common/lesson_catalog.hpp"
#include "ui/dashboard_entry.hpp"

namespace burgers::app {

namespace {

// Every line starting with "  burgers " below is run as written by tests/cli/help_tests.cpp.
constexpr const char* kExamples = R"EX(Examples:
  burgers                                     open the dashboard on the concurrent-burgers lesson
  burgers parallel-burgers                    open the dashboard on another lesson
  burgers 08                                  a lesson by its number
  burgers list                                list the lessons
  burgers run concurrent-burgers              run headless; charts go to out/03-concurrent-burgers/
  burgers run my.toml --formats summary,png   only summary.json and timeline.png
  burgers run lunch-hour --set station.kitchen.staff=4 --set customers.arrival="exp(30s)"
  burgers run lunch-hour --seed 7 --out results/seed7
  burgers run threads-cleaning-cpu --mode both --set station.cleaners.staff=4
                                              the simulation and real threads, compared in report.html
  burgers validate my.toml                    check a file; errors come as file:line:column
  burgers sweep lunch-hour --vary station.kitchen.staff=2..8 --metric customers.mean_sojourn_s
                                              the time inside against the cooks, 5 replications
                                              a point; files go to out/08-lunch-hour-sweep/
  burgers sweep threads-cleaning-cpu --vary station.cleaners.staff=1..9 --metric speedup
                                              speedup curve (add --mode both: real threads too)
  burgers sweep queueing-theory               the lesson's own suggested sweep, theory beside it

Exit codes: 0 ok, 1 scenario error (or the run failed, or would not fit in memory), 2 usage
error, 3 outputs not written, 4 no display for the dashboard, 130 stopped by Ctrl+C (SIGINT),
143 stopped by SIGTERM (nothing written in either case).)EX";

constexpr const char* kRunExamples = R"EX(Examples:
  burgers run 03                              lesson 3; files go to out/03-concurrent-burgers/
  burgers run lunch-hour --formats summary,csv,perfetto
                                              the figures, every span, and a Perfetto trace
  burgers run lunch-hour --set customers.count=5000 --quiet
                                              a big run: the trace comes as trace.perfetto-trace
  burgers run parallel-burgers --out results --formats html
                                              only results/report.html

Formats: summary (summary.json), csv (events.csv), trace (trace.json, Chrome's format),
perfetto (trace.perfetto-trace, Perfetto's binary format), svg, png (timeline.svg/.png),
html (report.html). Without --formats: all of them, with the trace as trace.json for
small runs and as trace.perfetto-trace for big ones (the run says which).)EX";

void add_scenario_options(CLI::App& cmd, ScenarioArgs& args) {
  cmd.add_option("scenario", args.scenario, "Scenario file, or a lesson name (see `burgers list`)")
      ->required();
  cmd.add_option("--set", args.sets,
                 "Override a value: KEY=VALUE, e.g. station.kitchen.staff=4 (repeatable)");
  cmd.add_option("--seed", args.seed, "Random seed, 0 to 2^63-1 (same as --set scenario.seed=N)");
}

}  // namespace

int run_command_line(int argc, char** argv) {
  CLI::App app{"Concurrent Burgers: a restaurant that makes concurrency and parallelism visible.",
               "burgers"};
  app.footer(kExamples);
  app.require_subcommand(0, 1);

  DashboardRequest dashboard;
  app.add_option("scenario", dashboard.scenario,
                 "Scenario file or lesson name to open in the dashboard");
  app.add_option("--frames", dashboard.frames, "Quit after N frames (dashboard automation)");
  app.add_option("--screenshot", dashboard.screenshot, "Save a PNG of the window before quitting");
  app.add_option("--bench-frames", dashboard.bench_frames,
                 "Run to the end, draw N frames of the full timeline, print frame-build CPU time");
  app.add_flag("--to-end", dashboard.to_end,
               "Start by running the scenario to its end (--frames count from when it shows)");
  app.add_flag("--frame-times", dashboard.frame_times,
               "At exit, print how long the run took to compute, the frame intervals meanwhile "
               "and the peak memory per span (dashboard automation)");
  app.add_flag("--real-threads", dashboard.real_threads,
               "Open the real-threads panel and run the lesson on OS threads at once");
  app.add_option("--compare", dashboard.compare,
                 "Open a second scenario side by side (a file or lesson name)");
  app.add_option("--show", dashboard.panels,
                 "Open a panel at start: help, hint, export, open, sweep (repeatable; screenshots)")
      ->check(CLI::IsMember({"help", "hint", "export", "open", "sweep"}));
  app.add_option("--sweep", dashboard.sweep,
                 "Run the lesson's suggested sweep number N at start, in the Sweep panel "
                 "(with --frames, counting starts when it has finished)")
      ->check(CLI::PositiveNumber);
  app.add_option("--at", dashboard.at,
                 "Start paused at this simulated time, e.g. 20min (screenshots)");
  app.add_option("--set", dashboard.sets, "Override a value: KEY=VALUE (repeatable)");
  std::optional<std::string> dashboard_seed;
  app.add_option("--seed", dashboard_seed, "Random seed, 0 to 2^63-1");
  app.add_option("--lang", dashboard.language,
                 "Dashboard language: en or zh-TW (default: as last chosen)")
      ->check(CLI::IsMember({"en", "zh-TW"}));
  app.add_option("--vocabulary", dashboard.vocabulary,
                 "Dashboard words: restaurant or program (default: as last chosen, else the "
                 "lesson's own)")
      ->check(CLI::IsMember({"restaurant", "program"}));

  RunRequest run;
  CLI::App* run_cmd =
      app.add_subcommand("run", "Run a scenario headless and write charts, tables and traces");
  run_cmd->footer(kRunExamples);
  add_scenario_options(*run_cmd, run.input);
  run_cmd->add_option("--out", run.out_dir, "Output directory (default: out/<scenario-name>/)");
  run_cmd->add_option("--formats", run.formats,
                      "Files to write: summary,csv,trace,perfetto,svg,png,html (default: all but "
                      "one trace, trace.json or trace.perfetto-trace by the run's size)");
  run_cmd->add_flag("--quiet,-q", run.quiet, "Print nothing but errors");
  run_cmd
      ->add_option("--mode", run.mode,
                   "sim (the simulation), threads (real OS threads) or both, compared")
      ->check(CLI::IsMember({"sim", "threads", "both"}));
  // Checked by run_command, whose message gives the range.
  run_cmd->add_option(
      "--time-scale", run.time_scale,
      "Threads mode: real seconds per simulated second, 1e-6 to 1000 (default: about 4 s in all)");

  SweepRequest sweep;
  CLI::App* sweep_cmd = app.add_subcommand(
      "sweep", "Run a scenario over a range of values, with replications, and draw the curves");
  add_scenario_options(*sweep_cmd, sweep.input);
  sweep_cmd->add_option("--vary", sweep.vary,
                        "KEY=RANGE: any --set key over 1..8, 1..9:2 or a list 1,2,4,8 or "
                        "exp(20s),exp(30s); a second --vary draws one curve per value "
                        "(default: the lesson's suggested sweep)");
  sweep_cmd->add_option("--metric", sweep.metrics,
                        "A summary figure to follow, e.g. customers.mean_sojourn_s, "
                        "stations.kitchen.utilization or speedup (repeatable)");
  sweep_cmd
      ->add_option("--replications,-r", sweep.replications,
                   "Runs per point, seeds derived from the scenario's (default 5; 3 with "
                   "real threads)")
      ->check(CLI::Range(1, 10000));
  sweep_cmd->add_option("--jobs,-j", sweep.jobs, "Simulations at once (default: every core)")
      ->check(CLI::Range(1, 1024));
  sweep_cmd
      ->add_option("--mode", sweep.mode,
                   "sim, threads (real OS threads, one point at a time) or both, compared")
      ->check(CLI::IsMember({"sim", "threads", "both"}));
  sweep_cmd
      ->add_option("--time-scale", sweep.time_scale,
                   "Threads modes: real seconds per simulated second (default: the "
                   "longest point takes about 4 s)")
      ->check(CLI::PositiveNumber);
  sweep_cmd->add_option("--out", sweep.out_dir,
                        "Output directory (default: out/<scenario-name>-sweep/)");
  sweep_cmd->add_option("--formats", sweep.formats,
                        "Files to write: csv,json,svg,png,html (default: all)");
  sweep_cmd->add_flag("--quiet,-q", sweep.quiet, "Print nothing but errors");

  ScenarioArgs validate;
  CLI::App* validate_cmd =
      app.add_subcommand("validate", "Check a scenario file and report errors with positions");
  add_scenario_options(*validate_cmd, validate);

  CLI::App* list_cmd = app.add_subcommand("list", "List the lessons with their titles");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }

  if (*run_cmd) return run_command(run);
  if (dashboard_seed && !*validate_cmd && !*list_cmd) {
    std::string error;
    const auto seed = parse_seed(*dashboard_seed, error);
    if (!seed) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return kExitUsage;
    }
    dashboard.seed = static_cast<std::int64_t>(*seed);
  }
  if (*sweep_cmd) return sweep_command(sweep);
  if (*validate_cmd) return validate_command(validate);
  if (*list_cmd) return list_command();
  return open_dashboard(dashboard);
}

}  // namespace burgers::app
