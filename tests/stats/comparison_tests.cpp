#include <catch2/catch.hpp>

#include "stats/comparison.hpp"

using namespace burgers;
using stats::Figure;

namespace {

const stats::FigureNames kNames{"makespan", "time inside", "%s mean wait", "Utilization: %s"};

}  // namespace

TEST_CASE("a figure's name puts the station where the medium's words say") {
  CHECK(stats::figure_name({Figure::makespan, -1}, kNames, "") == "makespan");
  CHECK(stats::figure_name({Figure::mean_sojourn, -1}, kNames, "") == "time inside");
  CHECK(stats::figure_name({Figure::mean_queue_wait, 0}, kNames, "Counter") == "Counter mean wait");
  CHECK(stats::figure_name({Figure::utilization, 1}, kNames, "Kitchen") == "Utilization: Kitchen");
}

TEST_CASE("a station named with a percent sign is not read as a placeholder") {
  CHECK(stats::figure_name({Figure::utilization, 0}, kNames, "100%s") == "Utilization: 100%s");
}

TEST_CASE("the comparison lists makespan, time inside, then each station's wait and use") {
  stats::Summary a;
  stats::Summary b;
  a.stations.resize(2);
  b.stations.resize(2);
  const auto rows = stats::compare_runs(a, b);
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].figure == Figure::makespan);
  CHECK(rows[1].figure == Figure::mean_sojourn);
  CHECK(rows[2].figure == Figure::mean_queue_wait);
  CHECK(rows[2].station == 0);
  CHECK(rows[5].figure == Figure::utilization);
  CHECK(rows[5].station == 1);
}
