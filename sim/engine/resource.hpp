#pragma once
// Resource: `capacity` identical units handed out first come, first served
// (SimPy's Resource). A grant that is free now costs no suspension at all.
//   auto held = co_await counter.acquire();   // released when `held` goes out of scope
#include <coroutine>
#include <utility>

#include "engine/scheduler.hpp"
#include "engine/waiter.hpp"

namespace burgers::engine {

class Resource {
 public:
  Resource(Scheduler& scheduler, int capacity) noexcept
      : scheduler_(&scheduler), capacity_(capacity) {}
  Resource(const Resource&) = delete;
  Resource& operator=(const Resource&) = delete;

  int capacity() const noexcept { return capacity_; }
  int in_use() const noexcept { return in_use_; }
  std::size_t queue_length() const noexcept { return queued_; }

  // co_await request(): afterwards the caller holds one unit until release().
  struct RequestAwaiter : HandleWaiter {
    Resource& resource;
    explicit RequestAwaiter(Resource& r) noexcept : resource(r) {}
    bool await_ready() noexcept { return resource.try_take(); }
    void await_suspend(std::coroutine_handle<> h) noexcept {
      arm(*resource.scheduler_, h);
      resource.waiters_.push_back(*this);
      ++resource.queued_;
    }
    void await_resume() const noexcept {}
  };
  RequestAwaiter request() noexcept { return RequestAwaiter(*this); }

  // Gives a unit back; the longest waiter (if any) gets it at once.
  void release();

  // A held unit that releases itself.
  class Lock {
   public:
    explicit Lock(Resource* r) noexcept : resource_(r) {}
    Lock(Lock&& other) noexcept : resource_(std::exchange(other.resource_, nullptr)) {}
    Lock& operator=(Lock&&) = delete;
    ~Lock() {
      if (resource_ != nullptr) resource_->release();
    }

   private:
    Resource* resource_;
  };
  struct AcquireAwaiter : RequestAwaiter {
    using RequestAwaiter::RequestAwaiter;
    Lock await_resume() const noexcept { return Lock(&resource); }
  };
  AcquireAwaiter acquire() noexcept { return AcquireAwaiter(*this); }

 private:
  bool try_take() noexcept {
    if (in_use_ < capacity_ && waiters_.empty()) {
      ++in_use_;
      return true;
    }
    return false;
  }

  Scheduler* scheduler_;
  int capacity_;
  int in_use_ = 0;
  std::size_t queued_ = 0;
  WaiterList waiters_;
};

}  // namespace burgers::engine
