#pragma once
// Helpers for the scenario loader tests: a small valid scenario to vary line by line, and
// diagnostics as "file:line:column: message" strings (so one comparison checks all three).
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/loader.hpp"

namespace burgers::testing {

// Tests replace lines of this by number: keep the numbering in mind when editing it.
inline constexpr std::string_view kBaseScenario = R"([scenario]
title = "Test"

[[station]]
name = "kitchen"
staff = 1

[customers]
count = 2
arrival = "1s"

[[customers.step]]
name = "cook"
station = "kitchen"
work = "1s"
)";

// `base` with its line `line` (1-based) replaced by `text`; line 0 appends `text` instead.
inline std::string with_line(int line, std::string_view text,
                             std::string_view base = kBaseScenario) {
  std::istringstream in{std::string(base)};
  std::string out;
  std::string current;
  for (int n = 1; std::getline(in, current); ++n) {
    out += n == line ? std::string(text) : current;
    out += '\n';
  }
  if (line == 0) out += std::string(text) + '\n';
  return out;
}

// A file of the source tree, e.g. "scenarios/03-concurrent-burgers.toml".
inline std::string read_source_file(const std::string& relative) {
  std::ifstream in(std::string(BURGERS_SOURCE_DIR) + "/" + relative, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every diagnostic of loading `text` as "test.toml" as a string; checks that ok() agrees.
inline std::vector<std::string> errors_of(std::string_view text,
                                          const std::vector<scenario::Override>& overrides = {}) {
  const scenario::LoadResult result = scenario::load_scenario_text(text, "test.toml", overrides);
  std::vector<std::string> errors;
  for (const scenario::Diagnostic& d : result.diagnostics) errors.push_back(d.to_string());
  CHECK(result.ok() == errors.empty());
  return errors;
}

// The scenario from `text`, failing the test (with the diagnostics) when it does not load.
inline scenario::Scenario loaded(std::string_view text,
                                 const std::vector<scenario::Override>& overrides = {}) {
  const scenario::LoadResult result = scenario::load_scenario_text(text, "test.toml", overrides);
  for (const scenario::Diagnostic& d : result.diagnostics) UNSCOPED_INFO(d.to_string());
  REQUIRE(result.ok());
  return *result.scenario;
}

}  // namespace burgers::testing
