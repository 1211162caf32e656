#pragma once
// Spans: what an agent (staff member, customer, core) did from one instant to another.
// Plain values with no dependency beyond the standard library. Include freely.
#include <cstdint>
#include <string_view>

#include "base/time.hpp"

namespace burgers::trace {

using AgentId = std::uint32_t;
inline constexpr AgentId kNoAgent = 0xffffffffu;
inline constexpr Time kOpenEnd = kNever;  // end of a span that has not finished yet

enum class AgentKind : std::uint8_t { staff, customer, core };

// Every state an agent can be in. Values and names are part of the output contract: new
// states are appended, never renumbered.
//
// A customer's state tells two truths at once: the phase its job is in at the station
// (JobPhase below) and whether the customer is blocked (can do nothing else) or free.
// A staff member's state tells what holding (or not holding) a job means for its thread.
enum class State : std::uint8_t {
  // staff members
  idle,       // waiting for a job
  busy,       // computing on a job (holds a core, and the GIL under gil = true)
  io_wait,    // holding a job while blocked on I/O (a thread in a read, a blocking call)
  ready,      // has cpu work but no free core (runnable, not running)
  switching,  // context switch: the core is busy but no job progresses
  // customers
  arrived,         // instant: walks in
  queued_blocked,  // in a station's line, standing in it
  queued_free,     // in a station's line, free with a number
  served_blocked,  // being worked on (a staff member computes), standing at the counter
  served_free,     // being worked on, free (chatting at a table)
  own_activity,    // doing something of their own (eating)
  done,            // instant: leaves
  // staff members (Python's runtime)
  gil_wait,  // has cpu work but waits for the GIL, off the cores
  // customers: the further phases of a job, blocked or free
  awaiting_blocked,  // awaiting I/O at an event loop: the staff member is free for others
  awaiting_free,
  io_held_blocked,  // a staff member holds the job while blocked on I/O
  io_held_free,
  core_wait_blocked,  // the staff member serving the job waits for a core
  core_wait_free,
  gil_wait_blocked,  // the staff member serving the job waits for the GIL
  gil_wait_free,
  loop_wait_blocked,  // the I/O is over; the job waits for its event loop to run it again
  loop_wait_free,
};
inline constexpr int kStateCount = 23;

// Where a customer's job is at a station (none: not at a station).
enum class JobPhase : std::uint8_t {
  none,
  queued,     // in line
  running,    // being worked on
  awaiting,   // awaiting I/O, staff released
  io_held,    // staff blocked on I/O, holding the job
  core_wait,  // waiting for a core
  gil_wait,   // waiting for the GIL
  loop_wait,  // resumed, waiting for its event loop
};
inline constexpr int kJobPhaseCount = 8;

// How a customer's time counts: blocked (can do nothing else), free, own activity.
enum class Category : std::uint8_t { none, blocked, free, own };

// The customer state for a job in `phase` (not none) whose customer is blocked or not.
constexpr State customer_state(JobPhase phase, bool blocked) {
  switch (phase) {
    case JobPhase::queued:
      return blocked ? State::queued_blocked : State::queued_free;
    case JobPhase::running:
    case JobPhase::none:
      return blocked ? State::served_blocked : State::served_free;
    case JobPhase::awaiting:
      return blocked ? State::awaiting_blocked : State::awaiting_free;
    case JobPhase::io_held:
      return blocked ? State::io_held_blocked : State::io_held_free;
    case JobPhase::core_wait:
      return blocked ? State::core_wait_blocked : State::core_wait_free;
    case JobPhase::gil_wait:
      return blocked ? State::gil_wait_blocked : State::gil_wait_free;
    case JobPhase::loop_wait:
      return blocked ? State::loop_wait_blocked : State::loop_wait_free;
  }
  return State::served_blocked;
}

// The job phase a customer state stands for (none for staff states and the rest).
constexpr JobPhase job_phase(State s) {
  switch (s) {
    case State::queued_blocked:
    case State::queued_free:
      return JobPhase::queued;
    case State::served_blocked:
    case State::served_free:
      return JobPhase::running;
    case State::awaiting_blocked:
    case State::awaiting_free:
      return JobPhase::awaiting;
    case State::io_held_blocked:
    case State::io_held_free:
      return JobPhase::io_held;
    case State::core_wait_blocked:
    case State::core_wait_free:
      return JobPhase::core_wait;
    case State::gil_wait_blocked:
    case State::gil_wait_free:
      return JobPhase::gil_wait;
    case State::loop_wait_blocked:
    case State::loop_wait_free:
      return JobPhase::loop_wait;
    default:
      return JobPhase::none;
  }
}

// The staff state that mirrors a job phase while the staff member holds the job.
constexpr State staff_state(JobPhase phase) {
  switch (phase) {
    case JobPhase::io_held:
      return State::io_wait;
    case JobPhase::core_wait:
      return State::ready;
    case JobPhase::gil_wait:
      return State::gil_wait;
    default:
      return State::busy;
  }
}

constexpr bool is_customer_state(State s) {
  return (s >= State::arrived && s <= State::done) || s >= State::awaiting_blocked;
}

constexpr Category category(State s) {
  if (s == State::own_activity) return Category::own;
  const JobPhase phase = job_phase(s);
  if (phase == JobPhase::none) return Category::none;
  return customer_state(phase, true) == s ? Category::blocked : Category::free;
}
// Adds `length` to whichever of `blocked`, `free` or `own` the state counts towards.
constexpr void add_by_category(State s, Time length, Time& blocked, Time& free, Time& own) {
  switch (category(s)) {
    case Category::blocked:
      blocked += length;
      break;
    case Category::free:
      free += length;
      break;
    case Category::own:
      own += length;
      break;
    case Category::none:
      break;
  }
}
constexpr bool is_instant(State s) {
  return s == State::arrived || s == State::done;
}
constexpr bool is_queued(State s) {
  return job_phase(s) == JobPhase::queued;
}
// At a station and past its line: from the start of service until the job is finished.
constexpr bool is_in_service(State s) {
  const JobPhase phase = job_phase(s);
  return phase != JobPhase::none && phase != JobPhase::queued;
}
// A staff member holding a job (counts towards the station's utilization).
constexpr bool holds_job(State s) {
  return s == State::busy || s == State::io_wait || s == State::ready || s == State::switching ||
         s == State::gil_wait;
}

// "queued_blocked": the stable machine name used in CSV, JSON and trace files.
std::string_view state_name(State s);
// "In line (blocked)": an English label for charts.
std::string_view state_label(State s);
// "In line": an English label for a job phase (the colour key of the charts).
std::string_view phase_label(JobPhase p);
std::string_view phase_name(JobPhase p);
std::string_view kind_name(AgentKind k);

struct Span {
  Time start = 0;
  Time end = kOpenEnd;
  AgentId agent = kNoAgent;
  AgentId customer = kNoAgent;  // for staff: the customer served; for customers: themselves
  std::int16_t station = -1;
  std::int16_t core = -1;
  std::int16_t step = -1;  // index of the customer's step
  State state = State::idle;
};

}  // namespace burgers::trace
