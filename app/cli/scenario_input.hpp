#pragma once
// Turns ScenarioArgs into a loaded Scenario, printing file:line:column diagnostics.
#include <optional>
#include <vector>

#include "cli/commands.hpp"
#include "scenario/loader.hpp"
#include "scenario/scenario.hpp"

namespace burgers::app {

struct LoadedInput {
  std::optional<scenario::Scenario> scenario;
  int exit_code = kExitOk;  // when no scenario: why
};

// --set and --seed as overrides, appended to `out`; false (after printing why on stderr)
// when one is malformed.
bool parse_overrides(const ScenarioArgs& input, std::vector<scenario::Override>& out);

LoadedInput load_input(const ScenarioArgs& input);

}  // namespace burgers::app
