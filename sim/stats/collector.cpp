#include "stats/collector.hpp"

#include <algorithm>

namespace burgers::stats {

using trace::State;

namespace {

Time rounded_mean(uint128 total, std::int64_t count) {
  if (count <= 0) return 0;
  const auto n = static_cast<uint128>(count);
  return static_cast<Time>((total + n / 2) / n);
}

}  // namespace

void Collector::Area::change(Time t, std::int64_t delta, Time warmup) {
  const Time from = std::max(last, warmup);
  if (t > from) {
    area += static_cast<uint128>(level) * static_cast<uint128>(t - from);
    peak = std::max(peak, level);  // held over [last, t), part of it after the warm-up
  }
  if (t > last) last = t;
  level += delta;
}

std::int64_t Collector::Area::highest(Time now, Time warmup) const {
  return now >= warmup ? std::max(peak, level) : peak;
}

uint128 Collector::Area::total(Time now, Time warmup) const {
  const Time from = std::max(last, warmup);
  uint128 sum = area;
  if (now > from) sum += static_cast<uint128>(level) * static_cast<uint128>(now - from);
  return sum;
}

double Collector::Area::mean(Time now, Time warmup) const {
  if (now <= warmup) return 0;
  return static_cast<double>(total(now, warmup)) / static_cast<double>(now - warmup);
}

Collector::Collector(std::vector<StationMeta> stations, CollectorOptions options,
                     std::vector<GroupMeta> groups)
    : options_(options) {
  stations_.reserve(stations.size());
  for (StationMeta& meta : stations) {
    StationStats s;
    s.meta = std::move(meta);
    stations_.push_back(std::move(s));
  }
  groups_.reserve(groups.size());
  for (GroupMeta& meta : groups) {
    GroupStats g;
    g.meta = std::move(meta);
    groups_.push_back(std::move(g));
  }
}

Collector::GroupStats* Collector::group_of(trace::AgentId agent) {
  if (groups_.size() == 1) return &groups_[0];
  if (agent >= group_of_agent_.size()) return nullptr;
  const std::int16_t g = group_of_agent_[agent];
  return g >= 0 && static_cast<std::size_t>(g) < groups_.size()
             ? &groups_[static_cast<std::size_t>(g)]
             : nullptr;
}

Collector::Area* Collector::split_of(StationStats& st, State s) {
  switch (s) {
    case State::busy:
    case State::switching:
      return &st.cpu;
    case State::io_wait:
      return &st.io_held;
    case State::ready:
      return &st.core_wait;
    case State::gil_wait:
      return &st.gil_wait;
    default:
      return nullptr;
  }
}

Collector::StationStats* Collector::station_of(const trace::Track& track) {
  if (track.station < 0 || static_cast<std::size_t>(track.station) >= stations_.size())
    return nullptr;
  return &stations_[static_cast<std::size_t>(track.station)];
}

void Collector::on_agent(trace::AgentId id, const trace::Agent& agent) {
  if (groups_.size() <= 1) return;
  if (group_of_agent_.size() <= id) group_of_agent_.resize(id + 1, -1);
  group_of_agent_[id] = agent.kind == trace::AgentKind::customer ? agent.group : -1;
}

void Collector::on_open(const trace::Track& track) {
  const Time t = track.since;
  if (track.state == State::arrived) {
    if (t < options_.warmup) return;
    ++arrived_;
    if (GroupStats* g = group_of(track.agent)) {
      ++g->arrived;
      g->first_arrival = std::min(g->first_arrival, t);
    }
    return;
  }
  StationStats* st = station_of(track);
  if (st == nullptr) return;
  if (trace::is_queued(track.state)) {
    st->queue.change(t, +1, options_.warmup);
  } else if (!trace::is_customer_state(track.state) && trace::holds_job(track.state)) {
    st->busy.change(t, +1, options_.warmup);
    split_of(*st, track.state)->change(t, +1, options_.warmup);
  }
}

void Collector::on_close(const trace::Track& track, Time end, State next) {
  StationStats* st = station_of(track);
  if (st == nullptr) return;
  const Time length = end - track.since;
  const bool counted = track.since >= options_.warmup;
  if (trace::is_queued(track.state)) {
    st->queue.change(end, -1, options_.warmup);
    if (counted) {
      ++st->waits;
      st->wait_total += static_cast<uint128>(length);
      st->wait_histogram.add(length);
    }
  } else if (trace::is_in_service(track.state)) {
    // A job's service may take several spans (running, awaiting I/O, waiting for a core...):
    // they add up, and the job counts once, when its last one ends.
    if (counted) {
      st->service_total += static_cast<uint128>(length);
      if (!trace::is_in_service(next)) ++st->served;
    }
  } else if (!trace::is_customer_state(track.state) && trace::holds_job(track.state)) {
    st->busy.change(end, -1, options_.warmup);
    split_of(*st, track.state)->change(end, -1, options_.warmup);
  }
}

void Collector::on_finish(const trace::Track& track, Time t) {
  makespan_ = std::max(makespan_, t);
  if (track.arrived < options_.warmup) return;
  ++served_;
  const Time sojourn = t - track.arrived;
  sojourn_total_ += static_cast<uint128>(sojourn);
  blocked_total_ += static_cast<uint128>(track.blocked);
  free_total_ += static_cast<uint128>(track.free);
  own_total_ += static_cast<uint128>(track.own);
  sojourn_histogram_.add(sojourn);
  if (GroupStats* g = group_of(track.agent)) {
    ++g->served;
    g->sojourn_total += static_cast<uint128>(sojourn);
    g->sojourn_histogram.add(sojourn);
    g->makespan = std::max(g->makespan, t);
  }
}

std::int64_t Collector::queue_length(int station) const {
  return stations_[static_cast<std::size_t>(station)].queue.level;
}

std::int64_t Collector::staff_busy(int station) const {
  return stations_[static_cast<std::size_t>(station)].busy.level;
}

Summary Collector::summarize(Time now, std::uint64_t events) const {
  Summary s;
  s.end_time = now;
  s.events = events;
  CustomerSummary& c = s.customers;
  c.arrived = arrived_;
  c.served = served_;
  c.mean_sojourn = rounded_mean(sojourn_total_, served_);
  c.mean_blocked = rounded_mean(blocked_total_, served_);
  c.mean_free = rounded_mean(free_total_, served_);
  c.mean_own = rounded_mean(own_total_, served_);
  c.sojourn = {sojourn_histogram_.percentile(0.5), sojourn_histogram_.percentile(0.9),
               sojourn_histogram_.percentile(0.99)};
  c.makespan = makespan_;
  const Time window = now - options_.warmup;
  for (const StationStats& st : stations_) {
    StationSummary out;
    out.name = st.meta.name;
    out.label = st.meta.label;
    out.staff = st.meta.staff;
    out.served = st.served;
    const uint128 busy = st.busy.total(now, options_.warmup);
    out.busy_time = static_cast<Time>(busy);
    out.cpu_time = static_cast<Time>(st.cpu.total(now, options_.warmup));
    out.io_blocked_time = static_cast<Time>(st.io_held.total(now, options_.warmup));
    out.core_wait_time = static_cast<Time>(st.core_wait.total(now, options_.warmup));
    out.gil_wait_time = static_cast<Time>(st.gil_wait.total(now, options_.warmup));
    out.utilization =
        window > 0 && st.meta.staff > 0
            ? static_cast<double>(busy) / (static_cast<double>(window) * st.meta.staff)
            : 0.0;
    out.mean_queue_wait = rounded_mean(st.wait_total, st.waits);
    out.mean_queue_length = st.queue.mean(now, options_.warmup);
    out.max_queue_length = st.queue.highest(now, options_.warmup);
    out.queue_wait = {st.wait_histogram.percentile(0.5), st.wait_histogram.percentile(0.9),
                      st.wait_histogram.percentile(0.99)};
    out.mean_service = rounded_mean(st.service_total, st.served);
    s.stations.push_back(std::move(out));
  }
  summarize_groups(s);
  return s;
}

void Collector::summarize_groups(Summary& s) const {
  for (const GroupStats& g : groups_) {
    GroupSummary out;
    out.name = g.meta.name;
    out.label = g.meta.label;
    out.arrived = g.arrived;
    out.served = g.served;
    out.mean_sojourn = rounded_mean(g.sojourn_total, g.served);
    out.sojourn = {g.sojourn_histogram.percentile(0.5), g.sojourn_histogram.percentile(0.9),
                   g.sojourn_histogram.percentile(0.99)};
    out.first_arrival = g.first_arrival == kNever ? 0 : g.first_arrival;
    out.makespan = g.makespan;
    const Time window = g.makespan - out.first_arrival;
    out.throughput = g.served > 0 && window > 0
                         ? static_cast<double>(g.served) / (static_cast<double>(window) / kSecond)
                         : 0.0;
    s.groups.push_back(std::move(out));
  }
}

}  // namespace burgers::stats
