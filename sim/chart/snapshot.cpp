#include "chart/snapshot.hpp"

#include <algorithm>

namespace burgers::chart {

using trace::Span;
using trace::State;

namespace {

// The span of an agent at `t`: the last one that began by t and has not ended. An
// agent's spans follow each other without gaps, so if that one ended, the agent is gone.
// A customer who has just arrived is in their `arrived` instant.
const Span* span_at(const trace::Trace& trace, SpanList spans, Time t) {
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

// A customer free with a number while their job is worked on (in any of its phases).
bool free_in_service(State s) {
  return trace::is_in_service(s) && trace::category(s) == trace::Category::free;
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

}  // namespace

Snapshot snapshot_at(const trace::Trace& trace, const TraceIndex& index, Time t) {
  Snapshot snap;
  snap.time = t;
  snap.stations.resize(trace.stations.size());
  for (const trace::AgentId a : index.staff_agents()) {
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
    snap.stations[static_cast<std::size_t>(agent.station)].staff_members.push_back(at);
  }
  const auto [first, last] = index.customers_around(t);
  snap.arrived = static_cast<std::int64_t>(last);
  snap.left = static_cast<std::int64_t>(first);  // everyone before the range has left by t
  for (std::size_t i = first; i < last; ++i) {
    const trace::AgentId a = index.customer(i);
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
    if (free_in_service(c.state)) st.preparing.push_back({c.number, c.group});
  }
  for (StationAt& st : snap.stations) {
    std::stable_sort(st.line.begin(), st.line.end(),
                     [](const AgentAt& a, const AgentAt& b) { return a.since < b.since; });
  }
  // "Now serving": the latest free service at each station that ended by t (the last of
  // its phases: the customer's next span is no longer in service there).
  std::vector<Time> called_at(snap.stations.size(), -1);
  for (std::size_t i = first; i < last; ++i) {
    const SpanList spans = index.spans_of(index.customer(i));
    for (std::size_t k = 0; k < spans.size(); ++k) {
      const Span& s = trace.spans[spans[k]];
      if (!free_in_service(s.state) || s.end == trace::kOpenEnd || s.end > t || s.station < 0)
        continue;
      if (k + 1 < spans.size()) {
        const Span& next = trace.spans[spans[k + 1]];
        if (trace::is_in_service(next.state) && next.station == s.station) continue;
      }
      const auto st = static_cast<std::size_t>(s.station);
      if (st < called_at.size() && s.end >= called_at[st]) {
        called_at[st] = s.end;
        const trace::Agent& who = trace.agents[s.agent];
        snap.stations[st].last_called = {who.number, who.group};
      }
    }
  }
  return snap;
}

trace::Trace trace_until(const trace::Trace& trace, Time t) {
  trace::Trace out;
  out.scenario = trace.scenario;
  out.title = trace.title;
  out.stations = trace.stations;
  out.groups = trace.groups;
  out.cores = trace.cores;
  out.agents = trace.agents;
  // Spans are stored in start order: the ones begun by t are a prefix.
  const auto last = std::partition_point(trace.spans.begin(), trace.spans.end(),
                                         [&](const Span& s) { return s.start <= t; });
  out.spans.assign(trace.spans.begin(), last);
  for (Span& s : out.spans) {
    if (s.end != trace::kOpenEnd && s.end > t) s.end = trace::kOpenEnd;
  }
  out.end_time = t;
  return out;
}

}  // namespace burgers::chart
