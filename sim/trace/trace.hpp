#pragma once
// A whole run's record: the agents, and every span they went through.
// Produced by TraceStore (trace_store.hpp) or the threads runner; read by stats, chart, export.
#include <cstdint>
#include <string>
#include <vector>

#include "trace/span.hpp"
#include "trace/span_store.hpp"

namespace burgers::trace {

struct Agent {
  AgentKind kind = AgentKind::customer;
  std::int16_t station = -1;  // staff: their station
  std::int16_t group = -1;    // customers: their group
  std::int64_t number = 0;    // 1-based within the station (staff), group (customers) or machine
};

struct StationInfo {
  std::string name;
  std::string label;
  int staff = 0;
  bool async = false;
  bool gil = false;        // its cpu work needs the program's GIL (Python threads, loops)
  bool processes = false;  // a process pool: each worker its own Python process
};

struct GroupInfo {
  std::string name;
  std::string label;
};

class Trace {
 public:
  std::string scenario;  // scenario name (file stem)
  std::string title;
  std::string variant;  // the scenario's chosen [[variant]]; empty when it has none
  std::vector<StationInfo> stations;
  std::vector<GroupInfo> groups;
  int cores = 0;     // 0: unlimited
  bool gil = false;  // the program is one Python process with a GIL
  std::vector<Agent> agents;
  SpanStore spans;  // in the order they began; open spans have end == kOpenEnd
  Time end_time = 0;

  // "Cashier 2", "Customer 17", "Core 1".
  std::string agent_name(AgentId id) const;
  // The same with other labels for stations and groups (e.g. translated), by index;
  // a missing or empty entry falls back to the trace's own label.
  std::string agent_name(AgentId id, const std::vector<std::string>& station_labels,
                         const std::vector<std::string>& group_labels) const;
  // The name without its number ("Cashier", "Customer (Frame)", "Core"): what agents of
  // a kind share.
  std::string agent_kind(AgentId id, const std::vector<std::string>& station_labels,
                         const std::vector<std::string>& group_labels) const;
  std::string agent_kind(const Agent& agent, const std::vector<std::string>& station_labels,
                         const std::vector<std::string>& group_labels) const;
  // The name of an agent that need not be stored in `agents` (streamed runs).
  std::string agent_name(const Agent& agent) const;
  std::string agent_name(const Agent& agent, const std::vector<std::string>& station_labels,
                         const std::vector<std::string>& group_labels) const;
};

}  // namespace burgers::trace
