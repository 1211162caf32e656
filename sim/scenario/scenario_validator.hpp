#pragma once
// Checks a parsed document against the scenario format and builds the Scenario.
// Internal to sim/scenario (the loader); validation of [customers] lives in customers_validator.
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// Every problem goes to `out`; the result is meaningful only when none was added.
// Scenario::name and ::path are left for the caller.
Scenario validate_scenario(const TomlNode& root, Diagnostics& out);

}  // namespace burgers::scenario
