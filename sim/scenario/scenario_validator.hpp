#pragma once
// Checks a parsed document against the scenario format and builds the Scenario.
// Internal to sim/scenario (the loader); validation of [customers] lives in customers_validator.
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// Whether the limits of limits.hpp are checked too. A suggested sweep's points are checked
// without them: whether a point fits depends on the run's own --set values (a student's
// `--set customers.count=...` must not make the lesson's suggestion an error); the sweep
// itself loads every point with all checks before it runs any.
enum class LimitChecks { on, off };

// Every problem goes to `out`; the result is meaningful only when none was added.
// Scenario::name and ::path are left for the caller.
Scenario validate_scenario(const TomlNode& root, Diagnostics& out,
                           LimitChecks limits = LimitChecks::on);

}  // namespace burgers::scenario
