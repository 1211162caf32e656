#pragma once
// The narrow seam between agents and whoever watches them. An agent keeps a Track
// (its recording cursor) and reports state changes to the Recorder, which hands
// read-only views to its observers (statistics, trace storage, the dashboard).
// Include from sim/model and from observers.
#include <vector>

#include "trace/span.hpp"
#include "trace/trace.hpp"
#include "trace/track.hpp"

namespace burgers::trace {

class SpanObserver {
 public:
  virtual ~SpanObserver() = default;
  virtual void on_agent(AgentId /*id*/, const Agent& /*agent*/) {}
  // The track's span begins at track.since.
  virtual void on_open(const Track& /*track*/) {}
  // The track's span [track.since, end) is over; `next` is the state that follows it (for
  // a customer in service: whether the job goes on or is finished).
  virtual void on_close(const Track& /*track*/, Time /*end*/, State /*next*/) {}
  // The agent leaves (customers, after `done`); totals in the track are final.
  virtual void on_finish(const Track& /*track*/, Time /*t*/) {}
};

class Recorder {
 public:
  void add_observer(SpanObserver* observer) { observers_.push_back(observer); }

  AgentId add_agent(const Agent& agent) {
    const AgentId id = next_agent_++;
    for (SpanObserver* o : observers_) o->on_agent(id, agent);
    return id;
  }

  // Ends the track's current span (if any) at `t` and begins one in `state`.
  void change(Track& track, State state, Time t, const SpanDetail& detail = {}) {
    close(track, t, state);
    track.begin(state, t, detail);
    for (SpanObserver* o : observers_) o->on_open(track);
  }

  // Ends the current span and records a zero-length span for an instant (arrived, done).
  void instant(Track& track, State state, Time t, const SpanDetail& detail = {}) {
    change(track, state, t, detail);
    close(track, t, state);
  }

  // The agent leaves: `done` is recorded and observers see the final totals.
  void finish(Track& track, Time t) {
    instant(track, State::done, t, {track.agent, -1, -1, -1});
    for (SpanObserver* o : observers_) o->on_finish(track, t);
  }

  AgentId agent_count() const { return next_agent_; }

 private:
  void close(Track& track, Time t, State next) {
    if (!track.open) return;
    add_by_category(track.state, t - track.since, track.blocked, track.free, track.own);
    for (SpanObserver* o : observers_) o->on_close(track, t, next);
    track.end(t);
  }

  std::vector<SpanObserver*> observers_;
  AgentId next_agent_ = 0;
};

}  // namespace burgers::trace
