// Every lesson in scenarios/ has golden summary.json and events.csv under tests/golden/
// that its run must reproduce byte for byte; a lesson's other variants ([[variant]]) have
// theirs under <lesson>.<variant>/. After an intended change, regenerate with
//   BURGERS_UPDATE_GOLDEN=1 build/release/tests/cli/golden_tests
// and review the diff like code.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include "export/outputs.hpp"
#include "run/simulation.hpp"
#include "scenario/loader.hpp"
#include "support/run_process.hpp"

namespace fs = std::filesystem;
using namespace burgers;
using burgers::testing::read_file;
using burgers::testing::ScratchDir;

namespace {

const fs::path kGolden = fs::path(BURGERS_SOURCE_DIR) / "tests" / "golden";

std::vector<fs::path> lessons() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(BURGERS_SOURCE_DIR) / "scenarios")) {
    if (e.path().extension() == ".toml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// A lesson's golden runs: the lesson as written, then each of its other variants.
struct GoldenRun {
  std::string name;  // the golden folder: "18-fastapi-def-vs-async", "....def"
  scenario::Scenario scenario;
};

std::vector<GoldenRun> golden_runs(const fs::path& lesson) {
  const std::string name = lesson.stem().string();
  const scenario::LoadResult loaded = scenario::load_scenario_file(lesson);
  REQUIRE(loaded.ok());
  std::vector<GoldenRun> runs{{name, *loaded.scenario}};
  for (const scenario::Variant& variant : loaded.scenario->variants) {
    if (variant.name == loaded.scenario->variant) continue;
    const scenario::Override choice{"scenario.variant", variant.name};
    const scenario::LoadResult other =
        scenario::load_scenario_file(lesson, std::span<const scenario::Override>(&choice, 1));
    REQUIRE(other.ok());
    runs.push_back({name + "." + variant.name, *other.scenario});
  }
  return runs;
}

// The golden folders the lessons call for, and those there are, each sorted.
std::vector<std::string> expected_golden_names() {
  std::vector<std::string> out;
  for (const fs::path& lesson : lessons()) {
    for (const GoldenRun& run : golden_runs(lesson)) out.push_back(run.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}
std::vector<std::string> golden_names() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(kGolden)) {
    if (e.is_directory()) out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Runs `run` and compares its outputs with tests/golden/<run.name>/ (or writes them).
void check_golden(const GoldenRun& run, const fs::path& scratch, bool update) {
  run::Simulation sim(run.scenario);
  sim.run();
  REQUIRE_FALSE(sim.failed());
  const stats::Summary summary = sim.summary();
  exporter::FormatSet formats;
  formats.add(exporter::Format::summary);
  formats.add(exporter::Format::csv);
  const fs::path out = scratch / run.name;
  const auto written = exporter::write_outputs(
      out, formats, exporter::OutputInputs{&run.scenario, &summary, sim.trace()});
  REQUIRE(written.ok);
  const fs::path golden = kGolden / run.name;
  for (const char* file : {"summary.json", "events.csv"}) {
    if (update) {
      fs::create_directories(golden);
      fs::copy_file(out / file, golden / file, fs::copy_options::overwrite_existing);
      continue;
    }
    INFO(run.name << "/" << file
                  << " differs from tests/golden (regenerate only for an intended change)");
    REQUIRE(fs::exists(golden / file));
    CHECK(read_file(out / file) == read_file(golden / file));
  }
}

}  // namespace

TEST_CASE("every lesson and variant has golden files, and every golden folder a lesson") {
  if (std::getenv("BURGERS_UPDATE_GOLDEN") != nullptr) return;  // being written now
  const std::vector<std::string> names = expected_golden_names();
  REQUIRE_FALSE(names.empty());
  CHECK(golden_names() == names);
  for (const std::string& name : names) {
    for (const char* file : {"summary.json", "events.csv"}) {
      INFO(name << "/" << file);
      CHECK(fs::is_regular_file(kGolden / name / file));
    }
  }
}

TEST_CASE("every lesson reproduces its golden summary.json and events.csv byte for byte") {
  const bool update = std::getenv("BURGERS_UPDATE_GOLDEN") != nullptr;
  const auto all = lessons();
  REQUIRE_FALSE(all.empty());
  ScratchDir tmp("golden");
  for (const fs::path& lesson : all) {
    SECTION(lesson.stem().string()) {
      for (const GoldenRun& run : golden_runs(lesson)) check_golden(run, tmp.path(), update);
    }
  }
}
