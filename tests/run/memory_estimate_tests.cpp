// The memory estimate a run is refused by: customers in the restaurant at once, the trace
// and what is made from it, the real-threads run.
#include <catch2/catch.hpp>

#include <string>

#include "run/memory_estimate.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using random::Distribution;

namespace {

scenario::Scenario desk(std::int64_t customers, Distribution arrival, Time service, int staff = 1) {
  return testing::ScenarioBuilder("desk")
      .station("desk", staff)
      .customers(customers, arrival)
      .step("ask", "desk", {testing::cpu(testing::fixed(service))})
      .build();
}

}  // namespace

TEST_CASE("customers who all arrive at time 0 are all in the restaurant at once") {
  const auto e = run::estimate_memory(desk(10'000'000, testing::fixed(0), kSecond), {});
  CHECK(e.parked_customers == 10'000'000);
  // Measured: 2.5 GB of peak memory for this run with --formats summary.
  CHECK(e.total_bytes == Approx(2.6e9).epsilon(0.05));
  CHECK(e.trace_bytes == 0);
  CHECK(e.describe().find("10000000 customers in the restaurant at once") != std::string::npos);
}

TEST_CASE("customers arriving slower than they are served are few at a time") {
  // One a minute, served in a second: about one in the restaurant, whatever the count.
  const auto e =
      run::estimate_memory(desk(1'000'000'000, Distribution::exponential(kMinute), kSecond), {});
  CHECK(e.parked_customers < 2);
  CHECK(e.total_bytes < 100e6);
}

TEST_CASE("an overloaded station keeps a line that grows with the customers") {
  // Arrivals every second, two seconds of service: half of them are still waiting.
  const auto e = run::estimate_memory(desk(1'000'000, testing::fixed(kSecond), 2 * kSecond), {});
  CHECK(e.parked_customers == Approx(500'000).epsilon(0.01));
  // Two staff keep up.
  const auto two =
      run::estimate_memory(desk(1'000'000, testing::fixed(kSecond), 2 * kSecond, 2), {});
  CHECK(two.parked_customers < 10);
}

TEST_CASE("the trace and the timelines count only when the outputs need them") {
  const auto s = desk(1'000'000, Distribution::exponential(kMinute), kSecond);
  run::MemoryNeeds needs;
  const double without = run::estimate_memory(s, needs).total_bytes;
  needs.trace = true;
  const auto with = run::estimate_memory(s, needs);
  // A customer at one station: arrived, queued, served, done, and the staff's busy, idle.
  CHECK(with.spans == Approx(6e6));
  CHECK(with.total_bytes - without == Approx(with.trace_bytes));
  needs.output_bytes_per_lane = 1000;
  needs.output_bytes_per_drawn_span = 10;
  const auto drawn = run::estimate_memory(s, needs);
  CHECK(drawn.lanes == 1 + 200 + 2);  // staff, 200 customers, station and group headers
  CHECK(drawn.image_bytes == Approx(drawn.lanes * 1000 + drawn.lanes * 600 * 10));
  needs.threads = true;
  CHECK(run::estimate_memory(s, needs).threads_bytes > 1e6 * 100);
}

TEST_CASE("available memory is known on Linux and bytes read well") {
  const auto available = run::available_memory();
  REQUIRE(available);
  CHECK(*available > 0);
  CHECK(run::format_bytes(2.45e9) == "2.5 GB");
  CHECK(run::format_bytes(850e6) == "850 MB");
}
