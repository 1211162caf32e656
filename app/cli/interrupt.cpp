#include "cli/interrupt.hpp"

#include <atomic>
#include <chrono>
#include <csignal>

namespace burgers::app {

namespace {

volatile std::sig_atomic_t g_signalled = 0;

extern "C" void on_signal(int sig) {
  g_signalled = 1;
  // The next one is not caught: a second Ctrl+C ends the process at once.
  std::signal(sig, SIG_DFL);
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_signalled = 0;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  watcher_ = std::jthread([this](std::stop_token self) {
    while (!self.stop_requested()) {
      if (g_signalled != 0) {
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
