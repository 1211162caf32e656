// The digest of a long run: gathered while the run goes or replayed from its stored trace,
// it says the same; its figures agree with the trace's series and the summary; its chart
// has both parts, headed, at a sensible height.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>

#include "chart/long_timeline.hpp"
#include "chart/run_digest.hpp"
#include "chart/series.hpp"
#include "model/journey.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"
#include "text/fill.hpp"

using namespace burgers;
using namespace burgers::chart;
using random::Distribution;

namespace {

scenario::Scenario busy_lunch(std::int64_t customers) {
  return testing::ScenarioBuilder("digest")
      .seed(11)
      .station("cashier", 2)
      .station("kitchen", 3)
      .customers(customers, Distribution::exponential(25 * kSecond))
      .step("order", "cashier", {testing::cpu(Distribution::exponential(40 * kSecond))})
      .step("cook", "kitchen", {testing::cpu(Distribution::exponential(60 * kSecond))},
            scenario::CustomerMode::free)
      .step("eat", "", {testing::cpu(Distribution::uniform(5 * kMinute, 10 * kMinute))})
      .build();
}

std::int64_t highest(const std::vector<StepPoint>& points) {
  std::int64_t top = 0;
  for (const auto& p : points) top = std::max(top, p.value);
  return top;
}

// The timeline a long run of `s` exports: run, digested as it goes, then drawn.
ChartModel long_timeline_of(const scenario::Scenario& s) {
  run::Simulation sim(s);
  sim.run();
  RunDigest d(*sim.trace(), s.customer_count());
  trace::replay(*sim.trace(), d);
  return build_long_timeline(d, ChartOptions{});
}

}  // namespace

TEST_CASE("a digest gathered during the run equals one replayed from the stored trace") {
  const scenario::Scenario s = busy_lunch(3000);
  const trace::Trace header = model::trace_header(s);
  RunDigest live(header, s.customer_count());
  run::RunOptions options;
  options.sinks = {&live};
  run::Simulation sim(s, options);
  sim.run();
  RunDigest replayed(*sim.trace(), s.customer_count());
  trace::replay(*sim.trace(), replayed);

  CHECK(live.end_time() == sim.trace()->end_time);
  CHECK(live.customers() == 3000);
  CHECK(live.window_first() == 1481);
  CHECK(live.window_count() == 40);
  const trace::Trace& a = live.window();
  const trace::Trace& b = replayed.window();
  REQUIRE(a.spans.size() == b.spans.size());
  for (std::size_t i = 0; i < a.spans.size(); ++i) {
    CHECK(a.spans[i].start == b.spans[i].start);
    CHECK(a.spans[i].end == b.spans[i].end);
    CHECK(a.spans[i].agent == b.spans[i].agent);
    CHECK(a.spans[i].state == b.spans[i].state);
  }
  const auto qa = live.queues();
  const auto qb = replayed.queues();
  const auto from_trace = queue_length_series(*sim.trace());
  const stats::Summary summary = sim.summary();
  for (std::size_t st = 0; st < qa.size(); ++st) {
    REQUIRE(qa[st].points.size() == qb[st].points.size());
    CHECK(qa[st].points.size() == from_trace[st].points.size());
    CHECK(highest(qa[st].points) == summary.stations[st].max_queue_length);
    CHECK(highest(from_trace[st].points) == summary.stations[st].max_queue_length);
  }
  CHECK(live.waits(30).counts == replayed.waits(30).counts);
  // One wait per visit: every customer visits both stations once.
  const Histogram h = live.waits(30);
  std::int64_t waits = 0;
  for (const auto c : h.counts) waits += c;
  CHECK(waits == 6000);
  CHECK(highest(live.inside()) == highest(replayed.inside()));
}

TEST_CASE("the window holds every span of its customers and the staff while they are inside") {
  const scenario::Scenario s = busy_lunch(1000);
  run::Simulation sim(s);
  sim.run();
  RunDigest d(*sim.trace(), s.customer_count());
  trace::replay(*sim.trace(), d);
  const trace::Trace& w = d.window();
  std::int64_t customers = 0, staff = 0;
  for (const auto& agent : w.agents) {
    customers += agent.kind == trace::AgentKind::customer;
    staff += agent.kind == trace::AgentKind::staff;
  }
  CHECK(customers == 40);
  CHECK(staff == 5);
  for (const auto& span : w.spans) {
    CHECK(span.end != trace::kOpenEnd);
    CHECK(span.end >= d.window_start());
    CHECK(span.start <= d.window_end());
  }
  // Customer 481 arrives first in the window; the last window customer leaves at its end.
  CHECK(w.agents.back().number == 520);
  CHECK(d.window_start() < d.window_end());
}

TEST_CASE(
    "a long run's timeline shows the whole run and the window, headed, at a sensible "
    "height") {
  const scenario::Scenario s = busy_lunch(5000);
  const ChartModel m = long_timeline_of(s);
  REQUIRE(m.headings.size() == 2);
  CHECK(m.headings[0].text.find("The whole run") == 0);
  CHECK(m.headings[1].text.find("Customers 2,481–2,520 of 5,000") == 0);
  CHECK(m.extra_axes.size() == 1);
  CHECK(m.height < 1600);
  // The whole-run part sits above the window: its axis above the first window lane.
  std::size_t customer_lanes = 0, staff_lanes = 0, bands = 0;
  for (const auto& lane : m.lanes) {
    if (lane.header) continue;
    if (lane.group == LaneGroup::customers && lane.agent != trace::kNoAgent) ++customer_lanes;
    if (lane.group == LaneGroup::staff) ++staff_lanes;
    if (lane.group == LaneGroup::customers && lane.agent == trace::kNoAgent) ++bands;
  }
  CHECK(customer_lanes == 40);
  CHECK(staff_lanes == 10);  // five in each part
  CHECK(bands == 2);
  CHECK(m.extra_axes[0].y < m.plot_y0);
  for (const auto& r : m.rects) {
    CHECK(r.x0 >= m.plot_x0 - 0.01f);
    CHECK(r.x1 <= m.plot_x1 + 0.01f);
  }
}

TEST_CASE("a long run's window is headed by the numbers on its lanes, group by group") {
  const scenario::Scenario s =
      testing::ScenarioBuilder("two groups")
          .seed(5)
          .station("cashier", 3)
          .customers(2500, Distribution::exponential(50 * kSecond), "walk_in")
          .step("order", "cashier", {testing::cpu(Distribution::exponential(40 * kSecond))})
          .customers(2500, Distribution::exponential(50 * kSecond), "phone")
          .step("order", "cashier", {testing::cpu(Distribution::exponential(40 * kSecond))})
          .build();
  const ChartModel m = long_timeline_of(s);
  REQUIRE(m.headings.size() == 2);
  const std::string& heading = m.headings[1].text;
  INFO(heading);
  // Lanes "walk_in 1234" and "phone 1236": the heading names both groups with their own
  // numbers, not the window's arrival positions.
  CHECK(heading.rfind("Customers walk_in ", 0) == 0);
  CHECK(heading.find(", phone ") != std::string::npos);
  std::map<std::string, std::pair<long long, long long>> ranges;  // kind -> lowest, highest
  for (const auto& lane : m.lanes) {
    if (lane.header || lane.group != LaneGroup::customers || lane.agent == trace::kNoAgent)
      continue;
    const std::size_t space = lane.label.rfind(' ');
    const long long n = std::stoll(lane.label.substr(space + 1));
    auto [it, fresh] = ranges.try_emplace(lane.label.substr(0, space), n, n);
    it->second = {std::min(it->second.first, n), std::max(it->second.second, n)};
  }
  REQUIRE(ranges.size() == 2);
  for (const auto& [kind, range] : ranges) {
    CHECK(heading.find(kind + " " + text::thousands(range.first) + "–" +
                       text::thousands(range.second)) != std::string::npos);
  }
}
