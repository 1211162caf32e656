#include "ui/stats_model.hpp"

#include <algorithm>
#include <future>

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
    at.theory = s.theory;  // the run's verdict as far as it has gone
    return at;
  }
  live = false;  // gone past t: replay the record up to t
  stats::Summary at = stats::summarize_trace(*sim.trace(), 0, {}, t);
  at.seed = s.seed;
  at.mode = s.mode;
  at.theory = s.theory;  // the run's verdict as far as it has gone, not as of t
  return at;
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

StatsModel stats_model_at(const run::Simulation& sim, chart::TraceIndex& index, Time t,
                          std::size_t two_threads_from) {
  StatsModel m;
  m.as_of = t;
  m.summary = summary_at(sim, t, m.live);
  if (sim.trace() == nullptr) return m;
  // Read from the record as it stood at t, in place: no copy of its spans, and memory only
  // for the customers inside at once (a run of millions of spans stays within its budget).
  const trace::Trace& trace = *sim.trace();
  // The queue series and the waits each read the whole record and need no index: for a big
  // record, on a thread of their own while this one brings the index up to date (the run
  // that made it has finished, or stands still meanwhile).
  auto from_the_record = [&trace, t, &m] {
    chart::QueueFigures f = chart::queue_figures(trace, kQueuePoints, kHistogramBins, t);
    m.queues = std::move(f.queues);
    m.waits = std::move(f.waits);
  };
  std::future<void> aside;
  if (trace.spans.size() >= two_threads_from)
    aside = std::async(std::launch::async, from_the_record);
  index.update(trace);
  if (aside.valid()) {
    aside.get();
  } else {
    from_the_record();
  }
  // Blocked, free and own time of the latest customers to leave, from their spans only.
  for (const std::size_t i : recent_leavers(index, t)) {
    const trace::AgentId a = index.customer(i);
    chart::CustomerTimes c = chart::customer_times(trace, a, index.spans_of(a), t);
    if (c.left >= 0) m.recent.push_back(std::move(c));
  }
  std::stable_sort(m.recent.begin(), m.recent.end(),
                   [](const auto& a, const auto& b) { return a.left < b.left; });
  return m;
}

const StatsModel& StatsCache::at(const run::Simulation& sim, chart::TraceIndex& index, Time t) {
  if (&sim != sim_ || sim.events() != events_ || t != t_ || sim.finished() != finished_) {
    model_ = stats_model_at(sim, index, t);
    sim_ = &sim;
    events_ = sim.events();
    t_ = t;
    finished_ = sim.finished();
  } else if (sim.trace() != nullptr) {
    index.update(*sim.trace());  // cheap when nothing is new
  }
  return model_;
}

}  // namespace burgers::ui
