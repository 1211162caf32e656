#pragma once
// A sweep, planned: the grid of points (a value of each --vary), each point's scenario
// loaded through the same override path as --set, the replications' seeds and each point's
// closed form. Include from the CLI, the dashboard and tests.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "random/stream.hpp"
#include "scenario/diagnostic.hpp"
#include "scenario/loader.hpp"
#include "scenario/scenario.hpp"
#include "scenario/sweep_range.hpp"
#include "stats/theory_result.hpp"

namespace burgers::sweep {

enum class SweepMode : std::uint8_t { sim, threads, both };

inline constexpr int kDefaultReplications = 5;        // simulated points
inline constexpr int kDefaultThreadReplications = 3;  // when real threads are measured too

struct SweepSpec {
  std::vector<scenario::Override> sets;  // --set and --seed: the same at every point
  std::vector<scenario::Vary> vary;      // one or two; the first is the x axis
  std::vector<std::string> metrics;      // summary figures (scenario/sweep_range.hpp)
  int replications = 5;
  SweepMode mode = SweepMode::sim;
  double time_scale = 0;  // threads: real seconds per simulated second (<= 0: chosen)
};

struct SweepPoint {
  int index = 0;                              // curve * x count + x
  int x = 0;                                  // index into vary[0]'s values
  int curve = 0;                              // index into vary[1]'s values (0 with one vary)
  std::vector<scenario::Override> overrides;  // the vary values of this point
  scenario::Scenario scenario;                // validated; seed: replication 0's
  stats::TheoryCheck theory;                  // predicted closed form, or why none
};

struct SweepPlan {
  SweepSpec spec;
  std::string file;  // the scenario file, as given
  std::string name;  // its stem
  std::string title;
  std::string title_zh;
  std::uint64_t seed = 1;  // the scenario's seed (with --set and --seed applied)
  std::vector<SweepPoint> points;

  int x_count() const { return static_cast<int>(spec.vary[0].values.size()); }
  int curve_count() const {
    return spec.vary.size() > 1 ? static_cast<int>(spec.vary[1].values.size()) : 1;
  }
  // "station.kitchen.staff=4, machine.cores=2"
  std::string describe(const SweepPoint& point) const;
};

struct PlanResult {
  std::optional<SweepPlan> plan;
  scenario::Diagnostics diagnostics;  // a point's errors name the point
};

// The spec a scenario's [[sweep]] suggests (its texts were checked when the file loaded).
SweepSpec suggested_spec(const scenario::SweepSuggestion& suggestion);

// Plans a sweep of the scenario `toml_text` (read from `file`). Every point is loaded
// here, so a bad value is reported before anything runs.
PlanResult plan_sweep(std::string_view toml_text, std::string_view file, SweepSpec spec);

// The seed of replication `r`: the scenario's own for r = 0, then derived from it, the
// same at every point (common random numbers: replication r sees the same customers at
// every point). Fits `--set scenario.seed=N` (below 2^63).
constexpr std::uint64_t replication_seed(std::uint64_t seed, int r) {
  if (r == 0) return seed;
  const std::uint64_t mixed =
      random::mix64(random::mix64(seed ^ 0x5bd1e9955bd1e995ULL) + static_cast<std::uint64_t>(r));
  return mixed >> 1;
}

}  // namespace burgers::sweep
