#pragma once
// TOML text -> TomlNode, the one place that uses toml++. Internal to sim/scenario.
#include <optional>
#include <string>
#include <string_view>

#include "scenario/diagnostic.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// The document's root table, or nullopt after adding the syntax error to `out`.
std::optional<TomlNode> read_toml_document(std::string_view text, const std::string& file,
                                           Diagnostics& out);

// The VALUE of a `--set KEY=VALUE` read as a TOML value (4, true, "x", ["io 1s"]), or nullopt
// when it is not one. Positions are put on line 1 of `file`, the value starting at `column`.
std::optional<TomlNode> read_toml_value(std::string_view text, const std::string& file, int column);

}  // namespace burgers::scenario
