// burgers run on real threads, end to end: --mode threads, --mode both, and Ctrl+C.
// Labelled "threads": scripts/test.sh also runs these under ThreadSanitizer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>

#include "cli/cli_support.hpp"
#include "support/json.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::parse_json;
using burgers::testing::read_file;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

std::string cmd(const std::string& args) {
  return burgers::testing::burgers_command(args);
}

std::set<std::string> files_in(const fs::path& dir) {
  return burgers::testing::file_names(dir);
}

}  // namespace

TEST_CASE("threads mode writes a threads summary in simulated seconds with the wall time") {
  ScratchDir tmp("threads-mode");
  const auto out = tmp.path() / "out";
  const auto r = run_process(cmd("run threads-cleaning-io --mode threads --time-scale 0.0002 "
                                 "--formats summary,csv --out " +
                                 out.string()),
                             tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(files_in(out) == std::set<std::string>{"summary.json", "events.csv"});
  const auto json = parse_json(read_file(out / "summary.json"));
  CHECK(json["mode"].text == "threads");
  CHECK(json["customers"]["served"].number == 8);
  CHECK(json.has("wall_time_s"));
  CHECK(json["time_scale"].number == Approx(0.0002));
  CHECK(json["available_cores"].number > 0);
  // Two cleaners, eight rooms of 15 minutes of waiting: one hour, give or take the clock.
  CHECK(json["customers"]["makespan_s"].number == Approx(3600).epsilon(0.15));
  CHECK(r.out.find("calibrated") != std::string::npos);
}

TEST_CASE("both mode writes both runs and compares them") {
  ScratchDir tmp("both-mode");
  const auto out = tmp.path() / "out";
  const auto r = run_process(
      cmd("run event-loop-io --mode both --time-scale 0.2 --out " + out.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(files_in(out) == std::set<std::string>{"summary.json", "events.csv", "trace.json",
                                               "timeline.svg", "timeline.png",
                                               "summary-threads.json", "events-threads.csv",
                                               "trace-threads.json", "timeline-threads.svg",
                                               "timeline-threads.png", "report.html"});
  CHECK(parse_json(read_file(out / "summary.json"))["mode"].text == "sim");
  CHECK(parse_json(read_file(out / "summary-threads.json"))["mode"].text == "threads");
  parse_json(read_file(out / "trace-threads.json"));  // throws if not valid JSON
  CHECK(r.out.find("Simulation vs real threads") != std::string::npos);
  const std::string html = read_file(out / "report.html");
  CHECK(html.find("real threads") != std::string::npos);
}

TEST_CASE("Ctrl+C stops a threads run cleanly and writes nothing") {
  ScratchDir tmp("interrupt");
  const auto out = tmp.path() / "out";
  // About 40 real seconds if left alone; interrupted after one.
  const std::string script =
      cmd("run threads-cleaning-cpu --mode threads --time-scale 0.01 --out " + out.string()) +
      " & pid=$!; sleep 1; kill -INT $pid; wait $pid";
  const auto r = run_process("sh -c '" + script + "'", tmp.path());
  INFO("burgers printed on stderr:\n" << r.err);  // a sanitizer report, if any
  CHECK(r.exit_code == 130);
  CHECK(r.err.find("nothing written") != std::string::npos);
  CHECK_FALSE(fs::exists(out / "summary.json"));
  CHECK(files_in(out).empty());
}

TEST_CASE("threads mode checks the free cores first and says when the machine is too busy") {
  ScratchDir tmp("busy-machine");
  const auto out = tmp.path() / "out";
  // Three programs that only compute keep this machine's cores busy during the run; the
  // run counts on two free cores (two cleaners, [machine] cores = 2).
  const std::string run =
      cmd("run threads-cleaning-cpu --mode threads --time-scale 0.00005 --formats summary "
          "--set station.cleaners.staff=2 --out " +
          out.string());
  const std::string script =
      "yes >/dev/null & a=$!; yes >/dev/null & b=$!; yes >/dev/null & c=$!; " + run +
      "; status=$?; kill $a $b $c; exit $status";
  const auto r = run_process("sh -c '" + script + "'", tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("cores free") != std::string::npos);
  CHECK(r.err.find("busier than the scenario assumes") != std::string::npos);
  const auto json = parse_json(read_file(out / "summary.json"));
  REQUIRE(json.has("available_cores"));
  CHECK(json["available_cores"].number > 0);
  CHECK(json["available_cores"].number < 1.8);
}
