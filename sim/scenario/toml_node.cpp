#include "scenario/toml_node.hpp"

#include <utility>

#include "scenario/text_scan.hpp"

namespace burgers::scenario {

bool TomlNode::is_table_array() const {
  if (type != Type::array || items.empty()) return false;
  for (const TomlNode& item : items) {
    if (item.type != Type::table) return false;
  }
  return true;
}

const TomlEntry* TomlNode::find_entry(std::string_view key) const {
  for (const TomlEntry& entry : entries) {
    if (entry.key == key) return &entry;
  }
  return nullptr;
}

const TomlNode* TomlNode::find(std::string_view key) const {
  const TomlEntry* entry = find_entry(key);
  return entry == nullptr ? nullptr : &entry->value;
}

TomlNode* TomlNode::find(std::string_view key) {
  for (TomlEntry& entry : entries) {
    if (entry.key == key) return &entry.value;
  }
  return nullptr;
}

void TomlNode::set(TomlEntry entry) {
  for (TomlEntry& existing : entries) {
    if (existing.key == entry.key) {
      existing = std::move(entry);
      return;
    }
  }
  entries.push_back(std::move(entry));
}

SourcePosition TomlNode::position_in_string(std::size_t byte_offset) const {
  if (type != Type::string || content_column <= 0 || byte_offset > string.size()) return where;
  SourcePosition p = where;
  p.column = content_column + count_code_points(std::string_view(string).substr(0, byte_offset));
  return p;
}

std::string_view TomlNode::type_name() const {
  switch (type) {
    case Type::table:
      return "a table";
    case Type::array:
      return "an array";
    case Type::string:
      return "a string";
    case Type::integer:
      return "an integer";
    case Type::floating:
      return "a decimal number";
    case Type::boolean:
      return "a boolean";
    case Type::date_time:
      return "a date or time";
  }
  return "a value";
}

}  // namespace burgers::scenario
