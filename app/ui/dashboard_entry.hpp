#pragma once
// The door from the command line into the dashboard (`burgers [SCENARIO]`).
#include <cstdint>
#include <string>
#include <vector>

namespace burgers::app {

struct DashboardRequest {
  std::string scenario;           // path or lesson name; empty: the default lesson
  std::vector<std::string> sets;  // --set KEY=VALUE overrides, as for `burgers run`
  std::int64_t seed = -1;         // --seed (< 0: the file's)
  bool to_end = false;            // start by running to the end (automation; --frames count after)
  bool frame_times = false;       // print the computing time, frame intervals and memory at exit
  int frames = -1;                // quit after N frames (< 0: run until closed)
  std::string screenshot;         // save a PNG of the window before quitting
  int bench_frames = -1;          // run to the end, time N frames of the full timeline
  std::string at;                 // start paused at this simulated time, e.g. "20min" (automation)
  bool real_threads = false;  // open the real-threads panel and start a run (frames wait for it)
  std::string compare;        // a second scenario side by side, as Compare does
  std::vector<std::string> panels;  // open at start: help, hint, export, open, sweep
  int sweep = 0;  // > 0: run the lesson's suggested sweep number N at start (frames wait for it)
  std::string language;    // "en" or "zh-TW"; empty: as last chosen (saved settings)
  std::string vocabulary;  // "restaurant" or "program"; empty: as last chosen, else the lesson's
};

// Opens the dashboard; returns the exit code.
int open_dashboard(const DashboardRequest& request);

}  // namespace burgers::app
