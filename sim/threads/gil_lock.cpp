#include "threads/gil_lock.hpp"

#include <algorithm>

namespace burgers::threads {

bool GilLock::take_or_join(Ticket& ticket) {
  const std::lock_guard lock(mutex_);
  const Clock::time_point now = Clock::now();
  if (!held_ && line_.empty()) {
    held_ = true;
    taken_at_ = now;
    return true;
  }
  join(ticket, now);
  return false;
}

bool GilLock::wait(Ticket& ticket, std::stop_token stop) {
  std::unique_lock lock(mutex_);
  if (ticket.granted_cv_.wait(lock, stop, [&ticket] { return ticket.granted_; })) {
    ticket.granted_ = false;
    return true;
  }
  // Stopped while in line: leave it, so that nobody hands the GIL to a thread that left.
  line_.erase(std::find(line_.begin(), line_.end(), &ticket));
  update_drop_at();
  return false;
}

void GilLock::release() {
  const std::lock_guard lock(mutex_);
  hand_over(Clock::now());
}

bool GilLock::pass_and_join(Ticket& ticket) {
  const std::lock_guard lock(mutex_);
  if (line_.empty()) return true;
  const Clock::time_point now = Clock::now();
  hand_over(now);
  join(ticket, now);
  return false;
}

GilLock::Clock::duration GilLock::until_check(Clock::time_point now) const {
  const std::int64_t drop = drop_at_.load(std::memory_order_acquire);
  if (drop == kNoDrop) return interval_;
  const auto left = Clock::duration(drop - now.time_since_epoch().count());
  return std::clamp(left, Clock::duration::zero(), interval_);
}

std::size_t GilLock::waiting() const {
  const std::lock_guard lock(mutex_);
  return line_.size();
}

bool GilLock::held() const {
  const std::lock_guard lock(mutex_);
  return held_;
}

std::uint64_t GilLock::hand_overs() const {
  const std::lock_guard lock(mutex_);
  return hand_overs_;
}

GilLock::Clock::time_point GilLock::taken_at() const {
  const std::lock_guard lock(mutex_);
  return taken_at_;
}

void GilLock::join(Ticket& ticket, Clock::time_point now) {
  ticket.since_ = now;
  ticket.granted_ = false;
  line_.push_back(&ticket);
  update_drop_at();
}

// Under the mutex. Notifies while still holding it: the woken thread may return and end
// (its ticket with it) as soon as it sees `granted_`, so nothing may touch the ticket after.
void GilLock::hand_over(Clock::time_point now) {
  if (line_.empty()) {
    held_ = false;
    update_drop_at();
    return;
  }
  Ticket* next = line_.front();
  line_.pop_front();
  taken_at_ = now;  // it stays held, by `next`
  ++hand_overs_;
  update_drop_at();
  next->granted_ = true;
  next->granted_cv_.notify_one();
}

void GilLock::update_drop_at() {
  std::int64_t drop = kNoDrop;
  if (held_ && !line_.empty()) {
    const Clock::time_point from = std::max(taken_at_, line_.front()->since_);
    drop = (from + interval_).time_since_epoch().count();
  }
  drop_at_.store(drop, std::memory_order_release);
}

}  // namespace burgers::threads
