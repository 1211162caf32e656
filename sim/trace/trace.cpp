#include "trace/trace.hpp"

namespace burgers::trace {

std::string Trace::agent_name(AgentId id) const {
  if (id >= agents.size()) return "?";
  const Agent& a = agents[id];
  std::string base;
  switch (a.kind) {
    case AgentKind::staff:
      base = a.station >= 0 && static_cast<std::size_t>(a.station) < stations.size()
                 ? stations[static_cast<std::size_t>(a.station)].label
                 : "Staff";
      break;
    case AgentKind::customer:
      base = a.group >= 0 && static_cast<std::size_t>(a.group) < groups.size()
                 ? groups[static_cast<std::size_t>(a.group)].label
                 : "Customer";
      break;
    case AgentKind::core: base = "Core"; break;
  }
  return base + " " + std::to_string(a.number);
}

}  // namespace burgers::trace
