// Every lesson in scenarios/ has golden summary.json and events.csv under tests/golden/
// that its run must reproduce byte for byte. After an intended change, regenerate with
//   BURGERS_UPDATE_GOLDEN=1 build/release/tests/cli/golden_tests
// and review the diff like code.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// The lessons' names (file stems) and the golden folders' names, each sorted.
std::vector<std::string> lesson_names() {
  std::vector<std::string> out;
  for (const fs::path& lesson : lessons()) out.push_back(lesson.stem().string());
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

}  // namespace

TEST_CASE("every lesson in scenarios/ has golden files, and every golden folder a lesson") {
  if (std::getenv("BURGERS_UPDATE_GOLDEN") != nullptr) return;  // being written now
  const std::vector<std::string> names = lesson_names();
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
    const std::string name = lesson.stem().string();
    SECTION(name) {
      const scenario::LoadResult loaded = scenario::load_scenario_file(lesson);
      REQUIRE(loaded.ok());
      run::Simulation sim(*loaded.scenario);
      sim.run();
      REQUIRE_FALSE(sim.failed());
      const stats::Summary summary = sim.summary();
      exporter::FormatSet formats;
      formats.add(exporter::Format::summary);
      formats.add(exporter::Format::csv);
      const fs::path out = tmp.path() / name;
      const auto written = exporter::write_outputs(
          out, formats, exporter::OutputInputs{&*loaded.scenario, &summary, sim.trace()});
      REQUIRE(written.ok);
      const fs::path golden = kGolden / name;
      for (const char* file : {"summary.json", "events.csv"}) {
        if (update) {
          fs::create_directories(golden);
          fs::copy_file(out / file, golden / file, fs::copy_options::overwrite_existing);
          continue;
        }
        INFO(name << "/" << file
                  << " differs from tests/golden (regenerate only for an intended change)");
        REQUIRE(fs::exists(golden / file));
        CHECK(read_file(out / file) == read_file(golden / file));
      }
    }
  }
}
