#include "stats/summarize.hpp"

#include <algorithm>
#include <vector>

#include "stats/collector.hpp"

namespace burgers::stats {

namespace {

// The line a customer stood in before the service `served` began.
trace::State queued_before(trace::State served) {
  return trace::customer_state(trace::JobPhase::queued,
                               trace::category(served) == trace::Category::blocked);
}

// Whether `s` begins a visit's service that no stored wait came before: the customer was
// served at once (a trace keeps no wait of no time).
bool served_at_once(const trace::Span& s, const trace::Track& before) {
  if (!trace::is_in_service(s.state)) return false;
  const bool same_visit = before.step == s.step && before.station == s.station &&
                          (trace::is_queued(before.state) || trace::is_in_service(before.state));
  return !same_visit;
}

}  // namespace

Summary summarize_trace(const trace::Trace& trace, std::uint64_t events, CollectorOptions options,
                        Time until) {
  // Replays the stored spans through a Collector in time order: opens and closes are
  // interleaved exactly as they happened, so the result equals the streamed one (waits
  // of no time, which a trace does not keep, are put back before each service).
  Collector collector(trace, options);
  for (std::size_t i = 0; i < trace.agents.size(); ++i)
    collector.on_agent(static_cast<trace::AgentId>(i), trace.agents[i]);

  // At one instant: closes first, then opens in trace order; a zero-length span opens
  // and closes in one step.
  enum Kind : std::uint8_t { kClose = 0, kOpen = 1, kOpenClose = 2 };
  struct Edge {
    Time time;
    std::uint8_t kind;
    std::uint32_t span;
  };
  std::vector<Edge> edges;
  edges.reserve(trace.spans.size() * 2);
  for (std::uint32_t i = 0; i < trace.spans.size(); ++i) {
    const trace::Span& s = trace.spans[i];
    if (s.start > until) continue;
    const Time end = s.end == trace::kOpenEnd ? (until == kNever ? trace.end_time : kNever) : s.end;
    if (end > until) {
      edges.push_back({s.start, kOpen, i});  // still going on at `until`
    } else if (end == s.start) {
      edges.push_back({s.start, kOpenClose, i});
    } else {
      edges.push_back({s.start, kOpen, i});
      edges.push_back({end, kClose, i});
    }
  }
  std::stable_sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    if (a.time != b.time) return a.time < b.time;
    return (a.kind == kClose) > (b.kind == kClose);
  });

  // The state that follows each span of the same agent (a job's service may take several).
  std::vector<trace::State> next(trace.spans.size(), trace::State::done);
  {
    std::vector<std::uint32_t> later(trace.agents.size(), UINT32_MAX);
    for (std::size_t i = trace.spans.size(); i-- > 0;) {
      const trace::Span& s = trace.spans[i];
      if (later[s.agent] != UINT32_MAX) {
        const trace::Span& after = trace.spans[later[s.agent]];
        next[i] = after.state;
        // A service followed by another visit's service: the wait of no time between them
        // is not stored, but the first job did finish.
        if (trace::is_in_service(s.state) && trace::is_in_service(after.state) &&
            (after.step != s.step || after.station != s.station))
          next[i] = queued_before(after.state);
      }
      later[s.agent] = static_cast<std::uint32_t>(i);
    }
  }
  std::vector<trace::Track> tracks(trace.agents.size());
  for (const Edge& e : edges) {
    const trace::Span& s = trace.spans[e.span];
    trace::Track& t = tracks[s.agent];
    if (e.kind != kClose && served_at_once(s, t)) {
      // A stored trace keeps no wait of no time: a customer served at once still made a
      // visit to the line, and the mean wait per visit counts it as zero.
      trace::Track zero = t;
      zero.state = queued_before(s.state);
      zero.since = s.start;
      zero.station = s.station;
      zero.step = s.step;
      collector.on_open(zero);
      collector.on_close(zero, s.start, s.state);
    }
    if (e.kind != kClose) {
      t.agent = s.agent;
      t.state = s.state;
      t.since = s.start;
      t.customer = s.customer;
      t.station = s.station;
      t.core = s.core;
      t.step = s.step;
      if (s.state == trace::State::arrived) t.arrived = s.start;
      collector.on_open(t);
    }
    if (e.kind != kOpen) {
      t.state = s.state;
      t.since = s.start;
      t.station = s.station;
      trace::add_by_category(s.state, e.time - s.start, t.blocked, t.free, t.own);
      collector.on_close(t, e.time, next[e.span]);
      if (s.state == trace::State::done) collector.on_finish(t, e.time);
    }
  }
  return collector.summarize(until == kNever ? trace.end_time : until, events);
}

}  // namespace burgers::stats
