#include "stats/summarize.hpp"

#include <algorithm>
#include <vector>

#include "stats/collector.hpp"

namespace burgers::stats {

Summary summarize_trace(const trace::Trace& trace, std::uint64_t events, CollectorOptions options) {
  // Replays the stored spans through a Collector in time order: opens and closes are
  // interleaved exactly as they happened, so the result equals the streamed one.
  std::vector<StationMeta> metas;
  for (const trace::StationInfo& s : trace.stations) metas.push_back({s.name, s.label, s.staff});
  std::vector<GroupMeta> groups;
  for (const trace::GroupInfo& g : trace.groups) groups.push_back({g.name, g.label});
  Collector collector(std::move(metas), options, std::move(groups));
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
    const Time end = s.end == trace::kOpenEnd ? trace.end_time : s.end;
    if (end == s.start) {
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
      if (later[s.agent] != UINT32_MAX) next[i] = trace.spans[later[s.agent]].state;
      later[s.agent] = static_cast<std::uint32_t>(i);
    }
  }
  std::vector<trace::Track> tracks(trace.agents.size());
  for (const Edge& e : edges) {
    const trace::Span& s = trace.spans[e.span];
    trace::Track& t = tracks[s.agent];
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
  Summary summary = collector.summarize(trace.end_time, events);
  summary.scenario = trace.scenario;
  summary.title = trace.title;
  return summary;
}

}  // namespace burgers::stats
