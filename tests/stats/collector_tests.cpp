#include <catch2/catch.hpp>

#include "run/simulation.hpp"
#include "stats/summarize.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

TEST_CASE("summarizing a stored trace gives the same figures as the streamed run") {
  const auto s =
      ScenarioBuilder()
          .seed(9)
          .station("cashier", 2)
          .station("kitchen", 3, true)
          .customers(3000, Distribution::exponential(20 * kSecond))
          .step("order", "cashier", {cpu(Distribution::uniform(10 * kSecond, 50 * kSecond))})
          .step("cook", "kitchen",
                {cpu(fixed(5 * kSecond)), io(Distribution::exponential(kMinute)),
                 cpu(fixed(5 * kSecond))},
                scenario::CustomerMode::free)
          .step("eat", "", {cpu(Distribution::normal(5 * kMinute, kMinute))})
          .build();
  run::Simulation sim(s);
  sim.run();
  const stats::Summary streamed = sim.summary();
  const stats::Summary replayed = stats::summarize_trace(*sim.trace(), sim.events());
  CHECK(replayed.end_time == streamed.end_time);
  CHECK(replayed.customers.arrived == streamed.customers.arrived);
  CHECK(replayed.customers.served == streamed.customers.served);
  CHECK(replayed.customers.mean_sojourn == streamed.customers.mean_sojourn);
  CHECK(replayed.customers.mean_blocked == streamed.customers.mean_blocked);
  CHECK(replayed.customers.mean_free == streamed.customers.mean_free);
  CHECK(replayed.customers.mean_own == streamed.customers.mean_own);
  CHECK(replayed.customers.sojourn.p90 == streamed.customers.sojourn.p90);
  for (std::size_t i = 0; i < streamed.stations.size(); ++i) {
    CHECK(replayed.stations[i].served == streamed.stations[i].served);
    CHECK(replayed.stations[i].utilization ==
          Approx(streamed.stations[i].utilization).epsilon(1e-12));
    CHECK(replayed.stations[i].mean_queue_wait == streamed.stations[i].mean_queue_wait);
    CHECK(replayed.stations[i].mean_queue_length ==
          Approx(streamed.stations[i].mean_queue_length).epsilon(1e-12));
    CHECK(replayed.stations[i].queue_wait.p99 == streamed.stations[i].queue_wait.p99);
    CHECK(replayed.stations[i].cpu_time == streamed.stations[i].cpu_time);
    CHECK(replayed.stations[i].io_blocked_time == streamed.stations[i].io_blocked_time);
    CHECK(replayed.stations[i].core_wait_time == streamed.stations[i].core_wait_time);
  }
}

TEST_CASE("a warm-up leaves early customers out and averages over the rest of the time") {
  // One server, a customer every minute needing 2 minutes: the line grows steadily.
  const auto s = ScenarioBuilder()
                     .station("desk", 1)
                     .customers(10, fixed(kMinute))
                     .step("ask", "desk", {cpu(fixed(2 * kMinute))})
                     .build();
  run::Simulation all(s);
  all.run();
  run::Simulation late(s, run::RunOptions{false, {5 * kMinute}});
  late.run();
  const auto a = all.summary();
  const auto l = late.summary();
  CHECK(a.customers.arrived == 10);
  CHECK(l.customers.arrived == 6);  // arrivals at 5..10 min
  CHECK(l.customers.served == 6);
  // Customer k arrives at k min and leaves at (2k + 1) min: sojourn k + 1.
  CHECK(a.customers.mean_sojourn == 65 * kSecond * 60 / 10);
  CHECK(l.customers.mean_sojourn == (6 + 7 + 8 + 9 + 10 + 11) * kMinute / 6);
  CHECK(l.stations[0].utilization == Approx(1.0));  // busy all of [5, 21] min
  CHECK(a.stations[0].utilization == Approx(20.0 / 21.0));
}

TEST_CASE("live figures count open spans up to the current time") {
  const auto s = ScenarioBuilder()
                     .station("desk", 2)
                     .customers(2, Distribution::constant(0))
                     .step("ask", "desk", {cpu(fixed(10 * kMinute))})
                     .build();
  run::Simulation sim(s);
  sim.advance(5 * kMinute, 100);
  CHECK(sim.collector().staff_busy(0) == 2);
  CHECK(sim.collector().queue_length(0) == 0);
  const stats::Summary half = sim.collector().summarize(5 * kMinute, sim.events());
  CHECK(half.stations[0].utilization == Approx(1.0));
  CHECK(half.stations[0].busy_time == 10 * kMinute);
}

TEST_CASE("busy time splits into computing, blocked on I/O and waiting for a core") {
  // Two threads share one core: each computes 2 min, waits 3 min on I/O, computes 1 min.
  // One computes while the other waits for the core, so 3 min of waiting for a core in all.
  const auto s = ScenarioBuilder()
                     .station("pool", 2)
                     .customers(2, Distribution::constant(0))
                     .step("job", "pool",
                           {cpu(fixed(2 * kMinute)), io(fixed(3 * kMinute)), cpu(fixed(kMinute))})
                     .cores(1, kMinute)
                     .build();
  run::Simulation sim(s);
  sim.run();
  const stats::StationSummary& pool = sim.summary().stations[0];
  CHECK(pool.cpu_time == 6 * kMinute);
  CHECK(pool.io_blocked_time == 6 * kMinute);
  CHECK(pool.core_wait_time > 0);
  CHECK(pool.cpu_time + pool.io_blocked_time + pool.core_wait_time == pool.busy_time);
}

TEST_CASE("each customer group has its own figures, streamed or replayed alike") {
  // Four frames every 10 ms take 1 ms each; one task arrives at 15 ms and holds the thread
  // for 20 ms: the frames due at 20 and 30 ms wait behind it.
  const auto s = ScenarioBuilder()
                     .station("main", 1)
                     .customers(4, fixed(10 * kMillisecond), "frame")
                     .step("render", "main", {cpu(fixed(kMillisecond))})
                     .customers(1, fixed(15 * kMillisecond), "task")
                     .step("run", "main", {io(fixed(20 * kMillisecond))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  const stats::Summary summary = sim.summary();
  REQUIRE(summary.groups.size() == 2);
  const stats::GroupSummary& frames = summary.groups[0];
  const stats::GroupSummary& task = summary.groups[1];
  CHECK(frames.name == "frame");
  CHECK(frames.arrived == 4);
  CHECK(frames.served == 4);
  // Frames at 10 and 40 ms take 1 ms; those at 20 and 30 ms end at 36 and 37 ms.
  CHECK(frames.mean_sojourn == (1 + 16 + 7 + 1) * kMillisecond / 4);
  CHECK(frames.sojourn.p90 == 16 * kMillisecond);
  CHECK(frames.first_arrival == 10 * kMillisecond);
  CHECK(frames.makespan == 41 * kMillisecond);
  CHECK(frames.throughput == Approx(4 / 0.031));
  CHECK(task.served == 1);
  CHECK(task.mean_sojourn == 20 * kMillisecond);
  CHECK(task.makespan == 35 * kMillisecond);
  CHECK(task.throughput == Approx(1 / 0.020));
  const stats::Summary replayed = stats::summarize_trace(*sim.trace(), sim.events());
  REQUIRE(replayed.groups.size() == 2);
  for (std::size_t g = 0; g < 2; ++g) {
    CHECK(replayed.groups[g].served == summary.groups[g].served);
    CHECK(replayed.groups[g].mean_sojourn == summary.groups[g].mean_sojourn);
    CHECK(replayed.groups[g].sojourn.p90 == summary.groups[g].sojourn.p90);
    CHECK(replayed.groups[g].makespan == summary.groups[g].makespan);
    CHECK(replayed.groups[g].throughput == summary.groups[g].throughput);
  }
}
