#include "scenario/toml_reader.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <stdexcept>
#include <string>

#include "scenario/limits.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/toml_guard.hpp"

namespace burgers::scenario {

namespace {

// Override values are parsed as "v=VALUE": the value starts in column 3 of that text.
constexpr std::string_view kValuePrefix = "v=";
constexpr int kValuePrefixColumns = 2;

class Converter {
 public:
  // value_column == 0: positions are the document's own; else the single-value mode above.
  Converter(std::string file, int value_column)
      : file_(std::move(file)), value_column_(value_column) {}

  // `depth` counts the levels above `node`: the guard keeps it within kMaxTomlDepth (plus
  // the header and value levels of an override); a deeper node is a bug, not a stack overflow.
  TomlNode convert(const toml::node& node, int depth = 0) const {
    if (depth > 2 * kMaxTomlDepth) throw std::length_error("TOML nested too deeply");
    TomlNode out;
    out.where = position(node.source().begin);
    if (const toml::table* table = node.as_table()) {
      out.type = TomlNode::Type::table;
      convert_entries(*table, out, depth);
    } else if (const toml::array* array = node.as_array()) {
      out.type = TomlNode::Type::array;
      for (const toml::node& item : *array) out.items.push_back(convert(item, depth + 1));
    } else if (const auto* text = node.as_string()) {
      out.type = TomlNode::Type::string;
      out.string = text->get();
      out.content_column = content_column(node.source(), out.string);
    } else if (const auto* integer = node.as_integer()) {
      out.type = TomlNode::Type::integer;
      out.integer = integer->get();
    } else if (const auto* floating = node.as_floating_point()) {
      out.type = TomlNode::Type::floating;
      out.floating = floating->get();
    } else if (const auto* boolean = node.as_boolean()) {
      out.type = TomlNode::Type::boolean;
      out.boolean = boolean->get();
    } else {
      out.type = TomlNode::Type::date_time;
    }
    return out;
  }

 private:
  void convert_entries(const toml::table& table, TomlNode& out, int depth) const {
    for (auto&& [key, value] : table) {
      out.entries.push_back(TomlEntry{std::string(key.str()), position(key.source().begin),
                                      convert(value, depth + 1)});
    }
    // toml++ keeps keys sorted by name; messages read better in the file's order.
    std::stable_sort(out.entries.begin(), out.entries.end(),
                     [](const TomlEntry& a, const TomlEntry& b) {
                       return a.where.line != b.where.line ? a.where.line < b.where.line
                                                           : a.where.column < b.where.column;
                     });
  }

  SourcePosition position(const toml::source_position& p) const {
    const int line = static_cast<int>(p.line);
    const int column = static_cast<int>(p.column);
    if (value_column_ == 0 || line == 0) return {file_, line, column};
    if (line > 1) return {file_, 1, value_column_};
    return {file_, 1, value_column_ + column - 1 - kValuePrefixColumns};
  }

  // A string whose source spans exactly its characters plus two quotes has no escapes,
  // so character i of the value sits i columns after the opening quote.
  int content_column(const toml::source_region& region, const std::string& value) const {
    if (region.begin.line == 0 || region.begin.line != region.end.line) return 0;
    if (value_column_ != 0 && region.begin.line != 1) return 0;
    const auto span = static_cast<long>(region.end.column) - static_cast<long>(region.begin.column);
    if (span != count_code_points(value) + 2) return 0;
    return position(region.begin).column + 1;
  }

  std::string file_;
  int value_column_;
};

}  // namespace

std::optional<TomlNode> read_toml_document(std::string_view text, const std::string& file,
                                           Diagnostics& out) {
  const TomlGuardResult guard = guard_toml(text);
  if (guard.error) {
    out.push_back({file, guard.error->line, guard.error->column, guard.error->message});
    return std::nullopt;
  }
  try {
    const toml::table root = toml::parse(text.substr(0, guard.safe_length), std::string_view{file});
    if (guard.safe_length < text.size()) {
      out.push_back({file, guard.invalid.line, guard.invalid.column, guard.invalid.message});
      return std::nullopt;
    }
    return Converter(file, 0).convert(root);
  } catch (const toml::parse_error& error) {
    const toml::source_position& where = error.source().begin;
    out.push_back({file, static_cast<int>(where.line), static_cast<int>(where.column),
                   std::string(error.description())});
    return std::nullopt;
  }
}

std::optional<TomlNode> read_toml_value(std::string_view text, const std::string& file,
                                        int column) {
  std::string document(kValuePrefix);
  document += text;
  // Anything the guard refuses or stops at is not a TOML value: it is taken as a string.
  const TomlGuardResult guard = guard_toml(document);
  if (guard.error || guard.safe_length < document.size()) return std::nullopt;
  try {
    const toml::table root = toml::parse(document, std::string_view{"--set"});
    if (root.size() != 1) return std::nullopt;
    const toml::node* value = root.get("v");
    if (value == nullptr) return std::nullopt;
    return Converter(file, column).convert(*value);
  } catch (const toml::parse_error&) {
    return std::nullopt;
  }
}

}  // namespace burgers::scenario
