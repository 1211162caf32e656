// Built instead of the dashboard when BURGERS_BUILD_GUI is OFF (a headless build). The
// scenario is still loaded first, so that a wrong name or a broken file gets the same
// message and exit code as with the dashboard.
#include <cstdio>
#include <string>

#include "cli/scenario_input.hpp"
#include "common/exit_codes.hpp"
#include "ui/dashboard_entry.hpp"

namespace burgers::app {

int open_dashboard(const DashboardRequest& request) {
  if (!request.scenario.empty()) {
    ScenarioArgs input{request.scenario, request.sets, std::nullopt};
    if (request.seed >= 0) input.seed = std::to_string(request.seed);
    const LoadedInput loaded = load_input(input);
    if (!loaded.scenario) return loaded.exit_code;
  }
  std::fprintf(stderr,
               "This build of burgers has no dashboard (configured with BURGERS_BUILD_GUI=OFF).\n"
               "Run a lesson headless instead:  burgers run concurrent-burgers\n"
               "See every command:              burgers --help\n");
  return kExitUsage;
}

}  // namespace burgers::app
