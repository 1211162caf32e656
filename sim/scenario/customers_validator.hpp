#pragma once
// Validation of [customers] / [[customers]] and their steps. Internal to sim/scenario
// (called by scenario_validator once the stations are known).
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/table_reader.hpp"

namespace burgers::scenario {

// Appends the groups found under the root's "customers" key to s.groups; needs s.stations.
void read_customers(TableReader& root, Scenario& s, Diagnostics& out);

}  // namespace burgers::scenario
