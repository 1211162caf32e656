// KEY=RANGE as --vary and [[sweep]] write it, values as numbers for the x axis, and the
// names of the figures a sweep can follow.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/sweep_range.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using scenario::parse_vary;
using scenario::Vary;

namespace {

std::vector<std::string> values_of(const std::string& text) {
  const auto parsed = parse_vary(text);
  INFO(text << ": " << parsed.error.message);
  REQUIRE(parsed.ok());
  std::vector<std::string> out;
  for (const auto& v : parsed.value->values) out.push_back(v.text);
  return out;
}

// "offset: message" of a text that must not parse.
std::string error_of(const std::string& text) {
  const auto parsed = parse_vary(text);
  REQUIRE_FALSE(parsed.ok());
  return std::to_string(parsed.error.offset) + ": " + parsed.error.message;
}

}  // namespace

TEST_CASE("ranges count whole numbers, with an optional step") {
  using V = std::vector<std::string>;
  CHECK(values_of("station.kitchen.staff=1..8") == V{"1", "2", "3", "4", "5", "6", "7", "8"});
  CHECK(values_of("station.kitchen.staff=1..9:2") == V{"1", "3", "5", "7", "9"});
  CHECK(values_of("machine.cores = 0..2") == V{"0", "1", "2"});
  CHECK(parse_vary("station.kitchen.staff=1..8").value->key == "station.kitchen.staff");
  CHECK(parse_vary("station.kitchen.staff=1..8").value->range);
}

TEST_CASE("lists keep values with commas inside parentheses whole") {
  using V = std::vector<std::string>;
  CHECK(values_of("station.kitchen.staff=1,2,4,8") == V{"1", "2", "4", "8"});
  CHECK(values_of("customers.arrival=exp(20s), exp(30s)") == V{"exp(20s)", "exp(30s)"});
  CHECK(values_of("customers.step.cook.work=uniform(30s, 90s),io 2min") ==
        V{"uniform(30s, 90s)", "io 2min"});
  const Vary v = *parse_vary("customers.arrival=exp(20s), exp(30s)").value;
  CHECK(v.values[1].offset == 28);  // where "exp(30s)" is written
  CHECK_FALSE(v.range);
}

TEST_CASE("malformed ranges and lists are errors at the offending character") {
  CHECK(error_of("station.kitchen.staff") ==
        "0: expected KEY=RANGE, e.g. station.kitchen.staff=1..8");
  CHECK(error_of("=1..8") == "0: missing key before '=', e.g. station.kitchen.staff=1..8");
  CHECK(error_of("station.kitchen.staff=") ==
        "22: missing values after '=', e.g. station.kitchen.staff=1..8");
  CHECK(error_of("station.kitchen.staff=8..1") ==
        "22: the range 8..1 is empty: the first value is the smaller");
  CHECK(error_of("station.kitchen.staff=1..x") ==
        "25: expected a whole number after '..', e.g. station.kitchen.staff=1..8");
  CHECK(error_of("station.kitchen.staff=1..9:0") ==
        "27: expected a step of at least 1 after ':', e.g. 1..9:2");
  CHECK(error_of("machine.cores=0.5..2") ==
        "14: a range counts whole numbers: write 1..8, or list other values: 0.5,0.7 or "
        "exp(20s),exp(30s)");
  CHECK(error_of("station.kitchen.staff=1,,2") == "24: empty value in the list (write 1,2,4,8)");
  CHECK(error_of("station.kitchen.staff=1,2,1") == "26: '1' is listed twice");
  CHECK(error_of("customers.count=1..100000") ==
        "16: the range 1..100000 has more than 1000 values");
}

TEST_CASE("errors in a --vary option are diagnostics at their column in it") {
  scenario::Diagnostic d;
  CHECK_FALSE(scenario::parse_vary_option("station.kitchen.staff=1..x", d));
  CHECK(d.to_string() ==
        "--vary station.kitchen.staff=1..x:1:26: expected a whole number after '..', e.g. "
        "station.kitchen.staff=1..8");
}

TEST_CASE("values read as numbers for the x axis: numbers, durations and one-parameter laws") {
  CHECK(scenario::value_number("4")->value == 4);
  CHECK_FALSE(scenario::value_number("4")->seconds);
  CHECK(scenario::value_number("0.75")->value == 0.75);
  CHECK(scenario::value_number("90s")->value == 90);
  CHECK(scenario::value_number("90s")->seconds);
  CHECK(scenario::value_number("exp(2min)")->value == 120);
  CHECK(scenario::value_number("const(1.5s)")->value == 1.5);
  CHECK_FALSE(scenario::value_number("uniform(1s, 2s)"));
  CHECK_FALSE(scenario::value_number("threads"));
}

TEST_CASE("metric names follow summary.json, with hints for misspellings") {
  const scenario::Scenario s =
      testing::ScenarioBuilder("q")
          .station("kitchen", 1)
          .customers(1, random::Distribution::constant(kSecond))
          .step("cook", "kitchen", {testing::cpu(random::Distribution::constant(kSecond))})
          .build();
  CHECK(scenario::metric_problem("speedup", s).empty());
  CHECK(scenario::metric_problem("customers.mean_sojourn_s", s).empty());
  CHECK(scenario::metric_problem("stations.kitchen.utilization", s).empty());
  CHECK(scenario::metric_problem("customers.mean_sojourn", s) ==
        "unknown figure 'mean_sojourn' of customers (did you mean 'mean_sojourn_s'?)");
  CHECK(scenario::metric_problem("stations.kitchn.utilization", s) ==
        "unknown station 'kitchn' (did you mean 'kitchen'?): write stations.NAME.FIGURE");
  CHECK(scenario::metric_problem("speedp", s).find("did you mean 'speedup'") != std::string::npos);
}
