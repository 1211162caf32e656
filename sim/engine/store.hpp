#pragma once
// Store<T>: a FIFO of items with an optional capacity (SimPy's Store). get() waits
// while it is empty; put() waits while it is full. An item put while a getter waits
// goes straight to the longest-waiting getter.
#include <coroutine>
#include <cstddef>
#include <limits>
#include <optional>
#include <utility>

#include "engine/ring.hpp"
#include "engine/scheduler.hpp"
#include "engine/waiter.hpp"

namespace burgers::engine {

template <class T>
class Store {
 public:
  static constexpr std::size_t kUnlimited = std::numeric_limits<std::size_t>::max();

  explicit Store(Scheduler& scheduler, std::size_t capacity = kUnlimited) noexcept
      : scheduler_(&scheduler), capacity_(capacity) {}
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  std::size_t size() const noexcept { return items_.size(); }
  std::size_t capacity() const noexcept { return capacity_; }
  bool has_getters() const noexcept { return !getters_.empty(); }

  struct GetAwaiter : HandleWaiter {
    Store& store;
    std::optional<T> item;
    explicit GetAwaiter(Store& s) noexcept : store(s) {}
    bool await_ready() {
      if (store.items_.empty() || !store.getters_.empty()) return false;
      item.emplace(store.items_.pop_front());
      store.admit_putter();
      return true;
    }
    void await_suspend(std::coroutine_handle<> h) noexcept {
      this->arm(*store.scheduler_, h);
      store.getters_.push_back(*this);
    }
    T await_resume() { return std::move(*item); }
  };
  GetAwaiter get() noexcept { return GetAwaiter(*this); }

  struct PutAwaiter : HandleWaiter {
    Store& store;
    std::optional<T> item;
    PutAwaiter(Store& s, T value) : store(s), item(std::move(value)) {}
    bool await_ready() {
      if (!store.putters_.empty() || !store.offer(*item)) return false;
      return true;
    }
    void await_suspend(std::coroutine_handle<> h) noexcept {
      this->arm(*store.scheduler_, h);
      store.putters_.push_back(*this);
    }
    void await_resume() const noexcept {}
  };
  PutAwaiter put(T value) { return PutAwaiter(*this, std::move(value)); }

  // Puts without waiting; false (and nothing changes) if the store is full.
  bool try_put(T value) { return putters_.empty() && offer(value); }

  // Takes without waiting, if an item is there and no getter is ahead.
  std::optional<T> try_get() {
    if (items_.empty() || !getters_.empty()) return std::nullopt;
    std::optional<T> item(items_.pop_front());
    admit_putter();
    return item;
  }

 private:
  // Hands `value` to a waiting getter or keeps it; false if full. Moves from `value` on success.
  bool offer(T& value) {
    if (Waiter* w = getters_.pop_front()) {
      static_cast<GetAwaiter*>(w)->item.emplace(std::move(value));
      w->notify(*w);
      return true;
    }
    if (items_.size() >= capacity_) return false;
    items_.push_back(std::move(value));
    return true;
  }

  // After a get made room: the longest-waiting putter's item joins the store.
  void admit_putter() {
    if (Waiter* w = putters_.pop_front()) {
      auto* putter = static_cast<PutAwaiter*>(w);
      items_.push_back(std::move(*putter->item));
      w->notify(*w);
    }
  }

  Scheduler* scheduler_;
  std::size_t capacity_;
  Ring<T> items_;
  WaiterList getters_;
  WaiterList putters_;
};

}  // namespace burgers::engine
