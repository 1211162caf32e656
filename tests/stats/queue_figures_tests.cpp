// One definition of each queue figure: summary.json, the statistics series (dashboard and
// report.html) and the trace agree, for every lesson.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <vector>

#include "chart/chart_builder.hpp"
#include "chart/series.hpp"
#include "chart/trace_index.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "stats/summarize.hpp"

namespace fs = std::filesystem;
using namespace burgers;

namespace {

std::vector<fs::path> lessons() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(BURGERS_SOURCE_DIR) / "scenarios")) {
    if (e.path().extension() == ".toml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::int64_t highest(const chart::QueueSeries& series) {
  std::int64_t top = 0;
  for (const auto& p : series.points) top = std::max(top, p.value);
  return top;
}

std::unique_ptr<run::Simulation> run_lesson(const fs::path& file) {
  const scenario::LoadResult loaded = scenario::load_scenario_file(file);
  REQUIRE(loaded.ok());
  auto sim = std::make_unique<run::Simulation>(*loaded.scenario);
  sim->run();
  REQUIRE_FALSE(sim->failed());
  return sim;
}

}  // namespace

TEST_CASE("every lesson's longest line is the same in summary.json and in the queue series") {
  for (const fs::path& lesson : lessons()) {
    SECTION(lesson.stem().string()) {
      const auto sim = run_lesson(lesson);
      const stats::Summary summary = sim->summary();
      const auto full = chart::queue_length_series(*sim->trace(), 0);
      const auto thinned = chart::queue_length_series(*sim->trace(), 50);
      REQUIRE(full.size() == summary.stations.size());
      for (std::size_t i = 0; i < full.size(); ++i) {
        INFO(summary.stations[i].name);
        CHECK(highest(full[i]) == summary.stations[i].max_queue_length);
        CHECK(highest(thinned[i]) == summary.stations[i].max_queue_length);
      }
    }
  }
}

TEST_CASE(
    "the trace keeps no span of a lasting state that took no time, and the figures "
    "still count waits of no time") {
  for (const fs::path& lesson : lessons()) {
    SECTION(lesson.stem().string()) {
      const auto sim = run_lesson(lesson);
      for (const trace::Span& s : sim->trace()->spans) {
        if (!trace::is_instant(s.state)) REQUIRE(s.end > s.start);
      }
      // Replaying the trace puts the waits of no time back: same figures as the run.
      const stats::Summary streamed = sim->summary();
      const stats::Summary replayed = stats::summarize_trace(*sim->trace(), sim->events());
      for (std::size_t i = 0; i < streamed.stations.size(); ++i) {
        CHECK(replayed.stations[i].served == streamed.stations[i].served);
        CHECK(replayed.stations[i].mean_queue_wait == streamed.stations[i].mean_queue_wait);
        CHECK(replayed.stations[i].max_queue_length == streamed.stations[i].max_queue_length);
        CHECK(replayed.stations[i].queue_wait.p50 == streamed.stations[i].queue_wait.p50);
      }
    }
  }
}

TEST_CASE("a hundred requests at once on one event loop make a line of 99, not 100") {
  // Lesson 13: the loop takes the first request at once; the other 99 wait behind it.
  const auto sim = run_lesson(fs::path(BURGERS_SOURCE_DIR) / "scenarios" / "13-event-loop-io.toml");
  CHECK(sim->summary().stations[0].max_queue_length == 99);
  CHECK(highest(chart::queue_length_series(*sim->trace())[0]) == 99);
}

TEST_CASE("nobody in line means no line in the legend and a longest line of 0") {
  // Lesson 4: eight cashier-cooks for customers arriving minutes apart; nobody waits.
  const auto sim =
      run_lesson(fs::path(BURGERS_SOURCE_DIR) / "scenarios" / "04-parallel-burgers.toml");
  const stats::Summary summary = sim->summary();
  CHECK(summary.stations[0].max_queue_length == 0);
  CHECK(summary.stations[0].mean_queue_wait == 0);
  CHECK(summary.stations[0].served == 20);
  const chart::ChartModel model = chart::build_timeline(*sim->trace(), chart::ChartOptions{});
  // The legend keys customer lanes by phase: no "In line" key (the hatch key says blocked).
  for (const auto& entry : model.legend)
    CHECK(entry.state != trace::customer_state(trace::JobPhase::queued, false));
  // The histogram still counts the twenty waits of no time.
  const chart::Histogram h = chart::queue_wait_histogram(*sim->trace(), 0, 5);
  CHECK(h.counts.front() == 20);
}

namespace {

// The waits per visit, customer by customer through the index (the way the wait
// histogram once walked them): a reference for the histogram's pass in stored order.
chart::Histogram waits_by_customer(const trace::Trace& trace, int station, int bins, Time until) {
  const chart::TraceIndex index(trace);
  std::vector<Time> waits;
  Time longest = 0;
  for (std::size_t position = 0; position < index.indexed_customers(); ++position) {
    Time waited = -1;
    std::int16_t in_service = -1;
    for (const std::uint32_t i : index.customer_spans(position)) {
      const trace::Span& s = trace.spans[i];
      if (s.start > until) break;
      if (trace::is_queued(s.state)) {
        waited = s.end == trace::kOpenEnd || s.end > until ? -1 : s.end - s.start;
        if (waited >= 0 && (station < 0 || s.station == station))
          longest = std::max(longest, waited);
        in_service = -1;
        continue;
      }
      if (!trace::is_in_service(s.state) || in_service == s.step) continue;
      in_service = s.step;
      if (station < 0 || s.station == station) waits.push_back(std::max<Time>(waited, 0));
      waited = -1;
    }
  }
  chart::Histogram h;
  const auto n = static_cast<Time>(bins);
  h.counts.assign(static_cast<std::size_t>(n), 0);
  h.bin_width = std::max<Time>(1, (longest + n) / n);
  for (const Time w : waits) ++h.counts[static_cast<std::size_t>(std::min(w / h.bin_width, n - 1))];
  return h;
}

void check_waits_at(const trace::Trace& trace, Time t) {
  for (int station = -1; station < static_cast<int>(trace.stations.size()); ++station) {
    INFO("station " << station << " at " << t);
    const chart::Histogram h = chart::queue_wait_histogram(trace, station, 24, t);
    const chart::Histogram reference = waits_by_customer(trace, station, 24, t);
    CHECK(h.bin_width == reference.bin_width);
    CHECK(h.counts == reference.counts);
  }
  // The statistics panel's two passes give the same as each figure's own.
  const chart::QueueFigures both = chart::queue_figures(trace, 600, 24, t);
  const chart::Histogram all = chart::queue_wait_histogram(trace, -1, 24, t);
  CHECK(both.waits.bin_width == all.bin_width);
  CHECK(both.waits.counts == all.counts);
  const std::vector<chart::QueueSeries> queues = chart::queue_length_series(trace, 600, t);
  REQUIRE(both.queues.size() == queues.size());
  for (std::size_t st = 0; st < queues.size(); ++st)
    CHECK(both.queues[st].points == queues[st].points);
}

}  // namespace

TEST_CASE("the wait histogram's pass in stored order counts what each customer's walk counts") {
  for (const fs::path& lesson : lessons()) {
    SECTION(lesson.stem().string()) {
      const auto sim = run_lesson(lesson);
      const trace::Trace& trace = *sim->trace();
      for (const Time t : {trace.end_time / 3, trace.end_time / 2, trace.end_time})
        check_waits_at(trace, t);
    }
  }
  SECTION("a lunch hour of 20,000 customers, thousands inside at once") {
    // Lines long enough that the table of customers inside grows many times over, and
    // customers leave in another order than they came (entries erased all over it).
    const std::vector<scenario::Override> overrides{{"customers.count", "20000"},
                                                    {"customers.arrival", "exp(1s)"}};
    const scenario::LoadResult loaded = scenario::load_scenario_file(
        fs::path(BURGERS_SOURCE_DIR) / "scenarios" / "08-lunch-hour.toml", overrides);
    REQUIRE(loaded.ok());
    run::Simulation sim(*loaded.scenario);
    sim.run();
    const trace::Trace& trace = *sim.trace();
    for (const Time t : {trace.end_time / 4, trace.end_time / 2, trace.end_time})
      check_waits_at(trace, t);
    // Every visit of a finished run is counted once: as many as jobs served.
    const stats::Summary summary = sim.summary();
    for (std::size_t st = 0; st < summary.stations.size(); ++st) {
      const chart::Histogram h = chart::queue_wait_histogram(trace, static_cast<int>(st), 24);
      CHECK(std::accumulate(h.counts.begin(), h.counts.end(), std::int64_t{0}) ==
            summary.stations[st].served);
    }
  }
}
