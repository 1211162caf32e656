#pragma once
// Worker: a staff member at work on one job. It records both lanes at once, the staff
// member's state and the customer's job phase, so that the two never disagree.
// Model-internal.
#include "engine/scheduler.hpp"
#include "trace/recorder.hpp"

namespace burgers::model {

struct Worker {
  engine::Scheduler& scheduler;
  trace::Recorder& recorder;
  trace::Track& staff;
  trace::Track& customer;
  trace::SpanDetail detail;  // the job (customer, station, step); core set while running
  bool blocked = true;       // the customer is blocked (standing) rather than free

  // The job is now in `phase`: the staff state mirrors it (running: busy, and so on).
  void set(trace::JobPhase phase) {
    const trace::JobStates states = trace::job_states(phase, blocked);
    record(customer, states.customer, detail.without_core());
    record(staff, states.staff, detail);
  }
  // The core changes hands: the staff member is busy switching, the job does not progress.
  void set_switching() {
    record(customer, trace::customer_state(trace::JobPhase::core_wait, blocked),
           detail.without_core());
    record(staff, trace::State::switching, detail);
  }

  // Records `state` unless the track is already in it for the same customer and core.
  void record(trace::Track& track, trace::State state, const trace::SpanDetail& d) {
    if (track.continues(state, d)) return;
    recorder.change(track, state, scheduler.now(), d);
  }
};

}  // namespace burgers::model
