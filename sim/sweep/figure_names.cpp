#include "sweep/figure_names.hpp"

#include <optional>

#include "text/fill.hpp"

namespace burgers::sweep {

namespace {

// "stations.kitchen.utilization" -> "stations.utilization" with `id` = "kitchen". Other
// names come back as they are.
std::string without_station(std::string_view name, std::string_view prefix, std::string& id) {
  if (name.substr(0, prefix.size()) != prefix) return std::string(name);
  const std::string_view rest = name.substr(prefix.size());
  const std::size_t dot = rest.find('.');
  if (dot == std::string_view::npos) return std::string(name);
  id = std::string(rest.substr(0, dot));
  return std::string(prefix) + std::string(rest.substr(dot + 1));
}

std::string named(std::string_view name, std::string_view prefix,
                  const std::map<std::string, std::string, std::less<>>& table,
                  const Label& station) {
  std::string id;
  const std::string key = without_station(name, prefix, id);
  const auto it = table.find(key);
  if (it == table.end()) return {};
  if (id.empty()) return it->second;
  return text::fill(it->second, station ? station(id) : id);
}

// Varied keys that hold ids, and the words they are filed under. In a pattern, S stands
// for a station's id, G for a customer group's and T for a step's; the words' "{}" names
// them, in order, joined by " · ".
struct KeyShape {
  std::string_view pattern;
  std::string_view filed;
};
constexpr KeyShape kKeyShapes[] = {
    {"station.S.staff", "station.staff"},
    {"customers.G.arrival", "customers.group.arrival"},
    {"customers.G.count", "customers.group.count"},
    {"customers.step.T.work", "customers.step.work"},
    {"customers.G.step.T.work", "customers.step.work"},
};

// The ids `key` holds where `pattern` has S, G or T, each by its shown name; nullopt when
// the key does not have the pattern's shape.
std::optional<std::string> ids_in(std::string_view key, std::string_view pattern,
                                  const Label& station, const Label& group, const StepLabel& step) {
  std::string ids;
  std::string_view group_id;  // a step is its group's (none: the only group)
  for (;;) {
    const std::size_t key_dot = key.find('.');
    const std::size_t pattern_dot = pattern.find('.');
    if ((key_dot == std::string_view::npos) != (pattern_dot == std::string_view::npos))
      return std::nullopt;
    const std::string_view part = key.substr(0, key_dot);
    const std::string_view wanted = pattern.substr(0, pattern_dot);
    if (wanted == "S" || wanted == "G" || wanted == "T") {
      if (part.empty()) return std::nullopt;
      if (!ids.empty()) ids += " · ";
      if (wanted == "T") {
        ids += step ? step(group_id, part) : std::string(part);
      } else {
        if (wanted == "G") group_id = part;
        const Label& label = wanted == "S" ? station : group;
        ids += label ? label(part) : std::string(part);
      }
    } else if (part != wanted) {
      return std::nullopt;
    }
    if (key_dot == std::string_view::npos) return ids;
    key.remove_prefix(key_dot + 1);
    pattern.remove_prefix(pattern_dot + 1);
  }
}

// Shown names of `items` (stations or customer groups) by their ids: the label as the file
// writes it, else the id.
template <typename Items>
Label labels_of(const Items& items) {
  return [&items](std::string_view id) -> std::string {
    for (const auto& item : items) {
      if (item.name == id) return item.label.empty() ? item.name : item.label;
    }
    return std::string(id);
  };
}

std::string text_key(std::string_view prefix, std::string_view name) {
  std::string out(prefix);
  for (const char c : name) out += c == '.' ? '_' : c;
  return out;
}

}  // namespace

const FigureWords& english_figure_words() {
  static const FigureWords words{
      {
          {"speedup", "Speedup over the first point"},
          {"end_time_s", "Time the run ended"},
          {"events", "Events processed"},
          {"customers.arrived", "Customers arrived"},
          {"customers.served", "Customers served"},
          {"customers.mean_sojourn_s", "Mean time inside, per customer"},
          {"customers.mean_blocked_s", "Mean time blocked, per customer"},
          {"customers.mean_free_s", "Mean time free, per customer"},
          {"customers.mean_own_s", "Mean own activity, per customer"},
          {"customers.sojourn_p50_s", "Half stayed less than"},
          {"customers.sojourn_p90_s", "90% stayed less than"},
          {"customers.sojourn_p99_s", "99% stayed less than"},
          {"customers.makespan_s", "Last customer left at"},
          {"stations.staff", "{}: staff"},
          {"stations.served", "{}: jobs served"},
          {"stations.utilization", "{}: utilization"},
          {"stations.busy_time_s", "{}: busy time"},
          {"stations.cpu_time_s", "{}: time on a core"},
          {"stations.io_blocked_time_s", "{}: time blocked on I/O"},
          {"stations.core_wait_time_s", "{}: time waiting for a core"},
          {"stations.gil_wait_time_s", "{}: time waiting for the GIL"},
          {"stations.mean_queue_wait_s", "{}: mean wait in line"},
          {"stations.mean_queue_length", "{}: mean line length"},
          {"stations.max_queue_length", "{}: longest line"},
          {"stations.queue_wait_p50_s", "{}: half waited in line less than"},
          {"stations.queue_wait_p90_s", "{}: 90% waited in line less than"},
          {"stations.queue_wait_p99_s", "{}: 99% waited in line less than"},
          {"stations.mean_service_s", "{}: mean service time"},
      },
      {
          {"scenario.variant", "Variant"},
          {"machine.cores", "Cores"},
          {"station.staff", "{}: staff"},
          {"customers.arrival", "Time between arrivals"},
          {"customers.count", "Customers"},
          {"customers.group.arrival", "{}: time between arrivals"},
          {"customers.group.count", "{}: how many"},
          {"customers.step.work", "{}: work"},
      }};
  return words;
}

Label station_labels(const scenario::Scenario& scenario) {
  return labels_of(scenario.stations);
}

std::string figure_name(std::string_view metric, const FigureWords& words, const Label& station) {
  return named(metric, "stations.", words.figures, station);
}

Label group_labels(const scenario::Scenario& scenario) {
  return labels_of(scenario.groups);
}

StepLabel step_labels(const scenario::Scenario& scenario,
                      const std::vector<std::vector<std::string>>& shown) {
  struct Step {
    std::string id, name;
  };
  struct Group {
    std::string id;
    std::vector<Step> steps;
  };
  std::vector<Group> groups;
  for (std::size_t g = 0; g < scenario.groups.size(); ++g) {
    const scenario::CustomerGroup& group = scenario.groups[g];
    Group& out = groups.emplace_back(Group{group.name, {}});
    for (std::size_t i = 0; i < group.steps.size(); ++i) {
      const scenario::Step& step = group.steps[i];
      const std::string* words =
          g < shown.size() && i < shown[g].size() && !shown[g][i].empty() ? &shown[g][i] : nullptr;
      out.steps.push_back({step.name, words != nullptr     ? *words
                                      : step.label.empty() ? step.name
                                                           : step.label});
    }
  }
  return [groups = std::move(groups)](std::string_view group, std::string_view id) {
    for (const Group& g : groups) {
      if (!group.empty() && g.id != group) continue;
      for (const Step& step : g.steps) {
        if (step.id == id) return step.name;
      }
      if (group.empty()) break;  // the only group's key names no group
    }
    return std::string(id);
  };
}

std::string key_name(std::string_view key, const FigureWords& words, const Label& station,
                     const Label& group, const StepLabel& step) {
  if (const auto it = words.keys.find(key); it != words.keys.end()) return it->second;
  for (const KeyShape& shape : kKeyShapes) {
    const auto ids = ids_in(key, shape.pattern, station, group, step);
    if (!ids) continue;
    const auto it = words.keys.find(shape.filed);
    return it == words.keys.end() ? std::string() : text::fill(it->second, *ids);
  }
  return {};
}

std::string figure_text_key(std::string_view figure) {
  return text_key("figure_", figure);
}

std::string key_text_key(std::string_view key) {
  return text_key("vary_", key);
}

}  // namespace burgers::sweep
