#pragma once
// How much memory a run will take, estimated from the scenario before it starts, so that
// a run that cannot fit is refused with the figures (and what to change) instead of dying
// of bad_alloc half way. Pure, apart from available_memory(). Used by the CLI and the
// dashboard.
#include <cstdint>
#include <optional>
#include <string>

#include "scenario/scenario.hpp"

namespace burgers::run {

// What the caller will keep and make, beyond the run itself.
struct MemoryNeeds {
  bool trace = false;                // every span is kept (outputs that need it; the dashboard)
  double output_bytes_per_span = 0;  // what is built whole in memory per span (an index)
  double output_bytes_per_drawn_span = 0;  // per span drawn on an exported timeline (text)
  double drawn_spans_per_lane = 600;       // at most: shorter ones are folded together
  double output_bytes_per_lane = 0;        // per timeline lane (images)
  bool threads = false;                    // a real-threads run too (--mode threads or both)
};

struct MemoryEstimate {
  double parked_customers = 0;  // in the restaurant at the same time, at the peak
  double spans = 0;             // of the whole run
  double lanes = 0;             // of an exported timeline
  double customer_bytes = 0;    // parked customers (coroutine frames)
  double trace_bytes = 0;       // the spans kept, and what is made from them
  double image_bytes = 0;       // timelines drawn whole (images, and text of drawn spans)
  double threads_bytes = 0;     // the real-threads run: its customers and measured spans
  double total_bytes = 0;       // all of the above and the program itself

  // "about 8.2 GB of memory (10000000 customers in the restaurant at once: 2.6 GB, a trace of about
  // 110000000 spans: 5.5 GB)" for messages.
  std::string describe() const;
};

MemoryEstimate estimate_memory(const scenario::Scenario& s, const MemoryNeeds& needs);

// The memory this process may still use: MemAvailable of /proc/meminfo, or, when less,
// the room left under ulimit -v or a cgroup's memory limit. nullopt when none is known.
std::optional<double> available_memory();

// "2.4 GB", "850 MB": bytes for messages.
std::string format_bytes(double bytes);

}  // namespace burgers::run
