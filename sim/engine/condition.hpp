#pragma once
// all_of / any_of: wait for several events at once. The awaiter keeps one waiter node
// per event in the waiting coroutine's frame, so waiting allocates nothing.
//   co_await all_of(order_ready, drink_ready);
//   std::size_t first = co_await any_of(food_ready, Timer(s, 10 * kMinute));
#include <array>
#include <coroutine>
#include <cstddef>

#include "engine/event.hpp"

namespace burgers::engine {

namespace detail {

template <std::size_t N, bool Any>
class Condition {
 public:
  explicit Condition(const std::array<Event*, N>& events) noexcept : events_(events) {}
  Condition(const Condition&) = delete;
  Condition& operator=(const Condition&) = delete;
  Condition(Condition&&) noexcept = default;
  ~Condition() { detach(); }

  bool await_ready() noexcept {
    std::size_t pending = 0;
    for (std::size_t i = 0; i < N; ++i) {
      if (events_[i]->triggered()) {
        if (Any && first_ == N) first_ = i;
      } else {
        ++pending;
      }
    }
    return Any ? first_ != N : pending == 0;
  }

  void await_suspend(std::coroutine_handle<> h) noexcept {
    handle_ = h;
    remaining_ = 0;
    for (std::size_t i = 0; i < N; ++i) {
      if (events_[i]->triggered()) continue;
      children_[i].parent = this;
      children_[i].index = i;
      children_[i].notify = &on_event;
      events_[i]->add_waiter(children_[i]);
      ++remaining_;
    }
  }

  // any_of: index of the first event that fired; all_of: N.
  std::size_t await_resume() noexcept {
    detach();
    return Any ? first_ : N;
  }

 private:
  struct Child : Waiter {
    Condition* parent = nullptr;
    std::size_t index = 0;
  };

  static void on_event(Waiter& w) {
    auto& child = static_cast<Child&>(w);
    Condition& self = *child.parent;
    if (self.woken_) return;
    if (Any) {
      self.first_ = child.index;
    } else if (--self.remaining_ != 0) {
      return;
    }
    self.woken_ = true;
    self.events_[0]->scheduler().wake_now(self.handle_);
  }

  void detach() noexcept {
    for (std::size_t i = 0; i < N; ++i) events_[i]->remove_waiter(children_[i]);
  }

  std::array<Event*, N> events_;
  std::array<Child, N> children_{};
  std::coroutine_handle<> handle_;
  std::size_t remaining_ = 0;
  std::size_t first_ = N;
  bool woken_ = false;
};

}  // namespace detail

// Resumes when every event has been triggered.
template <class... E>
auto all_of(E&... events) {
  return detail::Condition<sizeof...(E), false>(std::array<Event*, sizeof...(E)>{&events...});
}

// Resumes when any event has been triggered; co_await yields its index.
template <class... E>
auto any_of(E&... events) {
  return detail::Condition<sizeof...(E), true>(std::array<Event*, sizeof...(E)>{&events...});
}

}  // namespace burgers::engine
