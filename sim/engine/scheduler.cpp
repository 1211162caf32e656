#include "engine/scheduler.hpp"

#include <cassert>
#include <exception>
#include <string>

#include "engine/process.hpp"

namespace burgers::engine {

namespace {

constexpr std::uintptr_t kCallTag = 1;

uint128 make_key(Time t, std::uint64_t seq) {
  return (static_cast<uint128>(static_cast<std::uint64_t>(t)) << 64) | seq;
}

}  // namespace

thread_local Scheduler* Scheduler::current_ = nullptr;

Scheduler::Scheduler() {
  live_.prev = live_.next = &live_;
}

Scheduler::~Scheduler() {
  const CurrentScope scope(this);
  // Destroying a frame runs its promise's destructor, which unlinks it.
  while (live_.next != &live_) {
    auto* promise = static_cast<ProcessPromise*>(live_.next);
    std::coroutine_handle<ProcessPromise>::from_promise(*promise).destroy();
  }
  for (TimedCall* call : calls_) {
    if (call != nullptr)
      call->pending = false;  // its owner, destroyed later, has nothing to cancel
  }
}

void Scheduler::spawn(Process process, const char* name, std::int64_t id) {
  auto handle = process.release();
  assert(handle);
  ProcessPromise& promise = handle.promise();
  promise.name = name;
  promise.id = id;
  link(promise);
  if (failed()) return;  // the run is over: it stays parked and is freed at teardown
  const CurrentScope scope(this);
  handle.resume();
}

void Scheduler::link(ProcessLink& p) noexcept {
  p.prev = live_.prev;
  p.next = &live_;
  live_.prev->next = &p;
  live_.prev = &p;
  ++live_count_;
}

void Scheduler::unlink(ProcessLink& p) noexcept {
  if (p.next == nullptr) return;
  p.prev->next = p.next;
  p.next->prev = p.prev;
  p.prev = p.next = nullptr;
  --live_count_;
}

void Scheduler::push_timed(Time t, std::uintptr_t target) {
  timed_.push(make_key(t, seq_++), target);
}

void Scheduler::call_at(Time due, TimedCall& call) {
  std::uint32_t slot;
  if (!free_call_slots_.empty()) {
    slot = free_call_slots_.back();
    free_call_slots_.pop_back();
    calls_[slot] = &call;
  } else {
    slot = static_cast<std::uint32_t>(calls_.size());
    calls_.push_back(&call);
  }
  call.slot = slot;
  call.pending = true;
  const std::uintptr_t target = (static_cast<std::uintptr_t>(slot) << 1) | kCallTag;
  if (due <= now_) {
    push_ready(target);
  } else {
    push_timed(due, target);
  }
}

bool Scheduler::is_cancelled(std::uintptr_t target) const noexcept {
  return (target & kCallTag) != 0 && calls_[target >> 1] == nullptr;
}

void Scheduler::release_call_slot(std::uintptr_t target) {
  free_call_slots_.push_back(static_cast<std::uint32_t>(target >> 1));
}

void Scheduler::run_call(std::uintptr_t target) {
  const auto slot = static_cast<std::uint32_t>(target >> 1);
  TimedCall* call = calls_[slot];
  calls_[slot] = nullptr;
  free_call_slots_.push_back(slot);
  call->pending = false;
  call->run(*call);
}

inline bool Scheduler::next_event(Time limit, std::uintptr_t& target) {
  for (;;) {
    if (!ready_.empty()) {
      const ReadyEntry& front = ready_.front();
      // A timed entry due now that was scheduled before the ready entry goes first.
      if (!timed_.empty() && timed_.top().key < make_key(now_, front.seq)) {
        target = timed_.pop();
      } else {
        target = ready_.pop_front().target;
      }
    } else if (!timed_.empty()) {
      if (is_cancelled(timed_.top().target)) {
        release_call_slot(timed_.pop());  // a cancelled call neither moves the clock nor counts
        continue;
      }
      const auto due = static_cast<Time>(static_cast<std::uint64_t>(timed_.top().key >> 64));
      if (due > limit) return false;
      now_ = due;
      target = timed_.pop();
    } else {
      return false;
    }
    if (!is_cancelled(target)) return true;
    release_call_slot(target);
  }
}

std::uint64_t Scheduler::run_events(Time limit, std::uint64_t max_events) {
  const CurrentScope scope(this);
  std::uint64_t ran = 0;
  std::uintptr_t target = 0;
  while (ran < max_events && !failed() && next_event(limit, target)) {
    ++events_;
    ++ran;
    if ((target & kCallTag) != 0) {
      run_call(target);
    } else {
      std::coroutine_handle<>::from_address(reinterpret_cast<void*>(target)).resume();
    }
  }
  return ran;
}

bool Scheduler::step() {
  return run_events(kNever, 1) == 1;
}

void Scheduler::run() {
  run_events(kNever, ~std::uint64_t{0});
}

Time Scheduler::next_time() const noexcept {
  // May report a cancelled call's time: harmless, step() skips it without running anything.
  if (!ready_.empty()) return now_;
  if (!timed_.empty()) return static_cast<Time>(static_cast<std::uint64_t>(timed_.top().key >> 64));
  return kNever;
}

bool Scheduler::run_until(Time t) {
  run_events(t, ~std::uint64_t{0});
  return has_events() && !failed();
}

std::uint64_t Scheduler::run_until(Time t, std::uint64_t max_events) {
  return run_events(t, max_events);
}

Time Scheduler::deadline(Time delay) {
  const Time due = add_saturated(now_, delay);
  if (due == kNever) {
    fail("simulated time passed " + format_duration(kNever) +
         " (about 292 years, all that 64-bit nanoseconds can count): a random draw was far "
         "beyond the mean of its distribution");
  }
  return due;
}

void Scheduler::fail(std::string message) {
  if (failure_.empty()) failure_ = std::move(message);
}

void ProcessPromise::FinalAwaiter::await_suspend(
    std::coroutine_handle<ProcessPromise> h) const noexcept {
  h.destroy();  // legal here: the coroutine is suspended at its final point
}

void ProcessPromise::unhandled_exception() noexcept {
  std::string what = "unknown exception";
  try {
    throw;
  } catch (const std::exception& e) {
    what = e.what();
  } catch (...) {
  }
  std::string who = name;
  if (id >= 0) who += " " + std::to_string(id);
  if (Scheduler* s = Scheduler::current()) s->fail("process '" + who + "' failed: " + what);
}

}  // namespace burgers::engine
