#include "ui/frame_timing.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

#include "text/fill.hpp"

namespace burgers::ui {

void FrameTiming::frame(double seconds, bool computing) {
  if (start_ < 0) start_ = seconds;
  if (computing && last_ >= 0) intervals_.push_back(seconds - last_);
  if (!computing && computed_ < 0) computed_ = seconds;
  last_ = seconds;
}

std::string FrameTiming::report(std::size_t spans) const {
  std::vector<double> ms;
  for (const double s : intervals_) ms.push_back(s * 1e3);
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    if (ms.empty()) return 0.0;
    return ms[std::min(ms.size() - 1,
                       static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
  };
  const std::size_t rss = peak_rss_bytes();
  char line[320];
  std::snprintf(line, sizeof line,
                "computing %.2f s, %zu frames meanwhile: interval median %.1f ms, p99 %.1f ms, "
                "max %.1f ms; peak RSS %zu MB, %s spans, %.1f bytes/span",
                computed_ >= 0 ? computed_ - start_ : last_ - start_, ms.size(), at(0.5), at(0.99),
                ms.empty() ? 0.0 : ms.back(), rss >> 20,
                text::thousands(static_cast<long long>(spans)).c_str(),
                spans > 0 ? static_cast<double>(rss) / static_cast<double>(spans) : 0.0);
  return line;
}

std::size_t peak_rss_bytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::size_t>(usage.ru_maxrss) * 1024;  // Linux reports kilobytes
}

}  // namespace burgers::ui
