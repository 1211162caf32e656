#pragma once
// Worker: a staff member at work on one job. It records both lanes at once, the staff
// member's state and the customer's job phase, so that the two never disagree.
// Model-internal.
#include <array>
#include <cstddef>

#include "engine/scheduler.hpp"
#include "trace/recorder.hpp"

namespace burgers::model {

namespace worker_tables {
// trace's customer_state() and staff_state() for every phase, looked up on the hot path
// (their switches compile to an indirect jump per call).
struct PhaseStates {
  std::array<trace::State, 2> customer;  // [blocked]
  trace::State staff;
};
inline constexpr auto kPhaseStates = [] {
  std::array<PhaseStates, trace::kJobPhaseCount> table{};
  for (std::size_t i = 0; i < table.size(); ++i) {
    const auto phase = static_cast<trace::JobPhase>(i);
    table[i] = {{trace::customer_state(phase, false), trace::customer_state(phase, true)},
                trace::staff_state(phase)};
  }
  return table;
}();
}  // namespace worker_tables

struct Worker {
  engine::Scheduler& scheduler;
  trace::Recorder& recorder;
  trace::Track& staff;
  trace::Track& customer;
  trace::SpanDetail detail;  // the job (customer, station, step); core set while running
  bool blocked = true;       // the customer is blocked (standing) rather than free

  // The job is now in `phase`: the staff state mirrors it (running: busy, and so on).
  void set(trace::JobPhase phase) {
    const worker_tables::PhaseStates& states =
        worker_tables::kPhaseStates[static_cast<std::size_t>(phase)];
    record(customer, states.customer[blocked ? 1 : 0],
           {detail.customer, detail.station, -1, detail.step});
    record(staff, states.staff, detail);
  }
  // The core changes hands: the staff member is busy switching, the job does not progress.
  void set_switching() {
    record(customer, trace::customer_state(trace::JobPhase::core_wait, blocked),
           {detail.customer, detail.station, -1, detail.step});
    record(staff, trace::State::switching, detail);
  }

  // Records `state` unless the track is already in it for the same customer and core.
  void record(trace::Track& track, trace::State state, const trace::SpanDetail& d) {
    if (track.continues(state, d)) return;
    recorder.change(track, state, scheduler.now(), d);
  }
};

}  // namespace burgers::model
