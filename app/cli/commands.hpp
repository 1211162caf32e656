#pragma once
// The subcommands behind the command line, as plain functions over plain requests, so
// that command_line.cpp (the only file that sees CLI11) stays a thin parser.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace burgers::app {

// Exit codes: part of the public interface.
inline constexpr int kExitOk = 0;
inline constexpr int kExitScenarioError = 1;  // the scenario is invalid or its run failed
inline constexpr int kExitUsage = 2;          // bad command line
inline constexpr int kExitOutputError = 3;    // the outputs could not be written
inline constexpr int kExitNoDisplay = 4;      // the dashboard could not open a window
inline constexpr int kExitInterrupted = 130;  // Ctrl+C: stopped, nothing written

struct ScenarioArgs {
  std::string scenario;           // path or lesson name
  std::vector<std::string> sets;  // "KEY=VALUE"
  std::optional<std::uint64_t> seed;
};

struct RunRequest {
  ScenarioArgs input;
  std::string out_dir;  // empty: out/<scenario-name>/
  std::string formats;  // empty: every file, the trace's format chosen by the run's size
  bool quiet = false;
  std::string mode = "sim";          // sim | threads | both
  std::optional<double> time_scale;  // real seconds per simulated second (threads)
};

int run_command(const RunRequest& request);
int validate_command(const ScenarioArgs& input);
int list_command();

}  // namespace burgers::app
