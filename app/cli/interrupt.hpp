#pragma once
// SIGINT (Ctrl+C) and SIGTERM for `burgers run`: any phase stops within a second, leaves
// no file behind, prints which signal stopped it and exits 130 or 143.
// The signals are blocked in every thread and taken by a watcher thread (sigtimedwait),
// so no code runs in a signal handler. The first signal asks the run to stop through a
// stop token, and the run returns with its threads joined; once outputs exist on disk,
// or if the run has not returned within a second, or at a second signal, the watcher
// itself removes everything the write made and ends the process.
#include <atomic>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

namespace burgers::exporter {
class WriteGuard;
}

namespace burgers::app {

class InterruptGuard {
 public:
  // Construct before starting any thread, so that every thread inherits the blocked mask.
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  std::stop_token token() const { return source_.get_token(); }
  bool interrupted() const { return signal_.load() != 0; }
  // The signal that stopped the run (SIGINT or SIGTERM), or 0.
  int signal() const { return signal_.load(); }

  // From now on a signal abandons `guard` (removing the files it made) and ends the
  // process at once. `guard` must outlive this object.
  void guard_writes(exporter::WriteGuard& guard);

  // Prints "stopped by SIGINT (Ctrl+C); nothing written" (once, whichever thread is
  // first) and returns the exit code for the signal: 130 or 143.
  int report_stopped();

 private:
  void watch(std::stop_token self);
  // Whether the guarded writes have made a file or folder yet.
  bool writing();
  [[noreturn]] void exit_now();

  std::stop_source source_;
  std::atomic<int> signal_{0};
  std::atomic<bool> reported_{false};
  std::mutex writing_mutex_;
  exporter::WriteGuard* writing_ = nullptr;
  std::jthread watcher_;
};

// "SIGINT (Ctrl+C)" or "SIGTERM".
std::string signal_name(int sig);

}  // namespace burgers::app
