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

// Every state an agent can be in. Values and names are part of the output contract.
enum class State : std::uint8_t {
  // staff members (and cores: idle/busy)
  idle,       // waiting for a job
  busy,       // working on a job (cpu)
  io_wait,    // holding a job while it waits on I/O (a thread blocked on a read)
  ready,      // has cpu work but no free core (runnable, not running)
  switching,  // context switch: the core is busy but no job progresses
  // customers
  arrived,         // instant: walks in
  queued_blocked,  // in a station's queue, standing in line
  queued_free,     // in a station's queue, free with a number
  served_blocked,  // being served, standing at the counter
  served_free,     // being served, free (chatting at a table)
  own_activity,    // doing something of their own (eating)
  done,            // instant: leaves
};
inline constexpr int kStateCount = 12;

// How a customer's time counts: blocked (can do nothing else), free, own activity.
enum class Category : std::uint8_t { none, blocked, free, own };

constexpr Category category(State s) {
  switch (s) {
    case State::queued_blocked:
    case State::served_blocked:
      return Category::blocked;
    case State::queued_free:
    case State::served_free:
      return Category::free;
    case State::own_activity:
      return Category::own;
    default:
      return Category::none;
  }
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
  return s == State::queued_blocked || s == State::queued_free;
}
constexpr bool is_served(State s) {
  return s == State::served_blocked || s == State::served_free;
}

// "queued_blocked": the stable machine name used in CSV, JSON and trace files.
std::string_view state_name(State s);
// "Queued (blocked)": an English label for charts.
std::string_view state_label(State s);
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
