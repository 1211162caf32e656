#pragma once
// Distribution strings ("exp(2min)", "uniform(30s, 90s)", "90s") and work strings
// ("cpu exp(4min)", "io 3min") -> values. Internal to sim/scenario (the loader and its tests).
#include <string_view>

#include "scenario/parsed_text.hpp"
#include "scenario/scenario.hpp"

namespace burgers::scenario {

// A bare duration (a constant), const(X), exp(MEAN), uniform(A, B), normal(MEAN, SD),
// lognormal(MEAN, SD) or erlang(K, MEAN), with spaces allowed around '(', ',' and ')'.
Parsed<Distribution> parse_distribution(std::string_view text);

// An optional "cpu " or "io " prefix, then a distribution; Phase::text is `text` as given.
Parsed<Phase> parse_work(std::string_view text);

}  // namespace burgers::scenario
