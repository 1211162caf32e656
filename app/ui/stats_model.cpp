#include "ui/stats_model.hpp"

#include <algorithm>

#include "chart/snapshot.hpp"
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

}  // namespace

StatsModel stats_model_at(const run::Simulation& sim, Time t) {
  StatsModel m;
  m.as_of = t;
  m.summary = summary_at(sim, t, m.live);
  if (sim.trace() == nullptr) return m;
  const bool complete = sim.finished() && t >= sim.now();
  const trace::Trace clipped = complete ? trace::Trace{} : chart::trace_until(*sim.trace(), t);
  const trace::Trace& record = complete ? *sim.trace() : clipped;
  m.queues = chart::queue_length_series(record, kQueuePoints);
  for (const chart::CustomerTimes& c : chart::customer_times(record)) {
    if (c.left >= 0) m.recent.push_back(c);
  }
  std::stable_sort(m.recent.begin(), m.recent.end(),
                   [](const auto& a, const auto& b) { return a.left < b.left; });
  if (m.recent.size() > kRecentCustomers)
    m.recent.erase(m.recent.begin(), m.recent.end() - static_cast<long>(kRecentCustomers));
  m.waits = chart::queue_wait_histogram(record, -1, kHistogramBins);
  return m;
}

const StatsModel& StatsCache::at(const run::Simulation& sim, Time t) {
  if (&sim != sim_ || sim.events() != events_ || t != t_ || sim.finished() != finished_) {
    model_ = stats_model_at(sim, t);
    sim_ = &sim;
    events_ = sim.events();
    t_ = t;
    finished_ = sim.finished();
  }
  return model_;
}

}  // namespace burgers::ui
