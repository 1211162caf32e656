// Built instead of the dashboard when BURGERS_BUILD_GUI is OFF (a headless build).
#include <cstdio>

#include "common/exit_codes.hpp"
#include "ui/dashboard_entry.hpp"

namespace burgers::app {

int open_dashboard(const DashboardRequest&) {
  std::fprintf(stderr,
               "This build of burgers has no dashboard (configured with BURGERS_BUILD_GUI=OFF).\n"
               "Run a lesson headless instead:  burgers run concurrent-burgers\n"
               "See every command:              burgers --help\n");
  return kExitUsage;
}

}  // namespace burgers::app
