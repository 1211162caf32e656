#include <cstdio>
#include <filesystem>
#include <string>

#include "base/time.hpp"
#include "cli/commands.hpp"
#include "cli/progress_bar.hpp"
#include "cli/scenario_input.hpp"
#include "export/outputs.hpp"
#include "run/simulation.hpp"

namespace burgers::app {

namespace {

void print_summary(const stats::Summary& s, const scenario::Scenario& scenario) {
  std::printf("%s (seed %llu): %lld of %lld customers served; last left at %s\n", scenario.title.c_str(),
              static_cast<unsigned long long>(s.seed), static_cast<long long>(s.customers.served),
              static_cast<long long>(s.customers.arrived), format_duration(s.customers.makespan).c_str());
  std::printf("  each customer spent %s on average: %s blocked, %s free, %s on their own\n",
              format_duration(s.customers.mean_sojourn).c_str(), format_duration(s.customers.mean_blocked).c_str(),
              format_duration(s.customers.mean_free).c_str(), format_duration(s.customers.mean_own).c_str());
  for (const stats::StationSummary& st : s.stations) {
    std::printf("  %-14s %3d staff, %5.1f%% busy, mean wait %s, longest line %lld\n", st.label.c_str(), st.staff,
                st.utilization * 100, format_duration(st.mean_queue_wait).c_str(),
                static_cast<long long>(st.max_queue_length));
  }
}

}  // namespace

int run_command(const RunRequest& request) {
  std::string format_error;
  const auto formats = exporter::FormatSet::parse(request.formats, format_error);
  if (!formats) {
    std::fprintf(stderr, "--formats: %s\n", format_error.c_str());
    return kExitUsage;
  }
  LoadedInput input = load_input(request.input);
  if (!input.scenario) return input.exit_code;
  const scenario::Scenario& scenario = *input.scenario;

  run::Simulation sim(scenario, run::RunOptions{formats->needs_trace(), {}});
  {
    ProgressBar bar("running " + scenario.name);
    sim.run([&bar](double fraction) { bar.update(fraction); }, 1 << 18);
  }
  if (sim.failed()) {
    std::fprintf(stderr, "%s: the run failed: %s\n", scenario.path.c_str(), sim.failure().c_str());
    return kExitScenarioError;
  }
  const stats::Summary summary = sim.summary();
  const std::filesystem::path dir =
      request.out_dir.empty() ? std::filesystem::path("out") / scenario.name : std::filesystem::path(request.out_dir);
  const exporter::WriteResult written =
      exporter::write_outputs(dir, *formats, exporter::OutputInputs{&scenario, &summary, sim.trace()});
  if (!written.ok) {
    std::fprintf(stderr, "could not write the outputs: %s\n", written.error.c_str());
    return kExitOutputError;
  }
  if (!request.quiet) {
    print_summary(summary, scenario);
    std::printf("Wrote %s:", dir.string().c_str());
    for (const std::filesystem::path& p : written.written) std::printf(" %s", p.filename().string().c_str());
    std::printf("\n");
  }
  return kExitOk;
}

}  // namespace burgers::app
