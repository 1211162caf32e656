#include "cli/command_line.hpp"

#include <CLI/CLI.hpp>

#include <cstdio>
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

Exit codes: 0 ok, 1 scenario error (or the run failed), 2 usage error, 3 outputs not written,
4 no display for the dashboard, 130 stopped by Ctrl+C (nothing written).)EX";

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
  cmd.add_option("--seed", args.seed, "Random seed (same as --set scenario.seed=N)");
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
                 "Open a panel at start: help, hint, export, open (repeatable; screenshots)")
      ->check(CLI::IsMember({"help", "hint", "export", "open"}));
  app.add_option("--at", dashboard.at,
                 "Start paused at this simulated time, e.g. 20min (screenshots)");
  app.add_option("--set", dashboard.sets, "Override a value: KEY=VALUE (repeatable)");
  app.add_option("--seed", dashboard.seed, "Random seed");
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
  run_cmd
      ->add_option(
          "--time-scale", run.time_scale,
          "Threads mode: real seconds per simulated second (default: the run takes about 4 s)")
      ->check(CLI::PositiveNumber);

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
  if (*validate_cmd) return validate_command(validate);
  if (*list_cmd) return list_command();
  return open_dashboard(dashboard);
}

}  // namespace burgers::app
