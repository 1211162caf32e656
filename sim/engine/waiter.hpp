#pragma once
// Intrusive waiter lists: an awaiter lives in the waiting coroutine's frame and links
// itself into the list of what it waits for, so waiting allocates nothing.
#include <coroutine>

#include "engine/scheduler.hpp"

namespace burgers::engine {

struct Waiter {
  Waiter* prev = nullptr;
  Waiter* next = nullptr;
  bool linked = false;
  // Called once when what the waiter waits for happens.
  void (*notify)(Waiter&) = nullptr;
};

// A waiter that resumes one coroutine (through the scheduler's ready queue).
struct HandleWaiter : Waiter {
  Scheduler* scheduler = nullptr;
  std::coroutine_handle<> handle;

  // From now on, notifying this waiter resumes `h` on `s` at the current instant.
  void arm(Scheduler& s, std::coroutine_handle<> h) noexcept {
    scheduler = &s;
    handle = h;
    notify = &wake;
  }

 private:
  static void wake(Waiter& w) {
    auto& self = static_cast<HandleWaiter&>(w);
    self.scheduler->wake_now(self.handle);
  }
};

// FIFO of waiters: push at the back, wake from the front, remove from anywhere.
class WaiterList {
 public:
  bool empty() const noexcept { return head_ == nullptr; }
  Waiter* front() const noexcept { return head_; }

  void push_back(Waiter& w) noexcept {
    w.prev = tail_;
    w.next = nullptr;
    if (tail_ != nullptr) {
      tail_->next = &w;
    } else {
      head_ = &w;
    }
    tail_ = &w;
    w.linked = true;
  }

  Waiter* pop_front() noexcept {
    Waiter* w = head_;
    if (w != nullptr) remove(*w);
    return w;
  }

  void remove(Waiter& w) noexcept {
    if (!w.linked) return;
    if (w.prev != nullptr) {
      w.prev->next = w.next;
    } else {
      head_ = w.next;
    }
    if (w.next != nullptr) {
      w.next->prev = w.prev;
    } else {
      tail_ = w.prev;
    }
    w.prev = w.next = nullptr;
    w.linked = false;
  }

 private:
  Waiter* head_ = nullptr;
  Waiter* tail_ = nullptr;
};

}  // namespace burgers::engine
