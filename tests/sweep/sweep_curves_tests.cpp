// A sweep's chart data: which x axis the values make, and figures named in words with
// their keys kept beside them.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "sweep/figure_names.hpp"
#include "sweep/sweep_curves.hpp"
#include "sweep/sweep_plan.hpp"

using namespace burgers;

namespace {

const char* const kQueue =
    "[scenario]\ntitle = \"Queue\"\nseed = 3\n\n[[station]]\nname = \"server\"\nlabel = "
    "\"Server\"\nstaff = 1\n\n[customers]\ncount = 10\narrival = \"exp(20s)\"\n\n"
    "[[customers.step]]\nname = \"serve\"\nstation = \"server\"\nwork = \"exp(10s)\"\n";

// The chart of a planned (not run) sweep: axes and titles, no points yet.
chart::CurveSet curves_of(const std::string& toml, const char* vary, const char* metric,
                          const sweep::CurveWords& words = {}) {
  sweep::SweepSpec spec;
  spec.vary.push_back(*scenario::parse_vary(vary).value);
  spec.metrics.emplace_back(metric);
  spec.replications = 2;
  sweep::PlanResult planned = sweep::plan_sweep(toml, "queue.toml", std::move(spec));
  for (const auto& d : planned.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(planned.plan);
  sweep::SweepResult result;
  result.points.resize(planned.plan->points.size());
  return sweep::sweep_curves(*planned.plan, result, words);
}

}  // namespace

TEST_CASE("numbers and durations make a numeric axis, names make categories") {
  CHECK(curves_of(kQueue, "station.server.staff=1..3", "speedup").x_axis ==
        chart::AxisKind::number);
  const chart::CurveSet exp = curves_of(kQueue, "customers.arrival=exp(20s),exp(30s)", "speedup");
  CHECK(exp.x_axis == chart::AxisKind::seconds);
  CHECK(exp.x_label == "Time between arrivals, mean of exp (customers.arrival)");
  // Two laws (or two values at one x) have no order on one axis: categories, by their text.
  const chart::CurveSet mixed =
      curves_of(kQueue, "customers.arrival=exp(20s),20s,uniform(10s,30s)", "speedup");
  CHECK(mixed.x_axis == chart::AxisKind::category);
  CHECK(mixed.categories == std::vector<std::string>{"exp(20s)", "20s", "uniform(10s,30s)"});
  CHECK(mixed.x_label == "Time between arrivals (customers.arrival)");
}

TEST_CASE("lesson 18's variants are categories named after the variants") {
  std::ifstream in(BURGERS_SOURCE_DIR "/scenarios/18-fastapi-def-vs-async.toml");
  std::stringstream text;
  text << in.rdbuf();
  const chart::CurveSet set =
      curves_of(text.str(), "scenario.variant=async,def,blocking", "customers.mean_sojourn_s");
  CHECK(set.x_axis == chart::AxisKind::category);
  CHECK(set.categories == std::vector<std::string>{"async", "def", "blocking"});
  CHECK(set.x_label == "Variant (scenario.variant)");
  REQUIRE(set.panels.size() == 1);
  CHECK(set.panels[0].title == "Mean time inside, per customer");
  CHECK(set.panels[0].key == "customers.mean_sojourn_s");
}

TEST_CASE("a station's figure is named with the station as the lesson shows it") {
  const chart::CurveSet set =
      curves_of(kQueue, "station.server.staff=1..2", "stations.server.mean_queue_wait_s");
  CHECK(set.x_label == "Server: staff (station.server.staff)");
  REQUIRE(set.panels.size() == 1);
  CHECK(set.panels[0].title == "Server: mean wait in line");
  CHECK(set.panels[0].key == "stations.server.mean_queue_wait_s");
  // The dashboard's words and station names take their place.
  sweep::CurveWords words;
  words.figures.figures["stations.mean_queue_wait_s"] = "{}：平均排隊時間";
  words.station = [](std::string_view) { return std::string("櫃檯"); };
  const chart::CurveSet zh =
      curves_of(kQueue, "station.server.staff=1..2", "stations.server.mean_queue_wait_s", words);
  CHECK(zh.panels[0].title == "櫃檯：平均排隊時間");
}

TEST_CASE("every figure a sweep can follow has English words") {
  const sweep::FigureWords& words = sweep::english_figure_words();
  for (const std::string_view f : scenario::kRunMetrics) CHECK(words.figures.count(f) == 1);
  for (const std::string_view f : scenario::kCustomerMetrics)
    CHECK(words.figures.count("customers." + std::string(f)) == 1);
  for (const std::string_view f : scenario::kStationMetrics)
    CHECK(words.figures.count("stations." + std::string(f)) == 1);
}
