#pragma once
// SpanSequencer: turns the Recorder's open/close stream into the spans a trace keeps.
// A span of a lasting state that ends at the instant it began (a wait of no time) is
// dropped; instants (arrived, done) stay. Consumers (SpanSink) see each kept span begin,
// in the order spans began, and end, in time order. Include from sim/run and from sinks.
#include <cstdint>
#include <vector>

#include "trace/recorder.hpp"
#include "trace/trace.hpp"

namespace burgers::trace {

// A consumer of kept spans. `begin` comes once the span's first instant is over (so it
// is known to last), `end` when it closes; an instant gets both at once.
class SpanSink {
 public:
  virtual ~SpanSink() = default;
  virtual void agent(AgentId /*id*/, const Agent& /*agent*/) {}
  virtual void begin(const Span& span) = 0;
  // `span.end` is set; the agent's begun span is the one ending.
  virtual void end(const Span& span) = 0;
  // The run is over at `end_time`: spans still open end there.
  virtual void finish(Time /*end_time*/) {}
};

class SpanSequencer final : public SpanObserver {
 public:
  void add_sink(SpanSink* sink) { sinks_.push_back(sink); }
  bool has_sinks() const { return !sinks_.empty(); }

  Interest interest() const override { return {.finishes = false}; }
  void on_agent(AgentId id, const Agent& agent) override;
  void on_open(const Track& track) override;
  void on_close(const Track& track, Time end, State next) override;

  // The current instant is over (nothing more will happen at it): hands its spans on.
  void flush();
  // The run is over at `end_time`: spans begun then and still open are dropped, the rest
  // handed on, then every sink is told.
  void finish(Time end_time);

 private:
  static constexpr std::uint32_t kNone = 0xffffffffu;
  struct Pending {
    Span span;
    bool dropped = false;
  };
  void advance_to(Time t);

  std::vector<SpanSink*> sinks_;
  std::vector<Pending> pending_;        // spans begun at `now_`, in order
  std::vector<std::uint32_t> waiting_;  // per agent: index in pending_, or kNone
  Time now_ = 0;
};

// Feeds a stored trace to `sink` as a run would have: agents, then each span's begin (in
// the order spans began) and end (in time order, ends before begins at one instant), then
// finish at the trace's end time.
void replay(const Trace& trace, SpanSink& sink);

}  // namespace burgers::trace
