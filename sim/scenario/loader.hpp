#pragma once
// TOML text -> Scenario, with --set overrides validated exactly like the file.
// The only place that parses TOML. Include from the app, tests and tools.
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"

namespace burgers::scenario {

// One `--set KEY=VALUE`, e.g. key "station.kitchen.staff", value "4".
struct Override {
  std::string key;
  std::string value;
};

struct LoadResult {
  std::optional<Scenario> scenario;  // set only when there are no diagnostics
  Diagnostics diagnostics;
  bool ok() const { return scenario.has_value(); }
};

// Splits "KEY=VALUE"; on a malformed text returns nullopt and fills `error`.
std::optional<Override> parse_override(std::string_view text, Diagnostic& error);

// A scenario file's text: only a regular file, and at most kMaxFileBytes of it. Nullopt
// with a diagnostic (file:0:0) in `out` when it cannot be read or is too large.
std::optional<std::string> read_scenario_file(const std::filesystem::path& path, Diagnostics& out);

LoadResult load_scenario_file(const std::filesystem::path& path,
                              std::span<const Override> overrides = {});

// `file_name` is used in messages and for Scenario::name (its stem).
LoadResult load_scenario_text(std::string_view toml_text, std::string_view file_name,
                              std::span<const Override> overrides = {});

}  // namespace burgers::scenario
