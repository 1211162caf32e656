#include "cli/progress_bar.hpp"

#include <unistd.h>

#include <cstdio>

namespace burgers::app {

ProgressBar::ProgressBar(std::string what)
    : what_(std::move(what)),
      start_(std::chrono::steady_clock::now()),
      enabled_(isatty(STDERR_FILENO) != 0) {}

ProgressBar::~ProgressBar() {
  if (drawn_) std::fprintf(stderr, "\r\033[K");
}

void ProgressBar::update(double fraction) {
  if (!enabled_) return;
  const auto elapsed = std::chrono::steady_clock::now() - start_;
  if (elapsed < std::chrono::seconds(1)) return;
  const int permille = static_cast<int>(fraction * 1000);
  if (permille == last_permille_ && what_ == drawn_what_) return;
  drawn_what_ = what_;
  last_permille_ = permille;
  constexpr int kWidth = 30;
  const int filled = permille * kWidth / 1000;
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.append(static_cast<std::size_t>(kWidth - filled), '.');
  const double seconds = std::chrono::duration<double>(elapsed).count();
  std::fprintf(stderr, "\r\033[K%s [%s] %5.1f%%  %.0f s", what_.c_str(), bar.c_str(),
               permille / 10.0, seconds);
  std::fflush(stderr);
  drawn_ = true;
}

}  // namespace burgers::app
