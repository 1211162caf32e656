#pragma once
// The discrete-event kernel: a clock, a queue of timed wake-ups ordered by
// (time, scheduling sequence), a FIFO of same-instant wake-ups, and the list of
// live processes whose frames it owns. A wake-up resumes a coroutine or runs a TimedCall.
// Events, timers, resources and stores build on it; it knows none of them.
// Include to drive a simulation or to write awaiters.
#include <coroutine>
#include <cstdint>
#include <string>
#include <vector>

#include "base/time.hpp"
#include "base/uint128.hpp"
#include "engine/ring.hpp"
#include "engine/wake_queue.hpp"

namespace burgers::engine {

class Process;

// What the scheduler runs at a given time instead of resuming a coroutine (engine::Timer
// triggers its event with one). The scheduler keeps `slot` and `pending`; `run` is the
// owner's.
struct TimedCall {
  void (*run)(TimedCall&) = nullptr;
  std::uint32_t slot = 0;
  bool pending = false;  // scheduled, and neither run nor cancelled yet
};

// Links a live process into its scheduler's list (the promise derives from it).
struct ProcessLink {
  ProcessLink* prev = nullptr;
  ProcessLink* next = nullptr;
};

class Scheduler {
 public:
  Scheduler();
  ~Scheduler();  // destroys every process frame still alive
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  Time now() const noexcept { return now_; }
  std::uint64_t events() const noexcept { return events_; }

  // Resume `h` at absolute time `t`; t <= now means at once, after what is already due now.
  void wake_at(Time t, std::coroutine_handle<> h) {
    if (t <= now_) {
      wake_now(h);
    } else {
      push_timed(t, reinterpret_cast<std::uintptr_t>(h.address()));
    }
  }
  // Resume `h` at the current instant, after everything already scheduled for it.
  void wake_now(std::coroutine_handle<> h) {
    push_ready(reinterpret_cast<std::uintptr_t>(h.address()));
  }

  // now + delay (delay >= 0). Past the end of int64 nanoseconds the run fails with a
  // message and kNever is returned (a wake-up there never runs): time never wraps around.
  Time deadline(Time delay);

  // Starts `process` at once: it runs until its first suspension. The scheduler owns
  // its frame from now on. `name` must outlive the process (a string literal).
  void spawn(Process process, const char* name = "process", std::int64_t id = -1);

  // Runs the next event; false when none is left or the run has failed.
  bool step();
  // Runs until no event is left or a process fails.
  void run();
  // Runs every event due at or before `t`; true if events remain after it (and no failure).
  bool run_until(Time t);
  // Runs at most `max_events` events due at or before `t`; returns how many ran.
  std::uint64_t run_until(Time t, std::uint64_t max_events);
  // Time of the next event, or kNever.
  Time next_time() const noexcept;
  bool has_events() const noexcept { return ready_count() != 0 || !timed_.empty(); }

  // A process threw: the run stops with this message. The first failure wins.
  void fail(std::string message);
  bool failed() const noexcept { return !failure_.empty(); }
  const std::string& failure() const noexcept { return failure_; }

  std::size_t live_processes() const noexcept { return live_count_; }

  // The scheduler running, starting or destroying a process on this thread right now.
  static Scheduler* current() noexcept { return current_; }

  struct TimeoutAwaiter {
    Scheduler& scheduler;
    Time delay;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) {
      scheduler.wake_at(scheduler.deadline(delay), h);
    }
    void await_resume() const noexcept {}
  };
  // co_await scheduler.timeout(d): resume d nanoseconds later (d == 0 yields).
  TimeoutAwaiter timeout(Time delay) noexcept { return {*this, delay < 0 ? 0 : delay}; }

  // Runs `call.run(call)` at absolute time `due` (due <= now: at once, after what is
  // already due now). `call` must stay put until it has run or is cancelled.
  void call_at(Time due, TimedCall& call);
  // A pending call will not run. Harmless on one that is not pending.
  void cancel(TimedCall& call) noexcept {
    if (!call.pending) return;
    calls_[call.slot] = nullptr;
    call.pending = false;
  }

 private:
  friend struct ProcessPromise;

  struct ReadyEntry {
    std::uint64_t seq;
    std::uintptr_t target;
  };

  void push_timed(Time t, std::uintptr_t target);
  void push_ready(std::uintptr_t target) { ready_.push_back(ReadyEntry{seq_++, target}); }
  std::size_t ready_count() const noexcept { return ready_.size(); }
  // Runs events due at or before `limit`, at most `max_events`, until none is left or the
  // run fails; returns how many ran.
  std::uint64_t run_events(Time limit, std::uint64_t max_events);
  // The next event due at or before `limit`, cancelled calls skipped; false if none.
  bool next_event(Time limit, std::uintptr_t& target);
  void run_call(std::uintptr_t target);
  bool is_cancelled(std::uintptr_t target) const noexcept;
  void release_call_slot(std::uintptr_t target);

  void link(ProcessLink& p) noexcept;
  void unlink(ProcessLink& p) noexcept;

  Time now_ = 0;
  std::uint64_t seq_ = 0;
  std::uint64_t events_ = 0;
  // Keys are time << 64 | sequence (one comparison orders both); targets are coroutine
  // frame addresses, or (call slot << 1) | 1.
  WakeQueue timed_;
  Ring<ReadyEntry> ready_;         // same-instant wake-ups, FIFO
  std::vector<TimedCall*> calls_;  // slots; nullptr once run or cancelled
  std::vector<std::uint32_t> free_call_slots_;
  ProcessLink live_;  // sentinel of the circular list of live processes
  std::size_t live_count_ = 0;
  std::string failure_;
  static thread_local Scheduler* current_;

  // Makes `s` current for a scope, restoring the previous one after.
  class CurrentScope {
   public:
    explicit CurrentScope(Scheduler* s) noexcept : previous_(current_) { current_ = s; }
    ~CurrentScope() { current_ = previous_; }
    CurrentScope(const CurrentScope&) = delete;
    CurrentScope& operator=(const CurrentScope&) = delete;

   private:
    Scheduler* previous_;
  };
};

}  // namespace burgers::engine
