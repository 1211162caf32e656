#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "scenario/loader.hpp"
#include "scenario_test_support.hpp"

using namespace burgers;
using namespace burgers::scenario;
using burgers::testing::errors_of;
using burgers::testing::kBaseScenario;
using burgers::testing::loaded;
using burgers::testing::with_line;
using Errors = std::vector<std::string>;

namespace {

// "KEY=VALUE" as the command line gives it, through parse_override.
Override set(const std::string& text) {
  Diagnostic error;
  const std::optional<Override> o = parse_override(text, error);
  INFO(error.to_string());
  REQUIRE(o.has_value());
  return *o;
}

// Two groups, as in the coroutine lessons.
constexpr const char* kTwoGroups = R"~([scenario]
title = "Two groups"

[[station]]
name = "main"
staff = 1

[[customers]]
name = "frame"
count = 40
arrival = "16ms"

[[customers.step]]
name = "render"
station = "main"
work = "cpu 4ms"

[[customers]]
name = "task"
count = 1
arrival = "100ms"

[[customers.step]]
name = "run"
station = "main"
work = ["cpu 2ms", "io 300ms", "cpu 2ms"]
)~";

}  // namespace

TEST_CASE("parse_override splits at the first '=' and rejects a missing key or '='") {
  Diagnostic error;
  const std::optional<Override> o = parse_override("customers.arrival=a=b", error);
  REQUIRE(o.has_value());
  CHECK(o->key == "customers.arrival");
  CHECK(o->value == "a=b");
  CHECK(parse_override("customers.arrival=", error)->value.empty());
  CHECK_FALSE(parse_override("station.kitchen.staff", error));
  CHECK(error.to_string() ==
        "--set station.kitchen.staff:1:1: expected KEY=VALUE, e.g. station.kitchen.staff=4");
  CHECK_FALSE(parse_override("=4", error));
  CHECK(error.to_string() ==
        "--set =4:1:1: missing key before '=': write KEY=VALUE, e.g. station.kitchen.staff=4");
}

TEST_CASE("scenario.KEY overrides set the header values") {
  const Scenario s =
      loaded(kBaseScenario, {set("scenario.seed=7"), set("scenario.title=Lunch rush"),
                             set("scenario.description_zh=\"午餐\"")});
  CHECK(s.seed == 7);
  CHECK(s.title == "Lunch rush");
  CHECK(s.description_zh == "午餐");
}

TEST_CASE("machine.KEY overrides create the [machine] table when the file has none") {
  const Scenario s = loaded(kBaseScenario, {set("machine.cores=2"), set("machine.quantum=5ms"),
                                            set("machine.context_switch=\"1us\"")});
  CHECK(s.machine.cores == 2);
  CHECK(s.machine.quantum == 5 * kMillisecond);
  CHECK(s.machine.context_switch == kMicrosecond);
}

TEST_CASE("station.NAME.KEY overrides change that station only") {
  const std::string text = with_line(0, "[[station]]\nname = \"cashier\"\nstaff = 1");
  const Scenario s =
      loaded(text, {set("station.kitchen.staff=4"), set("station.kitchen.async=true"),
                    set("station.cashier.label=Till")});
  CHECK(s.stations.at(0).staff == 4);
  CHECK(s.stations.at(0).async);
  CHECK(s.stations.at(1).staff == 1);
  CHECK(s.stations.at(1).label == "Till");
}

TEST_CASE("customers.KEY and customers.step.NAME.KEY overrides change the single group") {
  const Scenario s =
      loaded(kBaseScenario, {set("customers.count=500"), set("customers.arrival=exp(30s)"),
                             set(R"~(customers.step.cook.work=["io 1s","cpu 2s"])~"),
                             set("customers.step.cook.customer=free")});
  const CustomerGroup& g = s.groups.at(0);
  CHECK(g.count == 500);
  CHECK(g.arrival == Distribution::exponential(30 * kSecond));
  CHECK(g.arrival_text == "exp(30s)");
  REQUIRE(g.steps.at(0).work.size() == 2);
  CHECK(g.steps[0].work[0].kind == WorkKind::io);
  CHECK(g.steps[0].work[1].duration == Distribution::constant(2 * kSecond));
  CHECK(g.steps[0].customer == CustomerMode::free);
  // The single group may also be named, by its name or the default "customer".
  CHECK(loaded(kBaseScenario, {set("customers.customer.count=3")}).groups.at(0).count == 3);
}

TEST_CASE("customers.GROUP.KEY overrides address one of several groups") {
  const Scenario s =
      loaded(kTwoGroups, {set("customers.frame.count=2"), set("customers.task.step.run.work=io 5s"),
                          set("customers.task.label=Function B")});
  CHECK(s.groups.at(0).count == 2);
  CHECK(s.groups.at(1).label == "Function B");
  REQUIRE(s.groups.at(1).steps.at(0).work.size() == 1);
  CHECK(s.groups[1].steps[0].work[0].kind == WorkKind::io);
  CHECK(s.groups[1].steps[0].work[0].duration == Distribution::constant(5 * kSecond));
}

TEST_CASE("a later override of the same key wins") {
  CHECK(loaded(kBaseScenario, {set("customers.count=5"), set("customers.count=6")})
            .groups.at(0)
            .count == 6);
}

TEST_CASE("override values go through the same checks as the file, reported at the value") {
  CHECK(errors_of(kBaseScenario, {set("station.kitchen.staff=0")}) ==
        Errors{"--set station.kitchen.staff=0:1:23: station[0].staff: must be at least 1, got 0"});
  CHECK(errors_of(kBaseScenario, {set("customers.arrival=expo(30s)")}) ==
        Errors{"--set customers.arrival=expo(30s):1:19: customers.arrival: unknown distribution "
               "'expo' (did you "
               "mean 'exp'?)"});
  CHECK(errors_of(kBaseScenario, {set("customers.arrival=\"exp(0s)\"")}) ==
        Errors{"--set customers.arrival=\"exp(0s)\":1:24: customers.arrival: the mean of exp must "
               "be greater than 0, "
               "got '0s'"});
  CHECK(errors_of(kBaseScenario, {set(R"~(customers.step.cook.work=["io 1s", "cpu 2"])~")}) ==
        Errors{"--set customers.step.cook.work=[\"io 1s\", \"cpu 2\"]:1:41: "
               "customers.step[0].work[1]: missing unit in "
               "'2': write 2s, 2min, ..."});
  CHECK(
      errors_of(kBaseScenario, {set("customers.count=abc")}) ==
      Errors{"--set customers.count=abc:1:17: customers.count: expected an integer, got a string"});
  CHECK(errors_of(kBaseScenario, {set("machine.quantum=10")}) ==
        Errors{"--set machine.quantum=10:1:17: machine.quantum: missing unit in '10': write 10s, "
               "10min, ..."});
}

TEST_CASE(
    "an unknown station, group or step in an override is reported at its name with a suggestion") {
  CHECK(
      errors_of(kBaseScenario, {set("station.kichen.staff=4")}) ==
      Errors{
          "--set station.kichen.staff=4:1:9: unknown station 'kichen' (did you mean 'kitchen'?)"});
  CHECK(errors_of(kBaseScenario, {set("customers.step.cok.work=1s")}) ==
        Errors{"--set customers.step.cok.work=1s:1:16: unknown step 'cok' (did you mean 'cook'?)"});
  CHECK(errors_of(kTwoGroups, {set("customers.frme.count=1")}) ==
        Errors{"--set customers.frme.count=1:1:11: unknown customer group 'frme' (did you mean "
               "'frame'?)"});
  CHECK(errors_of(kTwoGroups, {set("customers.count=1")}) ==
        Errors{"--set customers.count=1:1:11: there are several customer groups: name one, e.g. "
               "customers.frame.count (groups: frame, task)"});
}

TEST_CASE("an unknown key in an override is reported at the key with a suggestion") {
  CHECK(errors_of(kBaseScenario, {set("station.kitchen.staf=4")}) ==
        Errors{"--set station.kitchen.staf=4:1:17: unknown key 'staf' in [[station]] (did you mean "
               "'staff'?)"});
  CHECK(
      errors_of(kBaseScenario, {set("machine.cpus=1")}) ==
      Errors{
          "--set machine.cpus=1:1:9: unknown key 'cpus' in [machine] (valid keys: cores, quantum, "
          "context_switch, gil, switch_interval)"});
  CHECK(errors_of(kBaseScenario, {set("scenarios.seed=1")}) ==
        Errors{"--set scenarios.seed=1:1:1: unknown key 'scenarios' (did you mean 'scenario'?): "
               "write scenario.KEY, "
               "machine.KEY, station.NAME.KEY or customers.KEY"});
  CHECK(errors_of(kBaseScenario, {set("customers.step.cook.wrok=1s")}) ==
        Errors{"--set customers.step.cook.wrok=1s:1:21: unknown key 'wrok' in [[customers.step]] "
               "(did you mean "
               "'work'?)"});
}

TEST_CASE("malformed override keys are reported at the offending part") {
  CHECK(
      errors_of(kBaseScenario, {set("machine.cores.x=1")}) ==
      Errors{
          "--set machine.cores.x=1:1:15: too many parts in 'machine.cores.x': write machine.KEY"});
  CHECK(
      errors_of(kBaseScenario, {set("station.kitchen=4")}) ==
      Errors{
          "--set station.kitchen=4:1:1: incomplete key 'station.kitchen': write station.NAME.KEY"});
  CHECK(errors_of(kBaseScenario, {set("customers.step.cook=1s")}) ==
        Errors{"--set customers.step.cook=1s:1:1: incomplete key 'customers.step.cook': write "
               "customers.step.NAME.KEY"});
  CHECK(errors_of(kBaseScenario, {set("station..staff=1")}) ==
        Errors{"--set station..staff=1:1:9: empty part in key 'station..staff'"});
  CHECK(errors_of("machine = 5\n" + std::string(kBaseScenario), {set("machine.cores=1")}) ==
        Errors{"--set machine.cores=1:1:1: cannot set machine.cores: 'machine' in the file is not "
               "a table",
               "test.toml:1:11: machine: expected a table ([machine]), got an integer"});
}

TEST_CASE("problems in the file and in overrides are all reported") {
  CHECK(errors_of(with_line(6, "staff = 0"), {set("customers.count=-1")}) ==
        Errors{"test.toml:6:9: station[0].staff: must be at least 1, got 0",
               "--set customers.count=-1:1:17: customers.count: must be at least 0, got -1"});
}
