#include "scenario/overrides.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "scenario/scenario_keys.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/toml_reader.hpp"

namespace burgers::scenario {

namespace {

using Type = TomlNode::Type;
using Keys = std::span<const std::string_view>;

constexpr std::string_view kExample = "e.g. station.kitchen.staff=4";
constexpr std::string_view kDefaultGroupName = "customer";  // CustomerGroup::name's default

// One part of the dotted key, with its column in "KEY=VALUE".
struct Segment {
  std::string_view text;
  int column;
};

// Where an override's value goes: key segment `key_index` of `table`, or, when `table` is
// null, of a new top-level table `create_as`.
struct Target {
  TomlNode* table = nullptr;
  std::size_t key_index = 0;
  Keys keys;
  std::string_view header;  // "[[station]]", for unknown-key messages
  std::string form;         // "station.NAME.KEY", for incomplete keys
  std::string_view create_as;
};

bool contains(Keys keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// The table item of `array` whose "name" is `name`; all names go to `names` for suggestions.
TomlNode* find_named(TomlNode* array, std::string_view name, std::vector<std::string_view>& names) {
  TomlNode* found = nullptr;
  if (array == nullptr || !array->is(Type::array)) return nullptr;
  for (TomlNode& item : array->items) {
    const TomlNode* item_name = item.is(Type::table) ? item.find("name") : nullptr;
    if (item_name == nullptr || !item_name->is(Type::string)) continue;
    names.push_back(item_name->string);
    if (found == nullptr && item_name->string == name) found = &item;
  }
  return found;
}

std::string unknown_name_message(std::string_view what, std::string_view name, Keys names) {
  std::string hint = did_you_mean(name, names);
  if (hint.empty()) {
    hint = names.empty() ? " (there are none)"
                         : " (" + std::string(what) + "s: " + join_names(names) + ")";
  }
  return "unknown " + std::string(what) + " '" + std::string(name) + "'" + hint;
}

// Digits with an optional sign (and TOML's underscores): an integer that was not read as
// one, so it is beyond int64.
bool is_integer_literal(std::string_view text) {
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) text.remove_prefix(1);
  if (text.empty() || !is_digit(text.front()) || !is_digit(text.back())) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return is_digit(c) || c == '_'; });
}

class OverrideApplier {
 public:
  OverrideApplier(TomlNode& root, const Override& o, Diagnostics& out)
      : root_(root), override_(o), file_("--set " + o.key + "=" + o.value), out_(out) {}

  void apply() {
    if (!split()) return;
    const Segment head = segments_[0];
    std::optional<Target> target;
    if (head.text == "scenario") {
      target = top_table("scenario", kScenarioKeys, "[scenario]");
    } else if (head.text == "machine") {
      target = top_table("machine", kMachineKeys, "[machine]");
    } else if (head.text == "station") {
      target = station();
    } else if (head.text == "customers") {
      target = customers();
    } else {
      fail(head.column, "unknown key '" + std::string(head.text) + "'" +
                            did_you_mean(head.text, kTopLevelKeys) +
                            ": write scenario.KEY, machine.KEY, station.NAME.KEY or customers.KEY");
    }
    if (target) finish(*target);
  }

 private:
  void fail(int column, std::string message) {
    out_.push_back({file_, 1, column, std::move(message)});
  }

  bool split() {
    const std::string_view key = override_.key;
    std::size_t start = 0;
    for (;;) {
      const std::size_t dot = std::min(key.find('.', start), key.size());
      const Segment segment{key.substr(start, dot - start),
                            1 + count_code_points(key.substr(0, start))};
      if (segment.text.empty()) {
        fail(segment.column, "empty part in key '" + override_.key + "'");
        return false;
      }
      segments_.push_back(segment);
      if (dot == key.size()) return true;
      start = dot + 1;
    }
  }

  bool need(std::size_t count, std::string_view form) {
    if (segments_.size() >= count) return true;
    fail(1, "incomplete key '" + override_.key + "': write " + std::string(form));
    return false;
  }

  std::optional<Target> top_table(std::string_view name, Keys keys, std::string_view header) {
    TomlNode* table = root_.find(name);
    if (table != nullptr && !table->is(Type::table)) {
      fail(1, "cannot set " + override_.key + ": '" + std::string(name) +
                  "' in the file is not a table");
      return std::nullopt;
    }
    return Target{table, 1, keys, header, std::string(name) + ".KEY", name};
  }

  std::optional<Target> station() {
    if (!need(2, "station.NAME.KEY")) return std::nullopt;
    std::vector<std::string_view> names;
    TomlNode* found = find_named(root_.find("station"), segments_[1].text, names);
    if (found == nullptr) {
      fail(segments_[1].column, unknown_name_message("station", segments_[1].text, names));
      return std::nullopt;
    }
    return Target{found, 2, kStationKeys, "[[station]]", "station.NAME.KEY", {}};
  }

  std::optional<Target> customers() {
    if (!need(2, "customers.KEY")) return std::nullopt;
    TomlNode* node = root_.find("customers");
    if (node == nullptr || node->is(Type::table)) {
      // `customers.<its name>.KEY` also works for the single group, like for several.
      const TomlNode* name = node == nullptr ? nullptr : node->find("name");
      const std::string_view group_name = name == nullptr ? std::string_view(kDefaultGroupName)
                                          : name->is(Type::string) ? std::string_view(name->string)
                                                                   : std::string_view();
      const bool named =
          group_name == segments_[1].text && !contains(kCustomersKeys, segments_[1].text);
      return group(node, named ? 2 : 1, "[customers]", "customers.");
    }
    if (!node->is(Type::array)) {
      fail(1, "cannot set " + override_.key + ": 'customers' in the file is not a table");
      return std::nullopt;
    }
    std::vector<std::string_view> names;
    if (TomlNode* found = find_named(node, segments_[1].text, names)) {
      return group(found, 2, "[[customers]]", "customers.GROUP.");
    }
    // With a single [[customers]] group, its name may be left out.
    if (node->items.size() == 1 && node->items[0].is(Type::table) &&
        contains(kCustomersKeys, segments_[1].text)) {
      return group(&node->items[0], 1, "[[customers]]", "customers.");
    }
    if (contains(kCustomersKeys, segments_[1].text) && !names.empty()) {
      fail(segments_[1].column, "there are several customer groups: name one, e.g. customers." +
                                    std::string(names[0]) + "." + std::string(segments_[1].text) +
                                    " (groups: " + join_names(names) + ")");
    } else {
      fail(segments_[1].column, unknown_name_message("customer group", segments_[1].text, names));
    }
    return std::nullopt;
  }

  // A key of the group (possibly still to be created), or of one of its steps.
  std::optional<Target> group(TomlNode* table, std::size_t index, std::string_view header,
                              std::string prefix) {
    if (!need(index + 1, prefix + "KEY")) return std::nullopt;
    if (segments_[index].text != "step") {
      return Target{table,  index,          kCustomersKeys,
                    header, prefix + "KEY", table == nullptr ? "customers" : ""};
    }
    const std::string form = prefix + "step.NAME.KEY";
    if (!need(index + 2, form)) return std::nullopt;
    std::vector<std::string_view> names;
    const Segment& name = segments_[index + 1];
    TomlNode* found =
        find_named(table == nullptr ? nullptr : table->find("step"), name.text, names);
    if (found == nullptr) {
      fail(name.column, unknown_name_message("step", name.text, names));
      return std::nullopt;
    }
    return Target{found, index + 2, kStepKeys, "[[customers.step]]", form, {}};
  }

  void finish(const Target& target) {
    if (segments_.size() <= target.key_index) {
      fail(1, "incomplete key '" + override_.key + "': write " + target.form);
      return;
    }
    if (segments_.size() > target.key_index + 1) {
      fail(segments_[target.key_index + 1].column,
           "too many parts in '" + override_.key + "': write " + target.form);
      return;
    }
    const Segment& key = segments_[target.key_index];
    if (!contains(target.keys, key.text)) {
      std::string hint = did_you_mean(key.text, target.keys);
      if (hint.empty()) hint = " (valid keys: " + join_names(target.keys) + ")";
      fail(key.column,
           "unknown key '" + std::string(key.text) + "' in " + std::string(target.header) + hint);
      return;
    }
    TomlNode* table = target.table;
    if (table == nullptr) {
      TomlNode created;
      created.where = {file_, 1, 1};
      root_.set({std::string(target.create_as), {file_, 1, 1}, std::move(created)});
      table = root_.find(target.create_as);
    }
    if (table != nullptr) table->set({std::string(key.text), {file_, 1, key.column}, value()});
  }

  // VALUE as a TOML value when it is one, else as a plain string.
  TomlNode value() const {
    const int column = count_code_points(override_.key) + 2;
    if (std::optional<TomlNode> parsed = read_toml_value(override_.value, file_, column))
      return *parsed;
    TomlNode text;
    text.type = Type::string;
    text.where = {file_, 1, column};
    text.string = override_.value;
    text.content_column = column;
    text.beyond_int64 = is_integer_literal(override_.value);
    return text;
  }

  TomlNode& root_;
  const Override& override_;
  std::string file_;
  std::vector<Segment> segments_;
  Diagnostics& out_;
};

}  // namespace

void apply_overrides(TomlNode& root, std::span<const Override> overrides, Diagnostics& out) {
  for (const Override& o : overrides) OverrideApplier(root, o, out).apply();
}

std::optional<Override> parse_override(std::string_view text, Diagnostic& error) {
  const std::string file = "--set " + std::string(text);
  const std::size_t equals = text.find('=');
  if (equals == std::string_view::npos) {
    error = {file, 1, 1, "expected KEY=VALUE, " + std::string(kExample)};
    return std::nullopt;
  }
  if (equals == 0) {
    error = {file, 1, 1, "missing key before '=': write KEY=VALUE, " + std::string(kExample)};
    return std::nullopt;
  }
  return Override{std::string(text.substr(0, equals)), std::string(text.substr(equals + 1))};
}

}  // namespace burgers::scenario
