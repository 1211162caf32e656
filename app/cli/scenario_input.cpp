#include "cli/scenario_input.hpp"

#include <charconv>
#include <cstdio>
#include <limits>
#include <string>

#include "common/lesson_catalog.hpp"
#include "scenario/loader.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::app {

std::optional<std::uint64_t> parse_seed(const std::string& text, std::string& error) {
  const std::string expected = "a whole number from 0 to 9223372036854775807";
  if (text.empty()) {
    error = "--seed: missing value (" + expected + ")";
    return std::nullopt;
  }
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && end == text.data() + text.size() &&
      value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return value;
  }
  const bool digits = text.find_first_not_of("0123456789") == std::string::npos;
  error =
      "--seed: " + (digits ? "too large (limit 9223372036854775807), got '" + text + "'"
                           : "expected " + expected + ", got '" + scenario::printable(text) + "'");
  return std::nullopt;
}

bool parse_overrides(const ScenarioArgs& input, std::vector<scenario::Override>& out) {
  bool ok = true;
  for (const std::string& text : input.sets) {
    scenario::Diagnostic error;
    if (auto o = scenario::parse_override(text, error)) {
      out.push_back(std::move(*o));
    } else {
      std::fprintf(stderr, "%s\n", error.to_string().c_str());
      ok = false;
    }
  }
  if (input.seed) {
    std::string error;
    if (const auto seed = parse_seed(*input.seed, error)) {
      out.push_back({"scenario.seed", std::to_string(*seed)});
    } else {
      std::fprintf(stderr, "%s\n", error.c_str());
      ok = false;
    }
  }
  return ok;
}

LoadedInput load_input(const ScenarioArgs& input) {
  LoadedInput result;
  std::vector<scenario::Override> overrides;
  if (!parse_overrides(input, overrides)) {
    result.exit_code = kExitUsage;
    return result;
  }
  const auto path = resolve_scenario(input.scenario);
  if (!path) {
    std::fprintf(stderr, "%s: no such file or lesson%s (run `burgers list` to see the lessons)\n",
                 input.scenario.c_str(), lesson_suggestion(input.scenario).c_str());
    result.exit_code = kExitScenarioError;
    return result;
  }
  scenario::LoadResult loaded = scenario::load_scenario_file(*path, overrides);
  for (const scenario::Diagnostic& d : loaded.diagnostics)
    std::fprintf(stderr, "%s\n", d.to_string().c_str());
  if (!loaded.ok()) {
    result.exit_code = kExitScenarioError;
    return result;
  }
  result.scenario = std::move(loaded.scenario);
  return result;
}

}  // namespace burgers::app
