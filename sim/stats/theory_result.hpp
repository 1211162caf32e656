#pragma once
// The theory check of a run as a plain value (summary.json's `theory` block): the closed
// form of a textbook queue, or why there is none, and whether the run agrees with it
// within the confidence interval of its batch means. Include freely.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/time.hpp"

namespace burgers::stats {

// Why a run has no closed form (or no verdict). Values are stable: the dashboard keys its
// translated texts on reason_name().
enum class TheoryReason : std::uint8_t {
  none,             // there is a closed form and a verdict
  several_groups,   // more than one customer group
  no_station,       // the journey visits no station
  visits_twice,     // a station is visited more than once
  not_poisson,      // arrivals are not exponential gaps
  cores_limited,    // [machine] cores > 0 with cpu work: staff share the cores
  gil,              // Python's GIL: threads take turns computing
  event_loop,       // an async station: staff are released during io phases
  process_ipc,      // a process pool with an ipc cost
  general_service,  // several staff with a service that is not exponential (M/G/c)
  tandem_service,   // a line of stations with a service that is not exponential
  unstable,         // utilization >= 1: the line grows without bound
  short_run,        // a closed form, but too few customers for a confidence interval
};

// The stable name ("cores_limited") and an English sentence for summary.json.
std::string_view reason_name(TheoryReason reason);
std::string_view reason_text(TheoryReason reason);

// One station of the model, in steady state.
struct StationTheory {
  std::string station;       // the station's name
  int index = -1;            // into Scenario::stations
  std::string model;         // "M/M/3", "M/D/1", "M/G/1"
  Time mean_queue_wait = 0;  // Wq
  double mean_queue_length = 0;
  double utilization = 0;
};

struct TheoryCheck {
  std::string model;  // "M/M/1", "M/M/3", "M/D/1", "M/G/1", "Jackson tandem"; empty: none
  TheoryReason reason = TheoryReason::none;
  double reason_value = 0;  // unstable: the utilization; short_run: the customers counted
  std::vector<StationTheory> stations;  // in the order customers visit them
  // The model's figures per customer: waits summed over the stations visited, line lengths
  // summed, and the busiest station's utilization.
  Time mean_queue_wait = 0;
  double mean_queue_length = 0;
  double utilization = 0;
  // How many customers the line takes to forget its past (rho / (1 - sqrt(rho))^2 at the
  // busiest station, the relaxation time of M/M/1 counted in arrivals): batches shorter
  // than a few of these are not independent, so their interval would be too narrow.
  double memory = 0;
  // The run: its mean queue wait per customer and the 95% confidence interval of that
  // mean from batch means over the run (consecutive customers grouped in `batches` batches).
  Time simulated_mean_queue_wait = 0;
  Time ci95_low = 0;
  Time ci95_high = 0;
  int batches = 0;
  std::optional<bool> agrees;  // nullopt: no verdict (no closed form, or too short a run)

  bool has_model() const { return !model.empty(); }
};

}  // namespace burgers::stats
