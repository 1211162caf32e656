#pragma once
// Scenario errors as values: where (file, line, column) and what. Include freely.
#include <string>
#include <vector>

namespace burgers::scenario {

struct Diagnostic {
  std::string file;  // the scenario file, or "--set KEY=VALUE" for an override
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based, counted in code points; 0 when unknown
  std::string message;

  // "file:line:column: message" (position parts left out when unknown), with control
  // characters and broken UTF-8 escaped (\u0000, \xFF): a NUL in a key cuts nothing.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace burgers::scenario
