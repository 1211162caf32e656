#include "scenario/table_reader.hpp"

#include <charconv>
#include <utility>

#include "scenario/distribution_parser.hpp"
#include "scenario/duration_parser.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

bool is_name_char(char c) {
  return is_letter(c) || is_digit(c) || c == '_' || c == '-';
}

bool looks_like_integer(std::string_view text) {
  if (!text.empty() && (text[0] == '-' || text[0] == '+')) text.remove_prefix(1);
  if (text.empty() || text.size() > 18) return false;
  for (char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

}  // namespace

TableReader::TableReader(const TomlNode& table, std::string path, Diagnostics& out)
    : table_(table), path_(std::move(path)), out_(out) {}

std::string TableReader::path_of(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return path_ + "." + std::string(key);
}

void TableReader::reject_unknown_keys(std::span<const std::string_view> allowed,
                                      std::string_view context) {
  for (const TomlEntry& entry : table_.entries) {
    bool known = false;
    for (std::string_view key : allowed) known = known || key == entry.key;
    if (known) continue;
    std::string hint = did_you_mean(entry.key, allowed);
    if (hint.empty()) hint = " (valid keys: " + join_names(allowed) + ")";
    out_.push_back({entry.where.file, entry.where.line, entry.where.column,
                    "unknown key '" + entry.key + "' " + std::string(context) + hint});
  }
}

void TableReader::error(const SourcePosition& where, std::string_view key_path,
                        std::string message) {
  out_.push_back(
      {where.file, where.line, where.column, path_of(key_path) + ": " + std::move(message)});
}

void TableReader::type_error(const TomlNode& node, std::string_view key_path,
                             std::string_view expected) {
  std::string message =
      "expected " + std::string(expected) + ", got " + std::string(node.type_name());
  if (node.is(TomlNode::Type::string)) {
    const bool quoted_number = looks_like_integer(node.string) && expected == "an integer";
    const bool quoted_bool =
        (node.string == "true" || node.string == "false") && expected == "true or false";
    if (quoted_number || quoted_bool) message += " (write " + node.string + " without quotes)";
  }
  error(node.where, key_path, std::move(message));
}

void TableReader::missing(std::string_view key) {
  const std::string where = path_.empty() ? std::string("the file") : path_;
  out_.push_back({table_.where.file, table_.where.line, table_.where.column,
                  where + ": missing required key '" + std::string(key) + "'"});
}

std::optional<std::string> TableReader::string(std::string_view key, Key presence, Lines lines) {
  const bool required = presence == Key::required;
  const TomlNode* node = find(key);
  if (node == nullptr) {
    if (required) missing(key);
    return std::nullopt;
  }
  if (!node->is(TomlNode::Type::string)) {
    type_error(*node, key, "a string");
    return std::nullopt;
  }
  if (node->string.empty()) {
    error(node->where, key,
          required ? "must not be empty" : "must not be empty (leave the key out instead)");
    return std::nullopt;
  }
  if (const std::optional<TextError> bad = check_output_text(node->string, lines == Lines::many)) {
    error(node->position_in_string(bad->offset), key, bad->message);
    return std::nullopt;
  }
  return node->string;
}

std::optional<std::string> TableReader::name(std::string_view key) {
  std::optional<std::string> text = string(key, Key::required);
  const TomlNode* node = find(key);
  if (!text || node == nullptr) return std::nullopt;
  for (std::size_t i = 0; i < text->size(); ++i) {
    if (!is_name_char((*text)[i])) {
      error(node->position_in_string(i), key,
            "'" + *text + "' is not a valid name: use only letters, digits, '_' and '-'");
      return std::nullopt;
    }
  }
  return text;
}

std::optional<std::int64_t> TableReader::integer(std::string_view key, Key presence,
                                                 std::int64_t min, std::int64_t max) {
  const TomlNode* node = find(key);
  if (node == nullptr) {
    if (presence == Key::required) missing(key);
    return std::nullopt;
  }
  if (node->is(TomlNode::Type::string) && node->beyond_int64) {
    // An override such as customers.count=9223372036854775808 (a file cannot hold one).
    const bool negative = node->string.front() == '-';
    error(node->where, key,
          node->string + " is too " + (negative ? "small" : "large") + " (limit " +
              std::to_string(negative ? min : max) + ")");
    return std::nullopt;
  }
  if (!node->is(TomlNode::Type::integer)) {
    type_error(*node, key, "an integer");
    return std::nullopt;
  }
  if (node->integer < min) {
    error(node->where, key,
          "must be at least " + std::to_string(min) + ", got " + std::to_string(node->integer));
    return std::nullopt;
  }
  if (node->integer > max) {
    error(node->where, key,
          std::to_string(node->integer) + " is too large (limit " + std::to_string(max) + ")");
    return std::nullopt;
  }
  return node->integer;
}

std::optional<bool> TableReader::boolean(std::string_view key) {
  const TomlNode* node = find(key);
  if (node == nullptr) return std::nullopt;
  if (!node->is(TomlNode::Type::boolean)) {
    type_error(*node, key, "true or false");
    return std::nullopt;
  }
  return node->boolean;
}

std::optional<std::size_t> TableReader::choice(std::string_view key,
                                               std::span<const std::string_view> values) {
  const TomlNode* node = find(key);
  if (node == nullptr) return std::nullopt;
  const std::optional<std::string> text = string(key, Key::optional);
  if (!text) return std::nullopt;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == *text) return i;
  }
  std::string listed;
  for (std::size_t i = 0; i < values.size(); ++i) {
    listed += (i == 0 ? "'" : i + 1 == values.size() ? " or '" : ", '");
    listed += std::string(values[i]) + "'";
  }
  error(node->where, key,
        "must be " + listed + ", got '" + *text + "'" + did_you_mean(*text, values));
  return std::nullopt;
}

std::optional<Time> TableReader::duration(std::string_view key, Durations range) {
  const TomlNode* node = find(key);
  if (node == nullptr) return std::nullopt;
  if (node->is(TomlNode::Type::integer) || node->is(TomlNode::Type::floating)) {
    error(node->where, key, missing_unit_message(number_text(*node)));
    return std::nullopt;
  }
  if (!node->is(TomlNode::Type::string)) {
    type_error(*node, key, "a duration such as \"10ms\"");
    return std::nullopt;
  }
  const Parsed<Time> parsed = parse_duration(node->string);
  if (!parsed.ok()) {
    error(node->position_in_string(parsed.error.offset), key, parsed.error.message);
    return std::nullopt;
  }
  if (range == Durations::positive && *parsed.value == 0) {
    error(node->where, key, "must be greater than 0, got '" + node->string + "'");
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<Distribution> TableReader::distribution(std::string_view key, std::string& text) {
  const TomlNode* node = find(key);
  if (node == nullptr) {
    missing(key);
    return std::nullopt;
  }
  if (node->is(TomlNode::Type::integer) || node->is(TomlNode::Type::floating)) {
    error(node->where, key, missing_unit_message(number_text(*node)));
    return std::nullopt;
  }
  if (!node->is(TomlNode::Type::string)) {
    type_error(*node, key, "a distribution such as \"exp(2min)\"");
    return std::nullopt;
  }
  const Parsed<Distribution> parsed = parse_distribution(node->string);
  if (!parsed.ok()) {
    error(node->position_in_string(parsed.error.offset), key, parsed.error.message);
    return std::nullopt;
  }
  text = node->string;
  return parsed.value;
}

std::string number_text(const TomlNode& node) {
  if (node.is(TomlNode::Type::integer)) return std::to_string(node.integer);
  char buffer[64];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, node.floating);
  if (result.ec != std::errc()) return "?";
  return std::string(buffer, result.ptr);
}

std::string default_label(std::string_view name) {
  std::string label(name);
  for (char& c : label) {
    if (c == '_' || c == '-') c = ' ';
  }
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z')
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return label;
}

}  // namespace burgers::scenario
