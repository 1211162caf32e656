// Sweeps end to end in the library: points equal single runs, output bytes do not depend
// on the number of jobs, intervals cover the closed form at the stated rate, speedup.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <set>
#include <string>

#include "export/output_files.hpp"
#include "export/text_exports.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "support/run_process.hpp"
#include "sweep/sweep_curves.hpp"
#include "sweep/sweep_plan.hpp"
#include "sweep/sweep_result.hpp"
#include "sweep/sweep_runner.hpp"
#include "sweep_export/sweep_exports.hpp"

using namespace burgers;

namespace {

// One station fed by Poisson arrivals (a gap of `gap`); service exponential, mean 1 min.
std::string queue_toml(const std::string& gap, int staff, int customers) {
  return "[scenario]\ntitle = \"Queue\"\nseed = 3\n\n[[station]]\nname = \"server\"\nstaff = " +
         std::to_string(staff) + "\n\n[customers]\ncount = " + std::to_string(customers) +
         "\narrival = \"exp(" + gap +
         ")\"\n\n[[customers.step]]\nname = \"serve\"\nstation = "
         "\"server\"\nwork = \"exp(1min)\"\n";
}

sweep::SweepSpec spec_of(std::initializer_list<const char*> vary,
                         std::initializer_list<const char*> metrics, int replications) {
  sweep::SweepSpec spec;
  for (const char* v : vary) spec.vary.push_back(*scenario::parse_vary(v).value);
  for (const char* m : metrics) spec.metrics.emplace_back(m);
  spec.replications = replications;
  return spec;
}

std::shared_ptr<const sweep::SweepPlan> plan_of(const std::string& toml, sweep::SweepSpec spec) {
  sweep::PlanResult planned = sweep::plan_sweep(toml, "queue.toml", std::move(spec));
  for (const auto& d : planned.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(planned.plan);
  return std::make_shared<const sweep::SweepPlan>(std::move(*planned.plan));
}

}  // namespace

TEST_CASE("a sweep's points equal single runs with the same --set and seed") {
  const std::string toml = queue_toml("20s", 4, 3000);
  auto plan = plan_of(toml, spec_of({"station.server.staff=4..5", "customers.count=1000,3000"},
                                    {"customers.mean_sojourn_s"}, 3));
  sweep::SweepRunner runner(plan);
  runner.start(2);
  runner.wait();
  REQUIRE(runner.completed() == runner.total());
  CHECK(runner.record(runner.slot(0, 0, false)).seed == 3);  // replication 1: the file's seed
  for (const sweep::SweepPoint& point : plan->points) {
    for (int r = 0; r < 3; ++r) {
      const sweep::RunRecord& record = runner.record(runner.slot(point.index, r, false));
      std::vector<scenario::Override> sets = point.overrides;
      sets.push_back({"scenario.seed", std::to_string(record.seed)});
      const scenario::LoadResult single = scenario::load_scenario_text(toml, "queue.toml", sets);
      REQUIRE(single.ok());
      run::Simulation sim(*single.scenario);
      sim.run();
      INFO(plan->describe(point) << ", replication " << r + 1);
      CHECK(exporter::summary_json(sim.summary()) == exporter::summary_json(record.summary));
    }
  }
}

TEST_CASE("a sweep's files are byte-identical whatever the number of jobs") {
  const std::string toml = queue_toml("20s", 4, 2000);
  auto plan = plan_of(toml, spec_of({"station.server.staff=4..7"},
                                    {"stations.server.mean_queue_wait_s", "speedup"}, 4));
  std::string outputs[2];
  for (const int jobs : {1, 2}) {
    sweep::SweepRunner runner(plan);
    runner.start(jobs);
    runner.wait();
    const sweep::SweepResult result = sweep::collect(runner);
    const chart::CurveChartModel chart = exporter::sweep_chart(*plan, result);
    outputs[jobs - 1] = exporter::sweep_csv(runner) + exporter::sweep_json(runner, result) +
                        exporter::curve_svg(chart) + exporter::curve_png(chart).bytes +
                        exporter::sweep_html(*plan, result, chart);
  }
  CHECK(outputs[0].size() > 10000);
  CHECK(outputs[0] == outputs[1]);
  // Figures are headed in words, their keys beside them (the station as the file names it).
  CHECK(outputs[0].find("<h2>Server: mean wait in line <code>stations.server.mean_queue_wait_s"
                        "</code></h2>") != std::string::npos);
  CHECK(outputs[0].find("<h2>Speedup over the first point <code>speedup</code></h2>") !=
        std::string::npos);
}

TEST_CASE("95% intervals of M/M/1 and M/M/3 points cover the closed form at about that rate") {
  // 60 independent sweeps (base seeds 1..60) of three points, ten replications each: the
  // share of intervals that hold the closed form should be near 95%. A wrong quantile (z
  // for t), a wrong standard deviation or biased seeds would pull it far off.
  const std::string toml = queue_toml("2min", 1, 4000);
  int covered = 0;
  int intervals = 0;
  for (int seed = 1; seed <= 60; ++seed) {
    sweep::SweepSpec spec = spec_of({"customers.arrival=exp(2min),exp(85.714286s)"},
                                    {"stations.server.mean_queue_wait_s"}, 10);
    spec.sets.push_back({"scenario.seed", std::to_string(seed)});
    auto plan = plan_of(toml, spec);
    sweep::SweepRunner runner(plan);
    runner.start(2);
    runner.wait();
    for (const sweep::PointResult& p : sweep::collect(runner).points) {
      REQUIRE(p.simulated[0].theory);
      ++intervals;
      if (p.simulated[0].interval.contains(*p.simulated[0].theory)) ++covered;
    }
    // The M/M/3 point: three servers at 2.4 arrivals a minute (rho 0.8).
    sweep::SweepSpec mmc =
        spec_of({"station.server.staff=3"}, {"stations.server.mean_queue_wait_s"}, 10);
    mmc.sets.push_back({"scenario.seed", std::to_string(seed)});
    mmc.sets.push_back({"customers.arrival", "exp(25s)"});
    auto plan3 = plan_of(toml, mmc);
    REQUIRE(plan3->points[0].theory.model == "M/M/3");
    sweep::SweepRunner runner3(plan3);
    runner3.start(2);
    runner3.wait();
    const sweep::MetricPoint m = sweep::collect(runner3).points[0].simulated[0];
    ++intervals;
    if (m.interval.contains(*m.theory)) ++covered;
  }
  const double rate = static_cast<double>(covered) / intervals;
  std::printf("coverage of the closed form by 95%% intervals: %d of %d (%.1f%%)\n", covered,
              intervals, rate * 100);
  CHECK(rate >= 0.88);
  CHECK(rate <= 0.99);
}

TEST_CASE("speedup is the first point's makespan over each point's, replication by replication") {
  const std::string toml =
      "[scenario]\ntitle = \"Rooms\"\n\n[[station]]\nname = \"cleaners\"\nstaff = 1\n\n"
      "[customers]\ncount = 8\narrival = \"const(0s)\"\n\n[[customers.step]]\nname = \"clean\"\n"
      "station = \"cleaners\"\nwork = \"15min\"\n";
  auto plan = plan_of(toml, spec_of({"station.cleaners.staff=1,2,4,8"}, {"speedup"}, 2));
  sweep::SweepRunner runner(plan);
  runner.start(2);
  runner.wait();
  const sweep::SweepResult result = sweep::collect(runner);
  const double expected[] = {1, 2, 4, 8};
  for (int p = 0; p < 4; ++p) {
    const sweep::MetricPoint& m = result.points[static_cast<std::size_t>(p)].simulated[0];
    CHECK(m.interval.mean == Approx(expected[p]));
    CHECK(m.interval.n == 2);
    CHECK(m.interval.sd == 0);
    CHECK_FALSE(m.theory);
  }
  // The chart draws the ideal line beside the simulated one.
  const chart::CurveSet curves = sweep::sweep_curves(*plan, result);
  REQUIRE(curves.panels.size() == 1);
  CHECK(curves.panels[0].curves[0].role == chart::CurveRole::ideal);
  CHECK(curves.panels[0].curves[0].points.back().y == 8);
}

TEST_CASE("a point that does not load is named, at its place in --vary") {
  sweep::PlanResult planned =
      sweep::plan_sweep(queue_toml("20s", 4, 100), "queue.toml",
                        spec_of({"station.server.staff=2,0,3"}, {"speedup"}, 2));
  CHECK_FALSE(planned.plan);
  REQUIRE(planned.diagnostics.size() == 1);
  CHECK(planned.diagnostics[0].to_string() ==
        "--vary station.server.staff=2,0,3:1:24: point 2 of 3 (station.server.staff=0): "
        "station[0].staff: must be at least 1, got 0");
  planned =
      sweep::plan_sweep(queue_toml("20s", 4, 100), "queue.toml",
                        spec_of({"station.server.staff=1..2"}, {"stations.srv.utilization"}, 2));
  REQUIRE(planned.diagnostics.size() == 1);
  CHECK(planned.diagnostics[0].to_string() ==
        "--metric stations.srv.utilization:1:1: unknown station 'srv' (stations: server): write "
        "stations.NAME.FIGURE");
}

TEST_CASE("a stopped sweep leaves the runs it did not finish unpublished") {
  auto plan = plan_of(queue_toml("20s", 4, 2000000),
                      spec_of({"station.server.staff=4..7"}, {"customers.mean_sojourn_s"}, 4));
  sweep::SweepRunner runner(plan);
  runner.start(2);
  runner.stop();
  runner.wait();
  CHECK(runner.stopped());
  CHECK(runner.completed() < runner.total());
}

TEST_CASE("a sweep's files on a full disk leave no file, no temporary and no folder") {
  auto plan = plan_of(queue_toml("20s", 4, 500),
                      spec_of({"station.server.staff=4..5"}, {"customers.mean_sojourn_s"}, 2));
  sweep::SweepRunner runner(plan);
  runner.start(1);
  runner.wait();
  burgers::testing::ScratchDir tmp("sweep-disk-full");
  exporter::WriteGuard guard;
  guard.set_space_for_tests(3'000);  // sweep.csv fits; sweep.json does not
  const auto result = exporter::write_sweep_outputs(
      tmp.path() / "a" / "b", exporter::SweepFormatSet::all(), runner, &guard);
  CHECK_FALSE(result.ok);
  INFO(result.error);
  CHECK(result.error.find("No space left on device") != std::string::npos);
  CHECK(result.written.empty());
  CHECK(std::filesystem::is_empty(tmp.path()));  // not even a/
  // With room, the same write makes all five files.
  const auto whole = exporter::write_sweep_outputs(tmp.path() / "a" / "b",
                                                   exporter::SweepFormatSet::all(), runner);
  CHECK(whole.ok);
  CHECK(whole.written.size() == 5);
}
