#include "trace/span.hpp"

namespace burgers::trace {

std::string_view state_name(State s) {
  switch (s) {
    case State::idle:
      return "idle";
    case State::busy:
      return "busy";
    case State::io_wait:
      return "io_wait";
    case State::ready:
      return "ready";
    case State::switching:
      return "switching";
    case State::arrived:
      return "arrived";
    case State::queued_blocked:
      return "queued_blocked";
    case State::queued_free:
      return "queued_free";
    case State::served_blocked:
      return "served_blocked";
    case State::served_free:
      return "served_free";
    case State::own_activity:
      return "own_activity";
    case State::done:
      return "done";
  }
  return "unknown";
}

std::string_view state_label(State s) {
  switch (s) {
    case State::idle:
      return "Idle";
    case State::busy:
      return "Working";
    case State::io_wait:
      return "Waiting on I/O";
    case State::ready:
      return "Waiting for a core";
    case State::switching:
      return "Context switch";
    case State::arrived:
      return "Arrives";
    case State::queued_blocked:
      return "In line (blocked)";
    case State::queued_free:
      return "Waiting with a number (free)";
    case State::served_blocked:
      return "Served, standing (blocked)";
    case State::served_free:
      return "Served, chatting (free)";
    case State::own_activity:
      return "Own activity";
    case State::done:
      return "Leaves";
  }
  return "Unknown";
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
