#include "sweep/figure_names.hpp"

#include "text/fill.hpp"

namespace burgers::sweep {

namespace {

// "stations.kitchen.utilization" -> "stations.utilization" with `id` = "kitchen"; the same
// for "station.kitchen.staff". Other names come back as they are.
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
                  const StationLabel& station) {
  std::string id;
  const std::string key = without_station(name, prefix, id);
  const auto it = table.find(key);
  if (it == table.end()) return {};
  if (id.empty()) return it->second;
  return text::fill(it->second, station ? station(id) : id);
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

StationLabel station_labels(const scenario::Scenario& scenario) {
  return [&scenario](std::string_view id) -> std::string {
    for (const scenario::Station& st : scenario.stations) {
      if (st.name == id) return st.label.empty() ? st.name : st.label;
    }
    return std::string(id);
  };
}

std::string figure_name(std::string_view metric, const FigureWords& words,
                        const StationLabel& station) {
  return named(metric, "stations.", words.figures, station);
}

GroupLabel group_labels(const scenario::Scenario& scenario) {
  return [&scenario](std::string_view id) -> std::string {
    for (const scenario::CustomerGroup& g : scenario.groups) {
      if (g.name == id) return g.label.empty() ? g.name : g.label;
    }
    return std::string(id);
  };
}

std::string key_name(std::string_view key, const FigureWords& words, const StationLabel& station,
                     const GroupLabel& group) {
  constexpr std::string_view kCustomers = "customers.";
  if (key.substr(0, kCustomers.size()) != kCustomers || words.keys.contains(key))
    return named(key, "station.", words.keys, station);
  // customers[.GROUP](.arrival | .count | .step.STEP.work)
  std::string_view rest = key.substr(kCustomers.size());
  std::string who;  // the group's shown name, if the key names one
  const std::size_t step_at = rest.find("step.");
  if (step_at != 0) {
    const std::size_t dot = rest.find('.');
    if (dot == std::string_view::npos) return {};
    const std::string_view id = rest.substr(0, dot);
    who = group ? group(id) : std::string(id);
    rest = rest.substr(dot + 1);
  }
  const auto words_for = [&](std::string_view table_key) -> const std::string* {
    const auto it = words.keys.find(table_key);
    return it == words.keys.end() ? nullptr : &it->second;
  };
  if (rest == "arrival" || rest == "count") {
    const std::string* pattern =
        words_for(rest == "arrival" ? "customers.group.arrival" : "customers.group.count");
    return pattern == nullptr ? std::string() : text::fill(*pattern, who);
  }
  constexpr std::string_view kStep = "step.", kWork = ".work";
  if (rest.substr(0, kStep.size()) != kStep || rest.size() <= kStep.size() + kWork.size() ||
      rest.substr(rest.size() - kWork.size()) != kWork)
    return {};
  const std::string_view step =
      rest.substr(kStep.size(), rest.size() - kStep.size() - kWork.size());
  const std::string* pattern = words_for("customers.step.work");
  if (pattern == nullptr) return {};
  return text::fill(*pattern, who.empty() ? std::string(step) : who + " · " + std::string(step));
}

std::string figure_text_key(std::string_view figure) {
  return text_key("figure_", figure);
}

std::string key_text_key(std::string_view key) {
  return text_key("vary_", key);
}

}  // namespace burgers::sweep
