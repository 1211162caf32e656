// The dashboard's sweep: it runs in the background and publishes points as they finish,
// a click on a point opens that very run in the main view, and the Sweep panel's choices
// come from the lesson's parameters.
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <thread>

#include "export/text_exports.hpp"
#include "run/simulation.hpp"
#include "support/run_process.hpp"
#include "ui/controller.hpp"

using namespace burgers;
using namespace burgers::ui;
using burgers::testing::ScratchDir;

namespace {

const char* kScenario = R"toml(
[scenario]
title = "Desks"
seed = 4
[[station]]
name = "desk"
staff = 2
[customers]
count = 3000
arrival = "exp(40s)"
[[customers.step]]
name = "ask"
station = "desk"
work = "exp(1min)"
[[sweep]]
vary = "station.desk.staff=2..4"
metric = "stations.desk.mean_queue_wait_s"
replications = 3
)toml";

struct Fixture {
  ScratchDir tmp{"sweep-job"};
  AppState state;
  Controller controller{state};
  std::filesystem::path file = tmp.path() / "desks.toml";
  Fixture() {
    std::ofstream(file) << kScenario;
    REQUIRE(controller.open(file.string(), 0));
  }
  // Frames go by (the controller gathers finished points each frame) until the sweep ends.
  bool wait() {
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (state.sweep.running() && std::chrono::steady_clock::now() < until) {
      controller.tick(0.0);
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    controller.tick(0.0);
    return !state.sweep.running();
  }
};

Command sweep_of(const std::string& vary, const std::string& metric, int replications) {
  Command c = Command::text_of(CommandKind::run_sweep, vary);
  c.detail = metric;
  c.value = replications;
  return c;
}

}  // namespace

TEST_CASE("a sweep runs in the background and its snapshot holds every finished run") {
  Fixture f;
  f.controller.apply(sweep_of("station.desk.staff=2..4", "stations.desk.mean_queue_wait_s", 3));
  CHECK(f.state.show_sweep);
  REQUIRE(f.state.sweep.error().empty());
  REQUIRE(f.wait());
  const auto snapshot = f.state.sweep.snapshot();
  REQUIRE(snapshot != nullptr);
  CHECK(snapshot->result.complete);
  REQUIRE(snapshot->result.points.size() == 3);
  for (const sweep::PointResult& p : snapshot->result.points) {
    CHECK(p.simulated[0].interval.n == 3);
    CHECK(p.simulated[0].theory.has_value());  // M/M/2, M/M/3, M/M/4
  }
  CHECK(f.state.sweep.completed() == f.state.sweep.total());
}

TEST_CASE("clicking a point opens that run, the sweep's first replication, in the main view") {
  Fixture f;
  f.controller.apply(Command::seed_of(11));  // the seed on screen is the sweep's
  f.controller.apply(sweep_of("station.desk.staff=2..4", "customers.mean_sojourn_s", 2));
  REQUIRE(f.wait());
  f.controller.apply(Command::value_of(CommandKind::open_sweep_point, 0, 0, 2));
  REQUIRE(f.state.main != nullptr);
  CHECK(f.state.main->effective().stations[0].staff == 4);
  CHECK(f.state.main->effective().seed == 11);
  run::Simulation& sim = *f.state.main->simulation();
  sim.run();
  const auto snapshot = f.state.sweep.snapshot();
  const double mean = snapshot->result.points[2].simulated[0].values[0];
  CHECK(to_seconds(sim.summary().customers.mean_sojourn) == Approx(mean).epsilon(1e-12));
}

TEST_CASE("a wrong value in the Sweep panel is reported, and nothing runs") {
  Fixture f;
  f.controller.apply(sweep_of("station.desk.staff=0..2", "customers.mean_sojourn_s", 2));
  CHECK_FALSE(f.state.sweep.running());
  CHECK(f.state.sweep.error().find("point 1 of 3 (station.desk.staff=0)") != std::string::npos);
  CHECK(f.state.status == f.state.sweep.error());
}

TEST_CASE("stopping a sweep ends it promptly and keeps the points that finished") {
  Fixture f;
  f.controller.apply(sweep_of("station.desk.staff=2..40", "customers.mean_sojourn_s", 50));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto before = std::chrono::steady_clock::now();
  f.controller.apply(Command::of(CommandKind::stop_sweep));
  CHECK(std::chrono::steady_clock::now() - before < std::chrono::seconds(2));
  CHECK_FALSE(f.state.sweep.running());
  CHECK(f.state.sweep.completed() < f.state.sweep.total());
  f.controller.tick(0.0);
  REQUIRE(f.state.sweep.snapshot() != nullptr);
  CHECK_FALSE(f.state.sweep.snapshot()->result.complete);
}

TEST_CASE("a sweep starts from the lesson as on screen: its sliders and its seed") {
  Fixture f;
  f.controller.apply(Command::value_of(CommandKind::set_staff, 3, 0, 0));  // the desk slider
  f.controller.apply(Command::seed_of(7));
  f.controller.apply(sweep_of("customers.count=100,200", "customers.mean_sojourn_s", 1));
  REQUIRE(f.wait());
  const auto snapshot = f.state.sweep.snapshot();
  REQUIRE(snapshot != nullptr);
  for (const sweep::SweepPoint& p : snapshot->plan->points) {
    CHECK(p.scenario.stations[0].staff == 3);
    CHECK(p.scenario.seed == 7);
  }
}
