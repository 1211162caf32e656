#include "chart/trace_index.hpp"

#include <algorithm>
#include <cstring>

namespace burgers::chart {

using trace::AgentKind;
using trace::Span;
using trace::State;

namespace {

constexpr std::size_t kPoolBlock = std::size_t{1} << 20;  // span indices (4 MiB) a block

}  // namespace

// --- CustomerPool ---

SpanList TraceIndex::CustomerPool::spans(std::size_t position) const {
  const Slot& s = slots_[position];
  if (s.count == 0) return {};
  return {blocks_[s.at / kPoolBlock].get() + s.at % kPoolBlock, s.count};
}

std::uint32_t* TraceIndex::CustomerPool::place(std::size_t room, Slot& slot) {
  if (blocks_.empty() || used_ + room > kPoolBlock) {
    // Raw memory: pages are touched (resident) only as far as entries fill them.
    blocks_.emplace_back(static_cast<std::uint32_t*>(::operator new(kPoolBlock * 4)));
    used_ = 0;
  }
  slot.at = static_cast<std::uint32_t>((blocks_.size() - 1) * kPoolBlock + used_);
  slot.room = static_cast<std::uint16_t>(room);
  used_ += room;
  return blocks_.back().get() + slot.at % kPoolBlock;
}

void TraceIndex::CustomerPool::add_span(std::size_t position, std::uint32_t span, int group) {
  Slot& slot = slots_[position];
  const auto g = static_cast<std::size_t>(std::max(group, 0));
  if (group_room_.size() <= g) group_room_.resize(g + 1, 4);
  if (slot.count == slot.room) {
    // The first span, or more spans than room: a place with room for as many as the
    // group's customers have needed (so most customers never move), or twice as many.
    constexpr std::size_t kMost = 0x7fff;  // a customer with more spans shows no more
    if (slot.count >= kMost) return;
    const std::size_t room = std::min(
        kMost, std::max<std::size_t>(group_room_[g], static_cast<std::size_t>(slot.count) * 2));
    const std::uint32_t* old =
        slot.count > 0 ? blocks_[slot.at / kPoolBlock].get() + slot.at % kPoolBlock : nullptr;
    std::uint32_t* fresh = place(room, slot);
    if (old != nullptr) std::memcpy(fresh, old, slot.count * sizeof(std::uint32_t));
  }
  blocks_[slot.at / kPoolBlock].get()[slot.at % kPoolBlock + slot.count++] = span;
  group_room_[g] = std::max(group_room_[g], slot.count);
}

// --- TraceIndex ---

void TraceIndex::index_agents(const trace::Trace& trace) {
  for (; indexed_agents_ < trace.agents.size(); ++indexed_agents_) {
    const auto id = static_cast<trace::AgentId>(indexed_agents_);
    const trace::Agent& a = trace.agents[indexed_agents_];
    if (a.kind == AgentKind::customer) {
      if (customer_total_ < customer_limit_) {
        if (first_customer_ == trace::kNoAgent) first_customer_ = id;
        pool_.add_customer();
      } else if (customer_total_ == customer_limit_) {
        limit_agent_ = id;  // the first customer left out: every later agent is too
      }
      ++customer_total_;
    } else {
      if (a.kind == AgentKind::staff) {
        if (id < kDirectStaff) {
          if (staff_slot_.size() <= id) staff_slot_.resize(id + 1, kNotStaff);
          staff_slot_[id] = static_cast<std::uint32_t>(staff_.size());
        } else {
          far_staff_ = true;
        }
        staff_.push_back(id);
        by_staff_.emplace_back();
      }
      // Rare: an agent other than a customer among the customers.
      if (first_customer_ != trace::kNoAgent && id < limit_agent_) others_.push_back(id);
    }
  }
}

void TraceIndex::update(const trace::Trace& trace) {
  trace_ = &trace;
  has_gil_ = trace.gil;
  index_agents(trace);
  for (; indexed_spans_ < trace.spans.size(); ++indexed_spans_) {
    const Span& s = trace.spans[indexed_spans_];
    const auto index = static_cast<std::uint32_t>(indexed_spans_);
    if (s.end == trace::kOpenEnd) {
      open_.push_back(index);
    } else if (s.end > s.start || trace::is_instant(s.state)) {
      states_ |= 1u << static_cast<unsigned>(s.state);
    }
    if (s.agent >= trace.agents.size()) continue;
    const AgentKind kind = trace.agents[s.agent].kind;
    if (kind == AgentKind::customer) {
      const std::size_t position = customer_position(s.agent);
      if (position != SIZE_MAX) note_customer_span(position, s, index);
      continue;
    }
    if (kind != AgentKind::staff) continue;
    const std::size_t staff = staff_position(s.agent);
    if (staff != SIZE_MAX) by_staff_[staff].push_back(index);
    if (trace.gil && s.station >= 0 &&
        static_cast<std::size_t>(s.station) < trace.stations.size() &&
        trace.stations[static_cast<std::size_t>(s.station)].gil &&
        (s.state == State::busy || s.state == State::ready || s.state == State::switching)) {
      gil_.push_back(index);
    }
    if (s.core >= 0 && (s.state == State::busy || s.state == State::switching)) {
      if (by_core_.size() <= static_cast<std::size_t>(s.core))
        by_core_.resize(static_cast<std::size_t>(s.core) + 1);
      by_core_[static_cast<std::size_t>(s.core)].push_back(index);
    }
  }
  note_closed_spans(trace);
  if (static_cast<int>(by_core_.size()) < trace.cores)
    by_core_.resize(static_cast<std::size_t>(trace.cores));
}

void TraceIndex::note_closed_spans(const trace::Trace& trace) {
  open_states_ = 0;
  std::erase_if(open_, [&](std::uint32_t i) {
    const Span& s = trace.spans[i];
    const unsigned bit = 1u << static_cast<unsigned>(s.state);
    if (s.end == trace::kOpenEnd) {
      open_states_ |= bit;  // going on now: it does occur
      return false;
    }
    if (s.end > s.start || trace::is_instant(s.state)) states_ |= bit;
    return true;
  });
}

void TraceIndex::note_customer_span(std::size_t position, const Span& s, std::uint32_t index) {
  pool_.add_span(position, index, trace_->agents[s.agent].group);
  if (s.state != State::done) return;
  longest_stay_ = std::max(longest_stay_, s.start - customer_arrival(position));
  while (first_unfinished_ < pool_.customers() && customer_left(first_unfinished_) != kNever)
    ++first_unfinished_;
}

std::size_t TraceIndex::customer_position(trace::AgentId agent) const {
  // Customers are agents in arrival order; the few other agents among them are skipped.
  if (first_customer_ == trace::kNoAgent || agent < first_customer_ || agent >= limit_agent_)
    return SIZE_MAX;
  if (others_.empty()) {
    const std::size_t position = agent - first_customer_;
    return position < pool_.customers() ? position : SIZE_MAX;
  }
  const auto it = std::lower_bound(others_.begin(), others_.end(), agent);
  if (it != others_.end() && *it == agent) return SIZE_MAX;
  const std::size_t position =
      agent - first_customer_ - static_cast<std::size_t>(it - others_.begin());
  return position < pool_.customers() ? position : SIZE_MAX;
}

trace::AgentId TraceIndex::customer(std::size_t position) const {
  // The agent with `position` customers before it: past as many others as lie below it.
  std::size_t skipped = 0;
  for (;;) {
    const auto agent = static_cast<trace::AgentId>(first_customer_ + position + skipped);
    const auto below = static_cast<std::size_t>(
        std::upper_bound(others_.begin(), others_.end(), agent) - others_.begin());
    if (below == skipped) return agent;
    skipped = below;
  }
}

std::size_t TraceIndex::staff_position(trace::AgentId agent) const {
  if (agent < staff_slot_.size())
    return staff_slot_[agent] == kNotStaff ? SIZE_MAX : staff_slot_[agent];
  if (!far_staff_) return SIZE_MAX;
  const auto it = std::lower_bound(staff_.begin(), staff_.end(), agent);
  return it != staff_.end() && *it == agent ? static_cast<std::size_t>(it - staff_.begin())
                                            : SIZE_MAX;
}

Time TraceIndex::customer_arrival(std::size_t i) const {
  const SpanList spans = pool_.spans(i);
  if (spans.empty()) return kNever;
  return trace_->spans[spans.front()].start;  // the arrival instant comes first
}

Time TraceIndex::customer_left(std::size_t i) const {
  const SpanList spans = pool_.spans(i);
  if (spans.empty()) return kNever;
  const Span& last = trace_->spans[spans.back()];
  return last.state == State::done ? last.start : kNever;
}

SpanList TraceIndex::spans_of(trace::AgentId agent) const {
  if (const std::size_t staff = staff_position(agent); staff != SIZE_MAX) return by_staff_[staff];
  if (const std::size_t position = customer_position(agent); position != SIZE_MAX)
    return pool_.spans(position);
  return {};
}

SpanList TraceIndex::spans_on_core(int core) const {
  if (core < 0 || static_cast<std::size_t>(core) >= by_core_.size()) return {};
  return by_core_[static_cast<std::size_t>(core)];
}

std::pair<std::size_t, std::size_t> TraceIndex::customers_around(Time t) const {
  // Arrivals are in index order: binary searches find who arrived by t, and who arrived
  // before t minus the longest stay seen (those have left, unless still inside now).
  const auto arrived_by = [&](Time limit, bool inclusive) {
    std::size_t lo = 0, n = pool_.customers();
    while (lo < n) {
      const std::size_t mid = (lo + n) / 2;
      const Time arrival = customer_arrival(mid);
      if (inclusive ? arrival <= limit : arrival < limit) {
        lo = mid + 1;
      } else {
        n = mid;
      }
    }
    return lo;
  };
  const std::size_t last = arrived_by(t, true);
  const std::size_t first = std::min(arrived_by(t - longest_stay_, false), last);
  return {std::min(first, first_unfinished_), last};
}

}  // namespace burgers::chart
