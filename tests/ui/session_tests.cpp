#include <catch2/catch.hpp>

#include <fstream>
#include <thread>

#include "support/run_process.hpp"
#include "ui/session.hpp"

using namespace burgers;
using namespace burgers::ui;
using burgers::testing::ScratchDir;
namespace fs = std::filesystem;

namespace {

const char* kGood = R"TOML(
[scenario]
title = "Desk"
seed = 3
[[station]]
name = "desk"
staff = 1
[customers]
count = 50
arrival = "exp(1min)"
[[customers.step]]
name = "ask"
station = "desk"
work = "exp(50s)"
)TOML";

void write(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << text;
}

std::vector<Time> arrivals(const run::Simulation& sim) {
  std::vector<Time> out;
  for (const trace::Span& s : sim.trace()->spans) {
    if (s.state == trace::State::arrived) out.push_back(s.start);
  }
  return out;
}

}  // namespace

TEST_CASE("a slider change re-runs from time 0 with the same customers") {
  ScratchDir tmp("session-slider");
  write(tmp.path() / "desk.toml", kGood);
  Session session(tmp.path() / "desk.toml");
  REQUIRE(session.loaded());
  session.simulation()->run();
  const auto before = arrivals(*session.simulation());
  const Time wait_before = session.simulation()->summary().stations[0].mean_queue_wait;
  session.set_staff(0, 3);
  CHECK(session.effective().stations[0].staff == 3);
  CHECK(session.simulation()->now() == 0);
  session.simulation()->run();
  CHECK(arrivals(*session.simulation()) == before);
  CHECK(session.simulation()->summary().stations[0].mean_queue_wait < wait_before);
}

TEST_CASE("the arrival slider scales the gaps between customers") {
  ScratchDir tmp("session-arrivals");
  write(tmp.path() / "desk.toml", kGood);
  Session session(tmp.path() / "desk.toml");
  CHECK(session.arrivals_per_minute(0) == Approx(1.0));
  session.set_arrival_factor(0, 2.0);
  CHECK(session.arrivals_per_minute(0) == Approx(2.0));
  session.simulation()->run();
  CHECK(session.simulation()->summary().customers.arrived == 50);
}

TEST_CASE("a broken file on reload keeps the last good run and reports its errors") {
  ScratchDir tmp("session-reload");
  const fs::path file = tmp.path() / "desk.toml";
  write(file, kGood);
  Session session(file);
  session.simulation()->run();
  const Time end = session.simulation()->now();
  std::string broken = kGood;
  broken.replace(broken.find("staff = 1"), 9, "staff = 0");
  write(file, broken);
  CHECK_FALSE(session.reload());
  REQUIRE(session.errors().size() == 1);
  CHECK(session.errors()[0].line == 7);
  CHECK(session.errors()[0].message.find("staff") != std::string::npos);
  CHECK(session.loaded());
  CHECK(session.simulation()->now() == end);  // the last good run is still there
  write(file, kGood + std::string("\n# edited\n"));
  CHECK(session.reload());
  CHECK(session.errors().empty());
}

TEST_CASE("a reload keeps the slider values when the stations are the same") {
  ScratchDir tmp("session-keep");
  const fs::path file = tmp.path() / "desk.toml";
  write(file, kGood);
  Session session(file);
  session.set_staff(0, 4);
  write(file, std::string(kGood) + "\n");
  REQUIRE(session.reload());
  CHECK(session.params().staff[0] == 4);
}

TEST_CASE("a change on disk is noticed") {
  ScratchDir tmp("session-watch");
  const fs::path file = tmp.path() / "desk.toml";
  write(file, kGood);
  Session session(file);
  CHECK_FALSE(session.changed_on_disk());
  write(file, std::string(kGood) + "\n# a comment that changes the size\n");
  CHECK(session.changed_on_disk());
}

TEST_CASE("a file that never loaded gives a session with errors and no run") {
  ScratchDir tmp("session-bad");
  const fs::path file = tmp.path() / "bad.toml";
  write(file, "[scenario]\ntitle = 3\n");
  Session session(file);
  CHECK_FALSE(session.loaded());
  CHECK(session.simulation() == nullptr);
  CHECK_FALSE(session.errors().empty());
}

TEST_CASE("slider values reach the scenario as --set overrides, validated like the command line") {
  ScratchDir tmp("session-overrides");
  write(tmp.path() / "desk.toml", kGood);
  Session session(tmp.path() / "desk.toml", {{"customers.count", "20"}});
  REQUIRE(session.loaded());
  CHECK(session.param_overrides().size() == 1);  // only the command line's so far
  REQUIRE(session.set_staff(0, 3));
  REQUIRE(session.set_arrival_factor(0, 2.0));
  const auto overrides = session.param_overrides();
  REQUIRE(overrides.size() == 3);
  CHECK(overrides[0].key == "customers.count");
  CHECK(overrides[1].key == "station.desk.staff");
  CHECK(overrides[1].value == "3");
  CHECK(overrides[2].key == "customers.arrival");
  CHECK(overrides[2].value == "exp(30s)");  // twice as many a minute: half the mean gap
  CHECK(session.effective().customer_count() == 20);
  CHECK(session.effective().stations[0].staff == 3);
  // The same overrides through the loader give the same scenario as the sliders.
  const auto loaded = scenario::load_scenario_file(tmp.path() / "desk.toml", overrides);
  REQUIRE(loaded.ok());
  CHECK(loaded.scenario->groups[0].arrival == session.effective().groups[0].arrival);
}

TEST_CASE("a slider value the scenario refuses keeps the run and says why") {
  ScratchDir tmp("session-refused");
  write(tmp.path() / "desk.toml", kGood);
  Session session(tmp.path() / "desk.toml");
  session.simulation()->run();
  const Time end = session.simulation()->now();
  CHECK_FALSE(session.set_staff(0, 0));  // staff must be at least 1, as for --set
  REQUIRE_FALSE(session.errors().empty());
  CHECK(session.errors()[0].file.find("--set station.desk.staff=0") != std::string::npos);
  CHECK(session.params().staff[0] == 1);
  CHECK(session.simulation()->now() == end);
}
