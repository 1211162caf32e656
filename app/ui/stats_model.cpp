#include "ui/stats_model.hpp"

#include <algorithm>

#include "stats/summarize.hpp"

namespace burgers::ui {

namespace {

constexpr std::size_t kQueuePoints = 600;
constexpr int kHistogramBins = 24;

stats::Summary summary_at(const run::Simulation& sim, Time t, bool& live) {
  stats::Summary s = sim.summary();
  live = true;
  if (sim.finished() && t >= sim.now()) return s;  // final figures
  if (t >= sim.now()) {
    // The run stands at t: its own counters, with spans still going on counted up to t.
    stats::Summary at = sim.collector().summarize(t, sim.events());
    at.scenario = s.scenario;
    at.title = s.title;
    at.seed = s.seed;
    at.mode = s.mode;
    return at;
  }
  live = false;  // gone past t: replay the record up to t
  stats::Summary at = stats::summarize_trace(*sim.trace(), 0, {}, t);
  at.seed = s.seed;
  at.mode = s.mode;
  return at;
}

// A record with the same agents and the spans `keep` picks from those begun by t, clipped
// to t: what the series functions (sim/chart/series) read, without copying the rest.
template <typename Keep>
trace::Trace record_at(const trace::Trace& trace, Time t, Keep keep) {
  trace::Trace out;
  out.stations = trace.stations;
  out.agents = trace.agents;
  out.end_time = t;
  for (const trace::Span& s : trace.spans) {
    if (s.start > t) break;  // spans are stored in start order
    if (!keep(s)) continue;
    trace::Span& c = out.spans.emplace_back(s);
    if (c.end != trace::kOpenEnd && c.end > t) c.end = trace::kOpenEnd;
  }
  return out;
}

// The last kRecentCustomers customers to leave by t, as positions in the index. Scans
// back from the latest arrival; stops once no earlier customer can have left later.
std::vector<std::size_t> recent_leavers(const chart::TraceIndex& index, Time t) {
  std::vector<std::pair<Time, std::size_t>> found;  // (left, position)
  const std::size_t last = index.customers_around(t).second;
  for (std::size_t i = last; i-- > 0;) {
    if (found.size() >= kRecentCustomers) {
      const Time oldest = found[found.size() - kRecentCustomers].first;
      if (index.customer_arrival(i) + index.longest_stay() < oldest) break;
    }
    const Time left = index.customer_left(i);
    if (left > t) continue;
    found.insert(std::upper_bound(found.begin(), found.end(), std::pair{left, i}), {left, i});
  }
  if (found.size() > kRecentCustomers)
    found.erase(found.begin(), found.end() - static_cast<long>(kRecentCustomers));
  std::vector<std::size_t> out;
  for (const auto& f : found) out.push_back(f.second);
  return out;
}

}  // namespace

StatsModel stats_model_at(const run::Simulation& sim, const chart::TraceIndex& index, Time t) {
  StatsModel m;
  m.as_of = t;
  m.summary = summary_at(sim, t, m.live);
  if (sim.trace() == nullptr) return m;
  const trace::Trace& trace = *sim.trace();
  const trace::Trace queued =
      record_at(trace, t, [](const trace::Span& s) { return trace::is_queued(s.state); });
  m.queues = chart::queue_length_series(queued, kQueuePoints);
  m.waits = chart::queue_wait_histogram(queued, -1, kHistogramBins);
  // Blocked, free and own time of the latest customers to leave, from their spans only.
  const std::vector<std::size_t> leavers = recent_leavers(index, t);
  std::vector<bool> wanted(trace.agents.size(), false);
  for (const std::size_t i : leavers) wanted[index.customers()[i]] = true;
  const trace::Trace theirs =
      record_at(trace, t, [&](const trace::Span& s) { return wanted[s.agent]; });
  for (const chart::CustomerTimes& c : chart::customer_times(theirs)) {
    if (c.left >= 0) m.recent.push_back(c);
  }
  std::stable_sort(m.recent.begin(), m.recent.end(),
                   [](const auto& a, const auto& b) { return a.left < b.left; });
  return m;
}

const StatsModel& StatsCache::at(const run::Simulation& sim, const chart::TraceIndex& index,
                                 Time t) {
  if (&sim != sim_ || sim.events() != events_ || t != t_ || sim.finished() != finished_) {
    model_ = stats_model_at(sim, index, t);
    sim_ = &sim;
    events_ = sim.events();
    t_ = t;
    finished_ = sim.finished();
  }
  return model_;
}

}  // namespace burgers::ui
