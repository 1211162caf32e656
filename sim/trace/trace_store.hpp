#pragma once
// TraceStore: keeps a run's spans in a Trace, fed by a SpanSequencer, so the Trace holds
// the spans in the order they began, without waits of no time. Include from sim/run.
#include <array>
#include <cstdint>
#include <memory>
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
  // Where each agent's open span is, in pages of 4,096 agents freed once all of them have
  // left: a run of millions of customers keeps a few pages, not a slot for each.
  class OpenSpans {
   public:
    void set(AgentId agent, std::uint32_t span);
    // The agent's open span, which closes; `left`: the agent has left for good (done).
    std::uint32_t take(AgentId agent, bool left);

   private:
    static constexpr std::size_t kPageBits = 12;
    static constexpr std::size_t kPageSize = std::size_t{1} << kPageBits;
    struct Page {
      std::array<std::uint32_t, kPageSize> span{};
      std::size_t left = 0;  // agents of the page who have left
    };
    std::vector<std::unique_ptr<Page>> pages_;
  };

  Trace& trace_;
  OpenSpans open_;
};

}  // namespace burgers::trace
