#include <catch2/catch.hpp>

#include "chart/code_lines.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using namespace burgers::chart;
using burgers::testing::block;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::io;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using trace::JobPhase;

namespace {

constexpr auto kPhases = trace::kJobPhaseCount;

std::size_t at(JobPhase p) {
  return static_cast<std::size_t>(p);
}

// Three requests on one event loop: await 1 s (line 3), then 1 ms of cpu (line 4). Then
// each reads for 10 ms in its own time (line 5, an activity of its own).
scenario::Scenario loop_program() {
  scenario::Scenario s = ScenarioBuilder()
                             .station("loop", 1, true)
                             .customers(3, Distribution::constant(0), "request")
                             .step("query", "loop", {io(fixed(kSecond))})
                             .step("render", "loop", {cpu(fixed(kMillisecond))})
                             .step("read", "", {cpu(fixed(10 * kMillisecond))})
                             .build();
  s.code =
      "async def handle(request):\n"
      "    # the request's journey\n"
      "    user = await db.fetch(request.id)\n"
      "    return render(user)\n"
      "# the client reads the page\n";
  s.groups[0].steps[0].line = 3;
  s.groups[0].steps[1].line = 4;
  s.groups[0].steps[2].line = 5;
  return s;
}

}  // namespace

TEST_CASE("code splits into the lines the validator counts") {
  CHECK(split_code_lines("").empty());
  CHECK(split_code_lines("a\nb") == std::vector<std::string_view>{"a", "b"});
  CHECK(split_code_lines("a\nb\n") == std::vector<std::string_view>{"a", "b"});
  CHECK(split_code_lines("a\n\nb\r\n") == std::vector<std::string_view>{"a", "", "b"});
  CHECK(split_code_lines("\n") == std::vector<std::string_view>{""});
}

TEST_CASE("the code map gives each step's line and none where there is none") {
  scenario::Scenario s = loop_program();
  s.groups[0].steps[2].line = 0;
  const CodeMap map(s);
  CHECK(map.line_count() == 5);
  CHECK(map.any());
  CHECK(map.line_of(0, 0) == 3);
  CHECK(map.line_of(0, 1) == 4);
  CHECK(map.line_of(0, 2) == 0);
  CHECK(map.line_of(0, 3) == 0);
  CHECK(map.line_of(1, 0) == 0);
  CHECK(map.line_of(-1, 0) == 0);
  CHECK(map.line_of(0, -1) == 0);
  CHECK_FALSE(CodeMap(ScenarioBuilder().station("a", 1).build()).any());
}

TEST_CASE("at an instant, each line counts the tasks at it by the phase of their job") {
  const scenario::Scenario s = loop_program();
  run::Simulation sim(s);
  sim.run();
  const trace::Trace& t = *sim.trace();
  const TraceIndex index(t);
  const CodeMap map(s);
  // At 0.5 s all three requests await their query at line 3; nobody is anywhere else.
  const std::vector<LineTasks> half = tasks_at_lines(snapshot_at(t, index, kSecond / 2), map);
  REQUIRE(half.size() == 5);
  CHECK(half[2].by_phase[at(JobPhase::awaiting)] == 3);
  CHECK(half[2].total() == 3);
  CHECK(half[2].blocked == 3);  // the builder's customers are blocked (their callers wait)
  for (const std::size_t other : {0u, 1u, 3u, 4u}) CHECK(half[other].total() == 0);
  // At 1 s + 0.5 ms: request 1 renders (line 4), 2 and 3 are in line for the loop there.
  const std::vector<LineTasks> later =
      tasks_at_lines(snapshot_at(t, index, kSecond + kMillisecond / 2), map);
  CHECK(later[3].by_phase[at(JobPhase::running)] == 1);
  CHECK(later[3].by_phase[at(JobPhase::queued)] == 2);
  CHECK(later[2].total() == 0);
  // At 1.005 s all three read in their own time (line 5: the `none` slot).
  const std::vector<LineTasks> reading =
      tasks_at_lines(snapshot_at(t, index, kSecond + 5 * kMillisecond), map);
  CHECK(reading[4].by_phase[at(JobPhase::none)] == 3);
  CHECK(reading[3].total() == 0);
}

TEST_CASE("over a run, each line adds up the time tasks spent at it, by phase") {
  const scenario::Scenario s = loop_program();
  run::Simulation sim(s);
  sim.run();
  const std::vector<LineTime> lines = time_at_lines(*sim.trace(), CodeMap(s));
  REQUIRE(lines.size() == 5);
  // Line 3: three tasks await 1 s each.
  CHECK(lines[2].by_phase[at(JobPhase::awaiting)] == 3 * kSecond);
  CHECK(lines[2].visits == 3);
  // Line 4: each renders 1 ms; the second waits 1 ms in line for the loop, the third 2 ms.
  CHECK(lines[3].by_phase[at(JobPhase::running)] == 3 * kMillisecond);
  CHECK(lines[3].by_phase[at(JobPhase::queued)] == 3 * kMillisecond);
  CHECK(lines[3].visits == 3);
  Time waiting = 0;
  for (std::size_t p = 0; p < kPhases; ++p) {
    if (p != at(JobPhase::running)) waiting += lines[3].by_phase[p] + lines[2].by_phase[p];
  }
  CHECK(waiting == 3 * kSecond + 3 * kMillisecond);
  // Line 5: 10 ms of their own each.
  CHECK(lines[4].by_phase[at(JobPhase::none)] == 30 * kMillisecond);
  CHECK(lines[0].total() == 0);
  CHECK(lines[0].visits == 0);
}

TEST_CASE("a blocking call shows its queue at the line: the loop holds one task at a time") {
  scenario::Scenario s = ScenarioBuilder()
                             .station("loop", 1, true)
                             .customers(4, Distribution::constant(0), "request")
                             .step("query", "loop", {block(fixed(kSecond))})
                             .build();
  s.code = "time.sleep(1)\n";
  s.groups[0].steps[0].line = 1;
  run::Simulation sim(s);
  sim.run();
  const std::vector<LineTime> lines = time_at_lines(*sim.trace(), CodeMap(s));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].by_phase[at(JobPhase::io_held)] == 4 * kSecond);
  CHECK(lines[0].by_phase[at(JobPhase::queued)] == (0 + 1 + 2 + 3) * kSecond);
  const TraceIndex index(*sim.trace());
  const std::vector<LineTasks> now =
      tasks_at_lines(snapshot_at(*sim.trace(), index, kSecond + kSecond / 2), CodeMap(s));
  CHECK(now[0].by_phase[at(JobPhase::io_held)] == 1);
  CHECK(now[0].by_phase[at(JobPhase::queued)] == 2);
}
