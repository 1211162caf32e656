#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <thread>
#include <vector>

#include "chart/chart_builder.hpp"
#include "scenario/loader.hpp"
#include "ui/controller.hpp"
#include "ui/frame.hpp"
#include "ui/panel_models.hpp"

using namespace burgers;
using namespace burgers::ui;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> lessons() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(BURGERS_SOURCE_DIR "/scenarios"))
    if (e.path().extension() == ".toml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// One frame's tick; while a run computes in the background, a frame's worth of waiting.
void tick(AppState& state, Controller& controller) {
  controller.tick(0.0);
  for (const Session* s : {state.main.get(), state.other.get()})
    if (s != nullptr && s->computing()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
}

// Ticks the paused dashboard (as frames do) until every panel has the clock's data.
Frame settle(AppState& state, Controller& controller) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (std::chrono::steady_clock::now() < deadline) {
    Frame f = build_frame(state);
    if (f.ready) return f;
    tick(state, controller);
  }
  FAIL("the runs never reached the clock");
  return {};
}

void tick_while_to_end(AppState& state, Controller& controller) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (state.clock.to_end && std::chrono::steady_clock::now() < deadline) tick(state, controller);
}

Time run_to_end(AppState& state, Controller& controller) {
  controller.apply(Command::of(CommandKind::jump_to_end));
  tick_while_to_end(state, controller);
  REQUIRE_FALSE(state.clock.to_end);
  return state.clock.view;
}

// Each panel's data model as the views build it, with a panel size of a 1440x900 window.
void check_every_panel_shows_the_clock(const AppState& state, const Frame& f, int side) {
  const SessionFrame& s = f.sides[static_cast<std::size_t>(side)];
  const Names names = names_for(s.session->effective(), state.text);
  REQUIRE(s.ready);
  CHECK(s.as_of == f.clock);
  // Restaurant.
  CHECK(s.snapshot.time == f.clock);
  CHECK(restaurant_scene(state.text, names, s, {880, 330, 17, {}}).as_of == f.clock);
  // Timeline: the cursor at the clock, and following, the axis ends there.
  const chart::ChartOptions o =
      timeline_options(state.text, names, state.timeline[side], s, {880, 380, 17, {}});
  const chart::ChartModel m =
      chart::build_timeline(*s.session->simulation()->trace(), s.session->index(), o);
  CHECK(m.as_of == f.clock);
  if (f.clock > 0) CHECK(m.t1 == f.clock);
  // Statistics and the summary table.
  REQUIRE(s.stats != nullptr);
  CHECK(s.stats->as_of == f.clock);
  if (!s.ended) CHECK(s.stats->summary.end_time == f.clock);
  // The code panel: the tasks at each line are those of the restaurant at the clock.
  const scenario::Scenario& sc = s.session->effective();
  CHECK(s.code.as_of == f.clock);
  CHECK(s.code.lines.size() == chart::split_code_lines(sc.code).size());
  if (!sc.code.empty()) {
    const std::vector<chart::LineTasks> expected =
        chart::tasks_at_lines(s.snapshot, chart::CodeMap(sc));
    REQUIRE(s.code.tasks.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
      CHECK(s.code.tasks[i].by_phase == expected[i].by_phase);
  }
}

}  // namespace

TEST_CASE("every panel of every lesson shows the clock's instant, at any instant") {
  for (const fs::path& lesson : lessons()) {
    AppState state;
    Controller controller(state);
    REQUIRE(controller.open(lesson.string(), 0));
    const Time end = run_to_end(state, controller);
    INFO(lesson.filename().string() << " ends at " << end);
    for (const Time t : {end / 5, end / 2, end * 9 / 10}) {
      INFO("clock at " << t);
      controller.apply(Command::time_of(CommandKind::set_view_time, t));
      const Frame f = settle(state, controller);
      CHECK(f.clock == t);
      check_every_panel_shows_the_clock(state, f, 0);
    }
  }
}

TEST_CASE("a jump forward shows 'computing' until the run is there, then the clock's instant") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0,
                          {{"customers.count", "3000"}}));
  controller.apply(Command::time_of(CommandKind::set_view_time, 5 * kHour));
  controller.tick(0.0, FrameBudget{std::chrono::microseconds(0), 64});
  const Frame computing = build_frame(state);
  CHECK_FALSE(computing.ready);
  CHECK_FALSE(computing.sides[0].ready);
  CHECK(computing.progress >= 0.0);
  CHECK(computing.progress < 1.0);
  CHECK(computing.sides[0].stats == nullptr);  // no older figures on screen
  const Frame there = settle(state, controller);
  check_every_panel_shows_the_clock(state, there, 0);
  CHECK(there.clock == 5 * kHour);
}

TEST_CASE("a slider re-run keeps the clock and every panel catches up to it") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/03-concurrent-burgers.toml", 0));
  controller.apply(Command::time_of(CommandKind::set_view_time, 30 * kMinute));
  settle(state, controller);
  controller.apply(Command::value_of(CommandKind::set_staff, 3, 0, 1));
  CHECK_FALSE(build_frame(state).ready);  // the new run starts at 0
  const Frame f = settle(state, controller);
  CHECK(f.clock == 30 * kMinute);
  CHECK(state.main->effective().stations[1].staff == 3);
  check_every_panel_shows_the_clock(state, f, 0);
}

TEST_CASE("an instant past the end shows the end and says which instant was asked for") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/03-concurrent-burgers.toml", 0));
  controller.apply(Command::time_of(CommandKind::set_view_time, 5 * kHour));
  settle(state, controller);
  controller.tick(0.0);
  const Time end = state.main->simulation()->now();
  CHECK(state.main->simulation()->finished());
  CHECK(state.clock.view == end);
  CHECK(state.clock.past_end == 5 * kHour);
  const Frame f = build_frame(state);
  REQUIRE(f.ready);
  CHECK(f.sides[0].ended);
  check_every_panel_shows_the_clock(state, f, 0);
}

TEST_CASE("running to the end computes first, then shows the end on every panel") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0,
                          {{"customers.count", "3000"}}));
  controller.apply(Command::of(CommandKind::jump_to_end));
  controller.tick(0.0, FrameBudget{std::chrono::microseconds(0), 64});
  const Frame computing = build_frame(state);
  CHECK(computing.to_end);
  CHECK_FALSE(computing.ready);
  tick_while_to_end(state, controller);
  const Frame f = build_frame(state);
  REQUIRE(f.ready);
  CHECK(f.clock == state.main->simulation()->now());
  check_every_panel_shows_the_clock(state, f, 0);
}

TEST_CASE("two compared lessons and their difference table show the same instant") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/03-concurrent-burgers.toml", 0));
  controller.apply(Command::text_of(CommandKind::open_scenario,
                                    BURGERS_SOURCE_DIR "/scenarios/04-parallel-burgers.toml", 1));
  for (const Time t : {5 * kMinute, 33 * kMinute, 3 * kHour}) {
    controller.apply(Command::time_of(CommandKind::set_view_time, t));
    const Frame f = settle(state, controller);
    REQUIRE(f.comparing);
    check_every_panel_shows_the_clock(state, f, 0);
    check_every_panel_shows_the_clock(state, f, 1);
    CHECK(f.compare.as_of == f.clock);
    CHECK_FALSE(f.compare.rows.empty());
  }
}

TEST_CASE("statistics as of an instant are the same whether the run stands there or went past") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0));
  const Time t = 37 * kMinute + 12 * kSecond;
  controller.apply(Command::time_of(CommandKind::set_view_time, t));
  const StatsModel live = *settle(state, controller).sides[0].stats;
  CHECK(live.live);
  run_to_end(state, controller);
  controller.apply(Command::time_of(CommandKind::set_view_time, t));
  const StatsModel replayed = *settle(state, controller).sides[0].stats;
  CHECK_FALSE(replayed.live);
  CHECK(replayed.summary.customers.arrived == live.summary.customers.arrived);
  CHECK(replayed.summary.customers.served == live.summary.customers.served);
  CHECK(replayed.summary.customers.mean_sojourn == live.summary.customers.mean_sojourn);
  CHECK(replayed.summary.customers.mean_blocked == live.summary.customers.mean_blocked);
  REQUIRE(replayed.summary.stations.size() == live.summary.stations.size());
  for (std::size_t i = 0; i < live.summary.stations.size(); ++i) {
    const auto& a = live.summary.stations[i];
    const auto& b = replayed.summary.stations[i];
    CHECK(b.served == a.served);
    CHECK(b.busy_time == a.busy_time);
    CHECK(b.utilization == Approx(a.utilization));
    CHECK(b.mean_queue_wait == a.mean_queue_wait);
    CHECK(b.max_queue_length == a.max_queue_length);
  }
  CHECK(replayed.recent.size() == live.recent.size());
}

TEST_CASE("statistics as of an instant read the record as it stood then, without copying it") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0));
  run_to_end(state, controller);
  const Time t = 41 * kMinute + 3 * kSecond;
  controller.apply(Command::time_of(CommandKind::set_view_time, t));
  const StatsModel m = *settle(state, controller).sides[0].stats;
  // The same figures from a copy of the record cut at t, as report.html would draw it.
  const trace::Trace then = chart::trace_until(*state.main->simulation()->trace(), t);
  const std::vector<chart::QueueSeries> queues = chart::queue_length_series(then, 600);
  REQUIRE(m.queues.size() == queues.size());
  for (std::size_t i = 0; i < queues.size(); ++i) CHECK(m.queues[i].points == queues[i].points);
  const chart::Histogram waits = chart::queue_wait_histogram(then, -1, 24);
  CHECK(m.waits.bin_width == waits.bin_width);
  CHECK(m.waits.counts == waits.counts);
  std::int64_t visits = 0;
  for (const std::int64_t n : m.waits.counts) visits += n;
  CHECK(visits > 0);  // every visit to a line by t, served at once or not
  REQUIRE_FALSE(m.recent.empty());
  for (const chart::CustomerTimes& c : m.recent) CHECK(c.left <= t);
}

TEST_CASE("statistics read on two threads beside the index are those read on one") {
  // A big record is read on two threads (the index on one, the queue figures on the other);
  // here a lesson's record is, by lowering the size that takes two threads to nothing.
  const scenario::LoadResult loaded =
      scenario::load_scenario_file(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml");
  REQUIRE(loaded.ok());
  run::Simulation sim(*loaded.scenario);
  sim.run();
  for (const Time t : {sim.now() / 3, sim.now()}) {
    chart::TraceIndex one_index;
    chart::TraceIndex two_index;
    const StatsModel one = stats_model_at(sim, one_index, t, SIZE_MAX);
    const StatsModel two = stats_model_at(sim, two_index, t, 0);
    CHECK(two_index.indexed_spans() == sim.trace()->spans.size());
    CHECK(two.waits.bin_width == one.waits.bin_width);
    CHECK(two.waits.counts == one.waits.counts);
    REQUIRE(two.queues.size() == one.queues.size());
    for (std::size_t i = 0; i < one.queues.size(); ++i)
      CHECK(two.queues[i].points == one.queues[i].points);
    REQUIRE(two.recent.size() == one.recent.size());
    for (std::size_t i = 0; i < one.recent.size(); ++i)
      CHECK(two.recent[i].left == one.recent[i].left);
  }
}

TEST_CASE("a run too long for a frame computes in the background, to the same end") {
  const std::vector<scenario::Override> big = {{"customers.count", "20000"}};
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0, big));
  controller.apply(Command::of(CommandKind::jump_to_end));
  controller.tick(0.0, FrameBudget{std::chrono::microseconds(0), 64});
  CHECK(state.main->computing());  // handed over: the window keeps drawing
  const Frame computing = build_frame(state);
  CHECK_FALSE(computing.ready);
  CHECK(computing.sides[0].stats == nullptr);
  tick_while_to_end(state, controller);
  const Frame f = build_frame(state);
  REQUIRE(f.ready);
  CHECK_FALSE(state.main->computing());
  check_every_panel_shows_the_clock(state, f, 0);
  // The same run frame by frame: the same end, the same record.
  AppState frames;
  Controller by_frames(frames);
  REQUIRE(by_frames.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0, big));
  by_frames.apply(Command::of(CommandKind::jump_to_end));
  FrameBudget inline_only;
  inline_only.background = false;
  for (int i = 0; i < 1000000 && frames.clock.to_end; ++i) by_frames.tick(0.0, inline_only);
  CHECK(frames.clock.view == state.clock.view);
  CHECK(frames.main->simulation()->trace()->spans == state.main->simulation()->trace()->spans);
  CHECK(frames.main->simulation()->events() == state.main->simulation()->events());
}

TEST_CASE("a scrub back while a run computes stops it where it is and the panels catch up") {
  AppState state;
  Controller controller(state);
  REQUIRE(controller.open(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", 0,
                          {{"customers.count", "20000"}}));
  controller.apply(Command::of(CommandKind::jump_to_end));
  controller.tick(0.0, FrameBudget{std::chrono::microseconds(0), 64});
  REQUIRE(state.main->computing());
  controller.apply(Command::time_of(CommandKind::set_view_time, 10 * kMinute));
  controller.tick(0.0);  // another target: the background run stops
  const Frame f = settle(state, controller);
  CHECK(f.clock == 10 * kMinute);
  check_every_panel_shows_the_clock(state, f, 0);
}
