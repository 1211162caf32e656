#pragma once
// --set KEY=VALUE overrides, applied to the parsed document before validation so that
// they pass exactly the same checks as the file. Internal to sim/scenario (the loader).
#include <span>

#include "scenario/diagnostic.hpp"
#include "scenario/loader.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// Sets each override's value in `root`, in order (a later one wins). Unknown stations,
// groups, steps and keys are reported in `out` at their column in "KEY=VALUE".
void apply_overrides(TomlNode& root, std::span<const Override> overrides, Diagnostics& out);

}  // namespace burgers::scenario
