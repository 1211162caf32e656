#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "chart/vocabulary.hpp"

using namespace burgers;
using namespace burgers::chart;
using scenario::Vocabulary;
using trace::JobPhase;
using trace::State;

namespace {

trace::Trace three_kinds() {
  trace::Trace t;
  t.stations.push_back({"cashier", "Cashier", 1, false, false, false});
  t.stations.push_back({"loop", "Event loop", 1, true, true, false});
  t.stations.push_back({"pool", "Worker", 2, false, false, true});
  t.groups.push_back({"customer", "Customer"});
  return t;
}

}  // namespace

TEST_CASE("each vocabulary has one key per word, distinct, the program's prefixed") {
  const auto restaurant = word_keys(Vocabulary::restaurant);
  const auto program = word_keys(Vocabulary::program);
  REQUIRE(restaurant.size() == program.size());
  CHECK(std::set<std::string>(restaurant.begin(), restaurant.end()).size() == restaurant.size());
  for (std::size_t i = 0; i < restaurant.size(); ++i) CHECK(program[i] == "prog_" + restaurant[i]);
  CHECK(restaurant.front() == "state_idle");
  CHECK(std::find(restaurant.begin(), restaurant.end(), "phase_awaiting") != restaurant.end());
  CHECK(std::find(restaurant.begin(), restaurant.end(), "legend_blocked") != restaurant.end());
}

TEST_CASE("the restaurant's English words are the trace's own labels") {
  const Words& w = english_words(Vocabulary::restaurant);
  for (int i = 0; i < trace::kStateCount; ++i) {
    CHECK(w.states[static_cast<std::size_t>(i)] == trace::state_label(static_cast<State>(i)));
  }
  for (int p = 1; p < trace::kJobPhaseCount; ++p) {
    CHECK(w.phases[static_cast<std::size_t>(p)] == trace::phase_label(static_cast<JobPhase>(p)));
  }
  CHECK(w.customers_heading == "Customers");
  CHECK(w.staff_heading == "Staff");
  // So the restaurant's chart options are the defaults.
  ChartOptions o;
  const ChartOptions defaults;
  apply_words(w, o);
  CHECK(o.state_labels == defaults.state_labels);
  CHECK(o.phase_labels == defaults.phase_labels);
  CHECK(o.blocked_label == defaults.blocked_label);
  CHECK(o.staff_heading == defaults.staff_heading);
  CHECK(o.customers_heading == defaults.customers_heading);
}

TEST_CASE("the program names tasks, threads and what the code is doing") {
  const Words& w = english_words(Vocabulary::program);
  CHECK(w.customers_heading == "Tasks");
  CHECK(w.customers == "tasks");
  CHECK(w.phases[static_cast<std::size_t>(JobPhase::awaiting)] == "Awaiting I/O, thread free");
  CHECK(w.phases[static_cast<std::size_t>(JobPhase::io_held)] == "Blocked on I/O, thread held");
  CHECK(w.phases[static_cast<std::size_t>(JobPhase::gil_wait)] == "Waiting for the GIL");
  CHECK(w.states[static_cast<std::size_t>(State::busy)] == "Computing");
  // Every word is a real word, not a key that fell through.
  for (const std::string& s : w.states) CHECK(s.rfind("state_", 0) == std::string::npos);
  for (std::size_t p = 1; p < w.phases.size(); ++p) CHECK_FALSE(w.phases[p].empty());
  ChartOptions o;
  apply_words(w, o);
  CHECK(o.customers_heading == "Tasks");
  CHECK(o.blocked_label == w.blocked_legend);
}

TEST_CASE("words come from any lookup, key by key") {
  std::map<std::string, std::string> table;
  for (const std::string& key : word_keys(Vocabulary::program)) table[key] = "<" + key + ">";
  const Words w = words_from(Vocabulary::program,
                             [&](std::string_view key) { return table.at(std::string(key)); });
  CHECK(w.states[0] == "<prog_state_idle>");
  CHECK(w.phases[1] == "<prog_phase_queued>");
  CHECK(w.blocked_legend == "<prog_legend_blocked>");
  CHECK(w.staff_heading == "<prog_staff_group>");
  CHECK(w.customers_heading == "<prog_customers_group>");
  CHECK(w.customers == "<prog_customers_word>");
  CHECK(w.station_as[2] == "<prog_station_as_process>");
  CHECK(w.group_as == "<prog_group_as>");
}

TEST_CASE("staff are threads, event loops or worker processes") {
  const trace::Trace t = three_kinds();
  CHECK(staff_kind(t.stations[0]) == StaffKind::thread);
  CHECK(staff_kind(t.stations[1]) == StaffKind::event_loop);
  CHECK(staff_kind(t.stations[2]) == StaffKind::process);
}

TEST_CASE("lane labels keep the lesson's words, or dress them in the other vocabulary") {
  const trace::Trace t = three_kinds();
  const Words& program = english_words(Vocabulary::program);
  const Words& restaurant = english_words(Vocabulary::restaurant);
  CHECK(station_labels(t, {}, Vocabulary::restaurant, Vocabulary::restaurant, restaurant) ==
        std::vector<std::string>{"Cashier", "Event loop", "Worker"});
  CHECK(station_labels(t, {}, Vocabulary::restaurant, Vocabulary::program, program) ==
        std::vector<std::string>{"Cashier thread", "Event loop", "Worker process"});
  CHECK(station_labels(t, {"櫃檯", "", "工人"}, Vocabulary::program, Vocabulary::restaurant,
                       restaurant) ==
        std::vector<std::string>{"Cook (櫃檯)", "Cashier (Event loop)", "Kitchen (工人)"});
  CHECK(group_labels(t, {}, Vocabulary::restaurant, Vocabulary::program, program) ==
        std::vector<std::string>{"Customer task"});
  CHECK(group_labels(t, {"Request"}, Vocabulary::program, Vocabulary::restaurant, restaurant) ==
        std::vector<std::string>{"Customer (Request)"});
  CHECK(group_labels(t, {"Request"}, Vocabulary::program, Vocabulary::program, program) ==
        std::vector<std::string>{"Request"});
}

TEST_CASE("a label that already names its kind is not named twice, in either language") {
  const Words& program = english_words(Vocabulary::program);
  const Words& restaurant = english_words(Vocabulary::restaurant);
  const auto thread = static_cast<std::size_t>(StaffKind::thread);
  const auto loop = static_cast<std::size_t>(StaffKind::event_loop);
  const auto process = static_cast<std::size_t>(StaffKind::process);
  CHECK(dress_label(program.station_as[process], "Cleaner process") == "Cleaner process");
  CHECK(dress_label(program.station_as[loop], "Event loop (/async)") == "Event loop (/async)");
  CHECK(dress_label(program.station_as[thread], "Cleaner") == "Cleaner thread");
  CHECK(dress_label("{}行程", "清潔行程") == "清潔行程");
  CHECK(dress_label("{}事件迴圈", "事件迴圈（/async）") == "事件迴圈（/async）");
  CHECK(dress_label("{}執行緒", "清潔人員") == "清潔人員執行緒");
  CHECK(dress_label(restaurant.station_as[thread], "Cook thread") == "Cook thread");
  CHECK(dress_label(restaurant.station_as[loop], "Event loop") == "Cashier (Event loop)");
  CHECK(dress_label("廚房（{}）", "工作行程") == "廚房（工作行程）");
}

TEST_CASE("a scenario's lanes are dressed like a trace's") {
  scenario::Scenario s;
  s.vocabulary = Vocabulary::restaurant;
  s.stations.resize(2);
  s.stations[0].label = "Cleaner process";
  s.stations[0].workers = scenario::Workers::processes;
  s.stations[1].label = "Cook";
  s.groups.resize(1);
  s.groups[0].label = "Room";
  const Words& program = english_words(Vocabulary::program);
  CHECK(station_labels(s, {}, Vocabulary::program, program) ==
        std::vector<std::string>{"Cleaner process", "Cook thread"});
  CHECK(station_labels(s, {"清潔行程", ""}, Vocabulary::restaurant, program) ==
        std::vector<std::string>{"清潔行程", "Cook"});
  CHECK(group_labels(s, {}, Vocabulary::program, program) == std::vector<std::string>{"Room task"});
}

TEST_CASE("a pattern's placeholder is filled once and no placeholder leaves it as it is") {
  CHECK(fill_pattern("{} thread", "Cook") == "Cook thread");
  CHECK(fill_pattern("廚師（{}）", "執行緒") == "廚師（執行緒）");
  CHECK(fill_pattern("Tasks", "x") == "Tasks");
}
