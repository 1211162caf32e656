#pragma once
// Reads a scenario's [[sweep]] tables (suggested sweeps) into Scenario::sweeps, checking
// each vary's key and values through the --set path and each metric's name.
// Internal to sim/scenario (called by the scenario validator, after the stations).
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/table_reader.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

void read_sweeps(TableReader& root, Scenario& s, Diagnostics& out);

}  // namespace burgers::scenario
