// Writing outputs whole or not at all, on the file-system side: a full disk (through the
// WriteGuard's test seam), a write abandoned by another thread, the folders a write made,
// and the temporary files of runs that were killed.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <thread>

#include "export/output_files.hpp"
#include "export/outputs.hpp"
#include "run/simulation.hpp"
#include "support/run_process.hpp"
#include "support/scenario_builder.hpp"

namespace fs = std::filesystem;
using namespace burgers;
using burgers::testing::ScratchDir;

namespace {

struct Run {
  scenario::Scenario scenario;
  run::Simulation sim;
  stats::Summary summary;
  explicit Run(scenario::Scenario s) : scenario(s), sim(std::move(s)) {
    sim.run();
    summary = sim.summary();
  }
  exporter::OutputInputs inputs() const { return {&scenario, &summary, sim.trace()}; }
};

scenario::Scenario restaurant(std::int64_t customers) {
  return testing::ScenarioBuilder("files")
      .station("desk", 2)
      .customers(customers, random::Distribution::exponential(30 * kSecond))
      .step("ask", "desk", {testing::cpu(random::Distribution::exponential(50 * kSecond))})
      .build();
}

std::set<std::string> names_in(const fs::path& dir) {
  std::set<std::string> names;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); ++it)
    names.insert(it->path().filename().string());
  return names;
}

}  // namespace

TEST_CASE("a full disk leaves no file, no temporary and no folder the write created") {
  const Run run(restaurant(2000));
  ScratchDir tmp("disk-full-seam");
  exporter::WriteGuard guard;
  guard.set_space_for_tests(20'000);  // summary.json fits; events.csv does not
  const auto result = exporter::write_outputs(tmp.path() / "a" / "b", exporter::FormatSet::all(),
                                              run.inputs(), &guard);
  CHECK_FALSE(result.ok);
  INFO(result.error);
  CHECK(result.error.find("No space left on device") != std::string::npos);
  CHECK(result.written.empty());
  CHECK(names_in(tmp.path()).empty());  // not even a/
}

TEST_CASE("a full disk in an existing folder leaves it as it was") {
  const Run run(restaurant(2000));
  ScratchDir tmp("disk-full-existing");
  std::ofstream(tmp.path() / "notes.txt") << "mine";
  exporter::WriteGuard guard;
  guard.set_space_for_tests(1);
  const auto result =
      exporter::write_outputs(tmp.path(), exporter::FormatSet::all(), run.inputs(), &guard);
  CHECK_FALSE(result.ok);
  CHECK(names_in(tmp.path()) == std::set<std::string>{"notes.txt"});
}

TEST_CASE("an abandoned write removes what it made and refuses more files") {
  ScratchDir tmp("abandon");
  exporter::WriteGuard guard;
  std::string error;
  REQUIRE(guard.create_directories(tmp.path() / "x" / "y", error));
  std::FILE* f = guard.open_temp(tmp.path() / "x" / "y" / ".a.tmp-1", error);
  REQUIRE(f != nullptr);
  std::fputs("half", f);
  CHECK(guard.abandon());
  std::fclose(f);
  CHECK(names_in(tmp.path()).empty());
  CHECK(guard.open_temp(tmp.path() / ".b.tmp-1", error) == nullptr);
  CHECK(error == "interrupted");
  std::vector<fs::path> done;
  CHECK_FALSE(guard.commit({}, done, error));
}

TEST_CASE("a committed write is not abandoned: its files are whole and stay") {
  const Run run(restaurant(20));
  ScratchDir tmp("committed");
  exporter::WriteGuard guard;
  const auto result =
      exporter::write_outputs(tmp.path() / "out", exporter::FormatSet::all(), run.inputs(), &guard);
  REQUIRE(result.ok);
  CHECK_FALSE(guard.abandon());
  CHECK(names_in(tmp.path() / "out").size() == result.written.size());
}

TEST_CASE("an abandon from another thread while files are written leaves nothing") {
  const Run run(restaurant(20'000));
  for (int attempt = 0; attempt < 5; ++attempt) {
    ScratchDir tmp("abandon-race");
    exporter::WriteGuard guard;
    exporter::WriteResult result;
    std::thread writer([&] {
      result = exporter::write_outputs(tmp.path() / "out", exporter::FormatSet::all(), run.inputs(),
                                       &guard);
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(attempt * 20));
    const bool abandoned = guard.abandon();
    writer.join();
    INFO("attempt " << attempt);
    if (abandoned) {
      CHECK(names_in(tmp.path()).empty());
    } else {
      CHECK(result.ok);
      CHECK(names_in(tmp.path() / "out").size() == result.written.size());
    }
  }
}

TEST_CASE("temporary files are recognised by name and by a dead owner") {
  ScratchDir tmp("stale-unit");
  const std::vector<std::string> names = exporter::all_file_names();
  for (const char* f :
       {".summary.json.tmp-4194399", ".timeline-threads.png.tmp-4194398", ".summary.json.tmp-",
        ".summary.json.tmp-12x", ".other.tmp-4194399", "summary.json.tmp-4194399"}) {
    std::ofstream(tmp.path() / f) << "x";
  }
  const std::string mine = ".events.csv.tmp-" + std::to_string(::getpid());
  std::ofstream(tmp.path() / mine) << "x";
  CHECK(exporter::remove_stale_temps(tmp.path(), names) == 2);
  CHECK(names_in(tmp.path()) == std::set<std::string>{".summary.json.tmp-", ".summary.json.tmp-12x",
                                                      ".other.tmp-4194399",
                                                      "summary.json.tmp-4194399", mine});
  CHECK(exporter::temp_file_path("/x/summary.json", 42) == fs::path("/x/.summary.json.tmp-42"));
}

TEST_CASE("an empty list of formats is an error, like a list of commas") {
  std::string error;
  CHECK_FALSE(exporter::FormatSet::parse("", error));
  CHECK(error.find("no format given") != std::string::npos);
  CHECK_FALSE(exporter::FormatSet::parse(" , ", error));
  CHECK(exporter::FormatSet::parse("all", error));
}
