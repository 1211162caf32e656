#include "chart/trace_index.hpp"

#include <algorithm>

namespace burgers::chart {

using trace::AgentKind;
using trace::Span;
using trace::State;

namespace {

const std::vector<std::uint32_t> kNoSpans;

}  // namespace

void TraceIndex::update(const trace::Trace& trace) {
  has_gil_ = trace.gil;
  for (; indexed_agents_ < trace.agents.size(); ++indexed_agents_) {
    const auto id = static_cast<trace::AgentId>(indexed_agents_);
    const trace::Agent& a = trace.agents[indexed_agents_];
    bool keep = true;
    if (a.kind == AgentKind::staff) {
      staff_.push_back(id);
    } else if (a.kind == AgentKind::customer) {
      keep = customer_total_ < customer_limit_;
      if (keep) {
        position_.resize(id + 1, SIZE_MAX);
        position_[id] = customers_.size();
        customers_.push_back(id);
        arrival_.push_back(kNever);
        left_.push_back(kNever);
      }
      ++customer_total_;
    }
    indexed_agent_.push_back(keep);
  }
  by_agent_.resize(trace.agents.size());
  for (; indexed_spans_ < trace.spans.size(); ++indexed_spans_) {
    const Span& s = trace.spans[indexed_spans_];
    const auto index = static_cast<std::uint32_t>(indexed_spans_);
    if (s.end == trace::kOpenEnd) {
      open_.push_back(index);
    } else if (s.end > s.start || trace::is_instant(s.state)) {
      states_ |= 1u << static_cast<unsigned>(s.state);
    }
    if (s.agent < indexed_agent_.size() && indexed_agent_[s.agent]) {
      by_agent_[s.agent].push_back(index);
      note_customer_span(s);
    }
    if (trace.gil && s.station >= 0 &&
        static_cast<std::size_t>(s.station) < trace.stations.size() &&
        trace.stations[static_cast<std::size_t>(s.station)].gil &&
        trace.agents[s.agent].kind == AgentKind::staff &&
        (s.state == State::busy || s.state == State::ready || s.state == State::switching)) {
      gil_.push_back(index);
    }
    if (s.core >= 0 && (s.state == State::busy || s.state == State::switching)) {
      if (by_core_.size() <= static_cast<std::size_t>(s.core))
        by_core_.resize(static_cast<std::size_t>(s.core) + 1);
      by_core_[static_cast<std::size_t>(s.core)].push_back(index);
    }
  }
  note_closed_spans(trace);
  if (static_cast<int>(by_core_.size()) < trace.cores)
    by_core_.resize(static_cast<std::size_t>(trace.cores));
}

void TraceIndex::note_closed_spans(const trace::Trace& trace) {
  open_states_ = 0;
  std::erase_if(open_, [&](std::uint32_t i) {
    const Span& s = trace.spans[i];
    const unsigned bit = 1u << static_cast<unsigned>(s.state);
    if (s.end == trace::kOpenEnd) {
      open_states_ |= bit;  // going on now: it does occur
      return false;
    }
    if (s.end > s.start || trace::is_instant(s.state)) states_ |= bit;
    return true;
  });
}

void TraceIndex::note_customer_span(const Span& s) {
  const std::size_t pos = customer_position(s.agent);
  if (pos == SIZE_MAX) return;
  if (s.state == State::arrived) arrival_[pos] = s.start;
  if (s.state == State::done) {
    left_[pos] = s.start;
    longest_stay_ = std::max(longest_stay_, s.start - arrival_[pos]);
    while (first_unfinished_ < left_.size() && left_[first_unfinished_] != kNever)
      ++first_unfinished_;
  }
}

const std::vector<std::uint32_t>& TraceIndex::spans_of(trace::AgentId agent) const {
  return agent < by_agent_.size() ? by_agent_[agent] : kNoSpans;
}

const std::vector<std::uint32_t>& TraceIndex::spans_on_core(int core) const {
  return core >= 0 && static_cast<std::size_t>(core) < by_core_.size()
             ? by_core_[static_cast<std::size_t>(core)]
             : kNoSpans;
}

std::pair<std::size_t, std::size_t> TraceIndex::customers_around(Time t) const {
  // Arrivals are in index order: binary searches find who arrived by t, and who arrived
  // before t minus the longest stay seen (those have left, unless still inside now).
  const auto arrived_by = [&](Time limit, bool inclusive) {
    std::size_t lo = 0, n = customers_.size();
    while (lo < n) {
      const std::size_t mid = (lo + n) / 2;
      if (inclusive ? arrival_[mid] <= limit : arrival_[mid] < limit) {
        lo = mid + 1;
      } else {
        n = mid;
      }
    }
    return lo;
  };
  const std::size_t last = arrived_by(t, true);
  const std::size_t first = std::min(arrived_by(t - longest_stay_, false), last);
  return {std::min(first, first_unfinished_), last};
}

}  // namespace burgers::chart
