#pragma once
// Reads typed values out of one TOML table, turning every problem into a diagnostic that
// names the key's full path ("station[2].staff: ..."). Internal to sim/scenario.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "base/time.hpp"
#include "scenario/diagnostic.hpp"
#include "scenario/scenario.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// Whether a key must be there (its absence is reported) or may be left out.
enum class Key : std::uint8_t { optional, required };
// Whether a string may run over several lines (line breaks and tabs allowed).
enum class Lines : std::uint8_t { one, many };
// Which durations a key takes.
enum class Durations : std::uint8_t { zero_or_more, positive };

class TableReader {
 public:
  // `path` names the table in messages ("station[2]"); "" for the document root.
  TableReader(const TomlNode& table, std::string path, Diagnostics& out);

  const TomlNode& table() const { return table_; }
  const TomlNode* find(std::string_view key) const { return table_.find(key); }
  // "station[2].staff" for key "staff".
  std::string path_of(std::string_view key) const;

  // Reports keys not in `allowed`; `context` ends the message: "unknown key 'x' in [[station]]".
  void reject_unknown_keys(std::span<const std::string_view> allowed, std::string_view context);

  // Each returns nullopt when the key is absent (reported if Key::required) or its value is
  // bad (reported). Strings must not be empty, and must be valid UTF-8 without control
  // characters (Lines::many: line breaks and tabs allowed), as they reach the outputs.
  std::optional<std::string> string(std::string_view key, Key presence, Lines lines = Lines::one);
  // A required identifier: letters, digits, '_' and '-'.
  std::optional<std::string> name(std::string_view key);
  std::optional<std::int64_t> integer(std::string_view key, Key presence, std::int64_t min,
                                      std::int64_t max);
  std::optional<bool> boolean(std::string_view key);
  // An optional string that must be one of `values`; returns its index in `values`.
  std::optional<std::size_t> choice(std::string_view key, std::span<const std::string_view> values);
  // An optional duration string; Durations::positive requires more than 0.
  std::optional<Time> duration(std::string_view key, Durations range);
  // A required distribution string; its text as written goes to `text`.
  std::optional<Distribution> distribution(std::string_view key, std::string& text);

  // "path.key_path: message" at `where`.
  void error(const SourcePosition& where, std::string_view key_path, std::string message);
  // "expected <expected>, got <node's type>" with a hint for quoted numbers and booleans.
  void type_error(const TomlNode& node, std::string_view key_path, std::string_view expected);
  // "path: missing required key 'key'" at the table.
  void missing(std::string_view key);

 private:
  const TomlNode& table_;
  std::string path_;
  Diagnostics& out_;
};

// The number a TOML integer or float holds, as text ("90", "1.5"): for missing-unit messages.
std::string number_text(const TomlNode& node);

// A display label made from an identifier: "order-and-cook" -> "Order and cook".
std::string default_label(std::string_view name);

}  // namespace burgers::scenario
