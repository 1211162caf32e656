// SIGINT and SIGTERM stop `burgers run` in any phase (simulation, real threads, writing)
// within a second, leave no file behind and exit 130 or 143 naming the signal; what a
// SIGKILL leaves is removed by the next run into the folder. Labelled "threads": these
// tests measure wall-clock time, so they run alone.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "cli/cli_support.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

struct Stopped {
  int exit_code = -1;  // of burgers, as the shell saw it
  long ms = -1;        // from the signal to the end of the process
  bool saw_temp = false;
  std::string err;
};

// Starts `burgers ARGS`, waits until `ready` (a shell condition) holds, then sends each of
// `signals` (e.g. "TERM" or "INT INT"), and times how long the process takes to end.
Stopped stop_run(const std::string& args, const std::string& ready, const std::string& signals,
                 const fs::path& scratch) {
  // ThreadSanitizer sleeps a second at exit (atexit_sleep_ms) unless told not to.
  const std::string script = "TSAN_OPTIONS=\"$TSAN_OPTIONS:atexit_sleep_ms=0\" " +
                             burgers::testing::burgers_command(args) + " >/dev/null 2>" +
                             (scratch / "run.err").string() + " & pid=$!; tries=0; until " + ready +
                             " || [ $tries -ge 1200 ]; do sleep 0.05; tries=$((tries+1)); done; "
                             "t0=$(date +%s%N); for s in " +
                             signals +
                             "; do kill -$s $pid; done; wait $pid; code=$?; t1=$(date +%s%N); "
                             "echo \"$code $(( (t1 - t0) / 1000000 )) $tries\"";
  const auto r = run_process("sh -c '" + script + "'", scratch);
  Stopped s;
  long tries = 0;
  std::istringstream(r.out) >> s.exit_code >> s.ms >> tries;
  s.saw_temp = tries < 1200;
  s.err = burgers::testing::read_file(scratch / "run.err");
  return s;
}

// A shell condition: a temporary output file exists in `dir`.
std::string temp_file_in(const fs::path& dir) {
  return "ls -A " + dir.string() + " 2>/dev/null | grep -q \"\\.tmp-\"";
}

bool has_temp_files(const fs::path& dir) {
  for (const std::string& name : burgers::testing::file_names(dir)) {
    if (name.find(".tmp-") != std::string::npos) return true;
  }
  return false;
}

// About 30 s of writing all formats, once the trace of a million customers is made.
const std::string kBigRun = "run lunch-hour --set customers.count=1000000 -q --out ";

}  // namespace

TEST_CASE("SIGTERM during the simulation stops it within a second and writes nothing") {
  ScratchDir tmp("sigterm-sim");
  const auto out = tmp.path() / "out";
  const Stopped s = stop_run(
      "run lunch-hour --set customers.count=100000000 --formats summary -q --out " + out.string(),
      "sleep 1", "TERM", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  CHECK(s.exit_code == 143);
  CHECK(s.ms < 1000);
  CHECK(s.err == "stopped by SIGTERM; nothing written\n");
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("SIGINT while the outputs are written removes them all within a second") {
  ScratchDir tmp("sigint-writing");
  const auto out = tmp.path() / "out";
  const Stopped s = stop_run(kBigRun + out.string(), temp_file_in(out), "INT", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  REQUIRE(s.saw_temp);
  CHECK(s.exit_code == 130);
  CHECK(s.ms < 1000);
  CHECK(s.err == "stopped by SIGINT (Ctrl+C); nothing written\n");
  CHECK_FALSE(fs::exists(out));  // the run created it: it goes too
}

TEST_CASE("SIGTERM while writing into an existing folder leaves only what was there") {
  ScratchDir tmp("sigterm-writing");
  const auto out = tmp.path() / "out";
  fs::create_directories(out);
  std::ofstream(out / "notes.txt") << "mine";
  const Stopped s = stop_run(kBigRun + out.string(), temp_file_in(out), "TERM", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  REQUIRE(s.saw_temp);
  CHECK(s.exit_code == 143);
  CHECK(s.ms < 1000);
  CHECK(s.err == "stopped by SIGTERM; nothing written\n");
  CHECK(burgers::testing::file_names(out) == std::set<std::string>{"notes.txt"});
}

TEST_CASE("two signals in a row while writing still leave nothing behind") {
  ScratchDir tmp("sigint-twice");
  const auto out = tmp.path() / "out";
  const Stopped s = stop_run(kBigRun + out.string(), temp_file_in(out), "INT INT", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  REQUIRE(s.saw_temp);
  CHECK(s.exit_code == 130);
  CHECK(s.ms < 1000);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("what a SIGKILL leaves while writing is removed by the next run into the folder") {
  ScratchDir tmp("sigkill");
  const auto out = tmp.path() / "out";
  const Stopped s = stop_run(kBigRun + out.string(), temp_file_in(out), "KILL", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  REQUIRE(s.saw_temp);
  CHECK(s.exit_code == 137);
  CHECK(has_temp_files(out));
  const auto again = run_process(burgers::testing::burgers_command(
                                     "run lunch-hour -q --formats summary --out " + out.string()),
                                 tmp.path());
  CHECK(again.exit_code == 0);
  CHECK(burgers::testing::file_names(out) == std::set<std::string>{"summary.json"});
}

TEST_CASE("SIGTERM stops a real-threads run within a second and writes nothing") {
  ScratchDir tmp("sigterm-threads");
  const auto out = tmp.path() / "out";
  // About 40 real seconds if left alone.
  const Stopped s =
      stop_run("run threads-cleaning-cpu --mode threads --time-scale 0.01 --out " + out.string(),
               "sleep 1.5", "TERM", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  CHECK(s.exit_code == 143);
  CHECK(s.ms < 1000);
  CHECK(s.err.find("stopped by SIGTERM; nothing written\n") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("SIGTERM stops a sweep within a second and writes nothing") {
  ScratchDir tmp("sigterm-sweep");
  const auto out = tmp.path() / "out";
  // 8 points x 50 replications of a million customers: minutes if left alone.
  const Stopped s = stop_run(
      "sweep lunch-hour --vary station.kitchen.staff=2..9 --metric customers.mean_sojourn_s "
      "-r 50 --set customers.count=1000000 -q --out " +
          out.string(),
      "sleep 1", "TERM", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  CHECK(s.exit_code == 143);
  CHECK(s.ms < 1000);
  CHECK(s.err == "stopped by SIGTERM; nothing written\n");
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("SIGINT stops a sweep's real-threads points within a second and writes nothing") {
  ScratchDir tmp("sigint-sweep-threads");
  const auto out = tmp.path() / "out";
  const Stopped s = stop_run(
      "sweep threads-cleaning-cpu --vary station.cleaners.staff=1..4 --metric speedup "
      "--mode threads -r 3 --time-scale 0.01 -q --out " +
          out.string(),
      "sleep 1.5", "INT", tmp.path());
  INFO("burgers printed on stderr:\n" << s.err);  // a sanitizer report, if any
  CHECK(s.exit_code == 130);
  CHECK(s.ms < 1000);
  CHECK(s.err.find("stopped by SIGINT (Ctrl+C); nothing written\n") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}
