#include "scenario/limits_validator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "scenario/limits.hpp"

namespace burgers::scenario {

namespace {

using Kind = Distribution::Kind;

// The largest value a bounded distribution can draw; the mean of an unbounded one.
double bound(const Distribution& d) {
  switch (d.kind) {
    case Kind::constant:
      return static_cast<double>(d.a);
    case Kind::uniform:
      return static_cast<double>(d.b);
    default:
      return d.mean();
  }
}

// How long a staff member of `station` holds a job of `step` (an event loop lets go of it
// during io; a process pays the ipc).
double staff_time(const Step& step, const Station& station) {
  double total = static_cast<double>(station.ipc);
  for (const Phase& p : step.work) {
    if (!(station.async && p.kind == WorkKind::io)) total += bound(p.duration);
  }
  return total;
}

double cpu_time(const Step& step, bool mean) {
  double total = 0;
  for (const Phase& p : step.work) {
    if (p.kind == WorkKind::cpu) total += mean ? p.duration.mean() : bound(p.duration);
  }
  return total;
}

double journey_time(const CustomerGroup& g) {
  double total = 0;
  for (const Step& step : g.steps) {
    for (const Phase& p : step.work) total += bound(p.duration);
  }
  return total;
}

// cpu work done at stations (own activities need no core), over all customers; with
// `python_only`, only at stations whose threads share the GIL (not process pools).
double total_cpu(const Scenario& s, bool mean, bool python_only = false) {
  double total = 0;
  for (const CustomerGroup& g : s.groups) {
    double per_customer = 0;
    for (const Step& step : g.steps) {
      if (step.station < 0) continue;
      const Station& st = s.stations[static_cast<std::size_t>(step.station)];
      if (python_only && st.workers == Workers::processes) continue;
      per_customer += cpu_time(step, mean);
    }
    total += static_cast<double>(g.count) * per_customer;
  }
  return total;
}

int total_staff(const Scenario& s, bool python_only = false) {
  int total = 0;
  for (const Station& st : s.stations) {
    if (!(python_only && st.workers == Workers::processes)) total += st.staff;
  }
  return total;
}

// Core slices: with more staff than cores, cpu work is cut into quanta.
double core_slices(const Scenario& s) {
  if (s.machine.cores <= 0 || total_staff(s) <= s.machine.cores) return 0;
  return total_cpu(s, true) / static_cast<double>(std::max<Time>(s.machine.quantum, 1));
}

// GIL hand-overs: with two Python threads or more, computing threads give the GIL up
// every switch_interval.
double gil_slices(const Scenario& s) {
  if (!s.machine.gil || total_staff(s, true) < 2) return 0;
  return total_cpu(s, true, true) /
         static_cast<double>(std::max<Time>(s.machine.switch_interval, 1));
}

// What makes a run as long as it is expected to be.
struct HorizonTerm {
  enum class What { arrivals, journey, station, cores } what = What::arrivals;
  std::size_t index = 0;  // the group or station
  double ns = 0;
};

HorizonTerm longest_term(const Scenario& s) {
  HorizonTerm longest;
  auto consider = [&longest](HorizonTerm::What what, std::size_t index, double ns) {
    if (ns > longest.ns) longest = HorizonTerm{what, index, ns};
  };
  std::vector<double> station_work(s.stations.size(), 0.0);
  for (std::size_t g = 0; g < s.groups.size(); ++g) {
    const CustomerGroup& group = s.groups[g];
    const double count = static_cast<double>(group.count);
    if (group.count == 0) continue;
    const double arrivals = count * bound(group.arrival);
    const double journey = journey_time(group);
    consider(arrivals >= journey ? HorizonTerm::What::arrivals : HorizonTerm::What::journey, g,
             arrivals + journey);
    for (const Step& step : group.steps) {
      if (step.station < 0) continue;
      const auto st = static_cast<std::size_t>(step.station);
      station_work[st] += count * staff_time(step, s.stations[st]);
    }
  }
  for (std::size_t st = 0; st < s.stations.size(); ++st)
    consider(HorizonTerm::What::station, st, station_work[st] / s.stations[st].staff);
  if (s.machine.cores > 0) {
    const double switching = core_slices(s) * static_cast<double>(s.machine.context_switch);
    consider(HorizonTerm::What::cores, 0, (total_cpu(s, false) + switching) / s.machine.cores);
  }
  return longest;
}

std::string years(double ns) {
  const double y = ns / (static_cast<double>(kMaxHorizon) / 100);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, y < 1e9 ? "%.0f years" : "%.2g years", y);
  return buffer;
}

std::string number(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, value < 1e15 ? "%.0f" : "%.2g", value);
  return buffer;
}

// The [[customers]] table of group `g`, and its path in messages.
const TomlNode& group_table(const TomlNode& root, std::size_t g, std::string& path) {
  const TomlNode& customers = *root.find("customers");
  if (customers.is(TomlNode::Type::table)) {
    path = "customers";
    return customers;
  }
  path = "customers[" + std::to_string(g) + "]";
  return customers.items[g];
}

const TomlNode& station_table(const TomlNode& root, std::size_t st) {
  return root.find("station")->items[st];
}

void report(Diagnostics& out, const TomlNode& at, const std::string& path, std::string message) {
  out.push_back({at.where.file, at.where.line, at.where.column, path + ": " + std::move(message)});
}

void check_totals(const TomlNode& root, const Scenario& s, Diagnostics& out) {
  int staff = 0;
  for (std::size_t st = 0; st < s.stations.size(); ++st) {
    staff += s.stations[st].staff;
    if (staff <= kMaxStaff) continue;
    report(out, *station_table(root, st).find("staff"), "station[" + std::to_string(st) + "].staff",
           std::to_string(staff) + " staff over all stations is too many (limit " +
               std::to_string(kMaxStaff) + ")");
    break;
  }
  std::int64_t customers = 0;
  for (std::size_t g = 0; g < s.groups.size(); ++g) {
    customers += s.groups[g].count;
    if (customers <= kMaxCustomers) continue;
    std::string path;
    const TomlNode& table = group_table(root, g, path);
    report(out, *table.find("count"), path + ".count",
           std::to_string(customers) + " customers over all groups is too many (limit " +
               std::to_string(kMaxCustomers) + ")");
    break;
  }
}

void check_horizon(const TomlNode& root, const Scenario& s, Diagnostics& out) {
  const HorizonTerm term = longest_term(s);
  if (term.ns <= static_cast<double>(kMaxHorizon)) return;
  const std::string tail = " about " + years(term.ns) +
                           " of simulated time (limit: 100 years, as time is counted in 64-bit "
                           "nanoseconds)";
  std::string path;
  switch (term.what) {
    case HorizonTerm::What::arrivals: {
      const CustomerGroup& g = s.groups[term.index];
      const TomlNode& table = group_table(root, term.index, path);
      report(
          out, *table.find("count"), path + ".count",
          std::to_string(g.count) + " customers arriving every " + g.arrival_text + " take" + tail);
      return;
    }
    case HorizonTerm::What::journey: {
      const TomlNode& table = group_table(root, term.index, path);
      report(out, *table.find("step"), path + ".step", "one customer's steps take" + tail);
      return;
    }
    case HorizonTerm::What::station: {
      const Station& st = s.stations[term.index];
      report(out, *station_table(root, term.index).find("staff"),
             "station[" + std::to_string(term.index) + "].staff",
             "the work at station '" + st.name + "' takes its " + std::to_string(st.staff) +
                 " staff" + tail);
      return;
    }
    case HorizonTerm::What::cores: {
      const TomlNode& machine = *root.find("machine");
      const TomlNode* cores = machine.find("cores");
      report(out, cores != nullptr ? *cores : machine, "machine.cores",
             "the cpu work takes the " + std::to_string(s.machine.cores) + " cores" + tail);
      return;
    }
  }
}

// A slice limit passed at `key` of [machine] (the table itself when the key is absent).
void report_slices(const TomlNode& root, std::string_view key, Time slice, double slices,
                   double work, Diagnostics& out) {
  const TomlNode& machine = *root.find("machine");
  const TomlNode* node = machine.find(key);
  const auto shortest = static_cast<Time>(std::ceil(work / kMaxTimeSlices));
  report(out, node != nullptr ? *node : machine, "machine." + std::string(key),
         "a " + std::string(key == "quantum" ? "quantum" : "switch interval") + " of " +
             format_duration(slice) + " cuts the cpu work into about " + number(slices) +
             " time slices (limit " + number(kMaxTimeSlices) + "): use one of at least " +
             format_duration(shortest) + ", or fewer customers");
}

void check_slices(const TomlNode& root, const Scenario& s, Diagnostics& out) {
  if (const double slices = core_slices(s); slices > kMaxTimeSlices)
    report_slices(root, "quantum", s.machine.quantum, slices, total_cpu(s, true), out);
  if (const double slices = gil_slices(s); slices > kMaxTimeSlices) {
    report_slices(root, "switch_interval", s.machine.switch_interval, slices,
                  total_cpu(s, true, true), out);
  }
}

}  // namespace

double expected_time_slices(const Scenario& s) {
  return core_slices(s) + gil_slices(s);
}

double expected_horizon(const Scenario& s) {
  return longest_term(s).ns;
}

void check_limits(const TomlNode& root, const Scenario& s, Diagnostics& out) {
  const std::size_t before = out.size();
  check_totals(root, s, out);
  if (out.size() != before) return;  // the other estimates assume sane totals
  check_slices(root, s, out);
  if (out.size() != before) return;  // switching costs count in the horizon
  check_horizon(root, s, out);
}

}  // namespace burgers::scenario
