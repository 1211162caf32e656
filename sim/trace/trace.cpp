#include "trace/trace.hpp"

namespace burgers::trace {

std::string Trace::agent_name(AgentId id) const {
  static const std::vector<std::string> kNone;
  return agent_name(id, kNone, kNone);
}

namespace {

const std::string& pick(const std::vector<std::string>& labels, std::size_t i,
                        const std::string& own) {
  return i < labels.size() && !labels[i].empty() ? labels[i] : own;
}

}  // namespace

std::string Trace::agent_name(AgentId id, const std::vector<std::string>& station_labels,
                              const std::vector<std::string>& group_labels) const {
  if (id >= agents.size()) return "?";
  return agent_name(agents[id], station_labels, group_labels);
}

std::string Trace::agent_name(const Agent& agent) const {
  static const std::vector<std::string> kNone;
  return agent_name(agent, kNone, kNone);
}

std::string Trace::agent_name(const Agent& a, const std::vector<std::string>& station_labels,
                              const std::vector<std::string>& group_labels) const {
  return agent_kind(a, station_labels, group_labels) + " " + std::to_string(a.number);
}

std::string Trace::agent_kind(AgentId id, const std::vector<std::string>& station_labels,
                              const std::vector<std::string>& group_labels) const {
  if (id >= agents.size()) return "?";
  return agent_kind(agents[id], station_labels, group_labels);
}

std::string Trace::agent_kind(const Agent& a, const std::vector<std::string>& station_labels,
                              const std::vector<std::string>& group_labels) const {
  std::string base;
  switch (a.kind) {
    case AgentKind::staff:
      base = a.station >= 0 && static_cast<std::size_t>(a.station) < stations.size()
                 ? pick(station_labels, static_cast<std::size_t>(a.station),
                        stations[static_cast<std::size_t>(a.station)].label)
                 : "Staff";
      break;
    case AgentKind::customer:
      base = a.group >= 0 && static_cast<std::size_t>(a.group) < groups.size()
                 ? pick(group_labels, static_cast<std::size_t>(a.group),
                        groups[static_cast<std::size_t>(a.group)].label)
                 : "Customer";
      break;
    case AgentKind::core:
      base = "Core";
      break;
  }
  return base;
}

}  // namespace burgers::trace
