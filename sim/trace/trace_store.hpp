#pragma once
// TraceStore: keeps a run's spans in a Trace, fed by a SpanSequencer, so the Trace holds
// the spans in the order they began, without waits of no time. Include from sim/run.
#include <cstdint>
#include <vector>

#include "trace/span_sequencer.hpp"
#include "trace/trace.hpp"

namespace burgers::trace {

// Open spans end at kOpenEnd until they close.
class TraceStore final : public SpanSink {
 public:
  explicit TraceStore(Trace& trace) : trace_(trace) {}
  void agent(AgentId id, const Agent& agent) override;
  void begin(const Span& span) override;
  void end(const Span& span) override;
  // Staff still idle at the end (and, after a failure, anyone) stop at the end time.
  void finish(Time end_time) override;

 private:
  Trace& trace_;
  std::vector<std::uint32_t> open_;  // per agent: index of its open span
};

}  // namespace burgers::trace
