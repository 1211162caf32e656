#include "chart/series.hpp"

#include <algorithm>
#include <functional>
#include <queue>
#include <utility>

namespace burgers::chart {

namespace {

using trace::Span;

bool is_customer(const trace::Trace& trace, trace::AgentId agent) {
  return agent < trace.agents.size() && trace.agents[agent].kind == trace::AgentKind::customer;
}

// Open spans are still going on when the trace stops: they count up to its end.
Time end_of(const trace::Trace& trace, const Span& s) {
  return s.end == trace::kOpenEnd ? std::max(trace.end_time, s.start) : s.end;
}

// Many changes squeezed into `max_points` buckets. Each bucket keeps the largest value
// it saw (including the one carried in from the previous bucket), so a short peak
// survives the thinning instead of vanishing between two samples.
std::vector<StepPoint> thin_to_maxima(const std::vector<StepPoint>& points, std::size_t max_points,
                                      Time end) {
  const Time last = std::max(end, points.back().time + 1);
  const auto buckets = static_cast<Time>(max_points);
  const Time width = std::max<Time>(1, (last + buckets - 1) / buckets);
  std::vector<StepPoint> out;
  out.reserve(max_points);
  std::int64_t carried = 0;  // value in effect when the current bucket began
  std::size_t i = 0;
  for (Time b = 0; b < buckets && i < points.size(); ++b) {
    const Time start = b * width;
    const Time stop = start + width;
    std::int64_t peak = carried;
    while (i < points.size() && points[i].time < stop) {
      peak = std::max(peak, points[i].value);
      carried = points[i].value;
      ++i;
    }
    if (out.empty() || out.back().value != peak) out.push_back({start, peak});
    // The bucket ends at the last value seen; if it is lower than the peak, the next
    // bucket starts from it, so the curve does come back down.
  }
  if (out.empty() || out.front().time != 0) out.insert(out.begin(), StepPoint{0, 0});
  return out;
}

// The record as it stood at `until` (kNever: as it is): its end, and a span's end then
// (one going on, or still open, lasts until the record's end).
Time record_end(const trace::Trace& trace, Time until) {
  return until == kNever ? trace.end_time : until;
}
Time end_until(const Span& s, Time record_end) {
  return s.end == trace::kOpenEnd || s.end > record_end ? std::max(record_end, s.start) : s.end;
}

// Blocked, free and own time of one span of a customer, and their arrival and leaving.
void add_span(CustomerTimes& c, const Span& s, Time end) {
  trace::add_by_category(s.state, end - s.start, c.blocked, c.free, c.own);
  if (s.state == trace::State::arrived) c.arrived = s.start;
  if (s.state == trace::State::done) c.left = s.start;
}

// The customers in the middle of a visit during a pass over a record in stored order, by
// agent: an open-addressing table (linear probing, erasing by shifting back), as big as the
// most customers inside at once, whatever the length of the run.
class OpenVisits {
 public:
  struct Visit {
    Time waited = -1;              // the wait in line just ended (-1: none)
    std::int16_t in_service = -1;  // the step being served
  };

  Visit& at(trace::AgentId agent) {
    std::size_t i = home(agent);
    for (; slots_[i].agent != trace::kNoAgent; i = (i + 1) & mask()) {
      if (slots_[i].agent == agent) return slots_[i].visit;
    }
    if (2 * (used_ + 1) > slots_.size()) {
      grow();
      return at(agent);
    }
    ++used_;
    slots_[i] = {agent, {}};
    return slots_[i].visit;
  }

  void erase(trace::AgentId agent) {
    std::size_t i = home(agent);
    for (; slots_[i].agent != agent; i = (i + 1) & mask()) {
      if (slots_[i].agent == trace::kNoAgent) return;
    }
    // Later entries of the same run move back into the hole unless their home lies
    // (cyclically) after it, so that every entry stays reachable from its home.
    for (std::size_t j = (i + 1) & mask(); slots_[j].agent != trace::kNoAgent;
         j = (j + 1) & mask()) {
      const std::size_t k = home(slots_[j].agent);
      const bool stays = i <= j ? (i < k && k <= j) : (i < k || k <= j);
      if (stays) continue;
      slots_[i] = slots_[j];
      i = j;
    }
    slots_[i].agent = trace::kNoAgent;
    --used_;
  }

 private:
  struct Slot {
    trace::AgentId agent = trace::kNoAgent;
    Visit visit;
  };
  std::size_t mask() const { return slots_.size() - 1; }
  std::size_t home(trace::AgentId agent) const {
    return static_cast<std::size_t>((agent * 0x9e3779b97f4a7c15ull) >> 32) & mask();
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.size() * 2, Slot{});
    used_ = 0;
    for (const Slot& s : old) {
      if (s.agent != trace::kNoAgent) at(s.agent) = s.visit;
    }
  }

  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::size_t used_ = 0;
};

}  // namespace

void LevelSeries::change(Time t, std::int64_t delta) {
  if (unsettled_ && t > at_) settle();
  at_ = t;
  level_ += delta;
  unsettled_ = true;
}

void LevelSeries::settle() {
  record(at_, level_);
  unsettled_ = false;
}

void LevelSeries::record(Time t, std::int64_t value) {
  if (value == last_value_) return;
  last_value_ = value;
  if (width_ == 0) {
    if (exact_.back().time == t) {
      exact_.back().value = value;
    } else {
      exact_.push_back({t, value});
    }
    if (exact_.size() <= 4 * max_points_ || max_points_ == SIZE_MAX) return;
    // Too many steps to keep: from now on, the highest level per bucket of time.
    const auto buckets = static_cast<Time>(max_points_);
    width_ = 1;
    while (width_ * buckets <= t) width_ *= 2;
    std::vector<StepPoint> steps = std::move(exact_);
    exact_.clear();
    last_value_ = 0;
    last_held_ = 0;
    peaks_.assign(1, 0);
    for (const StepPoint& p : steps) record(p.time, p.value);
    return;
  }
  auto bucket = static_cast<std::size_t>(t / width_);
  while (bucket >= max_points_) {  // the run outgrew the buckets: halve their number
    std::vector<std::int64_t> merged((peaks_.size() + 1) / 2);
    for (std::size_t i = 0; i < peaks_.size(); ++i)
      merged[i / 2] = i % 2 == 0 ? peaks_[i] : std::max(merged[i / 2], peaks_[i]);
    peaks_ = std::move(merged);
    width_ *= 2;
    bucket = static_cast<std::size_t>(t / width_);
  }
  // Buckets passed over held the level that was in effect (before this change).
  const std::int64_t held = peaks_.empty() ? 0 : last_held_;
  while (peaks_.size() <= bucket) peaks_.push_back(held);
  peaks_[bucket] = std::max(peaks_[bucket], value);
  last_held_ = value;
}

std::vector<StepPoint> LevelSeries::points(Time end) const {
  LevelSeries done = *this;
  if (done.unsettled_) done.settle();
  if (done.width_ == 0) {
    if (done.exact_.size() <= max_points_) return done.exact_;
    return thin_to_maxima(done.exact_, max_points_, end);
  }
  std::vector<StepPoint> out;
  for (std::size_t i = 0; i < done.peaks_.size(); ++i) {
    const Time start = static_cast<Time>(i) * done.width_;
    if (start > end) break;
    if (out.empty() || out.back().value != done.peaks_[i]) out.push_back({start, done.peaks_[i]});
  }
  if (out.empty() || out.front().time != 0) out.insert(out.begin(), StepPoint{0, 0});
  return out;
}

namespace {

// The queue series' pass; with `longest`, also each station's longest wait in line that
// had ended by `until` (what sets the width of the waits' histogram).
std::vector<QueueSeries> queue_series_pass(const trace::Trace& trace, std::size_t max_points,
                                           Time until, std::vector<Time>* longest) {
  // One pass in start order: each wait adds one when it begins and, from a heap of the
  // waits' ends, takes one off when its end has come (in time order, without sorting or
  // copying the spans).
  const Time end = record_end(trace, until);
  const std::size_t n = trace.stations.size();
  std::vector<LevelSeries> levels(n, LevelSeries(max_points));
  std::vector<std::priority_queue<Time, std::vector<Time>, std::greater<>>> ends(n);
  if (longest != nullptr) longest->assign(n, 0);
  auto pass = [&](std::size_t st, Time t) {
    while (!ends[st].empty() && ends[st].top() <= t) {
      levels[st].change(ends[st].top(), -1);
      ends[st].pop();
    }
  };
  for (const Span& s : trace.spans) {
    if (s.start > end) break;  // spans are stored in start order
    const auto st = static_cast<std::size_t>(s.station);
    if (s.station < 0 || st >= n || !trace::is_queued(s.state) || !is_customer(trace, s.agent))
      continue;
    pass(st, s.start);
    levels[st].change(s.start, +1);
    ends[st].push(end_until(s, end));
    if (longest != nullptr && s.end != trace::kOpenEnd && s.end <= end)
      (*longest)[st] = std::max((*longest)[st], s.end - s.start);
  }
  std::vector<QueueSeries> out;
  out.reserve(n);
  for (std::size_t st = 0; st < n; ++st) {
    pass(st, kNever);
    QueueSeries series;
    series.station = static_cast<int>(st);
    series.label =
        trace.stations[st].label.empty() ? trace.stations[st].name : trace.stations[st].label;
    series.points = levels[st].points(end);
    out.push_back(std::move(series));
  }
  return out;
}

// Each station's longest wait in line that had ended by `until`, in one pass.
std::vector<Time> longest_waits(const trace::Trace& trace, Time until) {
  const Time end = record_end(trace, until);
  std::vector<Time> longest(trace.stations.size(), 0);
  for (const Span& s : trace.spans) {
    if (s.start > end) break;
    if (!trace::is_queued(s.state) || s.end == trace::kOpenEnd || s.end > end) continue;
    const auto st = static_cast<std::size_t>(s.station);
    if (s.station >= 0 && st < longest.size() && is_customer(trace, s.agent))
      longest[st] = std::max(longest[st], s.end - s.start);
  }
  return longest;
}

// The waits' pass: one wait per visit to a line, as the summary counts them (a trace
// keeps no wait of no time, so a service that follows no wait in line is a visit that
// waited 0), into `bins` bins as wide as the longest wait needs.
Histogram wait_histogram_pass(const trace::Trace& trace, int station, int bins, Time until,
                              const std::vector<Time>& longest_at) {
  const Time end = record_end(trace, until);
  Time longest = 0;
  for (std::size_t st = 0; st < longest_at.size(); ++st) {
    if (station < 0 || static_cast<int>(st) == station) longest = std::max(longest, longest_at[st]);
  }
  Histogram h;
  const auto n = static_cast<Time>(std::max(bins, 1));
  h.counts.assign(static_cast<std::size_t>(n), 0);
  // Round the width up so the longest wait still falls inside the last bin.
  h.bin_width = std::max<Time>(1, (longest + n) / n);
  // In stored order, each customer's spans come in their own order: the customers in the
  // middle of a visit are remembered until they leave.
  OpenVisits visits;
  for (const Span& s : trace.spans) {
    if (s.start > end) break;
    if (!is_customer(trace, s.agent)) continue;
    if (s.state == trace::State::done) {
      visits.erase(s.agent);
      continue;
    }
    if (trace::is_queued(s.state)) {
      OpenVisits::Visit& v = visits.at(s.agent);
      v.waited = s.end == trace::kOpenEnd || s.end > end ? -1 : s.end - s.start;
      v.in_service = -1;
      continue;
    }
    // A service may take several spans (running, awaiting I/O...): its first one counts.
    if (!trace::is_in_service(s.state)) continue;
    OpenVisits::Visit& v = visits.at(s.agent);
    if (v.in_service == s.step) continue;
    v.in_service = s.step;
    const Time wait = std::max<Time>(v.waited, 0);
    v.waited = -1;
    if (station < 0 || s.station == station)
      ++h.counts[static_cast<std::size_t>(std::min(wait / h.bin_width, n - 1))];
  }
  return h;
}

}  // namespace

std::vector<QueueSeries> queue_length_series(const trace::Trace& trace, std::size_t max_points,
                                             Time until) {
  return queue_series_pass(trace, max_points, until, nullptr);
}

QueueFigures queue_figures(const trace::Trace& trace, std::size_t max_points, int bins,
                           Time until) {
  QueueFigures f;
  std::vector<Time> longest;
  f.queues = queue_series_pass(trace, max_points, until, &longest);
  f.waits = wait_histogram_pass(trace, -1, bins, until, longest);
  return f;
}

std::vector<CustomerTimes> customer_times(const trace::Trace& trace) {
  constexpr std::size_t kUnseen = SIZE_MAX;
  std::vector<std::size_t> position(trace.agents.size(), kUnseen);
  std::vector<CustomerTimes> out;
  // Spans are stored in start order, so first sight of a customer is their arrival order.
  for (const Span& s : trace.spans) {
    if (!is_customer(trace, s.agent)) continue;
    if (position[s.agent] == kUnseen) {
      position[s.agent] = out.size();
      CustomerTimes c;
      c.agent = s.agent;
      c.name = trace.agent_name(s.agent);
      c.arrived = s.start;
      out.push_back(std::move(c));
    }
    add_span(out[position[s.agent]], s, end_of(trace, s));
  }
  return out;
}

CustomerTimes customer_times(const trace::Trace& trace, trace::AgentId customer, SpanList spans,
                             Time until) {
  CustomerTimes c;
  c.agent = customer;
  c.name = trace.agent_name(customer);
  const Time end = record_end(trace, until);
  if (!spans.empty()) c.arrived = trace.spans[spans.front()].start;  // first sight: arrival
  for (const std::uint32_t i : spans) {
    const Span& s = trace.spans[i];
    if (s.start > end) break;
    add_span(c, s, end_until(s, end));
  }
  return c;
}

Histogram queue_wait_histogram(const trace::Trace& trace, int station, int bins, Time until) {
  return wait_histogram_pass(trace, station, bins, until, longest_waits(trace, until));
}

}  // namespace burgers::chart
