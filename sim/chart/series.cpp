#include "chart/series.hpp"

#include <algorithm>
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

std::vector<StepPoint> station_steps(const trace::Trace& trace, int station,
                                     std::size_t max_points) {
  std::vector<std::pair<Time, int>> changes;
  for (const Span& s : trace.spans) {
    if (s.station != station || !trace::is_queued(s.state) || !is_customer(trace, s.agent))
      continue;
    changes.emplace_back(s.start, +1);
    changes.emplace_back(end_of(trace, s), -1);
  }
  std::sort(changes.begin(), changes.end());
  LevelSeries series(max_points);
  for (const auto& [t, delta] : changes) series.change(t, delta);
  return series.points(trace.end_time);
}

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

std::vector<QueueSeries> queue_length_series(const trace::Trace& trace, std::size_t max_points) {
  std::vector<QueueSeries> out;
  out.reserve(trace.stations.size());
  for (std::size_t s = 0; s < trace.stations.size(); ++s) {
    QueueSeries series;
    series.station = static_cast<int>(s);
    series.label =
        trace.stations[s].label.empty() ? trace.stations[s].name : trace.stations[s].label;
    series.points = station_steps(trace, static_cast<int>(s), max_points);
    out.push_back(std::move(series));
  }
  return out;
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
    CustomerTimes& c = out[position[s.agent]];
    trace::add_by_category(s.state, end_of(trace, s) - s.start, c.blocked, c.free, c.own);
    if (s.state == trace::State::arrived) c.arrived = s.start;
    if (s.state == trace::State::done) c.left = s.start;
  }
  return out;
}

Histogram queue_wait_histogram(const trace::Trace& trace, int station, int bins) {
  // One wait per visit to a line, as the summary counts them: a trace keeps no wait of no
  // time, so a service that follows no wait in line is a visit that waited 0.
  std::vector<Time> waits;
  std::vector<Time> waited(trace.agents.size(), -1);  // per customer: the wait just ended
  std::vector<std::int16_t> in_service(trace.agents.size(), -1);  // the step being served
  for (const Span& s : trace.spans) {
    if (!is_customer(trace, s.agent)) continue;
    if (trace::is_queued(s.state)) {
      waited[s.agent] = s.end == trace::kOpenEnd ? -1 : s.end - s.start;
      in_service[s.agent] = -1;
      continue;
    }
    // A service may take several spans (running, awaiting I/O...): its first one counts.
    if (!trace::is_in_service(s.state) || in_service[s.agent] == s.step) continue;
    in_service[s.agent] = s.step;
    const Time wait = std::max<Time>(waited[s.agent], 0);
    waited[s.agent] = -1;
    if (station < 0 || s.station == station) waits.push_back(wait);
  }
  Histogram h;
  const auto n = static_cast<Time>(std::max(bins, 1));
  h.counts.assign(static_cast<std::size_t>(n), 0);
  const Time longest = waits.empty() ? 0 : *std::max_element(waits.begin(), waits.end());
  // Round the width up so the longest wait still falls inside the last bin.
  h.bin_width = std::max<Time>(1, (longest + n) / n);
  for (const Time w : waits) {
    const Time bin = std::min(w / h.bin_width, n - 1);
    ++h.counts[static_cast<std::size_t>(bin)];
  }
  return h;
}

}  // namespace burgers::chart
