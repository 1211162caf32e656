#include "chart/snapshot.hpp"

#include <algorithm>

namespace burgers::chart {

using trace::Span;
using trace::State;

namespace {

// The span of an agent at `t`: the last one that began by t and has not ended. An
// agent's spans follow each other without gaps, so if that one ended, the agent is gone.
// A customer who has just arrived is in their `arrived` instant.
const Span* span_at(const trace::Trace& trace, const std::vector<std::uint32_t>& spans, Time t) {
  auto it = std::partition_point(spans.begin(), spans.end(),
                                 [&](std::uint32_t i) { return trace.spans[i].start <= t; });
  while (it != spans.begin()) {
    --it;
    const Span& s = trace.spans[*it];
    if (s.state == State::done) return nullptr;
    if (s.state == State::arrived) return &s;
    if (s.end == trace::kOpenEnd || t < s.end) return &s;
    if (s.end == s.start) continue;  // a zero-length span (a wait of no time): look before it
    return nullptr;
  }
  return nullptr;
}

AgentAt describe(const trace::Trace& trace, const Span& s) {
  AgentAt a;
  a.agent = s.agent;
  a.state = s.state;
  a.since = s.start;
  a.until = s.end == trace::kOpenEnd ? kNever : s.end;
  a.station = s.station;
  a.core = s.core;
  a.customer = s.customer;
  const trace::Agent& agent = trace.agents[s.agent];
  a.number = agent.number;
  a.group = agent.group;
  a.step = s.step;
  return a;
}

// Customers who may be inside at t: arrived by t, and not before t minus the longest
// stay seen (unless they have not left at all).
std::pair<std::size_t, std::size_t> candidate_range(const TraceIndex& index, Time t) {
  std::size_t hi = 0;
  {
    std::size_t lo = 0, n = index.customers().size();
    while (lo < n) {  // first customer arriving after t
      const std::size_t mid = (lo + n) / 2;
      if (index.customer_arrival(mid) <= t) {
        lo = mid + 1;
      } else {
        n = mid;
      }
    }
    hi = lo;
  }
  std::size_t lo = 0, n = hi;
  const Time earliest = t - index.longest_stay();
  while (lo < n) {
    const std::size_t mid = (lo + n) / 2;
    if (index.customer_arrival(mid) < earliest) {
      lo = mid + 1;
    } else {
      n = mid;
    }
  }
  return {std::min(lo, index.first_unfinished()), hi};
}

}  // namespace

Snapshot snapshot_at(const trace::Trace& trace, const TraceIndex& index, Time t) {
  Snapshot snap;
  snap.time = t;
  snap.stations.resize(trace.stations.size());
  for (const trace::AgentId a : index.staff()) {
    const trace::Agent& agent = trace.agents[a];
    if (agent.station < 0 || static_cast<std::size_t>(agent.station) >= snap.stations.size())
      continue;
    AgentAt at;
    if (const Span* s = span_at(trace, index.spans_of(a), t)) {
      at = describe(trace, *s);
    } else {
      at.agent = a;
      at.number = agent.number;
      at.station = agent.station;
    }
    snap.stations[static_cast<std::size_t>(agent.station)].staff.push_back(at);
  }
  const auto [first, last] = candidate_range(index, t);
  snap.arrived = static_cast<std::int64_t>(last);
  snap.left = static_cast<std::int64_t>(first);  // everyone before the range has left by t
  for (std::size_t i = first; i < last; ++i) {
    const trace::AgentId a = index.customers()[i];
    const Span* s = span_at(trace, index.spans_of(a), t);
    if (s == nullptr) {
      if (index.customer_left(i) <= t) ++snap.left;
      continue;
    }
    snap.customers.push_back(describe(trace, *s));
  }
  for (const AgentAt& c : snap.customers) {
    if (c.station < 0 || static_cast<std::size_t>(c.station) >= snap.stations.size()) continue;
    StationAt& st = snap.stations[static_cast<std::size_t>(c.station)];
    if (trace::is_queued(c.state)) st.line.push_back(c);
    if (c.state == State::served_free) st.preparing.push_back(c.number);
  }
  for (StationAt& st : snap.stations) {
    std::stable_sort(st.line.begin(), st.line.end(),
                     [](const AgentAt& a, const AgentAt& b) { return a.since < b.since; });
  }
  // "Now serving": the latest free service at each station that ended by t.
  std::vector<Time> called_at(snap.stations.size(), -1);
  for (std::size_t i = first; i < last; ++i) {
    for (const std::uint32_t si : index.spans_of(index.customers()[i])) {
      const Span& s = trace.spans[si];
      if (s.state != State::served_free || s.end == trace::kOpenEnd || s.end > t || s.station < 0)
        continue;
      const auto st = static_cast<std::size_t>(s.station);
      if (st < called_at.size() && s.end >= called_at[st]) {
        called_at[st] = s.end;
        snap.stations[st].last_called = trace.agents[s.agent].number;
      }
    }
  }
  return snap;
}

}  // namespace burgers::chart
