#include "cli/interrupt.hpp"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <optional>

#include "export/output_files.hpp"

namespace burgers::app {

namespace {

using Clock = std::chrono::steady_clock;

// How often the watcher looks at its own stop request (it is also woken when the guard
// ends), and how long a stop may take.
constexpr long kPollNs = 50'000'000;
constexpr auto kGrace = std::chrono::milliseconds(900);

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

// What the guard sends its watcher when it is done, so that the watcher returns at once
// rather than at the end of its wait (which every run would otherwise wait out as it ends).
int wake_signal() {
  return SIGRTMIN;
}

// The stop signals and the wake: blocked in every thread, waited for by the watcher alone.
sigset_t watched_signals() {
  sigset_t set = stop_signals();
  sigaddset(&set, wake_signal());
  return set;
}

// The only way to write from a thread that may end the process while others hold stdio.
void write_stderr(const std::string& text) {
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(STDERR_FILENO, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

sigset_t g_previous_mask;

}  // namespace

std::string signal_name(int sig) {
  return sig == SIGINT ? "SIGINT (Ctrl+C)" : sig == SIGTERM ? "SIGTERM" : "a signal";
}

InterruptGuard::InterruptGuard() {
  const sigset_t set = watched_signals();
  pthread_sigmask(SIG_BLOCK, &set, &g_previous_mask);
  watcher_ = std::jthread([this](std::stop_token self) { watch(self); });
}

InterruptGuard::~InterruptGuard() {
  watcher_.request_stop();
  pthread_kill(watcher_.native_handle(), wake_signal());
  watcher_.join();
  // A signal that came as the run ended is dropped rather than delivered on unblocking.
  const sigset_t set = watched_signals();
  const timespec now{0, 0};
  while (sigtimedwait(&set, nullptr, &now) > 0) {
  }
  pthread_sigmask(SIG_SETMASK, &g_previous_mask, nullptr);
}

void InterruptGuard::guard_writes(exporter::WriteGuard& guard) {
  const std::lock_guard lock(writing_mutex_);
  writing_ = &guard;
}

int InterruptGuard::report_stopped() {
  const int sig = signal_.load();
  if (!reported_.exchange(true))
    write_stderr("stopped by " + signal_name(sig) + "; nothing written\n");
  return 128 + sig;
}

void InterruptGuard::watch(std::stop_token self) {
  const sigset_t set = watched_signals();
  std::optional<Clock::time_point> deadline;
  while (!self.stop_requested()) {
    const timespec wait{0, kPollNs};
    const int sig = sigtimedwait(&set, nullptr, &wait);
    if (sig == SIGINT || sig == SIGTERM) {
      if (signal_.load() != 0) exit_now();  // a second signal: no more waiting
      signal_.store(sig);
      source_.request_stop();
      deadline = Clock::now() + kGrace;
    }
    // Writing does not stop by itself: once files exist, stop it here. Otherwise the run
    // stops through the token and returns (its threads joined), or is ended at the deadline.
    if (deadline && (Clock::now() >= *deadline || writing())) exit_now();
  }
}

bool InterruptGuard::writing() {
  const std::lock_guard lock(writing_mutex_);
  return writing_ != nullptr && writing_->holds_files();
}

void InterruptGuard::exit_now() {
  bool kept = false;
  {
    const std::lock_guard lock(writing_mutex_);
    kept = writing_ != nullptr && !writing_->abandon();
  }
  if (!reported_.exchange(true)) {
    std::string text = isatty(STDERR_FILENO) ? "\r\x1b[K" : "";  // over a progress bar
    text += "stopped by " + signal_name(signal_.load()) +
            (kept ? "; the outputs were already complete and are kept\n" : "; nothing written\n");
    write_stderr(text);
  }
  ::_exit(128 + signal_.load());
}

}  // namespace burgers::app
