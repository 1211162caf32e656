#include <catch2/catch.hpp>

#include <map>
#include <vector>

#include "engine/frame_pool.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using scenario::CustomerMode;
using trace::State;

namespace {

// Spans of one agent, by name, as (state, start, end).
std::vector<std::tuple<State, Time, Time>> spans_of(const trace::Trace& t,
                                                    const std::string& name) {
  std::vector<std::tuple<State, Time, Time>> out;
  for (const trace::Span& s : t.spans) {
    if (t.agent_name(s.agent) == name) out.emplace_back(s.state, s.start, s.end);
  }
  return out;
}

}  // namespace

TEST_CASE("one cashier serves customers first come, first served, with exact times") {
  const auto s = ScenarioBuilder()
                     .station("cashier", 1)
                     .customers(3, fixed(1 * kMinute))
                     .step("order", "cashier", {cpu(fixed(2 * kMinute))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  REQUIRE(sim.finished());
  REQUIRE_FALSE(sim.failed());
  const trace::Trace& t = *sim.trace();
  using T = std::tuple<State, Time, Time>;
  CHECK(spans_of(t, "Customer 2") ==
        std::vector<T>{{State::arrived, 2 * kMinute, 2 * kMinute},
                       {State::queued_blocked, 2 * kMinute, 3 * kMinute},
                       {State::served_blocked, 3 * kMinute, 5 * kMinute},
                       {State::done, 5 * kMinute, 5 * kMinute}});
  CHECK(spans_of(t, "cashier 1") == std::vector<T>{{State::idle, 0, 1 * kMinute},
                                                   {State::busy, 1 * kMinute, 3 * kMinute},
                                                   {State::busy, 3 * kMinute, 5 * kMinute},
                                                   {State::busy, 5 * kMinute, 7 * kMinute}});
  // (The idle span begun at the very end, 7 min, would last no time: it is not kept.)
  const stats::Summary sum = sim.summary();
  CHECK(sum.end_time == 7 * kMinute);
  CHECK(sum.customers.arrived == 3);
  CHECK(sum.customers.served == 3);
  // Arrivals at 1, 2, 3 min; service 2 min: sojourns 2, 3, 4 min; waits 0, 1, 2 min.
  CHECK(sum.customers.mean_sojourn == 3 * kMinute);
  CHECK(sum.customers.mean_blocked == 3 * kMinute);
  CHECK(sum.customers.mean_free == 0);
  REQUIRE(sum.stations.size() == 1);
  CHECK(sum.stations[0].served == 3);
  CHECK(sum.stations[0].mean_queue_wait == 1 * kMinute);
  CHECK(sum.stations[0].queue_wait.p50 == 1 * kMinute);
  CHECK(sum.stations[0].queue_wait.p99 == 2 * kMinute);
  CHECK(sum.stations[0].max_queue_length == 1);
  CHECK(sum.stations[0].utilization == Approx(6.0 / 7.0));
  CHECK(sum.stations[0].mean_queue_length == Approx(3.0 / 7.0));
}

TEST_CASE("free customers wait with a number while blocked ones stand in line") {
  const auto s = ScenarioBuilder()
                     .station("cashier", 1)
                     .station("kitchen", 1)
                     .customers(2, Distribution::constant(0))
                     .step("order", "cashier", {cpu(fixed(1 * kMinute))})
                     .step("cook", "kitchen", {cpu(fixed(4 * kMinute))}, CustomerMode::free)
                     .step("eat", "", {cpu(fixed(10 * kMinute))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  const trace::Trace& t = *sim.trace();
  using T = std::tuple<State, Time, Time>;
  CHECK(spans_of(t, "Customer 2") ==
        std::vector<T>{{State::arrived, 0, 0},
                       {State::queued_blocked, 0, 1 * kMinute},
                       {State::served_blocked, 1 * kMinute, 2 * kMinute},
                       {State::queued_free, 2 * kMinute, 5 * kMinute},
                       {State::served_free, 5 * kMinute, 9 * kMinute},
                       {State::own_activity, 9 * kMinute, 19 * kMinute},
                       {State::done, 19 * kMinute, 19 * kMinute}});
  const stats::Summary sum = sim.summary();
  // Customer 1: blocked 1, free 4, own 10; customer 2: blocked 2, free 7, own 10.
  CHECK(sum.customers.mean_blocked == 90 * kSecond);
  CHECK(sum.customers.mean_free == 330 * kSecond);
  CHECK(sum.customers.mean_own == 10 * kMinute);
  CHECK(sum.customers.mean_sojourn ==
        sum.customers.mean_blocked + sum.customers.mean_free + sum.customers.mean_own);
  CHECK(sum.customers.makespan == 19 * kMinute);
}

TEST_CASE("changing a station's staff leaves every customer's arrival and work unchanged") {
  auto build = [](int cooks) {
    return ScenarioBuilder()
        .seed(7)
        .station("cashier", 1)
        .station("kitchen", cooks)
        .customers(200, Distribution::exponential(2 * kMinute))
        .step("order", "cashier", {cpu(Distribution::uniform(30 * kSecond, 90 * kSecond))})
        .step("cook", "kitchen", {cpu(Distribution::exponential(4 * kMinute))}, CustomerMode::free)
        .build();
  };
  auto facts = [](const trace::Trace& t) {
    std::map<std::string, std::pair<Time, Time>> out;  // arrival, cooking time
    for (const trace::Span& s : t.spans) {
      const std::string who = t.agent_name(s.agent);
      if (s.state == State::arrived) out[who].first = s.start;
      if (s.state == State::served_free) out[who].second = s.end - s.start;
    }
    return out;
  };
  run::Simulation one(build(1));
  one.run();
  run::Simulation four(build(4));
  four.run();
  CHECK(facts(*one.trace()) == facts(*four.trace()));
  CHECK(one.summary().customers.mean_sojourn > four.summary().customers.mean_sojourn);
}

TEST_CASE("the same scenario and seed give the same run, another seed another run") {
  auto build = [](std::uint64_t seed) {
    return ScenarioBuilder()
        .seed(seed)
        .station("desk", 2)
        .customers(300, Distribution::exponential(1 * kMinute))
        .step("ask", "desk", {cpu(Distribution::lognormal(90 * kSecond, 30 * kSecond))})
        .build();
  };
  run::Simulation a(build(3)), b(build(3)), c(build(4));
  a.run();
  b.run();
  c.run();
  CHECK(a.events() == b.events());
  CHECK(a.summary().customers.mean_sojourn == b.summary().customers.mean_sojourn);
  CHECK(a.trace()->spans.size() == b.trace()->spans.size());
  CHECK(a.summary().customers.mean_sojourn != c.summary().customers.mean_sojourn);
}

TEST_CASE(
    "a blocking station holds its staff through io and an async one serves others meanwhile") {
  auto build = [](bool async) {
    return ScenarioBuilder()
        .station("loop", 1, async)
        .customers(3, Distribution::constant(0))
        .step("request", "loop",
              {cpu(fixed(1 * kSecond)), io(fixed(10 * kSecond)), cpu(fixed(1 * kSecond))})
        .build();
  };
  run::Simulation blocking(build(false));
  blocking.run();
  CHECK(blocking.summary().customers.makespan == 36 * kSecond);
  run::Simulation async(build(true));
  async.run();
  // cpu 0-1, 1-2, 2-3 for the three; their io ends at 11, 12, 13; second cpu 11-12, 12-13, 13-14.
  CHECK(async.summary().customers.makespan == 14 * kSecond);
  const trace::Trace& t = *async.trace();
  using T = std::tuple<State, Time, Time>;
  // Zero-length spans (idle at 0, idle at the end) are not recorded.
  CHECK(spans_of(t, "loop 1") == std::vector<T>{{State::busy, 0, 1 * kSecond},
                                                {State::busy, 1 * kSecond, 2 * kSecond},
                                                {State::busy, 2 * kSecond, 3 * kSecond},
                                                {State::idle, 3 * kSecond, 11 * kSecond},
                                                {State::busy, 11 * kSecond, 12 * kSecond},
                                                {State::busy, 12 * kSecond, 13 * kSecond},
                                                {State::busy, 13 * kSecond, 14 * kSecond}});
  CHECK(async.summary().stations[0].utilization == Approx(6.0 / 14.0));
}

TEST_CASE("an async member finishes its resumed jobs before taking new ones") {
  const auto s =
      ScenarioBuilder()
          .station("loop", 1, true)
          .customers(2, fixed(1 * kSecond))
          .step("request", "loop", {io(fixed(500 * kMillisecond)), cpu(fixed(2 * kSecond))})
          .build();
  run::Simulation sim(s);
  sim.run();
  // C1 arrives at 1, io until 1.5, cpu 1.5-3.5. C2 arrives at 2 and waits: its io starts at 3.5.
  const trace::Trace& t = *sim.trace();
  using T = std::tuple<State, Time, Time>;
  CHECK(spans_of(t, "Customer 2") ==
        std::vector<T>{{State::arrived, 2 * kSecond, 2 * kSecond},
                       {State::queued_blocked, 2 * kSecond, 3500 * kMillisecond},
                       {State::awaiting_blocked, 3500 * kMillisecond, 4 * kSecond},
                       {State::served_blocked, 4 * kSecond, 6 * kSecond},
                       {State::done, 6 * kSecond, 6 * kSecond}});
}

TEST_CASE("own activities need no station and no staff") {
  const auto s = ScenarioBuilder()
                     .customers(4, fixed(1 * kMinute))
                     .step("walk", "", {cpu(fixed(3 * kMinute)), io(fixed(2 * kMinute))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  const stats::Summary sum = sim.summary();
  CHECK(sum.customers.served == 4);
  CHECK(sum.customers.mean_own == 5 * kMinute);
  CHECK(sum.end_time == 9 * kMinute);
  CHECK(sum.stations.empty());
}

TEST_CASE("a run without trace keeps the same statistics") {
  const auto s = ScenarioBuilder()
                     .seed(11)
                     .station("cashier", 2)
                     .customers(500, Distribution::exponential(1 * kMinute))
                     .step("order", "cashier", {cpu(Distribution::exponential(100 * kSecond))})
                     .build();
  run::Simulation with(s);
  with.run();
  run::Simulation without(s, run::RunOptions{false, {}});
  without.run();
  CHECK(without.trace() == nullptr);
  const auto a = with.summary();
  const auto b = without.summary();
  CHECK(a.events == b.events);
  CHECK(a.customers.mean_sojourn == b.customers.mean_sojourn);
  CHECK(a.stations[0].utilization == b.stations[0].utilization);
  CHECK(a.stations[0].mean_queue_length == b.stations[0].mean_queue_length);
}

TEST_CASE("a finished or abandoned simulation frees every coroutine frame") {
  const auto before = engine::FramePool::live_frames();
  const auto s = ScenarioBuilder()
                     .station("cashier", 3)
                     .customers(1000, Distribution::exponential(10 * kSecond))
                     .step("order", "cashier", {cpu(Distribution::exponential(25 * kSecond))})
                     .build();
  {
    run::Simulation sim(s);
    sim.run();
  }
  CHECK(engine::FramePool::live_frames() == before);
  {
    run::Simulation sim(s);
    sim.advance(30 * kMinute, 1000000);  // stop half way: customers are still inside
    CHECK_FALSE(sim.finished());
  }
  CHECK(engine::FramePool::live_frames() == before);
}

TEST_CASE("stepping the simulation event by event gives the same result as running it") {
  const auto s = ScenarioBuilder()
                     .seed(5)
                     .station("cashier", 1)
                     .customers(50, Distribution::exponential(1 * kMinute))
                     .step("order", "cashier", {cpu(Distribution::exponential(50 * kSecond))})
                     .build();
  run::Simulation a(s);
  a.run();
  run::Simulation b(s);
  while (b.step()) {
  }
  CHECK(b.finished());
  CHECK(a.events() == b.events());
  CHECK(a.summary().customers.mean_sojourn == b.summary().customers.mean_sojourn);
}
