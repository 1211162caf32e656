#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "scenario/loader.hpp"
#include "scenario_test_support.hpp"

using namespace burgers;
using namespace burgers::scenario;
using burgers::testing::kBaseScenario;
using burgers::testing::loaded;
using burgers::testing::with_line;

namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(BURGERS_TEST_DATA) / "scenario";

}  // namespace

TEST_CASE("every lesson in scenarios/ loads without diagnostics") {
  int lessons = 0;
  for (const fs::directory_entry& entry :
       fs::directory_iterator(fs::path(BURGERS_SOURCE_DIR) / "scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    ++lessons;
    const LoadResult result = load_scenario_file(entry.path());
    for (const Diagnostic& d : result.diagnostics) UNSCOPED_INFO(d.to_string());
    REQUIRE(result.ok());
    CHECK(result.scenario->name == entry.path().stem().string());
    CHECK(!result.scenario->groups.empty());
  }
  CHECK(lessons > 0);
}

TEST_CASE("the concurrent burgers lesson loads with the values it states") {
  const LoadResult result =
      load_scenario_file(fs::path(BURGERS_SOURCE_DIR) / "scenarios/03-concurrent-burgers.toml");
  REQUIRE(result.ok());
  const Scenario& s = *result.scenario;
  CHECK(s.title == "Concurrent burgers");
  CHECK(s.title_zh == "並發漢堡");
  CHECK(s.seed == 42);
  REQUIRE(s.stations.size() == 2);
  CHECK(s.stations[1].name == "kitchen");
  CHECK(s.stations[1].label == "Cook");
  CHECK(s.stations[1].label_zh == "廚師");
  REQUIRE(s.groups.size() == 1);
  const CustomerGroup& g = s.groups[0];
  CHECK(g.count == 20);
  CHECK(g.arrival == Distribution::exponential(3 * kMinute));
  CHECK(g.arrival_text == "exp(3min)");
  REQUIRE(g.steps.size() == 3);
  CHECK(g.steps[0].station == 0);
  CHECK(g.steps[0].customer == CustomerMode::blocked);
  CHECK(g.steps[1].station == 1);
  CHECK(g.steps[1].customer == CustomerMode::free);
  CHECK(g.steps[1].work.at(0).duration == Distribution::uniform(2 * kMinute, 3 * kMinute));
  CHECK(g.steps[2].station == -1);
  CHECK(g.steps[2].work.at(0).duration == Distribution::uniform(5 * kMinute, 10 * kMinute));
}

TEST_CASE("omitted optional keys take their documented defaults") {
  const Scenario s = loaded(kBaseScenario);
  CHECK(s.seed == 1);
  CHECK(s.description.empty());
  CHECK(s.machine.cores == 0);
  CHECK(s.machine.quantum == 10 * kMillisecond);
  CHECK(s.machine.context_switch == 0);
  CHECK(s.stations.at(0).label == "Kitchen");
  CHECK_FALSE(s.stations.at(0).async);
  const CustomerGroup& g = s.groups.at(0);
  CHECK(g.name == "customer");
  CHECK(g.label == "Customer");
  CHECK(g.steps.at(0).label == "Cook");
  CHECK(g.steps.at(0).customer == CustomerMode::blocked);
  CHECK(g.steps.at(0).work.at(0).kind == WorkKind::cpu);
}

TEST_CASE("default labels turn '_' and '-' into spaces and capitalise the first letter") {
  const std::string text =
      with_line(13, R"~(name = "order-and_cook")~", with_line(5, R"~(name = "grill_2")~"));
  const Scenario s = loaded(with_line(14, R"~(station = "grill_2")~", text));
  CHECK(s.stations.at(0).label == "Grill 2");
  CHECK(s.groups.at(0).steps.at(0).label == "Order and cook");
}

TEST_CASE("a file using every key loads into the matching values") {
  const LoadResult result = load_scenario_file(kData / "every_key.toml");
  for (const Diagnostic& d : result.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(result.ok());
  const Scenario& s = *result.scenario;
  CHECK(s.description_zh == "所有的鍵。");
  CHECK(s.seed == 7);
  CHECK(s.machine.cores == 2);
  CHECK(s.machine.quantum == 5 * kMillisecond);
  CHECK(s.machine.context_switch == 50 * kMicrosecond);
  CHECK(s.stations.at(0).staff == 2);
  CHECK(s.stations.at(0).async);
  REQUIRE(s.groups.size() == 2);
  const Step& render = s.groups[0].steps.at(0);
  CHECK(render.label == "Render it");
  CHECK(render.label_zh == "繪製");
  CHECK(render.customer == CustomerMode::free);
  REQUIRE(render.work.size() == 3);
  CHECK(render.work[0].kind == WorkKind::cpu);
  CHECK(render.work[1].kind == WorkKind::io);
  CHECK(render.work[1].duration == Distribution::erlang(3, 6 * kMillisecond));
  CHECK(render.work[1].text == "io erlang(3, 6ms)");
  CHECK(render.work[2].duration == Distribution::normal(kMillisecond, 500 * kMicrosecond));
  const CustomerGroup& input = s.groups[1];
  CHECK(input.name == "user-input");
  CHECK(input.label == "User input");
  CHECK(input.count == 0);
  CHECK(input.arrival == Distribution::constant(0));
  CHECK(input.steps.at(0).station == -1);
  CHECK(input.steps.at(0).work.at(0).duration == Distribution::lognormal(2 * kSecond, kSecond));
  CHECK(s.customer_count() == 10);
}

TEST_CASE("a scenario may have no stations when every step is the customer's own") {
  const std::string text = with_line(4, "", with_line(5, "", with_line(6, "", with_line(14, ""))));
  const Scenario s = loaded(text);
  CHECK(s.stations.empty());
  CHECK(s.groups.at(0).steps.at(0).station == -1);
}

TEST_CASE("the scenario's name is the file stem and its path the file as given") {
  const fs::path path = kData / "minimal.toml";
  const LoadResult result = load_scenario_file(path);
  REQUIRE(result.ok());
  CHECK(result.scenario->name == "minimal");
  CHECK(result.scenario->path == path.string());
  CHECK(result.scenario->groups.at(0).arrival == Distribution::constant(kMinute));
  const Scenario from_text = loaded(kBaseScenario);
  CHECK(from_text.name == "test");
  CHECK(from_text.path == "test.toml");
}

TEST_CASE("a missing file is one diagnostic naming the path without a position") {
  const LoadResult result = load_scenario_file(kData / "no_such_file.toml");
  CHECK_FALSE(result.ok());
  REQUIRE(result.diagnostics.size() == 1);
  const Diagnostic& d = result.diagnostics[0];
  CHECK(d.file == (kData / "no_such_file.toml").string());
  CHECK(d.line == 0);
  CHECK(d.message == "cannot open file");
  CHECK(d.to_string() == d.file + ": cannot open file");
}

TEST_CASE("a directory given as the scenario file is reported, not read") {
  const LoadResult result = load_scenario_file(kData);
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].message == "cannot open file: it is a directory");
}

TEST_CASE("a TOML syntax error in a file is reported at its position") {
  const LoadResult result = load_scenario_file(kData / "syntax_error.toml");
  REQUIRE(result.diagnostics.size() == 1);
  CHECK(result.diagnostics[0].to_string() ==
        (kData / "syntax_error.toml").string() + ":3:15: '=' is not a number, a date or a time");
}
