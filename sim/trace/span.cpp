#include "trace/span.hpp"

#include <array>

namespace burgers::trace {

namespace {

struct Names {
  std::string_view name;
  std::string_view label;
};

// Indexed by State.
constexpr std::array<Names, kStateCount> kStateNames = {{
    {"idle", "Idle"},
    {"busy", "Working"},
    {"io_wait", "Blocked on I/O"},
    {"ready", "Waiting for a core"},
    {"switching", "Context switch"},
    {"arrived", "Arrives"},
    {"queued_blocked", "In line (blocked)"},
    {"queued_free", "In line (free)"},
    {"served_blocked", "Being worked on (blocked)"},
    {"served_free", "Being worked on (free)"},
    {"own_activity", "Own activity"},
    {"done", "Leaves"},
    {"gil_wait", "Waiting for the GIL"},
    {"awaiting_blocked", "Awaiting I/O, staff free (blocked)"},
    {"awaiting_free", "Awaiting I/O, staff free (free)"},
    {"io_held_blocked", "Staff blocked on I/O (blocked)"},
    {"io_held_free", "Staff blocked on I/O (free)"},
    {"core_wait_blocked", "Waiting for a core (blocked)"},
    {"core_wait_free", "Waiting for a core (free)"},
    {"gil_wait_blocked", "Waiting for the GIL (blocked)"},
    {"gil_wait_free", "Waiting for the GIL (free)"},
    {"loop_wait_blocked", "Ready, waiting for the loop (blocked)"},
    {"loop_wait_free", "Ready, waiting for the loop (free)"},
}};

// Indexed by JobPhase.
constexpr std::array<Names, kJobPhaseCount> kPhaseNames = {{
    {"none", ""},
    {"queued", "In line"},
    {"running", "Being worked on"},
    {"awaiting", "Awaiting I/O, staff free"},
    {"io_held", "Staff blocked on I/O"},
    {"core_wait", "Waiting for a core"},
    {"gil_wait", "Waiting for the GIL"},
    {"loop_wait", "Ready, waiting for the loop"},
}};

}  // namespace

std::string_view state_name(State s) {
  const auto i = static_cast<std::size_t>(s);
  return i < kStateNames.size() ? kStateNames[i].name : "unknown";
}

std::string_view state_label(State s) {
  const auto i = static_cast<std::size_t>(s);
  return i < kStateNames.size() ? kStateNames[i].label : "Unknown";
}

std::string_view phase_name(JobPhase p) {
  const auto i = static_cast<std::size_t>(p);
  return i < kPhaseNames.size() ? kPhaseNames[i].name : "unknown";
}

std::string_view phase_label(JobPhase p) {
  const auto i = static_cast<std::size_t>(p);
  return i < kPhaseNames.size() ? kPhaseNames[i].label : "Unknown";
}

std::string_view kind_name(AgentKind k) {
  switch (k) {
    case AgentKind::staff:
      return "staff";
    case AgentKind::customer:
      return "customer";
    case AgentKind::core:
      return "core";
  }
  return "unknown";
}

}  // namespace burgers::trace
