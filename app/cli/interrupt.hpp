#pragma once
// Ctrl+C for long runs: the first SIGINT (or SIGTERM) asks the run to stop through a
// stop token, so it ends cleanly and writes nothing; a second one ends the process.
#include <stop_token>
#include <thread>

namespace burgers::app {

class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  std::stop_token token() const { return source_.get_token(); }
  bool interrupted() const { return source_.stop_requested(); }

 private:
  std::stop_source source_;
  // A signal handler may only set a flag; this thread turns the flag into a stop request.
  std::jthread watcher_;
};

}  // namespace burgers::app
