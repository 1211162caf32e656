#include <catch2/catch.hpp>

#include <array>
#include <cmath>
#include <memory>

#include "chart/chart_builder.hpp"
#include "run/simulation.hpp"
#include "support/scenario_builder.hpp"

using namespace burgers;
using namespace burgers::chart;
using burgers::testing::cpu;
using burgers::testing::fixed;
using burgers::testing::ScenarioBuilder;
using random::Distribution;
using trace::State;

namespace {

trace::Trace small_trace() {
  trace::Trace t;
  t.title = "Tiny";
  t.stations.push_back({"cashier", "Cashier", 1, false});
  t.groups.push_back({"customer", "Customer"});
  t.agents.push_back({trace::AgentKind::staff, 0, -1, 1});
  t.agents.push_back({trace::AgentKind::customer, -1, 0, 1});
  t.spans.push_back({0, 10 * kSecond, 0, trace::kNoAgent, 0, -1, -1, State::idle});
  t.spans.push_back({10 * kSecond, 10 * kSecond, 1, 1, -1, -1, -1, State::arrived});
  t.spans.push_back({10 * kSecond, 40 * kSecond, 1, 1, 0, -1, 0, State::served_blocked});
  t.spans.push_back({10 * kSecond, 40 * kSecond, 0, 1, 0, -1, 0, State::busy});
  t.spans.push_back({40 * kSecond, 40 * kSecond, 1, 1, -1, -1, -1, State::done});
  t.spans.push_back({40 * kSecond, 100 * kSecond, 0, trace::kNoAgent, 0, -1, -1, State::idle});
  t.end_time = 100 * kSecond;
  return t;
}

}  // namespace

TEST_CASE("each span becomes a bar in its agent's lane at the right place") {
  const trace::Trace t = small_trace();
  ChartOptions o;
  o.width = 1024;
  o.label_width = 100;
  const ChartModel m = build_timeline(t, o);
  REQUIRE(m.lanes.size() == 4);  // Staff header, Cashier 1, Customers header, Customer 1
  CHECK(m.lanes[0].header);
  CHECK(m.lanes[1].label == "Cashier 1");
  CHECK(m.lanes[3].label == "Customer 1");
  REQUIRE(m.rects.size() == 4);
  const ChartRect& busy = m.rects[1];
  CHECK(busy.state == State::busy);
  CHECK(busy.span == 3);
  const float width = m.plot_x1 - m.plot_x0;
  CHECK(busy.x0 == Approx(m.plot_x0 + width * 0.1f));
  CHECK(busy.x1 == Approx(m.plot_x0 + width * 0.4f));
  CHECK(busy.y0 == Approx(m.lanes[1].y0));
  CHECK(m.marks.size() == 2);  // arrives and leaves
  CHECK(m.title == "Tiny");
}

TEST_CASE("spans outside the visible time range are left out") {
  const trace::Trace t = small_trace();
  ChartOptions o;
  o.t0 = 50 * kSecond;
  o.t1 = 90 * kSecond;
  const ChartModel m = build_timeline(t, o);
  REQUIRE(m.rects.size() == 1);
  CHECK(m.rects[0].state == State::idle);
  CHECK(m.rects[0].x0 == Approx(m.plot_x0));
  CHECK(m.rects[0].x1 == Approx(m.plot_x1));
  CHECK(m.marks.empty());
}

TEST_CASE("spans thinner than a pixel are folded into bars about a pixel wide") {
  const auto s = ScenarioBuilder()
                     .seed(3)
                     .station("cashier", 1)
                     .customers(20000, Distribution::exponential(1 * kSecond))
                     .step("order", "cashier", {cpu(Distribution::exponential(500 * kMillisecond))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  ChartOptions o;
  o.width = 800;
  o.max_customers = 50;
  const ChartModel m = build_timeline(*sim.trace(), o);
  const float pixels = m.plot_x1 - m.plot_x0;
  std::size_t cashier_bars = 0;
  std::uint64_t folded = 0;
  for (const ChartRect& r : m.rects) {
    if (r.y0 == m.lanes[1].y0) {
      ++cashier_bars;
      folded += r.folded;
      CHECK(r.x1 - r.x0 >= 0.99f);
    }
  }
  // Every bar is at least a pixel wide and any two consecutive bars advance a pixel or
  // more, so a lane never holds more than two bars per pixel, however many spans it has.
  CHECK(cashier_bars <= 2 * static_cast<std::size_t>(pixels) + 2);
  // Every one of the cashier's spans (about 30,000: busy for each customer, idle between
  // busy periods) is accounted for in some bar.
  std::uint64_t cashier_spans = 0;
  for (const trace::Span& span : sim.trace()->spans) {
    if (span.agent == m.lanes[1].agent) ++cashier_spans;
  }
  CHECK(cashier_spans > 25000);
  CHECK(folded == cashier_spans);
  CHECK(m.subtitle == "Showing customers 1–50 of 20,000");
  CHECK(m.lanes.size() == 2 + 1 + 50);
}

TEST_CASE("customer lanes scroll: first_customer picks which customers are shown") {
  const auto s = ScenarioBuilder()
                     .station("cashier", 1)
                     .customers(30, fixed(1 * kMinute))
                     .step("order", "cashier", {cpu(fixed(30 * kSecond))})
                     .build();
  run::Simulation sim(s);
  sim.run();
  const TraceIndex index(*sim.trace());
  ChartOptions o;
  o.first_customer = 10;
  o.max_customers = 5;
  const ChartModel m = build_timeline(*sim.trace(), index, o);
  CHECK(m.lanes.back().label == "Customer 15");
  CHECK(m.lanes[m.lanes.size() - 5].label == "Customer 11");
}

TEST_CASE("cores get lanes derived from the staff spans that ran on them") {
  const auto s = ScenarioBuilder()
                     .station("cleaner", 3)
                     .customers(3, Distribution::constant(0), "room")
                     .step("clean", "cleaner", {cpu(fixed(1 * kSecond))})
                     .cores(2, 100 * kMillisecond)
                     .build();
  run::Simulation sim(s);
  sim.run();
  const TraceIndex index(*sim.trace());
  CHECK(index.cores() == 2);
  Time on_cores = 0;
  for (int c = 0; c < 2; ++c) {
    for (const std::uint32_t i : index.spans_on_core(c)) {
      on_cores += sim.trace()->spans[i].end - sim.trace()->spans[i].start;
    }
  }
  CHECK(on_cores == 3 * kSecond);
  const ChartModel m = build_timeline(*sim.trace(), index, ChartOptions{});
  bool has_core_lane = false;
  for (const ChartLane& l : m.lanes) has_core_lane |= l.label == "Core 2";
  CHECK(has_core_lane);
}

TEST_CASE("the legend lists the states that occur, and wraps to fit") {
  const trace::Trace t = small_trace();
  ChartOptions o;
  o.width = 300;
  const ChartModel m = build_timeline(t, o);
  // idle, then busy (staff) with the customer's phase of the same colour in one entry,
  // and the hatching that says the customer is blocked (instants have marks instead).
  REQUIRE(m.legend.size() == 3);
  CHECK(m.legend[0].state == State::idle);
  CHECK(m.legend[1].state == State::busy);
  CHECK(m.legend[1].label == "Working / Being worked on");
  CHECK(m.legend[2].label == "Hatched: the customer is blocked");
  CHECK(m.legend.back().y > m.legend.front().y);
  CHECK(m.height > m.legend.back().y);
}

TEST_CASE("a staff state and the job phase of its colour share one legend entry") {
  trace::Trace t = small_trace();
  // The staff member waits for a core while the customer's job does; later, the customer
  // awaits I/O (no staff state of that colour).
  t.spans[2].state = State::core_wait_free;
  t.spans[3].state = State::ready;
  t.spans.push_back({40 * kSecond, 50 * kSecond, 1, 1, 0, -1, 0, State::awaiting_free});
  ChartOptions o;
  o.width = 2000;
  o.phase_labels[static_cast<std::size_t>(trace::JobPhase::core_wait)] = "Waiting for a core";
  const ChartModel m = build_timeline(t, o);
  std::vector<std::string> labels;
  for (const ChartLegendEntry& e : m.legend) labels.push_back(e.label);
  // Same words: one label; a phase whose staff state does not occur keeps its own entry.
  CHECK(labels ==
        std::vector<std::string>{"Idle", "Waiting for a core", "Awaiting I/O, staff free"});
  for (const ChartLegendEntry& e : m.legend) {
    CHECK(e.state != State::core_wait_free);
    CHECK(e.state != State::queued_blocked);  // no one was blocked: no hatching entry
  }
}

TEST_CASE("axis ticks are round numbers in a fitting unit") {
  auto labels = [](Time t0, Time t1) {
    std::vector<std::string> out;
    for (const ChartTick& t : time_ticks(t0, t1, 0, 1100)) out.push_back(t.label);
    return out;
  };
  CHECK(labels(0, 10 * kSecond) == std::vector<std::string>{"0 s", "1 s", "2 s", "3 s", "4 s",
                                                            "5 s", "6 s", "7 s", "8 s", "9 s",
                                                            "10 s"});
  CHECK(labels(0, 50 * kMinute).front() == "0 min");
  CHECK(labels(0, 50 * kMinute)[1] == "5 min");
  CHECK(labels(0, 20 * kMillisecond)[1] == "2 ms");
  CHECK(labels(0, 10 * kHour)[1] == "1 h");
  CHECK(labels(1500 * kMillisecond, 2500 * kMillisecond)[0] == "1.5 s");
  const auto ticks = time_ticks(0, 10 * kSecond, 100, 1200);
  CHECK(ticks.front().x == Approx(100));
  CHECK(ticks.back().x == Approx(1200));
}

TEST_CASE("axis tick labels never touch, however long they are") {
  const text::Measure measure = text::estimated(17);
  // Far into a long run the minutes carry their hours ("13331 h 40 min"): wider than the
  // usual 110 px between ticks, so the step grows.
  for (const Time t1 : {Time{13332} * kHour, Time{2317} * kHour + 57 * kMinute, 10 * kSecond,
                        Time{200000} * kHour}) {
    CAPTURE(t1);
    const Time t0 = t1 - t1 / 1000;
    const auto ticks = time_ticks(t0, t1, 170, 810, measure);
    REQUIRE(ticks.size() >= 2);
    for (std::size_t i = 1; i < ticks.size(); ++i) {
      const float room = ticks[i].x - ticks[i - 1].x;
      CHECK(room >= (measure(ticks[i].label) + measure(ticks[i - 1].label)) / 2 + 12);
    }
  }
  // The dashboard's case: 20 minutes on 480 px put ticks 120 px apart, 5 min each, and
  // "13331 h 45 min" is wider than that. Without a measure, the usual spacing.
  const Time end = Time{13332} * kHour;
  const auto plain = time_ticks(end - 20 * kMinute, end, 170, 650);
  CHECK(plain.size() == 5);  // every 5 min
  const auto spaced = time_ticks(end - 20 * kMinute, end, 170, 650, measure);
  REQUIRE(spaced.size() == 3);  // every 10 min
  CHECK(spaced[0].label == "13331 h 40 min");
  CHECK(spaced[1].label == "13331 h 50 min");
  CHECK(spaced[2].label == "13332 h 0 min");
}

TEST_CASE("a live trace is drawn with open spans reaching the cursor") {
  const auto s = ScenarioBuilder()
                     .station("cashier", 1)
                     .customers(3, fixed(1 * kMinute))
                     .step("order", "cashier", {cpu(fixed(10 * kMinute))})
                     .build();
  run::Simulation sim(s);
  sim.advance(5 * kMinute, 1000);
  TraceIndex index(*sim.trace());
  ChartOptions o;
  o.t1 = 6 * kMinute;
  o.cursor = 5 * kMinute;
  const ChartModel m = build_timeline(*sim.trace(), index, o);
  CHECK(m.cursor_x == Approx(m.x_of(5 * kMinute)));
  float busy_end = 0;
  for (const ChartRect& r : m.rects) {
    if (r.state == State::busy) busy_end = std::max(busy_end, r.x1);
  }
  CHECK(busy_end == Approx(m.x_of(5 * kMinute)));
  sim.run();
  index.update(*sim.trace());
  CHECK(index.indexed_spans() == sim.trace()->spans.size());
}

TEST_CASE("an overlaid run is drawn lane by lane under the main run's bars") {
  const trace::Trace sim = small_trace();
  // The same agents in another order, the customer served later and waiting on I/O.
  trace::Trace real;
  real.stations = sim.stations;
  real.groups = sim.groups;
  real.agents.push_back({trace::AgentKind::customer, -1, 0, 1});
  real.agents.push_back({trace::AgentKind::staff, 0, -1, 1});
  real.spans.push_back({0, 20 * kSecond, 1, trace::kNoAgent, 0, -1, -1, State::idle});
  real.spans.push_back({20 * kSecond, 60 * kSecond, 1, 0, 0, -1, 0, State::io_wait});
  real.spans.push_back({20 * kSecond, 60 * kSecond, 0, 0, 0, -1, 0, State::served_free});
  real.end_time = 60 * kSecond;
  const TraceIndex real_index(real);

  ChartOptions o;
  o.width = 1024;
  o.label_width = 100;
  o.overlay = &real;
  o.overlay_index = &real_index;
  const ChartModel m = build_timeline(sim, o);
  REQUIRE(m.lanes.size() == 4);
  const ChartLane& cashier = m.lanes[1];
  const ChartLane& customer = m.lanes[3];
  const float mid = (cashier.y0 + cashier.y1) / 2;
  std::size_t main_bars = 0, overlay_bars = 0;
  for (const ChartRect& r : m.rects) {
    if (r.overlay) {
      ++overlay_bars;
      CHECK(r.y0 > (r.y0 < customer.y0 ? mid : (customer.y0 + customer.y1) / 2));
      if (r.state == State::io_wait) {
        CHECK(r.y1 <= cashier.y1);  // the cashier's measured wait, in the cashier's lane
        CHECK(r.x0 == Approx(m.x_of(20 * kSecond)));
        CHECK(real.spans[r.span].state == State::io_wait);
      }
      if (r.state == State::served_free) CHECK(r.y0 >= customer.y0);
    } else {
      ++main_bars;
      CHECK(r.y1 < (r.y0 < customer.y0 ? mid : (customer.y0 + customer.y1) / 2));
    }
  }
  CHECK(main_bars == 4);
  CHECK(overlay_bars == 3);
  bool io_in_legend = false;
  for (const ChartLegendEntry& e : m.legend)
    io_in_legend = io_in_legend || e.state == State::io_wait;
  CHECK(io_in_legend);  // a state only the overlay has still gets a legend entry
}

namespace {

// Many staff, many customers: a thread pool serving requests one after the other.
std::unique_ptr<run::Simulation> pool_run(int staff, int customers) {
  auto sim =
      std::make_unique<run::Simulation>(ScenarioBuilder()
                                            .station("pool", staff)
                                            .customers(customers, fixed(kSecond))
                                            .step("handle", "pool", {cpu(fixed(30 * kSecond))})
                                            .build());
  sim->run();
  return sim;
}

// The whole run's timeline `height` px high, its staff group folded when it does not fit.
ChartModel folded_timeline(const run::Simulation& sim, const TraceIndex& index, float height) {
  ChartOptions o;
  o.height = height;
  o.fold_staff_to_fit = true;
  o.t1 = sim.now();
  return build_timeline(*sim.trace(), index, o);
}

float group_height(const ChartModel& m, LaneGroup group) {
  float h = 0;
  for (const ChartLane& l : m.lanes) {
    if (l.group == group) h += l.y1 - l.y0;
  }
  return h;
}

}  // namespace

TEST_CASE("a chart given a height fits in it, legend included") {
  const auto sim_run = pool_run(3, 200);
  run::Simulation& sim = *sim_run;
  const TraceIndex index(*sim.trace());
  for (float height : {260.0f, 400.0f, 700.0f}) {
    ChartOptions o;
    o.width = 420;
    o.height = height;
    const ChartModel m = build_timeline(*sim.trace(), index, o);
    CHECK(m.height <= height);
    CHECK(m.shown_customers >= 1);
    for (const ChartLegendEntry& e : m.legend) {
      CHECK(e.x + m.swatch_px + 6 + text::estimate_width(e.label, o.text_px) <= o.width);
      CHECK(e.y + m.swatch_px <= m.height);
    }
  }
}

TEST_CASE("a large staff group folds into one summary lane and leaves room for customers") {
  const auto sim_run = pool_run(100, 100);
  run::Simulation& sim = *sim_run;
  const TraceIndex index(*sim.trace());
  const ChartModel m = folded_timeline(sim, index, 500);
  CHECK(m.staff_folded);
  CHECK(m.lanes.front().header);
  CHECK(m.lanes.front().collapsed);
  CHECK(m.lanes.front().label == "Staff (100)");
  bool summary = false;
  for (const ChartRect& r : m.rects) {
    if (r.folded != 0) continue;
    summary = true;
    CHECK(r.y0 >= m.lanes.front().y0);
    CHECK(r.y1 <= m.lanes.front().y1);
  }
  CHECK(summary);
  CHECK(group_height(m, LaneGroup::customers) > group_height(m, LaneGroup::staff));
}

TEST_CASE("a folded staff lane stacks, column by column, how many staff are in each state") {
  // Random services, many spans to a pixel column: the search moves far between columns.
  run::Simulation sim(ScenarioBuilder()
                          .seed(3)
                          .station("pool", 24)
                          .customers(6000, Distribution::exponential(kSecond))
                          .step("handle", "pool", {cpu(Distribution::exponential(20 * kSecond))})
                          .build());
  sim.run();
  const TraceIndex index(*sim.trace());
  const ChartModel m = folded_timeline(sim, index, 300);
  REQUIRE(m.staff_folded);
  const ChartLane& lane = m.lanes.front();
  const auto& staff = index.staff_agents();
  // The stack fills the header lane less a pixel at the top and at the bottom.
  const float per_lane = (lane.y1 - lane.y0 - 2) / static_cast<float>(staff.size());
  const auto& spans = sim.trace()->spans;
  int columns = 0;
  for (float x = m.plot_x0; x < m.plot_x1 - 1; x += 1, ++columns) {
    const double f = (x + 0.5f - m.plot_x0) / static_cast<double>(m.plot_x1 - m.plot_x0);
    const Time t = m.t0 + static_cast<Time>(f * static_cast<double>(m.t1 - m.t0));
    std::array<int, trace::kStateCount> expected{};
    for (const trace::AgentId a : staff) {
      for (const std::uint32_t i : index.spans_of(a)) {
        if (spans[i].end <= t) continue;  // over by t
        if (spans[i].start <= t && spans[i].state != State::idle) {
          ++expected[static_cast<std::size_t>(spans[i].state)];
        }
        break;
      }
    }
    std::array<int, trace::kStateCount> drawn{};
    for (const ChartRect& r : m.rects) {
      if (r.folded != 0 || r.y0 < lane.y0 || r.y1 > lane.y1 || r.x0 > x || r.x1 <= x) continue;
      drawn[static_cast<std::size_t>(r.state)] +=
          static_cast<int>(std::lround((r.y1 - r.y0) / per_lane));
    }
    CAPTURE(x, t);
    CHECK(drawn == expected);
  }
  CHECK(columns > 100);
}

TEST_CASE("a tick label near an edge moves inward to lie whole inside the chart") {
  const text::Measure measure = text::estimated(12);
  // 0 to 10 s on [100, 600]: the ticks at 0 s and 10 s sit on the plot's edges.
  auto ticks = time_ticks(0, 10 * kSecond, 100, 600, measure);
  REQUIRE(ticks.size() >= 3);
  keep_labels_inside(ticks, 120, 590, measure);
  for (const ChartTick& t : ticks) {
    CAPTURE(t.label, t.x, t.label_x);
    const float half = measure(t.label) / 2;
    CHECK(t.label_x - half >= 120 - 1e-3f);
    CHECK(t.label_x + half <= 590 + 1e-3f);
  }
  CHECK(ticks.front().label_x > ticks.front().x);  // moved right, off the left edge
  CHECK(ticks.back().label_x < ticks.back().x);    // moved left
  CHECK(ticks[1].label_x == ticks[1].x);           // the others stay under their tick
  // A timeline does it against its own width.
  const auto sim_run = pool_run(2, 20);
  ChartOptions o;
  o.width = 700;
  o.t1 = sim_run->now();
  const ChartModel m = build_timeline(*sim_run->trace(), TraceIndex(*sim_run->trace()), o);
  const text::Measure model_measure = text::estimated(o.text_px);
  REQUIRE_FALSE(m.ticks.empty());
  for (const ChartTick& t : m.ticks) {
    CHECK(t.label_x + model_measure(t.label) / 2 <= m.width);
    CHECK(t.label_x - model_measure(t.label) / 2 >= 0);
  }
}

TEST_CASE("an open staff group takes at most about half of the lanes") {
  const auto sim_run = pool_run(100, 100);
  run::Simulation& sim = *sim_run;
  const TraceIndex index(*sim.trace());
  ChartOptions o;
  o.height = 600;
  o.first_staff = 10;
  const ChartModel m = build_timeline(*sim.trace(), index, o);
  CHECK_FALSE(m.staff_folded);
  const float lanes = m.plot_y1 - m.plot_y0;
  CHECK(group_height(m, LaneGroup::staff) <= lanes * 0.55f);
  CHECK(m.first_staff == 10);
  CHECK(m.lanes.front().label.rfind("Staff 11–", 0) == 0);
}

TEST_CASE("follow shows the customers inside at the followed time") {
  const auto sim_run = pool_run(2, 300);  // a queue that grows: customers stay long
  run::Simulation& sim = *sim_run;
  const TraceIndex index(*sim.trace());
  for (const Time t : {10 * kSecond, 200 * kSecond, 2000 * kSecond, sim.now()}) {
    ChartOptions o;
    o.height = 400;
    o.follow_at = t;
    const ChartModel m = build_timeline(*sim.trace(), index, o);
    const auto [first, last] = index.customers_around(t);
    std::size_t inside = 0, shown_inside = 0;
    for (std::size_t i = first; i < last; ++i) {
      if (index.customer_left(i) <= t) continue;
      ++inside;
      shown_inside += i >= m.first_customer && i < m.first_customer + m.shown_customers;
    }
    INFO("t = " << t);
    CHECK(shown_inside == std::min(inside, m.shown_customers));  // all inside, or a full window
    CHECK(m.first_customer + m.shown_customers <= last);         // nobody not yet arrived
  }
}

TEST_CASE("follow prefers the many recent customers to one who stays long") {
  // One guest stays all run; forty others come every 10 s and stay 100 s each.
  run::Simulation sim(ScenarioBuilder()
                          .station("desk", 50)
                          .customers(1, fixed(0), "guest")
                          .step("stay", "", {cpu(fixed(kHour))})
                          .customers(40, fixed(10 * kSecond))
                          .step("ask", "desk", {cpu(fixed(100 * kSecond))})
                          .build());
  sim.run();
  const TraceIndex index(*sim.trace());
  ChartOptions o;
  o.height = 260;
  o.follow_at = 300 * kSecond;
  const ChartModel m = build_timeline(*sim.trace(), index, o);
  const std::size_t last = index.customers_around(300 * kSecond).second;
  REQUIRE(m.shown_customers < 10);
  CHECK(m.first_customer > 0);  // not from the guest who arrived first
  CHECK(m.first_customer + m.shown_customers == last);
}

TEST_CASE("a long title wraps to the chart's width and pushes the lanes down") {
  const trace::Trace t = small_trace();
  ChartOptions o;
  o.width = 200;
  o.title = "一位櫃檯人員、一位廚師：並發漢堡，顧客拿到號碼牌後就自由了";
  const ChartModel m = build_timeline(t, o);
  REQUIRE(m.title_lines.size() > 1);
  for (const std::string& line : m.title_lines)
    CHECK(text::estimate_width(line, m.title_px) <= o.width - 32 + 0.01f);
  CHECK(m.plot_y0 > 58);
  CHECK(m.subtitle_baseline() < m.plot_y0);
}

TEST_CASE("the legend leaves out states seen only in spans of no length") {
  trace::Trace t = small_trace();
  // A wait in line that took no time, as when the cashier was free at once.
  t.spans.insert(t.spans.begin() + 2,
                 {10 * kSecond, 10 * kSecond, 1, 1, 0, -1, 0, State::queued_blocked});
  const ChartModel m = build_timeline(t, ChartOptions{});
  // No "In line" key: only the hatching entry (for the customer served standing) is left.
  for (const ChartLegendEntry& e : m.legend) CHECK(e.state != State::queued_free);
  // While still open it counts (it is going on); once closed with no length it does not.
  trace::Trace live = small_trace();
  live.spans.push_back({100 * kSecond, trace::kOpenEnd, 1, 1, 0, -1, 0, State::queued_free});
  TraceIndex index(live);
  CHECK(index.has_state(State::queued_free));
  live.spans.back().end = 100 * kSecond;
  index.update(live);
  CHECK_FALSE(index.has_state(State::queued_free));
}

TEST_CASE("a GIL lane shows which thread holds the GIL, next to the core lanes") {
  trace::Trace t;
  t.title = "gil";
  t.gil = true;
  t.cores = 2;
  t.stations.push_back({"pool", "Pool", 2, false, true, false});
  t.agents.push_back({trace::AgentKind::staff, 0, -1, 1});
  t.agents.push_back({trace::AgentKind::staff, 0, -1, 2});
  t.spans.push_back({0, 5, 0, trace::kNoAgent, 0, 0, -1, State::busy});
  t.spans.push_back({0, 5, 1, trace::kNoAgent, 0, -1, -1, State::gil_wait});
  t.spans.push_back({5, 10, 1, trace::kNoAgent, 0, 1, -1, State::busy});
  t.end_time = 10;
  const chart::TraceIndex index(t);
  const chart::SpanList gil = index.spans_holding_gil();
  CHECK(std::vector<std::uint32_t>(gil.begin(), gil.end()) == std::vector<std::uint32_t>{0, 2});
  ChartOptions o;
  const ChartModel m = build_timeline(t, index, o);
  const auto lane = std::find_if(m.lanes.begin(), m.lanes.end(),
                                 [](const chart::ChartLane& l) { return l.label == "GIL"; });
  REQUIRE(lane != m.lanes.end());
  int bars = 0;
  for (const chart::ChartRect& r : m.rects) bars += r.y0 >= lane->y0 && r.y1 <= lane->y1;
  CHECK(bars == 2);
}

TEST_CASE("following a long run, the axis starts where the customers in view arrived") {
  const auto sim_run = pool_run(2, 300);
  run::Simulation& sim = *sim_run;
  const TraceIndex index(*sim.trace());
  ChartOptions o;
  o.height = 300;
  o.t1 = sim.now();
  o.follow_at = sim.now();
  o.follow_axis = true;
  const ChartModel m = build_timeline(*sim.trace(), index, o);
  CHECK(m.t0 > 0);
  CHECK(m.t0 <= index.customer_arrival(m.first_customer));
  CHECK(m.t1 == sim.now());
  bool bar_in_view = false;
  for (const ChartRect& r : m.rects) bar_in_view |= r.x1 - r.x0 > 20;
  CHECK(bar_in_view);  // readable bars, not slivers at the end of a long axis
}

namespace {

// Two groups arriving in turn, one after the other: Web 1, ML 1, Web 2, ML 2 ... (agents
// in arrival order, numbered within their group as their lanes show them).
trace::Trace two_groups(int per_group) {
  trace::Trace t;
  t.title = "Two groups";
  t.stations.push_back({"server", "Server", 1, false});
  t.groups.push_back({"web", "Web"});
  t.groups.push_back({"ml", "ML"});
  Time at = 0;
  for (int n = 1; n <= per_group; ++n) {
    for (std::int16_t g = 0; g < 2; ++g) {
      const auto id = static_cast<trace::AgentId>(t.agents.size());
      t.agents.push_back({trace::AgentKind::customer, -1, g, n});
      t.spans.push_back({at, at, id, id, -1, -1, -1, State::arrived});
      t.spans.push_back({at, at + kSecond, id, id, -1, -1, 0, State::own_activity});
      t.spans.push_back({at + kSecond, at + kSecond, id, id, -1, -1, -1, State::done});
      at += kSecond;
    }
  }
  t.end_time = at + kSecond;
  return t;
}

}  // namespace

TEST_CASE("the customers' header counts with the numbers written on their lanes") {
  const trace::Trace t = two_groups(80);
  ChartOptions o;
  o.t0 = 0;
  o.t1 = t.end_time;
  o.first_customer = 151;  // the lanes of ML 76 .. ML 80
  o.max_customers = 9;
  const ChartModel m = build_timeline(t, o);
  std::vector<std::string> lanes;
  std::string header;
  for (const ChartLane& l : m.lanes) {
    if (l.group != LaneGroup::customers) continue;
    if (l.header) header = l.label;
    if (!l.header) lanes.push_back(l.label);
  }
  REQUIRE(lanes.size() == 9);
  CHECK(lanes.front() == "ML 76");
  CHECK(lanes.back() == "ML 80");
  // Not "Customers 152–160 of 160" (lane positions), but the lanes' own numbers.
  CHECK(header == "Customers ML 76–80, Web 77–80 of 160");
  CHECK(m.subtitle == "Showing customers ML 76–80, Web 77–80 of 160");
}

TEST_CASE("with one group the header's numbers are the lanes' numbers") {
  trace::Trace t = two_groups(10);
  t.groups.pop_back();
  for (std::size_t i = 0; i < t.agents.size(); ++i) {
    t.agents[i].group = 0;
    t.agents[i].number = static_cast<std::int64_t>(i) + 1;
  }
  ChartOptions o;
  o.t0 = 0;
  o.t1 = t.end_time;
  o.first_customer = 15;
  o.max_customers = 5;
  const ChartModel m = build_timeline(t, o);
  for (const ChartLane& l : m.lanes) {
    if (l.group == LaneGroup::customers && l.header) CHECK(l.label == "Customers 16–20 of 20");
  }
}

TEST_CASE("a lane name too long for the label column keeps its number and ends its kind in …") {
  trace::Trace t = small_trace();
  t.stations[0].label = "Cashier who also cooks the burgers and fries";
  ChartOptions o;
  o.t0 = 0;
  o.t1 = t.end_time;
  o.label_width = 140;
  const text::Measure measure = text::estimated(o.text_px);
  const ChartModel m = build_timeline(t, o);
  bool cut = false;
  for (const ChartLane& l : m.lanes) {
    if (l.header) continue;
    INFO(l.label);
    CHECK(measure(l.label) <= m.plot_x0 - 20);
    if (l.label.find("…") == std::string::npos) continue;
    cut = true;
    CHECK(l.label.rfind("Cashier who", 0) == 0);
    CHECK(l.label.substr(l.label.size() - std::string("… 1").size()) == "… 1");
  }
  CHECK(cut);
}
