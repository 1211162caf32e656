#pragma once
// A TOML document as plain values with source positions, so that validation and --set
// overrides never touch toml++ (only toml_reader.cpp does). Internal to sim/scenario.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace burgers::scenario {

struct SourcePosition {
  std::string file;  // the scenario file, or "--set KEY=VALUE"
  int line = 0;      // 1-based; 0 when unknown
  int column = 0;    // 1-based, in code points
};

struct TomlEntry;

struct TomlNode {
  enum class Type : std::uint8_t { table, array, string, integer, floating, boolean, date_time };

  Type type = Type::table;
  SourcePosition where;       // of the value (a table: its header)
  std::string string;         // Type::string
  int content_column = 0;     // column of the string's first character when its characters map
                              // one to one onto columns (no escapes, one line); else 0
  bool beyond_int64 = false;  // a string from --set that is an integer too large for TOML
  std::int64_t integer = 0;
  double floating = 0;
  bool boolean = false;
  std::vector<TomlEntry> entries;  // Type::table, in source order
  std::vector<TomlNode> items;     // Type::array

  bool is(Type t) const { return type == t; }
  // An array whose items are all tables ([[name]] in TOML).
  bool is_table_array() const;

  const TomlEntry* find_entry(std::string_view key) const;
  const TomlNode* find(std::string_view key) const;
  TomlNode* find(std::string_view key);
  // Replaces the entry with the same key, or appends it.
  void set(TomlEntry entry);

  // Where the character at `byte_offset` of a string value is; the string itself when
  // its characters cannot be mapped to columns.
  SourcePosition position_in_string(std::size_t byte_offset) const;

  // "a string", "an integer", ... for messages.
  std::string_view type_name() const;
};

struct TomlEntry {
  std::string key;
  SourcePosition where;  // of the key
  TomlNode value;
};

}  // namespace burgers::scenario
