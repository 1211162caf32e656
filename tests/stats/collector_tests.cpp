#include <catch2/catch.hpp>

#include <vector>

#include "run/simulation.hpp"
#include "stats/summarize.hpp"
#include "support/scenario_builder.hpp"
#include "trace/recorder.hpp"

using namespace burgers;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;

namespace {

// The figures of a run summarized as it went and of its stored trace replayed: equal, the
// time-weighted shares to rounding.
void check_replay_agrees(const stats::Summary& streamed, const stats::Summary& replayed) {
  CHECK(replayed.end_time == streamed.end_time);
  const stats::CustomerSummary& c = streamed.customers;
  const stats::CustomerSummary& rc = replayed.customers;
  CHECK(rc.arrived == c.arrived);
  CHECK(rc.served == c.served);
  CHECK(rc.mean_sojourn == c.mean_sojourn);
  CHECK(rc.mean_blocked == c.mean_blocked);
  CHECK(rc.mean_free == c.mean_free);
  CHECK(rc.mean_own == c.mean_own);
  CHECK(rc.sojourn.p90 == c.sojourn.p90);
  REQUIRE(replayed.stations.size() == streamed.stations.size());
  for (std::size_t i = 0; i < streamed.stations.size(); ++i) {
    const stats::StationSummary& a = streamed.stations[i];
    const stats::StationSummary& b = replayed.stations[i];
    CHECK(b.served == a.served);
    CHECK(b.utilization == Approx(a.utilization).epsilon(1e-12));
    CHECK(b.busy_time == a.busy_time);
    CHECK(b.cpu_time == a.cpu_time);
    CHECK(b.io_blocked_time == a.io_blocked_time);
    CHECK(b.core_wait_time == a.core_wait_time);
    CHECK(b.gil_wait_time == a.gil_wait_time);
    CHECK(b.mean_queue_wait == a.mean_queue_wait);
    CHECK(b.mean_queue_length == Approx(a.mean_queue_length).epsilon(1e-12));
    CHECK(b.max_queue_length == a.max_queue_length);
    CHECK(b.queue_wait.p99 == a.queue_wait.p99);
    CHECK(b.mean_service == a.mean_service);
  }
  REQUIRE(replayed.groups.size() == streamed.groups.size());
  for (std::size_t g = 0; g < streamed.groups.size(); ++g) {
    const stats::GroupSummary& a = streamed.groups[g];
    const stats::GroupSummary& b = replayed.groups[g];
    CHECK(b.arrived == a.arrived);
    CHECK(b.served == a.served);
    CHECK(b.mean_sojourn == a.mean_sojourn);
    CHECK(b.sojourn.p90 == a.sojourn.p90);
    CHECK(b.makespan == a.makespan);
    CHECK(b.throughput == a.throughput);
  }
}

}  // namespace

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
  check_replay_agrees(sim.summary(), stats::summarize_trace(*sim.trace(), sim.events()));
}

TEST_CASE("the streamed collector hears every state it counts: cores, switches and a GIL") {
  // The recorder calls the collector only for the states it asks for (Interest); replaying
  // the stored trace calls it for every span. Equal figures mean it asked for enough.
  const bool gil = GENERATE(false, true);
  CAPTURE(gil);
  ScenarioBuilder builder =
      ScenarioBuilder()
          .seed(4)
          .station("pool", 3)
          .station("loop", 1, true)
          .customers(400, Distribution::exponential(3 * kSecond))
          .step("work", "pool",
                {cpu(Distribution::exponential(2 * kSecond)), io(fixed(kSecond)),
                 cpu(fixed(kSecond))})
          .step("fetch", "loop", {cpu(fixed(kSecond / 10)), io(Distribution::exponential(kSecond))},
                scenario::CustomerMode::free)
          .customers(100, Distribution::exponential(10 * kSecond), "batch")
          .step("crunch", "pool", {cpu(fixed(3 * kSecond))})
          .cores(2, kSecond / 2, kSecond / 20);
  if (gil) builder.gil(kSecond / 5);
  run::Simulation sim(builder.build());
  sim.run();
  const stats::Summary streamed = sim.summary();
  check_replay_agrees(streamed, stats::summarize_trace(*sim.trace(), sim.events()));
  REQUIRE(streamed.stations.size() == 2);
  // The run did meet the states in question.
  // (with the GIL one thread runs at a time, so none waits for one of the two cores)
  CHECK((streamed.stations[0].core_wait_time > 0) == !gil);
  CHECK((streamed.stations[0].gil_wait_time > 0) == gil);
  CHECK(streamed.stations[1].io_blocked_time == 0);  // the loop awaits its I/O
  CHECK(streamed.groups.size() == 2);
}

namespace {
// Counts the calls it gets, per hook and state.
class CountingObserver final : public trace::SpanObserver {
 public:
  explicit CountingObserver(trace::Interest interest) : interest_(interest) {}
  trace::Interest interest() const override { return interest_; }
  void on_agent(trace::AgentId, const trace::Agent&) override { ++agents; }
  void on_open(const trace::Track& t) override { opened.push_back(t.state); }
  void on_close(const trace::Track& t, Time, trace::State) override { closed.push_back(t.state); }
  void on_finish(const trace::Track&, Time) override { ++finishes; }
  int agents = 0;
  int finishes = 0;
  std::vector<trace::State> opened;
  std::vector<trace::State> closed;

 private:
  trace::Interest interest_;
};
}  // namespace

TEST_CASE("the recorder calls an observer only for what it asked for") {
  using trace::State;
  CountingObserver all({});
  CountingObserver queues({.agents = false,
                           .opens = trace::state_bit(State::queued_blocked),
                           .closes = trace::states_where(trace::is_queued),
                           .finishes = false});
  trace::Recorder recorder;
  recorder.add_observer(&all);
  recorder.add_observer(&queues);
  trace::Track track;
  track.agent = recorder.add_agent({trace::AgentKind::customer, -1, 0, 1});
  recorder.instant(track, State::arrived, 0);
  recorder.change(track, State::queued_blocked, 1);
  recorder.change(track, State::served_blocked, 2);
  recorder.change(track, State::queued_free, 3);
  recorder.change(track, State::served_free, 4);
  recorder.finish(track, 5);
  using V = std::vector<State>;
  CHECK(all.agents == 1);
  CHECK(all.finishes == 1);
  CHECK(all.opened == V{State::arrived, State::queued_blocked, State::served_blocked,
                        State::queued_free, State::served_free, State::done});
  CHECK(all.closed == V{State::arrived, State::queued_blocked, State::served_blocked,
                        State::queued_free, State::served_free, State::done});
  CHECK(queues.agents == 0);
  CHECK(queues.finishes == 0);
  CHECK(queues.opened == V{State::queued_blocked});
  CHECK(queues.closed == V{State::queued_blocked, State::queued_free});
  // The recorder's own accounting does not depend on who listens.
  CHECK(track.blocked == 2);
  CHECK(track.free == 2);
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
  // Customer k waits in line from k to 2k - 1 min: 45 customer-minutes in all, 41 of them
  // after 5 min (customer 4's wait straddles the warm-up).
  CHECK(a.stations[0].mean_queue_length == Approx(45.0 / 21));
  CHECK(l.stations[0].mean_queue_length == Approx(41.0 / 16));
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
  const stats::StationSummary pool = sim.summary().stations[0];  // a copy: summary() is a value
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
  check_replay_agrees(summary, stats::summarize_trace(*sim.trace(), sim.events()));
}
