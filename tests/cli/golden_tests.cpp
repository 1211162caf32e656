// Every lesson in scenarios/ has golden summary.json and events.csv under tests/golden/
// that its run must reproduce byte for byte. After an intended change, regenerate with
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

std::vector<fs::path> lessons() {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(fs::path(BURGERS_SOURCE_DIR) / "scenarios")) {
    if (e.path().extension() == ".toml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Runs `loaded` and compares its outputs with tests/golden/<golden_name>/ (or writes them).
void check_golden(const scenario::Scenario& loaded, const std::string& golden_name,
                  const fs::path& scratch, bool update) {
  run::Simulation sim(loaded);
  sim.run();
  REQUIRE_FALSE(sim.failed());
  const stats::Summary summary = sim.summary();
  exporter::FormatSet formats;
  formats.add(exporter::Format::summary);
  formats.add(exporter::Format::csv);
  const fs::path out = scratch / golden_name;
  const auto written =
      exporter::write_outputs(out, formats, exporter::OutputInputs{&loaded, &summary, sim.trace()});
  REQUIRE(written.ok);
  const fs::path golden = fs::path(BURGERS_SOURCE_DIR) / "tests" / "golden" / golden_name;
  for (const char* file : {"summary.json", "events.csv"}) {
    if (update) {
      fs::create_directories(golden);
      fs::copy_file(out / file, golden / file, fs::copy_options::overwrite_existing);
      continue;
    }
    INFO(golden_name << "/" << file
                     << " differs from tests/golden (regenerate only for an intended change)");
    REQUIRE(fs::exists(golden / file));
    CHECK(read_file(out / file) == read_file(golden / file));
  }
}

}  // namespace

// A lesson's other variants ([[variant]]) have theirs under <lesson>.<variant>/.
TEST_CASE("every lesson reproduces its golden summary.json and events.csv byte for byte") {
  const bool update = std::getenv("BURGERS_UPDATE_GOLDEN") != nullptr;
  const auto all = lessons();
  REQUIRE(all.size() >= 8);
  ScratchDir tmp("golden");
  for (const fs::path& lesson : all) {
    const std::string name = lesson.stem().string();
    SECTION(name) {
      const scenario::LoadResult loaded = scenario::load_scenario_file(lesson);
      REQUIRE(loaded.ok());
      check_golden(*loaded.scenario, name, tmp.path(), update);
      for (const scenario::Variant& variant : loaded.scenario->variants) {
        if (variant.name == loaded.scenario->variant) continue;
        const scenario::Override choice{"scenario.variant", variant.name};
        const scenario::LoadResult other =
            scenario::load_scenario_file(lesson, std::span<const scenario::Override>(&choice, 1));
        REQUIRE(other.ok());
        check_golden(*other.scenario, name + "." + variant.name, tmp.path(), update);
      }
    }
  }
}
