#include <catch2/catch.hpp>

#include <vector>

#include "chart/trace_index.hpp"

using namespace burgers;
using namespace burgers::chart;
using trace::AgentKind;
using trace::State;

namespace {

std::vector<std::uint32_t> list(SpanList spans) {
  return {spans.begin(), spans.end()};
}

// Staff 0, customer 1, staff 2 (created among the customers), customers 3, 4 and 5.
trace::Trace mixed() {
  trace::Trace t;
  t.stations.push_back({"desk", "Desk", 2, false});
  t.groups.push_back({"customer", "Customer"});
  t.agents = {{AgentKind::staff, 0, -1, 1},    {AgentKind::customer, -1, 0, 1},
              {AgentKind::staff, 0, -1, 2},    {AgentKind::customer, -1, 0, 2},
              {AgentKind::customer, -1, 0, 3}, {AgentKind::customer, -1, 0, 4}};
  for (trace::AgentId c : {1u, 3u, 4u, 5u}) {
    const Time at = static_cast<Time>(c) * kSecond;
    t.spans.push_back({at, at, c, c, -1, -1, -1, State::arrived});
    t.spans.push_back({at, at + 10 * kSecond, c, c, 0, -1, 0, State::served_blocked});
    if (c != 5)
      t.spans.push_back({at + 10 * kSecond, at + 10 * kSecond, c, c, -1, -1, -1, State::done});
  }
  t.spans.push_back({0, 20 * kSecond, 0, trace::kNoAgent, 0, -1, -1, State::idle});
  t.spans.push_back({0, 20 * kSecond, 2, trace::kNoAgent, 0, -1, -1, State::idle});
  t.end_time = 20 * kSecond;
  return t;
}

}  // namespace

TEST_CASE("customers keep their positions in arrival order among other agents") {
  const trace::Trace t = mixed();
  const TraceIndex index(t);
  REQUIRE(index.indexed_customers() == 4);
  CHECK(index.customer(0) == 1);
  CHECK(index.customer(1) == 3);
  CHECK(index.customer(3) == 5);
  CHECK(index.customer_position(3) == 1);
  CHECK(index.customer_position(2) == SIZE_MAX);  // a staff member
  CHECK(index.staff_agents() == std::vector<trace::AgentId>{0, 2});
  CHECK(list(index.spans_of(3)) == std::vector<std::uint32_t>{3, 4, 5});
  CHECK(list(index.spans_of(2)) == std::vector<std::uint32_t>{12});
  CHECK(index.customer_arrival(1) == 3 * kSecond);
  CHECK(index.customer_left(1) == 13 * kSecond);
  CHECK(index.customer_left(3) == kNever);  // still inside
  CHECK(index.longest_stay() == 10 * kSecond);
}

TEST_CASE("an index of the first customers leaves the rest out, counted") {
  const trace::Trace t = mixed();
  const TraceIndex index(t, 2);
  CHECK(index.indexed_customers() == 2);
  CHECK(index.customer_count() == 4);
  CHECK(index.customer_position(4) == SIZE_MAX);
  CHECK(index.spans_of(4).empty());
  CHECK(list(index.spans_of(3)) == std::vector<std::uint32_t>{3, 4, 5});
}

TEST_CASE("a customer with more spans than their group's customers had moves, whole") {
  trace::Trace t;
  t.groups.push_back({"customer", "Customer"});
  t.agents = {{AgentKind::customer, -1, 0, 1}, {AgentKind::customer, -1, 0, 2}};
  std::vector<std::uint32_t> second;
  for (std::uint32_t k = 0; k < 40; ++k) {
    const trace::AgentId a = k < 3 ? 0 : 1;  // the first has 3 spans, the second 37
    if (a == 1) second.push_back(k);
    t.spans.push_back({static_cast<Time>(k), static_cast<Time>(k + 1), a, a, 0, -1,
                       static_cast<std::int16_t>(k), State::served_free});
  }
  TraceIndex index;
  index.update(t);
  CHECK(list(index.spans_of(1)) == second);
  CHECK(list(index.spans_of(0)) == std::vector<std::uint32_t>{0, 1, 2});
}

TEST_CASE("staff found by agent whether their numbers are small or come after many customers") {
  // Staff 0, 70,000 customers, then staff 70,001 (past the index's table of small numbers).
  trace::Trace t;
  t.stations.push_back({"desk", "Desk", 2, false});
  t.groups.push_back({"customer", "Customer"});
  constexpr trace::AgentId kLate = 70001;
  t.agents.push_back({AgentKind::staff, 0, -1, 1});
  for (trace::AgentId c = 1; c < kLate; ++c) t.agents.push_back({AgentKind::customer, -1, 0, c});
  t.agents.push_back({AgentKind::staff, 0, -1, 2});
  t.spans.push_back({0, kSecond, 0, 1, 0, -1, 0, State::busy});
  t.spans.push_back({0, 0, 1, 1, -1, -1, -1, State::arrived});
  t.spans.push_back({0, kSecond, kLate, 2, 0, -1, 0, State::busy});
  t.spans.push_back({0, 0, 2, 2, -1, -1, -1, State::arrived});
  t.end_time = kSecond;
  const TraceIndex index(t);
  CHECK(index.staff_agents() == std::vector<trace::AgentId>{0, kLate});
  CHECK(list(index.spans_of(0)) == std::vector<std::uint32_t>{0});
  CHECK(list(index.spans_of(kLate)) == std::vector<std::uint32_t>{2});
  CHECK(list(index.spans_of(2)) == std::vector<std::uint32_t>{3});  // a customer
  CHECK(index.customer_position(kLate) == SIZE_MAX);
  CHECK(index.customer_position(kLate - 1) == kLate - 2);
  CHECK(index.spans_of(kLate + 5).empty());  // no such agent
}
