#include "ui/frame_timing.hpp"

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>

#include "text/fill.hpp"

namespace burgers::ui {

void FrameTiming::frame(double seconds, double cpu_seconds, bool computing) {
  if (start_ < 0) start_ = seconds;
  if (last_ >= 0) (computing ? intervals_ : after_).push_back(seconds - last_);
  if (last_ >= 0 && computing) cpu_.push_back(cpu_seconds - last_cpu_);
  last_cpu_ = cpu_seconds;
  if (!computing && computed_ < 0) computed_ = seconds;
  last_ = seconds;
}

void FrameTiming::shown(double seconds) {
  shown_.push_back(seconds);
}

namespace {

constexpr double kSlotSeconds = 1.0 / 60;

struct Spread {
  std::size_t frames = 0;
  double median = 0, p99 = 0, max = 0;  // ms
};

Spread spread_of(const std::vector<double>& seconds) {
  std::vector<double> ms;
  for (const double s : seconds) ms.push_back(s * 1e3);
  std::sort(ms.begin(), ms.end());
  Spread out;
  out.frames = ms.size();
  if (ms.empty()) return out;
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1,
                       static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
  };
  out.median = at(0.5);
  out.p99 = at(0.99);
  out.max = ms.back();
  return out;
}

}  // namespace

std::string FrameTiming::report(std::size_t spans, double simulating, double figures) const {
  const Spread during = spread_of(intervals_);
  const Spread after = spread_of(after_);
  const Spread cpu = spread_of(cpu_);
  const std::size_t rss = peak_rss_bytes();
  const auto late = static_cast<std::size_t>(
      std::count_if(shown_.begin(), shown_.end(), [](double s) { return s > kSlotSeconds; }));
  const double worst = shown_.empty() ? 0.0 : *std::max_element(shown_.begin(), shown_.end());
  char line[640];
  std::snprintf(line, sizeof line,
                "computing %.2f s (simulating %.2f s, index and figures %.2f s), %zu frames "
                "meanwhile: interval median %.1f ms, p99 %.1f ms, "
                "max %.1f ms, window thread CPU median %.1f ms; %zu frames after: median %.1f "
                "ms, p99 %.1f ms; peak RSS %zu MB, %s spans, %.1f bytes/span; %zu of %zu "
                "frames late for their 60 Hz slot (worst %.1f ms)",
                computed_ >= 0 ? computed_ - start_ : last_ - start_, simulating, figures,
                during.frames, during.median, during.p99, during.max, cpu.median, after.frames,
                after.median, after.p99, rss >> 20,
                text::thousands(static_cast<long long>(spans)).c_str(),
                spans > 0 ? static_cast<double>(rss) / static_cast<double>(spans) : 0.0, late,
                shown_.size(), worst * 1e3);
  return line;
}

double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::size_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

}  // namespace burgers::ui
