// The command line end to end: exit codes, files written, nothing half-written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <utility>

#include "cli/cli_support.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using burgers::testing::read_file;
using burgers::testing::run_process;
using burgers::testing::ScratchDir;

namespace {

std::string cmd(const std::string& args) {
  return burgers::testing::burgers_command(args);
}

std::size_t files_in(const fs::path& dir) {
  return burgers::testing::file_names(dir).size();
}

void write_text(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

}  // namespace

TEST_CASE("burgers list shows every lesson with its titles") {
  ScratchDir tmp("list");
  const auto r = run_process(cmd("list"), tmp.path());
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("03-concurrent-burgers") != std::string::npos);
  CHECK(r.out.find("Concurrent burgers / 並發漢堡") != std::string::npos);
  CHECK(r.out.find("08-lunch-hour") != std::string::npos);
}

TEST_CASE("burgers run writes every output file by default and a text summary") {
  ScratchDir tmp("run-all");
  const auto out = tmp.path() / "out";
  const auto r = run_process(cmd("run concurrent-burgers --out " + out.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  for (const char* f : {"summary.json", "events.csv", "trace.json", "timeline.svg", "timeline.png",
                        "report.html"}) {
    INFO(f);
    CHECK(fs::file_size(out / f) > 100);
  }
  CHECK(files_in(out) == 6);
  CHECK(r.out.find("Concurrent burgers (seed 42, simulated)") != std::string::npos);
  CHECK(r.out.find("Wrote ") != std::string::npos);
}

TEST_CASE("the formats option picks the files and --quiet prints nothing") {
  ScratchDir tmp("formats");
  const auto out = tmp.path() / "out";
  const auto r = run_process(
      cmd("run parallel-burgers --quiet --formats summary,png --out " + out.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.empty());
  CHECK(fs::exists(out / "summary.json"));
  CHECK(fs::exists(out / "timeline.png"));
  CHECK(files_in(out) == 2);
}

TEST_CASE("the default output folder is out/<scenario-name>/") {
  ScratchDir tmp("default-out");
  const auto r = run_process(
      "cd " + tmp.path().string() + " && " + cmd("run cleaning-alone --formats summary"),
      tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(fs::exists(tmp.path() / "out" / "05-cleaning-alone" / "summary.json"));
}

TEST_CASE("the same scenario and seed give byte-identical files, every format") {
  ScratchDir tmp("determinism");
  const auto a = tmp.path() / "a";
  const auto b = tmp.path() / "b";
  REQUIRE(run_process(cmd("run lunch-hour --quiet --out " + a.string()), tmp.path()).exit_code ==
          0);
  REQUIRE(run_process(cmd("run lunch-hour --quiet --out " + b.string()), tmp.path()).exit_code ==
          0);
  for (const char* f : {"summary.json", "events.csv", "trace.json", "timeline.svg", "timeline.png",
                        "report.html"}) {
    INFO(f);
    CHECK(read_file(a / f) == read_file(b / f));
  }
}

TEST_CASE("overrides and the seed option change the run through the same validation") {
  ScratchDir tmp("overrides");
  const auto base = tmp.path() / "base";
  const auto more = tmp.path() / "more";
  const auto seeded = tmp.path() / "seeded";
  REQUIRE(run_process(cmd("run lunch-hour -q --formats summary --out " + base.string()), tmp.path())
              .exit_code == 0);
  REQUIRE(
      run_process(cmd("run lunch-hour -q --formats summary --set station.kitchen.staff=9 --out " +
                      more.string()),
                  tmp.path())
          .exit_code == 0);
  REQUIRE(run_process(cmd("run lunch-hour -q --formats summary --seed 7 --out " + seeded.string()),
                      tmp.path())
              .exit_code == 0);
  const std::string s_base = read_file(base / "summary.json");
  CHECK(read_file(more / "summary.json").find("\"staff\": 9") != std::string::npos);
  CHECK(read_file(seeded / "summary.json").find("\"seed\": 7") != std::string::npos);
  CHECK(s_base != read_file(seeded / "summary.json"));

  const auto bad = run_process(
      cmd("run lunch-hour --set station.kitchn.staff=2 --out " + (tmp.path() / "x").string()),
      tmp.path());
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("kitchen") != std::string::npos);  // did you mean
  CHECK_FALSE(fs::exists(tmp.path() / "x"));
}

TEST_CASE("one --set scenario.variant switches lesson 18 between its three routes") {
  ScratchDir tmp("variant");
  for (const auto& [variant, makespan] :
       {std::pair{"async", "1"}, std::pair{"def", "3"}, std::pair{"blocking", "100"}}) {
    const auto out = tmp.path() / variant;
    const auto r = run_process(cmd(std::string("run 18 --formats summary --set scenario.variant=") +
                                   variant + " --out " + out.string()),
                               tmp.path());
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find(std::string("(variant ") + variant + ", seed 18") != std::string::npos);
    const std::string summary = read_file(out / "summary.json");
    CHECK(summary.find(std::string("\"variant\": \"") + variant + "\"") != std::string::npos);
    CHECK(summary.find(std::string("\"makespan_s\": ") + makespan + "\n") != std::string::npos);
  }
  const auto listed = run_process(cmd("validate 18"), tmp.path());
  CHECK(listed.exit_code == 0);
  CHECK(listed.out.find("variant def") != std::string::npos);
  const auto bad = run_process(
      cmd("run 18 --set scenario.variant=deff --out " + (tmp.path() / "x").string()), tmp.path());
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find("--set scenario.variant=deff:1:18: scenario.variant: unknown variant 'deff' "
                     "(did you mean 'def'?); the variants are async, def, blocking") !=
        std::string::npos);
  CHECK_FALSE(fs::exists(tmp.path() / "x"));
  const auto list = run_process(cmd("list"), tmp.path());
  CHECK(list.out.find("variants: async, def, blocking") != std::string::npos);
}

TEST_CASE("a scenario error exits 1 with file:line:column and writes nothing") {
  ScratchDir tmp("bad-scenario");
  const auto file = tmp.path() / "bad.toml";
  write_text(
      file,
      "[scenario]\ntitle = \"Bad\"\n\n[[station]]\nname = \"cashier\"\nstaff = 0\n\n[customers]\n"
      "count = 3\narrival = \"exp(1min)\"\n[[customers.step]]\nname = \"a\"\nstation = "
      "\"cashier\"\n"
      "work = \"1min\"\n");
  const auto out = tmp.path() / "out";
  const auto r = run_process(cmd("run " + file.string() + " --out " + out.string()), tmp.path());
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(file.string() + ":6:9:") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

TEST_CASE("burgers validate reports ok or the errors with positions") {
  ScratchDir tmp("validate");
  const auto good = run_process(cmd("validate concurrent-burgers"), tmp.path());
  CHECK(good.exit_code == 0);
  CHECK(good.out.find("ok") != std::string::npos);
  const auto file = tmp.path() / "typo.toml";
  write_text(file, "[scenario]\ntitel = \"x\"\n");
  const auto bad = run_process(cmd("validate " + file.string()), tmp.path());
  CHECK(bad.exit_code == 1);
  CHECK(bad.err.find(file.string() + ":2:1:") != std::string::npos);
  CHECK(bad.err.find("title") != std::string::npos);
  const auto missing = run_process(cmd("validate no-such-lesson"), tmp.path());
  CHECK(missing.exit_code == 1);
}

TEST_CASE("usage errors exit 2 and write nothing") {
  ScratchDir tmp("usage");
  const auto out = tmp.path() / "out";
  CHECK(run_process(cmd("run concurrent-burgers --no-such-flag"), tmp.path()).exit_code == 2);
  CHECK(run_process(cmd("run concurrent-burgers --mode quantum"), tmp.path()).exit_code == 2);
  CHECK(run_process(cmd("run concurrent-burgers --mode threads --time-scale -1"), tmp.path())
            .exit_code == 2);
  // An unknown name where a scenario goes is a scenario error, said plainly.
  const auto unknown = run_process(cmd("frobnicate"), tmp.path());
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("burgers list") != std::string::npos);
  // A near miss gets the lesson it resembles, as `burgers run` does.
  const auto near = run_process(cmd("parallel"), tmp.path());
  CHECK(near.exit_code == 1);
  CHECK(near.err.find("did you mean 'parallel-burgers'?") != std::string::npos);
  const auto r = run_process(
      cmd("run concurrent-burgers --formats summary,gif --out " + out.string()), tmp.path());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("gif") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
  CHECK(run_process(cmd("run concurrent-burgers --set nonsense"), tmp.path()).exit_code == 2);
  CHECK(run_process(cmd("--help"), tmp.path()).exit_code == 0);
}

TEST_CASE("an output folder that cannot be written exits 3 and leaves no file behind") {
  ScratchDir tmp("unwritable");
  const auto blocker = tmp.path() / "blocker";
  write_text(blocker, "not a directory");
  const auto r =
      run_process(cmd("run concurrent-burgers --out " + (blocker / "sub").string()), tmp.path());
  CHECK(r.exit_code == 3);
  CHECK(read_file(blocker) == "not a directory");

  // A target name taken by a directory: nothing of the run may be left in the folder.
  const auto out = tmp.path() / "out";
  fs::create_directories(out / "report.html");
  const auto r2 = run_process(cmd("run concurrent-burgers --out " + out.string()), tmp.path());
  CHECK(r2.exit_code == 3);
  CHECK(files_in(out) == 1);
}

TEST_CASE("a big run writes its trace as trace.perfetto-trace by default and says so") {
  ScratchDir tmp("big-run");
  const auto a = tmp.path() / "a";
  const auto b = tmp.path() / "b";
  const std::string run = "run " + std::string(BURGERS_SOURCE_DIR) +
                          "/tests/bench/mmc.toml --set customers.count=60000 --out ";
  const auto r = run_process(cmd(run + a.string()), tmp.path());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("trace.perfetto-trace") != std::string::npos);
  CHECK(burgers::testing::file_names(a) ==
        std::set<std::string>{"summary.json", "events.csv", "trace.perfetto-trace", "timeline.svg",
                              "timeline.png", "report.html"});
  // The whole run and a window up close, in a picture of sensible height.
  const std::string svg = read_file(a / "timeline.svg");
  CHECK(svg.find("The whole run") != std::string::npos);
  CHECK(svg.find("up close") != std::string::npos);
  // Streamed files are as deterministic as the rest.
  REQUIRE(run_process(cmd(run + b.string() + " --quiet"), tmp.path()).exit_code == 0);
  for (const char* f : {"summary.json", "events.csv", "trace.perfetto-trace", "timeline.svg",
                        "timeline.png", "report.html"}) {
    INFO(f);
    CHECK(read_file(a / f) == read_file(b / f));
  }
  // Asked for by name, both traces come.
  const auto both = tmp.path() / "both";
  REQUIRE(run_process(cmd("run lunch-hour -q --formats trace,perfetto --out " + both.string()),
                      tmp.path())
              .exit_code == 0);
  CHECK(burgers::testing::file_names(both) ==
        std::set<std::string>{"trace.json", "trace.perfetto-trace"});
}

TEST_CASE("events.csv written while the run goes equals the golden file of the stored trace") {
  ScratchDir tmp("streamed-csv");
  for (const char* lesson : {"08-lunch-hour", "13-event-loop-io", "19-web-and-ml"}) {
    INFO(lesson);
    const auto out = tmp.path() / lesson;
    REQUIRE(
        run_process(cmd(std::string("run ") + lesson + " -q --formats csv --out " + out.string()),
                    tmp.path())
            .exit_code == 0);
    CHECK(read_file(out / "events.csv") ==
          read_file(fs::path(BURGERS_SOURCE_DIR) / "tests" / "golden" / lesson / "events.csv"));
  }
}
