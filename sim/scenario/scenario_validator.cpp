#include "scenario/scenario_validator.hpp"

#include <limits>
#include <string>

#include "scenario/customers_validator.hpp"
#include "scenario/limits.hpp"
#include "scenario/limits_validator.hpp"
#include "scenario/scenario_keys.hpp"
#include "scenario/sweep_validator.hpp"
#include "scenario/table_reader.hpp"
#include "scenario/variants.hpp"

namespace burgers::scenario {

namespace {

using Type = TomlNode::Type;

// The root's `key` when it is a table; reports any other type.
const TomlNode* sub_table(TableReader& root, std::string_view key) {
  const TomlNode* node = root.find(key);
  if (node == nullptr) return nullptr;
  if (!node->is(Type::table)) {
    root.type_error(*node, key, "a table ([" + std::string(key) + "])");
    return nullptr;
  }
  return node;
}

void read_header(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* table = sub_table(root, "scenario");
  if (table == nullptr) {
    if (root.find("scenario") == nullptr)
      out.push_back({root.table().where.file, 0, 0, "missing required table [scenario]"});
    return;
  }
  TableReader r(*table, "scenario", out);
  r.reject_unknown_keys(kScenarioKeys, "in [scenario]");
  s.title = r.string("title", Key::required).value_or("");
  s.title_zh = r.string("title_zh", Key::optional).value_or("");
  s.description = r.string("description", Key::optional, Lines::many).value_or("");
  s.description_zh = r.string("description_zh", Key::optional, Lines::many).value_or("");
  if (auto seed = r.integer("seed", Key::optional, 0, std::numeric_limits<std::int64_t>::max())) {
    s.seed = static_cast<std::uint64_t>(*seed);
  }
  if (auto vocabulary = r.choice("vocabulary", kVocabularyValues)) {
    s.vocabulary = static_cast<Vocabulary>(*vocabulary);
  }
  s.code = r.string("code", Key::optional, Lines::many).value_or("");
  s.code_zh = r.string("code_zh", Key::optional, Lines::many).value_or("");
  if (!s.code_zh.empty() && s.code.empty()) {
    r.error(r.find("code_zh")->where, "code_zh", "needs code (the program in the original)");
  }
}

// workers = "threads" | "event-loop" | "processes", and the older async = true.
void read_workers(TableReader& r, Station& station) {
  const std::optional<bool> async = r.boolean("async");
  const std::optional<std::size_t> workers = r.choice("workers", kWorkersValues);
  if (workers) station.workers = static_cast<Workers>(*workers);
  if (async && *async) {
    if (workers && station.workers != Workers::event_loop) {
      r.error(r.find("async")->where, "async",
              "async = true makes an event loop, but workers says '" +
                  std::string(kWorkersValues[*workers]) + "': keep one of them");
    }
    station.workers = Workers::event_loop;
  }
  station.async = station.workers == Workers::event_loop;
  if (const TomlNode* ipc = r.find("ipc")) {
    if (station.workers != Workers::processes) {
      r.error(ipc->where, "ipc",
              "only a process pool (workers = \"processes\") sends jobs between processes");
    } else {
      station.ipc = r.duration("ipc", Durations::zero_or_more).value_or(0);
    }
  }
}

void read_station(const TomlNode& table, std::size_t index, Scenario& s, Diagnostics& out) {
  TableReader r(table, "station[" + std::to_string(index) + "]", out);
  r.reject_unknown_keys(kStationKeys, "in [[station]]");
  Station station;
  if (auto name = r.name("name")) {
    const int earlier = s.station_index(*name);
    if (earlier >= 0) {
      r.error(r.find("name")->where, "name",
              "duplicate station name '" + *name + "' (already used by station[" +
                  std::to_string(earlier) + "])");
    } else {
      station.name = *name;
    }
  }
  station.staff = static_cast<int>(r.integer("staff", Key::required, 1, kMaxStaff).value_or(1));
  station.label = r.string("label", Key::optional).value_or(default_label(station.name));
  station.label_zh = r.string("label_zh", Key::optional).value_or("");
  read_workers(r, station);
  // Kept even when invalid so that station[i] in messages matches the index.
  s.stations.push_back(std::move(station));
}

void read_stations(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* node = root.find("station");
  if (node == nullptr) return;
  if (!node->is(Type::array)) {
    root.type_error(*node, "station", "an array of tables ([[station]])");
    return;
  }
  if (node->items.size() > static_cast<std::size_t>(kMaxStations)) {
    root.error(node->items[kMaxStations].where, "station",
               "more than " + std::to_string(kMaxStations) + " stations (limit " +
                   std::to_string(kMaxStations) + ")");
    return;
  }
  for (std::size_t i = 0; i < node->items.size(); ++i) {
    const TomlNode& item = node->items[i];
    if (!item.is(Type::table)) {
      root.type_error(item, "station[" + std::to_string(i) + "]", "a table ([[station]])");
      continue;
    }
    read_station(item, i, s, out);
  }
}

void read_machine(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* table = sub_table(root, "machine");
  if (table == nullptr) return;
  TableReader r(*table, "machine", out);
  r.reject_unknown_keys(kMachineKeys, "in [machine]");
  s.machine.cores = static_cast<int>(r.integer("cores", Key::optional, 0, kMaxCores).value_or(0));
  s.machine.quantum = r.duration("quantum", Durations::positive).value_or(s.machine.quantum);
  s.machine.context_switch = r.duration("context_switch", Durations::zero_or_more).value_or(0);
  if (s.machine.context_switch > s.machine.quantum) {
    r.error(r.find("context_switch")->where, "context_switch",
            "must be at most the quantum (" + format_duration(s.machine.quantum) + "), got '" +
                r.find("context_switch")->string + "': the cores would do little but switch");
  }
  s.machine.gil = r.boolean("gil").value_or(false);
  s.machine.switch_interval =
      r.duration("switch_interval", Durations::positive).value_or(s.machine.switch_interval);
  if (r.find("switch_interval") != nullptr && !s.machine.gil) {
    r.error(r.find("switch_interval")->where, "switch_interval",
            "applies only with gil = true (the interval at which threads hand the GIL over)");
  }
  if (s.machine.gil) {
    bool threads = false;
    for (const Station& station : s.stations) threads |= station.workers != Workers::processes;
    if (!threads) {
      r.error(r.find("gil")->where, "gil",
              "gil = true, but no station runs Python threads or an event loop (every station "
              "is a process pool, and each process has its own GIL)");
    }
  }
}

}  // namespace

Scenario validate_scenario(const TomlNode& root, Diagnostics& out, LimitChecks limits) {
  Scenario s;
  TableReader r(root, "", out);
  r.reject_unknown_keys(kTopLevelKeys, "at the top level");
  read_header(r, s, out);
  read_variants(r, s, out);
  read_stations(r, s, out);
  read_machine(r, s, out);
  read_customers(r, s, out);
  read_sweeps(r, s, out);
  if (out.empty() && limits == LimitChecks::on) check_limits(root, s, out);
  return s;
}

}  // namespace burgers::scenario
