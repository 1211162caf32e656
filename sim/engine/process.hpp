#pragma once
// Process: the coroutine type of simulated agents. Write
//   Process cook(Scheduler& s, ...) { co_await s.timeout(5 * kMinute); }
// and start it with scheduler.spawn(cook(s, ...), "cook", 3). The frame comes from
// the frame pool; the scheduler owns it and frees it when the body ends or at teardown.
// To let others wait for a process, have it trigger an Event as its last statement.
#include <coroutine>
#include <cstdint>
#include <exception>
#include <utility>

#include "engine/frame_pool.hpp"
#include "engine/scheduler.hpp"

namespace burgers::engine {

// Kept small on purpose (32 bytes): every parked customer carries one. The owning
// scheduler is found through Scheduler::current(), which is set whenever a scheduler
// runs, starts or destroys a process.
struct ProcessPromise : ProcessLink {
  const char* name = "process";
  std::int64_t id = -1;

  static void* operator new(std::size_t bytes) { return FramePool::allocate(bytes); }
  static void operator delete(void* frame, std::size_t bytes) noexcept {
    FramePool::deallocate(frame, bytes);
  }

  ProcessPromise() = default;
  ProcessPromise(const ProcessPromise&) = delete;
  ~ProcessPromise() {
    if (next != nullptr) Scheduler::current()->unlink(*this);
  }

  Process get_return_object() noexcept;
  std::suspend_always initial_suspend() const noexcept { return {}; }

  struct FinalAwaiter {
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<ProcessPromise> h) const noexcept;
    void await_resume() const noexcept {}
  };
  FinalAwaiter final_suspend() const noexcept { return {}; }
  void return_void() const noexcept {}
  void unhandled_exception() noexcept;
};

class [[nodiscard]] Process {
 public:
  using promise_type = ProcessPromise;
  using Handle = std::coroutine_handle<ProcessPromise>;

  explicit Process(Handle h) noexcept : handle_(h) {}
  Process(Process&& other) noexcept : handle_(std::exchange(other.handle_, {})) {}
  Process& operator=(Process&& other) noexcept {
    if (this != &other) {
      if (handle_) handle_.destroy();
      handle_ = std::exchange(other.handle_, {});
    }
    return *this;
  }
  ~Process() {
    if (handle_) handle_.destroy();  // never spawned
  }

 private:
  friend class Scheduler;
  Handle release() noexcept { return std::exchange(handle_, {}); }
  Handle handle_;
};

inline Process ProcessPromise::get_return_object() noexcept {
  return Process(std::coroutine_handle<ProcessPromise>::from_promise(*this));
}

}  // namespace burgers::engine
