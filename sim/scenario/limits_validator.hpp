#pragma once
// The limits of limits.hpp that concern the scenario as a whole: staff and customers over
// all stations and groups, the simulated horizon and the number of time slices. (Limits
// on single values are checked where each value is read.) Internal to sim/scenario.
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// `s` must have been read from `root` without errors: positions come from `root`.
void check_limits(const TomlNode& root, const Scenario& s, Diagnostics& out);

// The simulated time a run is expected to take, in ns (as a double: it may be far beyond
// int64): arrivals, each station's work shared by its staff, the cpu work shared by the
// cores. Bounded distributions count with their upper bound, unbounded ones with their mean.
double expected_horizon(const Scenario& s);

// How many time slices cpu work is cut into: by the cores' quantum when more staff than
// cores compete for them, and by the GIL's switch interval when Python threads share it.
double expected_time_slices(const Scenario& s);

}  // namespace burgers::scenario
