#pragma once
// FrameTiming: what --frame-times prints when the dashboard quits: how long the run took
// to compute (until every panel could show it), how often the window drew meanwhile
// (intervals between frames: median, p99, max), the memory per recorded span,
// and how many of those frames a 60 Hz display would have had to skip.
// For automation and the speed table; the dashboard entry point alone uses it.
#include <cstddef>
#include <string>
#include <vector>

namespace burgers::ui {

class FrameTiming {
 public:
  // A frame began at `seconds` (wall clock) with the window's thread having used
  // `cpu_seconds` so far; `computing`: the panels still wait for the run.
  void frame(double seconds, double cpu_seconds, bool computing);
  // A frame drawn while computing was shown `seconds` after its slot on the 60 Hz schedule
  // began: over a period, a display refreshing at 60 Hz would have shown the frame before
  // it again (the measure of "keeps drawing at 60 fps" that the intervals' jitter is not).
  void shown(double seconds);
  // The report, e.g. "computing 4.21 s (simulating 3.80 s, index and figures 0.41 s), 251
  // frames meanwhile: interval median 16.7 ms, p99 17.9 ms, max 21.0 ms, window thread CPU
  // median 2.1 ms; 60 frames after: median 9.1 ms, p99 12.0 ms; peak RSS 812 MB,
  // 18,000,000 spans, 45.1 bytes/span; 1 of 251 frames late for its 60 Hz slot (worst
  // 31.0 ms)". `simulating` and `figures`: the computation's own parts
  // (Session::ComputeTimes), in seconds.
  std::string report(std::size_t spans, double simulating, double figures) const;

 private:
  std::vector<double> intervals_;  // between frames while computing, seconds
  std::vector<double> after_;      // between frames once the panels showed the run
  std::vector<double> cpu_;        // the window thread's CPU per frame while computing
  std::vector<double> shown_;      // from each such frame's slot to its present, seconds
  double last_cpu_ = 0;
  double start_ = -1;     // the first frame
  double last_ = -1;      // the previous frame
  double computed_ = -1;  // the first frame that no longer waited
};

// The process's peak resident memory in bytes (getrusage).
std::size_t peak_rss_bytes();
// CPU seconds the calling thread has used.
double thread_cpu_seconds();

}  // namespace burgers::ui
