// Python's runtime on real threads: the GIL (a real lock handed over every switch
// interval), process-pool workers (threads that never take it, with ipc slept half before
// and half after), and the job phases recorded as the simulation records them.
// Labelled "threads": also run under ThreadSanitizer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

#include "support/machine_load.hpp"
#include "support/scenario_builder.hpp"
#include "threads/thread_runner.hpp"

using namespace burgers;
using burgers::testing::block;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using scenario::CustomerMode;
using trace::AgentKind;
using trace::Span;
using trace::State;

namespace {

threads::ThreadOptions options(double scale) {
  static const threads::Calibration calibration = threads::Burner::calibrate();
  threads::ThreadOptions o;
  o.time_scale = scale;
  o.calibration = calibration;
  o.cores = threads::CoreCheck{2, 2};  // not what these tests look at
  return o;
}

constexpr Time ms(double n) {
  return static_cast<Time>(n * 1e6);
}

// The spans of the agent named `name` ("Customer 1", "threads 2"), in order.
std::vector<Span> lane(const trace::Trace& t, const std::string& name) {
  std::vector<Span> out;
  for (const Span& s : t.spans) {
    if (t.agent_name(s.agent) == name && !trace::is_instant(s.state)) out.push_back(s);
  }
  return out;
}

std::vector<Span> staff_spans(const trace::Trace& t, State state) {
  std::vector<Span> out;
  for (const Span& s : t.spans) {
    if (t.agents[s.agent].kind == AgentKind::staff && s.state == state) out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
  return out;
}

bool any_state(const trace::Trace& t, State state) {
  return std::any_of(t.spans.begin(), t.spans.end(),
                     [state](const Span& s) { return s.state == state; });
}

// The states of a lane in order, merging nothing.
std::vector<State> states(const std::vector<Span>& spans) {
  std::vector<State> out;
  for (const Span& s : spans) out.push_back(s.state);
  return out;
}

}  // namespace

TEST_CASE("threads under the GIL take turns: never two computing at once, each in many turns") {
  const auto s = ScenarioBuilder()
                     .gil(20 * kMillisecond)
                     .station("threads", 3)
                     .customers(3, Distribution::constant(0))
                     .step("compute", "threads", {cpu(fixed(300 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));  // interval 10 ms real
  REQUIRE_FALSE(r.stopped);
  const std::vector<Span> busy = staff_spans(r.trace, State::busy);
  Time computed = 0;
  for (std::size_t i = 0; i < busy.size(); ++i) {
    if (i > 0) CHECK(busy[i].start >= busy[i - 1].end);
    computed += busy[i].end - busy[i].start;
  }
  for (int member = 1; member <= 3; ++member) {
    const auto spans = lane(r.trace, "threads " + std::to_string(member));
    CHECK(std::count_if(spans.begin(), spans.end(),
                        [](const Span& sp) { return sp.state == State::busy; }) >= 4);
  }
  CHECK(any_state(r.trace, State::gil_wait));
  CHECK(any_state(r.trace, State::gil_wait_blocked));
  CHECK(r.gil_hand_overs >= 10);
  CHECK(r.gil_interval == 20 * kMillisecond);
  // One thread computes at a time: the work adds up (less only by the calibration's error).
  CHECK(computed >= ms(0.95 * 900));
  CHECK(r.summary.customers.makespan >= ms(0.95 * 900));
}

TEST_CASE("waiting on I/O releases the GIL: threads under it wait together") {
  const auto s = ScenarioBuilder()
                     .gil()
                     .station("threads", 4)
                     .customers(4, Distribution::constant(0))
                     .step("fetch", "threads", {io(fixed(200 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));
  CHECK(r.summary.customers.makespan < ms(300));  // in parallel, not 800 ms in turn
  CHECK_FALSE(any_state(r.trace, State::gil_wait));
  CHECK(any_state(r.trace, State::io_held_blocked));
}

TEST_CASE("process-pool workers compute at the same time and never wait for the GIL") {
  const auto s = ScenarioBuilder()
                     .gil()
                     .station("pool", 2)
                     .processes()
                     .customers(2, Distribution::constant(0))
                     .step("infer", "pool", {cpu(fixed(200 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));
  const std::vector<Span> busy = staff_spans(r.trace, State::busy);
  REQUIRE(busy.size() == 2);
  CHECK(busy[1].start < busy[0].end);  // both computing at once
  CHECK_FALSE(any_state(r.trace, State::gil_wait));
  CHECK(r.gil_hand_overs == 0);
}

TEST_CASE("a process pool sleeps its ipc half before the job and half after, holding the worker") {
  const auto s = ScenarioBuilder()
                     .station("pool", 1)
                     .processes(40 * kMillisecond)
                     .customers(1, Distribution::constant(0))
                     .step("infer", "pool", {cpu(fixed(100 * kMillisecond))})
                     .build();
  const testing::OtherLoad load;
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));
  const auto job = lane(r.trace, "Customer 1");
  REQUIRE(states(job) == std::vector<State>{State::queued_blocked, State::io_held_blocked,
                                            State::served_blocked, State::io_held_blocked});
  CHECK(states(lane(r.trace, "pool 1")) ==
        std::vector<State>{State::idle, State::io_wait, State::busy, State::io_wait, State::idle});
  if (load.busy()) {
    WARN(load.describe());
    return;
  }
  CHECK(job[1].end - job[1].start == Approx(ms(20)).margin(ms(6)));
  CHECK(job[2].end - job[2].start == Approx(ms(100)).margin(ms(15)));
  CHECK(job[3].end - job[3].start == Approx(ms(20)).margin(ms(6)));
}

TEST_CASE("an event loop's task awaits with the loop free, then waits for the busy loop") {
  const auto s =
      ScenarioBuilder()
          .station("loop", 1, true)
          .customers(1, Distribution::constant(0), "light")
          .step("fetch", "loop", {io(fixed(50 * kMillisecond)), cpu(fixed(20 * kMillisecond))},
                CustomerMode::free)
          .customers(1, Distribution::constant(20 * kMillisecond), "heavy")
          .step("compute", "loop", {cpu(fixed(200 * kMillisecond))}, CustomerMode::free)
          .build();
  const testing::OtherLoad load;
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));
  const auto light = lane(r.trace, "light 1");
  REQUIRE(states(light) == std::vector<State>{State::queued_free, State::awaiting_free,
                                              State::loop_wait_free, State::served_free});
  if (load.busy()) {
    WARN(load.describe());
    return;
  }
  // Awaits 0-50 ms; the heavy request holds the loop from 20 to 220 ms; then runs 20 ms.
  CHECK(light[2].start == Approx(ms(50)).margin(ms(8)));
  CHECK(light[3].start == Approx(ms(220)).margin(ms(25)));
  CHECK(light[3].end - light[3].start == Approx(ms(20)).margin(ms(8)));
}

TEST_CASE("a task whose wait ends while its loop is idle runs at once, without a loop wait") {
  const auto s = ScenarioBuilder()
                     .station("loop", 1, true)
                     .customers(2, Distribution::constant(0))
                     .step("fetch", "loop",
                           {cpu(fixed(5 * kMillisecond)), io(fixed(100 * kMillisecond)),
                            cpu(fixed(1 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(1.0));
  // The first customer's wait ends at 105 ms, its last phase at 106 ms, and the second's
  // wait at 110 ms: the loop is idle at both moments, so neither waits for it.
  CHECK(states(lane(r.trace, "Customer 1")) ==
        std::vector<State>{State::queued_blocked, State::served_blocked, State::awaiting_blocked,
                           State::served_blocked});
  CHECK_FALSE(any_state(r.trace, State::loop_wait_blocked));
}

TEST_CASE("a blocking call on an event loop holds the loop: the job is recorded blocked on I/O") {
  const auto s = ScenarioBuilder()
                     .station("loop", 1, true)
                     .customers(2, Distribution::constant(0))
                     .step("sleep", "loop", {block(fixed(100 * kMillisecond))})
                     .build();
  const threads::ThreadRun r = threads::run_threads(s, options(0.5));
  CHECK(r.summary.customers.makespan >= ms(195));  // one after the other
  CHECK(states(lane(r.trace, "Customer 2")) ==
        std::vector<State>{State::queued_blocked, State::io_held_blocked});
  CHECK(any_state(r.trace, State::io_wait));
  CHECK_FALSE(any_state(r.trace, State::awaiting_blocked));
}
