#include <catch2/catch.hpp>

#include <string>
#include <tuple>
#include <vector>

#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using burgers::testing::block;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using trace::State;

namespace {

std::vector<std::tuple<State, Time, Time>> spans_of(const trace::Trace& t,
                                                    const std::string& name) {
  std::vector<std::tuple<State, Time, Time>> out;
  for (const trace::Span& s : t.spans) {
    if (t.agent_name(s.agent) == name && s.start != s.end)
      out.emplace_back(s.state, s.start, s.end);
  }
  return out;
}

// `n` jobs of `work` each, all at time 0, on `n` workers.
ScenarioBuilder pool(int n, std::vector<scenario::Phase> work) {
  ScenarioBuilder b;
  b.station("pool", n).customers(n, Distribution::constant(0), "job").step("run", "pool", work);
  return b;
}

Time makespan(const scenario::Scenario& s) {
  run::Simulation sim(s);
  sim.run();
  REQUIRE_FALSE(sim.failed());
  return sim.summary().customers.makespan;
}

}  // namespace

TEST_CASE("cpu-bound Python threads take N times T under the GIL, whatever the cores") {
  for (int cores : {0, 1, 2, 4, 8}) {
    for (int n : {1, 2, 4}) {
      CAPTURE(cores, n);
      const auto s = pool(n, {cpu(fixed(kSecond))}).cores(cores).gil().build();
      CHECK(makespan(s) == n * kSecond);
    }
  }
}

TEST_CASE("cpu-bound worker processes take N times T over min(N, cores)") {
  for (int cores : {1, 2, 4}) {
    for (int n : {1, 2, 4, 8}) {
      CAPTURE(cores, n);
      const auto s = pool(n, {cpu(fixed(kSecond))}).processes().cores(cores).gil().build();
      CHECK(makespan(s) == n * kSecond / std::min(n, cores));
    }
  }
}

TEST_CASE("threads waiting on I/O release the GIL and run in parallel") {
  const auto s = pool(4, {io(fixed(kSecond))}).cores(1).gil().build();
  CHECK(makespan(s) == kSecond);
  const auto blocking = pool(4, {block(fixed(kSecond))}).cores(1).gil().build();
  CHECK(makespan(blocking) == kSecond);
}

TEST_CASE("two computing threads hand the GIL over every switch interval, round robin") {
  const auto s = pool(2, {cpu(fixed(20 * kMillisecond))}).cores(2).gil(5 * kMillisecond).build();
  run::Simulation sim(s);
  sim.run();
  const trace::Trace& t = *sim.trace();
  using T = std::tuple<State, Time, Time>;
  const Time ms = kMillisecond;
  // pool 1 takes the GIL at 0; pool 2 waits from 0 and gets it at 5, and so on.
  CHECK(spans_of(t, "pool 1") == std::vector<T>{{State::busy, 0, 5 * ms},
                                                {State::gil_wait, 5 * ms, 10 * ms},
                                                {State::busy, 10 * ms, 15 * ms},
                                                {State::gil_wait, 15 * ms, 20 * ms},
                                                {State::busy, 20 * ms, 25 * ms},
                                                {State::gil_wait, 25 * ms, 30 * ms},
                                                {State::busy, 30 * ms, 35 * ms},
                                                {State::idle, 35 * ms, 40 * ms}});
  CHECK(spans_of(t, "job 2").front() == T{State::gil_wait_blocked, 0, 5 * ms});
  CHECK(sim.summary().customers.makespan == 40 * ms);
  CHECK(sim.summary().stations[0].gil_wait_time == 35 * ms);
}

TEST_CASE("a thread that wants the GIL gets it one switch interval after it asks") {
  // A computes 100 ms from 0; B arrives at 12 ms with 1 ms of work: it waits until 17 ms.
  auto s = ScenarioBuilder()
               .station("pool", 2)
               .customers(1, Distribution::constant(0), "a")
               .step("run", "pool", {cpu(fixed(100 * kMillisecond))})
               .customers(1, fixed(12 * kMillisecond), "b")
               .step("run", "pool", {cpu(fixed(kMillisecond))})
               .gil(5 * kMillisecond)
               .build();
  run::Simulation sim(s);
  sim.run();
  const trace::Trace& t = *sim.trace();
  using T = std::tuple<State, Time, Time>;
  const Time ms = kMillisecond;
  CHECK(spans_of(t, "b 1") == std::vector<T>{{State::gil_wait_blocked, 12 * ms, 17 * ms},
                                             {State::served_blocked, 17 * ms, 18 * ms}});
  CHECK(sim.summary().customers.makespan == 101 * ms);
}

TEST_CASE("a process pool runs beside the GIL-bound threads of the main process") {
  // The main process's loop computes 1 s; two worker processes compute 1 s each: 2 cores
  // are enough for the workers, and a third core runs the loop at the same time.
  auto s = ScenarioBuilder()
               .station("loop", 1, true)
               .station("workers", 2)
               .processes()
               .customers(1, Distribution::constant(0), "request")
               .step("handle", "loop", {cpu(fixed(kSecond))})
               .customers(2, Distribution::constant(0), "inference")
               .step("infer", "workers", {cpu(fixed(kSecond))})
               .cores(3)
               .gil()
               .build();
  CHECK(makespan(s) == kSecond);
}

TEST_CASE("a process pool pays the ipc cost, half before and half after the work") {
  const auto s = pool(1, {cpu(fixed(10 * kMillisecond))}).processes(2 * kMillisecond).build();
  run::Simulation sim(s);
  sim.run();
  using T = std::tuple<State, Time, Time>;
  const Time ms = kMillisecond;
  CHECK(spans_of(*sim.trace(), "pool 1") == std::vector<T>{{State::io_wait, 0, 1 * ms},
                                                           {State::busy, 1 * ms, 11 * ms},
                                                           {State::io_wait, 11 * ms, 12 * ms}});
}

TEST_CASE("an awaited read frees the event loop but a blocking call holds it") {
  auto loop = [](scenario::Phase wait) {
    return ScenarioBuilder()
        .station("loop", 1, true)
        .customers(3, Distribution::constant(0), "request")
        .step("handle", "loop", {cpu(fixed(kMillisecond)), wait, cpu(fixed(kMillisecond))})
        .build();
  };
  // Three awaits overlap: cpu at 0, 1 and 2 ms, reads that end at 1001, 1002 and 1003 ms,
  // then the last 1 ms of cpu each.
  CHECK(makespan(loop(io(fixed(kSecond)))) == kSecond + 4 * kMillisecond);
  // Three blocking calls in a row: the loop can do nothing else meanwhile.
  CHECK(makespan(loop(block(fixed(kSecond)))) == 3 * kSecond + 6 * kMillisecond);
}

TEST_CASE("a customer's lane shows its job awaiting, then waiting for the loop, then running") {
  auto s = ScenarioBuilder()
               .station("loop", 1, true)
               .customers(1, Distribution::constant(0), "a")
               .step("run", "loop",
                     {cpu(fixed(2 * kMillisecond)), io(fixed(10 * kMillisecond)),
                      cpu(fixed(2 * kMillisecond))})
               .customers(1, fixed(5 * kMillisecond), "b")
               .step("run", "loop", {cpu(fixed(20 * kMillisecond))})
               .build();
  run::Simulation sim(s);
  sim.run();
  using T = std::tuple<State, Time, Time>;
  const Time ms = kMillisecond;
  CHECK(spans_of(*sim.trace(), "a 1") ==
        std::vector<T>{{State::served_blocked, 0, 2 * ms},
                       {State::awaiting_blocked, 2 * ms, 12 * ms},
                       {State::loop_wait_blocked, 12 * ms, 25 * ms},
                       {State::served_blocked, 25 * ms, 27 * ms}});
}

TEST_CASE("the statistics count a job once however many phases its service takes") {
  const auto s =
      pool(2, {cpu(fixed(20 * kMillisecond)), io(fixed(kSecond))}).cores(2).gil().build();
  run::Simulation sim(s);
  sim.run();
  const stats::StationSummary st = sim.summary().stations[0];  // a copy: summary() is a value
  CHECK(st.served == 2);
  // Taking turns on the GIL, the two finish computing at 35 and 40 ms; then 1 s of I/O each.
  CHECK(st.mean_service == (35 * kMillisecond + kSecond + 40 * kMillisecond + kSecond) / 2);
}
