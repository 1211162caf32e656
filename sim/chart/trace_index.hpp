#pragma once
// TraceIndex: a trace's spans sorted into lanes (per agent, per core), kept up to date
// as a live trace grows. The timeline layout and the restaurant snapshot read it.
// Compact: a customer's spans sit side by side in one pool (about 4 bytes a span).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

#include "base/time.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// The span indices of one lane, in start order.
using SpanList = std::span<const std::uint32_t>;

// Per-lane span lists (agents, and cores derived from staff spans), extended as a live
// trace grows. `customer_limit` indexes only the first customers (exports show no more).
// The index reads the trace it was last updated with: that trace must stay where it is.
class TraceIndex {
 public:
  TraceIndex() = default;
  explicit TraceIndex(const trace::Trace& trace, std::size_t customer_limit = SIZE_MAX)
      : customer_limit_(customer_limit) {
    update(trace);
  }
  // Indexes spans and agents added since the last call; cheap to call every frame.
  void update(const trace::Trace& trace);

  // Span indices of `agent` (or of staff spans that ran on `core`), in start order.
  SpanList spans_of(trace::AgentId agent) const;
  SpanList spans_on_core(int core) const;
  // Staff spans while holding the GIL (computing, or waiting for a core with it).
  SpanList spans_holding_gil() const { return gil_; }
  bool has_gil() const { return has_gil_; }
  // The staff members' agents (Station::staff counts them), in agent order.
  const std::vector<trace::AgentId>& staff_agents() const { return staff_; }
  // The indexed customers, in arrival order: how many, and the agent at a position.
  std::size_t indexed_customers() const { return pool_.customers(); }
  trace::AgentId customer(std::size_t position) const;
  std::size_t customer_count() const { return customer_total_; }
  int cores() const { return static_cast<int>(by_core_.size()); }
  // Whether some agent spent time in `s` (an instant: went through it). A span of no
  // length (a wait that took no time) does not count: legends list only what is seen.
  bool has_state(trace::State s) const {
    return ((states_ | open_states_) >> static_cast<unsigned>(s)) & 1u;
  }
  std::size_t indexed_spans() const { return indexed_spans_; }

  // For the i-th indexed customer: when they arrived and left (kNever: not yet).
  Time customer_arrival(std::size_t i) const;
  Time customer_left(std::size_t i) const;
  // The longest stay of a customer who has left, and the first customer still inside:
  // together they bound which customers can be present at any time.
  Time longest_stay() const { return longest_stay_; }
  std::size_t first_unfinished() const { return first_unfinished_; }
  // The indexed customers who may be inside at `t`, as positions [first, last): `last`
  // counts those who had arrived by t; everyone before `first` had left by t.
  std::pair<std::size_t, std::size_t> customers_around(Time t) const;
  // The span indices of the customer at `position` (spans_of(customer(position)), cheaper).
  SpanList customer_spans(std::size_t position) const { return pool_.spans(position); }
  // Position of `agent` among the indexed customers, or SIZE_MAX.
  std::size_t customer_position(trace::AgentId agent) const;

 private:
  // Each customer's span indices, side by side in blocks that never move. A customer gets
  // room for as many spans as their group's customers have had; one who needs more moves.
  class CustomerPool {
   public:
    SpanList spans(std::size_t position) const;
    std::size_t customers() const { return slots_.size(); }
    void add_customer() { slots_.emplace_back(); }
    void add_span(std::size_t position, std::uint32_t span, int group);

   private:
    struct Slot {
      std::uint32_t at = 0;  // block * kBlock + offset
      std::uint16_t count = 0, room = 0;
    };
    std::uint32_t* place(std::size_t room, Slot& slot);

    // Raw memory from ::operator new, so freed with ::operator delete (not delete[]).
    struct Free {
      void operator()(std::uint32_t* p) const { ::operator delete(static_cast<void*>(p)); }
    };
    std::vector<std::unique_ptr<std::uint32_t, Free>> blocks_;
    std::size_t used_ = 0;  // entries used in the last block
    std::vector<Slot> slots_;
    std::vector<std::uint16_t> group_room_;  // per group: the most spans a customer had
  };

  void index_agents(const trace::Trace& trace);
  void note_customer_span(std::size_t position, const trace::Span& s, std::uint32_t index);
  void note_closed_spans(const trace::Trace& trace);
  std::size_t staff_position(trace::AgentId agent) const;

  const trace::Trace* trace_ = nullptr;
  std::size_t customer_limit_ = SIZE_MAX;
  std::vector<std::vector<std::uint32_t>> by_staff_;  // by position in staff_
  std::vector<std::vector<std::uint32_t>> by_core_;
  std::vector<std::uint32_t> gil_;
  bool has_gil_ = false;
  std::vector<trace::AgentId> staff_;  // in agent order
  // Position in staff_ by agent, for agents below kDirectStaff (a run's staff come first);
  // staff agents past it (if any) are found in staff_ by binary search.
  static constexpr trace::AgentId kDirectStaff = 1u << 16;
  static constexpr std::uint32_t kNotStaff = 0xffffffffu;
  std::vector<std::uint32_t> staff_slot_;
  bool far_staff_ = false;
  // Customers are agents in arrival order from the first one on, but for these others.
  trace::AgentId first_customer_ = trace::kNoAgent;
  trace::AgentId limit_agent_ = trace::kNoAgent;  // the first customer past the limit
  std::vector<trace::AgentId> others_;
  CustomerPool pool_;
  Time longest_stay_ = 0;
  std::size_t first_unfinished_ = 0;
  std::size_t customer_total_ = 0;
  std::size_t indexed_agents_ = 0;
  std::size_t indexed_spans_ = 0;
  unsigned states_ = 0;              // of instants and of spans that ended after they began
  unsigned open_states_ = 0;         // of spans still open at the last update
  std::vector<std::uint32_t> open_;  // spans open when indexed: counted once they close
};

}  // namespace burgers::chart
