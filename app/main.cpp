// burgers: the command line and the dashboard of Concurrent Burgers.
#include "cli/command_line.hpp"

int main(int argc, char** argv) {
  return burgers::app::run_command_line(argc, argv);
}
