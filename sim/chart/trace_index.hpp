#pragma once
// TraceIndex: a trace's spans sorted into lanes (per agent, per core), kept up to date
// as a live trace grows. The timeline layout and the restaurant snapshot read it.
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "base/time.hpp"
#include "trace/trace.hpp"

namespace burgers::chart {

// Per-lane span lists (agents, and cores derived from staff spans), extended as a live
// trace grows. `customer_limit` indexes only the first customers (exports show no more).
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
  const std::vector<std::uint32_t>& spans_of(trace::AgentId agent) const;
  const std::vector<std::uint32_t>& spans_on_core(int core) const;
  // Staff spans while holding the GIL (computing, or waiting for a core with it).
  const std::vector<std::uint32_t>& spans_holding_gil() const { return gil_; }
  bool has_gil() const { return has_gil_; }
  const std::vector<trace::AgentId>& staff() const { return staff_; }
  const std::vector<trace::AgentId>& customers() const { return customers_; }
  std::size_t customer_count() const { return customer_total_; }
  int cores() const { return static_cast<int>(by_core_.size()); }
  // Whether some agent spent time in `s` (an instant: went through it). A span of no
  // length (a wait that took no time) does not count: legends list only what is seen.
  bool has_state(trace::State s) const {
    return ((states_ | open_states_) >> static_cast<unsigned>(s)) & 1u;
  }
  std::size_t indexed_spans() const { return indexed_spans_; }

  // For the i-th indexed customer: when they arrived and left (kNever: not yet).
  Time customer_arrival(std::size_t i) const { return arrival_[i]; }
  Time customer_left(std::size_t i) const { return left_[i]; }
  // The longest stay of a customer who has left, and the first customer still inside:
  // together they bound which customers can be present at any time.
  Time longest_stay() const { return longest_stay_; }
  std::size_t first_unfinished() const { return first_unfinished_; }
  // The indexed customers who may be inside at `t`, as positions [first, last): `last`
  // counts those who had arrived by t; everyone before `first` had left by t.
  std::pair<std::size_t, std::size_t> customers_around(Time t) const;
  // Position of `agent` among the indexed customers, or SIZE_MAX.
  std::size_t customer_position(trace::AgentId agent) const {
    return agent < position_.size() ? position_[agent] : SIZE_MAX;
  }

 private:
  void note_customer_span(const trace::Span& s);
  void note_closed_spans(const trace::Trace& trace);

  std::size_t customer_limit_ = SIZE_MAX;
  std::vector<std::vector<std::uint32_t>> by_agent_;
  std::vector<std::vector<std::uint32_t>> by_core_;
  std::vector<std::uint32_t> gil_;
  bool has_gil_ = false;
  std::vector<trace::AgentId> staff_;
  std::vector<trace::AgentId> customers_;  // indexed customers, in arrival order
  std::vector<bool> indexed_agent_;
  std::vector<std::size_t> position_;  // agent -> index in customers_
  std::vector<Time> arrival_;
  std::vector<Time> left_;
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
