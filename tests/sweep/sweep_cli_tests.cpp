// `burgers sweep` end to end: the files, bytes that do not depend on --jobs, a row that
// `burgers run` reproduces, errors with positions and exit codes, Ctrl+C.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "support/json.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::parse_json;
using burgers::testing::read_file;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

std::string cmd(const std::string& args) {
  return std::string(BURGERS_EXE) + " " + args;
}

const std::string kMmc = std::string(BURGERS_SOURCE_DIR) + "/tests/bench/mmc.toml";

// The fields of a CSV line (no quoted commas in the lines compared here).
std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    out.push_back(line.substr(start, comma - start));
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    out.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return out;
}

}  // namespace

TEST_CASE("burgers sweep writes the five files, the same bytes with one job or two") {
  ScratchDir tmp("sweep-cli");
  for (const char* jobs : {"1", "2"}) {
    const auto r = run_process(cmd("sweep " + kMmc + " --set customers.count=3000 --vary " +
                                   "station.server.staff=4..6 --metric speedup --metric " +
                                   "stations.server.mean_queue_wait_s -r 3 --jobs " + jobs +
                                   " --out " + (tmp.path() / jobs).string()),
                               tmp.path());
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find("theory") != std::string::npos);
  }
  for (const char* file : {"sweep.csv", "sweep.json", "sweep.svg", "sweep.png", "sweep.html"}) {
    INFO(file);
    REQUIRE(fs::exists(tmp.path() / "1" / file));
    CHECK(read_file(tmp.path() / "1" / file) == read_file(tmp.path() / "2" / file));
  }
  const auto json = parse_json(read_file(tmp.path() / "1" / "sweep.json"));
  CHECK(json["points"].items.size() == 3);
  CHECK(json["points"].items[0]["model"].text == "M/M/4");
  CHECK(json["points"].items[0]["simulated"]["speedup"]["n"].number == 3);
  CHECK(lines(read_file(tmp.path() / "1" / "sweep.csv")).size() == 1 + 3 * 3);
}

TEST_CASE("a row of sweep.csv is what burgers run gives with its --set and --seed") {
  ScratchDir tmp("sweep-row");
  const auto r = run_process(
      cmd("sweep " + kMmc + " --set customers.count=2000 --vary " +
          "station.server.staff=5,7 -r 2 -q --formats csv --out " + tmp.path().string()),
      tmp.path());
  REQUIRE(r.exit_code == 0);
  const std::vector<std::string> csv = lines(read_file(tmp.path() / "sweep.csv"));
  const std::vector<std::string> header = fields(csv[0]);
  const std::vector<std::string> row = fields(csv[4]);  // point 2, replication 2
  REQUIRE(row[1] == "7");
  REQUIRE(row[2] == "2");
  const auto single = run_process(
      cmd("run " + kMmc + " --set customers.count=2000 --set " + "station.server.staff=7 --seed " +
          row[3] + " --formats summary -q --out " + (tmp.path() / "run").string()),
      tmp.path());
  REQUIRE(single.exit_code == 0);
  const auto summary = parse_json(read_file(tmp.path() / "run" / "summary.json"));
  auto column = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i) {
      if (header[i] == name) return row[i];
    }
    FAIL("no column " << name);
    return std::string();
  };
  CHECK(column("customers.mean_sojourn_s") == summary["customers"]["mean_sojourn_s"].text);
  CHECK(column("end_time_s") == summary["end_time_s"].text);
  CHECK(column("stations.server.mean_queue_length") ==
        summary["stations"]["server"]["mean_queue_length"].text);
}

TEST_CASE("sweep errors carry their position, name the point and exit as documented") {
  ScratchDir tmp("sweep-errors");
  const std::string out = " --out " + (tmp.path() / "o").string();
  auto r =
      run_process(cmd("sweep " + kMmc + " --vary station.server.staff=1..x" + out), tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "--vary station.server.staff=1..x:1:25: expected a whole number after '..', e.g. "
        "station.kitchen.staff=1..8\n");
  r = run_process(cmd("sweep " + kMmc + " --vary station.server.staff=0..2" + out), tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--vary station.server.staff=0..2:1:22: point 1 of 3 (station.server.staff=0): "
                   "station[0].staff: must be at least 1, got 0") != std::string::npos);
  r = run_process(cmd("sweep " + kMmc + " --vary station.srv.staff=1..2" + out), tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err == "--vary station.srv.staff=1..2:1:9: unknown station 'srv' (stations: server)\n");
  r = run_process(cmd("sweep " + kMmc + " --vary station.server.staff=4,5 --metric wait" + out),
                  tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--metric wait:1:1: unknown figure 'wait'") != std::string::npos);
  r = run_process(cmd("sweep " + kMmc + " --vary machine.cores=1,2 --vary machine.cores=3" + out),
                  tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "--vary machine.cores=3:1:1: 'machine.cores' is varied twice: vary two "
        "different keys\n");
  r = run_process(cmd("sweep " + kMmc + out), tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("give --vary KEY=RANGE") != std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "o"));
}

TEST_CASE("a lesson's suggested sweep runs without --vary") {
  ScratchDir tmp("sweep-suggested");
  const auto r =
      run_process(cmd("sweep cleaning-with-friends -q --formats json --out " + tmp.path().string()),
                  tmp.path());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const auto json = parse_json(read_file(tmp.path() / "sweep.json"));
  CHECK(json["vary"].items[0]["key"].text == "station.cleaner.staff");
}

TEST_CASE("Ctrl+C stops a sweep and writes nothing") {
  ScratchDir tmp("sweep-interrupt");
  const auto out = tmp.path() / "out";
  // Minutes of work if left alone; interrupted after one second.
  const std::string script =
      cmd("sweep " + kMmc + " --set customers.count=5000000 --vary station.server.staff=4..20 " +
          "--out " + out.string()) +
      " & pid=$!; sleep 1; kill -INT $pid; wait $pid";
  const auto r = run_process("sh -c '" + script + "'", tmp.path());
  CHECK(r.exit_code == 130);
  CHECK(r.err.find("nothing written") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}
