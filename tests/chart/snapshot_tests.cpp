#include <catch2/catch.hpp>

#include "chart/snapshot.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using namespace burgers::chart;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using scenario::CustomerMode;
using trace::State;

namespace {

scenario::Scenario concurrent_burgers() {
  // Customers at 1, 2, 3 min; ordering takes 2 min (blocked); cooking 5 min (free); eating 10 min.
  return ScenarioBuilder()
      .station("cashier", 1)
      .station("kitchen", 1)
      .customers(3, fixed(kMinute))
      .step("order", "cashier", {cpu(fixed(2 * kMinute))})
      .step("cook", "kitchen", {cpu(fixed(5 * kMinute))}, CustomerMode::free)
      .step("eat", "", {cpu(fixed(10 * kMinute))})
      .build();
}

}  // namespace

TEST_CASE("the snapshot shows who works, who stands in line and who waits with a number") {
  run::Simulation sim(concurrent_burgers());
  sim.run();
  const TraceIndex index(*sim.trace());
  // At 4 min: C1 ordered 1-3 and is being cooked for (3-8); C2 orders (3-5); C3 queued since 3.
  const Snapshot at4 = snapshot_at(*sim.trace(), index, 4 * kMinute);
  REQUIRE(at4.stations.size() == 2);
  CHECK(at4.stations[0].staff_members[0].state == State::busy);
  CHECK(at4.stations[0].staff_members[0].customer ==
        sim.trace()->agents.size() - 2);  // serving customer 2
  REQUIRE(at4.stations[0].line.size() == 1);
  CHECK(at4.stations[0].line[0].number == 3);
  CHECK(at4.stations[1].preparing == std::vector<Ticket>{{1, 0}});
  REQUIRE(at4.customers.size() == 3);
  CHECK(at4.customers[0].state == State::served_free);
  CHECK(at4.customers[1].state == State::served_blocked);
  CHECK(at4.customers[2].state == State::queued_blocked);
  CHECK(at4.arrived == 3);
  CHECK(at4.left == 0);
}

TEST_CASE("scrubbing back in time rebuilds the earlier state exactly") {
  run::Simulation sim(concurrent_burgers());
  sim.run();
  const TraceIndex index(*sim.trace());
  const Snapshot early = snapshot_at(*sim.trace(), index, 90 * kSecond);
  REQUIRE(early.customers.size() == 1);
  CHECK(early.customers[0].state == State::served_blocked);
  CHECK(early.customers[0].since == kMinute);
  CHECK(early.stations[1].staff_members[0].state == State::idle);
  // Customer 1: cooked 3-8 min, eats 8-18 min, leaves at 18.
  const Snapshot at9 = snapshot_at(*sim.trace(), index, 9 * kMinute);
  CHECK(at9.customers[0].state == State::own_activity);
  CHECK(at9.stations[1].last_called == Ticket{1, 0});
  const Snapshot late = snapshot_at(*sim.trace(), index, 19 * kMinute);
  CHECK(late.left == 1);
  CHECK(late.customers.size() == 2);
  const Snapshot end = snapshot_at(*sim.trace(), index, sim.now());
  CHECK(end.customers.empty());
  CHECK(end.left == 3);
}

TEST_CASE("a customer arriving at the snapshot's instant is inside") {
  run::Simulation sim(concurrent_burgers());
  sim.run();
  const TraceIndex index(*sim.trace());
  const Snapshot at1 = snapshot_at(*sim.trace(), index, kMinute);
  REQUIRE(at1.customers.size() == 1);
  CHECK(at1.customers[0].state == State::served_blocked);  // no wait: straight to the counter
  const Snapshot before = snapshot_at(*sim.trace(), index, kMinute - 1);
  CHECK(before.customers.empty());
}

TEST_CASE("snapshots of a long run look only at customers who can be inside") {
  const auto s = ScenarioBuilder()
                     .seed(4)
                     .station("cashier", 2)
                     .customers(50000, Distribution::exponential(30 * kSecond))
                     .step("order", "cashier", {cpu(Distribution::exponential(50 * kSecond))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  const TraceIndex index(*sim.trace());
  const Time t = sim.now() / 2;
  const Snapshot snap = snapshot_at(*sim.trace(), index, t);
  // Cross-check against a brute-force count over every customer.
  std::int64_t inside = 0;
  for (std::size_t i = 0; i < index.indexed_customers(); ++i) {
    if (index.customer_arrival(i) <= t && index.customer_left(i) > t) ++inside;
  }
  CHECK(static_cast<std::int64_t>(snap.customers.size()) == inside);
  CHECK(snap.arrived - snap.left == inside);
  std::int64_t busy = 0;
  for (const AgentAt& a : snap.stations[0].staff_members) busy += a.state == State::busy;
  CHECK(static_cast<std::int64_t>(snap.stations[0].line.size()) + busy == inside);
}

TEST_CASE("a live snapshot shows open spans at the simulation's current time") {
  run::Simulation sim(concurrent_burgers());
  sim.advance(4 * kMinute, 1000);
  const TraceIndex index(*sim.trace());
  const Snapshot snap = snapshot_at(*sim.trace(), index, 4 * kMinute);
  CHECK(snap.customers.size() == 3);
  CHECK(snap.stations[0].staff_members[0].state == State::busy);
}
