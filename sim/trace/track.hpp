#pragma once
// Track: an agent's recording cursor (its open span and running totals), and the one rule
// by which an agent's state changes become spans: a change that keeps the state, the
// customer and the core continues the open span; any other ends it and begins the next.
// Also job_states(): which states a job's customer and staff lanes take in each phase.
// Used by the Recorder (the simulation) and by the real-threads runner. Include freely.
#include <array>
#include <cstddef>

#include "trace/span.hpp"

namespace burgers::trace {

// What a span is about, beside its state.
struct SpanDetail {
  AgentId customer = kNoAgent;
  std::int16_t station = -1;
  std::int16_t core = -1;
  std::int16_t step = -1;

  // The same job as the customer's lane shows it: no core (the staff member runs on it).
  SpanDetail without_core() const { return {customer, station, -1, step}; }
};

// A job's two lanes in one phase: the customer's state (blocked or free) and the staff
// member's, which mirrors it (running: busy, io_held: io_wait, ...). The one pairing, used
// by model::Worker (the simulation) and threads::JobLanes (real threads).
struct JobStates {
  State customer;
  State staff;
};

namespace detail {
// customer_state() and staff_state() for every phase, looked up on the hot path (their
// switches compile to an indirect jump per call). [phase][blocked]
inline constexpr auto kJobStates = [] {
  std::array<std::array<JobStates, 2>, kJobPhaseCount> table{};
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto phase = static_cast<JobPhase>(i);
    for (const bool blocked : {false, true})
      table[i][blocked ? 1 : 0] = {customer_state(phase, blocked), staff_state(phase)};
  }
  return table;
}();
}  // namespace detail

inline JobStates job_states(JobPhase phase, bool blocked) {
  return detail::kJobStates[static_cast<std::size_t>(phase)][blocked ? 1 : 0];
}

// An agent's current span and running totals; lives with the agent (in its frame).
struct Track {
  AgentId agent = kNoAgent;
  AgentId customer = kNoAgent;
  Time since = 0;  // when the current span began
  Time arrived = 0;
  Time blocked = 0;  // time so far per Category (customers)
  Time free = 0;
  Time own = 0;
  std::int16_t station = -1;
  std::int16_t core = -1;
  std::int16_t step = -1;
  State state = State::idle;
  bool open = false;  // a span is in progress

  Span current() const {
    return Span{since, kOpenEnd, agent, customer, station, core, step, state};
  }
  // Whether `s` with `d` continues the open span: recording it would change nothing.
  bool continues(State s, const SpanDetail& d) const {
    return open && state == s && customer == d.customer && core == d.core;
  }
  // Begins a span in `s` at `t` (the previous one, if any, has been ended).
  void begin(State s, Time t, const SpanDetail& d) {
    state = s;
    since = t;
    customer = d.customer;
    station = d.station;
    core = d.core;
    step = d.step;
    open = true;
  }
  // Ends the open span at `t` and returns it.
  Span end(Time t) {
    Span span = current();
    span.end = t;
    open = false;
    return span;
  }
};

}  // namespace burgers::trace
