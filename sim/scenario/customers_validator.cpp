#include "scenario/customers_validator.hpp"

#include <string>
#include <vector>

#include "scenario/distribution_parser.hpp"
#include "scenario/duration_parser.hpp"
#include "scenario/limits.hpp"
#include "scenario/scenario_keys.hpp"
#include "scenario/suggest.hpp"

namespace burgers::scenario {

namespace {

using Type = TomlNode::Type;

// The stations that steps name.
struct StationLookup {
  const Scenario& scenario;
  bool readable;  // false when `station` is not an array: step stations then go unchecked
};

std::string indexed(std::string_view name, std::size_t i) {
  return std::string(name) + "[" + std::to_string(i) + "]";
}

// One work string (or a number, which lacks its unit) at `key_path` of the step.
void read_phase(TableReader& step, const TomlNode& node, const std::string& key_path, Step& out) {
  if (node.is(Type::integer) || node.is(Type::floating)) {
    step.error(node.where, key_path, missing_unit_message(number_text(node)));
    return;
  }
  if (!node.is(Type::string)) {
    step.type_error(node, key_path, "a work string such as \"cpu 30s\"");
    return;
  }
  const Parsed<Phase> phase = parse_work(node.string);
  if (!phase.ok()) {
    step.error(node.position_in_string(phase.error.offset), key_path, phase.error.message);
    return;
  }
  out.work.push_back(*phase.value);
}

void read_work(TableReader& step, Step& out) {
  const TomlNode* node = step.find("work");
  if (node == nullptr) {
    step.missing("work");
    return;
  }
  if (!node->is(Type::array)) {
    read_phase(step, *node, "work", out);
    return;
  }
  if (node->items.empty()) step.error(node->where, "work", "must list at least one phase");
  if (node->items.size() > static_cast<std::size_t>(kMaxPhasesPerStep)) {
    step.error(node->items[kMaxPhasesPerStep].where, "work",
               "more than " + std::to_string(kMaxPhasesPerStep) + " phases (limit " +
                   std::to_string(kMaxPhasesPerStep) +
                   "): for many alike phases, write one with a distribution");
    return;
  }
  for (std::size_t i = 0; i < node->items.size(); ++i)
    read_phase(step, node->items[i], indexed("work", i), out);
}

std::string unknown_station_message(std::string_view name, const Scenario& s) {
  std::vector<std::string_view> names;
  for (const Station& station : s.stations) {
    if (!station.name.empty()) names.push_back(station.name);
  }
  std::string hint = did_you_mean(name, names);
  if (hint.empty() && s.stations.empty()) {
    hint = " (there is no [[station]]; leave station out for the customer's own activity)";
  } else if (hint.empty() && !names.empty()) {
    hint = " (stations: " + join_names(names) + ")";
  }
  return "unknown station '" + std::string(name) + "'" + hint;
}

void read_station_and_mode(TableReader& r, const StationLookup& stations, Step& step) {
  if (auto station = r.string("station", Key::optional)) {
    step.station = stations.scenario.station_index(*station);
    if (step.station < 0 && stations.readable) {
      r.error(r.find("station")->where, "station",
              unknown_station_message(*station, stations.scenario));
    }
  }
  const TomlEntry* mode = r.table().find_entry("customer");
  if (mode == nullptr) return;
  if (r.find("station") == nullptr) {
    r.error(mode->where, "customer",
            "only a step at a station can set customer (without station, the step is the "
            "customer's own activity)");
    return;
  }
  if (auto text = r.string("customer", Key::optional)) {
    if (*text == "blocked") {
      step.customer = CustomerMode::blocked;
    } else if (*text == "free") {
      step.customer = CustomerMode::free;
    } else {
      r.error(mode->value.where, "customer",
              "must be 'blocked' or 'free', got '" + *text + "'" +
                  did_you_mean(*text, {"blocked", "free"}));
    }
  }
}

std::int64_t line_count(std::string_view code) {
  if (code.empty()) return 0;
  std::int64_t lines = 1;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i] == '\n' && i + 1 < code.size()) ++lines;
  }
  return lines;
}

// `line`: which line of [scenario] code the step stands for.
void read_line(TableReader& r, const Scenario& s, Step& step) {
  const TomlNode* node = r.find("line");
  if (node == nullptr) return;
  const std::int64_t lines = line_count(s.code);
  if (lines == 0) {
    r.error(node->where, "line",
            "there is no code to point into: add code = \"\"\"...\"\"\" to [scenario]");
    return;
  }
  const std::optional<std::int64_t> line = r.integer("line", Key::optional, 1, 1'000'000);
  if (!line) return;
  if (*line > lines) {
    r.error(node->where, "line",
            "line " + std::to_string(*line) + " is past the end of the code (" +
                std::to_string(lines) + " lines)");
    return;
  }
  step.line = static_cast<int>(*line);
}

void read_step(const TomlNode& table, std::string path, const StationLookup& stations,
               CustomerGroup& group, Diagnostics& out) {
  TableReader r(table, std::move(path), out);
  r.reject_unknown_keys(kStepKeys, "in [[customers.step]]");
  Step step;
  if (auto name = r.name("name")) {
    for (std::size_t i = 0; i < group.steps.size(); ++i) {
      if (group.steps[i].name == *name) {
        r.error(r.find("name")->where, "name",
                "duplicate step name '" + *name + "' (already used by step[" + std::to_string(i) +
                    "])");
      }
    }
    step.name = *name;
  }
  step.label = r.string("label", Key::optional).value_or(default_label(step.name));
  step.label_zh = r.string("label_zh", Key::optional).value_or("");
  read_station_and_mode(r, stations, step);
  read_work(r, step);
  read_line(r, stations.scenario, step);
  group.steps.push_back(std::move(step));
}

void read_steps(TableReader& r, const StationLookup& stations, CustomerGroup& group,
                Diagnostics& out) {
  const TomlNode* node = r.find("step");
  if (node == nullptr) {
    r.missing("step");
    return;
  }
  if (!node->is(Type::array)) {
    r.type_error(*node, "step", "an array of tables ([[customers.step]])");
    return;
  }
  if (node->items.empty()) r.error(node->where, "step", "must list at least one step");
  if (node->items.size() > static_cast<std::size_t>(kMaxStepsPerGroup)) {
    r.error(node->items[kMaxStepsPerGroup].where, "step",
            "more than " + std::to_string(kMaxStepsPerGroup) + " steps (limit " +
                std::to_string(kMaxStepsPerGroup) + ")");
    return;
  }
  for (std::size_t i = 0; i < node->items.size(); ++i) {
    const std::string key_path = indexed("step", i);
    if (!node->items[i].is(Type::table)) {
      r.type_error(node->items[i], key_path, "a table ([[customers.step]])");
      continue;
    }
    read_step(node->items[i], r.path_of(key_path), stations, group, out);
  }
}

// `named`: the group comes from [[customers]], where each needs a unique name.
void read_group(const TableReader& root, const TomlNode& table, std::string path, bool named,
                Scenario& s, Diagnostics& out) {
  TableReader r(table, std::move(path), out);
  r.reject_unknown_keys(kCustomersKeys, named ? "in [[customers]]" : "in [customers]");
  CustomerGroup group;
  if (named || r.find("name") != nullptr) {
    if (auto name = r.name("name")) {
      for (std::size_t i = 0; i < s.groups.size(); ++i) {
        if (s.groups[i].name == *name) {
          r.error(r.find("name")->where, "name",
                  "duplicate group name '" + *name + "' (already used by customers[" +
                      std::to_string(i) + "])");
        }
      }
      group.name = *name;
    }
  }
  group.label = r.string("label", Key::optional).value_or(default_label(group.name));
  group.label_zh = r.string("label_zh", Key::optional).value_or("");
  group.count = r.integer("count", Key::required, 0, kMaxCustomers).value_or(0);
  if (auto arrival = r.distribution("arrival", group.arrival_text)) group.arrival = *arrival;
  const TomlNode* station = root.find("station");
  read_steps(r, StationLookup{s, station == nullptr || station->is(Type::array)}, group, out);
  s.groups.push_back(std::move(group));
}

}  // namespace

void read_customers(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* node = root.find("customers");
  if (node == nullptr) {
    out.push_back(
        {root.table().where.file, 0, 0, "missing required table [customers] (or [[customers]])"});
    return;
  }
  if (node->is(Type::table)) {
    read_group(root, *node, "customers", false, s, out);
    return;
  }
  if (!node->is(Type::array)) {
    root.type_error(*node, "customers",
                    "a table ([customers]) or an array of tables ([[customers]])");
    return;
  }
  if (node->items.empty()) root.error(node->where, "customers", "must list at least one group");
  if (node->items.size() > static_cast<std::size_t>(kMaxGroups)) {
    root.error(node->items[kMaxGroups].where, "customers",
               "more than " + std::to_string(kMaxGroups) + " groups (limit " +
                   std::to_string(kMaxGroups) + ")");
    return;
  }
  for (std::size_t i = 0; i < node->items.size(); ++i) {
    if (!node->items[i].is(Type::table)) {
      root.type_error(node->items[i], indexed("customers", i), "a table ([[customers]])");
      continue;
    }
    read_group(root, node->items[i], indexed("customers", i), true, s, out);
  }
}

}  // namespace burgers::scenario
