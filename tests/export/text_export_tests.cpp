// summary.json, events.csv, trace.json and write_outputs: valid, complete, exact,
// and written whole or not at all.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export/outputs.hpp"
#include "export/text_exports.hpp"
#include "run/simulation.hpp"
#include "support/json.hpp"
#include "support/run_process.hpp"
#include "support/scenario_builder.hpp"

namespace fs = std::filesystem;
using namespace burgers;
using burgers::testing::parse_json;
using burgers::testing::ScratchDir;

namespace {

scenario::Scenario small_restaurant() {
  return testing::ScenarioBuilder("small")
      .seed(3)
      .station("cashier", 1)
      .station("kitchen", 2)
      .customers(12, random::Distribution::exponential(30 * kSecond))
      .step("order", "cashier", {testing::cpu(random::Distribution::exponential(20 * kSecond))})
      .step("cook", "kitchen", {testing::cpu(random::Distribution::exponential(90 * kSecond))},
            scenario::CustomerMode::free)
      .step("eat", "", {testing::cpu(testing::fixed(5 * kMinute))})
      .build();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

}  // namespace

TEST_CASE("numbers keep six decimals without trailing zeros") {
  CHECK(exporter::format_fixed(0.5) == "0.5");
  CHECK(exporter::format_fixed(2.0) == "2");
  CHECK(exporter::format_fixed(0.1234567) == "0.123457");
  CHECK(exporter::format_fixed(-0.0000001) == "0");
  CHECK(exporter::json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST_CASE("summary.json parses and holds every documented figure in a fixed order") {
  run::Simulation sim(small_restaurant());
  sim.run();
  const stats::Summary summary = sim.summary();
  const std::string text = exporter::summary_json(summary);
  const testing::Json json = parse_json(text);
  std::vector<std::string> keys;
  for (const auto& m : json.members) keys.push_back(m.first);
  CHECK(keys == std::vector<std::string>{"scenario", "title", "seed", "mode", "end_time_s",
                                         "events", "customers", "stations", "groups", "theory"});
  CHECK(json["mode"].text == "sim");
  CHECK(json["seed"].number == 3);
  CHECK(json["customers"]["arrived"].number == 12);
  CHECK(json["customers"]["served"].number == 12);
  for (const char* key : {"mean_sojourn_s", "mean_blocked_s", "mean_free_s", "mean_own_s",
                          "sojourn_p50_s", "sojourn_p90_s", "sojourn_p99_s", "makespan_s"}) {
    CHECK(json["customers"].has(key));
  }
  // Eating takes exactly five minutes: the mean shows it exactly, in seconds.
  CHECK(json["customers"]["mean_own_s"].text == "300");
  const testing::Json& kitchen = json["stations"]["kitchen"];
  CHECK(kitchen["staff"].number == 2);
  CHECK(kitchen["served"].number == 12);
  CHECK(kitchen["utilization"].number > 0);
  CHECK(kitchen["utilization"].number <= 1);
  for (const char* key :
       {"mean_queue_wait_s", "mean_queue_length", "max_queue_length", "queue_wait_p99_s"}) {
    CHECK(kitchen.has(key));
  }
  // The one group's figures agree with the customers' (it is all of them).
  const testing::Json& group = json["groups"]["customer"];
  CHECK(group["served"].number == 12);
  CHECK(group["mean_sojourn_s"].text == json["customers"]["mean_sojourn_s"].text);
  CHECK(group["sojourn_p90_s"].text == json["customers"]["sojourn_p90_s"].text);
  CHECK(group["makespan_s"].text == json["customers"]["makespan_s"].text);
  CHECK(group["throughput_per_s"].number > 0);
  CHECK(text.back() == '\n');
  CHECK(text.find("  \"customers\": {\n    \"arrived\": 12,") != std::string::npos);
}

TEST_CASE("summary.json of a threads run adds wall time and time scale") {
  stats::Summary s;
  s.mode = "threads";
  s.wall_time_s = 2.5;
  s.time_scale = 0.001;
  const testing::Json json = parse_json(exporter::summary_json(s));
  CHECK(json["mode"].text == "threads");
  CHECK(json["wall_time_s"].text == "2.5");
  CHECK(json["time_scale"].text == "0.001");
}

TEST_CASE("events.csv has one row per span with exact times and quoted fields") {
  run::Simulation sim(small_restaurant());
  sim.run();
  exporter::Sink sink;
  exporter::write_events_csv(*sim.trace(), sink);
  const auto rows = lines_of(sink.text());
  REQUIRE(rows.size() == sim.trace()->spans.size() + 1);
  CHECK(rows[0] == "agent,kind,id,state,station,start_s,end_s,customer");
  std::set<std::string> states;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const std::string& r = rows[i];
    CHECK(std::count(r.begin(), r.end(), ',') == 7);
    std::istringstream fields(r);
    std::string agent, kind, id, state;
    std::getline(fields, agent, ',');
    std::getline(fields, kind, ',');
    std::getline(fields, id, ',');
    std::getline(fields, state, ',');
    states.insert(state);
  }
  for (const char* s : {"arrived", "queued_blocked", "served_blocked", "queued_free", "served_free",
                        "own_activity", "done", "busy", "idle"}) {
    CHECK(states.count(s) == 1);
  }

  trace::Trace t;
  t.stations.push_back({"desk, front", "Desk \"A\"", 1, false});
  t.agents.push_back({trace::AgentKind::staff, 0, -1, 1});
  t.spans.push_back(
      {kSecond + 1, trace::kOpenEnd, 0, trace::kNoAgent, 0, -1, -1, trace::State::idle});
  exporter::Sink quoted;
  exporter::write_events_csv(t, quoted);
  CHECK(lines_of(quoted.text())[1] ==
        "\"Desk \"\"A\"\" 1\",staff,0,idle,\"desk, front\",1.000000001,,");
}

TEST_CASE("trace.json is a Chrome trace with a process per kind and a named lane per agent") {
  auto s = small_restaurant();
  s.machine.cores = 1;
  run::Simulation sim(s);
  sim.run();
  exporter::Sink sink;
  exporter::write_trace_json(*sim.trace(), sink);
  const testing::Json json = parse_json(sink.text());
  const testing::Json& events = json["traceEvents"];
  std::set<std::string> processes;
  std::set<std::pair<int, int>> named_threads;
  std::size_t complete = 0, instants = 0, on_cores = 0;
  for (const testing::Json& e : events.items) {
    const std::string ph = e["ph"].text;
    if (ph == "M" && e["name"].text == "process_name") processes.insert(e["args"]["name"].text);
    if (ph == "M" && e["name"].text == "thread_name") {
      named_threads.insert({static_cast<int>(e["pid"].number), static_cast<int>(e["tid"].number)});
    }
    if (ph == "X") {
      ++complete;
      CHECK(e["dur"].number >= 0);
      if (e["pid"].number == 3) ++on_cores;
      CHECK(named_threads.count(
                {static_cast<int>(e["pid"].number), static_cast<int>(e["tid"].number)}) == 1);
    }
    if (ph == "i") {
      ++instants;
      CHECK(e["s"].text == "t");
    }
  }
  CHECK(processes == std::set<std::string>{"Staff", "Customers", "Cores"});
  std::size_t instant_spans = 0;
  for (const trace::Span& sp : sim.trace()->spans)
    instant_spans += trace::is_instant(sp.state) ? 1 : 0;
  CHECK(instants == instant_spans);
  CHECK(complete == sim.trace()->spans.size() - instant_spans + on_cores);
  CHECK(on_cores > 0);
}

TEST_CASE("trace.json writes nanosecond times as exact microseconds") {
  trace::Trace t;
  t.agents.push_back({trace::AgentKind::customer, -1, 0, 1});
  t.spans.push_back({1500, 3001, 0, 0, -1, -1, 0, trace::State::own_activity});
  exporter::Sink sink;
  exporter::write_trace_json(t, sink);
  CHECK(sink.text().find("\"ts\":1.5,\"dur\":1.501") != std::string::npos);
}

TEST_CASE("formats parse from a list and reject unknown names") {
  std::string error;
  const auto set = exporter::FormatSet::parse("summary, png", error);
  REQUIRE(set);
  CHECK(set->has(exporter::Format::summary));
  CHECK(set->has(exporter::Format::png));
  CHECK_FALSE(set->has(exporter::Format::csv));
  CHECK_FALSE(exporter::FormatSet::parse("summary,pdf", error));
  CHECK(error.find("pdf") != std::string::npos);
  CHECK_FALSE(exporter::FormatSet::parse(",", error));
  CHECK(exporter::file_name(exporter::Format::csv, true) == "events-threads.csv");
  CHECK(exporter::FormatSet::parse("summary", error)->needs_trace() == false);
}

TEST_CASE("write_outputs writes every chosen file and nothing else") {
  run::Simulation sim(small_restaurant());
  sim.run();
  const stats::Summary summary = sim.summary();
  const auto scenario = small_restaurant();
  ScratchDir tmp("outputs");
  const auto result =
      exporter::write_outputs(tmp.path() / "a" / "b", exporter::FormatSet::all(),
                              exporter::OutputInputs{&scenario, &summary, sim.trace()});
  REQUIRE(result.ok);
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(tmp.path() / "a" / "b"))
    files.insert(e.path().filename().string());
  CHECK(files == std::set<std::string>{"summary.json", "events.csv", "trace.json",
                                       "trace.perfetto-trace", "timeline.svg", "timeline.png",
                                       "report.html"});
  CHECK(result.written.size() == 7);
}

TEST_CASE("write_outputs leaves no file behind when one cannot be written") {
  run::Simulation sim(small_restaurant());
  sim.run();
  const stats::Summary summary = sim.summary();
  const auto scenario = small_restaurant();
  ScratchDir tmp("outputs-fail");
  // A directory squatting on report.html's temporary name makes the last file fail after
  // the others were written: none of them may appear, and no temporary may stay.
  const std::string temp = ".report.html.tmp-" + std::to_string(::getpid());
  fs::create_directories(tmp.path() / temp / "occupied");
  const auto result =
      exporter::write_outputs(tmp.path(), exporter::FormatSet::all(),
                              exporter::OutputInputs{&scenario, &summary, sim.trace()});
  CHECK_FALSE(result.ok);
  CHECK_FALSE(result.error.empty());
  CHECK(result.written.empty());
  std::vector<std::string> left;
  for (const auto& e : fs::directory_iterator(tmp.path()))
    left.push_back(e.path().filename().string());
  CHECK(left == std::vector<std::string>{temp});
}

TEST_CASE("write_outputs reports a directory it cannot create") {
  const auto scenario = small_restaurant();
  stats::Summary summary;
  ScratchDir tmp("outputs-blocked");
  { std::ofstream(tmp.path() / "file") << "x"; }
  const auto result =
      exporter::write_outputs(tmp.path() / "file" / "sub", exporter::FormatSet::all(),
                              exporter::OutputInputs{&scenario, &summary, nullptr});
  CHECK_FALSE(result.ok);
  CHECK_FALSE(fs::exists(tmp.path() / "file" / "sub"));
}

TEST_CASE("summary.json's theory block gives the closed form, or why there is none") {
  run::Simulation textbook(
      testing::ScenarioBuilder("mm1")
          .station("cashier", 1)
          .customers(3000, random::Distribution::exponential(2 * kMinute))
          .step("order", "cashier", {testing::cpu(random::Distribution::exponential(kMinute))})
          .build());
  textbook.run();
  const testing::Json theory = parse_json(exporter::summary_json(textbook.summary()))["theory"];
  CHECK(theory["model"].text == "M/M/1");
  CHECK(theory["mean_queue_wait_s"].text == "60");  // rho / (mu - lambda) = 0.5 / 0.5 min
  CHECK(theory["mean_queue_length"].text == "0.5");
  CHECK(theory["utilization"].text == "0.5");
  CHECK(theory.has("ci95_low_s"));
  CHECK(theory["agrees"].type == testing::Json::Type::boolean);
  CHECK(theory["stations"]["cashier"]["model"].text == "M/M/1");

  run::Simulation other(small_restaurant());
  other.run();
  const testing::Json none = parse_json(exporter::summary_json(other.summary()))["theory"];
  CHECK(none["model"].type == testing::Json::Type::null);
  CHECK(none["agrees"].type == testing::Json::Type::null);
  CHECK_FALSE(none["reason"].text.empty());
}
