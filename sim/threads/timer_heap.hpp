#pragma once
// TimerHeap: the one (due, seq) timer heap of threads mode, used by the dispatcher's timers
// and by the event loops. Entries due at the same instant come out in the order they went
// in. Not thread-safe: its owner guards it. Threads-internal.
#include <chrono>
#include <cstdint>
#include <functional>
#include <queue>
#include <vector>

namespace burgers::threads {

template <class T>
class TimerHeap {
 public:
  using Clock = std::chrono::steady_clock;
  struct Entry {
    Clock::time_point due;
    std::uint64_t seq;
    T value;
    bool operator>(const Entry& o) const { return due != o.due ? due > o.due : seq > o.seq; }
  };

  void push(Clock::time_point due, T value) { heap_.push(Entry{due, seq_++, std::move(value)}); }
  bool empty() const { return heap_.empty(); }
  const Entry& top() const { return heap_.top(); }
  Entry pop() {
    Entry e = heap_.top();
    heap_.pop();
    return e;
  }
  // Whether the first entry is due at `now`.
  bool due(Clock::time_point now) const { return !heap_.empty() && heap_.top().due <= now; }

 private:
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> heap_;
  std::uint64_t seq_ = 0;
};

}  // namespace burgers::threads
