#pragma once
// Parses the command line and runs what it asks for. The only file that includes CLI11
// (it is slow to compile). Returns the process exit code.

namespace burgers::app {

int run_command_line(int argc, char** argv);

}  // namespace burgers::app
