#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "chart/restaurant_layout.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "support/scenario_builder.hpp"
#include "text/fill.hpp"

using namespace burgers;
using namespace burgers::chart;

namespace {

RestaurantWords english(const trace::Trace& trace) {
  RestaurantWords w;
  for (const auto& s : trace.stations) w.stations.push_back(s.label);
  for (const auto& g : trace.groups) w.groups.push_back(g.label);
  for (int i = 0; i < trace::kStateCount; ++i) {
    const auto s = static_cast<trace::State>(i);
    w.state_names[static_cast<std::size_t>(i)] = std::string(trace::state_label(s));
    if (s != trace::State::busy) w.staff_states[static_cast<std::size_t>(i)] = "idle";
  }
  return w;
}

RestaurantWords chinese(const trace::Trace& trace) {
  RestaurantWords w = english(trace);
  for (auto& s : w.stations) s = "櫃檯兼廚師";
  w.line = "排隊（{} 人）";
  w.line_mixed = "在此等候（{} 人）· 其中 {} 人站著排隊，其餘拿號碼牌自由活動";
  w.line_free = "在此等候（{} 人），全都拿號碼牌自由活動";
  w.tables = "座位區：拿著號碼牌自由活動（{} 人）";
  w.eating = "用餐（{} 人）";
  w.now_serving = "取餐號碼：";
  w.preparing = "製作中：";
  w.more = "還有 {} 人";
  w.inside = "店內 {} 人";
  w.served = "已離開 {} 人";
  w.to_come = "還有 {} 人未到";
  w.serving = "服務 {}";
  w.group_key = "{}：{}";
  for (auto& s : w.staff_states) s = s.empty() ? s : "等待 I/O";
  for (auto& s : w.state_names) s = "等待核心";
  return w;
}

std::string describe(const Box& b) {
  std::ostringstream out;
  out << "[" << b.x0 << "," << b.y0 << " - " << b.x1 << "," << b.y1 << "]";
  return out.str();
}

// The number in "+1,234 more" / "還有 1,234 人", or -1 when the label counts no one.
long long more_count(const RestaurantWords& w, const std::string& text) {
  const std::string head = w.more.substr(0, w.more.find("{}"));
  if (text.rfind(head, 0) != 0) return -1;
  long long n = 0;
  bool digits = false;
  for (std::size_t i = head.size();
       i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',');
       ++i) {
    if (text[i] != ',') n = n * 10 + (text[i] - '0'), digits = true;
  }
  return digits ? n : -1;
}

// No two of `items` overlap; `box_of` says where one is, `name_of` what it is.
template <typename Item, typename BoxOf, typename NameOf>
void check_apart(const std::vector<Item>& items, BoxOf box_of, NameOf name_of) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = i + 1; j < items.size(); ++j) {
      const Box a = box_of(items[i]);
      const Box b = box_of(items[j]);
      INFO(name_of(items[i]) << " " << describe(a) << " and " << name_of(items[j]) << " "
                             << describe(b));
      CHECK_FALSE(a.overlaps(b));
    }
  }
}

void check_scene(const RestaurantScene& scene, const RestaurantWords& words) {
  const Box panel{0, 0, scene.width, scene.height};
  for (const Label& l : scene.labels) {
    INFO("label '" << l.text << "' at " << describe(l.box));
    CHECK(l.box.inside(panel));
  }
  for (const Person& p : scene.people) {
    INFO("person " << p.agent << " at " << describe(p.bounds));
    CHECK(p.bounds.inside(panel));
    for (const Label& l : scene.labels) {
      INFO("label '" << l.text << "' at " << describe(l.box));
      CHECK_FALSE(p.bounds.overlaps(l.box));
    }
  }
  check_apart(
      scene.people, [](const Person& p) { return p.bounds; },
      [](const Person& p) { return "person " + std::to_string(p.agent); });
  for (const Furniture& f : scene.furniture) CHECK(f.box.inside(panel));
  check_apart(
      scene.labels, [](const Label& l) { return l.box; },
      [](const Label& l) { return "'" + l.text + "'"; });
  // Everyone inside is drawn or counted in a visible "+N more".
  CHECK(scene.drawn + scene.counted == scene.inside);
  CHECK(scene.staff_drawn + scene.staff_counted == scene.staff);
  long long in_labels = 0;
  for (const Label& l : scene.labels) {
    if (l.style == LabelStyle::muted) in_labels += std::max(0LL, more_count(words, l.text));
  }
  CHECK(in_labels == scene.counted + scene.staff_counted);
}

struct Run {
  std::unique_ptr<run::Simulation> sim;
  std::unique_ptr<TraceIndex> index;
};

Run run_lesson(const std::filesystem::path& file, std::vector<scenario::Override> overrides = {}) {
  auto loaded = scenario::load_scenario_file(file, overrides);
  REQUIRE(loaded.ok());
  Run r;
  r.sim = std::make_unique<run::Simulation>(*loaded.scenario);
  r.sim->run();
  r.index = std::make_unique<TraceIndex>(*r.sim->trace());
  return r;
}

void check_lesson_at(const Run& r, Time t) {
  const trace::Trace& trace = *r.sim->trace();
  const Snapshot snap = snapshot_at(trace, *r.index, t);
  for (const auto& [w, h] :
       {std::pair{880.0f, 330.0f}, {430.0f, 330.0f}, {1380.0f, 520.0f}, {620.0f, 240.0f}}) {
    for (const RestaurantWords& words : {english(trace), chinese(trace)}) {
      RestaurantInput in;
      in.width = w;
      in.height = h;
      in.words = words;
      in.total_customers = r.sim->scenario().customer_count();
      const RestaurantScene scene = layout_restaurant(snap, in);
      INFO(trace.scenario << " at " << t << " ns in " << w << "x" << h);
      CHECK(scene.as_of == t);
      check_scene(scene, words);
    }
  }
}

}  // namespace

TEST_CASE("every lesson's restaurant is laid out without overlaps and without losing anyone") {
  std::vector<std::filesystem::path> lessons;
  for (const auto& e : std::filesystem::directory_iterator(BURGERS_SOURCE_DIR "/scenarios"))
    if (e.path().extension() == ".toml") lessons.push_back(e.path());
  std::sort(lessons.begin(), lessons.end());
  REQUIRE(lessons.size() >= 15);
  for (const auto& file : lessons) {
    const Run r = run_lesson(file);
    const Time end = r.sim->now();
    for (int k = 1; k <= 5; ++k) check_lesson_at(r, end * k / 6);
  }
}

TEST_CASE("a lunch hour of 5,000 customers at 10 h keeps four-digit numbers apart") {
  const Run r =
      run_lesson(BURGERS_SOURCE_DIR "/scenarios/08-lunch-hour.toml", {{"customers.count", "5000"}});
  check_lesson_at(r, 10 * kHour);
  const Snapshot snap = snapshot_at(*r.sim->trace(), *r.index, 10 * kHour);
  RestaurantInput in;
  in.width = 880;
  in.height = 330;
  in.words = english(*r.sim->trace());
  in.total_customers = 5000;
  const RestaurantScene scene = layout_restaurant(snap, in);
  bool footer = false;
  for (const Label& l : scene.labels)
    footer = footer || l.text.find("still to come") != std::string::npos;
  CHECK(footer);
  CHECK(scene.inside > 20);
  // One group: tickets are plain numbers.
  for (const Label& l : scene.labels) {
    if (l.style != LabelStyle::tag) continue;
    INFO(l.text);
    CHECK(std::all_of(l.text.begin(), l.text.end(),
                      [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; }));
  }
}

namespace {

// Jobs queued at `station` at `t`, straight from the trace's spans, and those of them
// whose caller is blocked (they stand in line).
std::pair<long long, long long> queued_in_trace(const trace::Trace& trace, int station, Time t) {
  long long queued = 0, blocked = 0;
  for (const trace::Span& s : trace.spans) {
    if (s.station != station || !trace::is_queued(s.state)) continue;
    if (s.start > t || (s.end != trace::kOpenEnd && s.end <= t)) continue;
    ++queued;
    if (trace::category(s.state) == trace::Category::blocked) ++blocked;
  }
  return {queued, blocked};
}

// The numbers in a label of the form "...[12]...[3]...".
std::vector<long long> bracketed(const std::string& text) {
  std::vector<long long> numbers;
  for (std::size_t at = text.find('['); at != std::string::npos; at = text.find('[', at + 1)) {
    long long n = 0;
    for (std::size_t i = at + 1;
         i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == ',');
         ++i) {
      if (text[i] != ',') n = n * 10 + (text[i] - '0');
    }
    numbers.push_back(n);
  }
  return numbers;
}

}  // namespace

namespace {

// Checks every station's heading at `times` against the trace: the count is every job
// queued there, the second number those standing in line. Returns how many stations had
// free jobs in their queue, and how many had both kinds.
std::pair<int, int> check_station_counts(const Run& r, std::initializer_list<Time> times) {
  const trace::Trace& trace = *r.sim->trace();
  RestaurantWords words = english(trace);
  words.line = "LINE[{}]";
  words.line_mixed = "QUEUED[{}] STANDING[{}]";
  words.line_free = "QUEUED[{}] STANDING[0]";
  int some_free = 0, mixed = 0;
  for (const Time t : times) {
    const Snapshot snap = snapshot_at(trace, *r.index, t);
    RestaurantInput in;
    in.width = 1380;
    in.height = 520;
    in.words = words;
    in.total_customers = r.sim->scenario().customer_count();
    const RestaurantScene scene = layout_restaurant(snap, in);
    check_scene(scene, words);
    std::vector<std::vector<long long>> headings;
    for (const Label& l : scene.labels) {
      if (l.text.rfind("LINE[", 0) == 0 || l.text.rfind("QUEUED[", 0) == 0)
        headings.push_back(bracketed(l.text));
    }
    REQUIRE(headings.size() == snap.stations.size());
    for (std::size_t s = 0; s < snap.stations.size(); ++s) {
      const auto [queued, blocked] = queued_in_trace(trace, static_cast<int>(s), t);
      INFO("station " << s << " at " << t << " ns: " << queued << " queued, " << blocked
                      << " blocked");
      const std::vector<long long>& h = headings[s];
      CHECK(h.front() == queued);
      CHECK(h.back() == blocked);
      some_free += queued > blocked ? 1 : 0;
      mixed += queued > blocked && blocked > 0 ? 1 : 0;
    }
  }
  return {some_free, mixed};
}

}  // namespace

TEST_CASE("a station's heading counts every job queued there, standing in line or seated free") {
  const Run r = run_lesson(BURGERS_SOURCE_DIR "/scenarios/18-fastapi-def-vs-async.toml",
                           {{"scenario.variant", "blocking"}});
  // The blocking variant queues requests whose caller is free.
  CHECK(check_station_counts(r, {2 * kSecond, 10 * kSecond, 50 * kSecond, 90 * kSecond}).first > 0);
}

namespace {

// Ten customers who stand in line and ten who wait free, all at once at one counter: the
// two groups' customers hold the same numbers, 1 to 10.
Run walk_ins_and_phone_orders() {
  using burgers::testing::cpu;
  using burgers::testing::fixed;
  const scenario::Scenario s =
      burgers::testing::ScenarioBuilder("mixed")
          .station("counter", 1)
          .customers(10, fixed(0), "walk_in")
          .step("order", "counter", {cpu(fixed(10 * kSecond))})
          .customers(10, fixed(0), "phone")
          .step("order", "counter", {cpu(fixed(10 * kSecond))}, scenario::CustomerMode::free)
          .build();
  Run r;
  r.sim = std::make_unique<run::Simulation>(s);
  r.sim->run();
  r.index = std::make_unique<TraceIndex>(*r.sim->trace());
  return r;
}

}  // namespace

TEST_CASE("a queue of callers blocked and free counts both and says how many stand in line") {
  const Run r = walk_ins_and_phone_orders();
  CHECK(check_station_counts(r, {5 * kSecond, 55 * kSecond, 150 * kSecond}).second > 0);
}

TEST_CASE("a group's letter runs A to Z and then AA as spreadsheets name columns") {
  CHECK(group_letter(0) == "A");
  CHECK(group_letter(25) == "Z");
  CHECK(group_letter(26) == "AA");
  CHECK(group_letter(27) == "AB");
  CHECK(group_letter(701) == "ZZ");
  CHECK(group_letter(702) == "AAA");
  CHECK(ticket_text({12, 1}, 1) == "12");
  CHECK(ticket_text({12, 1}, 2) == "B12");
}

TEST_CASE("two groups' customers with the same number are told apart by their group's letter") {
  const Run r = walk_ins_and_phone_orders();
  const trace::Trace& trace = *r.sim->trace();
  for (const RestaurantWords& words : {english(trace), chinese(trace)}) {
    // Walk-ins are served first (10 s each), then phone orders: at 5 and 55 s both groups
    // are inside with the same numbers; at 155 s phone orders are being called.
    for (const Time t : {5 * kSecond, 55 * kSecond, 155 * kSecond}) {
      const Snapshot snap = snapshot_at(trace, *r.index, t);
      RestaurantInput in;
      in.width = 1380;
      in.height = 520;
      in.words = words;
      in.total_customers = 20;
      const RestaurantScene scene = layout_restaurant(snap, in);
      INFO("at " << t << " ns");
      check_scene(scene, words);
      // Every customer drawn has a tag of their own, naming their group and number.
      std::vector<std::string> tags, expected;
      for (const Label& l : scene.labels)
        if (l.style == LabelStyle::tag) tags.push_back(l.text);
      for (const AgentAt& c : snap.customers)
        expected.push_back(group_letter(c.group) + std::to_string(c.number));
      std::sort(tags.begin(), tags.end());
      std::sort(expected.begin(), expected.end());
      CHECK(scene.drawn == scene.inside);
      CHECK(tags == expected);
      CHECK(std::adjacent_find(tags.begin(), tags.end()) == tags.end());
      // The board calls tickets with their letter, and the footer says which is which.
      std::string all;
      for (const Label& l : scene.labels) all += l.text + "\n";
      CHECK(all.find(text::fill(text::fill(words.group_key, "A"), "walk_in")) != std::string::npos);
      CHECK(all.find(text::fill(text::fill(words.group_key, "B"), "phone")) != std::string::npos);
      if (t > 110 * kSecond) CHECK(all.find(words.now_serving + " B") != std::string::npos);
    }
  }
}

TEST_CASE("the key of many groups' letters takes at most two lines and says it goes on") {
  using burgers::testing::cpu;
  using burgers::testing::fixed;
  burgers::testing::ScenarioBuilder b("many groups");
  b.station("counter", 1);
  for (int g = 0; g < 300; ++g) {
    b.customers(1, fixed(0), "group" + std::to_string(g))
        .step("order", "counter", {cpu(fixed(10 * kSecond))}, scenario::CustomerMode::free);
  }
  Run r;
  r.sim = std::make_unique<run::Simulation>(b.build());
  r.sim->run();
  r.index = std::make_unique<TraceIndex>(*r.sim->trace());
  const trace::Trace& trace = *r.sim->trace();
  const RestaurantWords words = english(trace);
  RestaurantInput in;
  in.width = 880;
  in.height = 330;
  in.words = words;
  in.total_customers = 300;
  const RestaurantScene scene = layout_restaurant(snapshot_at(trace, *r.index, kSecond), in);
  check_scene(scene, words);
  std::vector<std::string> key;
  for (const Label& l : scene.labels) {
    if (l.style == LabelStyle::muted && l.text.find(": group") != std::string::npos)
      key.push_back(l.text);
  }
  REQUIRE(key.size() == 2);
  CHECK(key[0].rfind("A: group0 · B: group1", 0) == 0);
  CHECK(key[1].size() >= 3);
  CHECK(key[1].substr(key[1].size() - 3) == "…");
}
