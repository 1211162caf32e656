#include "cli/interrupt.hpp"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <csignal>

namespace burgers::app {

namespace {

// Lock-free, so safe to set from a signal handler and to read from the watcher thread.
std::atomic<bool> g_signalled{false};
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_signal(int sig) {
  const int saved = errno;  // the interrupted code may be about to read errno
  g_signalled.store(true);
  // The next one is not caught: a second Ctrl+C ends the process at once.
  std::signal(sig, SIG_DFL);
  errno = saved;
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_signalled.store(false);
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  watcher_ = std::jthread([this](std::stop_token self) {
    while (!self.stop_requested()) {
      if (g_signalled.load()) {
        source_.request_stop();
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  });
}

InterruptGuard::~InterruptGuard() {
  watcher_.request_stop();
  watcher_.join();
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
}

}  // namespace burgers::app
