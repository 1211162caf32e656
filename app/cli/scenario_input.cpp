#include "cli/scenario_input.hpp"

#include <cstdio>
#include <string>

#include "common/lesson_catalog.hpp"
#include "scenario/loader.hpp"

namespace burgers::app {

LoadedInput load_input(const ScenarioArgs& input) {
  LoadedInput result;
  std::vector<scenario::Override> overrides;
  bool usage_error = false;
  for (const std::string& text : input.sets) {
    scenario::Diagnostic error;
    if (auto o = scenario::parse_override(text, error)) {
      overrides.push_back(std::move(*o));
    } else {
      std::fprintf(stderr, "%s\n", error.to_string().c_str());
      usage_error = true;
    }
  }
  if (input.seed) overrides.push_back({"scenario.seed", std::to_string(*input.seed)});
  if (usage_error) {
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
