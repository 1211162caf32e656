#pragma once
// GilLock: a real global interpreter lock for threads mode, with the rules of the
// simulation's model::Gil. A computing thread holds it; threads that want it wait in FIFO
// order; once the longest waiter has waited `interval` (counted from the later of the last
// hand-over and when it began to wait), the holder hands it over at its next check and
// joins the back of the line (round robin). A hand-over is direct: the waiter owns the GIL
// before it wakes, so the thread that let go cannot take it back first. Threads-internal.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <stop_token>

namespace burgers::threads {

class GilLock {
 public:
  using Clock = std::chrono::steady_clock;

  // A thread's place in the line: one per thread, reused, alive for as long as it waits.
  class Ticket {
    friend class GilLock;
    Clock::time_point since_;
    std::condition_variable_any granted_cv_;
    bool granted_ = false;
  };

  explicit GilLock(Clock::duration interval) : interval_(interval) {}
  GilLock(const GilLock&) = delete;
  GilLock& operator=(const GilLock&) = delete;

  Clock::duration interval() const { return interval_; }

  // Takes the GIL if nobody holds or wants it (true). Otherwise joins the back of the line
  // (false) and the thread must then wait(ticket).
  bool take_or_join(Ticket& ticket);
  // Waits in line until the GIL is handed to this thread (true), or until stop is requested
  // (false: out of the line and not holding it).
  bool wait(Ticket& ticket, std::stop_token stop);
  // The holder lets go: the longest waiter holds it from now on.
  void release();

  // The holder's check between two slices of computation (one atomic load): whether the
  // longest waiter has waited the interval, so that the GIL must change hands now.
  bool must_yield(Clock::time_point now) const {
    return now.time_since_epoch().count() >= drop_at_.load(std::memory_order_acquire);
  }
  // How long the holder may compute before its next check: until a hand-over is due, and
  // never longer than the interval (a thread may start waiting meanwhile).
  Clock::duration until_check(Clock::time_point now) const;
  // The holder hands the GIL to the longest waiter and joins the back of the line (false:
  // then wait(ticket)). True if nobody waits any more: it keeps the GIL.
  bool pass_and_join(Ticket& ticket);

  // Observations for tests and reports.
  std::size_t waiting() const;
  bool held() const;
  std::uint64_t hand_overs() const;
  // When the holder got the GIL (taken, or handed over to it).
  Clock::time_point taken_at() const;

 private:
  static constexpr std::int64_t kNoDrop = INT64_MAX;
  void join(Ticket& ticket, Clock::time_point now);
  void hand_over(Clock::time_point now);
  void update_drop_at();

  const Clock::duration interval_;
  mutable std::mutex mutex_;
  std::deque<Ticket*> line_;  // FIFO; the front has waited longest
  bool held_ = false;
  Clock::time_point taken_at_;
  std::uint64_t hand_overs_ = 0;
  std::atomic<std::int64_t> drop_at_{kNoDrop};  // steady-clock ns: when the holder must let go
};

}  // namespace burgers::threads
