#pragma once
// A one-line progress bar on stderr for long runs: shown only on a terminal and only
// once a run has lasted a second, so short runs and logs stay clean.
#include <chrono>
#include <string>

namespace burgers::app {

class ProgressBar {
 public:
  explicit ProgressBar(std::string what);
  ~ProgressBar();  // clears the line if it was drawn
  void update(double fraction);
  // Changes what the bar says it is doing (e.g. which point of a sweep runs).
  void set_label(std::string what) { what_ = std::move(what); }

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_;
  bool enabled_;
  bool drawn_ = false;
  int last_permille_ = -1;
  std::string drawn_what_;
};

}  // namespace burgers::app
