#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>
#include <map>
#include <thread>
#include <vector>

#include "run/simulation.hpp"
#include "support/machine_load.hpp"
#include "support/scenario_builder.hpp"
#include "threads/thread_runner.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using trace::State;

namespace {

const threads::Calibration& calibration() {
  static const threads::Calibration c = threads::Burner::calibrate();
  return c;
}

threads::ThreadOptions options(double scale) {
  threads::ThreadOptions o;
  o.time_scale = scale;
  o.calibration = calibration();
  return o;
}

double seconds(Time t) {
  return to_seconds(t);
}

}  // namespace

TEST_CASE("calibrated computation takes about the CPU time asked for") {
  const threads::Burner burner(calibration());
  // The thread's own CPU time, which a busy machine does not stretch (the wall clock it does).
  auto cpu_ns = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
  };
  for (const std::int64_t asked : {20'000'000LL, 80'000'000LL}) {
    std::vector<double> took;
    for (int i = 0; i < 5; ++i) {
      const double start = cpu_ns();
      REQUIRE(burner.burn(asked));
      took.push_back(cpu_ns() - start);
    }
    std::sort(took.begin(), took.end());
    INFO("asked " << asked << " ns");
    CHECK(took[2] == Approx(static_cast<double>(asked)).epsilon(0.15));
  }
}

TEST_CASE("every customer of a blocking scenario arrives, is served and leaves") {
  const auto s =
      ScenarioBuilder()
          .seed(2)
          .station("cashier", 2)
          .customers(12, Distribution::exponential(200 * kMillisecond))
          .step("order", "cashier", {cpu(fixed(100 * kMillisecond)), io(fixed(100 * kMillisecond))})
          .step("eat", "", {cpu(fixed(50 * kMillisecond))})
          .build();
  const testing::OtherLoad load;
  const threads::ThreadRun r = threads::run_threads(s, options(0.1));
  REQUIRE_FALSE(r.stopped);
  CHECK(r.threads == 3);  // dispatcher + two cashiers
  CHECK(r.summary.mode == "threads");
  CHECK(r.summary.events == 0);  // engine events: there is no engine here
  CHECK(r.summary.spans == r.trace.spans.size());
  CHECK(r.summary.customers.arrived == 12);
  CHECK(r.summary.customers.served == 12);
  CHECK(r.summary.stations[0].served == 12);
  // Each staff lane is a gapless sequence of spans.
  std::map<trace::AgentId, Time> last_end;
  for (const trace::Span& sp : r.trace.spans) {
    if (r.trace.agents[sp.agent].kind != trace::AgentKind::staff) continue;
    if (last_end.count(sp.agent) != 0) CHECK(sp.start == last_end[sp.agent]);
    last_end[sp.agent] = sp.end;
  }
  // Service takes about what it should: 200 ms of simulated time per customer.
  if (load.busy()) {
    WARN(load.describe());
    return;
  }
  CHECK(seconds(r.summary.stations[0].mean_service) == Approx(0.2).epsilon(0.3));
}

TEST_CASE("threads meet the same customers as the simulation") {
  const auto s =
      ScenarioBuilder()
          .seed(8)
          .station("desk", 3)
          .customers(10, Distribution::exponential(300 * kMillisecond))
          .step("ask", "desk", {io(Distribution::uniform(50 * kMillisecond, 150 * kMillisecond))})
          .build();
  run::Simulation sim(s);
  sim.run();
  const threads::ThreadRun r = threads::run_threads(s, options(0.2));
  std::map<std::string, Time> simulated, measured;
  for (const trace::Span& sp : sim.trace()->spans) {
    if (sp.state == State::arrived) simulated[sim.trace()->agent_name(sp.agent)] = sp.start;
  }
  for (const trace::Span& sp : r.trace.spans) {
    if (sp.state == State::arrived) measured[r.trace.agent_name(sp.agent)] = sp.start;
  }
  REQUIRE(measured.size() == simulated.size());
  for (const auto& [name, t] : simulated) {
    INFO(name);
    CHECK(std::abs(seconds(measured[name] - t)) < 0.05);  // real clocks wake a little late
  }
}

TEST_CASE("an event loop serves many io-bound requests at once") {
  const auto s = ScenarioBuilder()
                     .station("loop", 1, true)
                     .customers(20, Distribution::constant(0))
                     .step("request", "loop",
                           {cpu(fixed(10 * kMillisecond)), io(fixed(1 * kSecond)),
                            cpu(fixed(10 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.1));
  // 20 x 20 ms of cpu on one loop, and the 1 s waits overlap: about 1.4 s, not 20 s.
  CHECK(seconds(r.summary.customers.makespan) == Approx(1.4).epsilon(0.3));
  bool idle_while_waiting = false;
  for (const trace::Span& sp : r.trace.spans)
    idle_while_waiting |= sp.state == State::idle && sp.start > 0;
  CHECK(idle_while_waiting);
}

TEST_CASE("a blocking thread holds its job through the io wait") {
  const auto s = ScenarioBuilder()
                     .station("thread", 1)
                     .customers(4, Distribution::constant(0))
                     .step("request", "thread", {io(fixed(250 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.2));
  CHECK(seconds(r.summary.customers.makespan) == Approx(1.0).epsilon(0.2));
}

TEST_CASE("a stop request ends the run early, cleanly") {
  const auto s = ScenarioBuilder()
                     .station("cleaner", 2)
                     .customers(50, Distribution::constant(0))
                     .step("clean", "cleaner", {io(fixed(10 * kSecond))})
                     .build();
  std::stop_source stop;
  auto o = options(0.1);  // the whole run would take 25 s
  o.stop = stop.get_token();
  std::jthread stopper([&stop] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    stop.request_stop();
  });
  const auto started = std::chrono::steady_clock::now();
  const threads::ThreadRun r = threads::run_threads(s, o);
  const double took =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  CHECK(r.stopped);
  CHECK(took < 5.0);
  CHECK(r.summary.customers.served < 50);
}

TEST_CASE("a run without recording still finishes, with an empty trace") {
  const auto s = ScenarioBuilder()
                     .station("desk", 1)
                     .customers(5, Distribution::constant(0))
                     .step("ask", "desk", {io(fixed(100 * kMillisecond))})
                     .build();
  auto o = options(0.1);
  o.record = false;
  const threads::ThreadRun r = threads::run_threads(s, o);
  CHECK_FALSE(r.stopped);
  CHECK(r.trace.spans.empty());
}
