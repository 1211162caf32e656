// libFuzzer target: the scenario loader and the --set parser, then a short run of what
// loads. Input: a TOML document, optionally followed by "\0\0" and --set texts separated
// by "\0" (e.g. "...toml...\0\0station.kitchen.staff=4\0customers.count=9").
// Any crash, sanitizer report, toml++ assertion or broken contract below is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "run/simulation.hpp"
#include "scenario/limits.hpp"
#include "scenario/limits_validator.hpp"
#include "scenario/loader.hpp"
#include "scenario/text_scan.hpp"

namespace {

using namespace burgers;

void require(bool ok) {
  if (!ok) std::abort();
}

void require_clean(std::string_view text, bool multiline = false) {
  require(!scenario::check_output_text(text, multiline));
}

std::vector<scenario::Override> overrides_of(std::string_view sets) {
  std::vector<scenario::Override> out;
  while (!sets.empty()) {
    const std::size_t nul = sets.find('\0');
    const std::string_view text = sets.substr(0, nul);
    sets = nul == std::string_view::npos ? std::string_view{} : sets.substr(nul + 1);
    scenario::Diagnostic error;
    if (auto o = scenario::parse_override(text, error)) {
      out.push_back(std::move(*o));
    } else {
      require(!error.message.empty());
    }
  }
  return out;
}

// What a loaded scenario promises: clean text everywhere and every limit kept.
void check_scenario(const scenario::Scenario& s) {
  require_clean(s.name);
  require_clean(s.title);
  require_clean(s.title_zh);
  require_clean(s.description, true);
  require_clean(s.description_zh, true);
  require(s.stations.size() <= scenario::kMaxStations);
  require(s.groups.size() <= scenario::kMaxGroups);
  int staff = 0;
  for (const scenario::Station& st : s.stations) {
    require_clean(st.label);
    require_clean(st.label_zh);
    staff += st.staff;
  }
  require(staff <= scenario::kMaxStaff);
  require(s.customer_count() <= scenario::kMaxCustomers);
  for (const scenario::CustomerGroup& g : s.groups) {
    require_clean(g.label);
    require(g.steps.size() <= scenario::kMaxStepsPerGroup);
    for (const scenario::Step& step : g.steps) {
      require_clean(step.label);
      require(step.work.size() <= scenario::kMaxPhasesPerStep);
    }
  }
  require(scenario::expected_horizon(s) <= static_cast<double>(scenario::kMaxHorizon));
  require(scenario::expected_time_slices(s) <= scenario::kMaxTimeSlices);
}

// A few thousand events of the run, with its trace: time never goes back or wraps.
void run_briefly(const scenario::Scenario& s) {
  int staff = 0;
  for (const scenario::Station& st : s.stations) staff += st.staff;
  if (staff > 200) return;  // starting thousands of staff is slow, not interesting
  run::Simulation sim(s);
  Time last = 0;
  for (int slice = 0; slice < 20 && !sim.finished(); ++slice) {
    sim.advance(kNever, 200);
    require(sim.now() >= last);
    last = sim.now();
  }
  for (const trace::Span& span : sim.trace()->spans) require(span.start >= 0);
  (void)sim.summary();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::size_t split = input.find(std::string_view("\0\0", 2));
  const std::string_view document = input.substr(0, split);
  const std::vector<scenario::Override> overrides = split == std::string_view::npos
                                                        ? std::vector<scenario::Override>{}
                                                        : overrides_of(input.substr(split + 2));
  const scenario::LoadResult result =
      scenario::load_scenario_text(document, "fuzz.toml", overrides);
  require(result.ok() == result.diagnostics.empty());
  for (const scenario::Diagnostic& d : result.diagnostics) {
    require(!d.message.empty() && d.line >= 0 && d.column >= 0);
    require_clean(d.to_string());
  }
  if (!result.ok()) return 0;
  check_scenario(*result.scenario);
  run_briefly(*result.scenario);
  return 0;
}
