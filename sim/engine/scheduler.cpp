#include "engine/scheduler.hpp"

#include <cassert>
#include <exception>
#include <string>

#include "engine/event.hpp"
#include "engine/process.hpp"

namespace burgers::engine {

namespace {

constexpr std::uintptr_t kTimerTag = 1;

uint128 make_key(Time t, std::uint64_t seq) {
  return (static_cast<uint128>(static_cast<std::uint64_t>(t)) << 64) | seq;
}

}  // namespace

thread_local Scheduler* Scheduler::current_ = nullptr;

Scheduler::Scheduler() {
  live_.prev = live_.next = &live_;
  ready_.resize(64);
  heap_.reserve(64);
}

Scheduler::~Scheduler() {
  const CurrentScope scope(this);
  // Destroying a frame runs its promise's destructor, which unlinks it.
  while (live_.next != &live_) {
    auto* promise = static_cast<ProcessPromise*>(live_.next);
    std::coroutine_handle<ProcessPromise>::from_promise(*promise).destroy();
  }
  for (Timer* timer : timers_) {
    if (timer != nullptr) timer->pending_ = false;
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

void Scheduler::push_heap(Time t, std::uintptr_t target) {
  // 4-ary heap: shallower than binary, and a node's children share a cache line.
  HeapEntry entry{make_key(t, seq_++), target};
  std::size_t i = heap_.size();
  heap_.push_back(entry);
  while (i > 0) {
    const std::size_t parent = (i - 1) / 4;
    if (heap_[parent].key <= entry.key) break;
    heap_[i] = heap_[parent];
    i = parent;
  }
  heap_[i] = entry;
}

std::uintptr_t Scheduler::pop_heap() {
  const std::uintptr_t target = heap_.front().target;
  const HeapEntry last = heap_.back();
  heap_.pop_back();
  const std::size_t n = heap_.size();
  if (n == 0) return target;
  std::size_t i = 0;
  for (;;) {
    const std::size_t first = 4 * i + 1;
    if (first >= n) break;
    std::size_t best = first;
    const std::size_t end = first + 4 < n ? first + 4 : n;
    for (std::size_t c = first + 1; c < end; ++c) {
      if (heap_[c].key < heap_[best].key) best = c;
    }
    if (last.key <= heap_[best].key) break;
    heap_[i] = heap_[best];
    i = best;
  }
  heap_[i] = last;
  return target;
}

void Scheduler::push_ready(std::uintptr_t target) {
  if (ready_count() == ready_.size()) grow_ready();
  ready_[ready_tail_++ & (ready_.size() - 1)] = ReadyEntry{seq_++, target};
}

void Scheduler::grow_ready() {
  std::vector<ReadyEntry> bigger(ready_.size() * 2);
  const std::size_t n = ready_count();
  for (std::size_t i = 0; i < n; ++i) bigger[i] = ready_[(ready_head_ + i) & (ready_.size() - 1)];
  ready_ = std::move(bigger);
  ready_head_ = 0;
  ready_tail_ = n;
}

std::uint32_t Scheduler::add_timer(Time due, Timer* timer) {
  std::uint32_t slot;
  if (!free_timer_slots_.empty()) {
    slot = free_timer_slots_.back();
    free_timer_slots_.pop_back();
    timers_[slot] = timer;
  } else {
    slot = static_cast<std::uint32_t>(timers_.size());
    timers_.push_back(timer);
  }
  const std::uintptr_t target = (static_cast<std::uintptr_t>(slot) << 1) | kTimerTag;
  if (due <= now_) {
    push_ready(target);
  } else {
    push_heap(due, target);
  }
  return slot;
}

bool Scheduler::is_cancelled(std::uintptr_t target) const noexcept {
  return (target & kTimerTag) != 0 && timers_[target >> 1] == nullptr;
}

void Scheduler::release_timer_slot(std::uintptr_t target) {
  free_timer_slots_.push_back(static_cast<std::uint32_t>(target >> 1));
}

void Scheduler::dispatch(std::uintptr_t target) {
  if ((target & kTimerTag) != 0) {
    const auto slot = static_cast<std::uint32_t>(target >> 1);
    Timer* timer = timers_[slot];
    timers_[slot] = nullptr;
    free_timer_slots_.push_back(slot);
    timer->fire();
    return;
  }
  std::coroutine_handle<>::from_address(reinterpret_cast<void*>(target)).resume();
}

bool Scheduler::step() {
  return step_before(kNever);
}

bool Scheduler::step_before(Time limit) {
  for (;;) {
    if (failed()) return false;
    std::uintptr_t target;
    if (ready_head_ != ready_tail_) {
      const ReadyEntry& front = ready_[ready_head_ & (ready_.size() - 1)];
      // A timed entry due now that was scheduled before the ready entry goes first.
      if (!heap_.empty() && heap_.front().key < make_key(now_, front.seq)) {
        target = pop_heap();
      } else {
        target = front.target;
        ++ready_head_;
      }
    } else if (!heap_.empty()) {
      if (is_cancelled(heap_.front().target)) {
        release_timer_slot(pop_heap());  // a cancelled timer neither moves the clock nor counts
        continue;
      }
      const auto due = static_cast<Time>(static_cast<std::uint64_t>(heap_.front().key >> 64));
      if (due > limit) return false;
      now_ = due;
      target = pop_heap();
    } else {
      return false;
    }
    if (is_cancelled(target)) {
      release_timer_slot(target);
      continue;
    }
    ++events_;
    const CurrentScope scope(this);
    dispatch(target);
    return true;
  }
}

void Scheduler::run() {
  while (step()) {
  }
}

Time Scheduler::next_time() const noexcept {
  // May report a cancelled timer's time: harmless, step() skips it without running anything.
  if (ready_head_ != ready_tail_) return now_;
  if (!heap_.empty()) return static_cast<Time>(static_cast<std::uint64_t>(heap_.front().key >> 64));
  return kNever;
}

bool Scheduler::run_until(Time t) {
  while (step_before(t)) {
  }
  return has_events() && !failed();
}

std::uint64_t Scheduler::run_until(Time t, std::uint64_t max_events) {
  std::uint64_t ran = 0;
  while (ran < max_events && step_before(t)) ++ran;
  return ran;
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
