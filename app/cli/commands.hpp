#pragma once
// The subcommands behind the command line, as plain functions over plain requests, so
// that command_line.cpp (the only file that sees CLI11) stays a thin parser.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/exit_codes.hpp"

namespace burgers::app {

struct ScenarioArgs {
  std::string scenario;             // path or lesson name
  std::vector<std::string> sets;    // "KEY=VALUE"
  std::optional<std::string> seed;  // as typed: checked by parse_seed
};

// --seed's text as a seed: a whole number from 0 to 2^63-1 (what a scenario file can
// hold); nullopt with `error` set ("--seed: ...") otherwise.
std::optional<std::uint64_t> parse_seed(const std::string& text, std::string& error);

struct RunRequest {
  ScenarioArgs input;
  std::optional<std::string> out_dir;  // absent: out/<scenario-name>/; never empty
  // Absent: every file, the trace's format chosen by the run's size; never empty.
  std::optional<std::string> formats;
  bool quiet = false;
  std::string mode = "sim";          // sim | threads | both
  std::optional<double> time_scale;  // real seconds per simulated second (threads)
};

struct SweepRequest {
  ScenarioArgs input;
  std::vector<std::string> vary;     // "KEY=RANGE" (one or two); none: the lesson's [[sweep]]
  std::vector<std::string> metrics;  // none: the suggestion's, or customers.mean_sojourn_s
  std::optional<int> replications;
  std::optional<int> jobs;  // threads for simulated points (default: every core)
  std::string mode = "sim";
  std::optional<double> time_scale;
  std::string out_dir;  // empty: out/<scenario-name>-sweep/
  std::string formats = "csv,json,svg,png,html";
  bool quiet = false;
};

int run_command(const RunRequest& request);
int sweep_command(const SweepRequest& request);
int validate_command(const ScenarioArgs& input);
int list_command();

}  // namespace burgers::app
