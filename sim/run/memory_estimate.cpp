#include "run/memory_estimate.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "scenario/limits_validator.hpp"

namespace burgers::run {

namespace {

using scenario::CustomerGroup;
using scenario::Phase;
using scenario::Scenario;
using scenario::Step;
using scenario::WorkKind;

// Measured on the release build (see README, "Limits"), rounded up.
constexpr double kProgramBytes = 64e6;        // code, fonts, buffers: before any customer
constexpr double kCustomerBytes = 256;        // a parked customer's coroutine frame and wake-up
constexpr double kStaffBytes = 1024;          // a staff member's frame, queue entries, statistics
constexpr double kSpanBytes = 40;             // a span in the trace, with its vector's slack
constexpr double kAgentBytes = 24;            // each customer's agent entry in the trace
constexpr double kThreadCustomerBytes = 160;  // threads mode: every customer is made up front
constexpr double kThreadSpanBytes = 72;       // per-thread buffers, then the merged trace
constexpr double kThreadBytes = 64e3;         // a thread's stack as far as it is touched

double station_time(const Step& step, bool async, bool cpu_only) {
  double total = 0;
  for (const Phase& p : step.work) {
    if (cpu_only && p.kind != WorkKind::cpu) continue;
    if (async && p.kind == WorkKind::io) continue;
    total += p.duration.mean();
  }
  return total;
}

double journey_time(const CustomerGroup& g) {
  double total = 0;
  for (const Step& step : g.steps) {
    for (const Phase& p : step.work) total += p.duration.mean();
  }
  return total;
}

// Customers in the restaurant at once, at the peak: those walking their journey at the
// arrival rate (Little's law), everyone at once when they all arrive at time 0, and the
// line that builds up at an overloaded station (or overloaded cores) while they arrive.
double peak_customers(const Scenario& s) {
  double total = 0;
  double walking = 0;
  std::vector<double> demand(s.stations.size(), 0.0);   // staff time asked for, per ns
  std::vector<double> passing(s.stations.size(), 0.0);  // customers who pass there
  double cpu_demand = 0;
  double cpu_passing = 0;
  for (const CustomerGroup& g : s.groups) {
    const auto count = static_cast<double>(g.count);
    total += count;
    const double gap = g.arrival.mean();
    if (gap <= 0) {
      walking += count;  // all at once
      continue;
    }
    walking += std::min(count, journey_time(g) / gap);
    for (const Step& step : g.steps) {
      if (step.station < 0) continue;
      const auto st = static_cast<std::size_t>(step.station);
      demand[st] += station_time(step, s.stations[st].async, false) / gap;
      passing[st] += count;
      const double cpu = station_time(step, false, true);
      cpu_demand += cpu / gap;
      if (cpu > 0) cpu_passing += count;
    }
  }
  double backlog = 0;
  for (std::size_t st = 0; st < s.stations.size(); ++st) {
    const double load = demand[st] / s.stations[st].staff;
    if (load > 1) backlog = std::max(backlog, (1 - 1 / load) * passing[st]);
  }
  if (s.machine.cores > 0) {
    const double load = cpu_demand / s.machine.cores;
    if (load > 1) backlog = std::max(backlog, (1 - 1 / load) * cpu_passing);
  }
  return std::min(total, walking + backlog);
}

// Spans of the whole run: each customer's states, their staff member's, and the cores'.
double total_spans(const Scenario& s) {
  double spans = 0;
  for (const CustomerGroup& g : s.groups) {
    double per_customer = 2;  // arrived, done
    for (const Step& step : g.steps) {
      // Own activity: one span. At a station: queued and served, and for the staff
      // member a state per phase and idle after.
      per_customer += step.station < 0 ? 1 : 3 + static_cast<double>(step.work.size());
    }
    spans += static_cast<double>(g.count) * per_customer;
  }
  return spans + 2 * scenario::expected_time_slices(s);  // waiting for a core, running
}

double total_staff(const Scenario& s) {
  double staff = 0;
  for (const scenario::Station& st : s.stations) staff += st.staff;
  return staff;
}

}  // namespace

MemoryEstimate estimate_memory(const Scenario& s, const MemoryNeeds& needs) {
  MemoryEstimate e;
  const double customers = static_cast<double>(s.customer_count());
  const double staff = total_staff(s);
  e.parked_customers = peak_customers(s);
  e.spans = total_spans(s);
  e.lanes = staff + s.machine.cores + std::min(customers, 200.0) +
            static_cast<double>(s.stations.size() + s.groups.size());
  e.customer_bytes = e.parked_customers * kCustomerBytes + staff * kStaffBytes;
  if (needs.trace) {
    e.trace_bytes = e.spans * (kSpanBytes + needs.output_bytes_per_span) + customers * kAgentBytes;
  }
  const double drawn = std::min(e.spans, e.lanes * needs.drawn_spans_per_lane);
  e.image_bytes = e.lanes * needs.output_bytes_per_lane + drawn * needs.output_bytes_per_drawn_span;
  if (needs.threads) {
    e.threads_bytes =
        customers * kThreadCustomerBytes + e.spans * kThreadSpanBytes + (staff + 1) * kThreadBytes;
  }
  e.total_bytes =
      kProgramBytes + e.customer_bytes + e.trace_bytes + e.image_bytes + e.threads_bytes;
  return e;
}

std::string format_bytes(double bytes) {
  char buffer[32];
  if (bytes >= 1e9) {
    std::snprintf(buffer, sizeof buffer, "%.1f GB", bytes / 1e9);
  } else {
    std::snprintf(buffer, sizeof buffer, "%.0f MB", std::ceil(bytes / 1e6));
  }
  return buffer;
}

std::string MemoryEstimate::describe() const {
  auto count = [](double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, value < 1e10 ? "%.0f" : "%.2g", value);
    return std::string(buffer);
  };
  std::vector<std::string> parts;
  auto add = [&](double bytes, const std::string& what) {
    if (bytes >= total_bytes / 50) parts.push_back(what + ": " + format_bytes(bytes));
  };
  add(customer_bytes, count(parked_customers) + " customers in the restaurant at once");
  add(trace_bytes, "a trace of about " + count(spans) + " spans");
  add(image_bytes, "timelines of " + count(lanes) + " lanes");
  add(threads_bytes, "the real-threads run");
  std::string text = "about " + format_bytes(total_bytes) + " of memory";
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? " (" : ", ") + parts[i];
  return parts.empty() ? text : text + ")";
}

namespace {

// A number from the first line of `path`, or nullopt ("max" and the like).
std::optional<double> read_number(const char* path) {
  std::ifstream in(path);
  double value = 0;
  if (!(in >> value)) return std::nullopt;
  return value;
}

}  // namespace

std::optional<double> available_memory() {
  std::optional<double> available;
  std::ifstream meminfo("/proc/meminfo");
  std::string line;
  while (std::getline(meminfo, line)) {
    if (line.rfind("MemAvailable:", 0) != 0) continue;
    std::istringstream fields(line.substr(13));
    double kb = 0;
    if (fields >> kb) available = kb * 1024;
  }
  // ulimit -v: the address space left to this process.
  rlimit space{};
  if (::getrlimit(RLIMIT_AS, &space) == 0 && space.rlim_cur != RLIM_INFINITY) {
    std::ifstream status("/proc/self/status");
    double used_kb = 0;
    for (std::string field; std::getline(status, field);) {
      if (field.rfind("VmSize:", 0) == 0) used_kb = std::stod(field.substr(7));
    }
    const double room = std::max(0.0, static_cast<double>(space.rlim_cur) - used_kb * 1024);
    available = available ? std::min(*available, room) : room;
  }
  // A container's limit (cgroup v2, then v1) may be lower than the machine's memory.
  for (const auto& [limit_path, usage_path] :
       {std::pair{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory.current"},
        std::pair{"/sys/fs/cgroup/memory/memory.limit_in_bytes",
                  "/sys/fs/cgroup/memory/memory.usage_in_bytes"}}) {
    const auto limit = read_number(limit_path);
    const auto usage = read_number(usage_path);
    if (!limit || !usage || *limit > 1e18) continue;
    const double room = std::max(0.0, *limit - *usage);
    available = available ? std::min(*available, room) : room;
  }
  return available;
}

}  // namespace burgers::run
