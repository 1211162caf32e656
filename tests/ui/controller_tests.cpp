#include <catch2/catch.hpp>

#include <fstream>

#include "support/run_process.hpp"
#include "ui/controller.hpp"

using namespace burgers;
using namespace burgers::ui;
using burgers::testing::ScratchDir;
namespace fs = std::filesystem;

namespace {

const char* kScenario = R"(
[scenario]
title = "Two desks"
seed = 9
[[station]]
name = "desk"
staff = 2
[customers]
count = 30
arrival = "1min"
[[customers.step]]
name = "ask"
station = "desk"
work = "3min"
)";

struct Fixture {
  ScratchDir tmp{"controller"};
  AppState state;
  Controller controller{state};
  Fixture() {
    std::ofstream(tmp.path() / "desks.toml") << kScenario;
    REQUIRE(controller.open((tmp.path() / "desks.toml").string(), 0));
  }
  Time end() { return state.main->simulation()->now(); }
};

}  // namespace

TEST_CASE("playing advances the clock by real time times speed") {
  Fixture f;
  f.state.clock.speed = 60;  // a simulated minute per real second
  f.controller.apply(Command::of(CommandKind::toggle_play));
  CHECK(f.state.clock.playing);
  f.controller.tick(0.5);
  CHECK(f.state.clock.view == 30 * kSecond);
  f.controller.tick(1.0);
  CHECK(f.state.clock.view == 90 * kSecond);
  CHECK(f.state.main->simulation()->now() <= 90 * kSecond);
  CHECK(f.state.main->simulation()->next_time() > 90 * kSecond);
}

TEST_CASE("playing stops at the end of the run") {
  Fixture f;
  f.state.clock.speed = 10000;
  f.controller.apply(Command::of(CommandKind::toggle_play));
  for (int i = 0; i < 100 && f.state.clock.playing; ++i) f.controller.tick(1.0);
  CHECK_FALSE(f.state.clock.playing);
  CHECK(f.state.main->simulation()->finished());
  CHECK(f.state.clock.view == f.end());
  // Two desks serve a pair every 3 minutes: customer 30 starts at 44 min and leaves at 47.
  CHECK(f.state.clock.view == 47 * kMinute);
}

TEST_CASE("jump to end runs the simulation out even when paused") {
  Fixture f;
  f.controller.apply(Command::of(CommandKind::jump_to_end));
  for (int i = 0; i < 100 && f.state.clock.to_end; ++i) f.controller.tick(0.016);
  CHECK(f.state.main->simulation()->finished());
  CHECK(f.state.clock.view == f.end());
}

TEST_CASE("stepping runs one event at a time, and moves through the trace after a scrub back") {
  Fixture f;
  f.controller.apply(Command::of(CommandKind::step));
  CHECK(f.state.main->simulation()->events() == 1);
  CHECK(f.state.clock.view == kMinute);
  f.controller.apply(Command::of(CommandKind::jump_to_end));
  for (int i = 0; i < 100 && f.state.clock.to_end; ++i) f.controller.tick(0.016);
  f.controller.apply(Command::time_of(CommandKind::set_view_time, 90 * kSecond));
  CHECK(f.state.clock.view == 90 * kSecond);
  const auto events = f.state.main->simulation()->events();
  f.controller.apply(Command::of(CommandKind::step));
  CHECK(f.state.clock.view == 2 * kMinute);  // the next change in the trace: customer 2 arrives
  CHECK(f.state.main->simulation()->events() == events);
}

TEST_CASE("restart goes back to time 0 with the same customers") {
  Fixture f;
  f.controller.apply(Command::of(CommandKind::jump_to_end));
  for (int i = 0; i < 100 && f.state.clock.to_end; ++i) f.controller.tick(0.016);
  const auto end = f.end();
  f.controller.apply(Command::of(CommandKind::restart));
  CHECK(f.state.clock.view == 0);
  CHECK(f.state.main->simulation()->now() == 0);
  f.controller.apply(Command::of(CommandKind::jump_to_end));
  for (int i = 0; i < 100 && f.state.clock.to_end; ++i) f.controller.tick(0.016);
  CHECK(f.end() == end);
}

TEST_CASE("a slider change while paused catches the run up to the clock's time") {
  Fixture f;
  f.controller.apply(Command::time_of(CommandKind::set_view_time, 10 * kMinute));
  f.controller.tick(0.016);
  CHECK(f.state.main->simulation()->now() <= 10 * kMinute);
  CHECK(f.state.main->simulation()->next_time() > 10 * kMinute);
  f.controller.apply(Command::value_of(CommandKind::set_staff, 5, 0, 0));
  CHECK(f.state.main->effective().stations[0].staff == 5);
  CHECK(f.state.clock.view == 10 * kMinute);  // the view keeps its time
  f.controller.tick(0.016);
  CHECK(f.state.main->simulation()->next_time() > 10 * kMinute);
}

TEST_CASE("choosing a variant re-runs the lesson and keeps the clock, like a slider") {
  Fixture f;
  std::ofstream(f.tmp.path() / "desks.toml", std::ios::app)
      << "[[variant]]\nname = \"two\"\nlabel = \"Two desks\"\n"
      << "[[variant]]\nname = \"one\"\nlabel = \"One desk\"\n"
      << "set = [\"station.desk.staff=1\"]\n";
  f.controller.apply(Command::of(CommandKind::reload));
  REQUIRE(f.state.main->base().variants.size() == 2);
  f.controller.apply(Command::time_of(CommandKind::set_view_time, 10 * kMinute));
  f.controller.tick(0.016);
  f.controller.apply(Command::text_of(CommandKind::set_variant, "one"));
  CHECK(f.state.main->effective().variant == "one");
  CHECK(f.state.main->effective().stations[0].staff == 1);
  CHECK(f.state.clock.view == 10 * kMinute);
  f.controller.tick(0.016);
  CHECK(f.state.main->simulation()->next_time() > 10 * kMinute);
  f.controller.apply(Command::text_of(CommandKind::set_variant, "three"));
  CHECK(f.state.main->effective().variant == "one");
  CHECK(f.state.status.find("unknown variant 'three'") != std::string::npos);
  // Compared with itself, each side runs its own variant on the shared clock.
  f.controller.apply(
      Command::text_of(CommandKind::open_scenario, (f.tmp.path() / "desks.toml").string(), 1));
  REQUIRE(f.state.other != nullptr);
  f.controller.apply(Command::text_of(CommandKind::set_variant, "two", 1));
  CHECK(f.state.other->effective().stations[0].staff == 2);
  CHECK(f.state.main->effective().stations[0].staff == 1);
}

TEST_CASE("comparing runs a second scenario on the same clock with the same seed") {
  Fixture f;
  f.controller.apply(
      Command::text_of(CommandKind::open_scenario, (f.tmp.path() / "desks.toml").string(), 1));
  REQUIRE(f.state.other != nullptr);
  f.controller.apply(Command::value_of(CommandKind::set_staff, 1, 1, 0));
  f.controller.apply(Command::seed_of(77));
  CHECK(f.state.main->params().seed == 77);
  CHECK(f.state.other->params().seed == 77);
  f.state.clock.speed = 600;
  f.controller.apply(Command::of(CommandKind::toggle_play));
  f.controller.tick(1.0);
  CHECK(f.state.clock.view == 10 * kMinute);
  CHECK(f.state.other->simulation()->next_time() > 10 * kMinute);
  f.controller.apply(Command::of(CommandKind::close_compare));
  CHECK(f.state.other == nullptr);
}

TEST_CASE("a scenario that does not load leaves the current one and says why") {
  Fixture f;
  std::ofstream(f.tmp.path() / "bad.toml") << "[scenario]\n";
  f.controller.apply(
      Command::text_of(CommandKind::open_scenario, (f.tmp.path() / "bad.toml").string()));
  CHECK(f.state.main->effective().title == "Two desks");
  CHECK(f.state.status.find("bad.toml") != std::string::npos);
}

TEST_CASE("the default speed plays a lesson in about half a minute") {
  Fixture f;
  const double speed = Controller::default_speed(f.state.main->effective());
  // 30 customers a minute apart plus a 3-minute job: about 33 minutes over 30 s is ~66x.
  CHECK(speed == 50);
}

TEST_CASE("the export command writes the chosen files of the current run") {
  Fixture f;
  f.controller.apply(Command::of(CommandKind::jump_to_end));
  for (int i = 0; i < 100 && f.state.clock.to_end; ++i) f.controller.tick(0.016);
  const fs::path out = f.tmp.path() / "export";
  f.controller.apply(Command::text_of(CommandKind::export_run, out.string(), 0, 0b000011));
  CHECK(fs::exists(out / "summary.json"));
  CHECK(fs::exists(out / "events.csv"));
  CHECK_FALSE(fs::exists(out / "timeline.png"));
}
