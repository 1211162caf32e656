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

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_;
  bool enabled_;
  bool drawn_ = false;
  int last_permille_ = -1;
};

}  // namespace burgers::app
