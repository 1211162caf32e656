#include <catch2/catch.hpp>

#include <numeric>

#include "chart/series.hpp"

using namespace burgers;
using namespace burgers::chart;
using trace::State;

namespace {

constexpr Time s = kSecond;

// Two stations, three customers. At the cashier customers 1 and 2 queue at once; customer
// 3 is still queued at the kitchen when the trace ends.
trace::Trace queue_trace() {
  trace::Trace t;
  t.stations.push_back({"cashier", "Cashier", 1, false});
  t.stations.push_back({"kitchen", "Cook", 1, false});
  t.groups.push_back({"customer", "Customer"});
  t.agents.push_back({trace::AgentKind::staff, 0, -1, 1});
  for (int i = 1; i <= 3; ++i) t.agents.push_back({trace::AgentKind::customer, -1, 0, i});
  auto span = [&](Time a, Time b, trace::AgentId who, int station, State st) {
    t.spans.push_back({a, b, who, who, static_cast<std::int16_t>(station), -1, 0, st});
  };
  span(0, 0, 1, -1, State::arrived);
  span(0, 10 * s, 1, 0, State::served_blocked);
  span(0, 0, 0, -1, State::busy);  // staff spans never count as queueing
  span(2 * s, 2 * s, 2, -1, State::arrived);
  span(2 * s, 10 * s, 2, 0, State::queued_blocked);
  span(4 * s, 4 * s, 3, -1, State::arrived);
  span(4 * s, 12 * s, 3, 0, State::queued_free);
  span(10 * s, 20 * s, 2, 0, State::served_blocked);
  span(10 * s, 30 * s, 1, -1, State::own_activity);
  span(12 * s, trace::kOpenEnd, 3, 1, State::queued_free);
  span(30 * s, 30 * s, 1, -1, State::done);
  t.end_time = 40 * s;
  return t;
}

}  // namespace

TEST_CASE("queue length steps up when customers join and down when they leave the queue") {
  const auto series = queue_length_series(queue_trace());
  REQUIRE(series.size() == 2);
  CHECK(series[0].label == "Cashier");
  const std::vector<std::pair<Time, std::int64_t>> expected = {
      {0, 0}, {2 * s, 1}, {4 * s, 2}, {10 * s, 1}, {12 * s, 0}};
  REQUIRE(series[0].points.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CHECK(series[0].points[i].time == expected[i].first);
    CHECK(series[0].points[i].value == expected[i].second);
  }
  // The open span at the kitchen lasts to the end of the trace.
  REQUIRE(series[1].points.size() == 3);
  CHECK(series[1].points[1].time == 12 * s);
  CHECK(series[1].points[1].value == 1);
  CHECK(series[1].points[2].time == 40 * s);
  CHECK(series[1].points[2].value == 0);
}

TEST_CASE("a long queue series is thinned to bucket maxima so peaks stay visible") {
  trace::Trace t;
  t.stations.push_back({"cashier", "Cashier", 1, false});
  t.groups.push_back({"customer", "Customer"});
  // 1000 customers each queue for 1 s, one every 10 s; customer 500 joins a crowd of 7.
  for (int i = 0; i < 1000; ++i) {
    const int extra = i == 500 ? 7 : 1;
    for (int k = 0; k < extra; ++k) {
      t.agents.push_back(
          {trace::AgentKind::customer, -1, 0, static_cast<std::int64_t>(t.agents.size() + 1)});
      const auto who = static_cast<trace::AgentId>(t.agents.size() - 1);
      t.spans.push_back({i * 10 * s, i * 10 * s + s, who, who, 0, -1, 0, State::queued_blocked});
    }
  }
  t.end_time = 10000 * s;
  const auto full = queue_length_series(t, 100000);
  CHECK(full[0].points.size() == 2000);  // the first join replaces the starting {0, 0}
  const auto thin = queue_length_series(t, 100);
  REQUIRE(thin[0].points.size() <= 100);
  CHECK(thin[0].points.front().time == 0);
  std::int64_t peak = 0;
  for (const auto& p : thin[0].points) peak = std::max(peak, p.value);
  CHECK(peak == 7);
}

TEST_CASE("customer times add up blocked, free and own time in arrival order") {
  const auto times = customer_times(queue_trace());
  REQUIRE(times.size() == 3);
  CHECK(times[0].name == "Customer 1");
  CHECK(times[0].arrived == 0);
  CHECK(times[0].left == 30 * s);
  CHECK(times[0].blocked == 10 * s);
  CHECK(times[0].own == 20 * s);
  CHECK(times[1].arrived == 2 * s);
  CHECK(times[1].blocked == 18 * s);
  CHECK(times[1].left == -1);
  // Customer 3: free while queued at the cashier (8 s) and at the kitchen until the end (28 s).
  CHECK(times[2].free == 36 * s);
  CHECK(times[2].blocked == 0);
}

TEST_CASE("the wait histogram counts one wait per service, a service at once as a wait of 0") {
  const trace::Trace t = queue_trace();
  const Histogram all = queue_wait_histogram(t, -1, 4);
  REQUIRE(all.counts.size() == 4);
  // Customer 1 was served at once (no queued span), customer 2 waited 8 s; customer 3's
  // waits led to no service before the trace ends.
  CHECK(std::accumulate(all.counts.begin(), all.counts.end(), std::int64_t{0}) == 2);
  CHECK(all.bin_width * 4 > 8 * s);  // the longest wait (8 s) falls inside the last bin
  CHECK(all.counts.front() == 1);
  CHECK(all.counts.back() == 1);
  const Histogram kitchen = queue_wait_histogram(t, 1, 10);
  CHECK(std::accumulate(kitchen.counts.begin(), kitchen.counts.end(), std::int64_t{0}) == 0);
  CHECK(kitchen.bin_width >= 1);
}

TEST_CASE("a level series keeps every step while few and the peaks when many") {
  LevelSeries few(100);
  few.change(0, +1);
  few.change(5 * s, +1);
  few.change(5 * s, -1);  // one leaves as another joins: no dip, no peak
  few.change(7 * s, -1);
  const auto steps = few.points(10 * s);
  REQUIRE(steps.size() == 2);
  CHECK(steps[0].time == 0);
  CHECK(steps[0].value == 1);
  CHECK(steps[1].time == 7 * s);
  CHECK(steps[1].value == 0);

  // A long run of ups and downs with one tall, short peak in the middle.
  LevelSeries many(50);
  std::int64_t level = 0;
  for (Time t = 1; t <= 100000; ++t) {
    const std::int64_t target = t == 50000 ? 40 : static_cast<std::int64_t>(t % 7);
    many.change(t * s, target - level);
    level = target;
  }
  const auto thinned = many.points(100001 * s);
  CHECK(thinned.size() <= 50);
  CHECK(thinned.front().time == 0);
  std::int64_t top = 0;
  for (const auto& p : thinned) top = std::max(top, p.value);
  CHECK(top == 40);
}
