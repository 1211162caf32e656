// [[sweep]] tables in scenario files: suggested sweeps, checked like --set, every error
// at its file:line:column.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/scenario_test_support.hpp"

using namespace burgers;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::loaded;
using burgers::testing::with_line;

namespace {

using Errors = std::vector<std::string>;

std::string with_sweep(const std::string& table) {
  return std::string(kBaseScenario) + "\n[[sweep]]\n" + table;
}

}  // namespace

TEST_CASE("a scenario suggests sweeps with [[sweep]] tables") {
  const scenario::Scenario s = loaded(with_sweep(
      "vary = \"station.kitchen.staff=1..4\"\nmetric = [\"customers.mean_sojourn_s\", "
      "\"speedup\"]\ntitle = \"More cooks\"\ntitle_zh = \"更多廚師\"\nreplications = 8\n"
      "\n[[sweep]]\nvary = [\"station.kitchen.staff=1,2\", \"customers.arrival=exp(1s),2s\"]\n"));
  REQUIRE(s.sweeps.size() == 2);
  CHECK(s.sweeps[0].vary == std::vector<std::string>{"station.kitchen.staff=1..4"});
  CHECK(s.sweeps[0].metrics == std::vector<std::string>{"customers.mean_sojourn_s", "speedup"});
  CHECK(s.sweeps[0].title == "More cooks");
  CHECK(s.sweeps[0].title_zh == "更多廚師");
  CHECK(s.sweeps[0].replications == 8);
  CHECK(s.sweeps[1].vary.size() == 2);
  CHECK(s.sweeps[1].metrics.empty());
}

TEST_CASE("[[sweep]] errors name the key and point at the text") {
  // The table starts on line 17 (kBaseScenario has 15 lines, then a blank one).
  CHECK(errors_of(with_sweep("vary = \"station.kitchen.staff=1..x\"\n")) ==
        Errors{"test.toml:18:34: sweep[0].vary: expected a whole number after '..', e.g. "
               "station.kitchen.staff=1..8"});
  CHECK(errors_of(with_sweep("vary = \"station.kitchn.staff=1..3\"\n")) ==
        Errors{"test.toml:18:17: sweep[0].vary: unknown station 'kitchn' (did you mean "
               "'kitchen'?)"});
  CHECK(errors_of(with_sweep("vary = \"station.kitchen.staff=1,0,2\"\n")) ==
        Errors{"test.toml:18:33: sweep[0].vary: station.kitchen.staff=0: station[0].staff: must "
               "be at least 1, got 0"});
  CHECK(errors_of(with_sweep("vary = \"machine.cores=1..2\"\nmetric = \"customers.sojourn\"\n")) ==
        Errors{"test.toml:19:10: sweep[0].metric: unknown figure 'sojourn' of customers "
               "(figures: arrived, served, mean_sojourn_s, mean_blocked_s, mean_free_s, "
               "mean_own_s, sojourn_p50_s, sojourn_p90_s, sojourn_p99_s, makespan_s)"});
  CHECK(errors_of(with_sweep("vary = \"machine.cores=1..2\"\nmetrics = \"speedup\"\n")) ==
        Errors{"test.toml:19:1: unknown key 'metrics' in [[sweep]] (did you mean 'metric'?)"});
  CHECK(errors_of(with_sweep("title = \"No vary\"\n")) ==
        Errors{"test.toml:17:1: sweep[0]: missing required key 'vary'"});
  CHECK(errors_of(with_sweep("vary = [\"machine.cores=1,2\", \"machine.cores=3,4\"]\n")) ==
        Errors{"test.toml:18:30: sweep[0].vary: 'machine.cores' is varied twice: vary two "
               "different keys"});
  CHECK(errors_of(with_sweep("vary = \"machine.cores=1..2\"\nreplications = 0\n")) ==
        Errors{"test.toml:19:16: sweep[0].replications: must be at least 1, got 0"});
}

TEST_CASE("a file with errors of its own does not check its sweeps' values against them") {
  const Errors errors =
      errors_of(with_line(6, "staff = 0", with_sweep("vary = \"station.kitchen.staff=1..2\"\n")));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == "test.toml:6:9: station[0].staff: must be at least 1, got 0");
}
