#pragma once
// The narrow seam between agents and whoever watches them. An agent keeps a Track
// (its recording cursor) and reports state changes to the Recorder, which hands
// read-only views to its observers (statistics, trace storage, the dashboard).
// Include from sim/model and from observers.
#include <array>
#include <cstdint>
#include <vector>

#include "trace/span.hpp"
#include "trace/trace.hpp"
#include "trace/track.hpp"

namespace burgers::trace {

// A set of states, one bit per State.
using StateMask = std::uint32_t;
static_assert(kStateCount <= 32);
inline constexpr StateMask kEveryState = (StateMask{1} << kStateCount) - 1;
constexpr StateMask state_bit(State s) {
  return StateMask{1} << static_cast<unsigned>(s);
}
// The states for which `pred` holds.
template <typename Pred>
constexpr StateMask states_where(Pred pred) {
  StateMask mask = 0;
  for (int i = 0; i < kStateCount; ++i)
    if (pred(static_cast<State>(i))) mask |= state_bit(static_cast<State>(i));
  return mask;
}

// The calls an observer wants. Each call is an indirect call on the recording path (a
// statistics-only run used to spend a third of its time making them, most to observers
// that returned at once), so the recorder makes only these.
struct Interest {
  bool agents = true;              // on_agent
  StateMask opens = kEveryState;   // on_open, for spans in these states
  StateMask closes = kEveryState;  // on_close, for spans in these states
  bool finishes = true;            // on_finish
};

class SpanObserver {
 public:
  virtual ~SpanObserver() = default;
  // Asked once, when the observer is added to a recorder; must not change after.
  virtual Interest interest() const { return {}; }
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
  // Observers are called in the order they were added.
  void add_observer(SpanObserver* observer) {
    const Interest interest = observer->interest();
    if (interest.agents) agent_observers_.push_back(observer);
    if (interest.finishes) finish_observers_.push_back(observer);
    for (int i = 0; i < kStateCount; ++i) {
      const StateMask bit = state_bit(static_cast<State>(i));
      if ((interest.opens & bit) != 0)
        open_observers_[static_cast<std::size_t>(i)].push_back(observer);
      if ((interest.closes & bit) != 0)
        close_observers_[static_cast<std::size_t>(i)].push_back(observer);
    }
  }

  AgentId add_agent(const Agent& agent) {
    const AgentId id = next_agent_++;
    for (SpanObserver* o : agent_observers_) o->on_agent(id, agent);
    return id;
  }

  // Ends the track's current span (if any) at `t` and begins one in `state`.
  void change(Track& track, State state, Time t, const SpanDetail& detail = {}) {
    close(track, t, state);
    track.begin(state, t, detail);
    for (SpanObserver* o : open_observers_[static_cast<std::size_t>(state)]) o->on_open(track);
  }

  // Ends the current span and records a zero-length span for an instant (arrived, done).
  void instant(Track& track, State state, Time t, const SpanDetail& detail = {}) {
    change(track, state, t, detail);
    close(track, t, state);
  }

  // The agent leaves: `done` is recorded and observers see the final totals.
  void finish(Track& track, Time t) {
    instant(track, State::done, t, {track.agent, -1, -1, -1});
    for (SpanObserver* o : finish_observers_) o->on_finish(track, t);
  }

  AgentId agent_count() const { return next_agent_; }

 private:
  void close(Track& track, Time t, State next) {
    if (!track.open) return;
    add_by_category(track.state, t - track.since, track.blocked, track.free, track.own);
    for (SpanObserver* o : close_observers_[static_cast<std::size_t>(track.state)])
      o->on_close(track, t, next);
    track.end(t);
  }

  // Who is called for what (see Interest); by state for spans.
  using Observers = std::vector<SpanObserver*>;
  Observers agent_observers_;
  std::array<Observers, kStateCount> open_observers_;
  std::array<Observers, kStateCount> close_observers_;
  Observers finish_observers_;
  AgentId next_agent_ = 0;
};

}  // namespace burgers::trace
