// The Python lessons (16 to 19) predict what the reader's Python program does: the
// figures their README notes quote, from the simulation. And every lesson carries its
// program: code, translated comments and a line for every step.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "chart/code_lines.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"

using namespace burgers;

namespace {

scenario::Scenario lesson(const std::string& name, std::vector<scenario::Override> overrides = {}) {
  const auto loaded = scenario::load_scenario_file(
      std::string(BURGERS_SOURCE_DIR) + "/scenarios/" + name + ".toml", overrides);
  for (const auto& d : loaded.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(loaded.ok());
  return *loaded.scenario;
}

stats::Summary run_lesson(const scenario::Scenario& s) {
  run::Simulation sim(s, run::RunOptions{false, {}});
  sim.run();
  REQUIRE_FALSE(sim.failed());
  return sim.summary();
}

const stats::GroupSummary& group(const stats::Summary& s, const std::string& name) {
  for (const stats::GroupSummary& g : s.groups) {
    if (g.name == name) return g;
  }
  FAIL("no group " << name);
  return s.groups.front();
}

double minutes(Time t) {
  return static_cast<double>(t) / kMinute;
}
double seconds(Time t) {
  return static_cast<double>(t) / kSecond;
}

Time makespan_16(const std::string& staff, const std::string& work) {
  return run_lesson(lesson("16-gil-threads", {{"station.cleaners.staff", staff},
                                              {"customers.step.clean.work", work}}))
      .customers.makespan;
}

Time makespan_17(const std::string& staff) {
  return run_lesson(lesson("17-process-pool", {{"station.cleaners.staff", staff}}))
      .customers.makespan;
}

}  // namespace

TEST_CASE("lesson 16: four CPU-bound Python threads take as long as one, whatever the cores") {
  const Time one = makespan_16("1", "cpu 15min");
  CHECK(minutes(one) == Approx(120));
  CHECK(makespan_16("4", "cpu 15min") == one);
  CHECK(makespan_16("8", "cpu 15min") == one);
  // The lesson as written is the four-thread CPU-bound run.
  CHECK(run_lesson(lesson("16-gil-threads")).customers.makespan == one);
}

TEST_CASE("lesson 16: the same threads waiting on I/O speed up linearly") {
  const Time one = makespan_16("1", "io 15min");
  CHECK(minutes(one) == Approx(120));
  CHECK(minutes(makespan_16("2", "io 15min")) == Approx(60));
  CHECK(minutes(makespan_16("4", "io 15min")) == Approx(30));
  // The lesson's io variant is that run with four threads.
  const scenario::Scenario io = lesson("16-gil-threads", {{"scenario.variant", "io"}});
  CHECK(io.groups[0].steps[0].work[0].text == "io 15min");
  CHECK(minutes(run_lesson(io).customers.makespan) == Approx(30));
}

TEST_CASE("lesson 17: a process pool of 2 is about twice as fast as 1 on 2 cores, then flat") {
  const Time one = makespan_17("1");
  const Time two = makespan_17("2");
  const Time four = makespan_17("4");
  CAPTURE(minutes(one), minutes(two), minutes(four));
  // Eight rooms of 15 minutes, plus 10 s of ipc each.
  CHECK(minutes(one) == Approx(8 * (15 + 10.0 / 60)));
  CHECK(static_cast<double>(one) / static_cast<double>(two) == Approx(2).epsilon(0.02));
  CHECK(static_cast<double>(two) / static_cast<double>(four) == Approx(1).epsilon(0.02));
  // The threads of lesson 16 take twice as long as four processes.
  CHECK(static_cast<double>(makespan_16("4", "cpu 15min")) / static_cast<double>(four) ==
        Approx(2).epsilon(0.02));
}

TEST_CASE("lesson 18: async def takes 1 s, def in the 40-thread pool 3 s, blocking async 100 s") {
  // One switch, --set scenario.variant, changes the route; the requests stay the same.
  auto route = [](const std::string& variant, std::vector<scenario::Override> more = {}) {
    more.insert(more.begin(), {"scenario.variant", variant});
    const scenario::Scenario s = lesson("18-fastapi-def-vs-async", more);
    CHECK(s.variant == variant);
    REQUIRE(s.stations.size() == 1);
    REQUIRE(s.groups.size() == 1);
    return run_lesson(s);
  };
  const stats::Summary async_route = route("async");
  const stats::Summary def_route = route("def");
  const stats::Summary blocking_route = route("blocking");
  CHECK(seconds(async_route.customers.makespan) == Approx(1).epsilon(0.01));
  CHECK(seconds(def_route.customers.makespan) == Approx(3).epsilon(0.01));
  CHECK(seconds(blocking_route.customers.makespan) == Approx(100).epsilon(0.01));
  for (const stats::Summary* s : {&async_route, &def_route, &blocking_route}) {
    CHECK(s->customers.served == 100);
    CHECK_FALSE(s->variant.empty());
  }
  // The lesson as written is the async route.
  const stats::Summary as_written = run_lesson(lesson("18-fastapi-def-vs-async"));
  CHECK(as_written.variant == "async");
  CHECK(as_written.customers.makespan == async_route.customers.makespan);
  // The def route runs in the pool of 40 threads; with as many threads as requests it is
  // as fast as the async one (an explicit --set wins over the variant's staff = 40).
  CHECK(def_route.stations[0].staff == 40);
  const stats::Summary wide = route("def", {{"station.server.staff", "100"}});
  CHECK(seconds(wide.customers.makespan) == Approx(1).epsilon(0.01));
}

TEST_CASE("lesson 18's code panel points at the route each variant runs") {
  const auto line = [](const std::string& variant) {
    const scenario::Scenario s = lesson("18-fastapi-def-vs-async", {{"scenario.variant", variant}});
    const int n = s.groups[0].steps[0].line;
    std::size_t at = 0;
    for (int i = 1; i < n; ++i) at = s.code.find('\n', at) + 1;
    return s.code.substr(at, s.code.find('\n', at) - at);
  };
  CHECK(line("async").find("return await db.fetch_user") != std::string::npos);
  CHECK(line("def").find("return blocking_db.fetch_user") != std::string::npos);
  CHECK(line("blocking").find("return blocking_db.fetch_user") != std::string::npos);
  CHECK(lesson("18-fastapi-def-vs-async", {{"scenario.variant", "def"}}).groups[0].steps[0].line ==
        13);
  CHECK(lesson("18-fastapi-def-vs-async", {{"scenario.variant", "blocking"}})
            .groups[0]
            .steps[0]
            .line == 17);
}

TEST_CASE("lesson 19: inference in a process pool keeps the light requests fast") {
  auto variant = [](const std::string& name) {
    return run_lesson(lesson("19-web-and-ml", {{"scenario.variant", name}}));
  };
  const stats::Summary loop = variant("loop");
  const stats::Summary threads = variant("threads");
  const stats::Summary processes = variant("processes");
  const auto p90 = [&](const stats::Summary& s) { return seconds(group(s, "api").sojourn.p90); };
  const auto inferences = [&](const stats::Summary& s) { return group(s, "predict").throughput; };
  CAPTURE(p90(loop), p90(threads), p90(processes));
  CAPTURE(inferences(loop), inferences(threads), inferences(processes));
  // The lesson as written runs inference in the process pool.
  CHECK(group(run_lesson(lesson("19-web-and-ml")), "api").sojourn.p90 ==
        group(processes, "api").sojourn.p90);
  // Light requests: 50 ms of waiting and 2 ms of work; with processes they stay near that,
  // on the loop or under the GIL they wait for the inferences.
  CHECK(p90(processes) < 0.1);
  CHECK(p90(threads) > 5 * p90(processes));
  CHECK(p90(loop) > 5 * p90(processes));
  // Inferences: one at a time on the loop or under the GIL (300 ms each: at most 3.3 a
  // second); two at a time in two processes on two cores, so more than that (how much more
  // depends on how the 12 arrivals, about 4 a second, happen to bunch up).
  CHECK(inferences(loop) < 10.0 / 3);
  CHECK(inferences(threads) < 10.0 / 3);
  CHECK(inferences(processes) > 10.0 / 3);
  for (const stats::Summary* s : {&loop, &threads, &processes}) {
    CHECK(group(*s, "api").served == 150);
    CHECK(group(*s, "predict").served == 12);
  }
}

TEST_CASE("every lesson carries its program: code, translated comments, a line for each step") {
  int lessons = 0;
  for (const auto& entry : std::filesystem::directory_iterator(BURGERS_SOURCE_DIR "/scenarios")) {
    if (entry.path().extension() != ".toml") continue;
    const std::string name = entry.path().stem().string();
    INFO(name);
    const scenario::Scenario s = lesson(name);
    ++lessons;
    REQUIRE_FALSE(s.code.empty());
    CHECK(chart::split_code_lines(s.code_zh).size() == chart::split_code_lines(s.code).size());
    for (const scenario::CustomerGroup& g : s.groups) {
      for (const scenario::Step& step : g.steps) {
        INFO(g.name << "." << step.name);
        CHECK(step.line >= 1);
      }
    }
  }
  CHECK(lessons >= 19);
}

TEST_CASE("the program lessons speak of threads and tasks, the restaurant ones of staff") {
  for (const char* name :
       {"01-coroutine-await", "02-coroutine-blocking", "13-event-loop-io", "14-thread-pool-io",
        "15-event-loop-choking", "18-fastapi-def-vs-async", "19-web-and-ml"}) {
    INFO(name);
    CHECK(lesson(name).vocabulary == scenario::Vocabulary::program);
  }
  for (const char* name : {"03-concurrent-burgers", "04-parallel-burgers", "05-cleaning-alone",
                           "08-lunch-hour", "16-gil-threads"}) {
    INFO(name);
    CHECK(lesson(name).vocabulary == scenario::Vocabulary::restaurant);
  }
  // Lesson 2 is an event loop stalled by a blocking call, not a plain thread.
  const scenario::Scenario blocking = lesson("02-coroutine-blocking");
  CHECK(blocking.stations[0].workers == scenario::Workers::event_loop);
  bool blocks = false;
  for (const scenario::Phase& p : blocking.groups[1].steps[0].work)
    blocks = blocks || p.kind == scenario::WorkKind::block;
  CHECK(blocks);
}
