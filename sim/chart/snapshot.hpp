#pragma once
// The restaurant at one instant, rebuilt from the trace: who works on what, who stands
// in which line, who waits at a table, who eats. The dashboard's restaurant view draws
// it; scrubbing back in time just asks for an earlier instant.
#include <cstdint>
#include <vector>

#include "base/time.hpp"
#include "chart/chart_builder.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

struct AgentAt {
  trace::AgentId agent = trace::kNoAgent;
  trace::State state = trace::State::idle;
  Time since = 0;       // when the current state began
  Time until = kNever;  // when it ends (kNever: not known yet)
  std::int16_t station = -1;
  std::int16_t core = -1;
  trace::AgentId customer = trace::kNoAgent;  // staff: whom they serve
  std::int64_t number = 0;                    // the agent's number (ticket number for customers)
  std::int16_t group = -1;
  std::int16_t step = -1;  // customers: the index of their current step in the journey
};

// A customer's ticket: their number, counted within their group (as the trace names
// them), and the group, since two groups' customers can hold the same number.
struct Ticket {
  std::int64_t number = 0;  // 0: none
  std::int16_t group = -1;
  bool operator==(const Ticket&) const = default;
};

struct StationAt {
  std::vector<AgentAt> staff_members;  // (Station::staff counts them)
  std::vector<AgentAt> line;           // queued customers, first in line first
  std::vector<Ticket> preparing;       // free customers being served now
  Ticket last_called;                  // whose free service ended last (number 0: none)
};

struct Snapshot {
  Time time = 0;
  std::vector<StationAt> stations;
  std::vector<AgentAt> customers;  // everyone inside at `time`, in arrival order
  std::int64_t arrived = 0;        // customers who had arrived by `time`
  std::int64_t left = 0;           // customers who had left by `time`
};

// The state at `t` (at or before the simulation's current time).
Snapshot snapshot_at(const trace::Trace& trace, const TraceIndex& index, Time t);

// The record as it stood at `t`: spans begun by then, those still going on left open,
// and end_time = t. Series and statistics of it are the run's "as of t".
trace::Trace trace_until(const trace::Trace& trace, Time t);

}  // namespace burgers::chart
