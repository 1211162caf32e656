#include "scenario/sweep_validator.hpp"

#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario/loader.hpp"
#include "scenario/overrides.hpp"
#include "scenario/scenario_keys.hpp"
#include "scenario/scenario_validator.hpp"
#include "scenario/sweep_range.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

using Type = TomlNode::Type;

// A string, or an array of strings (at most `most`), as (node, text) pairs; reports others.
std::vector<const TomlNode*> strings_of(TableReader& r, std::string_view key, std::size_t most) {
  std::vector<const TomlNode*> out;
  const TomlNode* node = r.find(key);
  if (node == nullptr) return out;
  if (node->is(Type::string)) return {node};
  const std::string expected =
      most == 1 ? "a string" : "a string or an array of up to " + std::to_string(most) + " strings";
  if (!node->is(Type::array)) {
    r.type_error(*node, key, expected);
    return out;
  }
  if (node->items.empty() || node->items.size() > most) {
    r.error(node->where, key,
            "expected " + expected + ", got " + std::to_string(node->items.size()) + " items");
    return out;
  }
  for (const TomlNode& item : node->items) {
    if (!item.is(Type::string)) {
      r.type_error(item, key, "a string");
      return {};
    }
    out.push_back(&item);
  }
  return out;
}

// The document as the points of a sweep see it: without its [[sweep]] tables.
TomlNode without_sweeps(const TomlNode& document) {
  TomlNode copy = document;
  std::erase_if(copy.entries, [](const TomlEntry& e) { return e.key == "sweep"; });
  return copy;
}

// The byte in `text` ("KEY=RANGE") that column `column` of "KEY=VALUE" points at, when the
// column lies within the key; else the key's start.
std::size_t key_offset(std::string_view text, const Vary& vary, int column) {
  const std::size_t start = text.find(vary.key);
  std::size_t offset = start == std::string_view::npos ? 0 : start;
  for (int c = 1; c < column && offset < text.size(); ++c) {
    offset += code_point_at(text, offset).size();
  }
  return offset;
}

// Checks that every value of `vary` makes a valid scenario, as the sweep's points will.
void check_values(TableReader& r, const TomlNode& node, const Vary& vary, const TomlNode& whole) {
  const TomlNode document = without_sweeps(whole);
  for (const SweepValue& value : vary.values) {
    TomlNode point = document;
    Diagnostics found;
    const Override o{vary.key, value.text};
    apply_overrides(point, std::span<const Override>(&o, 1), found);
    if (!found.empty()) {  // the key itself is wrong: say it once, where the key is written
      r.error(node.position_in_string(key_offset(node.string, vary, found[0].column)), "vary",
              found[0].message);
      return;
    }
    validate_scenario(point, found, LimitChecks::off);
    if (!found.empty()) {
      r.error(node.position_in_string(value.offset), "vary",
              vary.key + "=" + value.text + ": " + found[0].message);
    }
  }
}

// `document` is null when it has errors of its own: its values cannot be checked then.
void read_vary(TableReader& r, SweepSuggestion& sweep, Diagnostics& out, const TomlNode* document) {
  const std::vector<const TomlNode*> nodes = strings_of(r, "vary", 2);
  if (r.find("vary") == nullptr) r.missing("vary");
  std::vector<std::string> keys;
  for (const TomlNode* node : nodes) {
    const Parsed<Vary> vary = parse_vary(node->string);
    if (!vary.ok()) {
      r.error(node->position_in_string(vary.error.offset), "vary", vary.error.message);
      continue;
    }
    for (const std::string& key : keys) {
      if (key == vary.value->key)
        r.error(node->where, "vary", "'" + key + "' is varied twice: vary two different keys");
    }
    keys.push_back(vary.value->key);
    const std::size_t before = out.size();
    if (document != nullptr) check_values(r, *node, *vary.value, *document);
    if (out.size() == before) sweep.vary.push_back(node->string);
  }
}

void read_sweep(const TomlNode& table, std::size_t index, Scenario& s, Diagnostics& out,
                const TomlNode* document) {
  TableReader r(table, "sweep[" + std::to_string(index) + "]", out);
  r.reject_unknown_keys(kSweepKeys, "in [[sweep]]");
  SweepSuggestion sweep;
  read_vary(r, sweep, out, document);
  for (const TomlNode* node : strings_of(r, "metric", 8)) {
    const std::string problem = metric_problem(node->string, s);
    if (problem.empty()) {
      sweep.metrics.push_back(node->string);
    } else {
      r.error(node->where, "metric", problem);
    }
  }
  sweep.title = r.string("title", Key::optional).value_or("");
  sweep.title_zh = r.string("title_zh", Key::optional).value_or("");
  sweep.replications =
      static_cast<int>(r.integer("replications", Key::optional, 1, kMaxReplications).value_or(0));
  s.sweeps.push_back(std::move(sweep));
}

}  // namespace

void read_sweeps(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* node = root.find("sweep");
  if (node == nullptr) return;
  if (!node->is(Type::array)) {
    root.type_error(*node, "sweep", "an array of tables ([[sweep]])");
    return;
  }
  const TomlNode* document = out.empty() ? &root.table() : nullptr;
  for (std::size_t i = 0; i < node->items.size(); ++i) {
    const TomlNode& item = node->items[i];
    if (!item.is(Type::table)) {
      root.type_error(item, "sweep[" + std::to_string(i) + "]", "a table ([[sweep]])");
      continue;
    }
    read_sweep(item, i, s, out, document);
  }
}

}  // namespace burgers::scenario
