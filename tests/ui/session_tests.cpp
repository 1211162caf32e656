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

TEST_CASE("a file whose run would not fit in memory is refused like a file with an error") {
  ScratchDir tmp("session-memory");
  const fs::path file = tmp.path() / "huge.toml";
  write(file, kGood);
  Session session(file);
  REQUIRE(session.loaded());
  // A billion customers all at once need far more than any machine has.
  std::string huge = kGood;
  huge.replace(huge.find("count = 50"), 10, "count = 1000000000");
  huge.replace(huge.find("exp(1min)"), 9, "0s");
  huge.replace(huge.find("exp(50s)"), 8, "1ms");
  write(file, huge);
  CHECK_FALSE(session.reload());
  REQUIRE(session.errors().size() == 1);
  INFO(session.errors()[0].message);
  CHECK(session.errors()[0].message.find("this run would need about") != std::string::npos);
  CHECK(session.errors()[0].message.find("1000000000 customers in the restaurant at once") !=
        std::string::npos);
  CHECK(session.effective().groups[0].count == 50);  // the last good run stays
}

TEST_CASE("the staff slider cannot pass the limit on staff over all stations") {
  ScratchDir tmp("session-staff");
  const fs::path file = tmp.path() / "desk.toml";
  write(file, kGood);
  Session session(file);
  CHECK_FALSE(session.set_staff(0, 1'000'000));
  CHECK(session.params().staff[0] == 1);
  REQUIRE_FALSE(session.errors().empty());
  CHECK(session.errors()[0].message.find("too large (limit 10000)") != std::string::npos);
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

namespace {

// kGood with two variants: "calm" (the file as written) and "busy" (two desks, faster).
const std::string kVariants = std::string(kGood) + R"TOML(
[[variant]]
name = "calm"
label = "Calm"
[[variant]]
name = "busy"
label = "Busy"
label_zh = "忙碌"
set = ["station.desk.staff=2", "customers.arrival=exp(30s)"]
)TOML";

}  // namespace

TEST_CASE("choosing a variant re-runs from time 0 with its sets, and the sliders follow it") {
  ScratchDir tmp("session-variant");
  write(tmp.path() / "desk.toml", kVariants);
  Session session(tmp.path() / "desk.toml");
  REQUIRE(session.loaded());
  CHECK(session.base().variant == "calm");
  session.set_seed(11);
  session.simulation()->run();
  REQUIRE(session.set_variant("busy"));
  CHECK(session.base().variant == "busy");
  CHECK(session.effective().variant == "busy");
  CHECK(session.simulation()->now() == 0);
  // The staff slider starts from the variant's value; the seed stays.
  CHECK(session.params().staff == std::vector<int>{2});
  CHECK(session.effective().stations[0].staff == 2);
  CHECK(session.params().seed == 11);
  CHECK(session.effective().seed == 11);
  CHECK(session.arrivals_per_minute(0) == Approx(2.0));
  // A slider on top of the variant, and the overrides a sweep would start from.
  REQUIRE(session.set_staff(0, 3));
  CHECK(session.effective().stations[0].staff == 3);
  CHECK(session.effective().variant == "busy");
  const auto overrides = session.param_overrides();
  REQUIRE(overrides.size() == 3);
  CHECK(overrides[0].key == "scenario.variant");
  CHECK(overrides[0].value == "busy");
  // Back to the first: its own value for the slider the variant sets.
  REQUIRE(session.set_variant("calm"));
  CHECK(session.effective().stations[0].staff == 1);
  CHECK(session.arrivals_per_minute(0) == Approx(1.0));
}

TEST_CASE("an unknown variant is refused and the run stays") {
  ScratchDir tmp("session-variant-unknown");
  write(tmp.path() / "desk.toml", kVariants);
  Session session(tmp.path() / "desk.toml");
  CHECK_FALSE(session.set_variant("bussy"));
  REQUIRE_FALSE(session.errors().empty());
  CHECK(session.errors().front().message.find("did you mean 'busy'") != std::string::npos);
  CHECK(session.base().variant == "calm");
}

TEST_CASE("a file that loses the chosen variant reloads with its own") {
  ScratchDir tmp("session-variant-reload");
  const fs::path file = tmp.path() / "desk.toml";
  write(file, kVariants);
  Session session(file);
  REQUIRE(session.set_variant("busy"));
  std::string renamed = kVariants;
  renamed.replace(renamed.find("\"busy\""), 6, "\"rush\"");
  write(file, renamed);
  REQUIRE(session.reload());
  CHECK(session.errors().empty());
  CHECK(session.base().variant == "calm");
}
