#pragma once
// Recording in threads mode. Every thread writes the spans it ends into its own buffer
// (SpanBuffer, no lock), moving each lane by trace::Track's rule, the one the simulation's
// Recorder uses. A customer's lane is moved by whichever thread handles the customer at
// the time. Threads-internal.
#include "threads/span_buffer.hpp"
#include "trace/track.hpp"

namespace burgers::threads {

// Moves `track` to `state` at `t`; the span that ends (if any) goes to `out`.
inline void record(trace::Track& track, SpanBuffer& out, trace::State state, Time t,
                   const trace::SpanDetail& detail = {}) {
  if (track.continues(state, detail)) return;
  if (track.open) out.add(track.end(t));
  track.begin(state, t, detail);
}

// A zero-length span for an instant (arrived, done); nothing stays open.
inline void record_instant(trace::Track& track, SpanBuffer& out, trace::State state, Time t,
                           const trace::SpanDetail& detail = {}) {
  record(track, out, state, t, detail);
  out.add(track.end(t));
}

inline void close(trace::Track& track, SpanBuffer& out, Time t) {
  if (track.open) out.add(track.end(t));
}

// A staff thread at work on one job: the staff lane and the customer's lane move together,
// as in the simulation's model::Worker, so that they never disagree.
struct JobLanes {
  trace::Track& staff;
  trace::Track& customer;
  SpanBuffer& out;
  trace::SpanDetail job;  // customer, station, step
  bool blocked = true;    // the customer stands and waits

  // The job is now in `phase`: the staff state mirrors it (running: busy, and so on).
  void set(trace::JobPhase phase, Time t) {
    const trace::JobStates states = trace::job_states(phase, blocked);
    record(customer, out, states.customer, t, job.without_core());
    record(staff, out, states.staff, t, job);
  }
  // Only the customer's lane: the staff member has let go of the job (awaiting, loop_wait).
  void set_customer(trace::JobPhase phase, Time t) {
    record(customer, out, trace::job_states(phase, blocked).customer, t, job.without_core());
  }
};

}  // namespace burgers::threads
