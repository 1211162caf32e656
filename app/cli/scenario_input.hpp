#pragma once
// Turns ScenarioArgs into a loaded Scenario, printing file:line:column diagnostics.
#include <optional>

#include "cli/commands.hpp"
#include "scenario/scenario.hpp"

namespace burgers::app {

struct LoadedInput {
  std::optional<scenario::Scenario> scenario;
  int exit_code = kExitOk;  // when no scenario: why
};

LoadedInput load_input(const ScenarioArgs& input);

}  // namespace burgers::app
