#include "chart/run_digest.hpp"

#include <algorithm>

namespace burgers::chart {

using trace::Span;
using trace::State;

void StateBuckets::add(Time start, Time end, State state) {
  if (end <= start) return;
  while (end > width_ * static_cast<Time>(limit_)) {  // the run outgrew the buckets
    std::vector<std::array<Time, trace::kStateCount>> merged((time_.size() + 1) / 2);
    for (std::size_t i = 0; i < time_.size(); ++i) {
      for (std::size_t k = 0; k < merged[i / 2].size(); ++k) merged[i / 2][k] += time_[i][k];
    }
    time_ = std::move(merged);
    width_ *= 2;
  }
  const auto last = static_cast<std::size_t>((end - 1) / width_);
  if (time_.size() <= last) time_.resize(last + 1, std::array<Time, trace::kStateCount>{});
  for (auto b = static_cast<std::size_t>(start / width_); b <= last; ++b) {
    const Time from = std::max(start, static_cast<Time>(b) * width_);
    const Time to = std::min(end, static_cast<Time>(b + 1) * width_);
    time_[b][static_cast<std::size_t>(state)] += to - from;
  }
}

bool StateBuckets::dominant(Time t0, Time t1, State& state) const {
  if (t1 <= t0 || time_.empty()) return false;
  std::array<Time, trace::kStateCount> sum{};
  const auto first = static_cast<std::size_t>(t0 / width_);
  const auto last = std::min(static_cast<std::size_t>((t1 - 1) / width_), time_.size() - 1);
  for (std::size_t b = first; b <= last && b < time_.size(); ++b) {
    for (std::size_t k = 0; k < sum.size(); ++k) sum[k] += time_[b][k];
  }
  const auto best = std::max_element(sum.begin(), sum.end());
  if (*best <= 0) return false;
  state = static_cast<State>(best - sum.begin());
  return true;
}

RunDigest::RunDigest(const trace::Trace& header, std::int64_t customers, DigestOptions options)
    : header_(header),
      options_(options),
      inside_(options.series_points),
      in_line_(options.series_points) {
  for (std::size_t i = 0; i < header.stations.size(); ++i)
    queues_.emplace_back(options.series_points);
  for (int c = 0; c < header.cores; ++c) {
    cores_.push_back({"Core " + std::to_string(c + 1), StateBuckets(options.buckets)});
  }
  core_since_.assign(cores_.size(), -1);
  core_state_.assign(cores_.size(), State::idle);
  window_.scenario = header.scenario;
  window_.title = header.title;
  window_.stations = header.stations;
  window_.groups = header.groups;
  window_.cores = header.cores;
  const auto k = static_cast<std::int64_t>(options.window_customers);
  window_count_ = std::min(k, customers);
  window_first_ = std::max<std::int64_t>(0, (customers - k) / 2) + 1;
}

void RunDigest::agent(trace::AgentId id, const trace::Agent& agent) {
  if (kinds_.size() <= id) {
    kinds_.resize(id + 1);
    lane_.resize(id + 1, -1);
    window_id_.resize(id + 1, kOutside);
    waited_.resize(id + 1, -1);
    service_step_.resize(id + 1, -1);
  }
  kinds_[id] = agent;
  if (agent.kind != trace::AgentKind::staff) return;
  lane_[id] = static_cast<std::int32_t>(staff_.size());
  staff_.push_back({header_.agent_name(agent), StateBuckets(options_.buckets)});
  Span none;
  none.agent = trace::kNoAgent;
  open_staff_.push_back(none);
  window_id_[id] = static_cast<std::uint32_t>(window_.agents.size());
  window_.agents.push_back(agent);
  window_open_.push_back(kOutside);
}

Span RunDigest::in_window(const Span& s) const {
  Span w = s;
  w.agent = window_id_[s.agent];
  w.customer = s.customer < window_id_.size() ? window_id_[s.customer] : trace::kNoAgent;
  if (w.customer == kOutside) w.customer = trace::kNoAgent;
  return w;
}

void RunDigest::add_to_window(const Span& s) {
  const std::uint32_t id = window_id_[s.agent];
  if (id == kOutside) return;
  if (!trace::is_instant(s.state)) {
    window_open_[id] = static_cast<std::uint32_t>(window_.spans.size());
  }
  Span w = in_window(s);
  if (!trace::is_instant(s.state)) w.end = trace::kOpenEnd;
  window_.spans.push_back(w);
}

void RunDigest::open_window(Time t) {
  window_open_now_ = true;
  window_start_ = t;
  // The staff's spans under way when the window opens begin before it: the chart clips them.
  for (const Span& s : open_staff_) {
    if (s.agent != trace::kNoAgent) add_to_window(s);
  }
}

void RunDigest::begin(const Span& s) {
  if (s.agent >= kinds_.size()) return;
  const std::int32_t lane = lane_[s.agent];
  if (lane >= 0) {
    open_staff_[static_cast<std::size_t>(lane)] = s;
  } else if (kinds_[s.agent].kind == trace::AgentKind::customer) {
    if (s.state == State::arrived) {
      ++customers_seen_;
      inside_.change(s.start, +1);
      const std::int64_t position = customers_seen_ - window_first_;
      if (position == 0 && !window_closed_) open_window(s.start);
      if (position >= 0 && position < window_count_) {
        window_id_[s.agent] = static_cast<std::uint32_t>(window_.agents.size());
        window_.agents.push_back(kinds_[s.agent]);
        window_open_.push_back(kOutside);
      }
    } else if (s.state == State::done) {
      inside_.change(s.start, -1);
    } else if (trace::is_queued(s.state)) {
      service_step_[s.agent] = -1;
      in_line_.change(s.start, +1);
      if (s.station >= 0 && static_cast<std::size_t>(s.station) < queues_.size())
        queues_[static_cast<std::size_t>(s.station)].change(s.start, +1);
    } else if (trace::is_in_service(s.state) && service_step_[s.agent] != s.step) {
      // One wait per visit, at its service's first span: the wait that just ended, or none
      // at all (served at once).
      service_step_[s.agent] = s.step;
      waits_.add(std::max<Time>(waited_[s.agent], 0));
      waited_[s.agent] = -1;
    }
  }
  if (window_open_now_) add_to_window(s);
}

void RunDigest::end(const Span& s) {
  if (s.agent >= kinds_.size()) return;
  const std::int32_t lane = lane_[s.agent];
  if (lane >= 0) {
    staff_[static_cast<std::size_t>(lane)].states.add(s.start, s.end, s.state);
    open_staff_[static_cast<std::size_t>(lane)].agent = trace::kNoAgent;
    if (s.core >= 0 && static_cast<std::size_t>(s.core) < cores_.size())
      cores_[static_cast<std::size_t>(s.core)].states.add(s.start, s.end, s.state);
  } else if (trace::is_queued(s.state)) {
    in_line_.change(s.end, -1);
    if (s.station >= 0 && static_cast<std::size_t>(s.station) < queues_.size())
      queues_[static_cast<std::size_t>(s.station)].change(s.end, -1);
    waited_[s.agent] = s.end - s.start;
  }
  if (!window_open_now_) return;
  const std::uint32_t id = window_id_[s.agent];
  if (id == kOutside) return;
  if (window_open_[id] != kOutside) {
    window_.spans[window_open_[id]].end = s.end;
    window_open_[id] = kOutside;
  }
  if (s.state == State::done && ++window_left_ == window_count_) {
    // Every window customer has left: the window ends here.
    window_open_now_ = false;
    window_closed_ = true;
    window_end_ = s.end;
  }
}

void RunDigest::finish(Time end_time) {
  end_time_ = end_time;
  for (std::size_t i = 0; i < staff_.size(); ++i) {
    const Span& s = open_staff_[i];
    if (s.agent == trace::kNoAgent) continue;
    staff_[i].states.add(s.start, end_time, s.state);
    if (s.core >= 0 && static_cast<std::size_t>(s.core) < cores_.size())
      cores_[static_cast<std::size_t>(s.core)].states.add(s.start, end_time, s.state);
  }
  if (!window_closed_) {
    window_end_ = end_time;
    window_open_now_ = false;
    window_closed_ = window_count_ > 0;
  }
  for (Span& s : window_.spans) {
    if (s.end == trace::kOpenEnd || s.end > window_end_) s.end = window_end_;
  }
  window_.end_time = window_end_;
}

std::vector<QueueSeries> RunDigest::queues() const {
  std::vector<QueueSeries> out;
  for (std::size_t s = 0; s < queues_.size(); ++s) {
    QueueSeries series;
    series.station = static_cast<int>(s);
    series.label =
        header_.stations[s].label.empty() ? header_.stations[s].name : header_.stations[s].label;
    series.points = queues_[s].points(end_time_);
    out.push_back(std::move(series));
  }
  return out;
}

Histogram RunDigest::waits(int bins) const {
  Histogram h;
  const auto n = static_cast<Time>(std::max(bins, 1));
  h.counts.assign(static_cast<std::size_t>(n), 0);
  h.bin_width = std::max<Time>(1, (waits_.largest() + n) / n);
  waits_.for_each([&](Time value, std::int64_t count) {
    h.counts[static_cast<std::size_t>(std::min(value / h.bin_width, n - 1))] += count;
  });
  return h;
}

}  // namespace burgers::chart
