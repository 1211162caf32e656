#include "stats/collector.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace burgers::stats {

using trace::State;

namespace {

Time rounded_mean(uint128 total, std::int64_t count) {
  if (count <= 0) return 0;
  const auto n = static_cast<uint128>(count);
  return static_cast<Time>((total + n / 2) / n);
}

// What a state means to the statistics, from trace's predicates, looked up once per span
// instead of walking them (every span opens and closes through here).
enum class Role : std::uint8_t {
  none,        // counts nowhere (idle staff, a customer's own activity, done)
  arrived,     // a customer walks in
  queued,      // a customer in a station's line
  in_service,  // a customer's job past the line
  holding,     // a staff member holding a job (utilization)
};
constexpr std::array<Role, trace::kStateCount> kRoles = [] {
  std::array<Role, trace::kStateCount> roles{};
  for (std::size_t i = 0; i < roles.size(); ++i) {
    const auto s = static_cast<State>(i);
    if (s == State::arrived) {
      roles[i] = Role::arrived;
    } else if (trace::is_queued(s)) {
      roles[i] = Role::queued;
    } else if (trace::is_in_service(s)) {
      roles[i] = Role::in_service;
    } else if (!trace::is_customer_state(s) && trace::holds_job(s)) {
      roles[i] = Role::holding;
    }
  }
  return roles;
}();
Role role_of(State s) {
  return kRoles[static_cast<std::size_t>(s)];
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

Collector::Collector(const trace::Trace& header, CollectorOptions options)
    : options_(options),
      scenario_(header.scenario),
      title_(header.title),
      variant_(header.variant) {
  stations_.reserve(header.stations.size());
  for (const trace::StationInfo& meta : header.stations) {
    StationStats s;
    s.meta = meta;
    stations_.push_back(std::move(s));
  }
  groups_.reserve(header.groups.size());
  for (const trace::GroupInfo& meta : header.groups) {
    GroupStats g;
    g.meta = meta;
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
  // Which part of busy time a staff state counts towards, looked up rather than switched on
  // (a switch compiles to an indirect jump, paid at every busy span).
  static constexpr auto kSplits = [] {
    const auto split = [](State state) -> Area StationStats::* {
      switch (state) {
        case State::busy:
        case State::switching:
          return &StationStats::cpu;
        case State::io_wait:
          return &StationStats::io_held;
        case State::ready:
          return &StationStats::core_wait;
        case State::gil_wait:
          return &StationStats::gil_wait;
        default:
          return nullptr;
      }
    };
    std::array<Area StationStats::*, trace::kStateCount> table{};
    for (std::size_t i = 0; i < table.size(); ++i) table[i] = split(static_cast<State>(i));
    return table;
  }();
  const auto member = kSplits[static_cast<std::size_t>(s)];
  return member == nullptr ? nullptr : &(st.*member);
}

Collector::StationStats* Collector::station_of(const trace::Track& track) {
  if (track.station < 0 || static_cast<std::size_t>(track.station) >= stations_.size())
    return nullptr;
  return &stations_[static_cast<std::size_t>(track.station)];
}

trace::Interest Collector::interest() const {
  // Only what on_open and on_close below read; agents only to tell groups apart.
  const auto roles = [](std::initializer_list<Role> wanted) {
    return trace::states_where([wanted](State s) {
      return std::find(wanted.begin(), wanted.end(), role_of(s)) != wanted.end();
    });
  };
  return {.agents = groups_.size() > 1,
          .opens = roles({Role::arrived, Role::queued, Role::holding}),
          .closes = roles({Role::queued, Role::in_service, Role::holding}),
          .finishes = true};
}

void Collector::on_agent(trace::AgentId id, const trace::Agent& agent) {
  if (groups_.size() <= 1) return;
  if (group_of_agent_.size() <= id) group_of_agent_.resize(id + 1, -1);
  group_of_agent_[id] = agent.kind == trace::AgentKind::customer ? agent.group : -1;
}

void Collector::on_open(const trace::Track& track) {
  const Time t = track.since;
  const Role role = role_of(track.state);
  if (role == Role::arrived) {
    if (t < options_.warmup) return;
    ++arrived_;
    if (GroupStats* g = group_of(track.agent)) {
      ++g->arrived;
      g->first_arrival = std::min(g->first_arrival, t);
    }
    return;
  }
  if (role != Role::queued && role != Role::holding) return;
  StationStats* st = station_of(track);
  if (st == nullptr) return;
  if (role == Role::queued) {
    st->queue.change(t, +1, options_.warmup);
  } else {
    split_of(*st, track.state)->change(t, +1, options_.warmup);
  }
}

void Collector::on_close(const trace::Track& track, Time end, State next) {
  const Role role = role_of(track.state);
  if (role == Role::none || role == Role::arrived) return;
  StationStats* st = station_of(track);
  if (st == nullptr) return;
  const Time length = end - track.since;
  const bool counted = track.since >= options_.warmup;
  if (role == Role::queued) {
    st->queue.change(end, -1, options_.warmup);
    if (counted) {
      ++st->waits;
      st->wait_total += static_cast<uint128>(length);
      st->wait_histogram.add(length);
    }
  } else if (role == Role::in_service) {
    // A job's service may take several spans (running, awaiting I/O, waiting for a core...):
    // they add up, and the job counts once, when its last one ends.
    if (counted) {
      st->service_total += static_cast<uint128>(length);
      if (role_of(next) != Role::in_service) ++st->served;
    }
  } else {
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
    // A single group's sojourns are all the sojourns: summarize reads sojourn_histogram_.
    if (groups_.size() > 1) g->sojourn_histogram.add(sojourn);
    g->makespan = std::max(g->makespan, t);
  }
}

std::int64_t Collector::queue_length(int station) const {
  return stations_[static_cast<std::size_t>(station)].queue.level;
}

std::int64_t Collector::staff_busy(int station) const {
  return stations_[static_cast<std::size_t>(station)].busy_level();
}

Summary Collector::summarize(Time now, std::uint64_t events) const {
  Summary s;
  s.scenario = scenario_;
  s.title = title_;
  s.variant = variant_;
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
    const uint128 cpu = st.cpu.total(now, options_.warmup);
    const uint128 io_held = st.io_held.total(now, options_.warmup);
    const uint128 core_wait = st.core_wait.total(now, options_.warmup);
    const uint128 gil_wait = st.gil_wait.total(now, options_.warmup);
    const uint128 busy = cpu + io_held + core_wait + gil_wait;
    out.busy_time = static_cast<Time>(busy);
    out.cpu_time = static_cast<Time>(cpu);
    out.io_blocked_time = static_cast<Time>(io_held);
    out.core_wait_time = static_cast<Time>(core_wait);
    out.gil_wait_time = static_cast<Time>(gil_wait);
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
    const Histogram& h = groups_.size() > 1 ? g.sojourn_histogram : sojourn_histogram_;
    out.sojourn = {h.percentile(0.5), h.percentile(0.9), h.percentile(0.99)};
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
